"""Generations: make them, mark them (like, select, archive), move, remix, list, download."""

from __future__ import annotations

import contextlib
import re
import secrets
import zipfile
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, Field

from memory.clock import new_id, now_iso
from tools import credits
from tools.context import Context
from tools.errors import AtelierError, Conflict, InvalidInput, NotFound
from tools.generators import build_generator
from tools.generators.base import GenerationCancelled, GeneratorError, ImageRequest
from tools.records import generation_model, load_generations
from tools.registry import ToolResult
from tools.resolve import is_number, resolve_session
from tools.selection import (
    SelectionArgs,
    confirm_bulk,
    describe,
    liked_rows,
    select_generations,
)
from tools.sessions import CreateSessionArgs, auto_name, new_session, unique_name

DEFAULT_SIZE = (512, 512)
SIZE_STEP, SIZE_MIN, SIZE_MAX = 64, 256, 2048
MAX_PROMPT_LENGTH = 4000


class GenerateArgs(BaseModel):
    prompt: str | None = Field(None, description="What to make; the session's brief if omitted")
    count: int = Field(1, description="How many images")
    session: str | None = Field(None, description="Session name or id; current (or a new one) if omitted")
    negative_prompt: str = Field("", description="What to keep out of the image")
    seed: int | None = Field(None, description="Seed of the first image; the rest count up from it")
    size: str | None = Field(None, description="WIDTHxHEIGHT, e.g. 512x512 or 768x1024")
    settings: dict = Field(default_factory=dict, description="Extra generator settings")


class RemixArgs(BaseModel):
    item: int | str = Field(..., description="Generation number in the session, or id")
    session: str | None = Field(None, description="Session name or id; the current one if omitted")
    prompt: str | None = Field(None, description="A changed prompt; the original if omitted")
    negative_prompt: str | None = Field(None, description="A changed negative prompt")
    seed: int | None = Field(None, description="Seed; a new one if omitted")
    count: int = Field(1, description="How many variations")


class ReassignArgs(SelectionArgs):
    to_session: str = Field(..., description="Session to move the generations into")


class ListGenerationsArgs(BaseModel):
    session: str | None = Field(None, description="Session name or id; the current one if omitted")
    liked: bool | None = Field(None, description="Only liked (true) or only not liked (false)")
    selected: bool | None = Field(None, description="Only selected (true) or unselected (false)")
    include_archived: bool = Field(False, description="Also show archived generations")
    prompt_contains: str | None = Field(None, description="Only prompts containing this text")
    limit: int | None = Field(None, ge=1, le=100_000)


class LikedArgs(BaseModel):
    include_archived: bool = Field(False, description="Also show generations of archived sessions")
    limit: int = Field(200, ge=1, le=100_000, description="At most this many (newest like first)")


class DownloadArgs(SelectionArgs):
    path: str | None = Field(None, description="Where to write the zip; the exports folder if omitted")


def parse_size(size: str | None) -> tuple[int, int]:
    if size is None or not str(size).strip():
        return DEFAULT_SIZE
    match = re.fullmatch(r"\s*(\d{2,5})\s*[x×*]\s*(\d{2,5})\s*", str(size).lower())
    if not match:
        raise InvalidInput(f"size '{size}' is not WIDTHxHEIGHT (for example 512x512 or 768x1024)")
    width, height = int(match[1]), int(match[2])
    for side in (width, height):
        if not (SIZE_MIN <= side <= SIZE_MAX and side % SIZE_STEP == 0):
            raise InvalidInput(
                f"size {width}x{height} is not supported: each side must be a multiple of "
                f"{SIZE_STEP} from {SIZE_MIN} to {SIZE_MAX} (for example 512x512, 768x1024)"
            )
    return width, height


def check_count(ctx: Context, count: int) -> None:
    limit = ctx.settings.max_images_per_request
    if count < 1:
        raise InvalidInput(f"the number of images must be at least 1 (got {count})")
    if count > limit:
        raise InvalidInput(f"at most {limit} images per request (asked for {count}); split it up")


@dataclass
class GenerationPlan:
    """Everything decided before credits are held; nothing here has touched the store yet."""

    session: dict | None
    prompt: str
    negative_prompt: str
    seeds: list[int]
    width: int
    height: int
    settings: dict
    parent_id: str | None = None


