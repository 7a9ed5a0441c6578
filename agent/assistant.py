"""The one door every front end uses: ``Assistant.send(thread, text)`` yields typed events.

    assistant = Assistant()
    for event in assistant.send("t1", "start a session for summer launch and generate 4"):
        ...
    assistant.pending_confirmation("t1")   # "Delete session 'x' …?" or None
    for event in assistant.resume("t1", "yes"):
        ...
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph.errors import GraphRecursionError
from langgraph.types import Command

from agent.answers import classify_answer
from agent.curator import curator_writer
from agent.events import (
    ConfirmationRequested,
    Event,
    Progress,
    Reply,
    ToolFinished,
    ToolStarted,
)
from agent.graph import (
    AgentRuntime,
    all_calls,
    build_graph,
    dangling_calls,
    open_checkpointer,
)
from agent.models import OFFLINE, build_model, is_offline
from tools.context import Context
from tools.registry import get_registry

# Each step's writes reach the checkpoint before the next step starts: a tool that finished is
# never lost (or run again) when the process stops right after it.
DURABILITY = "sync"
MAX_MESSAGE_CHARS = 4000
RECURSION_LIMIT = 80
EMPTY_REPLY = ("What would you like to do? For example: \"start a session called Summer Launch\", "
               "\"generate 4 images of a beach at dawn\", \"like 2 and 3\" or \"list my sessions\".")
NOTHING_PENDING = "There is nothing waiting for confirmation."


def _clean(text: str) -> str:
    """Drop control characters (keeping newlines and tabs); keep every script and emoji."""
    return "".join(ch for ch in str(text or "")
                   if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs"))


class Assistant:
    """A conversation engine over one home: one Context and one checkpointer, many threads."""

    def __init__(self, home: Path | str | None = None, model: Any = None):
        self.ctx = Context.open(home)
        self.home = Path(self.ctx.settings.home)
        try:
            self.model = (build_model(model, settings=self.ctx.settings) if model is None or isinstance(model, str)
                          else model)
        except BaseException:
            self.ctx.close()
            raise
        self.offline = is_offline(self.model)
        if not self.offline:  # with a language model, the curator persona writes reflections
            self.ctx.writer = curator_writer(self.model)
        self.runtime = AgentRuntime(ctx=self.ctx, model=self.model, registry=get_registry(),
                                    planner_factory=self._planner_factory())
        self.checkpointer = open_checkpointer(self.home)
        self.graph = build_graph(self.runtime).compile(checkpointer=self.checkpointer)
        self._turn = threading.Lock()
        self._active = False  # a turn is under way (or about to start): Ctrl+C cancels it

    # -- front-end API ----------------------------------------------------------------------------

    @property
    def default_route(self) -> str:
        return "planner" if self.offline else "llm"

    def send(self, thread_id: str, text: str) -> Iterator[Event]:
        """One user message; if a confirmation is pending, the message is its answer."""
        text = _clean(text).strip()
        pending = self.pending_confirmation(thread_id)
        if not text:
            yield ConfirmationRequested(pending) if pending else Reply(EMPTY_REPLY, self.default_route)
            return
        if len(text) > MAX_MESSAGE_CHARS:
            yield Reply(f"That message is {len(text):,} characters long; I read at most "
                        f"{MAX_MESSAGE_CHARS:,} at a time. Please send a shorter request "
                        "(nothing was done).", self.default_route, error=True)
            return
        if pending:
            yield from self._run(thread_id, Command(resume={"answer": text, "question": pending}))
            return
        if classify_answer(text) is not None and not self._open_question(thread_id):
            yield Reply(NOTHING_PENDING, self.default_route)
            return
        self._close_cut_off_run(thread_id)
        messages = dangling_calls(self._messages(thread_id)) + [HumanMessage(content=text)]
        yield from self._run(thread_id, {"messages": messages, "route": self._route(thread_id, text),
                                         "model_error": None, "declined": None})

    def resume(self, thread_id: str, answer: str) -> Iterator[Event]:
        """Answer the pending confirmation: yes runs the step, no changes nothing, else it asks again."""
        pending = self.pending_confirmation(thread_id)
        if not pending:
            yield Reply(NOTHING_PENDING, self.default_route)
            return
        # The question goes with the answer: a yes counts only for the question the person saw.
        answer = _clean(answer).strip()[:MAX_MESSAGE_CHARS]
        yield from self._run(thread_id, Command(resume={"answer": answer, "question": pending}))

    def pending_confirmation(self, thread_id: str) -> str | None:
        """The question the thread is waiting on, or None."""
        for value in self._interrupts(thread_id):
            if isinstance(value, dict) and value.get("question"):
                return value["question"]
        return None

    def current_session_id(self, thread_id: str) -> str | None:
        return self._state(thread_id).values.get("current_session_id")

    def history(self, thread_id: str) -> list[tuple[str, str]]:
        """(role, text) for what the person said and the assistant replied, in order."""
        lines = []
        for message in self._messages(thread_id):
            if isinstance(message, HumanMessage):
                lines.append(("user", str(message.content)))
            elif isinstance(message, AIMessage) and not message.tool_calls and message.content:
                lines.append(("assistant", str(message.content)))
        return lines

    def begin_turn(self) -> None:
        """Open a turn before the thread that runs it starts: a ``cancel()`` from now until
        ``end_turn()`` stops it, even one that comes before its first step, and it holds for every
        ``send``/``resume`` in between (a script's automatic "yes" included)."""
        self.runtime.cancelled.clear()
        self.ctx.cancel.clear()
        self._active = True

    @property
    def cancel_requested(self) -> bool:
        return self.runtime.cancelled.is_set()

    def end_turn(self) -> None:
        self._active = False
        self.runtime.cancelled.clear()
        self.ctx.cancel.clear()

    def cancel(self) -> None:
        """Stop the running turn between steps (a generation stops between images).

        Outside a turn it does nothing, so a stray cancel never stops the next one."""
        if self._active:
            self.runtime.cancelled.set()
            self.ctx.cancel.set()

    def close(self) -> None:
        try:
            self.checkpointer.conn.close()
        finally:
            self.ctx.close()

    def __enter__(self) -> Assistant:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- internals --------------------------------------------------------------------------------

    def _planner_factory(self):
        if self.offline:
            return lambda: self.model
        try:
            from agent.planner import OfflinePlanner
        except ImportError:
            return None
        return OfflinePlanner

    def _route(self, thread_id: str, text: str) -> str:
        """Offline: the planner. With an LLM: the planner still answers what it fully understands."""
        if self.offline:
            return "planner"
        if self.runtime.planner_factory is None or not self.ctx.settings.planner_shortcut:
            return "llm"
        try:
            from agent.planner import memory_from_messages, plan_utterance

            plan = plan_utterance(text, memory_from_messages(self._messages(thread_id)))
        except Exception:
            self.runtime.log_exception("plan_utterance for routing")
            return "llm"
        # A plan with no steps is the planner's "I don't know" (or small talk): the LLM does better.
        return "planner" if getattr(plan, "confident", False) and plan.steps else "llm"

    def _config(self, thread_id: str) -> dict:
        return {"configurable": {"thread_id": str(thread_id)}, "recursion_limit": RECURSION_LIMIT}

    def _state(self, thread_id: str):
        return self.graph.get_state(self._config(thread_id))

    def _messages(self, thread_id: str) -> list:
        return list(self._state(thread_id).values.get("messages", []))

    def _interrupts(self, thread_id: str) -> list:
        snapshot = self._state(thread_id)
        values = [i.value for task in snapshot.tasks for i in (task.interrupts or ())]
        return values

    def _open_question(self, thread_id: str) -> bool:
        """Did the LLM end its last reply with a question (so "yes" is an answer to it)?"""
        if self.offline:
            return False
        for message in reversed(self._messages(thread_id)):
            if isinstance(message, AIMessage):
                return not message.tool_calls and str(message.content).rstrip().endswith("?")
            if isinstance(message, HumanMessage):
                return False
        return False

    def _close_cut_off_run(self, thread_id: str) -> None:
        """Finish a run the process stopped in the middle of, before a new message starts one.

        LangGraph keeps what such a run finished only as pending writes; a fresh run would drop
        them, leaving a tool call with no result. Resuming it applies those writes (without
        running anything again) and answers every call left with "may not have finished".
        """
        snapshot = self._state(thread_id)
        if not snapshot.tasks or any(task.interrupts for task in snapshot.tasks):
            return
        with self._turn:
            snapshot = self._state(thread_id)  # again: another turn may have ended it meanwhile
            if not snapshot.tasks or any(task.interrupts for task in snapshot.tasks):
                return
            self.runtime.closing = True
            try:
                for _ in self.graph.stream(None, self._config(thread_id), stream_mode="updates",
                                           durability=DURABILITY):
                    pass
            except Exception:
                self.runtime.log_exception("closing a run that was cut off")
            finally:
                self.runtime.closing = False

    def _run(self, thread_id: str, graph_input: Any) -> Iterator[Event]:
        with self._turn:
            # Without begin_turn() (a caller iterating send() directly) this run is the whole turn.
            owns_turn = not self._active
            if owns_turn:
                self.begin_turn()
            route = graph_input.get("route") if isinstance(graph_input, dict) else None
            route = route or self._state(thread_id).values.get("route") or self.default_route
            replied = False
            try:
                for mode, chunk in self.graph.stream(graph_input, self._config(thread_id),
                                                     stream_mode=["updates", "custom"], durability=DURABILITY):
                    if mode == "custom":
                        if isinstance(chunk, dict) and "progress" in chunk:
                            yield Progress(*chunk["progress"])
                        continue
                    for node, update in chunk.items():
                        for event in self._events(node, update, route):
                            replied = replied or isinstance(event, (Reply, ConfirmationRequested))
                            yield event
            except GraphRecursionError:
                yield Reply("I stopped: that took too many steps. Try asking for one thing at a time.", route,
                            error=True)
                replied = True
            except Exception:
                self.runtime.log_exception("graph run")
                yield Reply("Something went wrong; nothing more was done. Details are in "
                            f"{self.runtime.log_path}.", route, error=True)
                replied = True
            finally:
                if owns_turn:  # the cancel belonged to this turn; the next one starts clean
                    self.end_turn()
            if not replied:
                yield Reply("Done.", route)

    def _events(self, node: str, update: Any, route: str) -> Iterator[Event]:
        if node == "__interrupt__":
            for item in update:
                value = item.value if hasattr(item, "value") else item
                if isinstance(value, dict):
                    yield ConfirmationRequested(value.get("question", "Go ahead?"), value.get("tool", ""))
            return
        if not isinstance(update, dict):
            return
        if update.get("model_error"):
            yield Reply(update["model_error"], "llm" if route == "llm" else "planner", error=True)
        for message in update.get("messages", []) or []:
            if isinstance(message, AIMessage):
                calls = all_calls(message)
                for call in calls:
                    yield ToolStarted(call["name"], dict(call.get("args") or {}))
                if not calls:
                    not_understood = bool((message.response_metadata or {}).get("not_understood"))
                    yield Reply(_text(message.content), route, error=not_understood)
            elif isinstance(message, ToolMessage):
                yield _finished(message)


def _text(content: Any) -> str:
    if isinstance(content, list):  # content blocks
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content)


def _finished(message: ToolMessage) -> ToolFinished:
    import json

    try:
        content = json.loads(message.content)
    except (TypeError, ValueError):
        content = {"message": str(message.content)}
    if "error" in content:
        return ToolFinished(message.name or "", str(content["error"]), True, content.get("data") or {})
    return ToolFinished(message.name or "", str(content.get("message", "")), False,
                        content.get("data") or {})


__all__ = ["Assistant", "MAX_MESSAGE_CHARS", "OFFLINE"]
