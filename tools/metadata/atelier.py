"""Atelier's own PNGs: an 'atelier' text chunk with JSON, which wins over the A1111-style
'parameters' chunk written next to it."""

from __future__ import annotations

from .record import ImageMetadata, PromptText, SamplerInfo, TimeEvidence
from .values import load_json, parse_datetime, to_int, to_str

CONSUMED = {"prompt", "negative_prompt", "seed", "width", "height", "model", "created_at"}


def apply(record: ImageMetadata, text: str) -> None:
    data = load_json(text, "atelier", record.warnings)
    if not isinstance(data, dict):
        return
    record.generator = "Atelier"
    prompt, negative = to_str(data.get("prompt")), to_str(data.get("negative_prompt"))
    seed, model = to_int(data.get("seed")), to_str(data.get("model"))
    sampler = record.samplers[0] if record.samplers else SamplerInfo()
    if not record.samplers:
        record.samplers.append(sampler)
    if prompt is not None:
        sampler.prompts = [PromptText(text=prompt)]
        record.prompt = prompt
    if negative is not None:
        sampler.negative_prompts = [PromptText(text=negative)]
        record.negative_prompt = negative
    if seed is not None:
        sampler.seed = record.seed = seed
    if model is not None:
        sampler.model = record.model = model
    width, height = to_int(data.get("width")), to_int(data.get("height"))
    if width and height:
        record.generation_width, record.generation_height = width, height
    for key, value in data.items():
        if key not in CONSUMED:
            record.parameters[key] = value
    parsed = parse_datetime(data.get("created_at"))
    if parsed:
        record.time_candidates.insert(0, TimeEvidence(
            time=parsed[0], source="Atelier created_at", trust="strong", assumed_utc=parsed[1]))
    elif data.get("created_at") is not None:
        record.warnings.append("atelier: created_at is not an ISO-8601 time")