def _seeds(first: int | None, count: int) -> list[int]:
    if first is None:
        return [secrets.randbelow(2**32) for _ in range(count)]
    if not 0 <= first or first + count - 1 >= 2**63:
        raise InvalidInput(f"seed {first} is out of range: seeds run from 0 to 2^63-1, one per image")
    return [first + i for i in range(count)]


def _clean_prompt(prompt: str | None) -> str:
    text = (prompt or "").strip()
    if len(text) > MAX_PROMPT_LENGTH:
        raise InvalidInput(f"the prompt is {len(text)} characters long; the limit is {MAX_PROMPT_LENGTH}")
    return text


def _writable_session(ctx: Context, ref: str | None) -> dict | None:
    if ref is None and ctx.current_session_id is None:
        return None
    session = resolve_session(ctx, ref)
    if session["status"] == "archived":
        raise Conflict(f"session '{session['name']}' is archived: unarchive it to generate there")
    return session


def plan_generation(ctx: Context, args: GenerateArgs) -> GenerationPlan:
    check_count(ctx, args.count)
    width, height = parse_size(args.size)
    session = _writable_session(ctx, args.session)
    prompt = _clean_prompt(args.prompt) or ((session or {}).get("brief_prompt") or "")
    if not prompt:
        where = f"session '{session['name']}' has no brief" if session else "there is no session brief"
        raise InvalidInput(f"say what to generate: the prompt is empty and {where}")
    return GenerationPlan(session, prompt, args.negative_prompt.strip(), _seeds(args.seed, args.count),
                          width, height, args.settings)


def generation_cost(ctx: Context, count: int) -> int:
    return credits.image_cost(ctx.settings.generator, count)


def confirm_images(ctx: Context, args: GenerateArgs | RemixArgs) -> str | None:
    """Ask before a large or costly request: over the image threshold or a share of the balance.

    A request that would be refused anyway is refused now, instead of after a "yes".
    """
    if isinstance(args, GenerateArgs):
        plan_generation(ctx, args)
    else:
        check_count(ctx, args.count)
    cost = generation_cost(ctx, args.count)
    credits.require(ctx, cost)
    available = credits.balance(ctx)
    if args.count > ctx.settings.confirm_images_above or cost > available * ctx.settings.confirm_balance_share:
        return f"Generate {args.count} images for {cost} credits (balance {available})?"
    return None


def generate(ctx: Context, args: GenerateArgs) -> ToolResult:
    """Generate images for a prompt in a session (count, negative prompt, seed, size)."""
    return run_generation(ctx, plan_generation(ctx, args))


def run_generation(ctx: Context, plan: GenerationPlan) -> ToolResult:
    """Hold credits, render, write files, then commit rows; release what was not used."""
    generator = ctx.generator_override or build_generator(ctx.settings.generator)
    rate = credits.image_cost(generator.name, 1)
    count = len(plan.seeds)
    credits.require(ctx, rate * count)

    started = now_iso()
    with ctx.store.transaction():
        session = plan.session or new_session(ctx, CreateSessionArgs(prompt=plan.prompt))
        credits.hold(ctx, rate * count, f"{count} image(s) by {generator.name}", session["id"])
        ctx.store.update("sessions", session["id"], {"last_used_at": started})
    ctx.current_session_id = session["id"]

    requests = [
        ImageRequest(prompt=plan.prompt, negative_prompt=plan.negative_prompt, seed=seed,
                     width=plan.width, height=plan.height, settings=plan.settings,
                     embed={"session_id": session["id"], "generation_id": new_id("gen"),
                            "created_at": now_iso()})
        for seed in plan.seeds
    ]
    # ctx.cancel is cleared by the front end when a turn starts, never here: a cancel that
    # arrives just before the first image must still stop it.
    made, failure, interruption = [], None, None
    try:
        for image in generator.generate(
            requests, on_progress=lambda done, total: ctx.progress("generating", done, total),
            cancel=ctx.cancel,
        ):
            ext = ".png" if image.mime == "image/png" else ".jpg" if image.mime == "image/jpeg" else ".webp"
            made.append((image, ctx.blobs.put_bytes(image.data, ext), ext))
    except GenerationCancelled:
        failure = "cancelled"
    except GeneratorError as error:
        failure = f"the generator failed: {error}"
    except BaseException as error:  # a bug, a full disk, Ctrl+C: keep what was made, then re-raise
        failure, interruption = "interrupted", error

    try:
        rows = _commit_generations(ctx, session, plan, made, rate, generator.name)
    except BaseException:
        # Nothing was recorded, so nothing was spent; the written files are swept later.
        credits.release(ctx, rate * count, "generation failed before it was recorded", session["id"])
        raise
    unused = rate * (count - len(rows))
    if unused:
        credits.release(ctx, unused, f"{count - len(rows)} image(s) not made", session["id"])
    if interruption is not None:
        raise interruption
    return _generation_result(ctx, session, rows, count, failure)


