"""Synthetic creative histories with ground-truth sessions, for testing and benchmarking clustering.

A history is a run of sessions separated by breaks. Inside a session the artist generates at a
personal pace (a few seconds to a couple of minutes per image, log-normal around it) with rare
longer pauses, Pareto-tailed multiples of that pace; some generations are batches written in the
same second; some sessions run two tools at once, interleaving their outputs. Between sessions
come heavy-tailed breaks: coffee breaks, longer afternoon gaps, nights and multi-day gaps.

Pauses scale with pace, so a slow session's longest pause (up to ``max_pause_seconds``) can
outlast a coffee break between two fast sessions: no fixed gap threshold separates pauses from
breaks, and a clusterer has to judge a gap against the local pace. Times are whole seconds, like
file times.
Everything is drawn from one ``numpy.random.Generator`` seeded by the caller, so a seed fixes the
history.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MINUTE = 60.0
HOUR = 3600.0
DAY = 86400.0


@dataclass(frozen=True)
class HistoryShape:
    """Distribution parameters of a synthetic history."""

    start_epoch: float = 1_704_067_200.0  # 2024-01-01T00:00:00Z
    median_events_per_session: float = 20.0
    events_sigma: float = 1.0  # log-normal spread of session length
    max_events_per_session: int = 400
    min_pace_seconds: float = 4.0  # per-session median gap, drawn log-uniformly
    max_pace_seconds: float = 120.0
    pace_sigma: float = 0.8  # log-normal spread of gaps around the session's pace
    pause_probability: float = 0.04  # chance that a gap is a longer pause
    min_pause_factor: float = 3.0  # pauses last 3-30 times the session's pace...
    max_pause_factor: float = 30.0
    pause_tail_index: float = 1.2  # ...Pareto-shaped: smaller means heavier tail
    max_pause_seconds: float = 45 * MINUTE  # an artist gone longer has ended the session
    batch_probability: float = 0.25  # chance that an event is a batch
    max_batch_size: int = 8
    two_tool_probability: float = 0.3  # chance that a second tool runs in the same session
    # Breaks between sessions: (probability, shortest, longest), drawn log-uniformly within.
    breaks: tuple[tuple[float, float, float], ...] = (
        (0.45, 20 * MINUTE, 90 * MINUTE),  # coffee break
        (0.15, 90 * MINUTE, 6 * HOUR),  # afternoon away
        (0.25, 8 * HOUR, 16 * HOUR),  # overnight
        (0.15, 1 * DAY, 14 * DAY),  # multi-day
    )


@dataclass(frozen=True)
class SyntheticHistory:
    times: np.ndarray  # float epoch seconds, sorted
    labels: np.ndarray  # true session per image, 0.. in time order
    batch_ids: np.ndarray  # batch per image, -1 when the image was generated alone
    tool_ids: np.ndarray  # 0 or 1: which of the two tools wrote the image

    @property
    def n_sessions(self) -> int:
        return int(self.labels[-1]) + 1 if self.labels.size else 0


def generate_history(seed: int, n_sessions: int = 150, shape: HistoryShape = HistoryShape()) -> SyntheticHistory:
    """Draw a history of ``n_sessions`` sessions; the same seed always gives the same history."""
    rng = np.random.default_rng(seed)
    break_probabilities = np.array([p for p, _, _ in shape.breaks])
    break_probabilities = break_probabilities / break_probabilities.sum()

    time_parts, label_parts, batch_parts, tool_parts = [], [], [], []
    session_start = shape.start_epoch
    next_batch_id = 0
    for session in range(n_sessions):
        n_events = int(
            np.clip(
                round(shape.median_events_per_session * rng.lognormal(0.0, shape.events_sigma)),
                1,
                shape.max_events_per_session,
            )
        )
        main_offsets = _event_offsets(rng, n_events, shape)
        offsets = [main_offsets]
        tools = [np.zeros(n_events, dtype=np.int64)]
        session_length = main_offsets[-1]
        if session_length > 0 and rng.random() < shape.two_tool_probability:
            # The second tool starts a little later and stops when the session does.
            second = rng.uniform(0.0, 0.2) * session_length + _event_offsets(rng, n_events, shape)
            second = second[second <= session_length]
            offsets.append(second)
            tools.append(np.ones(second.size, dtype=np.int64))
        event_offsets = np.concatenate(offsets)
        event_tools = np.concatenate(tools)

        # Each event is one image or a batch of images written in the same second.
        is_batch = rng.random(event_offsets.size) < shape.batch_probability
        sizes = np.where(is_batch, rng.integers(2, shape.max_batch_size + 1, event_offsets.size), 1)
        event_batch_ids = np.full(event_offsets.size, -1, dtype=np.int64)
        event_batch_ids[is_batch] = next_batch_id + np.arange(int(is_batch.sum()))
        next_batch_id += int(is_batch.sum())

        time_parts.append(np.floor(session_start + np.repeat(event_offsets, sizes)))
        label_parts.append(np.full(int(sizes.sum()), session, dtype=np.int64))
        batch_parts.append(np.repeat(event_batch_ids, sizes))
        tool_parts.append(np.repeat(event_tools, sizes))

        kind = rng.choice(len(shape.breaks), p=break_probabilities)
        _, shortest, longest = shape.breaks[kind]
        session_start += session_length + _log_uniform(rng, shortest, longest)

    times = np.concatenate(time_parts)
    order = np.argsort(times, kind="stable")
    return SyntheticHistory(
        times=times[order],
        labels=np.concatenate(label_parts)[order],
        batch_ids=np.concatenate(batch_parts)[order],
        tool_ids=np.concatenate(tool_parts)[order],
    )


def _event_offsets(rng: np.random.Generator, n_events: int, shape: HistoryShape) -> np.ndarray:
    """Seconds from the session start of each event of one tool; the first is at 0."""
    pace = _log_uniform(rng, shape.min_pace_seconds, shape.max_pace_seconds)
    gaps = pace * rng.lognormal(0.0, shape.pace_sigma, n_events - 1)
    is_pause = rng.random(n_events - 1) < shape.pause_probability
    gaps = np.where(is_pause, pace * _truncated_pareto(rng, n_events - 1, shape), gaps)
    gaps = np.minimum(gaps, shape.max_pause_seconds)
    return np.concatenate(([0.0], np.cumsum(gaps)))


def _log_uniform(rng: np.random.Generator, low: float, high: float) -> float:
    return float(np.exp(rng.uniform(np.log(low), np.log(high))))


def _truncated_pareto(rng: np.random.Generator, size: int, shape: HistoryShape) -> np.ndarray:
    """Pause lengths in multiples of the pace, Pareto truncated by inverse CDF (clipping would pile
    mass up at the maximum)."""
    alpha = shape.pause_tail_index
    tail_mass_kept = 1.0 - (shape.min_pause_factor / shape.max_pause_factor) ** alpha
    u = rng.random(size)
    return shape.min_pause_factor * (1.0 - u * tail_mass_kept) ** (-1.0 / alpha)
