"""The offline planner: a deterministic LangChain chat model that turns messages into tool calls.

``plan_utterance`` is the pure parser (one message → a ``Plan``); ``OfflinePlanner`` runs it inside
the agent graph, one tool call per turn, reading earlier results from the ToolMessages.
"""

from agent.planner.model import OfflinePlanner, memory_from_messages
from agent.planner.plan import Plan, PlannerMemory, Step
from agent.planner.planner import parse_confidence, plan_utterance

__all__ = ["OfflinePlanner", "Plan", "PlannerMemory", "Step", "memory_from_messages",
           "parse_confidence", "plan_utterance"]
