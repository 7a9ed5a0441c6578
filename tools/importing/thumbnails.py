"""Thumbnails: 256 px WebP files under ``<home>/thumbs/``, made in worker processes.

Decoding is CPU-bound and holds the GIL, hence processes. JPEGs decode at reduced scale through
``draft``; Pillow's decompression-bomb guard stays on, so a huge image is refused, not decoded.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
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


def thumbnail_path(home: Path, sha256: str) -> Path:
    return Path(home) / "thumbs" / sha256[:2] / f"{sha256}.webp"


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
    """Make thumbnails for (sha256, image file) pairs, skipping those that already exist."""
    report = ThumbnailReport()
    jobs = []
    for sha256, source in items:
        target = thumbnail_path(home, sha256)
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
    """Thumbnails for image assets of the library (all of them, or the ids given)."""
    sql = "SELECT sha256, file_ext FROM assets WHERE workspace_id = ? AND media_type = 'image' AND sha256 IS NOT NULL"
    if asset_ids is None:
        rows = ctx.store.query(sql, [ctx.workspace_id])
    else:
        rows = ctx.store.query_in(sql + " AND id IN ({marks})", asset_ids, [ctx.workspace_id])
    items = [(r["sha256"], ctx.blobs.path_for(r["sha256"], r["file_ext"] or "")) for r in rows]
    return make_thumbnails(ctx.settings.home, items, **options)
