"""Import benchmark: metadata import rate against its peers in the same run, thumbnails, memory.

    python -m bench.bench_import            # 10,000 realistic images (built once, cached in /tmp)
    python -m bench.bench_import --quick    # 1,000 images, 10,000 files for the memory run

Peers, measured on the same files right after each other (page cache warm for all):
  raw read        open + read every byte of every file: the physical floor of any importer that
                  reads each file once
  raw read+sha256 the same plus hashing: the floor of any importer that identifies files by sha256
  sd-parsers      ``ParserManager().parse(path)`` (metadata only, no hashing, no store)
Targets: import within 3x of the raw read, at least 10x sd-parsers; thumbnails >= 40/s for
1024x1024 PNGs on 2 worker processes; peak RSS < 400 MB importing 100,000 small files;
clustering 1,000,000 timestamps < 1 s.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench.make_corpus import corpus_files, make_corpus

IMPORT_VS_RAW_TARGET = 3.0
IMPORT_VS_SD_PARSERS_TARGET = 10.0
THUMBS_PER_SECOND_TARGET = 40.0
PEAK_RSS_MB_TARGET = 400.0
CLUSTER_MILLION_TARGET = 1.0
SD_PARSERS_SAMPLE = 2000


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def raw_read(paths: list[Path], *, hashing: bool) -> float:
    started = time.perf_counter()
    for path in paths:
        with open(path, "rb") as handle:
            data = handle.read()
        if hashing:
            hashlib.sha256(data).digest()
    return time.perf_counter() - started


def sd_parsers_rate(paths: list[Path]) -> tuple[float, int]:
    from sd_parsers import ParserManager

    manager = ParserManager()
    sample = paths[:: max(1, len(paths) // SD_PARSERS_SAMPLE)][:SD_PARSERS_SAMPLE]
    started = time.perf_counter()
    parsed = 0
    for path in sample:
        try:
            if manager.parse(path) is not None:
                parsed += 1
        except Exception:  # a peer's failure on one file is its own business
            pass
    return _rate(len(sample), time.perf_counter() - started), parsed


def atelier_import(root: Path, home: Path) -> tuple[float, dict]:
    from tools.context import Context
    from tools.importing.pipeline import import_paths

    ctx = Context.open(home)
    try:
        started = time.perf_counter()
        summary = import_paths(ctx, [root])
        seconds = time.perf_counter() - started
        sessions = ctx.store.scalar("SELECT count(*) FROM sessions WHERE origin = 'auto'")
    finally:
        ctx.close()
    return seconds, {**summary.as_dict(), "auto_sessions": sessions}


def thumbnails_rate(paths: list[Path], home: Path, workers: int) -> tuple[float, int]:
    from tools.importing.thumbnails import make_thumbnails

    items = [(hashlib.sha1(str(p).encode()).hexdigest(), p) for p in paths]
    started = time.perf_counter()
    report = make_thumbnails(home, items, workers=workers)
    seconds = time.perf_counter() - started
    if report.failed:
        raise RuntimeError(f"thumbnails failed: {report.failed[:3]}")
    return _rate(report.made, seconds), report.made


def small_corpus(files: int) -> Path:
    """Many tiny PNGs (a 64x64 payload with an A1111 text chunk and a dated name), cached."""
    root = Path(tempfile.gettempdir()) / f"atelier-bench-small-v1-{files}"
    if (root / ".complete").exists():
        return root
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (40, 90, 160)).save(buffer, "PNG")
    png = buffer.getvalue()
    head, tail = png[:33], png[33:]  # signature + IHDR, then the rest
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    for number in range(files):
        moment = start + timedelta(seconds=40 * number + (number // 50) * 7200)
        text = f"small test image {number % 97}\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: {number}, Size: 64x64"
        body = b"parameters\x00" + text.encode()
        chunk = struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(">I", zlib.crc32(b"tEXt" + body))
        folder = root / f"{number // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{moment.strftime('%Y-%m-%d_%H-%M-%S')}_{number:06d}.png").write_bytes(head + chunk + tail)
    (root / ".complete").write_text(str(files))
    return root


def memory_child(root: str, home: str) -> None:
    """Run in a fresh interpreter: import, then print peak RSS in MB as JSON."""
    from tools.context import Context
    from tools.importing.pipeline import import_paths

    ctx = Context.open(Path(home))
    started = time.perf_counter()
    summary = import_paths(ctx, [root])
    seconds = time.perf_counter() - started
    ctx.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"peak_rss_mb": peak_kb / 1024, "seconds": seconds, "imported": summary.imported,
                      "skipped": summary.skipped}))


def peak_memory(files: int) -> dict:
    root = small_corpus(files)
    with tempfile.TemporaryDirectory(prefix="atelier-bench-home-") as home:
        output = subprocess.run(
            [sys.executable, "-m", "bench.bench_import", "--memory-child", str(root), home],
            capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent,
        ).stdout
    return json.loads(output.strip().splitlines()[-1])


def clustering_seconds() -> float:
    import numpy as np

    from tools.clustering import cluster_times

    rng = np.random.default_rng(7)
    times = np.cumsum(rng.exponential(60, size=1_000_000))
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        cluster_times(times)
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smaller run (1,000 images; 10,000 small files)")
    parser.add_argument("--files", type=int, help="images in the corpus (default 10,000; 1,000 with --quick)")
    parser.add_argument("--memory-files", type=int, help="small files for the memory run (default 100,000)")
    parser.add_argument("--thumbs", type=int, help="1024x1024 PNGs to thumbnail (default 300; 60 with --quick)")
    parser.add_argument("--workers", type=int, default=2, help="thumbnail worker processes")
    parser.add_argument("--json", action="store_true", help="print the results as JSON too")
    parser.add_argument("--memory-child", nargs=2, metavar=("ROOT", "HOME"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(*args.memory_child)
        return 0
    files = args.files or (1_000 if args.quick else 10_000)
    memory_files = args.memory_files or (10_000 if args.quick else 100_000)
    thumbs = args.thumbs or (60 if args.quick else 300)

    started = time.perf_counter()
    root = make_corpus(files)
    paths = corpus_files(root)
    total_bytes = sum(p.stat().st_size for p in paths)
    print(f"corpus: {len(paths)} files, {total_bytes / 1e9:.2f} GB in {root} "
          f"(ready in {time.perf_counter() - started:.1f} s)")
    raw_read(paths, hashing=False)  # warm the page cache so every contender reads from memory

    results: dict = {"files": len(paths), "bytes": total_bytes}
    raw = raw_read(paths, hashing=False)
    raw_hashed = raw_read(paths, hashing=True)
    with tempfile.TemporaryDirectory(prefix="atelier-bench-home-", dir=root.parent) as home:
        imported_seconds, summary = atelier_import(root, Path(home))
    sd_rate, sd_parsed = sd_parsers_rate(paths)
    results.update({
        "raw_read_files_per_s": _rate(len(paths), raw),
        "raw_read_sha256_files_per_s": _rate(len(paths), raw_hashed),
        "import_files_per_s": _rate(len(paths), imported_seconds),
        "sd_parsers_files_per_s": sd_rate,
        "sd_parsers_parsed_in_sample": sd_parsed,
        "import_summary": {k: summary[k] for k in ("imported", "generations", "duplicates", "skipped",
                                                   "auto_sessions")},
    })
    results["raw_over_import"] = results["raw_read_files_per_s"] / results["import_files_per_s"]
    results["raw_sha256_over_import"] = results["raw_read_sha256_files_per_s"] / results["import_files_per_s"]
    results["import_over_sd_parsers"] = results["import_files_per_s"] / sd_rate

    big_pngs = [p for p in paths if p.suffix == ".png" and _png_side(p) == 1024][:thumbs]
    with tempfile.TemporaryDirectory(prefix="atelier-bench-thumbs-") as home:
        results["thumbnails_per_s"], results["thumbnails_made"] = thumbnails_rate(big_pngs, Path(home), args.workers)
    results["memory"] = peak_memory(memory_files)
    results["memory"]["files"] = memory_files
    results["cluster_1m_seconds"] = clustering_seconds()

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    print(f"raw read            {results['raw_read_files_per_s']:9.0f} files/s")
    print(f"raw read + sha256   {results['raw_read_sha256_files_per_s']:9.0f} files/s")
    print(f"atelier import      {results['import_files_per_s']:9.0f} files/s  "
          f"({summary['imported']} imported, {summary['generations']} into {summary['auto_sessions']} auto sessions)")
    print(f"sd-parsers          {sd_rate:9.0f} files/s  (sample of {min(len(paths), SD_PARSERS_SAMPLE)})")
    print(f"raw read / import   {results['raw_over_import']:9.2f}x  target <= {IMPORT_VS_RAW_TARGET}x  "
          f"{verdict(results['raw_over_import'] <= IMPORT_VS_RAW_TARGET)}")
    print(f"raw+sha256 / import {results['raw_sha256_over_import']:9.2f}x  (the floor for sha256 identity)")
    print(f"import / sd-parsers {results['import_over_sd_parsers']:9.2f}x  target >= {IMPORT_VS_SD_PARSERS_TARGET}x  "
          f"{verdict(results['import_over_sd_parsers'] >= IMPORT_VS_SD_PARSERS_TARGET)}")
    print(f"thumbnails          {results['thumbnails_per_s']:9.1f} /s  ({results['thumbnails_made']} 1024x1024 PNGs, "
          f"{args.workers} processes)  target >= {THUMBS_PER_SECOND_TARGET}  "
          f"{verdict(results['thumbnails_per_s'] >= THUMBS_PER_SECOND_TARGET)}")
    memory = results["memory"]
    print(f"peak RSS            {memory['peak_rss_mb']:9.1f} MB  ({memory_files} small files, "
          f"{memory['seconds']:.1f} s)  target < {PEAK_RSS_MB_TARGET}  "
          f"{verdict(memory['peak_rss_mb'] < PEAK_RSS_MB_TARGET)}")
    print(f"cluster 1M times    {results['cluster_1m_seconds']:9.3f} s  target < {CLUSTER_MILLION_TARGET}  "
          f"{verdict(results['cluster_1m_seconds'] < CLUSTER_MILLION_TARGET)}")
    if args.json:
        print(json.dumps(results, indent=2, default=str))
    return 0


def _png_side(path: Path) -> int:
    with open(path, "rb") as handle:
        head = handle.read(24)
    return struct.unpack(">I", head[16:20])[0]


if __name__ == "__main__":
    sys.exit(main())
