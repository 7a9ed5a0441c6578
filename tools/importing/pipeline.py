"""The import pipeline: scan, read in worker threads, commit in batches, then sessions and lineage.

Files are referenced where they are (``copy=True`` copies them into the blob store instead). Each
file is read once (hash and metadata from the same bytes); a file whose size, mtime and inode
match what was recorded is not read again, also when it was moved or renamed (same inode under a
new path). A batch is one transaction, so an interrupt leaves every file either fully recorded
(asset, generation, import_files row) or not at all; the next run picks up the rest.

``import_files`` is the map of known locations: one row per path, naming the asset whose bytes are
there. An asset whose every location is gone is marked ``missing``, never deleted; it is found
again when its bytes reappear under an imported root.
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
from datetime import datetime, timezone
from pathlib import Path

from memory.blobs import content_hash
from memory.clock import new_id, now_iso, to_iso
from tools import provenance
from memory.store import IN_CHUNK
from tools.context import Context
from tools.importing import reading
from tools.importing.auto_sessions import SessionChanges, refresh_auto_sessions
from tools.importing.reading import FileRead, provider_name
from tools.metadata import TimeEvidence
from tools.importing.scan import Candidate, ScanProblem, display_path, scan
from tools.lineage import family_key, link_generations

BATCH_FILES = 200
READ_AHEAD = 32
SKIP_EXAMPLES = 200

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
    relocated: int = 0  # known content found at a new path whose old one is gone: moved or renamed
    missing: int = 0  # assets none of whose files exist any more (kept, marked missing)
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
    thumbnails: list = field(default_factory=list)  # futures of thumbnails being made in the background

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
        if self.missing:
            text += f" {self.missing} library file(s) no longer found (kept, marked missing)."
        if self.sessions.created or self.sessions.updated or self.sessions.removed:
            text += (f" Auto sessions: {self.sessions.created} new, {self.sessions.updated} updated, "
                     f"{self.sessions.removed} merged away.")
        if self.skip_reasons:
            text += " Skipped: " + "; ".join(f"{n} {reason}" for reason, n in self.skip_reasons.most_common()) + "."
        return text

    def as_dict(self) -> dict:
        return {
            "paths": self.paths, "seen": self.seen, "imported": self.imported, "generations": self.generations,
            "library_only": self.library_only, "saved_own": self.saved_own, "duplicates": self.duplicates, "relocated": self.relocated, "missing": self.missing,
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
                 batch_files: int = BATCH_FILES, copy: bool = False,
                 arrivals: dict[str, float] | None = None) -> ImportSummary:
    """Import files and folders (recursively); update auto sessions and lineage at the end.

    ``copy`` copies each new file into the blob store (otherwise files stay where they are).
    ``arrivals`` maps paths a watcher saw appear to the epoch second they appeared: for a file
    that carries no time of its own, its arrival is strong evidence of when it was generated.
    """
    summary = ImportSummary(paths=[display_path(os.fspath(p)) for p in paths])
    hash_stored_blobs(ctx)
    run_stamp = now_iso()
    candidates: list[Candidate] = []
    seen_keys: set[bytes] = set()
    folder_roots = []
    for root in paths:
        root = os.path.abspath(os.fspath(root))
        if os.path.isdir(root) or (not os.path.exists(root) and is_known_root(ctx, root)):
            folder_roots.append(root)  # a known root that vanished (unmounted): its files go missing
            if not os.path.exists(root):
                continue
        for found in scan(root, exclude=(os.fspath(ctx.settings.home),)):
            if isinstance(found, ScanProblem):
                summary.seen += 1
                summary.skip(display_path(found.path), found.reason)
                if found.reason.startswith("folder unreadable") and root in folder_roots:
                    folder_roots.remove(root)  # not a full view of the root: mark nothing missing
                continue
            if found.key not in seen_keys:
                seen_keys.add(found.key)
                candidates.append(found)
    summary.seen += len(candidates)
    total = len(candidates)
    blobs_root = ctx.settings.blobs_dir if copy else None
    if blobs_root:
        blobs_root.mkdir(parents=True, exist_ok=True)

    batch: list[tuple[Candidate, dict | None, FileRead | None]] = []
    results = _read_all(ctx, candidates, blobs_root, use_file_times, workers or min(4, os.cpu_count() or 1))
    done = 0
    commit = lambda: _commit(ctx, batch, summary, run_stamp, blobs_root, arrivals or {})  # noqa: E731
    try:
        for item in results:
            batch.append(item)
            done += 1
            if len(batch) >= batch_files:
                commit()
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
            commit()
        _finish(ctx, summary, [], run_stamp)
        raise
    results.close()
    if batch:
        commit()
    _finish(ctx, summary, [] if summary.interrupted else folder_roots, run_stamp)
    return summary


def hash_stored_blobs(ctx: Context) -> int:
    """Give content hashes to blobs stored before content hashes existed, so an import recognises them."""
    done = 0
    for table, sha_column in (("assets", "sha256"), ("generations", "blob_sha256")):
        rows = ctx.store.query(f"SELECT id, {sha_column} AS sha, file_ext FROM {table} "
                               f"WHERE content_hash IS NULL AND {sha_column} IS NOT NULL")
        hashes = []
        for row in rows:
            try:
                hashes.append((content_hash(ctx.blobs.path_for(row["sha"], row["file_ext"] or "").read_bytes()), row["id"]))
            except OSError:
                continue
        if hashes:
            with ctx.store.transaction():
                ctx.store.conn.executemany(f"UPDATE {table} SET content_hash = ? WHERE id = ?", hashes)
            done += len(hashes)
    return done


def _prefix_range(root: str) -> tuple[bytes, bytes]:
    """import_files keys under a folder: [prefix, prefix-with-'/'-bumped)."""
    prefix = os.fsencode(root).rstrip(b"/") + b"/"
    return prefix, prefix[:-1] + b"0"


def is_known_root(ctx: Context, root: str) -> bool:
    """True when files under this folder were imported before."""
    low, high = _prefix_range(os.path.abspath(root))
    return ctx.store.scalar("SELECT 1 FROM import_files WHERE path >= ? AND path < ? LIMIT 1", [low, high]) is not None


def _finish(ctx: Context, summary: ImportSummary, complete_roots: list[str], run_stamp: str) -> None:
    with ctx.store.transaction():
        for root in complete_roots:
            # Rows for files no longer under a fully scanned folder: gone, moved or renamed.
            low, high = _prefix_range(root)
            where = "path >= ? AND path < ? AND last_seen < ?"
            gone = [r["asset_id"] for r in ctx.store.query(
                f"SELECT DISTINCT asset_id FROM import_files WHERE {where} AND asset_id IS NOT NULL",
                [low, high, run_stamp])]
            ctx.store.execute(f"DELETE FROM import_files WHERE {where}", [low, high, run_stamp])
            summary.missing += settle_locations(ctx, gone)
    summary.sessions = refresh_auto_sessions(ctx)
    summary.lineage = link_generations(ctx, summary.new_generation_ids)
    summary.thumbnails = _schedule_thumbnails(ctx, summary.new_asset_ids)


def _schedule_thumbnails(ctx: Context, asset_ids: list[str]) -> list:
    from tools.importing.thumbnails import schedule_thumbnails
    from tools.records import asset_path

    if ctx.settings.thumbnail_workers <= 0:
        return []
    items = []
    for start in range(0, len(asset_ids), IN_CHUNK):
        # Only what asset_path needs: whole rows carry each file's metadata text.
        rows = ctx.store.query_in("SELECT content_hash, stored, source_path, sha256, file_ext FROM assets "
                                  "WHERE media_type = 'image' AND id IN ({marks})", asset_ids[start:start + IN_CHUNK])
        items.extend((r["content_hash"], asset_path(ctx, r)) for r in rows)
    return schedule_thumbnails(ctx.settings, items)


def settle_locations(ctx: Context, asset_ids: list[str]) -> int:
    """After locations went away: point each in-place asset at a location that still exists, or
    mark it missing when none does. Inside the caller's transaction; returns how many went missing."""
    newly_missing = 0
    for start in range(0, len(asset_ids), IN_CHUNK):
        chunk = asset_ids[start:start + IN_CHUNK]
        assets = ctx.store.query_in(
            "SELECT id, source_path, missing FROM assets WHERE stored = 'in_place' AND id IN ({marks})", chunk)
        places: dict[str, list[str]] = {}
        for row in ctx.store.query_in("SELECT asset_id, path FROM import_files WHERE asset_id IN ({marks})"
                                      " ORDER BY path", chunk):
            places.setdefault(row["asset_id"], []).append(os.fsdecode(bytes(row["path"])))
        for asset in assets:
            present = [p for p in places.get(asset["id"], []) if os.path.exists(p)]
            if present:
                shown = [display_path(p) for p in present]
                path = asset["source_path"] if asset["source_path"] in shown else shown[0]
                ctx.store.execute("UPDATE assets SET source_path = ?, missing = 0 WHERE id = ?", [path, asset["id"]])
            elif not asset["missing"]:
                ctx.store.execute("UPDATE assets SET missing = 1 WHERE id = ?", [asset["id"]])
                newly_missing += 1
    return newly_missing


