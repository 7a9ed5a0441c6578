"""Temporal clustering of image times into creative sessions, and id-stable reconciliation.

A creative session is a burst of work separated from the next by a break. Breaks are found
PhotoTOC-style (Platt et al., 2003): in log-time, a gap is a boundary when it stands out from
the gaps around it,

    log(g_i) > k + mean(log g_{i-w} .. log g_{i+w})

so "long" is judged against the local pace: a 10 minute pause is nothing in a slow session but a
break between rapid bursts. Hard bounds override the adaptive rule: gaps under ``floor_seconds``
never split, gaps over ``ceiling_seconds`` always do. Images of one batch (same second, or the same
batch id) are collapsed first, so a burst of 8 identical timestamps does not drag the local mean
of log gaps towards log(0).

Everything here is pure: numbers and ids in, labels and plans out. The import pipeline applies a
``SessionPlan`` to the store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator


class ClusterConfig(BaseModel):
    """Tunable knobs of the session rule.

    Defaults were tuned on synthetic histories (bench/synthetic_history.py, seeds 0-9) and then
    frozen. Floors of 15-20 min scored marginally higher there only because the generator's
    shortest break is 20 min; 10 min is kept as the less data-specific choice.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    # Gaps up to this long join images into one batch event (file times have 1 s resolution).
    batch_seconds: float = Field(default=1.0, ge=0.0)
    # A pause shorter than this is never a break, however fast the surrounding work was.
    floor_seconds: float = Field(default=10 * 60.0, gt=0.0)
    # A pause longer than this is always a break, however slow the surrounding work was.
    ceiling_seconds: float = Field(default=3 * 3600.0, gt=0.0)
    # Neighbouring gaps on each side that set the local pace.
    window: int = Field(default=10, ge=1)
    # How far (in natural log units) a gap must exceed the local mean log gap to be a break.
    k: float = Field(default=3.0, ge=0.0)

    @model_validator(mode="after")
    def _bounds_are_ordered(self) -> ClusterConfig:
        if self.floor_seconds > self.ceiling_seconds:
            raise ValueError("floor_seconds must not exceed ceiling_seconds")
        if self.batch_seconds >= self.floor_seconds:
            raise ValueError("batch_seconds must be below floor_seconds")
        return self


DEFAULT_CONFIG = ClusterConfig()


def cluster_times(
    times: Sequence[float] | np.ndarray,
    config: ClusterConfig = DEFAULT_CONFIG,
    batch_ids: Sequence[Hashable | None] | None = None,
) -> np.ndarray:
    """Label each time with its session: labels 0..n_sessions-1, numbered in time order.

    ``times`` are epoch seconds in any order; the result is aligned with the input. Items sharing
    a non-None ``batch_ids`` entry always land in one session (the batch counts as one event at
    its earliest time). Deterministic: equal times always share a label, whatever their order.
    """
    event_times = np.asarray(times, dtype=np.float64).ravel()
    n = event_times.size
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if not np.all(np.isfinite(event_times)):
        raise ValueError("times must be finite; leave items without a usable time out of sessions")
    if batch_ids is not None:
        if len(batch_ids) != n:
            raise ValueError("batch_ids must be as long as times")
        event_times = _collapse_batch_ids(event_times, batch_ids)

    sorted_times = np.sort(event_times)
    is_break = _breaks(np.diff(sorted_times), config)
    # Sessions start at strictly increasing times, so an item's label is the number of session
    # starts at or before it. This maps labels back to input order without an argsort, which
    # costs several times a plain sort; equal times always share a label.
    later_session_starts = sorted_times[1:][is_break]
    return np.searchsorted(later_session_starts, event_times, side="right").astype(np.int64, copy=False)


def _breaks(gaps: np.ndarray, config: ClusterConfig) -> np.ndarray:
    """Which gaps between consecutive sorted times are session breaks."""
    is_break = np.zeros(gaps.size, dtype=bool)
    # Batch gaps are not pauses between events; they neither split nor count towards the pace.
    event_gap_index = np.flatnonzero(gaps > config.batch_seconds)
    if event_gap_index.size == 0:
        return is_break
    event_gaps = gaps[event_gap_index]
    log_gaps = np.log(event_gaps)

    local_mean = _window_mean(log_gaps, config.window)
    adaptive = log_gaps > config.k + local_mean
    decided = (adaptive & (event_gaps >= config.floor_seconds)) | (event_gaps > config.ceiling_seconds)
    is_break[event_gap_index] = decided
    return is_break


def _window_mean(values: np.ndarray, half_width: int) -> np.ndarray:
    """Mean of values[i-w .. i+w] for each i, truncated at the ends, via cumulative sums (O(n))."""
    m = values.size
    cumulative = np.zeros(m + 1, dtype=np.float64)
    np.cumsum(values, out=cumulative[1:])
    index = np.arange(m)
    low = np.maximum(index - half_width, 0)
    high = np.minimum(index + half_width + 1, m)
    return (cumulative[high] - cumulative[low]) / (high - low)


def _collapse_batch_ids(times: np.ndarray, batch_ids: Sequence[Hashable | None]) -> np.ndarray:
    """Move every member of a batch to the batch's earliest time, so the batch is one event."""
    code_of: dict[Hashable, int] = {}
    codes = np.fromiter(
        (-1 if b is None else code_of.setdefault(b, len(code_of)) for b in batch_ids),
        dtype=np.int64,
        count=times.size,
    )
    in_batch = codes >= 0
    if not in_batch.any():
        return times
    earliest = np.full(len(code_of), np.inf)
    np.minimum.at(earliest, codes[in_batch], times[in_batch])
    collapsed = times.copy()
    collapsed[in_batch] = earliest[codes[in_batch]]
    return collapsed


