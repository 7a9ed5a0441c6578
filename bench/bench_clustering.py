"""Benchmark of session clustering: quality on held-out synthetic histories, and speed at 1M.

Run as ``python -m bench.bench_clustering``. Quality is measured on seeds 100-119, which were
not used to tune the defaults (those were tuned on seeds 0-9). Speed is compared with a peer
measured in the same run: numpy merely sorting the same timestamps, the floor for any method
that accepts unsorted input.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass

import numpy as np

from bench.synthetic_history import HistoryShape, MINUTE, generate_history
from tools.clustering import ClusterConfig, cluster_times

HELD_OUT_SEEDS = range(100, 120)
F1_TARGET = 0.95
MILLION_SECONDS_TARGET = 1.0


@dataclass(frozen=True)
class BoundaryScore:
    true_positives: int
    predicted: int
    actual: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.actual if self.actual else 1.0

    @property
    def f1(self) -> float:
        total = self.predicted + self.actual
        return 2 * self.true_positives / total if total else 1.0

    def __add__(self, other: BoundaryScore) -> BoundaryScore:
        return BoundaryScore(
            self.true_positives + other.true_positives,
            self.predicted + other.predicted,
            self.actual + other.actual,
        )


def boundary_score(times: np.ndarray, true_labels: np.ndarray, predicted_labels: np.ndarray) -> BoundaryScore:
    """Compare session boundaries: the gaps (between time-sorted neighbours) where labels change."""
    order = np.argsort(times, kind="stable")
    true_boundary = np.diff(np.asarray(true_labels)[order]) != 0
    predicted_boundary = np.diff(np.asarray(predicted_labels)[order]) != 0
    return BoundaryScore(
        true_positives=int(np.sum(true_boundary & predicted_boundary)),
        predicted=int(predicted_boundary.sum()),
        actual=int(true_boundary.sum()),
    )


def adjusted_rand_index(true_labels: np.ndarray, predicted_labels: np.ndarray) -> float:
    """Hubert-Arabie ARI from the contingency table: 1 for identical partitions, ~0 for chance."""
    _, true_codes = np.unique(true_labels, return_inverse=True)
    _, predicted_codes = np.unique(predicted_labels, return_inverse=True)
    n = true_codes.size
    if n < 2:
        return 1.0
    # Sparse contingency table: count each (true, predicted) pair that occurs.
    pair = true_codes.astype(np.int64) * (predicted_codes.max() + 1) + predicted_codes
    cell_counts = np.unique(pair, return_counts=True)[1]

    def pairs(counts: np.ndarray) -> float:
        counts = counts.astype(np.float64)
        return float(np.sum(counts * (counts - 1) / 2))

    index = pairs(cell_counts)
    true_pairs = pairs(np.bincount(true_codes))
    predicted_pairs = pairs(np.bincount(predicted_codes))
    expected = true_pairs * predicted_pairs / (n * (n - 1) / 2)
    maximum = (true_pairs + predicted_pairs) / 2
    if maximum == expected:  # both partitions trivial (all singletons or one cluster)
        return 1.0
    return (index - expected) / (maximum - expected)


def score_seeds(seeds, config: ClusterConfig = ClusterConfig(), shape: HistoryShape = HistoryShape()):
    """Pooled boundary score, mean ARI, and the pooled score of sub-ceiling boundaries only."""
    total = BoundaryScore(0, 0, 0)
    adaptive_only = BoundaryScore(0, 0, 0)
    ari_values = []
    for seed in seeds:
        history = generate_history(seed, shape=shape)
        predicted = cluster_times(history.times, config)
        total = total + boundary_score(history.times, history.labels, predicted)
        ari_values.append(adjusted_rand_index(history.labels, predicted))
        # The ceiling decides long gaps trivially; score the gaps the adaptive rule must judge.
        gaps = np.diff(history.times)
        judged = gaps <= config.ceiling_seconds
        true_boundary = np.diff(history.labels) != 0
        predicted_boundary = np.diff(predicted) != 0
        adaptive_only = adaptive_only + BoundaryScore(
            int(np.sum(true_boundary & predicted_boundary & judged)),
            int(np.sum(predicted_boundary & judged)),
            int(np.sum(true_boundary & judged)),
        )
    return total, float(np.mean(ari_values)), adaptive_only


def million_timestamps(seed: int = 7, count: int = 1_000_000) -> np.ndarray:
    """``count`` synthetic timestamps from one long history, shuffled: any input order is allowed."""
    n_sessions = 20_000
    times = generate_history(seed, n_sessions=n_sessions).times
    while times.size < count:
        n_sessions *= 2
        times = generate_history(seed, n_sessions=n_sessions).times
    return np.random.default_rng(seed).permutation(times[:count])


def best_time(function, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="timing runs; the best is reported")
    args = parser.parse_args(argv)

    config = ClusterConfig()
    print(f"config: {config.model_dump()}")
    seeds = list(HELD_OUT_SEEDS)

    total, mean_ari, adaptive_only = score_seeds(seeds, config)
    print(f"held-out seeds {seeds[0]}-{seeds[-1]}:")
    print(
        f"  boundary precision {total.precision:.4f}  recall {total.recall:.4f}  F1 {total.f1:.4f}"
        f"  ({total.actual} true boundaries)"
    )
    print(
        f"  sub-ceiling boundaries only: precision {adaptive_only.precision:.4f}"
        f"  recall {adaptive_only.recall:.4f}  F1 {adaptive_only.f1:.4f}  ({adaptive_only.actual} true)"
    )
    print(f"  adjusted Rand index (mean over histories) {mean_ari:.4f}")

    # Robustness: the pause/break divide moved from 15/20 min to 25/35 min, never tuned on.
    shifted = HistoryShape(
        max_pause_seconds=25 * MINUTE,
        breaks=((0.45, 35 * MINUTE, 120 * MINUTE),) + HistoryShape().breaks[1:],
    )
    shifted_total, shifted_ari, _ = score_seeds(seeds, config, shifted)
    print(f"  robustness, pauses up to 25 min and breaks from 35 min: F1 {shifted_total.f1:.4f}  ARI {shifted_ari:.4f}")

    times = million_timestamps()
    cluster_times(times, config)  # warm-up
    cluster_seconds = best_time(lambda: cluster_times(times, config), args.repeats)
    sort_seconds = best_time(lambda: np.sort(times), args.repeats)
    # Context, not a target: the cheapest way to learn where each input lands after sorting.
    argsort_seconds = best_time(lambda: np.argsort(times), args.repeats)
    print(f"{times.size:,} timestamps (shuffled), best of {args.repeats}:")
    print(
        f"  cluster_times {cluster_seconds:.3f} s   numpy sort {sort_seconds:.3f} s"
        f"   ratio {cluster_seconds / sort_seconds:.1f}x   (numpy argsort {argsort_seconds:.3f} s)"
    )

    f1_ok = total.f1 >= F1_TARGET
    speed_ok = cluster_seconds < MILLION_SECONDS_TARGET
    print(f"boundary F1 >= {F1_TARGET}: {'PASS' if f1_ok else 'FAIL'}")
    print(f"1M timestamps < {MILLION_SECONDS_TARGET:.0f} s: {'PASS' if speed_ok else 'FAIL'}")
    return 0 if f1_ok and speed_ok else 1


if __name__ == "__main__":
    sys.exit(main())
