"""The files every generator writes: PNGs (and animated WebPs) carrying Atelier's metadata.

Whatever made the pixels, the file says what made it so Atelier's importer (and any SD metadata
reader) can read it back: an ``atelier`` iTXt chunk of JSON with the request, provider, model and
seed, next to the provider's own chunks (A1111's ``parameters`` infotext, ComfyUI's ``prompt``
graph). Chunks are inserted into the server's PNG without re-encoding its pixels.
"""

from __future__ import annotations

import html
import io
import json
import struct
import zlib
from datetime import date, datetime

import numpy as np

from tools.generators.base import GeneratedImage, GeneratorError, ImageRequest

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ATELIER_KEY = "atelier"
TEXT_CHUNKS = (b"tEXt", b"iTXt", b"zTXt")
# zlib level for the image data: fast, and smooth art still compresses about 6x.
PNG_COMPRESS_LEVEL = 1
XMP_ATELIER_ELEMENT = "atelier:metadata"


class NotAnImage(GeneratorError):
    """The server answered with bytes that are not an image."""


# --- the atelier metadata ---------------------------------------------------------------------

def atelier_metadata(request: ImageRequest, *, provider: str, model: str, seed: int | None,
                     extra: dict | None = None) -> dict:
    """The `atelier` chunk: the caller's embed keys and extras, then the request facts (which win)."""
    return {
        **request.embed,
        **(extra or {}),
        "prompt": request.prompt,
        "negative_prompt": request.negative_prompt,
        "seed": seed,
        "width": request.width,
        "height": request.height,
        "model": model,
        "provider": provider,
    }


def metadata_json(metadata: dict) -> str:
    """The metadata as JSON; raises ValueError if a value (e.g. in request.embed) is not JSON-able."""
    try:
        return json.dumps(metadata, ensure_ascii=False, sort_keys=True, default=_json_default)
    except (TypeError, ValueError) as error:
        raise ValueError(f"request.embed cannot be written as JSON: {error}") from error


def _json_default(value: object) -> str:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"embed value of type {type(value).__name__} cannot be written as JSON")


# --- PNG chunks (hand-written: Pillow re-encodes pixels to add text, and writes no iTXt order we control)

def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _text_chunk(key: str, value: str) -> bytes:
    """tEXt when the value is Latin-1 (what A1111 readers expect), otherwise UTF-8 iTXt."""
    try:
        return _chunk(b"tEXt", key.encode("latin-1") + b"\0" + value.encode("latin-1"))
    except UnicodeEncodeError:
        return _itxt_chunk(key, value)


def _itxt_chunk(key: str, value: str) -> bytes:
    # keyword, NUL, compression flag 0, method 0, empty language tag, empty translated keyword.
    return _chunk(b"iTXt", key.encode("latin-1") + b"\0\0\0\0\0" + value.encode("utf-8"))


def _text_chunks(texts: list[tuple[str, str]]) -> list[bytes]:
    return [_itxt_chunk(k, v) if k == ATELIER_KEY else _text_chunk(k, v) for k, v in texts]


def encode_png(pixels: np.ndarray, texts: list[tuple[str, str]]) -> bytes:
    """Write an 8-bit RGB PNG with the given text chunks and nothing time-dependent.

    Every row uses the PNG "Up" filter, computed in one numpy subtraction, then one zlib pass.
    On smooth, upscaled art that is about 2x faster than Pillow's per-row adaptive filter
    search and slightly smaller, and the bytes depend only on the pixels, the texts and zlib.
    """
    height, width, _ = pixels.shape
    rows = pixels.reshape(height, width * 3)
    filtered = np.empty((height, width * 3 + 1), dtype=np.uint8)
    filtered[:, 0] = 2  # filter type Up: each byte minus the byte above it
    filtered[0, 1:] = rows[0]
    np.subtract(rows[1:], rows[:-1], out=filtered[1:, 1:])
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"".join([PNG_SIGNATURE, _chunk(b"IHDR", header), *_text_chunks(texts),
                     _chunk(b"IDAT", zlib.compress(filtered.tobytes(), PNG_COMPRESS_LEVEL)),
                     _chunk(b"IEND", b"")])


