"""The credit ledger. Every spend is a job: the estimated cost is held before work starts, what
was produced is captured, and the rest released — each step idempotent and inside BEGIN
IMMEDIATE, so the balance never goes negative, even with several processes at once.

A job records its owner (pid, the process's start time and boot, host). If the owner dies
(kill -9, a power cut), the next process that opens the home settles the job: what was already
made is kept and captured, the rest released (``tools.generations.settle_abandoned_jobs``).
"""

from __future__ import annotations

import json
import math
import os
import socket
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pydantic import BaseModel, Field

from memory.clock import new_id, now_iso
from tools.context import Context
from tools.errors import InsufficientCredits, InvalidInput
from tools.registry import NoArgs, ToolResult
from tools.workspaces import require_admin

REFLECTION_COST = 25
BASE_PIXELS = 512 * 512


# -- the rate card ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rate:
    """Credits for one image at ``pixels``; other sizes cost in proportion (rounded up)."""

    credits: int
    pixels: int = BASE_PIXELS
    # Multipliers by quality; ``default_quality`` applies when none is asked for.
    quality: dict[str, float] = field(default_factory=dict)
    default_quality: str | None = None

    def price(self, width: int, height: int, quality: str | None) -> int:
        name = (quality or self.default_quality or "").strip().lower()
        # An unknown quality is priced as the dearest one: a hold must never be too small.
        return self._priced(width, height, self.quality.get(name, self._dearest_factor))

    def dearest(self, width: int, height: int) -> int:
        return self._priced(width, height, self._dearest_factor)

    @property
    def _dearest_factor(self) -> float:
        return max(self.quality.values(), default=1.0)

    def _priced(self, width: int, height: int, factor: float) -> int:
        exact = self.credits * factor * max(1, width * height) / self.pixels
        # round() first so that float noise (4.0000001) does not round up to the next credit.
        return max(1, math.ceil(round(exact, 6)))


GPT_IMAGE_QUALITY = {"low": 0.25, "medium": 1.0, "auto": 1.0, "high": 4.0}

# One credit is about half a US cent of provider cost. The procedural renderer costs 1 credit at
# its default 512x512 (DESIGN); local servers cost the same, so budgets read the same whichever is
# configured. ``None`` as the model means "any model of this provider".
RATE_CARD: dict[tuple[str, str | None], Rate] = {
    ("procedural", None): Rate(1),
    ("a1111", None): Rate(1),
    ("comfyui", None): Rate(1),
    ("openai", "gpt-image-2"): Rate(8, 1024 * 1024, GPT_IMAGE_QUALITY, "medium"),
    ("openai", "gpt-image-1"): Rate(8, 1024 * 1024, GPT_IMAGE_QUALITY, "medium"),
    ("openai", "gpt-image-1-mini"): Rate(2, 1024 * 1024, GPT_IMAGE_QUALITY, "medium"),
    ("openai", "dall-e-3"): Rate(8, 1024 * 1024, {"standard": 1.0, "hd": 2.0}, "standard"),
    ("openai", "dall-e-2"): Rate(4, 1024 * 1024),
}


def image_rate(provider: str, model: str | None, width: int, height: int, quality: str | None = None) -> int:
    """Credits for one image. An unknown model is priced as its provider's dearest; an unknown
    provider as the dearest on the card — a hold is never smaller than the work it covers."""
    provider = (provider or "").strip().lower()
    for key in ((provider, model), (provider, None)):
        if key in RATE_CARD:
            return RATE_CARD[key].price(width, height, quality)
    same_provider = [rate for (name, _), rate in RATE_CARD.items() if name == provider]
    return max(rate.dearest(width, height) for rate in same_provider or RATE_CARD.values())


def balance(ctx: Context, workspace_id: str | None = None) -> int:
    return ctx.store.scalar("SELECT credit_balance FROM workspaces WHERE id = ?",
                            [workspace_id or ctx.workspace_id])


def require(ctx: Context, amount: int) -> None:
    """Refuse early, before anything is created, when a spend cannot be covered."""
    available = balance(ctx)
    if amount > available:
        raise InsufficientCredits(_short(amount, available))


def _short(amount: int, available: int) -> str:
    return (f"that needs {amount} credits and the balance is {available}: "
            "nothing was spent — ask for fewer, or add credits")


# -- who owns a job -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Owner:
    pid: int
    started: str  # boot id + start time: tells a reused pid (or a reboot) apart
    host: str


def _proc_stat(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (which may itself hold spaces)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rfind(")") + 2:].split()


@cache
def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def _started(pid: int) -> str:
    # Field 22 of stat (index 19 after the name): start time in clock ticks since boot. Linux
    # only; elsewhere the pid alone identifies the owner (a reused pid then looks alive).
    fields = _proc_stat(pid)
    return f"{_boot_id()}:{fields[19]}" if fields and len(fields) > 19 else ""


