"""Generation jobs: a per-provider (per-server) limit on how many run at once in this process.

A1111 hangs when two txt2img calls overlap, so it allows one job per server; ComfyUI queues
on its own but a few at once keep the queue short; OpenAI is limited by its rate limits.
Waiting for a slot still listens to the conversation's cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from tools.generators.base import GenerationCancelled

_slots: dict[tuple[str, int], threading.BoundedSemaphore] = {}
_slots_lock = threading.Lock()
WAIT_TICK = 0.05  # how often a waiting job looks at its cancel event


def _semaphore(key: str, limit: int) -> threading.BoundedSemaphore:
    with _slots_lock:
        return _slots.setdefault((key, limit), threading.BoundedSemaphore(limit))


@contextmanager
def job_slot(generator, cancel: threading.Event | None = None,
             on_wait=None) -> Iterator[None]:
    """Hold one of the generator's job slots for the duration of a job.

    ``on_wait()`` is called once if the job has to wait (so the front end can say so).
    """
    limit = getattr(generator, "max_concurrent_jobs", None)
    if not limit:
        yield
        return
    semaphore = _semaphore(getattr(generator, "job_key", generator.name), limit)
    if not semaphore.acquire(blocking=False):
        if on_wait is not None:
            on_wait()
        while not semaphore.acquire(timeout=WAIT_TICK):
            if cancel is not None and cancel.is_set():
                raise GenerationCancelled("cancelled while waiting for the generator to be free")
    try:
        yield
    finally:
        semaphore.release()