def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, whole chunk bytes) for each chunk; raises ValueError on a broken layout."""
    chunks, offset = [], len(PNG_SIGNATURE)
    while offset + 8 <= len(data):
        (length,) = struct.unpack_from(">I", data, offset)
        kind = data[offset + 4:offset + 8]
        end = offset + 12 + length
        if end > len(data):
            raise ValueError("truncated PNG chunk")
        chunks.append((kind, data[offset:end]))
        offset = end
        if kind == b"IEND":
            return chunks
    raise ValueError("PNG without IEND")


def _text_key(chunk: bytes) -> str:
    body = chunk[8:-4]
    return body.split(b"\0", 1)[0].decode("latin-1")


def annotate_png(data: bytes, texts: list[tuple[str, str]]) -> bytes:
    """The server's PNG with ``texts`` written in (replacing chunks of the same keys).

    Bytes that are an image in another format are converted to PNG; bytes that are no image
    at all raise NotAnImage.
    """
    if not data.startswith(PNG_SIGNATURE):
        return _reencode_as_png(data, texts)
    try:
        chunks = _png_chunks(data)
        _decode_check(data)
    except (ValueError, OSError) as error:
        raise NotAnImage(f"the server sent a broken PNG ({error})") from None
    replaced = {key for key, _ in texts}
    kept = [(kind, raw) for kind, raw in chunks
            if not (kind in TEXT_CHUNKS and _text_key(raw) in replaced)]
    # Text goes right after IHDR, where readers that stop early (and our own 16 kB head read) see it.
    return b"".join([PNG_SIGNATURE, kept[0][1], *_text_chunks(texts), *(raw for _, raw in kept[1:])])


def _decode_check(data: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image.verify()
        return image.size


def _reencode_as_png(data: bytes, texts: list[tuple[str, str]]) -> bytes:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            rgb = np.asarray(image.convert("RGB"))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        head = data[:24]
        raise NotAnImage(f"the server sent something that is not an image ({len(data)} bytes "
                         f"starting {head!r}): {type(error).__name__}") from None
    return encode_png(np.ascontiguousarray(rgb), texts)


def image_size(data: bytes) -> tuple[int, int]:
    """(width, height) of encoded image bytes."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return image.size


# --- one finished image ---------------------------------------------------------------------------

def finish_image(request: ImageRequest, data: bytes, *, provider: str, model: str,
                 seed: int | None, provenance: dict, texts: list[tuple[str, str]] = (),
                 extra: dict | None = None) -> GeneratedImage:
    """The one way a provider's bytes become a GeneratedImage: a PNG carrying Atelier metadata."""
    metadata = atelier_metadata(request, provider=provider, model=model, seed=seed, extra=extra)
    png = annotate_png(data, [*texts, (ATELIER_KEY, metadata_json(metadata))])
    return GeneratedImage(request=request, data=png, mime="image/png", model=model,
                          provenance=provenance, seed=seed)


# --- animated WebP (short clips for video sessions) --------------------------------------------------

def encode_webp_animation(frames: list[np.ndarray], metadata: dict, *, frame_ms: int) -> bytes:
    """A looping animated WebP whose XMP packet carries the atelier metadata as JSON."""
    from PIL import Image

    images = [Image.fromarray(frame, "RGB") for frame in frames]
    packet = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:atelier="https://atelier.invalid/ns/1.0/">'
        f"<{XMP_ATELIER_ELEMENT}>{html.escape(metadata_json(metadata), quote=False)}"
        f"</{XMP_ATELIER_ELEMENT}></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    out = io.BytesIO()
    images[0].save(out, "WEBP", save_all=True, append_images=images[1:], duration=frame_ms,
                   loop=0, quality=80, method=0, xmp=packet.encode("utf-8"))
    return out.getvalue()
