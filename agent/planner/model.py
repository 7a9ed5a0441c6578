"""OfflinePlanner: the planner as a LangChain chat model, so the agent graph runs without an LLM.

Each call plans the last HumanMessage again (deterministic, so the plan is the same every time),
counts the tool calls it already made after that message, and emits the next one — with
placeholders ("$items[:2]") and the current session filled in from the ToolMessages so far. When
every step is done, or one failed, it answers with the results in plain words.

Only HumanMessages are ever parsed. ToolMessages are read for ids and numbers in their ``data``
(session_id, indexes) and for their ``message`` to repeat back; their text never becomes a step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from agent.planner import replies
from agent.planner.catalog import takes_session
from agent.planner.plan import FOUND, NAMES_A_SESSION, REPEAT_LAST, Plan, PlannerMemory, Step, continuable
from agent.planner.planner import plan_utterance
from agent.planner.remarks import items_remarked_on
from tools import results
from tools.registry import get_registry

_PLACEHOLDER = re.compile(r"^\$items(?:\[(-?\d*)(:?)(-?\d*)\])?(?:-\[([\d,\s]*)\])?$")


@dataclass
class ToolOutcome:
    name: str
    args: dict
    message: str = ""
    data: dict = field(default_factory=dict)
    error: str | None = None


def _outcomes(messages: list[BaseMessage]) -> list[ToolOutcome]:
    """Tool results in order, each paired with the call that asked for it."""
    calls: dict[str, tuple[str, dict]] = {}
    outcomes = []
    for message in messages:
        if isinstance(message, AIMessage):
            for call in message.tool_calls or []:
                calls[call.get("id") or ""] = (call["name"], dict(call.get("args") or {}))
        elif isinstance(message, ToolMessage):
            name, args = calls.get(message.tool_call_id, (message.name or "", {}))
            outcomes.append(_read_result(name, args, message))
    return outcomes


def _read_result(name: str, args: dict, message: ToolMessage) -> ToolOutcome:
    result = results.decode(message.content, status=getattr(message, "status", None))
    if result.failed:
        return ToolOutcome(name, args, error=result.error or "it failed")
    return ToolOutcome(name, args, message=result.message, data=result.data)


def _apply(memory: PlannerMemory, outcome: ToolOutcome) -> None:
    """Update what "this session", "them" and "again" mean after one successful tool result."""
    if outcome.error:
        return
    facts = get_registry().facts(outcome.name)
    session_id = outcome.data.get("session_id")
    if facts.moves_session and isinstance(session_id, str):
        if session_id != memory.session:
            if memory.session:
                memory.previous_session = memory.session
            memory.session = session_id
            memory.last_items, memory.last_generate, memory.last_remix, memory.last_action = [], None, None, None
            if outcome.name == "open_session":  # "switch to waves", then "one more": that session's last request
                last = outcome.data.get("last_request")
                memory.last_generate = dict(REPEAT_LAST) if not isinstance(last, dict) or not last.get("prompt") else \
                    {k: v for k, v in last.items() if v}
    if outcome.name == "undo" and outcome.data.get("left_session") == memory.session:
        # "new session Test B", then "undo": Test B is gone, and the conversation is where the tool put it
        memory.session, memory.last_items, memory.last_generate, memory.last_remix, memory.last_action = session_id, [], None, None, None
    named = outcome.data.get("session_id") or outcome.args.get("session")
    # "unarchive Mug Designs", then "and switch to it": only right after, never a session named long ago
    memory.named_session = named if outcome.name in NAMES_A_SESSION and isinstance(named, str) \
        and named != memory.session else None
    if outcome.name == "delete_session" and session_id == memory.session:
        memory.session, memory.last_items, memory.last_generate, memory.last_remix, memory.last_action = None, [], None, None, None
    # Numbers mean the lines of a numbered list of results only in the message right after it.
    memory.last_results = outcome.data.get("numbered")
    indexes = outcome.data.get("indexes")
    named = outcome.args.get("items")
    if facts.reports_items and isinstance(indexes, list):
        # An empty report clears "them": after a search that found nothing here, "like them" asks.
        memory.last_items = [i for i in indexes if isinstance(i, int)]
        memory.items_were_named = facts.changes_data and not facts.produces_items and isinstance(named, list) and bool(named)
    elif facts.changes_data and isinstance(named, list) and named and all(type(i) is int for i in named):
        # "save 4 and 5 to Grid", then "post those": them is what the last change named
        memory.last_items, memory.items_were_named = list(named), True
    elif outcome.name in ("generation_details", "lineage") and type(outcome.args.get("item")) is int:
        # "show me number 4", then "I like that one": the image just looked at
        memory.last_items, memory.items_were_named = [outcome.args["item"]], True
    if not facts.changes_data:
        # "is number 6 saved?", then "and number 7?"; a price, then "and at 1024x1024?": the same question
        # again — never the change made before it
        memory.last_action = Step(outcome.name, dict(outcome.args)) \
            if outcome.name in ("generation_details", "price_images") else None
    if facts.changes_data:  # "and 6 too" continues only the change just made
        memory.last_action = Step(outcome.name, _as_named(outcome)) if continuable(outcome.name) else None
        archived = outcome.data.get("session_id") or outcome.args.get("session")
        memory.archived_session = archived if outcome.name == "archive_session" and isinstance(archived, str) else None
        memory.last_rename = None
        if outcome.name in ("rename_session", "create_session") and isinstance(outcome.data.get("session_id"), str):
            # "start a session called Moonrise", then "no, call it Moonset": the session just named
            memory.last_rename = Step("rename_session", {"session": outcome.data["session_id"]})
        elif outcome.name == "rename_folder" and isinstance(outcome.data.get("folder_id"), str):
            memory.last_rename = Step("rename_folder", {"folder": outcome.args.get("new_name")})
        if outcome.name == "create_post" and isinstance(outcome.data.get("post_id"), str):
            memory.last_post = outcome.data["post_id"]
        saved = outcome.data.get("asset_ids") if outcome.name == "save_to_library" else \
            outcome.data.get("new_asset_ids") if outcome.name == "import_folder" else \
            outcome.args.get("assets") if outcome.name in ("move_assets", "tag_assets") else None
        # "import …", then "tag them provenance-review": the assets that import made
        memory.last_saved = list(saved) if isinstance(saved, list) else []
    if facts.produces_items:
        memory.last_remix = None
    if facts.repeatable:
        memory.last_generate = {k: v for k, v in outcome.args.items() if k not in ("session", "seed", "expect_subject")}
    elif facts.produces_items:  # "again" after a remix must not re-run the generate before it: it remixes again
        memory.last_generate = None
        if outcome.name == "remix" and type(outcome.args.get("item")) is int:
            memory.last_remix = {k: v for k, v in outcome.args.items() if k not in ("session", "seed", "same_seed")}


def _as_named(outcome: ToolOutcome) -> dict:
    """The change's args with the images it reached as numbers: "like the first 3", then "nvm not 1"
    corrects #1 of those three."""
    args = dict(outcome.args)
    reached = outcome.data.get("indexes")
    if not isinstance(args.get("items"), list) and isinstance(reached, list) and reached \
            and all(type(i) is int for i in reached):
        args = {k: v for k, v in args.items() if k not in ("which", "only_first", "only_last", "exclude")}
        args["items"] = list(reached)
    return args


