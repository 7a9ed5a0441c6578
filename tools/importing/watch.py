"""Watching a folder: import files as they appear, once they have stopped growing; follow moves,
and mark the assets of deleted files missing.

A file created while we watch gets its arrival time as strong time evidence: for generators that
write no time into their files (most ComfyUI and Draw Things outputs) it is the best there is.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from tools.context import Context
from tools.importing.pipeline import ImportSummary, forget_paths, import_paths

DEBOUNCE_SECONDS = 1.0
POLL_SECONDS = 0.25


class _PendingFiles(FileSystemEventHandler):
    """Paths touched recently, with the time of their last event."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.touched: dict[str, float] = {}
        self.arrivals: dict[str, float] = {}  # path -> epoch second it was created
        self.gone: set[str] = set()

    def _note(self, path) -> None:
        path = os.fsdecode(path)
        with self.lock:
            self.touched[path] = time.monotonic()
            self.gone.discard(path)

    def _note_gone(self, path) -> None:
        with self.lock:
            self.gone.add(os.fsdecode(path))

    def on_created(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            with self.lock:
                self.arrivals.setdefault(os.fsdecode(event.src_path), time.time())
            self._note(event.src_path)
        else:
            self._note_folder(event.src_path)

    def on_deleted(self, event: FileSystemEvent) -> None:
        self._note_gone(event.src_path)

    def on_modified(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self._note(event.src_path)

    def on_closed(self, event: FileSystemEvent) -> None:
        self._note(event.src_path)

    def on_moved(self, event: FileSystemEvent) -> None:
        self._note_gone(event.src_path)
        if event.is_directory:
            self._note_folder(event.dest_path)
        else:
            self._note(event.dest_path)

    def idle(self) -> bool:
        with self.lock:
            return not self.touched

    def take_gone(self) -> list[str]:
        with self.lock:
            gone, self.gone = sorted(self.gone), set()
        return gone

    def take_arrivals(self, paths: list[str]) -> dict[str, float]:
        with self.lock:
            return {p: self.arrivals.pop(p) for p in paths if p in self.arrivals}

    def _note_folder(self, folder) -> None:
        # A folder moved or created with files already inside raises no event per file.
        for directory, _subdirectories, files in os.walk(os.fsdecode(folder)):
            for name in files:
                self._note(os.path.join(directory, name))

    def settled(self, debounce: float, sizes: dict[str, tuple[int, int]]) -> list[str]:
        """Paths quiet for ``debounce`` seconds whose size and mtime held still since the last look."""
        now = time.monotonic()
        ready = []
        with self.lock:
            for path, last in list(self.touched.items()):
                if now - last < debounce:
                    continue
                try:
                    info = os.stat(path)
                except OSError:
                    self.touched.pop(path)
                    sizes.pop(path, None)
                    continue
                current = (info.st_size, info.st_mtime_ns)
                if sizes.get(path) == current:
                    ready.append(path)
                    self.touched.pop(path)
                    sizes.pop(path)
                else:
                    sizes[path] = current  # still growing, or first look: wait one more round
                    self.touched[path] = now
        return ready


def watch_folder(ctx: Context, root: str, *, stop: threading.Event, use_file_times: bool = False,
                 on_import: Callable[[ImportSummary], None] | None = None,
                 debounce: float = DEBOUNCE_SECONDS, initial_import: bool = True, copy: bool = False) -> None:
    """Import ``root`` now (unless told not to), then every new or changed file until ``stop`` is set."""
    pending = _PendingFiles()
    observer = Observer()
    observer.schedule(pending, os.fspath(root), recursive=True)
    observer.start()
    try:
        if initial_import:
            summary = import_paths(ctx, [root], use_file_times=use_file_times, copy=copy)
            if on_import:
                on_import(summary)
        sizes: dict[str, tuple[int, int]] = {}
        while not stop.wait(POLL_SECONDS):
            ready = pending.settled(debounce, sizes)
            if ready:
                # New places first, so a moved file's asset is found at its new path before its
                # old path is forgotten (and so is never marked missing in between).
                summary = import_paths(ctx, sorted(ready), use_file_times=use_file_times, copy=copy,
                                       arrivals=pending.take_arrivals(ready))
                if on_import:
                    on_import(summary)
            gone = pending.take_gone() if pending.idle() else []
            if gone:
                forget_paths(ctx, gone)
    finally:
        observer.stop()
        observer.join(timeout=5)
