"""Generations: make them, mark them (like, select, archive), move, remix, list, download."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import unicodedata
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field
from pydantic_core import PydanticCustomError

from memory.blobs import content_hash
from memory.clock import new_id, now_iso
from tools import credits, library
from tools.context import Context
from tools.display import one_line
from tools.errors import AtelierError, Conflict, InvalidInput, NotFound
from tools.generators import build_generator
from tools.generators.base import (
    FailedImage,
    GenerationCancelled,
    Generator,
    GeneratorError,
    ImageRequest,
    UnsupportedRequest,
)
from tools.generators.jobs import job_slot
from tools.records import generation_file, generation_model, last_request, load_generations
from tools.registry import NoArgs, ToolResult
from tools.resolve import folder_exists, is_number, resolve_named, resolve_session
from tools.selection import (
    SelectionArgs,
    confirm_bulk,
    describe,
    liked_rows,
    select_generations,
)
from tools.sessions import CreateSessionArgs, auto_name, new_session, unique_name
from tools.workspaces import require_can_delete, require_server_files

DEFAULT_SIZE = (512, 512)
MAX_PROMPT_LENGTH = 4000
IMAGE_JOB = "images"  # the kind of credit job a generation opens; its items become generations
# Seeds are stored as SQLite integers (signed 64-bit); the generators take any of them.
SEED_MAX = 2**63 - 1
SEED_RANGE = "0 to 2^63-1 (9223372036854775807)"


def _seed_in_range(seed: int | None) -> int | None:
    # Checked while the arguments are read, so no out-of-range number reaches a question or a row.
    if seed is not None and not 0 <= seed <= SEED_MAX:
        raise PydanticCustomError("seed_range", "seed {seed} is out of range: seeds run from {range}",
                                  {"seed": seed, "range": SEED_RANGE})
    return seed


def _count_at_least_one(count: int) -> int:
    if count < 1:
        raise PydanticCustomError("count_range", "the number of images must be at least 1 (got {count})",
                                  {"count": count})
    return count


Seed = Annotated[int | None, AfterValidator(_seed_in_range),
                 Field(json_schema_extra={"minimum": 0, "maximum": SEED_MAX})]
Count = Annotated[int, AfterValidator(_count_at_least_one), Field(json_schema_extra={"minimum": 1})]


class GenerateArgs(BaseModel):
    prompt: str | None = Field(None, description="What to make; the session's brief if omitted")
    count: Count = Field(1, description="How many images (a whole number, at least 1)")
    session: str | None = Field(None, description="Session name or id; current (or a new one) if omitted")
    negative_prompt: str = Field("", description="What to keep out of the image")
    seed: Seed = Field(None, description=f"Seed of the first image, {SEED_RANGE}; the rest count up from it")
    size: str | None = Field(None, description="WIDTHxHEIGHT, e.g. 512x512 or 768x1024")
    settings: dict = Field(default_factory=dict, description="Extra generator settings")
    repeat_last: bool = Field(False, description="Repeat the session's last request (its prompt, negative prompt "
                                                 "and size), e.g. '3 more' right after opening a session")
    seed_from: int | str | None = Field(None, description="Use the seed of this generation (its number in the "
                                                          "session, or id): 'the same seed as 2'")
    expect_subject: str | None = Field(None, description="With repeat_last: what the person called those images "
                                                         "('2 more of those iced coffees'); refused when the last "
                                                         "request does not mention it")
    change: str | None = Field(None, description="With repeat_last: words added to the repeated prompt "
                                                 "('go to Q3 Ads and 2 more with a straw in it')")


class RemixArgs(BaseModel):
    item: int | str = Field(..., description="Generation number in the session, or id")
    session: str | None = Field(None, description="Session name or id; the current one if omitted")
    prompt: str | None = Field(None, description="A changed prompt; the original if omitted")
    change: str | None = Field(None, description="Words added to the prompt, e.g. 'with a red sole', 'moodier'")
    negative_prompt: str | None = Field(None, description="A changed negative prompt")
    seed: Seed = Field(None, description=f"Seed, {SEED_RANGE}; a new one if omitted")
    same_seed: bool = Field(False, description="Start from the original's seed (one image with no change: the same picture)")
    count: Count = Field(1, description="How many variations (a whole number, at least 1)")


class ReassignArgs(SelectionArgs):
    to_session: str = Field(..., description="Session to move the generations into")


class ListGenerationsArgs(BaseModel):
    session: str | None = Field(None, description="Session name or id; the current one if omitted")
    liked: bool | None = Field(None, description="Only liked (true) or only not liked (false)")
    selected: bool | None = Field(None, description="Only selected (true) or unselected (false)")
    saved: bool | None = Field(None, description="Only saved to the library (true) or not saved yet (false)")
    include_archived: bool = Field(False, description="Also show archived generations")
    archived_only: bool = Field(False, description="Only the archived generations")
    prompt_contains: str | None = Field(None, description="Only prompts containing this text")
    limit: int | None = Field(None, ge=1, le=100_000)


class LikedArgs(BaseModel):
    include_archived: bool = Field(False, description="Also show generations of archived sessions")
    limit: int = Field(200, ge=1, le=100_000, description="At most this many (newest like first)")


class DownloadArgs(SelectionArgs):
    path: str | None = Field(None, description="Where to write the zip; the exports folder if omitted")
    in_folder: str | None = Field(None, description="Instead of generations: every image saved in this library folder")
    folder_count: int | None = Field(None, ge=0, description="How many images the user said in_folder holds")


def parse_size(size: str | None) -> tuple[int, int]:
    """WIDTHxHEIGHT as two numbers; which sizes can be made is the generator's call (check_size)."""
    if size is None or not str(size).strip():
        return DEFAULT_SIZE
    match = re.fullmatch(r"\s*(\d{1,6})\s*[x×*]\s*(\d{1,6})\s*", str(size).lower())
    if not match:
        raise InvalidInput(f"size '{size}' is not WIDTHxHEIGHT (for example 512x512 or 768x1024)")
    return int(match[1]), int(match[2])


