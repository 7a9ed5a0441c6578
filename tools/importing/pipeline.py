"""The import pipeline: scan, read in worker threads, commit in batches, then sessions and lineage.

Each file is read once (hash and metadata from the same bytes) and its blob placed before the
batch that names it commits. A batch is one transaction, so an interrupt leaves every file either
fully recorded (asset, generation, import_files row) or not at all; the next run picks up the rest.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from memory.clock import new_id, now_iso, to_iso
from memory.store import IN_CHUNK
from tools.context import Context
from tools.importing import reading
from tools.importing.auto_sessions import SessionChanges, refresh_auto_sessions
from tools.importing.reading import FileRead, provider_name
from tools.importing.scan import Candidate, ScanProblem, display_path, scan
from tools.lineage import family_key, link_generations

BATCH_FILES = 200
READ_AHEAD = 32
SKIP_EXAMPLES = 200
SQLITE_INT_MAX = 2**63 - 1

ProgressCallback = Callable[[int, int], None]


@dataclass
class ImportSummary:
    """What an import did. Every file seen is exactly one of imported, duplicate, unchanged, skipped."""

    paths: list[str] = field(default_factory=list)
    seen: int = 0
    imported: int = 0
    generations: int = 0  # imported files that joined sessions (trustworthy time)
    library_only: int = 0  # imported images without a trustworthy time
    saved_own: int = 0  # files of this home's own generations: those generations are now saved
    duplicates: int = 0  # same content as something already in the library
    relocated: int = 0  # duplicates whose earlier file is gone: moved or renamed
    unchanged: int = 0  # same path, size and mtime as last time: not read again
    skipped: int = 0
    skip_reasons: Counter = field(default_factory=Counter)
    skip_examples: list[tuple[str, str]] = field(default_factory=list)
    with_warnings: int = 0
    sessions: SessionChanges = field(default_factory=SessionChanges)
    lineage: dict = field(default_factory=dict)
    interrupted: bool = False
    new_asset_ids: list[str] = field(default_factory=list)
    new_generation_ids: list[str] = field(default_factory=list)

    def skip(self, path: str, reason: str) -> None:
        self.skipped += 1
        self.skip_reasons[_reason_group(reason)] += 1
        if len(self.skip_examples) < SKIP_EXAMPLES:
            self.skip_examples.append((path, reason))

    @property
    def accounted(self) -> int:
        return self.imported + self.duplicates + self.unchanged + self.skipped

    def message(self) -> str:
        head = "Import interrupted" if self.interrupted else "Imported"
        placed = f"{self.generations} into sessions, {self.imported - self.generations - self.saved_own} library only"
        if self.saved_own:
            placed += f", {self.saved_own} saved from existing generations"
        text = (f"{head}: {self.imported} new file(s) ({placed}), {self.duplicates} duplicate(s)"
                + (f" ({self.relocated} moved or renamed)" if self.relocated else "")
                + f", {self.unchanged} unchanged, {self.skipped} skipped.")
        if self.sessions.created or self.sessions.updated or self.sessions.removed:
            text += (f" Auto sessions: {self.sessions.created} new, {self.sessions.updated} updated, "
                     f"{self.sessions.removed} merged away.")
        if self.skip_reasons:
            text += " Skipped: " + "; ".join(f"{n} {reason}" for reason, n in self.skip_reasons.most_common()) + "."
        return text

    def as_dict(self) -> dict:
        return {
            "paths": self.paths, "seen": self.seen, "imported": self.imported, "generations": self.generations,
            "library_only": self.library_only, "saved_own": self.saved_own, "duplicates": self.duplicates, "relocated": self.relocated,
            "unchanged": self.unchanged, "skipped": self.skipped, "skip_reasons": dict(self.skip_reasons),
            "skip_examples": [{"path": p, "reason": r} for p, r in self.skip_examples],
            "with_warnings": self.with_warnings, "interrupted": self.interrupted,
            "sessions": {"created": self.sessions.created, "updated": self.sessions.updated,
                         "removed": self.sessions.removed},
            "lineage": self.lineage, "new_asset_ids": self.new_asset_ids,
        }


def _reason_group(reason: str) -> str:
    """Reasons without their details, so the summary counts like with like."""
    return reason.split(":", 1)[0].split(" (", 1)[0]


def import_paths(ctx: Context, paths: Iterable[str | os.PathLike], *, use_file_times: bool = False,
                 on_progress: ProgressCallback | None = None, workers: int | None = None,
                 batch_files: int = BATCH_FILES) -> ImportSummary:
    """Import files and folders (recursively); update auto sessions and lineage at the end."""
    summary = ImportSummary(paths=[display_path(os.fspath(p)) for p in paths])
    run_stamp = now_iso()
    candidates: list[Candidate] = []
    seen_keys: set[bytes] = set()
    folder_roots = []
    for root in paths:
        root = os.path.abspath(os.fspath(root))
        if os.path.isdir(root):
            folder_roots.append(root)
        for found in scan(root, exclude=(os.fspath(ctx.settings.home),)):
            if isinstance(found, ScanProblem):
                summary.seen += 1
                summary.skip(display_path(found.path), found.reason)
                continue
            if found.key not in seen_keys:
                seen_keys.add(found.key)
                candidates.append(found)
    summary.seen += len(candidates)
    total = len(candidates)
    blobs_root = ctx.settings.blobs_dir
    blobs_root.mkdir(parents=True, exist_ok=True)

    batch: list[tuple[Candidate, dict | None, FileRead | None]] = []
    results = _read_all(ctx, candidates, blobs_root, use_file_times, workers or min(4, os.cpu_count() or 1))
    done = 0
    try:
        for item in results:
            batch.append(item)
            done += 1
            if len(batch) >= batch_files:
                _commit(ctx, batch, summary, run_stamp, blobs_root)
                batch = []
            if on_progress:
                on_progress(done, total)
            ctx.progress("importing", done, total)
            if ctx.cancel.is_set():
                summary.interrupted = True
                break
    except BaseException:
        # Everything in the batch was read completely, so committing it keeps the work done so far.
        results.close()
        summary.interrupted = True
        if batch:
            _commit(ctx, batch, summary, run_stamp, blobs_root)
        _finish(ctx, summary, [], run_stamp)
        raise
    results.close()
    if batch:
        _commit(ctx, batch, summary, run_stamp, blobs_root)
    _finish(ctx, summary, [] if summary.interrupted else folder_roots, run_stamp)
    return summary


def _finish(ctx: Context, summary: ImportSummary, complete_roots: list[str], run_stamp: str) -> None:
    summary.sessions = refresh_auto_sessions(ctx)
    summary.lineage = link_generations(ctx, summary.new_generation_ids)
    with ctx.store.transaction():
        for root in complete_roots:
            # Rows for files no longer under a fully scanned folder: gone, moved or renamed.
            prefix = os.fsencode(root).rstrip(b"/") + b"/"
            ctx.store.execute("DELETE FROM import_files WHERE path >= ? AND path < ? AND last_seen < ?",
                              [prefix, prefix[:-1] + b"0", run_stamp])


def _read_all(ctx: Context, candidates: list[Candidate], blobs_root: Path, use_file_times: bool,
              workers: int) -> Iterator[tuple[Candidate, dict | None, FileRead | None]]:
    """(candidate, its import_files row, what reading found or None when unchanged), in scan order."""
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="atelier-import")
    pending: deque[tuple[Candidate, dict | None, Future | None]] = deque()
    try:
        for start in range(0, len(candidates), IN_CHUNK):
            chunk = candidates[start:start + IN_CHUNK]
            known = _known_files(ctx, chunk)
            for candidate in chunk:
                prior = known.get(candidate.key)
                if _unchanged(candidate, prior, use_file_times):
                    pending.append((candidate, prior, None))
                else:
                    pending.append((candidate, prior, pool.submit(
                        reading.read_file, candidate, blobs_root, use_file_times=use_file_times)))
                while len(pending) > READ_AHEAD:
                    candidate_, prior_, future = pending.popleft()
                    yield candidate_, prior_, future.result() if future else None
        while pending:
            candidate_, prior_, future = pending.popleft()
            yield candidate_, prior_, future.result() if future else None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _known_files(ctx: Context, chunk: list[Candidate]) -> dict[bytes, dict]:
    rows = ctx.store.query_in(
        """SELECT f.path, f.size, f.mtime_ns, f.status, f.reason, f.asset_id,
                  a.origin_generation_id AS generation_id, a.media_type
           FROM import_files f LEFT JOIN assets a ON a.id = f.asset_id
           WHERE f.path IN ({marks})""", [c.key for c in chunk])
    return {bytes(r["path"]): r for r in rows}


def _unchanged(candidate: Candidate, prior: dict | None, use_file_times: bool) -> bool:
    if prior is None or prior["size"] != candidate.size or prior["mtime_ns"] != candidate.mtime_ns:
        return False
    # With --use-file-times an image kept out of sessions for want of a time may now join one.
    wants_time = (use_file_times and prior["status"] != "skipped" and prior["media_type"] == "image"
                  and prior["generation_id"] is None)
    return not wants_time


_libc_syncfs = None


def _flush_blobs(blobs_root: Path) -> None:
    """Make placed blobs durable before the rows naming them commit: one syncfs per batch."""
    global _libc_syncfs
    if _libc_syncfs is None:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        _libc_syncfs = getattr(libc, "syncfs", False)
    if not _libc_syncfs:
        os.sync()
        return
    fd = os.open(blobs_root, os.O_RDONLY)
    try:
        _libc_syncfs(fd)
    finally:
        os.close(fd)


def _commit(ctx: Context, batch: list[tuple[Candidate, dict | None, FileRead | None]], summary: ImportSummary,
            run_stamp: str, blobs_root: Path) -> None:
    reads = [r for _, _, r in batch if r is not None and r.ok]
    shas = sorted({r.sha256 for r in reads})
    if reads:
        _flush_blobs(blobs_root)
    with ctx.store.transaction():
        # Asset and generation name each other; check the pair at commit, not row by row.
        ctx.store.execute("PRAGMA defer_foreign_keys = ON")
        library = {r["sha256"]: r for r in ctx.store.query_in(
            "SELECT id, sha256, origin_generation_id, source_path FROM assets "
            "WHERE workspace_id = ? AND sha256 IN ({marks})", shas, [ctx.workspace_id])}
        unsaved = {r["blob_sha256"]: r for r in ctx.store.query_in(
            "SELECT g.id, g.blob_sha256, g.session_id, s.project_id FROM generations g "
            "LEFT JOIN sessions s ON s.id = g.session_id WHERE g.workspace_id = ? "
            "AND g.saved_asset_id IS NULL AND g.blob_sha256 IN ({marks})", shas, [ctx.workspace_id])}
        assets, generations, file_rows, touched, forget = [], [], [], [], []
        batch_stamp = now_iso()
        saved_links, relinks, relocations = [], [], []
        for candidate, prior, read in batch:
            key = candidate.key
            shown = display_path(candidate.path)
            if read is None:
                touched.append((run_stamp, key))
                if prior["status"] == "skipped":
                    summary.skip(shown, prior["reason"] or "skipped")
                else:
                    summary.unchanged += 1
                continue
            if not read.ok:
                summary.skip(shown, read.reason)
                if read.transient:
                    forget.append((key,))  # try again next time, whatever the stat says
                else:
                    file_rows.append((key, read.size, read.mtime_ns, None, None, "skipped", read.reason, run_stamp))
                continue
            if read.warnings:
                summary.with_warnings += 1
            existing = library.get(read.sha256)
            if existing is not None:
                summary.duplicates += 1
                if existing["source_path"] != shown and not os.path.exists(existing["source_path"] or ""):
                    relocations.append((shown, existing["id"]))
                    existing["source_path"] = shown
                    summary.relocated += 1
                if existing["origin_generation_id"] is None and read.time is not None and read.media_type == "image":
                    # Same bytes, now with a usable time: the library item joins a session.
                    generation = _generation_row(ctx, read, existing["id"])
                    generations.append(generation)
                    relinks.append((generation["id"], existing["id"]))
                    existing["origin_generation_id"] = generation["id"]
                    summary.new_generation_ids.append(generation["id"])
                file_rows.append((key, read.size, read.mtime_ns, read.sha256, existing["id"], "duplicate", None,
                                  run_stamp))
                continue
            asset_id = new_id("ast")
            generation_id, own = None, None
            if read.sha256 in unsaved:
                # A generation of this very home, saved by importing its file: the asset belongs to
                # the generation's session and project, as when it is saved with save_to_library.
                own = unsaved.pop(read.sha256)
                generation_id = own["id"]
                saved_links.append((asset_id, generation_id))
                summary.saved_own += 1
            elif read.time is not None and read.media_type == "image":
                generation = _generation_row(ctx, read, asset_id)
                generations.append(generation)
                generation_id = generation["id"]
                summary.new_generation_ids.append(generation_id)
                summary.generations += 1
            elif read.media_type == "image":
                summary.library_only += 1
            asset = _asset_row(ctx, read, asset_id, generation_id, shown, batch_stamp)
            if own is not None:
                asset.update(session_id=own["session_id"], project_id=own["project_id"])
            assets.append(asset)
            library[read.sha256] = {"id": asset_id, "sha256": read.sha256, "origin_generation_id": generation_id,
                                    "source_path": shown}
            file_rows.append((key, read.size, read.mtime_ns, read.sha256, asset_id, "imported", None, run_stamp))
            summary.imported += 1
            summary.new_asset_ids.append(asset_id)
        conn = ctx.store.conn
        if generations:
            columns = list(generations[0])
            conn.executemany(
                f"INSERT INTO generations ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [tuple(g[c] for c in columns) for g in generations])
        if assets:
            columns = list(assets[0])
            conn.executemany(
                f"INSERT INTO assets ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [tuple(a[c] for c in columns) for a in assets])
        conn.executemany("UPDATE generations SET saved_asset_id = ? WHERE id = ?", saved_links)
        conn.executemany("UPDATE assets SET origin_generation_id = ? WHERE id = ?", relinks)
        conn.executemany("UPDATE assets SET source_path = ? WHERE id = ?", relocations)
        conn.executemany(
            """INSERT INTO import_files (path, size, mtime_ns, sha256, asset_id, status, reason, last_seen)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,
                 sha256 = excluded.sha256, asset_id = excluded.asset_id, status = excluded.status,
                 reason = excluded.reason, last_seen = excluded.last_seen""", file_rows)
        conn.executemany("UPDATE import_files SET last_seen = ? WHERE path = ?", touched)
        conn.executemany("DELETE FROM import_files WHERE path = ?", forget)


def _asset_row(ctx: Context, read: FileRead, asset_id: str, generation_id: str | None, shown: str,
               created_at: str) -> dict:
    metadata = read.metadata
    title = Path(shown).stem[:200] or Path(shown).name[:200] or "imported file"
    return {
        "id": asset_id, "workspace_id": ctx.workspace_id, "media_type": read.media_type, "title": title,
        "mime": read.mime, "sha256": read.sha256, "file_ext": read.ext, "size_bytes": read.size,
        "width": metadata.width if metadata else None, "height": metadata.height if metadata else None,
        "origin_generation_id": generation_id, "session_id": None, "project_id": None, "source_path": shown,
        "metadata": metadata.model_dump_json(exclude_defaults=True) if metadata else "{}",
        "created_at": created_at,
    }


def _generation_row(ctx: Context, read: FileRead, asset_id: str) -> dict:
    metadata = read.metadata
    seed = metadata.seed
    settings = {
        "generator": metadata.generator, "steps": metadata.steps, "sampler": metadata.sampler,
        "scheduler": metadata.scheduler, "cfg": metadata.cfg, "denoise": metadata.denoise,
        "clip_skip": metadata.clip_skip, "loras": [l.model_dump() for l in metadata.loras] or None,
        "source_image": metadata.source_image, "graph_inputs": read.graph_inputs or None,
        "time_source": read.time.source, "time_trust": read.time.trust,
        "time_assumed_utc": read.time.assumed_utc or None,
    }
    if seed is not None and not -SQLITE_INT_MAX - 1 <= seed <= SQLITE_INT_MAX:
        settings["seed"], seed = str(seed), None
    return {
        "id": new_id("gen"), "workspace_id": ctx.workspace_id, "session_id": None, "idx": None,
        "prompt": metadata.prompt or "", "negative_prompt": metadata.negative_prompt or "", "seed": seed,
        "model": metadata.model, "provider": provider_name(metadata),
        "width": metadata.generation_width or metadata.width, "height": metadata.generation_height or metadata.height,
        "media_type": "image", "settings": json.dumps({k: v for k, v in settings.items() if v is not None}),
        "credits_used": 0, "saved_asset_id": asset_id, "blob_sha256": read.sha256, "file_ext": read.ext,
        "created_at": to_iso(read.time.time), "auto_cluster": 1, "auto_session_id": None,
        "family": family_key(metadata.prompt, metadata.negative_prompt, metadata.model),
        "graph_key": read.graph_key,
    }