def memory_from_messages(messages: list[BaseMessage]) -> PlannerMemory:
    """The conversation memory that tool results so far imply."""
    memory = PlannerMemory()
    for outcome in _outcomes(messages):
        _apply(memory, outcome)
    human = _last_human(messages)
    if human is not None and not any(isinstance(m, ToolMessage) for m in messages[human:]):
        # The last message did nothing (a remark, a refusal, a question asked back): "and 4" next does not
        # reach past it to the change before.
        memory.last_action, memory.last_did_nothing = None, True
        # "ngl 4 is kinda fire" did nothing; "like it" next means #4, not what came before it
        remarked = items_remarked_on(_text(messages[human]))
        if remarked:
            memory.last_items, memory.items_were_named = remarked, True
    return memory


def resolve_placeholder(value: Any, produced: list[int] | None) -> Any:
    """'$items', '$items[:2]', '$items[0]', '$items-[1,3]' against the numbers a step produced."""
    if not isinstance(value, str) or not value.startswith("$items"):
        return value
    match = _PLACEHOLDER.match(value)
    if not match or produced is None:
        raise LookupError("the earlier step did not produce any images to refer to")
    start, colon, stop, excluded = match.groups()
    items = list(produced)
    if colon:
        items = items[int(start) if start else None:int(stop) if stop else None]
    elif start:
        position = int(start)
        if not -len(items) <= position < len(items):
            raise LookupError(f"only {len(items)} images were made")
        items = [items[position]]
    if excluded is not None:
        skip = {int(n) for n in excluded.split(",") if n.strip()}
        items = [i for i in items if i not in skip]
    if not items:
        raise LookupError("that leaves no images")
    return items


def _bind(step: Step, done: list[ToolOutcome], session: str | None) -> dict:
    """Concrete args for the next call: placeholders resolved, the current session named."""
    registry = get_registry()
    produced = next((o.data.get("indexes") for o in reversed(done)
                     if registry.facts(o.name).produces_items and not o.error), None)
    args = dict(step.args)
    for key in ("items", "item"):
        if key in args:
            value = args[key]
            if isinstance(value, str) and value.startswith(FOUND):
                found = next((o.data.get("indexes") for o in reversed(done) if not o.error
                              and registry.facts(o.name).reports_items and not registry.facts(o.name).produces_items),
                             None)
                if not found:
                    raise LookupError("nothing was found to act on")
                value = resolve_placeholder("$items" + value[len(FOUND):], found)
            else:
                value = resolve_placeholder(value, produced)
            if key == "item" and isinstance(value, list):
                value = value[0]
            args[key] = value
    if session and "session" not in args and takes_session(step.name) and not args.get("all_sessions"):
        args["session"] = session
    return args


