"""Benchmark of the agent's front doors: `atelier --help`, `atelier demo`, and offline turn latency.

Run as ``python -m bench.bench_agent``. Every run uses fresh temporary homes and never a language
model: the demo and the turn latency go through the offline planner and the procedural generator.

- ``atelier --help``: wall time of the real console script in a subprocess, median of 5 (target < 0.5 s).
- ``atelier demo``: wall time of one subprocess run on a fresh home (imports, 26 images, zip).
- turn latency: the demo's lines sent in-process to one Assistant, median and slowest per turn
  (a turn is the whole graph run: planner, tool calls, checkpoints).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HELP_TARGET_SECONDS = 0.5


def atelier_command() -> list[str]:
    script = Path(sys.executable).with_name("atelier")
    return [str(script)] if script.exists() else [sys.executable, "-m", "channels.cli"]


def clean_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "ATELIER_MODEL")}
    env["ATELIER_HOME"] = str(home)
    return env


def bench_help(runs: int = 5) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(atelier_command() + ["--help"], env=clean_env(Path(tmp)), check=True,
                           capture_output=True)
            times.append(time.perf_counter() - started)
    return times


def bench_demo() -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        done = subprocess.run(atelier_command() + ["demo"], env=clean_env(Path(tmp) / "home"),
                              capture_output=True, text=True)
        elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"atelier demo failed:\n{done.stderr}")
    return elapsed, done.stdout.count("you> ")


def bench_turns() -> list[tuple[str, float]]:
    from agent.assistant import Assistant
    from channels.demo import demo_text
    from channels.script import run_turn, script_lines

    timings = []
    with tempfile.TemporaryDirectory() as tmp:
        with Assistant(home=Path(tmp) / "home", model="offline") as assistant:
            for line in script_lines(demo_text()):
                started = time.perf_counter()
                run_turn(assistant, "bench", line, yes=True)
                timings.append((line, time.perf_counter() - started))
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--help-runs", type=int, default=5)
    args = parser.parse_args(argv)

    help_times = bench_help(args.help_runs)
    help_median = statistics.median(help_times)
    print(f"atelier --help      median {help_median * 1000:7.1f} ms over {len(help_times)} runs "
          f"(min {min(help_times) * 1000:.1f}, max {max(help_times) * 1000:.1f}); "
          f"target < {HELP_TARGET_SECONDS * 1000:.0f} ms: {'ok' if help_median < HELP_TARGET_SECONDS else 'MISSED'}")

    demo_seconds, demo_turns = bench_demo()
    print(f"atelier demo        {demo_seconds:7.2f} s wall ({demo_turns} turns, fresh home, subprocess)")

    turns = bench_turns()
    seconds = [t for _, t in turns]
    slowest_line, slowest = max(turns, key=lambda item: item[1])
    print(f"offline turn        median {statistics.median(seconds) * 1000:7.1f} ms over {len(seconds)} turns; "
          f"mean {statistics.mean(seconds) * 1000:.1f} ms; slowest {slowest * 1000:.1f} ms ({slowest_line[:50]!r})")
    without_images = [t for line, t in turns if "generate" not in line and "remix" not in line]
    if without_images:
        print(f"  turns without image work: median {statistics.median(without_images) * 1000:.1f} ms "
              f"over {len(without_images)}")
    return 0 if help_median < HELP_TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
