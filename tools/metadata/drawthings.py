"""Draw Things: XMP with xmp:CreatorTool "Draw Things" and exif:UserComment holding JSON
(c = prompt, uc = negative, scale = cfg, size = "WxH", lora = [{file, weight}])."""

from __future__ import annotations

import re

from .record import ImageMetadata, Lora, PromptText, SamplerInfo
from .values import load_json, to_float, to_int, to_str
from .xmp import xmp_value

_SIZE = re.compile(r"\s*(\d+)\s*x\s*(\d+)\s*")
CONSUMED = {"c", "uc", "seed", "steps", "scale", "sampler", "model", "size", "strength", "lora"}


def is_drawthings(xmp: str) -> bool:
    return "Draw Things" in xmp


def apply(record: ImageMetadata, xmp: str) -> None:
    record.generator = "Draw Things"
    comment = xmp_value(xmp, "exif:UserComment")
    data = load_json(comment, "Draw Things UserComment", record.warnings) if comment else None
    if not isinstance(data, dict):
        description = xmp_value(xmp, "dc:description")
        if description:
            from . import a1111

            a1111.apply(record, description, "XMP dc:description", generator="Draw Things")
        return
    sampler = SamplerInfo(
        sampler=to_str(data.get("sampler")),
        seed=to_int(data.get("seed")),
        steps=to_int(data.get("steps")),
        cfg=to_float(data.get("scale")),
        denoise=to_float(data.get("strength")),
        model=to_str(data.get("model")),
    )
    for key, target in (("c", sampler.prompts), ("uc", sampler.negative_prompts)):
        if to_str(data.get(key)):
            target.append(PromptText(text=data[key].strip()))
    record.samplers.append(sampler)
    size = data.get("size")
    if isinstance(size, str) and (match := _SIZE.fullmatch(size)):
        record.generation_width, record.generation_height = int(match.group(1)), int(match.group(2))
    for item in data.get("lora") or []:
        if isinstance(item, dict) and item.get("file"):
            record.loras.append(Lora(name=str(item["file"]), weight=to_float(item.get("weight"))))
    for key, value in data.items():
        if key not in CONSUMED:
            record.parameters[key] = value