def current_owner() -> Owner:
    return Owner(os.getpid(), _started(os.getpid()), socket.gethostname())


def owner_alive(owner: Owner) -> bool:
    """False only when we can be sure: same host, and the pid is gone, a zombie, or reused."""
    if owner.host != socket.gethostname():
        return True  # another machine sharing the home: we cannot see its processes
    if owner.pid == os.getpid():
        return owner.started == _started(owner.pid)
    fields = _proc_stat(owner.pid)
    if fields is not None:
        return fields[0] not in ("Z", "X") and (not owner.started or owner.started == _started(owner.pid))
    if Path("/proc/self/stat").exists():
        return False  # /proc works and has no such pid
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# -- jobs: hold, capture, release -------------------------------------------------------------------


def _record(ctx: Context, delta: int, kind: str, reason: str, ref: str | None, *,
            workspace_id: str | None = None, job_id: str | None = None, amount: int | None = None) -> int:
    workspace_id = workspace_id or ctx.workspace_id
    after = balance(ctx, workspace_id)
    ctx.store.insert(
        "credit_ledger",
        {"workspace_id": workspace_id, "delta": delta, "kind": kind, "reason": reason,
         "ref": ref, "balance_after": after, "created_at": now_iso(), "job_id": job_id,
         "amount": abs(delta) if amount is None else amount},
    )
    return after


def hold(ctx: Context, amount: int, reason: str, *, kind: str = "spend", session_id: str | None = None,
         details: dict | None = None) -> str:
    """Open a job holding ``amount`` credits, or refuse with nothing taken; returns the job id.

    The conditional UPDATE runs inside BEGIN IMMEDIATE, so two processes cannot both pass the
    check; the CHECK constraint on the column is the last line of defence.
    """
    if amount < 0:
        raise InvalidInput(f"a hold cannot be negative (got {amount})")
    owner = current_owner()
    job_id = new_id("job")
    with ctx.store.transaction():
        cursor = ctx.store.execute(
            "UPDATE workspaces SET credit_balance = credit_balance - ? WHERE id = ? AND credit_balance >= ?",
            [amount, ctx.workspace_id, amount],
        )
        if cursor.rowcount != 1:
            raise InsufficientCredits(_short(amount, balance(ctx)))
        ctx.store.insert("credit_jobs", {
            "id": job_id, "workspace_id": ctx.workspace_id, "kind": kind, "reason": reason,
            "session_id": session_id, "details": details or {}, "held": amount,
            "owner_pid": owner.pid, "owner_started": owner.started, "owner_host": owner.host,
            "created_at": now_iso(),
        })
        _record(ctx, -amount, "hold", reason, session_id, job_id=job_id)
    return job_id


def job(ctx: Context, job_id: str) -> dict | None:
    row = ctx.store.one("SELECT * FROM credit_jobs WHERE id = ?", [job_id])
    if row:
        row["details"] = json.loads(row["details"])
    return row


def add_item(ctx: Context, job_id: str, position: int, sha256: str, ext: str, record: dict) -> None:
    """Note a finished item (its file already written) against its job, so it survives a crash."""
    with ctx.store.transaction():
        ctx.store.execute(
            "INSERT OR IGNORE INTO credit_job_items (job_id, position, blob_sha256, file_ext, record, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [job_id, position, sha256, ext, json.dumps(record), now_iso()],
        )


def job_items(ctx: Context, job_id: str) -> list[dict]:
    rows = ctx.store.query("SELECT * FROM credit_job_items WHERE job_id = ? ORDER BY position", [job_id])
    for row in rows:
        row["record"] = json.loads(row["record"])
    return rows


def capture(ctx: Context, job_id: str, amount: int, reason: str) -> int:
    """Spend ``amount`` of the job's hold for good. Once per job: a second call (a retry, a
    settle racing the owner) changes nothing. Returns the amount captured by the job."""
    with ctx.store.transaction():
        row = ctx.store.one("SELECT * FROM credit_jobs WHERE id = ?", [job_id])
        if row is None:
            raise InvalidInput(f"there is no credit job {job_id}")
        if row["status"] != "held" or row["captured"] or amount <= 0:
            return row["captured"]
        amount = min(amount, row["held"] - row["released"])
        ctx.store.execute("UPDATE credit_jobs SET captured = ? WHERE id = ?", [amount, job_id])
        _record(ctx, 0, "capture", reason, row["session_id"], workspace_id=row["workspace_id"],
                job_id=job_id, amount=amount)
        return amount


