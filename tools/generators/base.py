"""The contract every image generator fulfils: requests in, images with provenance out."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

ProgressCallback = Callable[[int, int], None]
"""Called as ``on_progress(done, total)`` after each finished image."""


class GenerationCancelled(Exception):
    """Raised by a generator when its cancel event was set mid-request."""


class GeneratorError(Exception):
    """A generator could not produce an image (backend down, bad answer, refused prompt)."""


@dataclass(frozen=True)
class ImageRequest:
    """One image to make. The caller fixes ids and time so the file can carry them."""

    prompt: str
    seed: int
    width: int
    height: int
    negative_prompt: str = ""
    model: str | None = None
    settings: dict = field(default_factory=dict)
    # Written into the file's `atelier` metadata chunk: session_id, generation_id, created_at.
    embed: dict = field(default_factory=dict)


@dataclass(frozen=True)
class GeneratedImage:
    request: ImageRequest
    data: bytes
    mime: str
    model: str
    provenance: dict = field(default_factory=dict)


@runtime_checkable
class Generator(Protocol):
    """An image backend. ``name`` is the provider recorded on each generation."""

    name: str

    def generate(
        self,
        requests: list[ImageRequest],
        *,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[GeneratedImage]:
        """Yield one image per request, in order; raise GenerationCancelled if cancelled."""
        ...