def _commit_generations(ctx: Context, session: dict, plan: GenerationPlan, made: list, rate: int,
                        provider: str) -> list[dict]:
    with ctx.store.transaction():
        fresh = ctx.store.one("SELECT * FROM sessions WHERE id = ?", [session["id"]])
        if fresh is None:
            raise Conflict(f"session '{session['name']}' was deleted while generating: nothing was "
                           "recorded and the credits were returned")
        next_index = ctx.store.scalar(
            "SELECT coalesce(max(idx), 0) FROM generations WHERE session_id = ?", [session["id"]]
        )
        rows = []
        for offset, (image, sha, ext) in enumerate(made, start=1):
            request = image.request
            row = {
                "id": request.embed["generation_id"], "workspace_id": ctx.workspace_id,
                "session_id": session["id"], "idx": next_index + offset, "prompt": request.prompt,
                "negative_prompt": request.negative_prompt, "seed": request.seed, "model": image.model,
                "provider": provider, "width": request.width, "height": request.height,
                "media_type": "image", "settings": request.settings, "credits_used": rate,
                "parent_id": plan.parent_id, "blob_sha256": sha, "file_ext": ext,
                "created_at": request.embed["created_at"],
            }
            ctx.store.insert("generations", row)
            rows.append(row)
        if rows:
            updates = {"last_generated_at": rows[-1]["created_at"], "ended_at": rows[-1]["created_at"]}
            if not next_index:
                updates["started_at"] = rows[0]["created_at"]
                if fresh["name_is_auto"] and not fresh["brief_prompt"]:
                    # Named "Untitled …" for want of a prompt: the first prompt names it now.
                    updates["name"] = unique_name(ctx, auto_name(plan.prompt))
            ctx.store.update("sessions", session["id"], updates)
    return rows


def _generation_result(ctx: Context, session: dict, rows: list[dict], asked: int,
                       failure: str | None) -> ToolResult:
    name = ctx.store.scalar("SELECT name FROM sessions WHERE id = ?", [session["id"]])
    done = f"Generated {len(rows)} image{'s' if len(rows) != 1 else ''} in '{name}'"
    if rows:
        first, last = rows[0]["idx"], rows[-1]["idx"]
        done += f" (#{first})" if first == last else f" (#{first}–#{last})"
    message = f"{done}. {credits.balance(ctx)} credits left."
    if failure:
        message = f"Stopped after {len(rows)} of {asked}: {failure}. " + message
    return ToolResult(
        message=message,
        data={"session_id": session["id"], "generation_ids": [r["id"] for r in rows],
              "indexes": [r["idx"] for r in rows], "failure": failure},
    )


def remix(ctx: Context, args: RemixArgs) -> ToolResult:
    """Make variations of a generation (optionally with a changed prompt); they record it as parent."""
    numbered = is_number(args.item)
    session_ref = resolve_session(ctx, args.session) if numbered or args.session else None
    source = select_generations(ctx, SelectionArgs(items=[args.item], session=session_ref and session_ref["id"]))[1][0]
    target_id = source["session_id"] or ctx.current_session_id
    check_count(ctx, args.count)
    prompt = _clean_prompt(args.prompt) or _clean_prompt(source["prompt"])
    if not prompt:
        raise InvalidInput(f"generation #{source['idx']} has no prompt to remix: give one")
    plan = GenerationPlan(
        session=_writable_session(ctx, target_id) if target_id else None,
        prompt=prompt,
        negative_prompt=(args.negative_prompt if args.negative_prompt is not None else source["negative_prompt"]).strip(),
        seeds=_seeds(args.seed, args.count), width=0, height=0, settings={}, parent_id=source["id"],
    )
    plan.width, plan.height = _remix_size(source)
    result = run_generation(ctx, plan)
    result.message = f"Remixed #{source['idx']}: " + result.message
    return result


