"""A virtualised list/grid: only the rows on screen are drawn, only their details are read.

Textual's Line API (a ``ScrollView`` whose ``render_line`` draws one line) is the tool for this:
10,000 session cards or 100,000 tiles cost an id list and a prefix sum of row heights, not
100,000 widgets. Each view subclasses ``VirtualRows``: it says how items fall into rows
(``layout``), how one row looks (``render_row``) and how to read details (``fetch_details``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.events import Click, Resize
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

DETAIL_PAGE = 120  # items read at once when a row on screen needs details
STRIP_CACHE_ROWS = 400

CURSOR = Style(color="black", bgcolor="gold1", bold=True)
HEADER = Style(color="bright_white", bold=True, underline=True)
DIM = Style(color="grey62")
TEXT = Style(color="grey85")
TITLE = Style(color="bright_white", bold=True)
LIKED = Style(color="hot_pink", bold=True)
WARN = Style(color="red1", bold=True)


@dataclass(frozen=True)
class Row:
    height: int
    items: tuple[int, ...] = ()  # indexes into ``keys``
    header: str | None = None


def text_line(parts: list[tuple[str, Style]], width: int, base: Style | None = None) -> Strip:
    """One line from styled pieces, cut or padded to ``width``."""
    segments = [Segment(text, style if base is None else base + style) for text, style in parts if text]
    line = Segment.adjust_line_length(segments, width, style=base)
    return Strip(line, width)


def blank(width: int) -> Strip:
    return Strip([Segment(" " * width)], width)


class VirtualRows(ScrollView, can_focus=True):
    """Rows of items with a cursor; subclasses fill in the layout and the drawing."""

    DEFAULT_CSS = """
    VirtualRows { height: 1fr; background: $surface; }
    VirtualRows:focus { background: $surface-lighten-1; }
    """
    BINDINGS = [
        Binding("up", "move(-1, 'row')", "Up", show=False),
        Binding("down", "move(1, 'row')", "Down", show=False),
        Binding("left", "move(-1, 'item')", "Left", show=False),
        Binding("right", "move(1, 'item')", "Right", show=False),
        Binding("pageup", "move(-1, 'page')", "Page up", show=False),
        Binding("pagedown", "move(1, 'page')", "Page down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
        Binding("enter", "open", "Open"),
    ]
    empty_text = "Nothing here yet."

    class Loaded(Message):
        """The index was read again."""

        def __init__(self, view: VirtualRows) -> None:
            super().__init__()
            self.view = view

    class Opened(Message):
        """Enter (or a second click) on an item."""

        def __init__(self, view: VirtualRows, key: str) -> None:
            super().__init__()
            self.view = view
            self.key = key

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None):
        super().__init__(name=name, id=id, classes=classes)
        self.keys: list[str] = []
        self.index_rows: list[dict] = []  # what the index query returned, one per key
        self.cursor = 0
        self.columns = 1
        self._rows: list[Row] = []
        self._offsets: list[int] = []
        self._item_row: list[int] = []
        self._strips: dict[int, list[Strip]] = {}
        self._waiting: set[int] = set()  # rows drawn with a thumbnail still loading
        self._details: dict[str, dict] = {}
        self._layout_width = 0
        self.loaded = False

    # -- for subclasses -------------------------------------------------------------------------

    def load_index(self) -> list[dict]:
        """Rows with at least ``id``, in display order."""
        raise NotImplementedError

    def fetch_details(self, keys: list[str]) -> dict[str, dict]:
        raise NotImplementedError

    def layout(self, width: int) -> list[Row]:
        return [Row(self.item_height, (i,)) for i in range(len(self.keys))]

    item_height = 1

    def render_row(self, row: Row, width: int) -> list[Strip]:
        raise NotImplementedError

    def item_at(self, row: Row, x: int) -> int | None:
        return row.items[0] if row.items else None

    # -- data -----------------------------------------------------------------------------------

    @property
    def app_ctx(self):
        return self.app.ctx

    def reload(self) -> None:
        """Read the index again (after a change) in a worker thread: 100,000 ids take a moment
        to sort, and the interface does not wait for them."""
        self.run_worker(self._read_index, thread=True, exclusive=True, group=f"index-{self.id}")

    def _read_index(self) -> None:
        rows = self.load_index()
        try:
            self.app.call_from_thread(self.apply_index, rows)
        except RuntimeError:  # the app closed meanwhile
            pass

    def apply_index(self, rows: list[dict]) -> None:
        """Keep the cursor on the same item if it is still there."""
        current = self.current_key
        self.index_rows = rows
        self.keys = [r["id"] for r in self.index_rows]
        self._details.clear()
        if current in self.keys:
            self.cursor = self.keys.index(current)
        self.cursor = max(0, min(self.cursor, len(self.keys) - 1))
        self.loaded = True
        self._relayout(force=True)
        if self.has_focus or current is None:
            self.set_cursor(self.cursor)
        self.post_message(self.Loaded(self))

    def detail(self, index: int) -> dict | None:
        key = self.keys[index]
        if key not in self._details:
            window = [k for k in self.keys[max(0, index - 10): index + DETAIL_PAGE] if k not in self._details]
            self._details.update(self.fetch_details(window))
        return self._details.get(key)

    @property
    def current_key(self) -> str | None:
        return self.keys[self.cursor] if self.keys and 0 <= self.cursor < len(self.keys) else None

    def current_detail(self) -> dict | None:
        return self.detail(self.cursor) if self.current_key else None

    def forget_details(self) -> None:
        """Details changed (a like, a save): draw again from the store, keep the index."""
        self._details.clear()
        self.redraw()

    def redraw(self) -> None:
        self._strips.clear()
        self._waiting.clear()
        self.refresh()

    def images_ready(self) -> None:
        """Thumbnails arrived: draw again only the rows that were waiting for one."""
        for r in self._waiting:
            self._strips.pop(r, None)
        self._waiting.clear()
        self.refresh()

    # -- layout and drawing ---------------------------------------------------------------------

    def _relayout(self, force: bool = False) -> None:
        width = max(1, self.scrollable_content_region.width or self.size.width or 80)
        if not force and width == self._layout_width:
            return
        self._layout_width = width
        self._rows = self.layout(width) if self.keys else []
        heights = [row.height for row in self._rows]
        self._offsets = [0, *accumulate(heights)][:-1] if heights else []
        self._item_row = [0] * len(self.keys)
        for r, row in enumerate(self._rows):
            for item in row.items:
                self._item_row[item] = r
        self._strips.clear()
        self._waiting.clear()
        total = sum(heights) if heights else 1
        self.virtual_size = Size(width, total)
        self.refresh()

    def on_resize(self, event: Resize) -> None:
        self._relayout(force=event.size.height != getattr(self, "_layout_height", None))
        self._layout_height = event.size.height

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        absolute = self.scroll_offset.y + y
        if not self._rows:
            if y == 1:
                return text_line([("  " + self.empty_text, DIM)], width)
            return blank(width)
        r = bisect_right(self._offsets, absolute) - 1
        if r < 0 or r >= len(self._rows):
            return blank(width)
        strips = self._strips.get(r)
        if strips is None:
            if len(self._strips) > STRIP_CACHE_ROWS:
                self._strips.clear()
            misses = self.app.thumbs.misses
            strips = self._strips[r] = self.render_row(self._rows[r], width)
            if self.app.thumbs.misses != misses:
                self._waiting.add(r)
        line = absolute - self._offsets[r]
        return strips[line] if line < len(strips) else blank(width)

    # -- cursor ---------------------------------------------------------------------------------

    def set_cursor(self, index: int) -> None:
        if not self.keys:
            return
        index = max(0, min(index, len(self.keys) - 1))
        old = self.cursor
        self.cursor = index
        for item in (old, index):
            if 0 <= item < len(self._item_row):
                self._strips.pop(self._item_row[item], None)
        self.refresh()
        if self._rows:
            r = self._item_row[index]
            region = Region(0, self._offsets[r], 1, self._rows[r].height)
            # The group header right above the first row stays in view too.
            if r > 0 and self._rows[r - 1].header is not None:
                region = Region(0, self._offsets[r - 1], 1, self._rows[r].height + self._rows[r - 1].height)
            self.scroll_to_region(region, animate=False, immediate=True)

    def action_move(self, step: int, unit: str) -> None:
        if unit == "item":
            delta = step
        elif unit == "row":
            delta = step * self.columns
        else:
            row_height = max(1, self._rows[0].height if self._rows else 1)
            delta = step * self.columns * max(1, self.scrollable_content_region.height // row_height)
        self.set_cursor(self.cursor + delta)

    def action_jump(self, where: int) -> None:
        self.set_cursor(len(self.keys) - 1 if where < 0 else where)

    def action_open(self) -> None:
        if self.current_key:
            self.post_message(self.Opened(self, self.current_key))

    def on_click(self, event: Click) -> None:
        if not self._rows:
            return
        absolute = self.scroll_offset.y + event.y
        r = bisect_right(self._offsets, absolute) - 1
        if not 0 <= r < len(self._rows):
            return
        item = self.item_at(self._rows[r], event.x + self.scroll_offset.x)
        if item is None:
            return
        if item == self.cursor or event.chain > 1:
            self.set_cursor(item)
            self.action_open()
        else:
            self.set_cursor(item)