def forget_paths(ctx: Context, paths: list[str]) -> int:
    """Files or folders a watcher saw deleted or moved away: drop the locations that are really gone
    and settle their assets (elsewhere, or missing). Returns how many assets went missing."""
    gone = [p for p in paths if not os.path.lexists(p)]
    if not gone:
        return 0
    with ctx.store.transaction():
        asset_ids: set[str] = set()
        for path in gone:
            low, high = _prefix_range(path)
            where = "(path = ? OR (path >= ? AND path < ?))"
            params = [os.fsencode(path), low, high]
            asset_ids.update(r["asset_id"] for r in ctx.store.query(
                f"SELECT asset_id FROM import_files WHERE {where} AND asset_id IS NOT NULL", params))
            ctx.store.execute(f"DELETE FROM import_files WHERE {where}", params)
        return settle_locations(ctx, sorted(asset_ids))


def _read_all(ctx: Context, candidates: list[Candidate], blobs_root: Path | None, use_file_times: bool,
              workers: int) -> Iterator[tuple[Candidate, dict | None, FileRead | None]]:
    """(candidate, its import_files row, what reading found or None when unchanged), in scan order.

    A candidate with no row of its own but the same device, inode, size and mtime as a known
    location is the same file under another name (moved, renamed or hard-linked): not read; its
    row is that location's, marked ``moved_from``.
    """
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="atelier-import")
    pending: deque[tuple[Candidate, dict | None, Future | None]] = deque()
    try:
        for start in range(0, len(candidates), IN_CHUNK):
            chunk = candidates[start:start + IN_CHUNK]
            known = _known_files(ctx, chunk)
            same_inode = _known_inodes(ctx, [c for c in chunk if c.key not in known])
            for candidate in chunk:
                prior = known.get(candidate.key)
                if prior is None:
                    twin = same_inode.get((candidate.device, candidate.inode, candidate.size, candidate.mtime_ns))
                    if twin is not None and not blobs_root:
                        prior = {**twin, "moved_from": bytes(twin["path"])}
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