def _remix_size(source: dict) -> tuple[int, int]:
    """The source's size when this generator supports it (imported images may have any size)."""
    try:
        return parse_size(f"{source['width']}x{source['height']}")
    except InvalidInput:
        return DEFAULT_SIZE


def _set_flag(ctx: Context, args: SelectionArgs, column: str, value: int, verb: str) -> ToolResult:
    session, rows = select_generations(ctx, args)
    extra = {"liked_at": now_iso() if value else None} if column == "liked" else {}
    with ctx.store.transaction():
        for row in rows:
            ctx.store.update("generations", row["id"], {column: value, **extra})
    where = f" in '{session['name']}'" if session else ""
    return ToolResult(message=f"{verb} {describe(rows)}{where}.",
                      data={"generation_ids": [r["id"] for r in rows],
                            "indexes": [r["idx"] for r in rows],
                            "session_id": session["id"] if session else None})


def like(ctx: Context, args: SelectionArgs) -> ToolResult:
    """Like generations (they join the Liked Generations collection)."""
    return _set_flag(ctx, args, "liked", 1, "Liked")


def unlike(ctx: Context, args: SelectionArgs) -> ToolResult:
    """Remove the like from generations."""
    return _set_flag(ctx, args, "liked", 0, "Unliked")


def select(ctx: Context, args: SelectionArgs) -> ToolResult:
    """Mark generations as selected (for a download or a post)."""
    return _set_flag(ctx, args, "selected", 1, "Selected")


def deselect(ctx: Context, args: SelectionArgs) -> ToolResult:
    """Clear the selection mark from generations."""
    return _set_flag(ctx, args, "selected", 0, "Deselected")


def archive_generations(ctx: Context, args: SelectionArgs) -> ToolResult:
    """Archive generations (hidden from the grid and from all / liked selections)."""
    return _set_flag(ctx, args, "archived", 1, "Archived")


def unarchive_generations(ctx: Context, args: SelectionArgs) -> ToolResult:
    """Bring archived generations back into the grid."""
    return _set_flag(ctx, args, "archived", 0, "Unarchived")


def reassign(ctx: Context, args: ReassignArgs) -> ToolResult:
    """Move generations to another session (they are numbered at its end)."""
    session, rows = select_generations(ctx, args)
    target = resolve_session(ctx, args.to_session)
    if session and target["id"] == session["id"]:
        raise InvalidInput(f"those generations are already in '{target['name']}'")
    with ctx.store.transaction():
        next_index = ctx.store.scalar(
            "SELECT coalesce(max(idx), 0) FROM generations WHERE session_id = ?", [target["id"]])
        for offset, row in enumerate(rows, start=1):
            ctx.store.update("generations", row["id"], {"session_id": target["id"], "idx": next_index + offset})
            if row["saved_asset_id"]:
                ctx.store.update("assets", row["saved_asset_id"], {"session_id": target["id"]})
    moved = [{**r, "idx": next_index + i} for i, r in enumerate(rows, start=1)]
    return ToolResult(message=f"Moved {describe(rows)} to '{target['name']}' as {describe(moved)}.",
                      data={"generation_ids": [r["id"] for r in rows], "session_id": target["id"],
                            "indexes": [r["idx"] for r in moved]})


def _format_rows(rows) -> str:
    lines = []
    for g in rows:
        marks = "".join(m for m, on in (("♥", g.liked), ("✓", g.selected), ("⌂", g.saved_asset_id),
                                         ("archived", g.archived)) if on)
        lines.append(f"#{g.index} {g.prompt[:60]} (seed {g.seed}) {marks}".rstrip())
    return "\n".join(lines)


