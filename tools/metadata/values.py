"""Small tolerant converters shared by the format readers."""

from __future__ import annotations

import json
import math
import re
from datetime import datetime, timezone
from typing import Any

_INTEGER = re.compile(r"[+-]?\d+")
_KEY_GAPS = re.compile(r"[\s\-]+")


def to_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        if isinstance(value, float):
            return int(value) if math.isfinite(value) else None
        text = str(value).strip()
        return int(text) if _INTEGER.fullmatch(text) else int(float(text))
    except (ValueError, OverflowError):
        return None


def to_float(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def to_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        return text or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def load_json(text: str, carrier: str, warnings: list[str]) -> Any:
    """json.loads that reports instead of raising; Python's json already accepts NaN/Infinity."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        warnings.append(f"{carrier}: malformed JSON ({str(exc)[:120]})")
        return None


def looks_like_json_object(text: str) -> bool:
    stripped = text.lstrip()
    return stripped.startswith("{")


_EXIF_STYLE = re.compile(r"(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?")


def parse_datetime(text: Any) -> tuple[datetime, bool] | None:
    """(aware UTC datetime, assumed_utc) from ISO-8601, EXIF 'YYYY:MM:DD hh:mm:ss' or RFC 2822."""
    if not isinstance(text, str):
        return None
    value = text.strip()
    if not value:
        return None
    parsed: datetime | None = None
    match = _EXIF_STYLE.fullmatch(value)
    if match:
        try:
            parsed = datetime(*(int(g) for g in match.groups()[:6]))
        except ValueError:
            return None
    if parsed is None:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
        except ValueError:
            parsed = None
    if parsed is None:
        from email.utils import parsedate_to_datetime  # rare path; keep the import lazy

        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if parsed is None:
            return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc), True
    return parsed.astimezone(timezone.utc), False


def normalise_key(key: str) -> str:
    return _KEY_GAPS.sub("_", key.strip()).lower()
