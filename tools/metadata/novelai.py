"""NovelAI: PNG text (Software/Source/Description/Comment JSON), the WebP EXIF form (UserComment
holding {"Comment": "<json>", ...}) and the "stealth" copy in the alpha channel's low bits."""

from __future__ import annotations

import gzip
import json
import re
import zlib

from .record import ImageMetadata, PromptText, SamplerInfo
from .values import load_json, to_float, to_int, to_str

STEALTH_SIGNATURES = {b"stealth_pnginfo": False, b"stealth_pngcomp": True}
STEALTH_PIXEL_CAP = 4096 * 4096  # never decode anything larger (decompression bombs)
STEALTH_TEXT_CAP = 8 << 20
_HASH_SUFFIX = re.compile(r"^(.*?)\s+([0-9A-Fa-f]{8})$")


def is_novelai(fields: dict[str, str]) -> bool:
    return fields.get("Software", "").startswith("NovelAI") or fields.get("Source", "").startswith("NovelAI")


def apply(record: ImageMetadata, fields: dict[str, str]) -> None:
    """fields: Title/Description/Software/Source/Comment as NovelAI names them."""
    record.generator = "NovelAI"
    comment = fields.get("Comment")
    data = load_json(comment, "NovelAI Comment", record.warnings) if comment else None
    data = data if isinstance(data, dict) else {}
    prompt = to_str(data.get("prompt")) or _v4_caption(data.get("v4_prompt")) or to_str(fields.get("Description", "").strip("\x00"))
    negative = to_str(data.get("uc")) or _v4_caption(data.get("v4_negative_prompt"))
    sampler = SamplerInfo(
        sampler=to_str(data.get("sampler")),
        scheduler=to_str(data.get("noise_schedule")),
        seed=to_int(data.get("seed")),
        steps=to_int(data.get("steps")),
        cfg=to_float(data.get("scale")),
    )
    source = to_str(fields.get("Source"))
    if source:
        match = _HASH_SUFFIX.match(source)
        sampler.model, sampler.model_hash = (match.group(1), match.group(2)) if match else (source, None)
    if prompt:
        sampler.prompts.append(PromptText(text=prompt))
    if negative:
        sampler.negative_prompts.append(PromptText(text=negative))
    record.samplers.append(sampler)
    record.generation_width = to_int(data.get("width"))
    record.generation_height = to_int(data.get("height"))
    consumed = {"prompt", "uc", "sampler", "noise_schedule", "seed", "steps", "scale", "width", "height"}
    for key, value in data.items():
        if key not in consumed:
            record.parameters[key] = value
    if "Generation time" in fields:  # a duration in seconds, not a timestamp
        record.parameters["generation_duration"] = fields["Generation time"]


def _v4_caption(value) -> str | None:
    if isinstance(value, dict) and isinstance(value.get("caption"), dict):
        return to_str(value["caption"].get("base_caption"))
    return None


def fields_from_exif_comment(text: str, warnings: list[str]) -> dict[str, str] | None:
    """WebP/JPEG form: UserComment is JSON of the PNG text fields."""
    data = load_json(text, "NovelAI UserComment", warnings)
    if isinstance(data, dict) and "Comment" in data:
        return {k: v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}
    return None


def read_stealth(buf, width: int, height: int, warnings: list[str]) -> str | None:
    """Decode the alpha channel and read text hidden in its least significant bits.

    Bits run column by column (x outer, y inner): a 15-byte signature, a 32-bit bit count, then the
    payload (gzip-compressed for 'stealth_pngcomp').  Callers check the pixel cap first; we check again.
    """
    if width * height > STEALTH_PIXEL_CAP:
        warnings.append("stealth metadata not checked: image exceeds the pixel cap")
        return None
    import io

    import numpy as np  # only this rare path needs pixels
    from PIL import Image

    try:
        with Image.open(io.BytesIO(bytes(buf))) as image:
            if image.mode not in ("RGBA", "LA"):
                image = image.convert("RGBA")
            alpha = np.asarray(image.getchannel("A"))
    except Exception as exc:  # corrupt pixel data must not break the import
        warnings.append(f"stealth metadata: cannot decode pixels ({type(exc).__name__})")
        return None
    bits = (alpha.T & 1).astype(np.uint8).ravel()
    if bits.size < 15 * 8 + 32:
        return None
    signature = np.packbits(bits[:120]).tobytes()
    if signature not in STEALTH_SIGNATURES:
        return None
    compressed = STEALTH_SIGNATURES[signature]
    length = int("".join("1" if b else "0" for b in bits[120:152]), 2)
    if length <= 0 or length % 8 or 152 + length > bits.size or length // 8 > STEALTH_TEXT_CAP:
        warnings.append("stealth metadata: implausible payload length")
        return None
    payload = np.packbits(bits[152 : 152 + length]).tobytes()
    if compressed:
        try:
            payload = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(payload, STEALTH_TEXT_CAP)
        except (zlib.error, gzip.BadGzipFile) as exc:
            warnings.append(f"stealth metadata: cannot decompress ({exc})")
            return None
    return payload.decode("utf-8", "replace")