def list_generations(ctx: Context, args: ListGenerationsArgs) -> ToolResult:
    """List a session's generations, with filters (liked, selected, archived, prompt text)."""
    session = resolve_session(ctx, args.session)
    where, params = ["g.session_id = ?"], [session["id"]]
    if not args.include_archived:
        where.append("g.archived = 0")
    for column, flag in (("liked", args.liked), ("selected", args.selected)):
        if flag is not None:
            where.append(f"g.{column} = ?")
            params.append(int(flag))
    if args.prompt_contains:
        where.append("g.prompt LIKE ?")
        params.append(f"%{args.prompt_contains}%")
    rows = load_generations(ctx, " AND ".join(where), params, order="g.idx", limit=args.limit)
    header = f"'{session['name']}': {len(rows)} generation{'s' if len(rows) != 1 else ''}"
    return ToolResult(message=header + ("\n" + _format_rows(rows) if rows else ""),
                      data={"session_id": session["id"], "indexes": [g.index for g in rows],
                            "generations": [g.model_dump() for g in rows]})


def liked_generations(ctx: Context, args: LikedArgs) -> ToolResult:
    """Show the Liked Generations collection across all sessions."""
    rows = [generation_model(r) for r in liked_rows(ctx, include_archived=args.include_archived, limit=args.limit)]
    return ToolResult(message=f"{len(rows)} liked generation{'s' if len(rows) != 1 else ''}."
                      + ("\n" + _format_rows(rows) if rows else ""),
                      data={"generations": [g.model_dump() for g in rows]})


def download(ctx: Context, args: DownloadArgs) -> ToolResult:
    """Download generations (chosen, selected or liked) as one zip file."""
    session, rows = select_generations(ctx, args)
    rows = [r for r in rows if r["blob_sha256"]]
    if not rows:
        raise NotFound("none of those generations has a file to download")
    names = {r["session_id"]: ctx.store.scalar("SELECT name FROM sessions WHERE id = ?", [r["session_id"]])
             for r in rows}
    try:
        target = _zip_target(ctx, args.path)
        _write_zip(ctx, rows, names, target)
    except (OSError, ValueError) as error:  # unwritable place, a file where a folder should be, NUL …
        reason = getattr(error, "strerror", None) or error
        raise AtelierError(f"could not write the zip at {args.path or 'the exports folder'}: {reason}") from None
    return ToolResult(message=f"Wrote {len(rows)} images to {target}.",
                      data={"path": str(target), "generation_ids": [r["id"] for r in rows]})


def _zip_target(ctx: Context, path: str | None) -> Path:
    if not path:
        return ctx.settings.exports_dir / f"atelier-{now_iso()[:19].replace(':', '-')}.zip"
    target = Path(path).expanduser()
    if target.suffix.lower() != ".zip":
        target = target / "atelier-download.zip" if target.is_dir() else target.with_suffix(".zip")
    return target


def _write_zip(ctx: Context, rows: list[dict], names: dict, target: Path) -> None:
    """Write to a .part file and rename, so a failure never leaves half a zip under the name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".zip.part")
    used: set[str] = set()
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
            for row in rows:
                source = ctx.blobs.path_for(row["blob_sha256"], row["file_ext"])
                if not source.exists():
                    raise NotFound(f"the file of generation #{row['idx']} is missing from the store")
                label = _safe_filename(names.get(row["session_id"]) or "library")
                entry = f"{label}/{label}-{row['idx'] or row['id']}{row['file_ext']}"
                if entry in used:  # two sessions may share a name; never drop a file
                    entry = f"{label}/{label}-{row['idx']}-{row['id']}{row['file_ext']}"
                used.add(entry)
                archive.write(source, entry)
        partial.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def _safe_filename(name: str) -> str:
    return re.sub(r"[^\w.-]+", "-", name).strip("-")[:60] or "session"


def register_tools(register):
    register(generate, confirm=confirm_images, moves_session=True, produces_items=True,
             reports_items=True, repeatable=True)
    register(remix, confirm=confirm_images, moves_session=True, produces_items=True,
             reports_items=True)
    for bulk_tool in (like, unlike, select, deselect, archive_generations, unarchive_generations):
        register(bulk_tool, confirm=confirm_bulk, reports_items=True)
    register(reassign, confirm=confirm_bulk)
    register(list_generations, changes_data=False, reports_items=True)
    register(liked_generations, changes_data=False)
    register(download)