def check_generator_can(ctx: Context, generator: Generator, session: dict | None, width: int,
                        height: int) -> None:
    """Refuse, before anything is held, what this generator cannot make: a size, or video."""
    if session is not None and session.get("kind") == "video" and not getattr(generator, "supports_video", False):
        raise InvalidInput(f"'{session['name']}' is a video session and the {generator.name} generator "
                           "cannot make video: nothing was spent — use a generator that can "
                           "(the procedural renderer makes short clips)")
    check = getattr(generator, "check_size", None)
    if check is not None:
        try:
            check(width, height)
        except UnsupportedRequest as error:
            raise InvalidInput(str(error)) from None


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


def _seeds(first: int | None, count: int) -> list[int | None]:
    if first is None:  # left to the generator: a server picks its own and reports them back
        return [None] * count
    if not 0 <= first or first + count - 1 > SEED_MAX:
        raise InvalidInput(f"seed {first} is out of range for {count} images: seeds run from {SEED_RANGE}, "
                           "one per image")
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


def _last_request(ctx: Context, args: GenerateArgs) -> GenerateArgs:
    """The args with the session's last request filled in (its newest image that is not a remix)."""
    if args.prompt:
        raise InvalidInput("say either a prompt or to repeat the last request, not both")
    session = _writable_session(ctx, args.session)
    if session is None:
        raise InvalidInput("there is no current session to repeat a request in: open one, or say what to generate")
    last = last_request(ctx, session["id"])
    if last is None:
        raise NotFound(f"session '{session['name']}' has no earlier request to repeat: say what to generate")
    if args.expect_subject and not _mentions(last["prompt"], args.expect_subject):
        raise InvalidInput(f"the last request in '{session['name']}' was \"{last['prompt']}\", which does not mention "
                           f"\"{args.expect_subject}\": say what to generate")
    change = (args.change or "").strip(" ,")
    prompt = f"{last['prompt']}, {change}" if change else last["prompt"]
    return args.model_copy(update={"prompt": prompt, "change": None, "negative_prompt": args.negative_prompt or last["negative_prompt"],
                                   "size": args.size or last["size"], "session": session["id"], "repeat_last": False})


def singular(noun: str) -> str:
    """"boxes" → "box", "shoes" → "shoe", "coffees" → "coffee": enough to find a plural's noun in a prompt (the planner
    uses it too, so the words it checks and the ones this tool checks agree)."""
    noun = noun.lower()
    if re.search(r"(?:x|ch|sh|s)es$", noun):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3 else noun


def _mentions(prompt: str, subject: str) -> bool:
    """Does the prompt name the subject's last word ("iced coffees" in "an iced coffee on a counter")?"""
    words = re.findall(r"[a-z]+", subject.lower())
    return bool(words) and re.search(rf"\b{re.escape(singular(words[-1]))}(?:e?s)?\b", prompt.lower()) is not None


