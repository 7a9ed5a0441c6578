"""Text from the store is data: shown as plain text, never as markup or terminal escapes.

The cleaning itself is the one every front door shares (``tools.display``); this adds the Rich
``Text`` the widgets take, which never interprets markup.
"""

from __future__ import annotations

from rich.text import Text

from tools.display import clean, one_line

__all__ = ["clean", "one_line", "safe"]


def safe(value: object, style: str = "") -> Text:
    """A Rich ``Text`` that never interprets markup: "[bold]" stays "[bold]"."""
    return Text(clean(value).replace("\t", " "), style=style)
