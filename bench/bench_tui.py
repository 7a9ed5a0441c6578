"""TUI at scale: 10,000 sessions and 100,000 generations; start-up time and scroll frame time.

Run: python -m bench.bench_tui [--sessions N] [--generations N] [--pages N]
Start-up is measured from create_app() to the first settled frame, headless (Textual's pilot),
for the big home and for an empty one (the peer: the fixed cost of the app itself). Scrolling is
PageDown pressed repeatedly in the Sessions view and the Iterations grid, each press timed until
the frame is drawn. The peer is the same presses in an empty home: Textual's pilot waits for the
screen to settle after each key (about 90 ms wall here), so the app's own cost is its CPU time above
the empty home's, against one 60 Hz frame (16.7 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

from bench.bench_store import populate
from tools.context import Context

START_TARGET_S = 1.5
FRAME_BUDGET_MS = 1000 / 60


async def measure(home: Path, pages: int) -> dict:
    from tui.app import create_app

    began, began_cpu = time.perf_counter(), time.process_time()
    app = create_app(home=home, image_mode="halfcell")
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        started = time.perf_counter() - began
        started_cpu = time.process_time() - began_cpu
        frames: dict[str, list[float]] = {}
        for view_key, view in (("f2", "sessions"), ("f4", "iterations")):
            switch = time.perf_counter()
            await pilot.press(view_key)
            await pilot.pause()
            frames[f"{view} (open)"] = [(time.perf_counter() - switch) * 1000]
            times, cpu = [], []
            for _ in range(pages):
                press, press_cpu = time.perf_counter(), time.process_time()
                await pilot.press("pagedown")
                await pilot.pause()
                times.append((time.perf_counter() - press) * 1000)
                cpu.append((time.process_time() - press_cpu) * 1000)
            frames[view] = times
            frames[f"{view} cpu"] = cpu
            frames[f"{view} details read"] = [len(app.view(view)._details)]
        await pilot.press("ctrl+q")
    return {"start": started, "start_cpu": started_cpu, "frames": frames}


def result_times(result: dict, view: str) -> tuple[list[float], list[float]]:
    return sorted(result["frames"][view]), sorted(result["frames"][view + " cpu"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--generations", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=60)
    options = parser.parse_args()
    import tui.app  # noqa: F401  (imports are not the app's start-up: `atelier --help` is benched elsewhere)

    with tempfile.TemporaryDirectory() as big, tempfile.TemporaryDirectory() as empty:
        ctx = Context.open(big)
        populate(ctx, options.sessions, options.generations)
        ctx.close()
        Context.open(empty).close()
        asyncio.run(measure(Path(empty), 2))  # warm-up: first import of the graph, the planner …
        peer = asyncio.run(measure(Path(empty), options.pages))
        result = asyncio.run(measure(Path(big), options.pages))
    ok_start = result["start"] < START_TARGET_S
    print(f"home: {options.sessions:,} sessions, {options.generations:,} generations; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times grow with it, CPU times do not)")
    print(f"start to first frame: {result['start']:.3f} s wall, {result['start_cpu']:.3f} s CPU "
          f"(empty home {peer['start']:.3f} s wall, x{result['start'] / peer['start']:.2f}); "
          f"target < {START_TARGET_S} s: {'ok' if ok_start else 'MISSED'}")
    print(f"{'scroll (PageDown to drawn frame)':30} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} "
          f"{'CPU med':>8} {'CPU p95':>8}")
    # The peer: the same presses in an empty home, where nothing scrolls. Its time is the harness's
    # own (Textual's pilot waits for the screen to settle after each key), not the app's.
    for view in ("sessions", "iterations"):
        times, cpu = result_times(peer, view)
        print(f"{'  empty home, ' + view:30} {statistics.median(times):10.2f} {'':8} {'':8} "
              f"{statistics.median(cpu):8.2f}")
    failed = not ok_start
    for view in ("sessions", "iterations"):
        times, cpu = result_times(result, view)
        median, p95 = statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]
        cpu_median, cpu_p95 = statistics.median(cpu), cpu[max(0, int(len(cpu) * 0.95) - 1)]
        print(f"{view:30} {median:10.2f} {p95:8.2f} {times[-1]:8.2f} {cpu_median:8.2f} {cpu_p95:8.2f}")
        peer_cpu = statistics.median(result_times(peer, view)[1])
        print(f"  CPU above the empty home: {cpu_median - peer_cpu:.2f} ms median "
              f"(x{(cpu_median - peer_cpu) / FRAME_BUDGET_MS:.2f} of a 60 Hz frame)")
        print(f"  opening the view: {result['frames'][view + ' (open)'][0]:.1f} ms; "
              f"details read after {options.pages} pages: {result['frames'][view + ' details read'][0]:,}")
        failed |= cpu_p95 - peer_cpu > 4 * FRAME_BUDGET_MS  # a stall: four frames of the app's own work
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