def release(ctx: Context, job_id: str, reason: str) -> int:
    """Give back whatever the job holds beyond what it captured, and close it. Idempotent:
    a closed job gives nothing back twice. Returns the balance."""
    with ctx.store.transaction():
        row = ctx.store.one("SELECT * FROM credit_jobs WHERE id = ?", [job_id])
        if row is None:
            raise InvalidInput(f"there is no credit job {job_id}")
        workspace_id = row["workspace_id"]
        if row["status"] != "held":
            return balance(ctx, workspace_id)
        rest = row["held"] - row["captured"] - row["released"]
        ctx.store.execute(
            "UPDATE credit_jobs SET released = released + ?, status = 'settled', settled_at = ? WHERE id = ?",
            [rest, now_iso(), job_id],
        )
        # What was kept is in its own rows now; the crash-safety notes have done their work.
        ctx.store.execute("DELETE FROM credit_job_items WHERE job_id = ?", [job_id])
        if rest <= 0:
            return balance(ctx, workspace_id)
        ctx.store.execute("UPDATE workspaces SET credit_balance = credit_balance + ? WHERE id = ?",
                          [rest, workspace_id])
        return _record(ctx, rest, "release", reason, row["session_id"], workspace_id=workspace_id,
                       job_id=job_id)


def settle(ctx: Context, job_id: str, used: int, captured_reason: str, released_reason: str) -> int:
    """Capture ``used`` and release the rest, in one transaction (joins the caller's)."""
    with ctx.store.transaction():
        capture(ctx, job_id, used, captured_reason)
        return release(ctx, job_id, released_reason)


def abandoned_jobs(ctx: Context) -> list[dict]:
    """Open jobs whose owning process is gone. One indexed query when nothing is open."""
    rows = ctx.store.query("SELECT * FROM credit_jobs WHERE status = 'held'")
    dead = [r for r in rows if not owner_alive(Owner(r["owner_pid"], r["owner_started"], r["owner_host"]))]
    for row in dead:
        row["details"] = json.loads(row["details"])
    return dead


def _credit(ctx: Context, amount: int, kind: str, reason: str, ref: str | None = None) -> int:
    if amount <= 0:
        return balance(ctx)
    with ctx.store.transaction():
        ctx.store.execute(
            "UPDATE workspaces SET credit_balance = credit_balance + ? WHERE id = ?",
            [amount, ctx.workspace_id],
        )
        return _record(ctx, amount, kind, reason, ref)


class HistoryArgs(BaseModel):
    limit: int = Field(20, ge=1, le=1000, description="How many recent entries")


class AddCreditsArgs(BaseModel):
    amount: int = Field(..., ge=1, le=1_000_000, description="Credits to add")
    reason: str = Field("top-up", description="Why")


def credit_balance(ctx: Context, args: NoArgs) -> ToolResult:
    """Show the credit balance (and what was spent so far)."""
    amount, spent = balance(ctx), _spent(ctx)
    return ToolResult(message=f"You have {amount} credits" + (f" ({spent} spent so far)." if spent else "."),
                      data={"balance": amount, "spent": spent})


def _spent(ctx: Context) -> int:
    return ctx.store.scalar("SELECT coalesce(sum(amount), 0) FROM credit_ledger WHERE workspace_id = ? AND kind = 'capture'",
                            [ctx.workspace_id])


def credit_history(ctx: Context, args: HistoryArgs) -> ToolResult:
    """Show recent credit ledger entries (grants, and each job's hold, capture and release)."""
    rows = ctx.store.query(
        "SELECT delta, kind, amount, reason, ref, job_id, balance_after, created_at FROM credit_ledger "
        "WHERE workspace_id = ? ORDER BY id DESC LIMIT ?",
        [ctx.workspace_id, args.limit],
    )
    lines = [f"{r['created_at'][:19]}  {r['kind']} {abs(r['delta']) if r['amount'] is None else r['amount']}"
             f"  {r['reason']}  → {r['balance_after']}" for r in rows]
    spent = _spent(ctx)
    heading = f"Spent so far: {spent} credit{'' if spent == 1 else 's'}; balance {balance(ctx)}. Latest entries:"
    return ToolResult(message="\n".join([heading, *lines]) if lines else "No credit activity yet.",
                      data={"entries": rows, "spent": spent})


def confirm_add_credits(ctx: Context, args: AddCreditsArgs) -> str:
    require_admin(ctx, "add credits")
    # Asked every time, so that no text an LLM reads can quietly top up the balance.
    return f"Add {args.amount} credits to the balance ({balance(ctx)} now)?"


def add_credits(ctx: Context, args: AddCreditsArgs) -> ToolResult:
    """Add credits to the balance (a top-up)."""
    require_admin(ctx, "add credits")
    reason = args.reason.strip() or "top-up"
    if len(reason) > 200:
        raise InvalidInput("the reason is longer than 200 characters")
    after = _credit(ctx, args.amount, "grant", reason)
    return ToolResult(message=f"Added {args.amount} credits; balance {after}.", data={"balance": after})


def register_tools(register):
    register(credit_balance, changes_data=False)
    register(credit_history, changes_data=False)
    register(add_credits, confirm=confirm_add_credits)
