"""What the planner produces: an ordered list of steps (tool name + args), or a reply."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from tools.registry import get_registry

Confidence = Literal["full", "partial", "none"]


@dataclass
class Step:
    name: str
    args: dict[str, Any] = field(default_factory=dict)

    def as_call(self) -> dict[str, Any]:
        return {"name": self.name, "args": self.args}


@dataclass
class PlannerMemory:
    """The conversation so far, as far as planning needs it (see tests/planner_corpus/README.md)."""

    session: str | None = None
    previous_session: str | None = None
    last_items: list[int] = field(default_factory=list)
    # True when "them" are numbers the person named ("like 2 and 4"), not a batch or a list just shown:
    # "the 2nd one" then may mean #2 or #4, so it is asked.
    items_were_named: bool = False
    last_generate: dict[str, Any] | None = None
    # The remix just made, when it was the last thing made here: what "2 more of the same" repeats.
    last_remix: dict[str, Any] | None = None
    # The last change made to named items ("like 2"), so "and 6 too" can do the same to 6.
    last_action: Step | None = None
    # Right after a numbered list of results (a search): what "1", "2" … name, by generation number.
    last_results: list[int | None] | None = None
    # The session the last change archived: what "bring it back" means next.
    archived_session: str | None = None
    # The assets the last change saved to the library: what "tag them pink" means next.
    last_saved: list[str] = field(default_factory=list)
    # The post this conversation made last: what "make it instagram" or "change the caption" changes.
    last_post: str | None = None
    # The rename just made, as the step that would make it again ("sorry, make that Cover Art v2").
    last_rename: Step | None = None
    # The session the last step named without moving into it: what "switch to it" means next.
    named_session: str | None = None
    # The message before this one did nothing (not understood, refused, a remark): "the same for X" has
    # nothing of its own to repeat.
    last_did_nothing: bool = False

    @classmethod
    def from_dict(cls, data: dict | None) -> PlannerMemory:
        data = data or {}
        action = data.get("last_action")
        return cls(session=data.get("session"), previous_session=data.get("previous_session"),
                   last_items=list(data.get("last_items") or []), items_were_named=bool(data.get("items_were_named")),
                   last_generate=dict(data["last_generate"]) if data.get("last_generate") else None,
                   last_remix=dict(data["last_remix"]) if data.get("last_remix") else None,
                   last_action=Step(action["name"], dict(action.get("args") or {})) if action else None,
                   last_results=list(data["last_results"]) if data.get("last_results") is not None else None,
                   archived_session=data.get("archived_session"), last_saved=list(data.get("last_saved") or []),
                   last_post=data.get("last_post"),
                   last_rename=Step(data["last_rename"]["name"], dict(data["last_rename"].get("args") or {}))
                   if data.get("last_rename") else None,
                   named_session=data.get("named_session"), last_did_nothing=bool(data.get("last_did_nothing")))


@dataclass
class Plan:
    steps: list[Step] = field(default_factory=list)
    reply: str | None = None
    confidence: Confidence = "full"
    # The grammar covered none of the message: the agent may look for the nearest meaning (agent/nearest.py).
    unread: bool = False

    @property
    def confident(self) -> bool:
        """True when the graph may trust the plan without asking a language model."""
        return self.confidence == "full"

    def as_calls(self) -> list[dict[str, Any]]:
        return [step.as_call() for step in self.steps]


class Reply(Exception):
    """A clause was understood but cannot become a tool call; say this instead.

    ``refused`` marks a request that cannot be done as asked (a count or seed out of range): the
    turn then counts as failed, so a script stops on it rather than going on as if it ran."""

    def __init__(self, text: str, *, refused: bool = False):
        super().__init__(text)
        self.text = text
        self.refused = refused


# The placeholder for what a step that lists or finds items reported ("find X and like them").
FOUND = "$found"


@dataclass
class PlanState:
    """What earlier clauses of the same message left behind for later ones."""

    memory: PlannerMemory
    # "Them": concrete numbers from memory, or the placeholder for a producer step's result.
    pool: list[int] | str | None = None
    # Items named earlier in this message ("like 2 … then download it"): numbers, or the
    # placeholder of a step that picked from a producer's result ("like the first two and save them").
    mentioned: list[int] | str = field(default_factory=list)
    last_generate: dict[str, Any] | None = None
    fuzzy_fixes: int = 0
    # The step planned just before ("save 2 to the library, then tag it with blue" adds to that save).
    last_step: Step | None = None
    # The last change to named items, this message's or the conversation's ("and 6 too").
    last_action: Step | None = None
    # Numbers said to be kept ("keep 3"): archiving or deleting them too is a contradiction.
    kept: list[int] = field(default_factory=list)
    # "Them" after a step that named a kind, not numbers ("save the liked ones to A, then download them").
    mentioned_kind: dict[str, Any] | None = None
    # A session a step of this message named without moving into it ("rename Q3 Ads to Q3 Advertising and
    # then archive it"): what "it" and "that session" mean next.
    named_session: str | None = None
    # A step of this message moved to another session: the conversation's earlier images are not "the rest" there.
    moved: bool = False

    @classmethod
    def start(cls, memory: PlannerMemory) -> PlanState:
        return cls(memory=memory, pool=list(memory.last_items) or None,
                   last_generate=dict(memory.last_generate) if memory.last_generate else None,
                   last_action=memory.last_action)

    def copy(self) -> PlanState:
        return PlanState(self.memory, self.pool if isinstance(self.pool, str) or self.pool is None
                         else list(self.pool),
                         self.mentioned if isinstance(self.mentioned, str) else list(self.mentioned),
                         dict(self.last_generate) if self.last_generate else None, self.fuzzy_fixes,
                         Step(self.last_step.name, dict(self.last_step.args)) if self.last_step else None,
                         self.last_action, list(self.kept),
                         dict(self.mentioned_kind) if self.mentioned_kind else None, self.named_session, self.moved)

    def after(self, step: Step) -> None:
        """Update "them" and "the last request" after planning ``step``."""
        self.last_step = step
        facts = get_registry().facts(step.name)
        if facts.moves_session:
            self.named_session = None
            # "go to q3 ads n like all of em": images named before were another session's, never "them" here
            self.pool, self.mentioned, self.mentioned_kind, self.moved = None, [], None, True
        elif step.name == "rename_session" and isinstance(step.args.get("new_name"), str):
            # (renaming the current session names no other one: "it" stays the current session)
            self.named_session = step.args["new_name"] if step.args.get("session") else None
        elif step.name in NAMES_A_SESSION and isinstance(step.args.get("session"), str):
            self.named_session = step.args["session"]
        elif step.args.get("items") or step.args.get("item") is not None:
            self.named_session = None  # "unarchive Old, then like 3 and rename it": "it" may be #3 now (asked)
        if facts.changes_data:  # "and 6 too" continues only the change just made
            self.last_action = step if continuable(step.name) else None
        if facts.repeatable:
            self.last_generate = {k: v for k, v in step.args.items() if k not in ("session", "seed", "expect_subject")}
        elif step.name == "open_session":  # "go to spring promo and do 3 more": that session's last request
            self.last_generate = dict(REPEAT_LAST)
        if facts.produces_items:
            # The producer's items become the pool later steps of the message refer to.
            # "Them" is now what this step makes — never its source ("remix 4 twice and like them"
            # likes the two new images, not #4), so the producer's own `item` is not "mentioned".
            self.pool, self.mentioned, self.mentioned_kind = "$items", [], None
            return
        items = step.args.get("items")
        if isinstance(items, list) and items and all(isinstance(i, int) for i in items):
            self.mentioned, self.mentioned_kind = list(items), None
        elif items is None and step.args.get("which") and step.name not in ("like", "unlike", "select", "deselect"):
            # (a like or unlike changes which images are of that kind: "them" after it is asked)
            self.mentioned_kind = {k: v for k, v in step.args.items() if k in ("which", "exclude", "all_sessions", "session")}
        elif isinstance(items, str):
            self.mentioned = items
        elif facts.reports_items and step.args.get("item") is None:
            # "find the forest ones and like them": what it finds is known only when it runs, so "them"
            # is its result ($found, bound when it has run) — never the numbers of an earlier turn.
            self.pool, self.mentioned = FOUND, []
        item = step.args.get("item")
        if isinstance(item, int):
            self.mentioned = [item]


# Tools that name a session without moving into it: "it" afterwards is that session.
NAMES_A_SESSION = ("unarchive_session", "archive_session", "rename_session", "session_details", "link_session",
                   "count_generations")


# The last request after opening a session is that session's own, which only the tool knows.
REPEAT_LAST = {"repeat_last": True}


def continuable(tool: str) -> bool:
    """A change to numbered items that "and 6 too" can repeat on other items (like, archive, save …)."""
    registry = get_registry()
    facts = registry.facts(tool)
    return facts.changes_data and not facts.produces_items and "items" in registry[tool].args_model.model_fields
