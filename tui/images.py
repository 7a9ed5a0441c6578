"""Thumbnails as half-cell blocks for grids and strips: loaded lazily off the UI thread, cached.

The stored 256 px thumbnails (``<home>/thumbs``) are used when present; a generated image has
none until first shown, so one is made then from its blob. Half-cell rendering (textual-image's
renderable) works in every terminal and inside tmux, and is fast enough to scroll.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from memory.blobs import BlobStore
from tools.importing.thumbnails import render_thumbnail, thumbnail_path

CACHE_SIZE = 4000
LOADING = Style(color="grey35", bgcolor="grey11")
MISSING = Style(color="red3", bgcolor="grey11")

Key = tuple[str, str, int, int, str | None]  # (sha256, ext, columns, rows, thumbnail name)


@lru_cache(maxsize=256)
def filler(width: int, height: int, style: Style, label: str = "") -> list[Strip]:
    """A block of cells, with a short label on its middle line (placeholder and loading tile)."""
    lines = []
    for y in range(height):
        text = label[:width].center(width) if y == height // 2 and label else " " * width
        lines.append(Strip([Segment(text, style)], width))
    return lines


def missing_tile(width: int, height: int) -> list[Strip]:
    return filler(width, height, MISSING, "missing" if width >= 7 else "✗")


class Thumbnails:
    """Half-cell strips per (image, size), made by a small thread pool and kept in an LRU cache."""

    def __init__(self, home: Path, blobs: BlobStore, on_ready: Callable[[], None] | None = None,
                 workers: int = 2):
        self.home = Path(home)
        self.blobs = blobs
        self.on_ready = on_ready
        self._cache: OrderedDict[Key, list[Strip] | None] = OrderedDict()  # None: missing file
        self._pending: set[Key] = set()
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="atelier-thumbs")
        self._closed = False
        self.misses = 0  # tiles handed out as "loading": a view draws those rows again when ready

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._pending)

    def source(self, sha256: str, ext: str, name: str | None = None) -> Path | None:
        """The file to draw from: the stored thumbnail, else one made from the blob, else None.

        ``name`` is the content hash the background workers name thumbnails by (so theirs is used,
        not made again); the blob's sha256 when there is none."""
        thumb = thumbnail_path(self.home, name or sha256)
        if thumb.exists():
            return thumb
        blob = self.blobs.path_for(sha256, ext or "")
        if not blob.exists():
            return None
        _, error = render_thumbnail((str(blob), str(thumb)))
        return thumb if error is None and thumb.exists() else blob

    def of(self, row: dict, width: int, height: int) -> list[Strip]:
        """The tile of a generation row (blob, extension and the content hash thumbnails are named by)."""
        return self.tile(row["blob_sha256"], row["file_ext"], width, height, row.get("content_hash"))

    def _exists(self, sha256: str, ext: str, name: str | None) -> bool:
        return (thumbnail_path(self.home, name or sha256).exists()
                or self.blobs.path_for(sha256, ext).exists())

    def tile(self, sha256: str | None, ext: str | None, width: int, height: int,
             name: str | None = None) -> list[Strip]:
        """The tile now: the image when loaded, else a loading block (and the load is queued)."""
        if not sha256:
            return missing_tile(width, height)
        key = (sha256, ext or "", width, height, name)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                strips = self._cache[key]
                return strips if strips is not None else missing_tile(width, height)
            if not self._exists(sha256, ext or "", name):  # two stat calls: cheaper than a round trip
                self._cache[key] = None
                return missing_tile(width, height)
            if key not in self._pending and not self._closed:
                self._pending.add(key)
                self._pool.submit(self._load, key)
            self.misses += 1
        return filler(width, height, LOADING, "·")

    def _load(self, key: Key) -> None:
        sha256, ext, width, height, name = key
        try:
            strips = self._render(sha256, ext, width, height, name)
        except Exception:  # an unreadable file is shown as missing, not a crash
            strips = None
        with self._lock:
            self._cache[key] = strips
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        if self.on_ready and not self._closed:
            self.on_ready()
        with self._lock:  # only now: "nothing pending" means the redraw was asked for too
            self._pending.discard(key)

    def _render(self, sha256: str, ext: str, width: int, height: int, name: str | None) -> list[Strip] | None:
        from PIL import Image as PILImage
        from textual_image.renderable.halfcell import Image as HalfcellImage

        path = self.source(sha256, ext, name)
        if path is None:
            return None
        with PILImage.open(path) as image:
            image = image.convert("RGB")
            image.thumbnail((width * 4, height * 8))  # pre-scale: the renderer then only resamples a little
            # Fill the whole tile (letterboxing would leave odd bars in a grid).
            image = image.resize((width, height * 2))
            console = Console(width=width, height=height, color_system="truecolor", force_terminal=True,
                              legacy_windows=False)
            renderable = HalfcellImage(image, width=width, height=height)
            lines = console.render_lines(renderable, console.options.update_dimensions(width, height), pad=True)
        return [Strip(Segment.adjust_line_length(line, width), width) for line in lines[:height]]

    def close(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=False, cancel_futures=True)