def plan_generation(ctx: Context, args: GenerateArgs) -> GenerationPlan:
    if args.expect_subject and not args.repeat_last:
        raise InvalidInput("expect_subject checks the request repeat_last repeats: say repeat_last too, or leave it out")
    if args.change and not args.repeat_last:
        raise InvalidInput("change adds to the request repeat_last repeats: say repeat_last too, or put it in the prompt")
    if args.repeat_last:
        args = _last_request(ctx, args)
    check_count(ctx, args.count)
    generator = _generator(ctx)
    width, height = _size_for(generator, args.size)
    session = _writable_session(ctx, args.session)
    check_generator_can(ctx, generator, session, width, height)
    prompt = _clean_prompt(args.prompt) or ((session or {}).get("brief_prompt") or "")
    if not prompt:
        where = f"session '{session['name']}' has no brief" if session else "there is no session brief"
        raise InvalidInput(f"say what to generate: the prompt is empty and {where}")
    seed = args.seed
    if args.seed_from is not None:  # "the same seed as 2": that generation's seed, read from the store
        if seed is not None:
            raise InvalidInput("say either a seed or whose seed to reuse, not both")
        source = select_generations(ctx, SelectionArgs(items=[args.seed_from], session=session and session["id"]))[1][0]
        if source["seed"] is None:
            raise InvalidInput(f"#{source['idx']} has no recorded seed to reuse")
        seed = source["seed"]
    return GenerationPlan(session, prompt, args.negative_prompt.strip(), _seeds(seed, args.count),
                          width, height, args.settings)


def _generator(ctx: Context) -> Generator:
    return ctx.generator_override or build_generator(ctx.settings)


def _model_of(generator) -> str | None:
    return getattr(generator, "model_name", None) or getattr(generator, "model", None)


def _size_for(generator, size: str | None) -> tuple[int, int]:
    """The size asked for, else the generator's own default."""
    return parse_size(size) if size and str(size).strip() else getattr(generator, "default_size", DEFAULT_SIZE)


def image_rate(generator, plan: GenerationPlan) -> int:
    """Credits per image of this plan with this generator (the rate card's price)."""
    return credits.image_rate(generator.name, _model_of(generator), plan.width, plan.height,
                              plan.settings.get("quality"))


def confirm_images(ctx: Context, args: GenerateArgs | RemixArgs) -> str | None:
    """Ask before a large or costly request: over the image threshold or a share of the balance.

    A request that would be refused anyway is refused now, instead of after a "yes".
    """
    plan = plan_generation(ctx, args) if isinstance(args, GenerateArgs) else plan_remix(ctx, args)[1]
    cost = image_rate(_generator(ctx), plan) * args.count
    credits.require(ctx, cost)
    available = credits.balance(ctx)
    if args.count > ctx.settings.confirm_images_above or cost > available * ctx.settings.confirm_balance_share:
        return f"Generate {args.count} images for {cost} credits (balance {available})?"
    return None


class PriceArgs(BaseModel):
    count: Count = Field(1, description="How many images")
    size: str | None = Field(None, description="WIDTHxHEIGHT; the generator's default if omitted")
    prompt: str | None = Field(None, description="What the images would show, when the question says it; the price does "
                                                 "not depend on it, but 'go ahead and generate those' next does")


def price_images(ctx: Context, args: PriceArgs) -> ToolResult:
    """Say what generating images would cost with the configured generator, without generating."""
    check_count(ctx, args.count)
    generator = _generator(ctx)
    width, height = _size_for(generator, args.size)
    rate = credits.image_rate(generator.name, _model_of(generator), width, height)
    cost, available = rate * args.count, credits.balance(ctx)
    images = "1 image" if args.count == 1 else f"{args.count} images"
    return ToolResult(message=f"{images} at {width}x{height} by {generator.name} cost{'s' if args.count == 1 else ''} "
                              f"{cost} credit{'s' if cost != 1 else ''} ({rate} each); you have {available}"
                              + (f", {available - cost} after." if cost <= available else f", {cost - available} too few."),
                      data={"rate": rate, "cost": cost, "balance": available, "width": width, "height": height})


def generator_info(ctx: Context, args: NoArgs) -> ToolResult:
    """Which image generator and model make the images, their default size, price per image and how many one request makes."""
    generator = _generator(ctx)
    model = _model_of(generator)
    width, height = _size_for(generator, None)
    rate = credits.image_rate(generator.name, model, width, height)
    most = ctx.settings.max_images_per_request
    return ToolResult(message=f"Images are made by {generator.name}" + (f" with the model {model}" if model else "")
                              + f"; the default size is {width}x{height}, at {rate} credit{'s' if rate != 1 else ''} an image; "
                              f"one request makes up to {most} images.",
                      data={"generator": generator.name, "model": model, "width": width, "height": height, "rate": rate,
                            "max_images_per_request": most})


def generate(ctx: Context, args: GenerateArgs) -> ToolResult:
    """Generate images for a prompt in a session (count, negative prompt, seed, size)."""
    return run_generation(ctx, plan_generation(ctx, args))


