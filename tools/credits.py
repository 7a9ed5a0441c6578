"""The credit ledger: every spend is held before work starts and the unused part released."""

from __future__ import annotations

from pydantic import BaseModel, Field

from memory.clock import now_iso
from tools.context import Context
from tools.errors import InsufficientCredits, InvalidInput
from tools.registry import ToolResult

# Credits per image, by provider. Local backends cost the same as the procedural renderer so
# that budgets mean the same thing whichever generator is configured.
RATE_CARD: dict[str, int] = {"procedural": 1, "comfyui": 1, "a1111": 1, "openai": 8}
REFLECTION_COST = 25


def image_cost(provider: str, count: int) -> int:
    return RATE_CARD.get(provider, 1) * count


def balance(ctx: Context) -> int:
    return ctx.store.scalar("SELECT credit_balance FROM workspaces WHERE id = ?", [ctx.workspace_id])


def _record(ctx: Context, delta: int, kind: str, reason: str, ref: str | None) -> int:
    after = balance(ctx)
    ctx.store.insert(
        "credit_ledger",
        {"workspace_id": ctx.workspace_id, "delta": delta, "kind": kind, "reason": reason,
         "ref": ref, "balance_after": after, "created_at": now_iso()},
    )
    return after


def hold(ctx: Context, amount: int, reason: str, ref: str | None = None) -> int:
    """Take `amount` now, or refuse with nothing taken. Safe across processes.

    The conditional UPDATE runs inside BEGIN IMMEDIATE, so two processes cannot both pass the
    check; the CHECK constraint on the column is the last line of defence.
    """
    with ctx.store.transaction():
        cursor = ctx.store.execute(
            "UPDATE workspaces SET credit_balance = credit_balance - ? "
            "WHERE id = ? AND credit_balance >= ?",
            [amount, ctx.workspace_id, amount],
        )
        if cursor.rowcount != 1:
            raise InsufficientCredits(
                f"that needs {amount} credits and the balance is {balance(ctx)}: "
                "nothing was spent — ask for fewer, or add credits"
            )
        return _record(ctx, -amount, "hold", reason, ref)


def release(ctx: Context, amount: int, reason: str, ref: str | None = None) -> int:
    """Give back the unused part of a hold (failed or cancelled work)."""
    return _credit(ctx, amount, "release", reason, ref)


def _credit(ctx: Context, amount: int, kind: str, reason: str, ref: str | None = None) -> int:
    if amount <= 0:
        return balance(ctx)
    with ctx.store.transaction():
        ctx.store.execute(
            "UPDATE workspaces SET credit_balance = credit_balance + ? WHERE id = ?",
            [amount, ctx.workspace_id],
        )
        return _record(ctx, amount, kind, reason, ref)


def require(ctx: Context, amount: int) -> None:
    """Refuse early, before anything is created, when a spend cannot be covered."""
    available = balance(ctx)
    if amount > available:
        raise InsufficientCredits(
            f"that needs {amount} credits and the balance is {available}: "
            "nothing was spent — ask for fewer, or add credits"
        )


class NoArgs(BaseModel):
    pass


class HistoryArgs(BaseModel):
    limit: int = Field(20, ge=1, le=1000, description="How many recent entries")


class AddCreditsArgs(BaseModel):
    amount: int = Field(..., ge=1, le=1_000_000, description="Credits to add")
    reason: str = Field("top-up", description="Why")


def credit_balance(ctx: Context, args: NoArgs) -> ToolResult:
    """Show the credit balance."""
    amount = balance(ctx)
    return ToolResult(message=f"You have {amount} credits.", data={"balance": amount})


def credit_history(ctx: Context, args: HistoryArgs) -> ToolResult:
    """Show recent credit ledger entries (grants, holds, releases)."""
    rows = ctx.store.query(
        "SELECT delta, kind, reason, ref, balance_after, created_at FROM credit_ledger "
        "WHERE workspace_id = ? ORDER BY id DESC LIMIT ?",
        [ctx.workspace_id, args.limit],
    )
    lines = [f"{r['created_at'][:19]}  {r['delta']:+d}  {r['reason']}  → {r['balance_after']}" for r in rows]
    return ToolResult(message="\n".join(lines) or "No credit activity yet.", data={"entries": rows})


def confirm_add_credits(ctx: Context, args: AddCreditsArgs) -> str:
    # Asked every time, so that no text an LLM reads can quietly top up the balance.
    return f"Add {args.amount} credits to the balance ({balance(ctx)} now)?"


def add_credits(ctx: Context, args: AddCreditsArgs) -> ToolResult:
    """Add credits to the balance (a top-up)."""
    reason = args.reason.strip() or "top-up"
    if len(reason) > 200:
        raise InvalidInput("the reason is longer than 200 characters")
    after = _credit(ctx, args.amount, "grant", reason)
    return ToolResult(message=f"Added {args.amount} credits; balance {after}.", data={"balance": after})


def register_tools(register):
    register(credit_balance, changes_data=False)
    register(credit_history, changes_data=False)
    register(add_credits, confirm=confirm_add_credits)
