"""Ids and timestamps, in one place so every row agrees on their format."""

from __future__ import annotations

import secrets
from datetime import datetime, timezone


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(6)}"


def to_iso(moment: datetime) -> str:
    """ISO-8601 UTC with a Z, fixed width so that text order is time order."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def now_iso() -> str:
    return to_iso(utc_now())