def run_generation(ctx: Context, plan: GenerationPlan) -> ToolResult:
    """One credit job: hold the estimate, render, write each file and note it against the job,
    then commit the rows, capture what was made and release the rest in one transaction.

    If this process dies midway, the job's notes let the next one keep the images already
    written and settle the credits (``settle_abandoned_jobs``).
    """
    generator = _generator(ctx)
    check_generator_can(ctx, generator, plan.session, plan.width, plan.height)
    rate = image_rate(generator, plan)
    count = len(plan.seeds)
    credits.require(ctx, rate * count)
    media_type = "video" if (plan.session or {}).get("kind") == "video" else "image"

    started = now_iso()
    previous_session_id = ctx.current_session_id
    with ctx.store.transaction():
        created = plan.session is None
        session = plan.session or new_session(ctx, CreateSessionArgs(prompt=plan.prompt))
        job_id = credits.hold(ctx, rate * count, f"{count} image(s) by {generator.name}", kind=IMAGE_JOB,
                              session_id=session["id"], details={"count": count, "rate": rate})
        ctx.store.update("sessions", session["id"], {"last_used_at": started})
    ctx.current_session_id = session["id"]

    requests = [
        ImageRequest(prompt=plan.prompt, negative_prompt=plan.negative_prompt, seed=seed,
                     width=plan.width, height=plan.height, settings=plan.settings,
                     media_type=media_type,
                     embed={"session_id": session["id"], "generation_id": new_id("gen"),
                            "created_at": now_iso()})
        for seed in plan.seeds
    ]
    # ctx.cancel is cleared by the front end when a turn starts, never here: a cancel that
    # arrives just before the first image must still stop it.
    made, failed, failure, interruption = [], [], None, None
    try:
        with job_slot(generator, ctx.cancel,
                      on_wait=lambda: ctx.progress(f"waiting for {generator.name}", 0, count)):
            for image in generator.generate(
                requests, on_progress=lambda done, total: ctx.progress("generating", done, total),
                cancel=ctx.cancel,
            ):
                if isinstance(image, FailedImage):  # not made, so not charged: the job releases it
                    failed.append(image)
                    continue
                ext = {"image/png": ".png", "image/jpeg": ".jpg"}.get(image.mime, ".webp")
                item = _generation_record(image, ctx.blobs.put_bytes(image.data, ext), ext, rate,
                                          generator.name, plan.parent_id)
                credits.add_item(ctx, job_id, len(made), item["blob_sha256"], ext, item)
                made.append(item)
    except GenerationCancelled:
        failure = "cancelled"
    except GeneratorError as error:
        failure = str(error)
    except BaseException as error:  # a bug, a full disk, Ctrl+C: keep what was made, then re-raise
        failure, interruption = "interrupted", error

    try:
        rows = _commit_generations(ctx, session, made, job_id, count)
    except BaseException:
        # Nothing was recorded, so nothing was spent; the written files are swept later.
        credits.release(ctx, job_id, "generation failed before it was recorded")
        raise
    _schedule_thumbnails(ctx, rows)
    if not rows and created:
        # Nothing was made (a failing server, a cancel before the first image, a crash): the
        # session this request would have started is not left behind empty.
        with ctx.store.transaction():
            ctx.store.execute("DELETE FROM sessions WHERE id = ? AND NOT EXISTS "
                              "(SELECT 1 FROM generations WHERE session_id = ?)",
                              [session["id"], session["id"]])
        ctx.current_session_id = previous_session_id
    if interruption is not None:
        raise interruption
    if not rows and (failure or failed) and failure != "cancelled":
        raise GenerationFailed(f"Nothing was generated: {failure or _failure_reasons(failed)}. "
                               f"No credits were spent ({credits.balance(ctx)} left).")
    return _generation_result(ctx, session, rows, count, failure, failed)


class GenerationFailed(AtelierError):
    """The provider made nothing; the message names its reason."""