def _last_human(messages: list[BaseMessage]) -> int | None:
    for position in range(len(messages) - 1, -1, -1):
        if isinstance(messages[position], HumanMessage):
            return position
    return None


def _text(message: BaseMessage) -> str:
    if isinstance(message.content, str):
        return message.content
    return " ".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in message.content)


def _undo_after_nothing(plan: Plan, before: list[BaseMessage]) -> bool:
    """"undo that" right after a message that changed nothing (not understood, refused, failed or only a
    question): "that" is not the change before it."""
    if [step.name for step in plan.steps] != ["undo"]:
        return False
    def changed(messages: list[BaseMessage]) -> bool:
        return any(not o.error and get_registry().facts(o.name).changes_data for o in _outcomes(messages))

    previous = _last_human(before)
    if previous is None or changed(before[previous:]) or not changed(before):
        return False  # (with no change at all yet, the undo tool says there is nothing to undo)
    return [s.name for s in plan_utterance(_text(before[previous]), PlannerMemory()).steps] != ["undo"]


# How the studio's own replies start when it could not read a message (never the user's words).
_REFUSED = re.compile(r"^(?:I did not understand|I don't know how|I can't yet act|I won't make an image of|Your message goes on|"
                      r"I would read the name as)")
# Images named in the message itself: "omg the 3rd one, like it" says what "it" is.
_NAMES_ITS_OWN = re.compile(r"\d|#|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b", re.IGNORECASE)
_POINTS_BACK = re.compile(r"\b(?:it|them|em|'em|those|these|they|both)\b", re.IGNORECASE)


def _points_past_refusal(plan: Plan, text: str, before: list[BaseMessage]) -> bool:
    """"Also archive it" right after a message I refused: "it" is what that message named, which I did not
    read — not the session or images before it. Asked rather than guessed."""
    previous = _last_human(before)
    if previous is None or any(isinstance(m, ToolMessage) for m in before[previous:]):
        return False
    reply = next((_text(m) for m in reversed(before[previous:]) if isinstance(m, AIMessage)), "")
    if not _REFUSED.search(reply.strip()) or not _POINTS_BACK.search(text) or _NAMES_ITS_OWN.search(text):
        return False
    registry = get_registry()
    for step in plan.steps:
        facts = registry.facts(step.name)
        if facts.produces_items or facts.moves_session or step.name == "create_session":
            return False  # "generate 4 of a fox and like them": "them" is found in this message
        if facts.changes_data:
            return True
    return False


def next_message(messages: list[BaseMessage]) -> AIMessage:
    """The planner's next move for this conversation: one tool call, or the final reply."""
    human = _last_human(messages)
    if human is None:
        return AIMessage(content="Say what you would like to do, or \"help\".")
    plan = plan_utterance(_text(messages[human]), memory_from_messages(messages[:human]))
    if plan.unread:
        from agent.nearest import not_understood_reply

        remarked = items_remarked_on(_text(messages[human]))
        if remarked:  # "5 is so cute omg": a remark about images, kept for "like it" next
            return AIMessage(content=replies.REMARKED.format(items=", ".join(f"#{n}" for n in remarked),
                                                                 them="it" if len(remarked) == 1 else "them"))
        return AIMessage(content=not_understood_reply(_text(messages[human]), plan.reply))
    if plan.reply is not None:
        return AIMessage(content=plan.reply)
    if _undo_after_nothing(plan, messages[:human]):
        return AIMessage(content=replies.UNDO_AFTER_NOTHING)
    if not any(isinstance(m, ToolMessage) for m in messages[human:]) and \
            _points_past_refusal(plan, _text(messages[human]), messages[:human]):
        return AIMessage(content=replies.POINTS_PAST_REFUSAL)
    after = messages[human + 1:]
    done = _outcomes(after)
    called = sum(len(m.tool_calls or []) for m in after if isinstance(m, AIMessage))
    reported = [o.message for o in done if o.message and not o.error]
    failed = next((o for o in done if o.error), None)
    if failed is not None:
        remaining = len(plan.steps) - called
        skipped = f" I stopped there and did not do the remaining {remaining} step(s)." if remaining > 0 else ""
        return AIMessage(content="\n".join(reported + [f"{failed.name} failed: {failed.error}.{skipped}"]))
    if called >= len(plan.steps):
        return AIMessage(content="\n".join(reported) or "Done.")
    step = plan.steps[called]
    try:
        args = _bind(step, done, memory_from_messages(messages).session)
    except LookupError as problem:
        return AIMessage(content="\n".join(reported + [f"I could not do '{step.name}': {problem}."]))
    call_id = f"call_{human}_{called}_{step.name}"
    return AIMessage(content="", tool_calls=[{"name": step.name, "args": args, "id": call_id}])


class OfflinePlanner(BaseChatModel):
    """A deterministic chat model that plans tool calls from what the user wrote."""

    @property
    def _llm_type(self) -> str:
        return "atelier-offline-planner"

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: Any = None, **kwargs: Any) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=next_message(list(messages)))])

    def bind_tools(self, tools: Any, **kwargs: Any) -> OfflinePlanner:
        """The planner knows the tools from the registry; the bound schemas are not needed."""
        return self
