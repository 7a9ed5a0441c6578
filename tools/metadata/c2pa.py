"""C2PA presence and vendor, from the JUMBF manifest store (PNG caBX, JPEG APP11, WebP C2PA).

We do not validate signatures; we read the claim generator string out of the CBOR claim.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from .record import C2PAInfo

_SOURCE_TYPE = re.compile(rb"https?://cv\.iptc\.org/newscodes/digitalsourcetype/([A-Za-z]+)")

VENDORS = (
    ("openai", "openai"), ("chatgpt", "openai"), ("dall", "openai"), ("adobe", "adobe"),
    ("firefly", "adobe"), ("photoshop", "adobe"), ("google", "google"), ("gemini", "google"),
    ("microsoft", "microsoft"), ("bing", "microsoft"), ("azure", "microsoft"), ("midjourney", "midjourney"),
    ("truepic", "truepic"), ("leonardo", "leonardo"), ("stability", "stability"), ("samsung", "samsung"),
    ("meta", "meta"), ("runway", "runway"), ("canva", "canva"),
)


def _cbor_text_after(data: bytes, key: bytes) -> str | None:
    """The CBOR text string that follows a text key, e.g. b'claim_generator'."""
    at = data.find(key)
    if at < 0:
        return None
    pos = at + len(key)
    if pos >= len(data):
        return None
    head = data[pos]
    if head >> 5 != 3:  # not a text string (e.g. claim_generator_info is a map/array)
        return None
    length = head & 0x1F
    pos += 1
    if length == 24:
        length, pos = data[pos], pos + 1
    elif length == 25:
        length, pos = int.from_bytes(data[pos:pos + 2], "big"), pos + 2
    elif length > 25:
        return None
    return data[pos:pos + length].decode("utf-8", "replace")


def read(manifest: bytes) -> C2PAInfo:
    claim_generator = _cbor_text_after(manifest, b"\x6fclaim_generator")
    if claim_generator is None and (at := manifest.find(b"claim_generator_info")) >= 0:
        claim_generator = _cbor_text_after(manifest[at:], b"\x64name")
    haystack = (claim_generator or "").lower()
    vendor = next((v for marker, v in VENDORS if marker in haystack), None)
    if vendor is None:
        lowered = manifest.lower()
        vendor = next((v for marker, v in VENDORS if marker.encode() in lowered), None)
    source_type = _SOURCE_TYPE.search(manifest)
    digital_source_type = source_type.group(0).decode("ascii") if source_type else None
    # trainedAlgorithmicMedia / compositeWithTrainedAlgorithmicMedia mark AI output; absence proves nothing
    ai_generated = True if digital_source_type and digital_source_type.endswith("rainedAlgorithmicMedia") else None
    return C2PAInfo(vendor=vendor, claim_generator=claim_generator, ai_generated=ai_generated,
                    digital_source_type=digital_source_type, created_at=_action_time(manifest))


def _action_time(manifest: bytes) -> datetime | None:
    """When the first c2pa.created action happened (the ``when`` of a c2pa.actions assertion),
    else the first ``when`` of any action: the signer's own statement of the creation time."""
    created = manifest.find(b"c2pa.created")
    for start in ([created, 0] if created >= 0 else [0]):
        text = _cbor_text_after(manifest[start:], b"\x64when")
        if text:
            try:
                moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                continue
            return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return None
