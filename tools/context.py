"""The Context every operation runs over: store, files, user, conversation state, settings."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from memory.blobs import BlobStore
from memory.settings import Settings
from memory.store import DEFAULT_USER, DEFAULT_WORKSPACE, Store

ProgressSink = Callable[[str, int, int], None]
"""Receives ``(label, done, total)``, e.g. ("generating", 4, 10)."""


@dataclass
class Context:
    store: Store
    settings: Settings
    workspace_id: str = DEFAULT_WORKSPACE
    user_id: str = DEFAULT_USER
    # The conversation's current session; tools that create, open or generate move it.
    current_session_id: str | None = None
    # The conversation (thread) this context serves; its changes are what "undo" reverses.
    conversation_id: str | None = None
    on_progress: ProgressSink | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    # Lets tests and plugins supply generators; None means "build from settings".
    generator_override: object | None = None
    # Writes prose from evidence in a persona's voice ("curator", evidence) -> text; the agent layer
    # sets it when a language model is configured. None: tools compose their own prose offline.
    writer: Callable[[str, dict], str] | None = None

    @property
    def blobs(self) -> BlobStore:
        return BlobStore(self.settings.blobs_dir)

    @classmethod
    def open(cls, home: Path | str | None = None, **overrides) -> Context:
        settings = Settings(home=Path(home)) if home else Settings()
        store = Store(settings.database_path, starting_credits=settings.starting_credits)
        context = cls(store=store, settings=settings, **overrides)
        try:
            context.settle_abandoned_jobs()
        except BaseException:
            store.close()
            raise
        return context

    def settle_abandoned_jobs(self) -> int:
        """Settle credit jobs whose process died (kill -9, power cut): keep the images they had
        written, capture those, release the rest. One indexed query when nothing is open."""
        if not self.store.scalar("SELECT 1 FROM credit_jobs WHERE status = 'held' LIMIT 1"):
            return 0
        from tools.generations import settle_abandoned_jobs  # deferred: generations imports this module

        return settle_abandoned_jobs(self)

    def progress(self, label: str, done: int, total: int) -> None:
        if self.on_progress:
            self.on_progress(label, done, total)

    def close(self) -> None:
        index = sys.modules.get("memory.index")  # loaded only once something searched
        if index is not None:
            index.forget_index(self.store)
        self.store.close()