def _failure_reasons(failed: list[FailedImage]) -> str:
    """The distinct reasons, most common first: 'the A1111 server ran out of memory (×3)'."""
    counts: dict[str, int] = {}
    for item in failed:
        counts[item.reason] = counts.get(item.reason, 0) + 1
    return "; ".join(reason if n == 1 else f"{reason} (×{n})"
                     for reason, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def _schedule_thumbnails(ctx: Context, rows: list[dict]) -> None:
    """Thumbnails for the TUI and Slack, made by background processes: the turn does not wait."""
    from tools.importing.thumbnails import schedule_thumbnails

    schedule_thumbnails(ctx.settings, [(r.get("content_hash"), ctx.blobs.path_for(r["blob_sha256"], r["file_ext"]))
                                       for r in rows])


def _generation_record(image, sha: str, ext: str, rate: int, provider: str, parent_id: str | None) -> dict:
    """The generation row of a finished image, minus its place in the session."""
    request = image.request
    return {
        "id": request.embed["generation_id"], "prompt": request.prompt,
        "negative_prompt": request.negative_prompt, "seed": image.used_seed, "model": image.model,
        "provider": provider, "width": request.width, "height": request.height,
        "media_type": request.media_type, "settings": request.settings, "provenance": image.provenance,
        "credits_used": rate, "parent_id": parent_id,
        "blob_sha256": sha, "file_ext": ext, "created_at": request.embed["created_at"],
        "content_hash": content_hash(image.data),
    }


def _commit_generations(ctx: Context, session: dict, made: list[dict], job_id: str, asked: int) -> list[dict]:
    """Number the made images in their session, and settle the job's credits, in one transaction."""
    with ctx.store.transaction():
        fresh = ctx.store.one("SELECT * FROM sessions WHERE id = ?", [session["id"]])
        if fresh is None:
            raise Conflict(f"session '{session['name']}' was deleted while generating: nothing was "
                           "recorded and the credits were returned")
        next_index = ctx.store.scalar(
            "SELECT coalesce(max(idx), 0) FROM generations WHERE session_id = ?", [session["id"]]
        )
        rows = []
        for offset, record in enumerate(made, start=1):
            row = {**record, "workspace_id": ctx.workspace_id, "session_id": session["id"],
                   "idx": next_index + offset}
            ctx.store.insert("generations", row)
            rows.append(row)
        if rows:
            updates = {"last_generated_at": rows[-1]["created_at"], "ended_at": rows[-1]["created_at"]}
            if not next_index:
                updates["started_at"] = rows[0]["created_at"]
                if fresh["name_is_auto"] and not fresh["brief_prompt"]:
                    # Named "Untitled …" for want of a prompt: the first prompt names it now.
                    updates["name"] = unique_name(ctx, auto_name(rows[0]["prompt"]))
            ctx.store.update("sessions", session["id"], updates)
        used = sum(row["credits_used"] for row in rows)
        credits.settle(ctx, job_id, used, f"{len(rows)} image(s) kept",
                       f"{asked - len(rows)} image(s) not made")
    return rows


def settle_abandoned_jobs(ctx: Context) -> int:
    """Settle every open job whose process is gone: its images already written become
    generations (numbered in their session as usual) and are captured, the rest is released.
    A job whose session was deleted meanwhile keeps nothing and gives everything back.
    Returns how many jobs were settled."""
    settled = 0
    for job in credits.abandoned_jobs(ctx):
        # The job's own workspace (a Slack team's), whoever opened the home.
        job_ctx = replace(ctx, workspace_id=job["workspace_id"])
        try:
            settled += _settle_abandoned_job(job_ctx, job)
        except Exception as error:  # a job that cannot be kept must not stop every command
            with ctx.store.transaction():
                credits.release(job_ctx, job["id"], f"its images could not be kept ({type(error).__name__}); "
                                "nothing was spent")
            settled += 1
    return settled


def _settle_abandoned_job(ctx: Context, job: dict) -> int:
    with ctx.store.transaction():
        fresh = credits.job(ctx, job["id"])
        if fresh is None or fresh["status"] != "held":
            return 0  # another process settled it first
        session = (ctx.store.one("SELECT * FROM sessions WHERE id = ?", [job["session_id"]])
                   if job["kind"] == IMAGE_JOB and job["session_id"] else None)
        if session is None:
            why = "its session was deleted" if job["kind"] == IMAGE_JOB else "its process stopped"
            credits.release(ctx, job["id"], f"{why}: nothing was kept")
            return 1
        # Only images whose file is really there: a row never names a missing file.
        made = [item["record"] for item in credits.job_items(ctx, job["id"])
                if ctx.blobs.path_for(item["blob_sha256"], item["file_ext"]).exists()
                and not ctx.store.scalar("SELECT 1 FROM generations WHERE id = ?", [item["record"]["id"]])]
        _commit_generations(ctx, session, made, job["id"], job["details"].get("count", len(made)))
        return 1


def _generation_result(ctx: Context, session: dict, rows: list[dict], asked: int,
                       failure: str | None, failed: list[FailedImage] = ()) -> ToolResult:
    name = ctx.store.scalar("SELECT name FROM sessions WHERE id = ?", [session["id"]])
    done = f"Generated {len(rows)} image{'s' if len(rows) != 1 else ''} in '{name}'"
    if rows:
        first, last = rows[0]["idx"], rows[-1]["idx"]
        done += f" (#{first})" if first == last else f" (#{first}–#{last})"
    message = f"{done}. {credits.balance(ctx)} credits left."
    if failed:
        message = (f"{done}; {len(failed)} of {asked} failed and were not charged: "
                   f"{_failure_reasons(failed)}. {credits.balance(ctx)} credits left.")
    if failure:
        message = f"Stopped after {len(rows)} of {asked}: {failure}. " + message
    return ToolResult(
        message=message,
        data={"session_id": session["id"], "generation_ids": [r["id"] for r in rows],
              "indexes": [r["idx"] for r in rows], "failure": failure,
              "failed": [f.reason for f in failed]},
    )


def plan_remix(ctx: Context, args: RemixArgs) -> tuple[dict, GenerationPlan]:
    """The generation to remix and the plan for its variations (nothing touched yet)."""
    numbered = is_number(args.item)
    session_ref = resolve_session(ctx, args.session) if numbered or args.session else None
    source = select_generations(ctx, SelectionArgs(items=[args.item], session=session_ref and session_ref["id"]))[1][0]
    target_id = source["session_id"] or ctx.current_session_id
    check_count(ctx, args.count)
    prompt = _clean_prompt(args.prompt) or _clean_prompt(source["prompt"])
    if not prompt:
        raise InvalidInput(f"generation #{source['idx']} has no prompt to remix: give one")
    change = _clean_prompt(args.change)
    if change:
        prompt = _clean_prompt(f"{prompt}, {change}")
    if args.same_seed and args.seed is not None:
        raise InvalidInput(f"both a seed ({args.seed}) and the original's seed were asked for: say one")
    if args.same_seed and source["seed"] is None:
        raise InvalidInput(f"generation #{source['idx']} has no recorded seed to start from")
    seed = source["seed"] if args.same_seed else args.seed
    width, height = _remix_size(ctx, source)
    plan = GenerationPlan(
        session=_writable_session(ctx, target_id) if target_id else None,
        prompt=prompt,
        negative_prompt=(args.negative_prompt if args.negative_prompt is not None else source["negative_prompt"]).strip(),
        seeds=_seeds(seed, args.count), width=width, height=height, settings={}, parent_id=source["id"],
    )
    return source, plan


def remix(ctx: Context, args: RemixArgs) -> ToolResult:
    """Make variations of a generation (optionally with a changed prompt); they record it as parent."""
    source, plan = plan_remix(ctx, args)
    result = run_generation(ctx, plan)
    result.message = f"Remixed #{source['idx']}: " + result.message
    return result


def _remix_size(ctx: Context, source: dict) -> tuple[int, int]:
    """The source's size when this generator supports it (imported images may have any size)."""
    size = (source["width"], source["height"])
    try:
        _generator(ctx).check_size(*size)
    except (UnsupportedRequest, AttributeError, TypeError):
        return DEFAULT_SIZE
    return size


def _set_flag(ctx: Context, args: SelectionArgs, column: str, value: int, verb: str) -> ToolResult:
    session, rows = select_generations(ctx, args)
    with ctx.store.transaction():
        for row in rows:
            if column == "liked":
                # Liking again keeps the item's place in the Liked collection (ordered by when liked).
                ctx.store.execute("UPDATE generations SET liked = ?, liked_at = CASE WHEN ? THEN "
                                  "coalesce(CASE WHEN liked = 1 THEN liked_at END, ?) END WHERE id = ?",
                                  [value, value, now_iso(), row["id"]])
            else:
                ctx.store.update("generations", row["id"], {column: value})
    where = f" in '{session['name']}'" if session else ""
    # Say what changed: "Unarchived #2" for an image that was never archived would be untrue.
    already = [r for r in rows if r[column] == value]
    changed = [r for r in rows if r[column] != value]
    state = verb.lower()
    if not changed:
        message = f"Nothing changed: {describe(rows)}{where} {'was' if len(rows) == 1 else 'were'} already {state}."
    else:
        message = f"{verb} {describe(changed)}{where}" + (f" ({describe(already)} already {state})." if already else ".")
    return ToolResult(message=message,
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
    # Moving generations out of a session is as strong as deleting them there (the target can then
    # be deleted): only the sessions' creators and the workspace's admins may.
    sources = ctx.store.query_in("SELECT * FROM sessions WHERE id IN ({marks})",
                                 sorted({r["session_id"] for r in rows if r["session_id"]}))
    require_can_delete(ctx, sources, "session")
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
        lines.append(f"#{g.index} {one_line(g.prompt, 60)} (seed {g.seed}) {marks}".rstrip())
    return "\n".join(lines)


def list_generations(ctx: Context, args: ListGenerationsArgs) -> ToolResult:
    """List a session's generations, with filters (liked, selected, archived, prompt text)."""
    try:
        session = resolve_session(ctx, args.session)
    except NotFound:
        if args.session is None or not folder_exists(ctx, args.session):
            raise
        # "which images are in Picks": no session is called that, a library folder is
        return library.list_assets(ctx, library.ListAssetsArgs(folder=args.session))
    where, params = ["g.session_id = ?"], [session["id"]]
    if args.archived_only:
        where.append("g.archived = 1")
    elif not args.include_archived:
        where.append("g.archived = 0")
    for column, flag in (("liked", args.liked), ("selected", args.selected)):
        if flag is not None:
            where.append(f"g.{column} = ?")
            params.append(int(flag))
    if args.saved is not None:
        where.append(f"g.saved_asset_id IS {'NOT ' if args.saved else ''}NULL")
    if args.prompt_contains:
        where.append("g.prompt LIKE ?")
        params.append(f"%{args.prompt_contains}%")
    rows = load_generations(ctx, " AND ".join(where), params, order="g.idx", limit=args.limit)
    saved = "" if args.saved is None else " saved to the library" if args.saved else " not saved yet"
    kinds = [word for word, flag in (("archived", args.archived_only), ("liked", args.liked), ("unliked", args.liked is False),
                                     ("selected", args.selected), ("unselected", args.selected is False)) if flag]
    header = (f"'{session['name']}': {len(rows)}{''.join(' ' + k for k in kinds)} generation{'s' if len(rows) != 1 else ''}"
              f"{saved}")
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
    if args.path:
        require_server_files(ctx, "writing a zip to a path")
    rows, names = _download_rows(ctx, args)
    folder, chosen_name = _zip_target(ctx, args.path)
    try:
        target = _write_zip(ctx, rows, names, folder, chosen_name)
    except (OSError, ValueError) as error:  # unwritable place, a file where a folder should be, NUL …
        reason = getattr(error, "strerror", None) or error
        raise AtelierError(f"could not write the zip at {args.path or 'the exports folder'}: {reason}") from None
    return ToolResult(message=f"Wrote {len(rows)} image{'' if len(rows) == 1 else 's'} to {target}.",
                      data={"path": str(target), "generation_ids": [r["id"] for r in rows]})


def confirm_download(ctx: Context, args: DownloadArgs) -> str | None:
    """Ask before replacing a file the person named; a name Atelier picks is always new."""
    if args.path:
        require_server_files(ctx, "writing a zip to a path")  # not even whether a file exists there
    rows, _ = _download_rows(ctx, args)  # a download that would fail anyway fails before the question
    folder, chosen_name = _zip_target(ctx, args.path)
    if chosen_name and (folder / chosen_name).exists():
        return (f"{folder / chosen_name} already exists. Replace it with a zip of "
                f"{len(rows)} image{'s' if len(rows) != 1 else ''}?")
    return None


def _download_rows(ctx: Context, args: DownloadArgs) -> tuple[list[dict], dict]:
    if args.in_folder is not None:
        if args.items or args.which:
            raise InvalidInput("say either a folder or generations to download, not both")
        folder = resolve_named(ctx, "folders", args.in_folder, "folder")
        rows = ctx.store.query("SELECT g.* FROM generations g JOIN assets a ON a.origin_generation_id = g.id "
                               "WHERE a.folder_id = ? AND a.workspace_id = ? ORDER BY g.session_id, g.idx",
                               [folder["id"], ctx.workspace_id])
        if not rows:
            raise NotFound(f"folder '{folder['name']}' holds no images to download")
        library.check_folder_count(folder["name"], len(rows), args.folder_count)
    else:
        try:
            rows = select_generations(ctx, args)[1]
        except NotFound:
            # "download everything in Keepers": no session by that name, but a folder
            folder = _only_folder_named(ctx, args)
            if folder is None:
                raise
            return _download_rows(ctx, args.model_copy(update={"in_folder": folder, "which": None, "session": None}))
    rows = [r for r in rows if generation_file(ctx, r)]
    if not rows:
        raise NotFound("none of those generations has a file to download")
    names = {r["session_id"]: ctx.store.scalar("SELECT name FROM sessions WHERE id = ?", [r["session_id"]])
             for r in rows}
    return rows, names


def _only_folder_named(ctx: Context, args: DownloadArgs) -> str | None:
    """The folder "everything in X" means when X names no session but exactly one folder."""
    if args.which != "all" or args.items or args.exclude or not args.session:
        return None
    if ctx.store.one("SELECT id FROM sessions WHERE workspace_id = ? AND (id = ? OR name = ? COLLATE NOCASE)",
                     [ctx.workspace_id, args.session, args.session]):
        return None
    row = ctx.store.one("SELECT name FROM folders WHERE workspace_id = ? AND name = ? COLLATE NOCASE",
                        [ctx.workspace_id, args.session])
    return row["name"] if row else None


def _zip_target(ctx: Context, path: str | None) -> tuple[Path, str | None]:
    """(folder, file name the person chose or None for a fresh name of ours).

    A relative path is taken from the working folder, as a shell would; a folder (or a path
    ending in a separator) gets a fresh name inside it; a name without ``.zip`` gets it added."""
    if not path or not path.strip():
        return ctx.settings.exports_dir, None
    if "\0" in path:
        raise InvalidInput("could not write the zip there: the path contains a NUL character")
    target = Path(os.path.abspath(Path(path.strip()).expanduser()))
    if target.is_dir() or path.strip().endswith(("/", os.sep)):
        return target, None
    name = target.name if target.suffix.lower() == ".zip" else f"{target.name}.zip"
    return target.parent, name


def _write_zip(ctx: Context, rows: list[dict], names: dict, folder: Path, chosen_name: str | None) -> Path:
    """Write the zip under a temporary name, then give it its name; returns where it went.

    A name Atelier picks is never taken twice (six exports in one second are six zips): the
    finished file is linked to a free name, which fails rather than replace. A name the person
    chose is replaced only after they said yes (``confirm_download``). A failure never leaves
    half a zip under any name. Inside the home the zip is private (0600), whatever the umask.
    """
    folder.mkdir(parents=True, exist_ok=True)
    private = _is_within(folder, ctx.settings.home)
    partial = folder / f".atelier-{secrets.token_hex(6)}.zip.part"
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666)
    try:
        if private:
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            _fill_zip(ctx, handle, rows, names)
            handle.flush()
            os.fsync(handle.fileno())
        if chosen_name:
            target = folder / chosen_name
            os.replace(partial, target)
        else:
            target = _link_to_free_name(partial, folder, f"atelier-{now_iso()[:19].replace(':', '-')}")
        return target
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def _link_to_free_name(partial: Path, folder: Path, stem: str) -> Path:
    for number in range(1, 10_000):
        target = folder / (f"{stem}.zip" if number == 1 else f"{stem}-{number}.zip")
        try:
            os.link(partial, target)  # atomic, and refuses an existing name (another process's zip)
            return target
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links: reserve the name, then fill it
            try:
                os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                continue
            os.replace(partial, target)
            return target
    raise Conflict(f"too many downloads named {stem} in {folder}")


def _fill_zip(ctx: Context, handle, rows: list[dict], names: dict) -> None:
    used: set[str] = set()
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED) as archive:
        for row in rows:
            source = generation_file(ctx, row)
            if not source.exists():
                raise NotFound(f"the file of generation #{row['idx']} is missing from the store")
            label = _safe_filename(names.get(row["session_id"]) or "library")
            ext = row["file_ext"] if re.fullmatch(r"\.[A-Za-z0-9]{1,8}", row["file_ext"] or "") else ""
            entry = f"{label}/{label}-{row['idx'] or row['id']}{ext}"
            if entry in used:  # two sessions may share a name; never drop a file
                entry = f"{label}/{label}-{row['idx']}-{_safe_filename(row['id'])}{ext}"
            used.add(entry)
            archive.write(source, entry)


