"""The contract every image generator fulfils: requests in, images with provenance out."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

ProgressCallback = Callable[[int, int], None]
"""Called as ``on_progress(done, total)`` after each finished image."""

SEED_LIMIT = 2**63  # seeds run from 0 to 2^63-1 (SQLite INTEGER, and every backend's range)


class GenerationCancelled(Exception):
    """Raised by a generator when its cancel event was set mid-request."""


class GeneratorError(Exception):
    """A generator could not produce an image (backend down, bad answer, refused prompt).

    The message is one sentence a person can act on, naming the server's own reason.
    """


class UnsupportedRequest(GeneratorError, ValueError):
    """The request is one this generator cannot make (a size, video); raised before any work."""


@dataclass(frozen=True)
class ImageRequest:
    """One image to make. The caller fixes ids and time so the file can carry them."""

    prompt: str
    # None: the generator (or its server) picks one and reports it on the GeneratedImage.
    seed: int | None
    width: int
    height: int
    negative_prompt: str = ""
    model: str | None = None
    settings: dict = field(default_factory=dict)
    # Written into the file's `atelier` metadata chunk: session_id, generation_id, created_at.
    embed: dict = field(default_factory=dict)
    media_type: str = "image"  # or "video": a short clip


@dataclass(frozen=True)
class GeneratedImage:
    request: ImageRequest
    data: bytes
    mime: str
    model: str
    # {"request": what was sent to the provider, "response": what it said about this image, …}
    provenance: dict = field(default_factory=dict)
    # The seed actually used (the server's own when the request left it open); None if unknown.
    seed: int | None = None

    @property
    def used_seed(self) -> int | None:
        return self.seed if self.seed is not None else self.request.seed


@dataclass(frozen=True)
class FailedImage:
    """One request the provider refused or failed while the others went on (not charged)."""

    request: ImageRequest
    reason: str


@runtime_checkable
class Generator(Protocol):
    """An image backend. ``name`` is the provider recorded on each generation.

    ``max_concurrent_jobs`` bounds the jobs one process runs at once against the same
    ``job_key`` (e.g. one server URL); ``supports_video`` says whether it can make clips.
    """

    name: str
    max_concurrent_jobs: int | None
    supports_video: bool

    @property
    def model_name(self) -> str:
        """The model images will be made with (for the rate card and the confirmation)."""
        ...

    @property
    def job_key(self) -> str:
        """What the concurrency limit is counted against: the provider, or its server."""
        ...

    def check_size(self, width: int, height: int) -> None:
        """Raise UnsupportedRequest with one sentence unless this backend can make that size."""
        ...

    def generate(
        self,
        requests: list[ImageRequest],
        *,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[GeneratedImage | FailedImage]:
        """Yield one result per request, in order; raise GenerationCancelled if cancelled.

        A FailedImage stands for one request that failed while the rest can go on; a
        GeneratorError means nothing more can be made (server down, wrong server).
        """
        ...


def check_side_range(width: int, height: int, *, step: int, low: int, high: int,
                     who: str) -> None:
    """The common size rule: both sides whole multiples of ``step`` within ``low..high``."""
    for label, side in (("width", width), ("height", height)):
        if isinstance(side, bool) or not isinstance(side, int):
            raise UnsupportedRequest(f"{label} must be a whole number, got {side!r}")
        if not low <= side <= high or side % step:
            raise UnsupportedRequest(
                f"{width}x{height} is not a size {who} can make: width and height must each be a "
                f"multiple of {step} from {low} to {high}"
            )


def checked_requests(generator: Generator, requests) -> list[ImageRequest]:
    """The requests as a list, every size checked up front so a bad batch fails before any work."""
    requests = list(requests)
    for request in requests:
        generator.check_size(request.width, request.height)
    return requests


def group_requests(requests: list[ImageRequest], limit: int, *,
                   consecutive_seeds: bool = False) -> list[list[ImageRequest]]:
    """Runs of requests one backend call can make together: same prompt, size and settings, at
    most ``limit``; with ``consecutive_seeds`` also seeds all open or counting up by one."""
    groups: list[list[ImageRequest]] = []
    for request in requests:
        last = groups[-1][-1] if groups else None
        same = last is not None and len(groups[-1]) < limit and (
            (last.prompt, last.negative_prompt, last.width, last.height, last.settings)
            == (request.prompt, request.negative_prompt, request.width, request.height, request.settings))
        if same and consecutive_seeds:
            same = ((last.seed is None and request.seed is None)
                    or (last.seed is not None and request.seed == last.seed + 1))
        if same:
            groups[-1].append(request)
        else:
            groups.append([request])
    return groups
