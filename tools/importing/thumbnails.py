"""Thumbnails: 256 px WebP files under ``<home>/thumbs/``, made in worker processes.

Decoding is CPU-bound and holds the GIL, hence processes. JPEGs decode at reduced scale through
``draft``; Pillow's decompression-bomb guard stays on, so a huge image is refused, not decoded.

``schedule_thumbnails`` is what imports and generations call: it hands the work to a long-lived
background pool and returns at once, so a conversation's turn never waits for a thumbnail.
"""

from __future__ import annotations

import multiprocessing
import os
import secrets
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from memory.home import create_private

THUMB_SIDE = 256
THUMB_QUALITY = 80
DEFAULT_WORKERS = 2


@dataclass
class ThumbnailReport:
    made: int = 0
    existing: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


def thumbnail_path(home: Path, content_hash: str) -> Path:
    """Thumbnails are named by the content hash (its hex part), so a moved file keeps its thumbnail."""
    key = content_hash.rsplit(":", 1)[-1]
    return Path(home) / "thumbs" / key[:2] / f"{key}.webp"


def render_thumbnail(job: tuple[str, str]) -> tuple[str, str | None]:
    """(source, target) -> (target, error or None). Runs in a worker process."""
    from PIL import Image

    source, target = job
    try:
        with Image.open(source) as image:
            image.draft("RGB", (THUMB_SIDE, THUMB_SIDE))  # JPEG: decode at 1/2, 1/4 or 1/8 scale
            if image.mode not in ("RGB", "RGBA"):
                image = image.convert("RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB")
            image.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.BILINEAR, reducing_gap=2.0)
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            temp = f"{target}.{secrets.token_hex(4)}.part"
            try:
                with create_private(temp) as out:  # 0600, like every file in the home
                    image.save(out, "WEBP", quality=THUMB_QUALITY, method=0)
                os.replace(temp, target)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
    except Exception as error:  # one bad image must not stop the others
        return target, f"{type(error).__name__}: {str(error)[:200]}"
    return target, None


def make_thumbnails(home: Path, items: Iterable[tuple[str, Path]], *, workers: int = DEFAULT_WORKERS,
                    on_progress: Callable[[int, int], None] | None = None, overwrite: bool = False) -> ThumbnailReport:
    """Make thumbnails for (content hash, image file) pairs, skipping those that already exist."""
    report = ThumbnailReport()
    jobs = []
    for key, source in items:
        target = thumbnail_path(home, key)
        if not overwrite and target.exists():
            report.existing += 1
            continue
        jobs.append((os.fspath(source), os.fspath(target)))
    if not jobs:
        return report
    total = len(jobs)
    with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
        for done, (target, error) in enumerate(pool.map(render_thumbnail, jobs, chunksize=8), start=1):
            if error:
                report.failed.append((target, error))
            else:
                report.made += 1
            if on_progress:
                on_progress(done, total)
    return report


def thumbnails_for_assets(ctx, asset_ids: list[str] | None = None, **options) -> ThumbnailReport:
    """Thumbnails for image assets of the library (all of them, or the ids given) that are not missing."""
    from tools.records import asset_path

    sql = ("SELECT * FROM assets WHERE workspace_id = ? AND media_type = 'image' AND missing = 0 "
           "AND content_hash IS NOT NULL")
    if asset_ids is None:
        rows = ctx.store.query(sql, [ctx.workspace_id])
    else:
        rows = ctx.store.query_in(sql + " AND id IN ({marks})", asset_ids, [ctx.workspace_id])
    items = [(r["content_hash"], Path(asset_path(ctx, r))) for r in rows if asset_path(ctx, r)]
    return make_thumbnails(ctx.settings.home, items, **options)


_background: ProcessPoolExecutor | None = None
_background_lock = threading.Lock()


def _background_pool(workers: int) -> ProcessPoolExecutor:
    global _background
    with _background_lock:
        if _background is None:
            # spawn, not fork: the caller may be a threaded server (Slack, the TUI, LangGraph).
            _background = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
        return _background


def schedule_thumbnails(settings, items: Iterable[tuple[str, Path | str]]) -> list[Future]:
    """Queue thumbnails for (content hash, image file) pairs in background processes; never waits.

    Returns the futures (tests and the benchmark wait on them; callers on a turn's path do not).
    """
    if settings.thumbnail_workers <= 0:
        return []
    jobs = []
    for key, source in items:
        if key and source:
            target = thumbnail_path(settings.home, key)
            if not target.exists():
                jobs.append((os.fspath(source), os.fspath(target)))
    if not jobs:
        return []
    for _attempt in range(2):
        pool = _background_pool(settings.thumbnail_workers)
        try:
            return [pool.submit(render_thumbnail, job) for job in jobs]
        except (BrokenProcessPool, RuntimeError):
            # A worker died (out of memory, a crash in a decoder): start a fresh pool once. Work
            # already committed never fails for a thumbnail; a view makes a missing one on sight.
            _forget_pool(pool)
    return []


def _forget_pool(pool: ProcessPoolExecutor) -> None:
    global _background
    with _background_lock:
        if _background is pool:
            _background = None
    pool.shutdown(wait=False, cancel_futures=True)
