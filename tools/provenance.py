"""What made an asset, copied onto the asset itself so it outlives any generation or session.

One place maps the two sources of provenance (metadata read from a file, a generation row of this
home) to the asset's columns.
"""

from __future__ import annotations

import json

from memory.clock import to_iso
from tools.metadata import ImageMetadata, TimeEvidence

SQLITE_INT_MAX = 2**63 - 1
PROVENANCE_COLUMNS = ("prompt", "negative_prompt", "seed", "model", "model_hash", "generator", "sampler",
                      "steps", "cfg", "generation_width", "generation_height", "loras", "source_image",
                      "generated_at", "generated_at_source", "generated_at_trust")


def storable_seed(seed: int | None) -> int | None:
    """Seeds beyond SQLite's integer range stay in the raw metadata only."""
    if seed is None or not -SQLITE_INT_MAX - 1 <= seed <= SQLITE_INT_MAX:
        return None
    return seed


def from_metadata(metadata: ImageMetadata | None, time: TimeEvidence | None) -> dict:
    """Asset columns from metadata read out of a file (and the time chosen for it, if any)."""
    if metadata is None:
        return dict.fromkeys(PROVENANCE_COLUMNS)
    if time is None and metadata.generation_time is not None:
        time = TimeEvidence(time=metadata.generation_time, source=metadata.generation_time_source or "",
                            trust=metadata.generation_time_trust or "medium")
    return {
        "prompt": metadata.prompt, "negative_prompt": metadata.negative_prompt,
        "seed": storable_seed(metadata.seed), "model": metadata.model, "model_hash": metadata.model_hash,
        "generator": metadata.generator, "sampler": metadata.sampler, "steps": metadata.steps,
        "cfg": metadata.cfg, "generation_width": metadata.generation_width or metadata.width,
        "generation_height": metadata.generation_height or metadata.height,
        "loras": json.dumps([lora.model_dump() for lora in metadata.loras]) if metadata.loras else None,
        "source_image": metadata.source_image,
        "generated_at": to_iso(time.time) if time else None,
        "generated_at_source": time.source if time else None,
        "generated_at_trust": time.trust if time else None,
    }


def from_generation(row: dict) -> dict:
    """Asset columns from a generation of this home: the generation's own record is the evidence."""
    settings = row.get("settings") or "{}"
    settings = json.loads(settings) if isinstance(settings, str) else settings
    loras = settings.get("loras")
    return {
        "prompt": row["prompt"], "negative_prompt": row["negative_prompt"], "seed": row["seed"],
        "model": row["model"], "model_hash": settings.get("model_hash"),
        "generator": settings.get("generator") or row["provider"], "sampler": settings.get("sampler"),
        "steps": settings.get("steps"), "cfg": settings.get("cfg"),
        "generation_width": row["width"], "generation_height": row["height"],
        "loras": json.dumps(loras) if loras else None, "source_image": settings.get("source_image"),
        "generated_at": row["created_at"],
        "generated_at_source": settings.get("time_source") or "generation",
        "generated_at_trust": settings.get("time_trust") or "strong",
    }