def _safe_filename(name: str) -> str:
    """A name (a session's, from a person or an import) as one safe file name: letters, digits,
    ``.``, ``_`` and ``-`` only, no ``..``, no leading dot, so no zip entry can climb out or hide."""
    text = unicodedata.normalize("NFKC", one_line(name))  # NFKC first: a full-width ／ becomes /
    text = re.sub(r"[^\w.-]+", "-", text)
    text = re.sub(r"\.{2,}", ".", text).strip("-.")[:60].strip("-.")
    return text or "session"


def _is_within(path: Path, folder: Path) -> bool:
    return Path(os.path.abspath(path)).is_relative_to(os.path.abspath(folder))


def register_tools(register):
    register(generate, confirm=confirm_images, moves_session=True, produces_items=True,
             reports_items=True, repeatable=True)
    register(remix, confirm=confirm_images, moves_session=True, produces_items=True,
             reports_items=True)
    for bulk_tool in (like, unlike, select, deselect, archive_generations, unarchive_generations):
        register(bulk_tool, confirm=confirm_bulk, reports_items=True, undo_tables=("generations",), asks_first=True)
    register(reassign, confirm=confirm_bulk, undo_tables=("generations",), asks_first=True)
    register(list_generations, changes_data=False, reports_items=True)
    register(liked_generations, changes_data=False)
    register(price_images, changes_data=False)
    register(generator_info, changes_data=False)
    register(download, confirm=confirm_download, undo_log=False)
