"""The normalised metadata record every reader fills in."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

Trust = Literal["strong", "medium", "weak"]
PRIMARY_FIELDS = ("sampler", "scheduler", "seed", "steps", "cfg", "denoise", "model", "model_hash")


class MetadataError(Exception):
    """The input is not an image at all (empty, unknown container, truncated header)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TimeEvidence(BaseModel):
    """One candidate for when an image was generated."""

    time: datetime  # aware, UTC
    source: str
    trust: Trust
    assumed_utc: bool = False  # the source had no zone; we read it as UTC


class Lora(BaseModel):
    name: str
    weight: float | None = None


class PromptText(BaseModel):
    text: str
    node_id: str | None = None  # ComfyUI text-encoder node
    weight: float | None = None
    # ComfyUI conditioning nodes between the text and the sampler: class_type -> {id, inputs...}
    conditioning: dict[str, dict[str, Any]] = Field(default_factory=dict)


class SamplerInfo(BaseModel):
    """One sampling pass (ComfyUI graphs can have several)."""

    node_id: str | None = None
    sampler: str | None = None
    scheduler: str | None = None
    seed: int | None = None
    steps: int | None = None
    cfg: float | None = None
    denoise: float | None = None
    model: str | None = None
    model_hash: str | None = None
    model_node_id: str | None = None
    prompts: list[PromptText] = Field(default_factory=list)
    negative_prompts: list[PromptText] = Field(default_factory=list)
    parameters: dict[str, Any] = Field(default_factory=dict)  # other settings, original keys


class HiresInfo(BaseModel):
    upscaler: str | None = None
    scale: float | None = None
    steps: int | None = None
    denoise: float | None = None


class C2PAInfo(BaseModel):
    vendor: str | None = None
    claim_generator: str | None = None
    ai_generated: bool | None = None
    digital_source_type: str | None = None  # IPTC URI, e.g. .../trainedAlgorithmicMedia
    created_at: datetime | None = None  # the "when" of the manifest's c2pa.created action


class ImageMetadata(BaseModel):
    container: str | None = None  # 'png' | 'jpeg' | 'webp' | 'gif' | 'bmp' | 'tiff' | 'avif' | 'heic'
    extension_matches_content: bool | None = None  # None when no file name was given
    width: int | None = None  # pixel size from the container header
    height: int | None = None
    has_alpha: bool = False

    generator: str | None = None
    prompt: str | None = None
    negative_prompt: str | None = None
    seed: int | None = None
    steps: int | None = None
    sampler: str | None = None
    scheduler: str | None = None
    cfg: float | None = None
    denoise: float | None = None
    clip_skip: int | None = None
    model: str | None = None
    model_hash: str | None = None
    generation_width: int | None = None  # size requested from the generator, when recorded
    generation_height: int | None = None
    loras: list[Lora] = Field(default_factory=list)
    source_image: str | None = None  # img2img input, when named
    hires: HiresInfo | None = None
    samplers: list[SamplerInfo] = Field(default_factory=list)
    parameters: dict[str, Any] = Field(default_factory=dict)  # generator-specific extras

    generation_time: datetime | None = None
    generation_time_source: str | None = None
    generation_time_trust: Trust | None = None
    time_candidates: list[TimeEvidence] = Field(default_factory=list)

    c2pa: C2PAInfo | None = None
    raw: dict[str, str] = Field(default_factory=dict)  # carrier name -> raw text (capped)
    warnings: list[str] = Field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when no generation metadata was found (raw editor comments do not count)."""
        return (
            self.generator is None
            and self.prompt is None
            and self.seed is None
            and self.model is None
            and not self.samplers
            and self.c2pa is None
        )

    def fill_from_primary_sampler(self) -> None:
        """Copy the first sampler's values into the top-level fields left empty."""
        if not self.samplers:
            return
        primary = self.samplers[0]
        mine, theirs = self.__dict__, primary.__dict__  # plain reads; pydantic setattr only where needed
        for field in PRIMARY_FIELDS:
            value = theirs[field]
            if value is not None and mine[field] is None:
                setattr(self, field, value)
        if self.prompt is None and primary.prompts:
            self.prompt = "\n".join(p.text for p in primary.prompts)
        if self.negative_prompt is None and primary.negative_prompts:
            self.negative_prompt = "\n".join(p.text for p in primary.negative_prompts)
