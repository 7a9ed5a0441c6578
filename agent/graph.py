"""The conversation graph: agent node → tool node → agent, checkpointed in SQLite per thread.

The tool node runs one tool call per step, so an ``interrupt()`` for a confirmation only ever
re-runs the call it paused (earlier calls of the same model message are already checkpointed),
and it asks **before** the tool touches anything.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any, Literal

from langchain_core.messages import (
    AIMessage,
    AnyMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.runnables import RunnableConfig
from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.types import interrupt
from typing_extensions import TypedDict

from agent.answers import classify_answer
from agent.models import (
    already_ran_sentence,
    describe_model_error,
    prompt,
    system_prompt,
    tool_schemas,
)
from memory.home import HomeError, connect_database, open_private
from memory.settings import Settings
from tools import results
from tools.context import Context
from tools.errors import AtelierError

Route = Literal["planner", "llm"]
MAX_UNCLEAR_ANSWERS = 5
LLM_TOOL_RESULT_CHARS = 8000


class AgentState(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]
    current_session_id: str | None
    route: Route
    model_error: str | None
    # The tool the person just declined: the turn ends there, without asking the model again.
    declined: str | None
    # Whose conversation this is: set by its first message, checked by every later one.
    workspace_id: str
    # Who sent the message now being worked on: only they may answer its confirmation.
    asked_by: str


@dataclass
class Lane:
    """One conversation's own turn lock, cancel and context: conversations never share these.

    ``ctx`` is this conversation's Context (its workspace, user, current session, progress and
    cancel), sharing the store with every other lane. Only the turn holding ``lock`` touches it.
    """

    thread_id: str
    ctx: Context
    lock: threading.Lock = field(default_factory=threading.Lock)
    # A turn is under way (or about to start): a cancel now stops it.
    active: bool = False
    # Set while an earlier run that was cut off (the process stopped mid-turn) is being closed:
    # its remaining calls are answered without running, and the model is not asked again.
    closing: bool = False

    @property
    def cancelled(self) -> threading.Event:
        return self.ctx.cancel


def lane_of(config: RunnableConfig) -> Lane:
    return config["configurable"]["lane"]


@dataclass
class AgentRuntime:
    """What the nodes share across conversations: the models, the tools, where to log.

    Everything that belongs to one conversation comes with each run, as its ``Lane``."""

    settings: Settings
    model: Any
    registry: Any
    planner_factory: Callable[[], Any] | None = None
    _bound: dict = field(default_factory=dict)
    _planner: Any = None

    @property
    def log_path(self) -> Path:
        return self.settings.log_path

    def log_exception(self, where: str) -> None:
        """The traceback goes to a file under the home, never to the person."""
        try:
            with open_private(self.log_path) as log:  # 0600: tracebacks quote what people said
                log.write(f"--- {datetime.now(timezone.utc).isoformat()} {where}\n")
                log.write(traceback.format_exc())
        except (OSError, HomeError):
            pass

    def planner(self):
        if self._planner is None and self.planner_factory is not None:
            self._planner = self.planner_factory()
        return self._planner

    def model_for(self, route: Route):
        model = self.planner() if route == "planner" else self.model
        if model is None:
            model = self.model
        key = id(model)
        if key not in self._bound:
            self._bound[key] = (model, model.bind_tools(tool_schemas(self.registry)))
        return self._bound[key][1]

    # -- the agent node ---------------------------------------------------------------------------

    def agent(self, state: AgentState, config: RunnableConfig) -> dict:
        lane = lane_of(config)
        history = messages = state.get("messages", [])
        last = messages[-1] if messages else None
        said = _tool_text(last) if isinstance(last, ToolMessage) else ""
        if lane.cancelled.is_set() or lane.closing:
            # The last result already says it stopped ("Stopped after 3 of 12 …"): say it once.
            if said and not said.lower().startswith(("stopped", "cancelled")):
                said = "Stopped. " + said
            return {"messages": [AIMessage(content=said or "Stopped; nothing more was done.")]}
        if state.get("declined"):
            return {"messages": [AIMessage(content=_declined_text(state["declined"]))],
                    "declined": None}
        route = state.get("route") or "llm"
        if route == "llm":
            messages = [SystemMessage(content=system_prompt(self._session_label(lane, state)))] + _for_llm(messages)
        try:
            reply = self.model_for(route).invoke(messages)
        except Exception as error:  # the conversation is kept; the person gets a sentence
            self.log_exception(f"model call ({route})")
            ran = steps_already_run(history)
            if route == "llm":
                return {"model_error": describe_model_error(error, ran, self.settings.openai_base_url)}
            return {"model_error": "The offline planner failed on that message; details are in the log. "
                                   + (already_ran_sentence(ran) if ran else "Try saying it another way.")}
        if not isinstance(reply, AIMessage):
            reply = AIMessage(content=str(getattr(reply, "content", reply)))
        reply = _checkpointable(reply)
        # A planner reply that is its "I did not understand" is marked (a script fails on it).
        if (route == "planner" and not reply.tool_calls and not _tool_ran_this_turn(history)
                and not _understood(history)):
            reply.response_metadata = {**(reply.response_metadata or {}), "not_understood": True}
        return {"messages": [reply]}

    def _session_label(self, lane: Lane, state: AgentState) -> str | None:
        session_id = state.get("current_session_id")
        if not session_id:
            return None
        name = lane.ctx.store.scalar("SELECT name FROM sessions WHERE id = ? AND workspace_id = ?",
                                     [session_id, lane.ctx.workspace_id])
        return f"'{name}' (id {session_id})" if name else None

    # -- the tool node ----------------------------------------------------------------------------

    def tools(self, state: AgentState, config: RunnableConfig) -> dict:
        lane = lane_of(config)
        messages = state.get("messages", [])
        call = next_pending_call(messages)
        if call is None:  # pragma: no cover - the edge only routes here with a pending call
            return {}
        if lane.closing:  # an earlier run was cut off: nothing of it runs now
            return {"messages": [_unfinished(c) for c in pending_calls(messages)]}
        message, session_id, declined = self.run_call(lane, call, state.get("current_session_id"))
        update = {"messages": [message], "current_session_id": session_id}
        if declined:
            # A "no" ends the turn: later calls of the same model message do not run either.
            update["declined"] = call["name"]
            update["messages"] += [_not_run(c, "the person declined an earlier step")
                                   for c in pending_calls(messages)[1:]]
        return update

    def run_call(self, lane: Lane, call: dict, session_id: str | None) -> tuple[ToolMessage, str | None, bool]:
        name, call_id = call.get("name") or "", call.get("id") or ""

        def reply(content: str, error: bool = False) -> ToolMessage:
            return ToolMessage(content=content, name=name, tool_call_id=call_id,
                               status="error" if error else "success")

        def failed(error: str) -> tuple[ToolMessage, str | None, bool]:
            return reply(results.encode_error(error), True), session_id, False

        if call.get("invalid"):
            return failed(f"the arguments for {name or 'that tool'} were not valid JSON")
        if name not in self.registry:
            return failed(f"there is no tool called '{name}'")
        tool = self.registry[name]
        try:
            args = tool.parse_args(call.get("args") or {})
        except AtelierError as error:
            return failed(error.message)

        ctx = lane.ctx
        ctx.current_session_id = session_id
        if lane.cancelled.is_set():
            return reply(results.encode_not_run(f"Cancelled before {name} started; nothing changed.")), session_id, False
        try:
            question = tool.confirmation_question(ctx, args)
        except AtelierError as error:
            return failed(error.message)
        except Exception:
            self.log_exception(f"confirmation check of {name}")
            return failed(self._generic_error(name))
        if question and not self._confirmed(question, name, args):
            return reply(results.encode_not_run(_declined_text(name))), session_id, True

        writer = get_stream_writer()

        def on_progress(label: str, done: int, total: int) -> None:
            writer({"progress": [label, done, total]})

        # A cancel reaches the tool through ctx.cancel (this lane's own), which
        # Assistant.cancel(thread_id) sets: the generator checks it between images.
        ctx.current_session_id = session_id
        ctx.on_progress = on_progress
        try:
            message = reply(results.encode(tool.func(ctx, args)))
        except AtelierError as error:
            message = reply(results.encode_error(error.message), True)
        except Exception:
            self.log_exception(f"tool {name}")
            message = reply(results.encode_error(self._generic_error(name)), True)
        finally:
            ctx.on_progress = None
        return message, ctx.current_session_id, False

    def _confirmed(self, question: str, name: str, args) -> bool:
        """Ask (via ``interrupt``); a yes counts only for the question that was shown.

        The answer comes back as ``{"answer": ..., "question": <the question shown>}``. The question
        is computed afresh when the run resumes; if it changed meanwhile (another conversation made
        images, so the balance is different), the person is asked again with the new one.
        """
        asked = question
        for _ in range(MAX_UNCLEAR_ANSWERS):
            answer = interrupt({"question": asked, "tool": name,
                                "args": _msgpack_safe(args.model_dump(mode="json"))})
            shown = asked
            if isinstance(answer, dict):
                shown = answer.get("question") or asked
                answer = answer.get("answer")
            if shown != asked:
                asked = f"That has changed since I asked. {question}"
                continue
            verdict = classify_answer(answer)
            if verdict is not None:
                return verdict
            asked = f"Please answer yes or no. {question}"
        return False  # still unclear after several tries: do nothing

    def _generic_error(self, name: str) -> str:
        return (f"something went wrong inside {name}; nothing more was done "
                f"(details are in {self.log_path})")


def _tool_text(message: ToolMessage) -> str:
    return results.decode(message.content).text


# The checkpointer stores messages with msgpack, which cannot hold integers beyond 64 bits: a
# model asking for seed 18446744073709551616 would otherwise break the conversation for good.
_INT64 = range(-(2**63), 2**63)


def _msgpack_safe(value: Any) -> Any:
    """``value`` with every integer msgpack cannot store turned into its decimal text (the tool's
    own validation then refuses it with a sentence)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if value in _INT64 else str(value)
    if isinstance(value, dict):
        return {key: _msgpack_safe(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_msgpack_safe(item) for item in value]
    return value


def _checkpointable(reply: AIMessage) -> AIMessage:
    if not reply.tool_calls:
        return reply
    calls = [{**call, "args": _msgpack_safe(call.get("args") or {})} for call in reply.tool_calls]
    return reply.model_copy(update={"tool_calls": calls})


def _declined_text(name: str) -> str:
    return f"Cancelled: {name.replace('_', ' ')} did not run and nothing changed."


def _human_position(messages: list[AnyMessage]) -> int:
    return next((i for i in range(len(messages) - 1, -1, -1) if isinstance(messages[i], HumanMessage)), -1)


def _tool_ran_this_turn(messages: list[AnyMessage]) -> bool:
    return any(isinstance(m, ToolMessage) for m in messages[_human_position(messages) + 1:])


def steps_already_run(messages: list[AnyMessage]) -> list[str]:
    """The tools that did their work since the person's last message (errors and skips left out)."""
    ran = []
    for message in messages[_human_position(messages) + 1:]:
        if isinstance(message, ToolMessage) and message.status != "error":
            if not results.decode(message.content).cancelled:
                ran.append(message.name or "a step")
    return ran


def _understood(messages: list[AnyMessage]) -> bool:
    """Did the offline planner understand the last message (even if the answer is a reply)?"""
    position = _human_position(messages)
    if position < 0:
        return True
    try:
        from agent.planner import memory_from_messages, plan_utterance

        plan = plan_utterance(str(messages[position].content), memory_from_messages(messages[:position]))
    except Exception:
        return True
    return not (plan.reply is not None and plan.confidence == "none")


def _for_llm(messages: list[AnyMessage]) -> list[AnyMessage]:
    """The history as the LLM sees it: tool results marked as data, long ones cut short, and
    each call's result placed right after the message that made it (an API rejects anything
    else). A call with no saved result gets a "may not have finished" one; stray results go."""
    preamble = prompt("tool_result_preamble")
    results = {m.tool_call_id: m for m in messages if isinstance(m, ToolMessage)}
    shown = []
    for message in messages:
        if isinstance(message, ToolMessage):
            continue
        shown.append(message)
        if not isinstance(message, AIMessage):
            continue
        for call in all_calls(message):
            result = results.pop(call["id"], None) or _unfinished(call)
            text = str(result.content)
            if len(text) > LLM_TOOL_RESULT_CHARS:
                text = text[:LLM_TOOL_RESULT_CHARS] + " … (cut short)"
            shown.append(ToolMessage(content=f"{preamble}\n{text}", tool_call_id=call["id"],
                                     name=result.name or call["name"]))
    return shown


def all_calls(message: AIMessage) -> list[dict]:
    calls = [dict(c) for c in message.tool_calls]
    for bad in getattr(message, "invalid_tool_calls", None) or []:
        calls.append({"name": bad.get("name") or "", "args": {}, "id": bad.get("id") or "", "invalid": True})
    return calls


def pending_calls(messages: list[AnyMessage]) -> list[dict]:
    """The calls of the last model message that have no tool result yet, in order."""
    for position in range(len(messages) - 1, -1, -1):
        message = messages[position]
        if isinstance(message, AIMessage):
            answered = {m.tool_call_id for m in messages[position + 1:] if isinstance(m, ToolMessage)}
            return [call for call in all_calls(message) if call["id"] not in answered]
        if isinstance(message, HumanMessage):
            return []
    return []


def next_pending_call(messages: list[AnyMessage]) -> dict | None:
    """The first call of the last model message that has no tool result yet."""
    pending = pending_calls(messages)
    return pending[0] if pending else None


def _not_run(call: dict, why: str) -> ToolMessage:
    return ToolMessage(content=results.encode_not_run(f"not run: {why}", error=True), name=call["name"],
                       tool_call_id=call["id"], status="error")


def _unfinished(call: dict) -> ToolMessage:
    """The result of a call whose run was cut off: it may have started, so nothing is promised."""
    name = call.get("name") or "that step"
    return ToolMessage(content=results.encode_error(f"{name} may not have finished: the turn was cut off "
                                                    "before its result was saved"),
                       name=call.get("name") or "", tool_call_id=call.get("id") or "", status="error")


def dangling_calls(messages: list[AnyMessage]) -> list[ToolMessage]:
    """Results for calls a crashed run never answered, so the history stays well-formed."""
    fixes = []
    for position, message in enumerate(messages):
        if isinstance(message, AIMessage):
            answered = {m.tool_call_id for m in messages[position + 1:] if isinstance(m, ToolMessage)}
            fixes += [_unfinished(call) for call in all_calls(message) if call["id"] not in answered]
    return fixes


def _after_agent(state: AgentState) -> str:
    if state.get("model_error"):
        return END
    messages = state.get("messages", [])
    last = messages[-1] if messages else None
    if isinstance(last, AIMessage) and next_pending_call(messages) is not None:
        return "tools"
    return END


def _after_tools(state: AgentState) -> str:
    return "tools" if next_pending_call(state.get("messages", [])) is not None else "agent"


def build_graph(runtime: AgentRuntime) -> StateGraph:
    graph = StateGraph(AgentState)
    graph.add_node("agent", runtime.agent)
    graph.add_node("tools", runtime.tools)
    graph.add_edge(START, "agent")
    graph.add_conditional_edges("agent", _after_agent, ["tools", END])
    graph.add_conditional_edges("tools", _after_tools, ["tools", "agent"])
    return graph


def open_checkpointer(settings: Settings):
    """The SQLite checkpointer under the home (one file, shared by every thread)."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    # isolation_level "" (sqlite3's default), which SqliteSaver's commits expect.
    conn = connect_database(settings.checkpoints_path, fix=MOVE_CHECKPOINTS)
    conn.isolation_level = ""
    return SqliteSaver(conn)


MOVE_CHECKPOINTS = ("move it away to start afresh: it holds only the conversations' history, not your "
                    "sessions, images or credits")