KNOWN_COLUMNS = """f.path, f.size, f.mtime_ns, f.device, f.inode, f.content_hash, f.status, f.reason, f.asset_id,
                  a.origin_generation_id AS generation_id, a.media_type"""


def _known_files(ctx: Context, chunk: list[Candidate]) -> dict[bytes, dict]:
    rows = ctx.store.query_in(
        f"""SELECT {KNOWN_COLUMNS} FROM import_files f LEFT JOIN assets a ON a.id = f.asset_id
            WHERE f.path IN ({{marks}})""", [c.key for c in chunk])
    return {bytes(r["path"]): r for r in rows}


def _known_inodes(ctx: Context, chunk: list[Candidate]) -> dict[tuple, dict]:
    if not chunk:
        return {}
    rows = ctx.store.query_in(
        f"""SELECT {KNOWN_COLUMNS} FROM import_files f JOIN assets a ON a.id = f.asset_id
            WHERE f.inode IN ({{marks}}) AND f.status != 'skipped' AND f.content_hash IS NOT NULL""",
        sorted({c.inode for c in chunk}))
    return {(r["device"], r["inode"], r["size"], r["mtime_ns"]): r for r in rows}


def _unchanged(candidate: Candidate, prior: dict | None, use_file_times: bool) -> bool:
    if prior is None or (prior["size"], prior["mtime_ns"]) != (candidate.size, candidate.mtime_ns):
        return False
    if prior["inode"] is not None and (prior["device"], prior["inode"]) != (candidate.device, candidate.inode):
        return False  # replaced by another file with the same size and time
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


