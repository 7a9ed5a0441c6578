"""The one door every front end uses: ``Assistant.send(thread, text)`` yields typed events.

    assistant = Assistant()
    for event in assistant.send("t1", "start a session for summer launch and generate 4"):
        ...
    assistant.pending_confirmation("t1")   # "Delete session 'x' …?" or None
    for event in assistant.resume("t1", "yes"):
        ...
    assistant.cancel("t1")                 # stops t1's turn between steps; other threads go on
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import replace
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage, ToolMessage
from langgraph.errors import GraphRecursionError
from langgraph.types import Command

from agent.answers import is_answer
from agent.curator import curator_writer
from agent.events import (
    ConfirmationRequested,
    Event,
    Progress,
    Reply,
    ReplyChunk,
    ToolFinished,
    ToolStarted,
)
from agent.graph import (
    AgentRuntime,
    Lane,
    all_calls,
    build_graph,
    dangling_calls,
    open_checkpointer,
)
from agent.models import OFFLINE, build_model, is_offline
from tools import results
from tools.context import Context
from tools.errors import InvalidInput
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


MAX_THREAD_ID_CHARS = 200


class Assistant:
    """A conversation engine over one home, for many conversations at once.

    The store, models and checkpointer are shared; each conversation (``thread_id``) has its own
    ``Lane``: its turn lock (its turns run in order), its cancel, and its Context (workspace,
    user, current session). Two conversations never wait on each other's turn or cancel.
    """

    def __init__(self, home: Path | str | None = None, model: Any = None):
        # The shared Context: what every conversation's own Context is made from (store, settings).
        self.ctx = Context.open(home)
        self.home = Path(self.ctx.settings.home)
        try:
            self.model = (build_model(model, settings=self.ctx.settings) if model is None or isinstance(model, str)
                          else model)
            self.offline = is_offline(self.model)
            self.runtime = AgentRuntime(settings=self.ctx.settings, model=self.model, registry=get_registry(),
                                        planner_factory=self._planner_factory())
            self.checkpointer = open_checkpointer(self.ctx.settings)
        except BaseException:
            self.ctx.close()
            raise
        if not self.offline:  # with a language model, the curator persona writes reflections
            self.ctx.writer = curator_writer(self.model)
        self.graph = build_graph(self.runtime).compile(checkpointer=self.checkpointer)
        self._lanes: dict[str, Lane] = {}
        self._lanes_lock = threading.Lock()

    # -- front-end API ----------------------------------------------------------------------------

    @property
    def default_route(self) -> str:
        return "planner" if self.offline else "llm"

    def context(self, workspace_id: str | None = None, user_id: str | None = None) -> Context:
        """A Context for direct actions (a TUI or Slack button): the shared store, its own state."""
        return replace(self.ctx, workspace_id=workspace_id or self.ctx.workspace_id,
                       user_id=user_id or self.ctx.user_id, current_session_id=None, on_progress=None,
                       cancel=threading.Event())

    def send(self, thread_id: str, text: str, *, workspace_id: str | None = None,
             user_id: str | None = None) -> Iterator[Event]:
        """One user message; if a confirmation is pending, the message is its answer."""
        lane = self._lane(thread_id)
        text = _clean(text).strip()
        # One read of the conversation's checkpoint serves every check below.
        snapshot = self._state(thread_id)
        owner = snapshot.values.get("workspace_id")
        if workspace_id and owner and workspace_id != owner:  # it belongs to its first workspace, for good
            yield Reply("This conversation belongs to another workspace; nothing was done.",
                        self.default_route, error=True)
            return
        pending = _question(snapshot)
        if not text:
            yield ConfirmationRequested(pending) if pending else Reply(EMPTY_REPLY, self.default_route)
            return
        if len(text) > MAX_MESSAGE_CHARS:
            yield Reply(f"That message is {len(text):,} characters long; I read at most "
                        f"{MAX_MESSAGE_CHARS:,} at a time. Please send a shorter request "
                        "(nothing was done).", self.default_route, error=True)
            return
        if pending:
            yield from self._answer(lane, snapshot, text, user_id)
            return
        history = list(snapshot.values.get("messages", []))
        # A bare yes/no with nothing to answer; "no, put it back" goes on to be read as a request.
        if is_answer(text) and not self._open_question(history):
            yield Reply(NOTHING_PENDING, self.default_route)
            return
        if self._close_cut_off_run(lane, snapshot):
            history = self._messages(thread_id)
        yield from self._run(lane, {"messages": [HumanMessage(content=text)], "route": self._route(history, text),
                                    "model_error": None, "declined": None,
                                    "workspace_id": lane.ctx.workspace_id if workspace_id is None else workspace_id,
                                    "asked_by": user_id or self.ctx.user_id},
                             workspace_id=workspace_id, user_id=user_id)

    def resume(self, thread_id: str, answer: str, *, user_id: str | None = None) -> Iterator[Event]:
        """Answer the pending confirmation: yes runs the step, no changes nothing, else it asks again.

        Only the person whose message is waiting may answer it."""
        lane = self._lane(thread_id)
        yield from self._answer(lane, self._state(thread_id), answer, user_id)

    def _answer(self, lane: Lane, snapshot: Any, answer: str, user_id: str | None) -> Iterator[Event]:
        pending = _question(snapshot)
        if not pending:
            yield Reply(NOTHING_PENDING, self.default_route)
            return
        asked_by = snapshot.values.get("asked_by")
        if user_id and asked_by and user_id != asked_by:
            yield Reply("Only the person who asked can answer this question; nothing was changed.",
                        self.default_route, error=True)
            return
        # The question goes with the answer: a yes counts only for the question the person saw.
        answer = _clean(answer).strip()[:MAX_MESSAGE_CHARS]
        yield from self._run(lane, Command(resume={"answer": answer, "question": pending}), user_id=asked_by)

    def pending_confirmation(self, thread_id: str) -> str | None:
        """The question the thread is waiting on, or None."""
        return _question(self._state(thread_id))

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

    def begin_turn(self, thread_id: str) -> None:
        """Open a turn before the thread that runs it starts: a ``cancel(thread_id)`` from now until
        ``end_turn(thread_id)`` stops it, even one that comes before its first step, and it holds
        for every ``send``/``resume`` in between (a script's automatic "yes" included)."""
        lane = self._lane(thread_id)
        lane.cancelled.clear()
        lane.active = True

    def cancel_requested(self, thread_id: str) -> bool:
        return self._lane(thread_id).cancelled.is_set()

    def end_turn(self, thread_id: str) -> None:
        lane = self._lane(thread_id)
        lane.active = False
        lane.cancelled.clear()

    def cancel(self, thread_id: str) -> bool:
        """Stop this conversation's running turn between steps (a generation stops between images).

        Other conversations go on. Outside a turn it does nothing (and says so by returning False),
        so a stray cancel never stops the next one."""
        lane = self._lane(thread_id)
        if not lane.active:
            return False
        lane.cancelled.set()
        return True

    def busy(self, thread_id: str) -> bool:
        """Whether a turn of this conversation is under way."""
        return self._lane(thread_id).active

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

    def _lane(self, thread_id: str) -> Lane:
        if not isinstance(thread_id, str) or not thread_id.strip() or len(thread_id) > MAX_THREAD_ID_CHARS:
            raise InvalidInput(f"a conversation id is a non-empty text of at most {MAX_THREAD_ID_CHARS} "
                               "characters")
        with self._lanes_lock:
            lane = self._lanes.get(thread_id)
            if lane is None:
                lane = self._lanes[thread_id] = Lane(thread_id, replace(self.context(), conversation_id=thread_id))
            return lane

    def _planner_factory(self):
        if self.offline:
            return lambda: self.model
        try:
            from agent.planner import OfflinePlanner
        except ImportError:
            return None
        return OfflinePlanner

    def _route(self, history: list, text: str) -> str:
        """Offline: the planner. With an LLM: the planner still answers what it fully understands."""
        if self.offline:
            return "planner"
        if self.runtime.planner_factory is None or not self.ctx.settings.planner_shortcut:
            return "llm"
        try:
            from agent.planner import memory_from_messages, plan_utterance

            plan = plan_utterance(text, memory_from_messages(history))
        except Exception:
            self.runtime.log_exception("plan_utterance for routing")
            return "llm"
        # A plan with no steps is the planner's "I don't know" (or small talk): the LLM does better.
        return "planner" if getattr(plan, "confident", False) and plan.steps else "llm"

    def _config(self, lane: Lane | str) -> dict:
        thread_id = lane.thread_id if isinstance(lane, Lane) else lane
        configurable = {"thread_id": thread_id}
        if isinstance(lane, Lane):
            configurable["lane"] = lane  # not checkpointed: only plain values are copied into metadata
        return {"configurable": configurable, "recursion_limit": RECURSION_LIMIT}

    def _state(self, thread_id: str):
        return self.graph.get_state(self._config(thread_id))

    def _messages(self, thread_id: str) -> list:
        return list(self._state(thread_id).values.get("messages", []))

    def _open_question(self, history: list) -> bool:
        """Did the LLM end its last reply with a question (so "yes" is an answer to it)?"""
        if self.offline:
            return False
        for message in reversed(history):
            if isinstance(message, AIMessage):
                return not message.tool_calls and str(message.content).rstrip().endswith("?")
            if isinstance(message, HumanMessage):
                return False
        return False

    def _close_cut_off_run(self, lane: Lane, snapshot: Any) -> bool:
        """Finish a run the process stopped in the middle of, before a new message starts one.

        LangGraph keeps what such a run finished only as pending writes; a fresh run would drop
        them, leaving a tool call with no result. Resuming it applies those writes (without
        running anything again) and answers every call left with "may not have finished".
        Returns whether it did (the history then changed).
        """
        if not snapshot.tasks or any(task.interrupts for task in snapshot.tasks):
            return False
        with lane.lock:
            snapshot = self._state(lane.thread_id)  # again: another turn may have ended it meanwhile
            if not snapshot.tasks or any(task.interrupts for task in snapshot.tasks):
                return False
            lane.closing = True
            try:
                for _ in self.graph.stream(None, self._config(lane), stream_mode="updates",
                                           durability=DURABILITY):
                    pass
            except Exception:
                self.runtime.log_exception("closing a run that was cut off")
            finally:
                lane.closing = False
        return True

    def _run(self, lane: Lane, graph_input: Any, *, workspace_id: str | None = None,
             user_id: str | None = None) -> Iterator[Event]:
        with lane.lock:
            # Without begin_turn() (a caller iterating send() directly) this run is the whole turn.
            owns_turn = not lane.active
            if owns_turn:
                self.begin_turn(lane.thread_id)
            # Whose turn it is: every tool of this run works in that workspace, as that person.
            state = self._state(lane.thread_id).values
            if isinstance(graph_input, dict) and "messages" in graph_input:
                # Read under the lane's lock: a crashed run's unanswered calls get their results
                # first, so the history stays well-formed even when messages arrive together.
                graph_input = {**graph_input,
                               "messages": dangling_calls(state.get("messages", [])) + graph_input["messages"]}
            lane.ctx.workspace_id = workspace_id or state.get("workspace_id") or self.ctx.workspace_id
            lane.ctx.user_id = user_id or state.get("asked_by") or self.ctx.user_id
            lane.ctx.generator_override = self.ctx.generator_override  # set on the shared one by tests
            route = graph_input.get("route") if isinstance(graph_input, dict) else None
            route = route or state.get("route") or self.default_route
            replied = False
            try:
                for mode, chunk in self.graph.stream(graph_input, self._config(lane),
                                                     stream_mode=["updates", "custom", "messages"],
                                                     durability=DURABILITY):
                    if mode == "messages":  # the model's tokens as they arrive (a streaming model only)
                        message, meta = chunk
                        if isinstance(message, AIMessageChunk) and meta.get("langgraph_node") == "agent":
                            if piece := _text(message.content):
                                yield ReplyChunk(piece)
                        continue
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
                    self.end_turn(lane.thread_id)
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


def _question(snapshot: Any) -> str | None:
    """The question a checkpoint is waiting on (an interrupt's), or None."""
    for task in snapshot.tasks:
        for pending in task.interrupts or ():
            if isinstance(pending.value, dict) and pending.value.get("question"):
                return pending.value["question"]
    return None


def _finished(message: ToolMessage) -> ToolFinished:
    result = results.decode(message.content)
    return ToolFinished(message.name or "", result.text, result.failed, result.data)


__all__ = ["Assistant", "MAX_MESSAGE_CHARS", "OFFLINE"]
