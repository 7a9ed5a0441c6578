"""Small helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

from tools.context import Context
from tools.state import export_state


def read_state(home) -> dict:
    """The whole state of a home, as `atelier state --json` prints it."""
    ctx = Context.open(home)
    try:
        return export_state(ctx)
    finally:
        ctx.close()