FILE_ROW_SQL = """INSERT INTO import_files
    (path, size, mtime_ns, device, inode, content_hash, sha256, asset_id, status, reason, last_seen)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,
      device = excluded.device, inode = excluded.inode, content_hash = excluded.content_hash,
      sha256 = excluded.sha256, asset_id = excluded.asset_id, status = excluded.status,
      reason = excluded.reason, last_seen = max(last_seen, excluded.last_seen)"""


def _commit(ctx: Context, batch: list[tuple[Candidate, dict | None, FileRead | None]], summary: ImportSummary,
            run_stamp: str, blobs_root: Path | None, arrivals: dict[str, float]) -> None:
    """Record one batch. Everything is decided inside the write transaction from what is committed
    now, so two importers of the same files leave the same rows as one would (the second finds
    the first's assets and records the same locations, with the same status)."""
    reads = [r for _, _, r in batch if r is not None and r.ok]
    hashes = sorted({r.content_hash for r in reads})
    if blobs_root and reads:
        _flush_blobs(blobs_root)
    with ctx.store.transaction():
        # Asset and generation name each other; check the pair at commit, not row by row.
        ctx.store.execute("PRAGMA defer_foreign_keys = ON")
        library = {r["content_hash"]: r for r in ctx.store.query_in(
            "SELECT id, content_hash, origin_generation_id, source_path, stored, missing, generated_at FROM assets "
            "WHERE workspace_id = ? AND content_hash IN ({marks})", hashes, [ctx.workspace_id])}
        moved_ids = sorted({prior["asset_id"] for _, prior, read in batch
                            if read is None and prior and prior.get("moved_from") and prior["asset_id"]})
        by_id = {r["id"]: r for r in ctx.store.query_in(
            "SELECT id, content_hash, origin_generation_id, source_path, stored, missing, generated_at FROM assets "
            "WHERE id IN ({marks})", moved_ids)}
        unsaved = {r["content_hash"]: r for r in ctx.store.query_in(
            "SELECT g.id, g.content_hash, g.session_id, s.project_id FROM generations g "
            "LEFT JOIN sessions s ON s.id = g.session_id WHERE g.workspace_id = ? "
            "AND g.saved_asset_id IS NULL AND g.content_hash IN ({marks})", hashes, [ctx.workspace_id])}
        assets, generations, file_rows, touched, forget = [], [], [], [], []
        batch_stamp = now_iso()
        saved_links, relinks, relocations, copied = [], [], [], []

        def locate(existing: dict, shown: str, key: bytes) -> str:
            """Record one more place of a known asset; it becomes the asset's path if the old one is gone."""
            if existing["stored"] == "in_place" and existing["source_path"] != shown and (
                    existing["missing"] or not os.path.exists(existing["source_path"] or "")):
                relocations.append((shown, existing["id"]))
                existing["source_path"], existing["missing"] = shown, 0
                summary.relocated += 1
            return "imported" if existing["source_path"] == shown or existing["stored"] == "blob" else "duplicate"

        for candidate, prior, read in batch:
            key = candidate.key
            shown = display_path(candidate.path)
            if read is None and prior.get("moved_from"):
                existing = by_id.get(prior["asset_id"])
                if existing is None:  # its asset was deleted meanwhile: read it next time
                    continue
                status = locate(existing, shown, key)
                summary.duplicates += 1
                file_rows.append((key, candidate.size, candidate.mtime_ns, candidate.device, candidate.inode,
                                  prior["content_hash"], None, existing["id"], status, None, run_stamp))
                continue
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
                    file_rows.append((key, read.size, read.mtime_ns, candidate.device, candidate.inode, None, None,
                                      None, "skipped", read.reason, run_stamp))
                continue
            if read.warnings:
                summary.with_warnings += 1
            if read.time is None and read.media_type == "image" and candidate.path in arrivals:
                # It appeared in a watched folder while we watched: its generator just wrote it.
                read.time = TimeEvidence(time=datetime.fromtimestamp(arrivals[candidate.path], timezone.utc),
                                         source="arrival in a watched folder", trust="strong")
            existing = library.get(read.content_hash)
            if existing is not None:
                summary.duplicates += 1
                status = locate(existing, shown, key)
                if read.sha256 and existing["stored"] == "in_place":
                    copied.append((read.sha256, read.ext, existing["id"]))  # --copy of a file referenced so far
                    existing["stored"] = "blob"
                if (existing["origin_generation_id"] is None and existing["generated_at"] is None
                        and read.time is not None and read.media_type == "image"):
                    # Same bytes, now with a usable time: the library item joins a session. (An
                    # asset that had a time and no generation lost it with its session: left alone.)
                    generation = _generation_row(ctx, read, existing["id"])
                    generations.append(generation)
                    relinks.append((generation["id"], *_time_columns(read), existing["id"]))
                    existing["origin_generation_id"] = generation["id"]
                    summary.new_generation_ids.append(generation["id"])
                file_rows.append((key, read.size, read.mtime_ns, candidate.device, candidate.inode, read.content_hash,
                                  read.sha256, existing["id"], status, None, run_stamp))
                continue
            asset_id = new_id("ast")
            generation_id, own = None, None
            if read.content_hash in unsaved:
                # A generation of this very home, saved by importing its file: the asset belongs to
                # the generation's session and project, as when it is saved with save_to_library.
                own = unsaved.pop(read.content_hash)
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
            library[read.content_hash] = {"id": asset_id, "content_hash": read.content_hash,
                                          "origin_generation_id": generation_id, "source_path": shown,
                                          "stored": asset["stored"], "missing": 0, "generated_at": asset["generated_at"]}
            file_rows.append((key, read.size, read.mtime_ns, candidate.device, candidate.inode, read.content_hash,
                              read.sha256, asset_id, "imported", None, run_stamp))
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
        conn.executemany("UPDATE assets SET origin_generation_id = ?, generated_at = ?, generated_at_source = ?, "
                         "generated_at_trust = ? WHERE id = ?", relinks)
        conn.executemany("UPDATE assets SET source_path = ?, missing = 0 WHERE id = ?", relocations)
        conn.executemany("UPDATE assets SET sha256 = ?, file_ext = ?, stored = 'blob', missing = 0 WHERE id = ?",
                         copied)
        conn.executemany(FILE_ROW_SQL, file_rows)
        conn.executemany("UPDATE import_files SET last_seen = max(last_seen, ?) WHERE path = ?", touched)
        conn.executemany("DELETE FROM import_files WHERE path = ?", forget)
        # A path now naming other content: the asset it named may have no place left.
        replaced = sorted({prior["asset_id"] for candidate, prior, read in batch
                           if prior and not prior.get("moved_from") and prior["asset_id"] and read is not None
                           and read.ok and read.content_hash != prior["content_hash"]})
        if replaced:
            summary.missing += settle_locations(ctx, replaced)


