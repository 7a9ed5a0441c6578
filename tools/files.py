"""Removing image files once no row names them. Rows go first, files after (never the reverse)."""

from __future__ import annotations

from tools.context import Context


def referenced_shas(ctx: Context) -> set[str]:
    rows = ctx.store.query(
        "SELECT blob_sha256 AS sha FROM generations WHERE blob_sha256 IS NOT NULL "
        "UNION SELECT sha256 FROM assets WHERE sha256 IS NOT NULL "
        # Images of a job still open (its process may be about to commit them, or died and the
        # next settle keeps them) are spoken for too.
        "UNION SELECT i.blob_sha256 FROM credit_job_items i JOIN credit_jobs j ON j.id = i.job_id "
        "WHERE j.status = 'held'"
    )
    return {r["sha"] for r in rows}


def remove_files_if_unreferenced(ctx: Context, files: list[tuple[str, str]]) -> int:
    """Delete each (sha256, ext) whose sha no generation or asset still names. Call after commit."""
    removed = 0
    for sha, ext in set(files):
        # Check and unlink under the write lock, so no other process can name the file in between.
        with ctx.store.transaction():
            still_used = ctx.store.scalar(
                "SELECT 1 FROM generations WHERE blob_sha256 = ? UNION ALL "
                "SELECT 1 FROM assets WHERE sha256 = ? UNION ALL "
                "SELECT 1 FROM credit_job_items i JOIN credit_jobs j ON j.id = i.job_id "
                "WHERE i.blob_sha256 = ? AND j.status = 'held' LIMIT 1",
                [sha, sha, sha],
            )
            if not still_used and ctx.blobs.remove(sha, ext):
                removed += 1
    return removed


def delete_generation_rows(ctx: Context, rows: list[dict]) -> list[tuple[str, str]]:
    """Delete generation rows inside the caller's transaction; return their files for later removal."""
    for row in rows:
        ctx.store.execute("DELETE FROM generations WHERE id = ?", [row["id"]])
    return [(r["blob_sha256"], r["file_ext"] or "") for r in rows if r["blob_sha256"]]
