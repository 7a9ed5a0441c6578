"""Text from the store is data: shown as plain text, never as markup or terminal escapes."""

from __future__ import annotations

import unicodedata

from rich.text import Text


def clean(value: object) -> str:
    """Drop control characters (ESC of an escape sequence included); tabs become spaces.

    What remains of an escape sequence ("[31m") is shown as the text it is."""
    text = str(value if value is not None else "")
    return "".join(" " if ch == "\t" else ch for ch in text
                   if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs"))


def one_line(value: object, width: int | None = None) -> str:
    """Whitespace collapsed to single spaces, cut to ``width`` with an ellipsis."""
    text = " ".join(clean(value).split())
    if width is not None and len(text) > width:
        return text[: max(0, width - 1)] + "…"
    return text


def safe(value: object, style: str = "") -> Text:
    """A Rich ``Text`` that never interprets markup: "[bold]" stays "[bold]"."""
    return Text(clean(value), style=style)
