"""Pydantic models of the entities, as tools return them and `atelier state --json` prints them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

SessionKind = Literal["visual", "visual_feed", "text", "video", "container"]
MediaType = Literal["image", "video", "audio", "document", "post"]


class Session(BaseModel):
    id: str
    name: str
    kind: SessionKind
    status: Literal["active", "archived"]
    origin: Literal["manual", "auto"]
    project: str | None = None
    folder: str | None = None
    campaign: str | None = None
    generation_count: int = 0
    started_at: str | None = None
    ended_at: str | None = None
    last_generated_at: str | None = None
    reflection: dict | None = None
    brief_prompt: str | None = None


class Generation(BaseModel):
    id: str
    session_id: str | None
    index: int | None
    prompt: str
    negative_prompt: str = ""
    seed: int | None = None
    model: str | None = None
    provider: str | None = None
    media_type: str = "image"
    liked: bool = False
    selected: bool = False
    archived: bool = False
    saved_asset_id: str | None = None
    parent_id: str | None = None
    width: int | None = None
    height: int | None = None
    credits_used: int = 0
    created_at: str


class Asset(BaseModel):
    id: str
    media_type: MediaType
    title: str
    folder: str | None = None
    project: str | None = None
    tags: list[str] = []
    origin_generation_id: str | None = None
    session_id: str | None = None
    sha256: str | None = None
    created_at: str
    # Where the file is now (in place, or in the blob store), and whether it was last seen there.
    path: str | None = None
    missing: bool = False
    stored: Literal["blob", "in_place"] = "blob"
    content_hash: str | None = None  # "<algorithm>:<hex>" of the file's bytes
    # Provenance: the asset's own copy of what made it.
    prompt: str | None = None
    negative_prompt: str | None = None
    seed: int | None = None
    model: str | None = None
    model_hash: str | None = None
    generator: str | None = None
    sampler: str | None = None
    steps: int | None = None
    cfg: float | None = None
    width: int | None = None
    height: int | None = None
    loras: list[dict] = []
    source_image: str | None = None
    generated_at: str | None = None
    generated_at_source: str | None = None


class Post(BaseModel):
    id: str
    caption: str
    platform: str | None = None
    asset_ids: list[str] = []
    session_ids: list[str] = []
    project: str | None = None
    created_at: str | None = None
