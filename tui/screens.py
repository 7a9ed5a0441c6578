"""Modal screens: a yes/no confirmation, a one-line question, help, and the lightbox."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tools.errors import AtelierError
from tui import data
from tui.text import clean, one_line, safe


class ConfirmScreen(ModalScreen[bool]):
    """The question a costly or destructive step asks; y / n / Esc answer it."""

    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical { width: 70; max-width: 95%; height: auto; border: thick $warning;
                               background: $panel; padding: 1 2; }
    ConfirmScreen Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    ConfirmScreen Button { margin-left: 2; }
    """
    BINDINGS = [Binding("y", "answer(True)", "Yes"), Binding("n,escape", "answer(False)", "No")]

    def __init__(self, question: str):
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(safe(self.question), id="question")
            with Horizontal():
                yield Button("No", id="no", variant="default")
                yield Button("Yes", id="yes", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()  # the safe answer is the default

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line of text (a new name, a caption); Esc cancels."""

    DEFAULT_CSS = """
    PromptScreen { align: center middle; }
    PromptScreen > Vertical { width: 70; max-width: 95%; height: auto; border: thick $accent;
                              background: $panel; padding: 1 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, initial: str = ""):
        super().__init__()
        self.title_text = title
        self.initial = initial

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(safe(self.title_text))
            yield Input(value=clean(self.initial), id="answer")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoiceScreen(ModalScreen[object]):
    """Pick one of a list (Enter or a click); Esc cancels and returns None."""

    DEFAULT_CSS = """
    ChoiceScreen { align: center middle; }
    ChoiceScreen > Vertical { width: 60; max-width: 95%; height: auto; max-height: 90%;
                              border: thick $accent; background: $panel; padding: 1 2; }
    ChoiceScreen OptionList { height: auto; max-height: 20; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, choices: list[tuple[str, object]]):
        super().__init__()
        self.title_text = title
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(safe(self.title_text))
            # Labels come from names people typed or files carried: plain text, never markup.
            yield OptionList(*(Option(safe(label), id=str(n)) for n, (label, _) in enumerate(self.choices)))

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[int(event.option.id)][1])

    def action_cancel(self) -> None:
        self.dismiss(None)


HELP = """\
Atelier — talk to the studio on the right, see the work on the left.

Chat          type a request and press Enter ("start a session called Launch and generate 4 images
              of a beach"). Confirmations open a yes/no dialog. Ctrl+X stops a running turn
              (a generation stops between images; finished ones are kept).
Views         F2 Sessions · F3 Lanes · F4 Iterations · F5 Liked · F6 Library (also Ctrl+P)
Focus         Tab / Shift+Tab move between the view and the chat; Esc in the chat goes to the view
In a view     arrows, PgUp/PgDn, Home/End move; Enter opens; the mouse works too
Sessions      r rename · a archive/unarchive · x delete (asks first) · h show archived
Iterations    l like · s save · a archive · m remix · f media filter · t Grid/Timeline
Liked         space mark · s save · d download (zip) · p post · u unlike (marked ones, or all)
Library       f show one folder, project or tag (or all again)
Lightbox      ←/→ page through the session · l like · s save · m remix · a archive · Esc close
Quit          Ctrl+Q (a running generation stops cleanly first)
"""


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 104; max-width: 98%; height: auto; max-height: 90%;
                                  border: thick $accent; background: $panel; padding: 0 1; }
    """
    BINDINGS = [Binding("escape,q,f1,question_mark", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(safe(HELP))


class LightboxScreen(Screen[None]):
    """One generation large, with its metadata and lineage; pages through its session."""

    DEFAULT_CSS = """
    LightboxScreen { layout: horizontal; }
    LightboxScreen #picture { width: 1fr; height: 1fr; min-width: 20; }
    LightboxScreen #picture > * { width: 100%; height: 100%; }
    LightboxScreen #facts { width: 46; height: 1fr; padding: 0 1; border-left: solid $accent; }
    LightboxScreen.-narrow #facts { width: 28; }
    """
    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("left", "page(-1)", "Previous"),
        Binding("right", "page(1)", "Next"),
        Binding("l", "act('like')", "Like"),
        Binding("s", "act('save')", "Save"),
        Binding("m", "act('remix')", "Remix"),
        Binding("a", "act('archive')", "Archive"),
    ]

    def __init__(self, generation_id: str):
        super().__init__()
        self.generation_id = generation_id
        self.pages: list[str] = []

    def compose(self) -> ComposeResult:
        yield Vertical(id="picture")
        with VerticalScroll(id="facts"):
            yield Static(id="meta")
            yield Static(id="lineage")
        yield Footer()

    def on_mount(self) -> None:
        self.show(self.generation_id)

    def on_resize(self) -> None:
        self.set_class(self.size.width < 80, "-narrow")

    @property
    def row(self) -> dict | None:
        return data.generation_details(self.app.ctx, [self.generation_id]).get(self.generation_id)

    def show(self, generation_id: str) -> None:
        self.generation_id = generation_id
        g = self.row
        if g is None:
            self.dismiss()
            return
        self.pages = data.session_generation_ids(self.app.ctx, g["session_id"]) or [g["id"]]
        self.refresh_facts(g)
        picture = self.query_one("#picture")
        picture.remove_children()
        picture.mount(self.app.large_image(g))

    def refresh_facts(self, g: dict | None = None) -> None:
        g = g or self.row
        if g is None:
            return
        position = self.pages.index(g["id"]) + 1 if g["id"] in self.pages else 0
        facts = [
            ("Session", f"{g.get('session_name') or '—'}  #{g['idx']}  ({position}/{len(self.pages)})"),
            ("Prompt", g["prompt"]), ("Negative", g["negative_prompt"] or "—"),
            ("Seed", g["seed"]), ("Model", g["model"]), ("Provider", g["provider"]),
            ("Size", f"{g['width']}×{g['height']}"), ("Created", data.short_time(g["created_at"])),
            ("Liked", "♥ yes" if g["liked"] else "no"), ("Saved", "yes" if g["saved_asset_id"] else "no"),
            ("Archived", "yes" if g["archived"] else "no"),
        ] + ([("Session reflection", g["session_summary"])] if g.get("session_summary") else [])
        text = safe("")
        for label, value in facts:
            text.append(f"{label}: ", style="bold")
            text.append(clean(value if value is not None else "—") + "\n")
        self.query_one("#meta", Static).update(text)
        try:
            from tools.registry import get_registry

            lineage = get_registry()["lineage"](self.app.ctx, {"item": g["id"]}).message
        except AtelierError as error:
            lineage = error.message
        self.query_one("#lineage", Static).update(safe("\nLineage\n", "bold") + safe(lineage))

    def action_page(self, step: int) -> None:
        if self.generation_id in self.pages:
            index = self.pages.index(self.generation_id) + step
            if 0 <= index < len(self.pages):
                self.show(self.pages[index])

    def action_act(self, what: str) -> None:
        g = self.row
        if g is None:
            return
        if what == "like":
            self.app.run_tool("unlike" if g["liked"] else "like", {"items": [g["id"]]})
        elif what == "save":
            self.app.run_tool("save_to_library", {"items": [g["id"]]})
        elif what == "remix":
            self.app.run_tool("remix", {"item": g["id"]})
        elif what == "archive":
            self.app.run_tool("archive_generations", {"items": [g["id"]]})

    def data_changed(self) -> None:
        if self.row is None:
            self.dismiss()
        else:
            self.refresh_facts()

    def action_close(self) -> None:
        self.dismiss()

    def describe(self) -> str:
        g = self.row
        return one_line(g["prompt"], 60) if g else ""
