"""What the HTTP generators share: a checked server URL and one sentence per transport failure."""

from __future__ import annotations

import base64
import binascii
from urllib.parse import urlsplit

import httpx

from tools.generators.base import GeneratorError


def server_url(value: str | None, *, variable: str, label: str, example: str) -> str:
    """The configured base URL without a trailing slash; a sentence if it is missing or not http(s)."""
    text = (value or "").strip()
    if not text:
        raise GeneratorError(f"the {label} generator needs {variable}, the address of the server "
                             f"(for example {example})")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise GeneratorError(f"{variable} is '{text}', which is not an http:// or https:// address")
    return text.rstrip("/")


def transport_error(error: httpx.HTTPError, label: str, url: str, timeout: float) -> GeneratorError:
    """One sentence for an HTTP failure that is the network's or the server's, not the request's."""
    if isinstance(error, httpx.TimeoutException):
        return GeneratorError(f"the {label} server at {url} did not answer within {timeout:g} s")
    if isinstance(error, httpx.ConnectError):
        return GeneratorError(f"could not reach the {label} server at {url} (is it running?)")
    return GeneratorError(f"the connection to the {label} server at {url} failed "
                          f"({type(error).__name__})")


def call(client: httpx.Client, method: str, path: str, *, label: str, url: str, timeout: float,
         **kwargs) -> httpx.Response:
    """One HTTP call to a generator's server; transport failures become one sentence."""
    try:
        return client.request(method, path, **kwargs)
    except httpx.HTTPError as error:
        raise transport_error(error, label, url, timeout) from None


def json_answer(response: httpx.Response, label: str, what: str):
    """The JSON body, or a sentence saying the server is not the one we expected."""
    try:
        return response.json()
    except ValueError:
        raise GeneratorError(f"the server at {response.request.url.copy_with(path='/', query=None)} "
                             f"answered {what} with something that is not JSON: is it really "
                             f"{label}?") from None


def decode_base64_image(text: object) -> bytes | None:
    """Bytes of a base64 image (with or without a data: prefix); None if it is not base64."""
    if not isinstance(text, str) or not text:
        return None
    if text.startswith("data:") and "," in text:
        text = text.split(",", 1)[1]
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
