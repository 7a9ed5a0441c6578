"""Tiny XMP value lookup: element text (also inside rdf:Alt/Seq/li) or attribute form.

A regex is enough for the handful of fields we read and, unlike an XML parser, does not fail on
the malformed packets some writers produce.
"""

from __future__ import annotations

import html
import re


def xmp_value(xmp: str, qname: str) -> str | None:
    name = re.escape(qname)
    element = re.search(rf"<{name}(?:\s[^>]*)?>(.*?)</{name}>", xmp, re.DOTALL)
    if element:
        inner = element.group(1)
        item = re.search(r"<rdf:li(?:\s[^>]*)?>(.*?)</rdf:li>", inner, re.DOTALL)
        text = item.group(1) if item else inner
        text = html.unescape(re.sub(r"<[^>]+>", "", text) if item is None and "<" in text else text)
        return text.strip() or None
    attribute = re.search(rf"\s{name}\s*=\s*(\"([^\"]*)\"|'([^']*)')", xmp)
    if attribute:
        value = attribute.group(2) if attribute.group(2) is not None else attribute.group(3)
        return html.unescape(value).strip() or None
    return None
