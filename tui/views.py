"""The views: Sessions, Lanes, Iterations (Grid / Timeline), Liked and Library.

Each is a ``VirtualRows``: it keeps ids, reads the details of what is on screen, and draws
thumbnails from the app's ``Thumbnails`` cache. Actions call the same tools the agent uses,
through ``app.run_tool`` (which asks the tool's own confirmation question first).
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.strip import Strip

from tui import data
from tui.text import one_line
from tui.virtual import (
    CURSOR,
    DIM,
    HEADER,
    LIKED,
    TEXT,
    TITLE,
    WARN,
    Row,
    VirtualRows,
    blank,
    text_line,
)

MEDIA_FILTERS = (None, "image", "video", "audio")
MARKED = Style(color="black", bgcolor="deep_sky_blue1", bold=True)


def join_tiles(tiles: list[list[Strip]], height: int, width: int, *, indent: int = 0, gap: int = 1,
               after: list[Strip] | None = None) -> list[Strip]:
    """Tiles side by side (each a list of ``height`` strips), padded to ``width``."""
    lines = []
    for y in range(height):
        segments = [Segment(" " * indent)] if indent else []
        for tile in tiles:
            segments.extend(tile[y])
            segments.append(Segment(" " * gap))
        if after:
            segments.extend(after[y])
        lines.append(Strip(Segment.adjust_line_length(segments, width), width))
    return lines


def cursor_bar(lines: list[Strip], selected: bool, width: int) -> list[Strip]:
    """A bar down the left edge of the selected card."""
    mark = Segment("▌", Style(color="gold1")) if selected else Segment(" ")
    return [Strip(Segment.adjust_line_length([mark, *line], width), width) for line in lines]


class SessionsView(VirtualRows):
    """Session cards grouped Today / This week / Earlier, most recently used first."""

    BINDINGS = [
        Binding("r", "rename", "Rename"),
        Binding("a", "archive", "Archive/unarchive"),
        Binding("x,delete", "delete", "Delete"),
        Binding("h", "toggle_archived", "Show archived"),
    ]
    empty_text = "No sessions yet. Say \"start a session called …\" in the chat."
    CARD_HEIGHT = 6
    TILE = (4, 2)
    show_archived = False

    def load_index(self) -> list[dict]:
        return data.session_index(self.app_ctx, archived=self.show_archived)

    def fetch_details(self, keys):
        return data.session_details(self.app_ctx, keys)

    def layout(self, width: int) -> list[Row]:
        rows, group = [], None
        now = self.app.now()
        for i, entry in enumerate(self.index_rows):
            name = data.age_group(entry["last_used_at"], now)
            if name != group:
                rows.append(Row(1, (), header=name))
                group = name
            rows.append(Row(self.CARD_HEIGHT, (i,)))
        return rows

    def item_at(self, row: Row, x: int):
        return row.items[0] if row.items else None

    def render_row(self, row: Row, width: int) -> list[Strip]:
        if row.header is not None:
            return [text_line([(row.header, HEADER)], width)]
        index = row.items[0]
        s = self.detail(index)
        selected = index == self.cursor
        inner = width - 1
        if s is None:
            return [blank(width)] * self.CARD_HEIGHT
        badges = [s["kind"], s["origin"]] + (["ARCHIVED"] if s["status"] == "archived" else [])
        count = s["generation_count"] or 0
        facts = [f"{count} item{'s' if count != 1 else ''}", data.time_range(s["started_at"], s["ended_at"])]
        if s.get("project"):
            facts.append(f"project {one_line(s['project'], 30)}")
        summary = (s["reflection"] or {}).get("summary") if s["reflection"] else None
        third = (f"✦ {one_line(summary)}", TEXT) if summary else (one_line(s.get("brief_prompt") or ""), DIM)
        lines = [
            text_line([(one_line(s["name"], inner - 30) + "  ", CURSOR if selected else TITLE),
                       ("  ".join(badges), WARN if s["status"] == "archived" else DIM)], inner),
            text_line([(" · ".join(facts), TEXT)], inner),
            text_line([third], inner),
        ]
        tw, th = self.TILE
        fits = max(0, (inner - 1) // (tw + 1))
        tiles = [self.app.thumbs.of(g, tw, th) for g in s["strip"][:fits]]
        lines += join_tiles(tiles, th, inner)
        lines.append(blank(inner))
        return cursor_bar(lines, selected, width)

    def action_open(self) -> None:
        if self.current_key:
            self.app.show_iterations(session_id=self.current_key)

    def action_rename(self) -> None:
        s = self.current_detail()
        if s:
            self.app.ask_text(f"Rename '{one_line(s['name'], 40)}' to:", s["name"],
                              lambda name: name and self.app.run_tool(
                                  "rename_session", {"session": s["id"], "new_name": name}))

    def action_archive(self) -> None:
        s = self.current_detail()
        if s:
            tool = "unarchive_session" if s["status"] == "archived" else "archive_session"
            self.app.run_tool(tool, {"session": s["id"]})

    def action_delete(self) -> None:
        s = self.current_detail()
        if s:
            self.app.run_tool("delete_session", {"session": s["id"]})

    def action_toggle_archived(self) -> None:
        self.show_archived = not self.show_archived
        self.reload()
        self.app.notify("Showing archived sessions too." if self.show_archived else "Archived sessions hidden.")


class LanesView(VirtualRows):
    """One horizontal row of thumbnails per session, newest first."""

    empty_text = SessionsView.empty_text
    TILE = (6, 3)

    def load_index(self) -> list[dict]:
        return data.session_index(self.app_ctx)

    def fetch_details(self, keys):
        return data.session_details(self.app_ctx, keys)

    def layout(self, width: int) -> list[Row]:
        return [Row(self.TILE[1] + 2, (i,)) for i in range(len(self.keys))]

    def render_row(self, row: Row, width: int) -> list[Strip]:
        index = row.items[0]
        s = self.detail(index)
        if s is None:
            return [blank(width)] * row.height
        selected = index == self.cursor
        tw, th = self.TILE
        count = s["generation_count"] or 0
        fits = max(0, (width - 2) // (tw + 1))
        shown = s["strip"][:fits]
        more = count - len(shown)
        title = text_line([(one_line(s["name"], width - 20), CURSOR if selected else TITLE),
                           (f"  {count} item{'s' if count != 1 else ''}", DIM),
                           (f"  (+{more} more)" if more > 0 else "", DIM)], width - 1)
        tiles = [self.app.thumbs.of(g, tw, th) for g in shown]
        lines = [title, *join_tiles(tiles, th, width - 1), blank(width - 1)]
        return cursor_bar(lines, selected, width)

    def action_open(self) -> None:
        if self.current_key:
            self.app.show_iterations(session_id=self.current_key)


class GenerationGrid(VirtualRows):
    """Tiles of generations with a caption; the base of Iterations and Liked."""

    TILE = (14, 6)

    def fetch_details(self, keys):
        return data.generation_details(self.app_ctx, keys)

    @property
    def tile_size(self) -> tuple[int, int]:
        """Smaller tiles in a short view (a 20-line terminal), so a whole row fits."""
        tw, th = self.TILE
        return (tw, th) if self.size.height >= 16 or not self.size.height else (10, 3)

    def layout(self, width: int) -> list[Row]:
        tw, th = self.tile_size
        self.columns = max(1, (width - 1) // (tw + 2))
        n = len(self.keys)
        return [Row(th + 2, tuple(range(start, min(n, start + self.columns))))
                for start in range(0, n, self.columns)]

    def item_at(self, row: Row, x: int):
        column = max(0, x - 1) // (self.tile_size[0] + 2)
        return row.items[column] if column < len(row.items) else None

    def caption(self, g: dict, index: int) -> list[tuple[str, Style]]:
        number = f"#{g['idx']}" if g["idx"] is not None else "·"
        parts = [(number, TITLE), (" ♥" if g["liked"] else "", LIKED), (" ✓" if g["saved_asset_id"] else "", DIM),
                 (" " + one_line(g.get("session_name") or "", self.tile_size[0]), DIM)]
        return parts

    def render_row(self, row: Row, width: int) -> list[Strip]:
        tw, th = self.tile_size
        tiles, captions = [], []
        for index in row.items:
            g = self.detail(index)
            if g is None:
                tiles.append([blank(tw)] * th)
                captions.append(blank(tw))
                continue
            tile = (self.app.thumbs.of(g, tw, th) if g["media_type"] == "image"
                    else _media_tile(g["media_type"], tw, th))
            tiles.append(tile)
            parts = self.caption(g, index)
            base = None
            if index == self.cursor:
                parts = [("▶", CURSOR)] + parts
                base = CURSOR
            captions.append(text_line(parts, tw, base))
        lines = join_tiles(tiles, th, width, indent=1, gap=2)
        lines.append(join_tiles([[c] for c in captions], 1, width, indent=1, gap=2)[0])
        lines.append(blank(width))
        return lines

    # actions shared by the grids ------------------------------------------------------------------

    def action_like(self) -> None:
        g = self.current_detail()
        if g:
            self.app.run_tool("unlike" if g["liked"] else "like", {"items": [g["id"]]})

    def action_save(self) -> None:
        g = self.current_detail()
        if g:
            self.app.run_tool("save_to_library", {"items": [g["id"]]})

    def action_archive(self) -> None:
        g = self.current_detail()
        if g:
            self.app.run_tool("archive_generations", {"items": [g["id"]]})

    def action_remix(self) -> None:
        g = self.current_detail()
        if g:
            self.app.run_tool("remix", {"item": g["id"]})

    def action_open(self) -> None:
        if self.current_key:
            self.app.open_lightbox(self.current_key)


def _media_tile(media: str, width: int, height: int) -> list[Strip]:
    from tui.images import LOADING, filler

    return filler(width, height, LOADING, {"video": "▶ video", "audio": "♪ audio"}.get(media, media))


class IterationsView(GenerationGrid):
    """Every generation across sessions (or one session's), newest first; Grid or Timeline."""

    BINDINGS = [
        Binding("l", "like", "Like"),
        Binding("s", "save", "Save"),
        Binding("a", "archive", "Archive"),
        Binding("m", "remix", "Remix"),
        Binding("f", "filter", "Media filter"),
        Binding("t", "timeline", "Grid/Timeline"),
        Binding("escape", "all_sessions", "All sessions", show=False),
    ]
    empty_text = "No generations yet. Say \"generate 4 images of …\" in the chat."
    media: str | None = None
    session_id: str | None = None
    timeline = False

    def load_index(self) -> list[dict]:
        return data.generation_index(self.app_ctx, media=self.media, session_id=self.session_id)

    @property
    def description(self) -> str:
        parts = ["Timeline" if self.timeline else "Grid", self.media + "s" if self.media else "all media"]
        if self.session_id:
            name = self.app_ctx.store.scalar("SELECT name FROM sessions WHERE id = ?", [self.session_id])
            parts.append(f"session '{one_line(name, 30)}' (esc: all)")
        return " · ".join(parts)

    def layout(self, width: int) -> list[Row]:
        if not self.timeline:
            return super().layout(width)
        self.columns = 1
        rows, day = [], None
        for i, entry in enumerate(self.index_rows):
            when = (entry["created_at"] or "")[:10]
            if when != day:
                rows.append(Row(1, (), header=data.parse_time(entry["created_at"]).strftime("%A %d %B %Y")
                                if data.parse_time(entry["created_at"]) else "undated"))
                day = when
            rows.append(Row(2, (i,)))
        return rows

    def item_at(self, row: Row, x: int):
        if self.timeline:
            return row.items[0] if row.items else None
        return super().item_at(row, x)

    def render_row(self, row: Row, width: int) -> list[Strip]:
        if not self.timeline:
            return super().render_row(row, width)
        if row.header is not None:
            return [text_line([(row.header, HEADER)], width)]
        index = row.items[0]
        g = self.detail(index)
        if g is None:
            return [blank(width)] * 2
        selected = index == self.cursor
        tile = self.app.thumbs.of(g, 4, 2)
        time = data.parse_time(g["created_at"])
        first = text_line([(f" {time:%H:%M} " if time else " --:-- ", CURSOR if selected else TITLE),
                           (f" {one_line(g.get('session_name') or '', 24)} #{g['idx']}", TEXT),
                           (" ♥" if g["liked"] else "", LIKED),
                           ("  " + one_line(g["prompt"]), DIM)], width - 6)
        second = text_line([(f"        {one_line(g['model'] or '', 30)} · seed {g['seed']}", DIM)], width - 6)
        return join_tiles([tile], 2, width, indent=1, after=[first, second])

    def action_filter(self) -> None:
        self.media = MEDIA_FILTERS[(MEDIA_FILTERS.index(self.media) + 1) % len(MEDIA_FILTERS)]
        self.reload()
        self.app.update_titles()

    def action_timeline(self) -> None:
        self.timeline = not self.timeline
        self.columns = 1
        self._relayout(force=True)
        self.set_cursor(self.cursor)
        self.app.update_titles()

    def action_all_sessions(self) -> None:
        if self.session_id:
            self.session_id = None
            self.reload()
            self.app.update_titles()
        else:
            self.app.focus_chat()


class LikedView(GenerationGrid):
    """The Liked Generations collection across sessions, with bulk save, download and post."""

    BINDINGS = [
        Binding("space", "mark", "Mark"),
        Binding("s", "bulk_save", "Save"),
        Binding("d", "bulk_download", "Download"),
        Binding("p", "bulk_post", "Post"),
        Binding("u", "unlike", "Unlike"),
    ]
    empty_text = "No liked generations yet. Like some with \"like 2 and 3\" or l in the grid."

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.marked: set[str] = set()

    def load_index(self) -> list[dict]:
        rows = data.generation_index(self.app_ctx, liked=True)
        self.marked &= {r["id"] for r in rows}
        return rows

    def caption(self, g: dict, index: int):
        parts = super().caption(g, index)
        return [("■ ", MARKED)] + parts if g["id"] in self.marked else parts

    def action_mark(self) -> None:
        key = self.current_key
        if key:
            self.marked ^= {key}
            self.redraw()
            self.app.update_titles()

    def _selection(self) -> dict:
        if self.marked:
            return {"items": [k for k in self.keys if k in self.marked]}
        return {"which": "liked", "all_sessions": True}

    def action_bulk_save(self) -> None:
        if self.keys:
            self.app.run_tool("save_to_library", self._selection())

    def action_bulk_download(self) -> None:
        if self.keys:
            self.app.run_tool("download", self._selection())

    def action_bulk_post(self) -> None:
        if not self.keys:
            return
        selection = self._selection()
        self.app.ask_text("Caption for the post:", "",
                          lambda caption: caption and self.app.run_tool("create_post", {**selection, "caption": caption}))

    def action_unlike(self) -> None:
        g = self.current_detail()
        if g:
            self.app.run_tool("unlike", {"items": [g["id"]]})

    @property
    def description(self) -> str:
        n = len(self.marked)
        target = f"{n} marked" if n else "all liked"
        return f"{len(self.keys)} liked · bulk actions apply to {target} (space marks)"


class LibraryView(VirtualRows):
    """Library assets with provenance; folders, projects and tags on top; missing files marked."""

    empty_text = "The library is empty. Save generations (s) or import a folder (atelier import PATH)."
    TILE = (6, 3)
    BINDINGS = [Binding("f", "filter", "Folder/project/tag")]
    scope: tuple[str, str] | None = None  # ("folder" | "project" | "tag", name), or the whole library

    def load_index(self) -> list[dict]:
        self.summary = data.library_summary(self.app_ctx)
        return data.asset_index(self.app_ctx, self.scope)

    def action_filter(self) -> None:
        """Choose one folder, project or tag to show, or the whole library again."""
        from tui.screens import ChoiceScreen

        choices: list[tuple[str, tuple[str, str] | str]] = [("The whole library", "all")]
        for kind, plural in (("folder", "folders"), ("project", "projects"), ("tag", "tags")):
            choices += [(f"{kind.title()}: {one_line(name, 40)} ({n})", (kind, name))
                        for name, n in self.summary[plural]]
        self.app.push_screen(ChoiceScreen("Show which part of the library?", choices), self.show_scope)

    def show_scope(self, choice: tuple[str, str] | str | None) -> None:
        if choice is None:  # Esc: keep what is shown
            return
        self.scope = None if choice == "all" else choice
        self.reload()

    @property
    def description(self) -> str:
        if self.scope is None:
            return f"{len(self.keys)} assets · f shows one folder, project or tag"
        kind, name = self.scope
        return f"{len(self.keys)} assets in {kind} {one_line(name, 40)} · f to change"

    def fetch_details(self, keys):
        return data.asset_details(self.app_ctx, keys)

    def layout(self, width: int) -> list[Row]:
        return [Row(3, (), header="library"), *(Row(self.TILE[1] + 1, (i,)) for i in range(len(self.keys)))]

    def render_row(self, row: Row, width: int) -> list[Strip]:
        if row.header is not None:
            def listing(label, pairs):
                shown = ", ".join(f"{one_line(name, 24)} ({n})" for name, n in pairs[:12]) or "none"
                return text_line([(f"{label}: ", TITLE), (shown, TEXT)], width)
            return [listing("Folders", self.summary["folders"]), listing("Projects", self.summary["projects"]),
                    listing("Tags", self.summary["tags"])]
        index = row.items[0]
        a = self.detail(index)
        if a is None:
            return [blank(width)] * row.height
        selected = index == self.cursor
        tw, th = self.TILE
        text_width = max(1, width - tw - 3)
        if a["missing"]:
            from tui.images import missing_tile

            tile = missing_tile(tw, th)
        else:
            tile = self.app.thumbs.tile(a["sha256"], a.get("file_ext"), tw, th, a.get("content_hash"))
        where = [f"folder {one_line(a['folder'], 20)}" if a.get("folder") else "",
                 f"project {one_line(a['project'], 20)}" if a.get("project") else "",
                 ("tags " + ", ".join(one_line(t, 16) for t in a["tags"])) if a["tags"] else ""]
        provenance = [one_line(a["model"] or "", 24), f"seed {a['seed']}" if a["seed"] is not None else "",
                      one_line(a["generator"] or "", 16)]
        lines = [
            text_line([(one_line(a["title"], text_width - 12), CURSOR if selected else TITLE),
                       (f"  {a['media_type']}", DIM), ("  MISSING FILE" if a["missing"] else "", WARN)], text_width),
            text_line([(one_line(a["prompt"]) or "(no prompt)", TEXT)], text_width),
            text_line([(" · ".join(p for p in provenance + where if p), DIM),
                       (f"  {one_line(a['path'] or 'no file', 80)}", WARN if a["missing"] else DIM)], text_width),
        ]
        out = join_tiles([tile], th, width - 1, indent=0, after=lines)
        out.append(blank(width - 1))
        return cursor_bar(out, selected, width)

    def action_open(self) -> None:
        a = self.current_detail()
        if a and a.get("origin_generation_id"):
            self.app.open_lightbox(a["origin_generation_id"])
