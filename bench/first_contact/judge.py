"""Run one first-contact case through the real agent offline and hand its outcome to a check.

A case is ``setup`` lines (run first, every confirmation answered yes, as ``atelier run --yes``),
then the ``say`` lines the person wrote. The outcome holds the tool calls the ``say`` lines asked
for, the replies, any question still waiting, and the state before and after the ``say`` lines.

A check (one per case id, in ``roundN_checks.py``) returns whether the request did what was meant,
and may name a case-specific wrong outcome. The score is then:

- **did something wrong**: the check's ``wrong`` holds, or data changed and what was meant did not happen;
- **did what was meant**: the check's ``meant`` holds;
- **refused or asked**: everything else (nothing changed).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from unittest import mock
from dataclasses import dataclass, field
from pathlib import Path

@functools.cache
def _run_folder() -> str:
    """One working folder for the whole run (a helper process a case starts may outlive the case's own folder)."""
    folder = tempfile.mkdtemp(prefix="atelier-first-contact-cwd-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


DONE, ASKED, WRONG = "did what was meant", "refused or asked", "did something wrong"
_TABLES = ("sessions", "generations", "assets", "posts", "projects", "folders")


@dataclass
class Case:
    id: str
    say: list[str]
    setup: list[str] = field(default_factory=list)
    meant: str = ""
    wrong_if: str = ""
    ok_to_ask: bool | str = False

    @classmethod
    def from_dict(cls, data: dict, position: int) -> Case:
        def lines(value) -> list[str]:
            if value is None:
                return []
            if isinstance(value, str):
                return [line for line in value.splitlines() if line.strip()]
            return [str(v) for v in value]

        wrong = data.get("wrong_if") or ""
        return cls(id=str(data.get("id") or data.get("name") or position), say=lines(data.get("say")),
                   setup=lines(data.get("setup")), meant=str(data.get("meant") or ""),
                   wrong_if=wrong if isinstance(wrong, str) else "; ".join(map(str, wrong)),
                   ok_to_ask=data.get("ok_to_ask") or False)


@dataclass
class Outcome:
    """What the ``say`` lines did."""

    calls: list[tuple[str, dict]]          # every tool call asked for (also ones awaiting a yes)
    results: list[tuple[str, str, bool, dict]]  # (tool, message, error, data) of calls that ran
    replies: list[str]
    question: str | None                   # a confirmation still waiting at the end
    before: dict
    after: dict
    setup_failed: str | None = None
    current: str | None = None             # the conversation's current session name afterwards

    # -- what ran ---------------------------------------------------------------------------------
    def ran(self, name: str | None = None) -> list[dict]:
        """Args of calls (of ``name``) that ran without error: calls and results pair up in order."""
        out, position = [], 0
        for called, args in self.calls:
            if position < len(self.results) and self.results[position][0] == called:
                if not self.results[position][2] and name in (None, called):
                    out.append(args)
                position += 1
        return out

    def called(self, name: str) -> list[dict]:
        return [a for n, a in self.calls if n == name]

    def names(self) -> list[str]:
        return [n for n, _ in self.calls]

    @property
    def text(self) -> str:
        return "\n".join(self.replies + [self.question or ""] + [m for _, m, _, _ in self.results])

    def says(self, pattern: str) -> bool:
        return re.search(pattern, self.text, re.IGNORECASE) is not None

    # -- what changed -----------------------------------------------------------------------------
    def rows(self, table: str, when: str = "after") -> dict[str, dict]:
        return {row["id"]: row for row in (self.after if when == "after" else self.before).get(table, [])}

    def added(self, table: str) -> list[dict]:
        before = self.rows(table, "before")
        return [row for key, row in self.rows(table).items() if key not in before]

    def removed(self, table: str) -> list[dict]:
        after = self.rows(table)
        return [row for key, row in self.rows(table, "before").items() if key not in after]

    def modified(self, table: str, key: str | None = None) -> list[tuple[dict, dict]]:
        """(before, after) of rows that changed (in ``key`` when given)."""
        before = self.rows(table, "before")
        out = []
        for row_id, row in self.rows(table).items():
            old = before.get(row_id)
            if old is None:
                continue
            if (key is None and old != row) or (key is not None and old.get(key) != row.get(key)):
                out.append((old, row))
        return out

    @property
    def data_changed(self) -> bool:
        return any(self.added(t) or self.removed(t) or self.modified(t) for t in _TABLES) \
            or self.before.get("credits") != self.after.get("credits")

    @property
    def spent(self) -> int:
        return (self.before.get("credits") or {}).get("balance", 0) - (self.after.get("credits") or {}).get("balance", 0)

    # -- handy questions for checks ---------------------------------------------------------------
    def session_named(self, name: str) -> dict | None:
        return next((s for s in self.after["sessions"] if s["name"] == name), None)

    def generations_of(self, session_name: str, when: str = "after") -> list[dict]:
        state = self.after if when == "after" else self.before
        ids = {s["id"] for s in state["sessions"] if s["name"] == session_name}
        return [g for g in state["generations"] if g["session_id"] in ids]

    def index_set(self, rows: list[dict]) -> set[int]:
        return {g["index"] for g in rows}

    def liked_now(self, session_name: str) -> set[int]:
        return {g["index"] for g in self.generations_of(session_name) if g["liked"]}

    def archived_now(self, session_name: str) -> set[int]:
        return {g["index"] for g in self.generations_of(session_name) if g["archived"]}

    def newly(self, key: str, value=True) -> list[dict]:
        """Generations whose ``key`` became ``value``."""
        return [new for old, new in self.modified("generations", key) if new.get(key) == value]

    def assets_saved(self) -> list[dict]:
        return self.added("assets")


@dataclass
class Check:
    meant: Callable[[Outcome], bool]
    wrong: Callable[[Outcome], bool] | None = None


def verdict(check: Check, outcome: Outcome) -> str:
    if outcome.setup_failed:
        return ASKED
    if check.wrong is not None and check.wrong(outcome):
        return WRONG
    if check.meant(outcome):
        return DONE
    return WRONG if outcome.data_changed else ASKED


def run_case(case: Case, assistant_factory: Callable[[Path], object]) -> Outcome:
    """One case in a fresh home: setup with every confirmation approved, then the say lines."""
    from agent.events import ConfirmationRequested, Reply, ToolFinished, ToolStarted
    from tools.context import Context
    from tools.state import export_state

    def state(home: Path) -> dict:
        ctx = Context.open(home)
        try:
            return export_state(ctx)
        finally:
            ctx.close()

    # Thumbnails are made by background processes that outlive a case and would keep writing into
    # its deleted home; the checks never look at them, so a case makes none.
    # (run in a folder of the run's own: "download … as selects.zip" writes there, never into the checkout)
    with tempfile.TemporaryDirectory(prefix="atelier-first-contact-", ignore_cleanup_errors=True) as folder, \
            contextlib.chdir(_run_folder()), mock.patch.dict(os.environ, {"ATELIER_THUMBNAIL_WORKERS": "0"}):
        home = Path(folder) / "home"
        assistant = assistant_factory(home)
        thread = f"case-{case.id}"
        setup_failed = None
        try:
            for line in case.setup:
                events = list(assistant.send(thread, line))
                for _ in range(5):
                    if not assistant.pending_confirmation(thread):
                        break
                    events += list(assistant.resume(thread, "yes"))
                if any(isinstance(e, Reply) and e.error for e in events) or \
                        any(isinstance(e, ToolFinished) and e.error for e in events):
                    setup_failed = f"setup line failed: {line!r}"
            before = state(home)
            calls, results, replies, question = [], [], [], None
            for line in case.say:
                for event in assistant.send(thread, line):
                    if isinstance(event, ToolStarted):
                        calls.append((event.name, dict(event.args)))
                    elif isinstance(event, ToolFinished):
                        results.append((event.name, event.message, event.error, dict(event.data)))
                    elif isinstance(event, Reply):
                        replies.append(event.text)
                    elif isinstance(event, ConfirmationRequested):
                        question = event.question
                question = assistant.pending_confirmation(thread)
            after = state(home)
            current_id = assistant.current_session_id(thread)
            current = next((s["name"] for s in after["sessions"] if s["id"] == current_id), None)
        finally:
            assistant.close()
    return Outcome(calls, results, replies, question, before, after, setup_failed, current)
