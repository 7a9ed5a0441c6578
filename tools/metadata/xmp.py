"""Tiny XMP value lookup: element text (also inside rdf:Alt/Seq/li) or attribute form.

A regex is enough for the handful of fields we read and, unlike an XML parser, does not fail on
the malformed packets some writers produce.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

_LIST_ITEM = re.compile(r"<rdf:li(?:\s[^>]*)?>(.*?)</rdf:li>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


@lru_cache(maxsize=64)
def _patterns(qname: str) -> tuple[re.Pattern, re.Pattern]:
    """Element and attribute patterns per name, compiled once: callers ask for a fixed few."""
    name = re.escape(qname)
    return (re.compile(rf"<{name}(?:\s[^>]*)?>(.*?)</{name}>", re.DOTALL),
            re.compile(rf"\s{name}\s*=\s*(\"([^\"]*)\"|'([^']*)')"))


def xmp_value(xmp: str, qname: str) -> str | None:
    element_pattern, attribute_pattern = _patterns(qname)
    element = element_pattern.search(xmp)
    if element:
        inner = element.group(1)
        item = _LIST_ITEM.search(inner)
        text = item.group(1) if item else inner
        text = html.unescape(_TAG.sub("", text) if item is None and "<" in text else text)
        return text.strip() or None
    attribute = attribute_pattern.search(xmp)
    if attribute:
        value = attribute.group(2) if attribute.group(2) is not None else attribute.group(3)
        return html.unescape(value).strip() or None
    return None
