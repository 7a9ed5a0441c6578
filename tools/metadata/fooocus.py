"""Fooocus (JSON "parameters" with fooocus_scheme, or the older log-style keys) and RuinedFooocus."""

from __future__ import annotations

import re

from .record import ImageMetadata, Lora, PromptText, SamplerInfo
from .values import normalise_key, to_float, to_int, to_str

# normalised key -> our field; first present alias wins
ALIASES = {
    "prompt": ("prompt",),
    "negative": ("negative_prompt", "negative"),
    "model": ("base_model", "base_model_name"),
    "model_hash": ("base_model_hash",),
    "sampler": ("sampler", "sampler_name"),
    "scheduler": ("scheduler",),
    "seed": ("seed",),
    "steps": ("steps",),
    "cfg": ("guidance_scale", "cfg"),
    "denoise": ("denoise",),
    "clip_skip": ("clip_skip",),
    "width": ("width",),
    "height": ("height",),
}
_RESOLUTION = re.compile(r"\(?\s*(\d+)\s*[,x×]\s*(\d+)")


def is_fooocus(data: dict, scheme: str | None) -> bool:
    keys = {normalise_key(k) for k in data}
    return scheme is not None or "fooocus_v2_expansion" in keys or "full_prompt" in keys or (
        "base_model" in keys and "prompt" in keys and "sharpness" in keys)


def is_ruined_fooocus(data: dict) -> bool:
    return str(data.get("software", "")).lower() == "ruinedfooocus"


def apply(record: ImageMetadata, data: dict, generator: str) -> None:
    record.generator = generator
    by_key = {normalise_key(k): k for k in data}
    consumed: set[str] = set()

    def pick(field: str):
        for alias in ALIASES[field]:
            if alias in by_key:
                consumed.add(by_key[alias])
                return data[by_key[alias]]
        return None

    sampler = SamplerInfo(
        sampler=to_str(pick("sampler")),
        scheduler=to_str(pick("scheduler")),
        seed=to_int(pick("seed")),
        steps=to_int(pick("steps")),
        cfg=to_float(pick("cfg")),
        denoise=to_float(pick("denoise")),
        model=to_str(pick("model")),
        model_hash=to_str(pick("model_hash")),
    )
    prompt, negative = to_str(pick("prompt")), to_str(pick("negative"))
    if prompt:
        sampler.prompts.append(PromptText(text=prompt))
    if negative:
        sampler.negative_prompts.append(PromptText(text=negative))
    record.samplers.append(sampler)
    record.clip_skip = to_int(pick("clip_skip"))
    record.generation_width, record.generation_height = to_int(pick("width")), to_int(pick("height"))
    resolution = data.get(by_key.get("resolution", ""), None)
    if record.generation_width is None and isinstance(resolution, str) and (m := _RESOLUTION.match(resolution)):
        record.generation_width, record.generation_height = int(m.group(1)), int(m.group(2))
    loras = data.get(by_key.get("loras", ""), None)
    for item in loras if isinstance(loras, list) else []:
        if isinstance(item, (list, tuple)) and item and isinstance(item[0], str):
            record.loras.append(Lora(name=item[0], weight=to_float(item[1]) if len(item) > 1 else None))
        elif isinstance(item, str):  # "name : weight"
            name, _, weight = item.rpartition(":")
            record.loras.append(Lora(name=(name or weight).strip(), weight=to_float(weight) if name else None))
        elif isinstance(item, dict) and item.get("name"):
            record.loras.append(Lora(name=str(item["name"]), weight=to_float(item.get("weight"))))
    for key, value in data.items():
        if key not in consumed:
            record.parameters[key] = value
