"""Benchmark of credit jobs: what crash safety costs.

Run as ``python -m bench.bench_credits``. Three numbers, each against its peer in the same run:

- opening a home (``Context.open``, which checks for jobs to settle) against opening the store alone;
- generating N images through ``generate`` (a job: hold, a note per written image, one commit that
  captures and releases) against the same images rendered and written to the blob store with no
  bookkeeping at all — the per-image price of surviving ``kill -9``;
- settling a dead job of N written images on the next open, per image.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from memory.blobs import BlobStore
from memory.settings import Settings
from memory.store import Store
from tools import credits
from tools.context import Context
from tools.generators.base import ImageRequest
from tools.generators.procedural import ProceduralGenerator
from tools.registry import get_registry


def _best(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_open(home: Path, runs: int) -> None:
    Context.open(home).close()  # create and migrate once
    store_only = _best(runs, lambda: Store(Settings(home=home).database_path).close())
    with_settle = _best(runs, lambda: Context.open(home).close())
    print(f"open a home: Settings + Store {store_only * 1000:.2f} ms, Context.open (with the settle check) "
          f"{with_settle * 1000:.2f} ms, ratio {with_settle / store_only:.2f}")


def bench_generate(home: Path, count: int, size: int, rounds: int = 3) -> None:
    """Best of ``rounds``, alternating; every run uses fresh seeds so every file is really written."""
    ctx = Context.open(home)
    raw_blobs = BlobStore(home / "raw-blobs")
    raw_times, job_times = [], []
    try:
        get_registry()["add_credits"](ctx, amount=1_000_000, reason="benchmark")
        get_registry()["create_session"](ctx, name="bench", prompt="teal ribbons")
        for round_ in range(rounds):
            first = 2 * round_ * count
            requests = [ImageRequest("teal ribbons", seed=first + i, width=size, height=size,
                                     embed={"generation_id": f"g{first + i}", "session_id": "s",
                                            "created_at": "2024"})
                        for i in range(count)]
            start = time.perf_counter()
            for image in ProceduralGenerator().generate(requests):
                raw_blobs.put_bytes(image.data, ".png")
            raw_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            get_registry()["generate"](ctx, count=count, size=f"{size}x{size}", seed=first + count)
            job_times.append(time.perf_counter() - start)
    finally:
        ctx.close()
    raw, jobbed = min(raw_times), min(job_times)
    extra_ms = (jobbed - raw) / count * 1000
    print(f"{count} images at {size}x{size}: render + write {raw:.2f} s, as a credit job {jobbed:.2f} s "
          f"(ratio {jobbed / raw:.2f}, {extra_ms:+.2f} ms per image for the job's bookkeeping)")


def bench_settle(home: Path, count: int) -> None:
    ctx = Context.open(home)
    try:
        get_registry()["create_session"](ctx, name="dead", prompt="orbs")
        get_registry()["generate"](ctx, count=count, size="256x256", seed=0)
        # Turn the finished job back into one whose process died after writing every image.
        job = ctx.store.one("SELECT * FROM credit_jobs ORDER BY created_at DESC LIMIT 1")
        rows = ctx.store.query("SELECT * FROM generations WHERE session_id = ?", [job["session_id"]])
    finally:
        ctx.close()
    timings = []
    for _ in range(3):
        ctx = Context.open(home)
        try:
            job_id = credits.hold(ctx, count, "bench", kind="images", session_id=job["session_id"],
                                  details={"count": count})
            for position, row in enumerate(rows):
                record = {k: row[k] for k in ("prompt", "negative_prompt", "seed", "model", "provider", "width",
                                              "height", "media_type", "credits_used", "parent_id",
                                              "blob_sha256", "file_ext", "created_at")}
                record.update(id=f"{row['id']}-{job_id}", settings=json.loads(row["settings"]))
                credits.add_item(ctx, job_id, position, row["blob_sha256"], row["file_ext"], record)
            ctx.store.execute("UPDATE credit_jobs SET owner_started = 'dead' WHERE id = ?", [job_id])
        finally:
            ctx.close()
        start = time.perf_counter()
        Context.open(home).close()
        timings.append(time.perf_counter() - start)
    settle = statistics.median(timings)
    print(f"settle a dead job of {count} images on open: {settle * 1000:.1f} ms "
          f"({settle / count * 1000:.2f} ms per image kept)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--size", type=int, default=256)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        bench_open(home, runs=20)
        bench_generate(home, args.count, args.size)
        bench_settle(home, args.count)


if __name__ == "__main__":
    main()
