"""Posts: a caption with assets, linked to the sessions those assets came from and a project."""

from __future__ import annotations

from pydantic import BaseModel, Field

from memory.clock import new_id, now_iso
from tools.context import Context
from tools.errors import InvalidInput, NotFound
from tools.library import AssetsArgs, chosen_assets, save_generation_rows
from tools.records import load_posts
from tools.registry import ToolResult
from tools.resolve import clean_name
from tools.selection import SelectionArgs, select_generations

MAX_CAPTION_LENGTH = 5000


class CreatePostArgs(SelectionArgs):
    caption: str = Field(..., description="The post's text")
    platform: str | None = Field(None, description="Where it will be posted, e.g. instagram")
    assets: list[str] = Field(default_factory=list, description="Library asset ids or titles")
    in_folder: str | None = Field(None, description="Also every asset in this library folder")
    folder_count: int | None = Field(None, ge=0, description="How many assets the user said in_folder holds")
    project: str | None = Field(None, description="Project (created if new)")


class ListPostsArgs(BaseModel):
    project: str | None = None


def create_post(ctx: Context, args: CreatePostArgs) -> ToolResult:
    """Create a post from assets and/or generations (unsaved generations are saved first)."""
    caption = args.caption.strip()
    if not caption:
        raise InvalidInput("a post needs a caption")
    if len(caption) > MAX_CAPTION_LENGTH:
        raise InvalidInput(f"the caption is {len(caption)} characters; the limit is {MAX_CAPTION_LENGTH}")
    platform = clean_name(args.platform, "platform") if args.platform is not None else None
    asset_rows = (chosen_assets(ctx, AssetsArgs(assets=args.assets, in_folder=args.in_folder,
                                                    folder_count=args.folder_count))
                  if args.assets or args.in_folder is not None else [])
    generation_rows = select_generations(ctx, args)[1] if (args.items or args.which) else []
    if not asset_rows and not generation_rows:
        raise InvalidInput("a post needs at least one asset or generation")
    post_id = new_id("pst")
    with ctx.store.transaction():
        asset_ids = [r["id"] for r in asset_rows]
        asset_ids += [a for a in save_generation_rows(ctx, generation_rows) if a not in asset_ids]
        project_id = (ctx.store.get_or_create_named("projects", ctx.workspace_id, clean_name(args.project, "project"))["id"]
                      if args.project is not None else _shared_project(ctx, asset_ids))
        ctx.store.insert("posts", {"id": post_id, "workspace_id": ctx.workspace_id, "created_by": ctx.user_id,
                                   "caption": caption,
                                   "platform": platform, "project_id": project_id, "created_at": now_iso()})
        for position, asset_id in enumerate(asset_ids):
            ctx.store.insert("post_assets", {"post_id": post_id, "asset_id": asset_id, "position": position})
        session_ids = {r["session_id"] for r in ctx.store.query_in(
            "SELECT session_id FROM assets WHERE id IN ({marks}) AND session_id IS NOT NULL", asset_ids)}
        for session_id in sorted(session_ids):
            ctx.store.insert("post_sessions", {"post_id": post_id, "session_id": session_id})
    post = load_posts(ctx, "po.id = ?", [post_id])[0]
    where = f" for {platform}" if platform else ""
    return ToolResult(message=f"Created a post{where} with {len(asset_ids)} asset(s): \"{caption[:60]}\".",
                      data={"post_id": post_id, "post": post.model_dump()})


class EditPostArgs(BaseModel):
    post: str = Field(..., description="The post's id")
    caption: str | None = Field(None, description="Its new text")
    platform: str | None = Field(None, description="Where it will be posted now, e.g. instagram")


def edit_post(ctx: Context, args: EditPostArgs) -> ToolResult:
    """Change a post's caption and/or platform."""
    if args.caption is None and args.platform is None:
        raise InvalidInput("say what to change: the caption or the platform")
    row = ctx.store.one("SELECT * FROM posts WHERE id = ? AND workspace_id = ?", [args.post.strip(), ctx.workspace_id])
    if row is None:
        raise NotFound(f"no post with id '{args.post.strip()}'")
    changes = {}
    if args.caption is not None:
        caption = args.caption.strip()
        if not caption:
            raise InvalidInput("a post needs a caption")
        if len(caption) > MAX_CAPTION_LENGTH:
            raise InvalidInput(f"the caption is {len(caption)} characters; the limit is {MAX_CAPTION_LENGTH}")
        changes["caption"] = caption
    if args.platform is not None:
        changes["platform"] = clean_name(args.platform, "platform")
    with ctx.store.transaction():
        ctx.store.update("posts", row["id"], changes)
    said = " and ".join(f"its {key} is now \"{value[:60]}\"" if key == "caption" else f"it is for {value} now"
                        for key, value in changes.items())
    return ToolResult(message=f"Changed the post: {said}.", data={"post_id": row["id"], **changes})


def _shared_project(ctx: Context, asset_ids: list[str]) -> str | None:
    """The one project all the post's assets belong to, if there is exactly one."""
    projects = {r["project_id"] for r in ctx.store.query_in(
        "SELECT project_id FROM assets WHERE id IN ({marks})", asset_ids)}
    return projects.pop() if len(projects) == 1 else None


def list_posts(ctx: Context, args: ListPostsArgs) -> ToolResult:
    """List posts."""
    posts = load_posts(ctx)
    if args.project is not None:
        posts = [p for p in posts if (p.project or "").casefold() == args.project.strip().casefold()]
    lines = [f"{p.caption[:60]} — {len(p.asset_ids)} asset(s){' on ' + p.platform if p.platform else ''}" for p in posts]
    return ToolResult(message=f"{len(posts)} post(s)." + ("\n" + "\n".join(lines) if lines else ""),
                      data={"posts": [p.model_dump() for p in posts]})


def register_tools(register):
    register(create_post)
    register(edit_post, undo_tables=("posts",))
    register(list_posts, changes_data=False)