def _time_columns(read: FileRead) -> tuple:
    return to_iso(read.time.time), read.time.source, read.time.trust


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
        "created_at": created_at, "content_hash": read.content_hash,
        "stored": "blob" if read.sha256 else "in_place", "missing": 0,
        **provenance.from_metadata(metadata, read.time),
    }


def _generation_row(ctx: Context, read: FileRead, asset_id: str) -> dict:
    metadata = read.metadata
    seed = metadata.seed
    settings = {
        "generator": metadata.generator, "steps": metadata.steps, "sampler": metadata.sampler,
        "scheduler": metadata.scheduler, "cfg": metadata.cfg, "denoise": metadata.denoise,
        "clip_skip": metadata.clip_skip, "loras": [l.model_dump() for l in metadata.loras] or None,
        "source_image": metadata.source_image, "graph_inputs": read.graph_inputs or None,
        "model_hash": metadata.model_hash,
        "time_source": read.time.source, "time_trust": read.time.trust,
        "time_assumed_utc": read.time.assumed_utc or None,
    }
    if seed is not None and provenance.storable_seed(seed) is None:
        settings["seed"], seed = str(seed), None
    return {
        "id": new_id("gen"), "workspace_id": ctx.workspace_id, "session_id": None, "idx": None,
        "prompt": metadata.prompt or "", "negative_prompt": metadata.negative_prompt or "", "seed": seed,
        "model": metadata.model, "provider": provider_name(metadata),
        "width": metadata.generation_width or metadata.width, "height": metadata.generation_height or metadata.height,
        "media_type": "image", "settings": json.dumps({k: v for k, v in settings.items() if v is not None}),
        "credits_used": 0, "saved_asset_id": asset_id, "blob_sha256": read.sha256, "file_ext": read.ext,
        "content_hash": read.content_hash,
        "created_at": to_iso(read.time.time), "auto_cluster": 1, "auto_session_id": None,
        "family": family_key(metadata.prompt, metadata.negative_prompt, metadata.model),
        "graph_key": read.graph_key,
    }
