"""Two conversations at once in one process, against one alone.

Run as ``python -m bench.bench_conversations``. Each conversation asks for 20 images through the
offline planner in its own thread of one Assistant. Two generators are measured:

- an I/O-bound one (each image waits ``--latency`` seconds, as for an image server, then is
  rendered small), where lanes should overlap almost fully: the target is that the second
  conversation adds well under 2x (ideal 1.0x);
- the procedural renderer at 512x512, CPU-bound in Python, where the GIL serialises rendering
  and about 2x is the physical limit on one interpreter.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time

from agent.assistant import Assistant
from agent.models import OFFLINE
from tools.generators.procedural import ProceduralGenerator

IMAGES = 20


class ServerLike(ProceduralGenerator):
    """Waits like a remote image server (the GIL is free meanwhile), then renders."""

    def __init__(self, latency: float):
        super().__init__()
        self.latency = latency

    def generate(self, requests, *, on_progress=None, cancel=None):
        for image in super().generate(requests, on_progress=on_progress, cancel=cancel):
            time.sleep(self.latency)
            yield image


def timed_turns(generator, conversations: int, size: str) -> float:
    with tempfile.TemporaryDirectory() as home, Assistant(home=home, model=OFFLINE) as assistant:
        assistant.ctx.generator_override = generator
        text = f"start a session called Bench {{n}} and generate {IMAGES} images of waves at {size}"
        workers = [threading.Thread(target=lambda n=n: list(assistant.send(f"t{n}", text.format(n=n))))
                   for n in range(conversations)]
        started = time.perf_counter()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        elapsed = time.perf_counter() - started
        made = assistant.ctx.store.scalar("SELECT count(*) FROM generations")
        assert made == IMAGES * conversations, f"expected {IMAGES * conversations} images, got {made}"
        return elapsed


def measure(name: str, make_generator, size: str, runs: int) -> None:
    one = statistics.median(timed_turns(make_generator(), 1, size) for _ in range(runs))
    two = statistics.median(timed_turns(make_generator(), 2, size) for _ in range(runs))
    print(f"{name:<34} one: {one:6.2f} s   two at once: {two:6.2f} s   ratio {two / one:4.2f}x "
          f"(2.00x = no overlap)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per image of the I/O-bound generator")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"two conversations of {IMAGES} images each, median of {args.runs} runs")
    measure(f"I/O-bound ({args.latency * 1000:.0f} ms/image, 256x256)", lambda: ServerLike(args.latency),
            "256x256", args.runs)
    measure("procedural renderer (CPU, 512x512)", ProceduralGenerator, "512x512", args.runs)


if __name__ == "__main__":
    main()
