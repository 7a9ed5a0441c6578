"""When was an image generated?  Evidence ranked by how much it can be trusted.

strong  a time the generator wrote into the metadata (Midjourney Creation Time, Civitai Created Date,
        SwarmUI date, Atelier created_at)
medium  file-name patterns generators use (Fooocus, trainer samples, dated ComfyUI prefixes, A1111
        date folders), then EXIF DateTimeOriginal
weak    times editors write (PNG tIME, EXIF DateTime, XMP dates, ImageMagick date:*) and file mtimes

Times without a zone are read as UTC and flagged ``assumed_utc=True``: guessing the importing
machine's zone would be no better and would make results depend on where the import runs.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from pathlib import Path, PurePath

from .record import ImageMetadata, TimeEvidence

TRUST_RANK = {"strong": 0, "medium": 1, "weak": 2}
_DATE_TIME = re.compile(
    r"(?<!\d)(20\d{2}|19\d{2})-(\d{2})-(\d{2})[_ T.-](\d{2})[-.:](\d{2})[-.:](\d{2})(?!\d)")
_COMPACT_AT_END = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$")
_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})-(\d{2})-(\d{2})(?!\d)")
_DATE_DIR = re.compile(r"(20\d{2}|19\d{2})-(\d{2})-(\d{2})")


def _make(parts: tuple[str, ...]) -> datetime | None:
    try:
        value = datetime(*(int(p) for p in parts), tzinfo=timezone.utc)
    except ValueError:
        return None
    return value if 1990 <= value.year <= 2100 else None


def _name_and_parent(path: str) -> tuple[str, str]:
    """(file name, parent folder name) as PurePath gives them, without building one per file."""
    if "//" in path or "/./" in path or path.endswith(("/", "/.")) or path.startswith("./") or path == ".":
        pure = PurePath(path)  # unusual spellings: let pathlib normalise them
        return pure.name, pure.parent.name
    parent, _, name = path.rpartition("/")
    return name, parent.rpartition("/")[2]


def _stem_and_suffix(name: str) -> tuple[str, str]:
    dot = name.rfind(".")  # PurePath rules: a leading or trailing dot is no suffix
    if 0 < dot < len(name) - 1:
        return name[:dot], name[dot:]
    return name, ""


def file_extension(path: str | os.PathLike) -> str:
    """Lower-case extension without the dot ('' when there is none)."""
    name, _ = _name_and_parent(os.fspath(path))
    return _stem_and_suffix(name)[1].lower().lstrip(".")


def filename_evidence(path: str | os.PathLike | None) -> list[TimeEvidence]:
    """Medium-trust times from the file name and its date folder, best first."""
    if not path:
        return []
    name, parent_name = _name_and_parent(os.fspath(path))
    stem = _stem_and_suffix(name)[0]
    found: list[TimeEvidence] = []
    if match := _DATE_TIME.search(stem):
        if value := _make(match.groups()):
            found.append(TimeEvidence(time=value, source="file name date-time (YYYY-MM-DD_HH-MM-SS)",
                                      trust="medium", assumed_utc=True))
    if match := _COMPACT_AT_END.search(stem):
        if value := _make(match.groups()):
            found.append(TimeEvidence(time=value, source="file name ending YYYYMMDDhhmmss",
                                      trust="medium", assumed_utc=True))
    if not found and (match := _DATE.search(stem)):
        if value := _make(match.groups()):
            found.append(TimeEvidence(time=value, source="file name date (day only)", trust="medium", assumed_utc=True))
    if not found and parent_name and (match := _DATE_DIR.fullmatch(parent_name)):
        if value := _make(match.groups()):
            found.append(TimeEvidence(time=value, source="date folder (day only)", trust="medium", assumed_utc=True))
    return found


def mtime_evidence(path: str | os.PathLike | None) -> TimeEvidence | None:
    if not path:
        return None
    try:
        stamp = Path(path).stat().st_mtime
    except OSError:
        return None
    return TimeEvidence(time=datetime.fromtimestamp(stamp, timezone.utc), source="file mtime", trust="weak")


def rank(candidates: list[TimeEvidence]) -> list[TimeEvidence]:
    return sorted(candidates, key=lambda c: TRUST_RANK[c.trust])  # stable: keeps order within a trust level


def resolve_generation_time(
    record: ImageMetadata, path: str | os.PathLike | None, *, use_file_times: bool = False
) -> TimeEvidence | None:
    """Best evidence for the generation time; weak evidence only when ``use_file_times``."""
    strong = [c for c in record.time_candidates if c.trust == "strong"]
    medium = [c for c in record.time_candidates if c.trust == "medium"]
    weak = [c for c in record.time_candidates if c.trust == "weak"]
    candidates = strong + filename_evidence(path) + medium
    if use_file_times:
        candidates += weak
        if (mtime := mtime_evidence(path)) is not None:
            candidates.append(mtime)
    ranked = rank(candidates)
    return ranked[0] if ranked else None