# --- Incremental reconciliation -------------------------------------------------------------


@dataclass(frozen=True)
class ExistingSession:
    """An auto session as the store has it now. Manual sessions are never passed in."""

    session_id: str
    item_ids: frozenset[str]


@dataclass(frozen=True)
class PlannedSession:
    """One session of the new clustering.

    ``session_id`` is the existing id it keeps, or None when the store must create a session.
    ``changed`` is False only when a kept session has exactly its old members, so the store can
    skip it.
    """

    item_ids: tuple[str, ...]  # in time order
    start: float
    end: float
    session_id: str | None
    changed: bool


@dataclass(frozen=True)
class SessionPlan:
    sessions: tuple[PlannedSession, ...]  # in time order
    # Old sessions whose id no new cluster keeps; the store deletes them (their items moved).
    removed_session_ids: tuple[str, ...]
    # For each removed session that still has items, the index in ``sessions`` that took most
    # of them, so references (e.g. a stored reflection) can follow.
    successor_of_removed: dict[str, int]

    @property
    def new_sessions(self) -> tuple[PlannedSession, ...]:
        return tuple(s for s in self.sessions if s.session_id is None)


def reconcile_sessions(
    existing: Sequence[ExistingSession],
    item_ids: Sequence[str],
    times: Sequence[float] | np.ndarray,
    labels: Sequence[int] | np.ndarray,
) -> SessionPlan:
    """Match a fresh clustering of all current items to the existing auto sessions.

    Each new cluster keeps the existing id it shares most items with, each old id at most once,
    taken greedily from the largest overlap down. Hence an unchanged cluster keeps its id, a
    merge keeps the id of the part contributing most items, and a split keeps the id for its
    largest part. Ties go to the earlier cluster, then the smaller session id, so plans are
    deterministic.
    """
    times = np.asarray(times, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    if not (len(item_ids) == times.size == labels.size):
        raise ValueError("item_ids, times and labels must be equally long")
    if len(set(item_ids)) != len(item_ids):
        raise ValueError("item_ids must be unique")

    session_of_item: dict[str, str] = {}
    for session in existing:
        for item_id in session.item_ids:
            if item_id in session_of_item:
                raise ValueError(f"item {item_id!r} is in two existing sessions")
            session_of_item[item_id] = session.session_id

    clusters = _clusters_in_time_order(item_ids, times, labels)

    overlap: Counter[tuple[int, str]] = Counter()
    for index, cluster in enumerate(clusters):
        for item_id in cluster.item_ids:
            old = session_of_item.get(item_id)
            if old is not None:
                overlap[(index, old)] += 1

    kept_id_of_cluster: dict[int, str] = {}
    used_ids: set[str] = set()
    by_largest_overlap = sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1]))
    for (index, old), _count in by_largest_overlap:
        if index in kept_id_of_cluster or old in used_ids:
            continue
        kept_id_of_cluster[index] = old
        used_ids.add(old)

    old_members = {s.session_id: s.item_ids for s in existing}
    sessions = []
    for index, cluster in enumerate(clusters):
        kept = kept_id_of_cluster.get(index)
        changed = kept is None or frozenset(cluster.item_ids) != old_members[kept]
        sessions.append(
            PlannedSession(cluster.item_ids, cluster.start, cluster.end, session_id=kept, changed=changed)
        )

    removed = tuple(sorted(s.session_id for s in existing if s.session_id not in used_ids))
    removed_set = set(removed)
    successor: dict[str, int] = {}
    for (index, old), _count in by_largest_overlap:
        if old in removed_set and old not in successor:
            successor[old] = index
    return SessionPlan(tuple(sessions), removed, successor)


@dataclass(frozen=True)
class _Cluster:
    item_ids: tuple[str, ...]
    start: float
    end: float


def _clusters_in_time_order(
    item_ids: Sequence[str], times: np.ndarray, labels: np.ndarray
) -> list[_Cluster]:
    """Group items by label; clusters ordered by start time, members by time."""
    if times.size == 0:
        return []
    order = np.lexsort((times, labels))  # by label, then time within a label
    sorted_labels = labels[order]
    starts = np.flatnonzero(np.r_[True, sorted_labels[1:] != sorted_labels[:-1]])
    ends = np.r_[starts[1:], order.size]
    clusters = [
        _Cluster(
            item_ids=tuple(item_ids[i] for i in order[a:b]),
            start=float(times[order[a]]),
            end=float(times[order[b - 1]]),
        )
        for a, b in zip(starts, ends)
    ]
    # Labels from cluster_times are already in time order; sort anyway for labels from elsewhere.
    clusters.sort(key=lambda c: (c.start, c.end))
    return clusters


def plan_sessions(
    existing: Sequence[ExistingSession],
    item_ids: Sequence[str],
    times: Sequence[float] | np.ndarray,
    config: ClusterConfig = DEFAULT_CONFIG,
    batch_ids: Sequence[Hashable | None] | None = None,
) -> SessionPlan:
    """Cluster all current timed items afresh and reconcile with the existing auto sessions."""
    labels = cluster_times(times, config, batch_ids)
    return reconcile_sessions(existing, item_ids, times, labels)
