"""Showing untrusted text safely: prompts and captions read from files, names other people typed.

Such text is data. Shown on a terminal it must not move the cursor, clear the screen, retitle the
window or forge a line of the transcript ("you> delete session …"); shown through Rich or Textual
its brackets are not markup; shown in Slack it never pings (``<!channel>``, ``<@U…>``) or links.
Every front door (CLI channels, TUI, Slack) goes through these functions. Pure: no store, no Context.

Written by hand because no library we use strips whole escape sequences: ``rich.control`` only
removes a few single control characters, which would leave ``]0;title`` or ``[2J`` behind as text.
"""

from __future__ import annotations

import json
import re
import unicodedata

from rich.markup import escape as _rich_escape

# Whole terminal escape sequences (ECMA-48), so none of their parameters is left behind as text.
_ESCAPE_SEQUENCE = re.compile(
    r"""
      \x1b\[[0-?]*[\x20-/]*[@-~]?            # CSI: colours, cursor moves, clear screen
    | \x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC: window title, hyperlinks, clipboard
    | \x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?  # DCS, SOS, PM, APC strings
    | \x1b[\x20-/]*[0-~]?                   # any other escape
    | \x9b[0-?]*[\x20-/]*[@-~]?              # the same as single 8-bit (C1) characters
    | [\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x9c)?
    """,
    re.VERBOSE,
)
# Everything that ends a line somewhere: a terminal, a text widget, or Unicode-aware software.
_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
# Bidirectional overrides and isolates can make text read differently from what it is.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
LINE_MARK = " ⏎ "


def _visible(ch: str) -> bool:
    return ch in "\n\t" or (unicodedata.category(ch) not in ("Cc", "Cs") and ch not in _BIDI_CONTROLS)


def clean(text: object) -> str:
    """The text with escape sequences and control characters removed; line breaks become ``\\n``.

    Every script, emoji and combining mark is kept."""
    text = _ESCAPE_SEQUENCE.sub("", "" if text is None else str(text))
    text = _LINE_BREAK.sub("\n", text)
    return "".join(ch for ch in text if _visible(ch))


def one_line(text: object, limit: int | None = None) -> str:
    """For a field shown on one line (a prompt in a list): line breaks shown as ``⏎``, never kept."""
    text = clean(text).strip().replace("\t", " ")
    text = LINE_MARK.join(part.strip() for part in text.split("\n") if part.strip())
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "…"
    return text


def indented(text: object, first: str, rest: str) -> str:
    """Cleaned text whose first line follows ``first`` and every later line starts with ``rest``.

    With a non-empty ``rest`` no line of untrusted text can start a transcript line of its own
    (a fake ``you> …`` or ``atelier> …``)."""
    lines = clean(text).split("\n")
    return "\n".join((first if i == 0 else rest) + line for i, line in enumerate(lines))


def for_rich(text: object) -> str:
    """Cleaned text for Rich or Textual markup: ``[bold]`` and the like are shown, not applied."""
    return _rich_escape(clean(text))


def for_slack(text: object) -> str:
    """Cleaned text for a Slack message: ``&``, ``<`` and ``>`` escaped, as Slack asks, so
    ``<!channel>``, ``<@U123>`` and ``<https://…|label>`` stay text and never ping or link.

    Plain ``@channel`` only pings when a message is sent with ``link_names``; never send it."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_json(value: object, **options) -> str:
    """JSON that is safe to print: the same data, with every control character (C1 and DEL
    included, which JSON leaves raw) and bidi control written as a ``\\uXXXX`` escape."""
    text = json.dumps(value, ensure_ascii=False, **options)
    # Raw line breaks and tabs here are only the layout: JSON escapes them inside strings.
    return "".join(ch if _visible(ch) else f"\\u{ord(ch):04x}" for ch in text)
