"""The Textual app: views of the work on the left, the conversation on the right.

    app = create_app(home=..., model=..., clock=...)   # tests reuse this factory
    app.run()

Agent turns and direct actions run in thread workers and post typed messages back, so the
interface never waits on the graph, a generator or the store.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

# textual_image picks Kitty, Sixel or half-cell by querying the terminal when it is imported;
# once Textual owns stdin that query fails, so it is imported here, before any App.run().
import textual_image.widget as image_widgets
from rich.markup import escape
from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Input, Static

from agent.events import ConfirmationRequested, Progress, Reply, ToolFinished
from memory.clock import utc_now
from tools.context import Context
from tools.credits import balance
from tools.errors import AtelierError
from tools.registry import get_registry
from tui.chat import ActionDone, AgentEvent, ChatPane, TurnFinished
from tui.images import Thumbnails
from tui.screens import ConfirmScreen, HelpScreen, LightboxScreen, PromptScreen
from tui.text import clean, one_line, safe
from tui.views import IterationsView, LanesView, LibraryView, LikedView, SessionsView
from tui.virtual import VirtualRows

log = logging.getLogger(__name__)

VIEWS = {  # id: (title, key, footer label, class)
    "sessions": ("Sessions", "f2", "Sessions", SessionsView),
    "lanes": ("Session lanes", "f3", "Lanes", LanesView),
    "iterations": ("Iterations", "f4", "Iterations", IterationsView),
    "liked": ("Liked generations", "f5", "Liked", LikedView),
    "library": ("Library", "f6", "Library", LibraryView),
}


class ImagesReady(Message):
    """Thumbnails finished loading in the background: draw the visible rows again."""


class AtelierApp(App[int]):
    TITLE = "Atelier"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    CSS = """
    #status { height: 1; background: $primary-background; color: $text; padding: 0 1; }
    #body { height: 1fr; }
    #views { width: 3fr; height: 1fr; border: round $primary; border-title-color: $text; }
    #chat { width: 2fr; min-width: 30; height: 1fr; }
    .-narrow #body { layout: vertical; }
    .-narrow #views { width: 1fr; height: 1fr; }
    .-narrow #chat { width: 1fr; height: 9; border-left: none; border-top: solid $accent; }
    .-narrow #chat #prompt { border: none; height: 1; padding: 0 1; background: $boost; }
    """
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1", "help", "Help"),
        *(Binding(key, f"show_view('{view}')", label) for view, (_, key, label, _) in VIEWS.items()),
        Binding("ctrl+x", "cancel_turn", "Stop turn", priority=True),
    ]

    def __init__(self, assistant, ctx: Context, *, clock: Callable[[], datetime] = utc_now,
                 image_mode: str = "auto", thread_id: str | None = None, owns: bool = True):
        super().__init__()
        self.assistant = assistant
        self.clock = clock
        self.image_mode = image_mode
        self.thread_id = thread_id or f"tui-{uuid.uuid4().hex[:12]}"
        # Keys log their changes in this conversation's undo log: "undo" typed after pressing "a"
        # undoes that archive, never an older change made in chat.
        self.ctx = replace(ctx, conversation_id=self.thread_id)
        self.owns = owns
        self.turn_running = False
        self.actions_running = 0  # direct actions (keys, buttons) still working in their workers
        self._turns = 0  # turns started whose worker has not finished yet
        self._images_posted = False
        self.thumbs = Thumbnails(Path(ctx.settings.home), ctx.blobs, on_ready=self._images_ready)
        self._stale: set[str] = set()
        ctx.on_progress = lambda label, done, total: self.post_message(AgentEvent(Progress(label, done, total)))

    # -- layout ---------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="body"):
            with ContentSwitcher(id="views", initial="sessions"):
                for view, (*_, cls) in VIEWS.items():
                    yield cls(id=view)
            yield ChatPane(id="chat")
        yield Footer()

    def on_mount(self) -> None:
        self.view("sessions").reload()
        self._stale = set(VIEWS) - {"sessions"}
        self.update_titles()
        self.update_status()
        self.chat.input.focus()

    def on_unmount(self) -> None:
        self.thumbs.close()
        if self.owns:
            try:
                if self.ctx.store is not self.assistant.ctx.store:
                    self.ctx.close()
            finally:
                self.assistant.close()

    @property
    def chat(self) -> ChatPane:
        return self.query_one("#chat", ChatPane)

    def view(self, name: str) -> VirtualRows:
        return self.query_one(f"#{name}", VirtualRows)

    @property
    def current_view(self) -> VirtualRows:
        return self.view(self.query_one("#views", ContentSwitcher).current)

    def now(self) -> datetime:
        return self.clock()

    def update_titles(self) -> None:
        name = self.query_one("#views", ContentSwitcher).current
        view = self.view(name)
        title, key, *_ = VIEWS[name]
        extra = getattr(view, "description", None)
        text = f"{title} ({key.upper()}) · {len(view.keys):,}" + (f" · {extra}" if extra else "")
        self.query_one("#views").border_title = escape(clean(text))  # a border title is markup

    def update_status(self) -> None:
        session_id = None
        try:
            session_id = self.assistant.current_session_id(self.thread_id)
        except Exception:  # no checkpoint yet
            session_id = None
        name = self.ctx.store.scalar("SELECT name FROM sessions WHERE id = ?", [session_id]) if session_id else None
        model = "offline planner" if getattr(self.assistant, "offline", True) else (
            "LLM " + str(getattr(self.assistant.model, "model_name", None) or self.ctx.settings.chosen_model))
        busy = "  ● working (Ctrl+X stops)" if self.turn_running or self.actions_running else ""
        text = safe(f"Atelier · session: {one_line(name, 40) if name else 'none'} · "
                    f"{balance(self.ctx):,} credits · answered by {model}{busy}")
        self.query_one("#status", Static).update(text)

    # -- views ----------------------------------------------------------------------------------

    def action_show_view(self, name: str) -> None:
        self.query_one("#views", ContentSwitcher).current = name
        view = self.view(name)
        if name in self._stale or not view.loaded:
            self._stale.discard(name)
            view.reload()
        self.update_titles()
        view.focus()

    def show_iterations(self, session_id: str | None = None) -> None:
        view = self.view("iterations")
        view.session_id = session_id
        self._stale.add("iterations")
        self.action_show_view("iterations")

    def focus_chat(self) -> None:
        self.chat.input.focus()

    def open_lightbox(self, generation_id: str) -> None:
        self.push_screen(LightboxScreen(generation_id))

    def large_image(self, g: dict):
        """The lightbox picture: a protocol image where the terminal has one (half-cell in tests)."""
        from tools.importing.thumbnails import thumbnail_path

        path = self.ctx.blobs.path_for(g["blob_sha256"], g["file_ext"] or "") if g["blob_sha256"] else None
        if path is None or not path.exists():
            name = g.get("content_hash") or g["blob_sha256"]
            thumb = thumbnail_path(self.ctx.settings.home, name) if name else None
            path = thumb if thumb and thumb.exists() else None
        if path is None:
            return Static(safe("\n\n  The image file is missing.", "bold red"))
        cls = image_widgets.HalfcellImage if self.image_mode == "halfcell" else image_widgets.Image
        return cls(path)

    def data_changed(self) -> None:
        """Something changed (in chat or by a key): the visible view and the header follow at once."""
        current = self.query_one("#views", ContentSwitcher).current
        self._stale = set(VIEWS) - {current}
        self.view(current).reload()
        self.update_titles()
        self.update_status()
        if isinstance(self.screen, LightboxScreen):
            self.screen.data_changed()

    def _images_ready(self) -> None:  # from a loader thread
        if not self._images_posted:
            self._images_posted = True
            self.post_message(ImagesReady())

    def on_images_ready(self, message: ImagesReady) -> None:
        self._images_posted = False
        self.current_view.images_ready()

    def on_virtual_rows_loaded(self, message: VirtualRows.Loaded) -> None:
        self.update_titles()

    def on_virtual_rows_opened(self, message: VirtualRows.Opened) -> None:
        message.view.action_open()

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen):
        yield from super().get_system_commands(screen)
        for view, (title, key, *_) in VIEWS.items():
            yield SystemCommand(f"View: {title}", f"Show the {title.lower()} view ({key.upper()})",
                                lambda view=view: self.action_show_view(view))
        yield SystemCommand("Iterations: Grid / Timeline", "Switch the iterations layout",
                            lambda: (self.action_show_view("iterations"), self.view("iterations").action_timeline()))
        yield SystemCommand("Iterations: media filter", "Cycle all / images / video / audio",
                            lambda: (self.action_show_view("iterations"), self.view("iterations").action_filter()))
        yield SystemCommand("Library: folder / project / tag", "Show one folder, project or tag, or all",
                            lambda: (self.action_show_view("library"), self.view("library").action_filter()))
        yield SystemCommand("Stop the running turn", "Like Ctrl+X", self.action_cancel_turn)
        yield SystemCommand("Keys", "Show every key binding (F1)", self.action_help)

    # -- the conversation -----------------------------------------------------------------------

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "prompt":
            return
        text = event.value.strip()
        if not text:
            return
        if self.turn_running:
            self.notify("A turn is still running: wait for it, or stop it with Ctrl+X.", severity="warning")
            return
        event.input.value = ""
        self.chat.user(text)
        self.start_turn(text)

    def on_key(self, event) -> None:
        if event.key == "escape" and isinstance(self.focused, Input) and self.focused.id == "prompt":
            self.current_view.focus()
            event.stop()

    def start_turn(self, text: str, *, resume: bool = False) -> None:
        self._turns += 1
        self.turn_running = True
        self.update_status()
        self._turn(text, resume)

    @work(thread=True, exclusive=True, group="turn")
    def _turn(self, text: str, resume: bool) -> None:
        try:
            events = (self.assistant.resume(self.thread_id, text) if resume
                      else self.assistant.send(self.thread_id, text))
            for event in events:
                self.post_message(AgentEvent(event))
        except Exception:
            log.exception("turn failed")
            self.post_message(AgentEvent(Reply("Something went wrong; nothing more was done.", error=True)))
        finally:
            self.post_message(TurnFinished())

    def on_agent_event(self, message: AgentEvent) -> None:
        event = message.event
        self.chat.show(event)
        if isinstance(event, ToolFinished) and not event.error:
            self.data_changed()
        elif isinstance(event, ConfirmationRequested):
            self.push_screen(ConfirmScreen(event.question), self._answer)

    def _answer(self, yes: bool | None) -> None:
        answer = "yes" if yes else "no"
        self.chat.user(answer)
        self.start_turn(answer, resume=True)

    def on_turn_finished(self, message: TurnFinished) -> None:
        self._turns = max(0, self._turns - 1)
        self.turn_running = self._turns > 0
        self.chat.activity("")
        self.update_status()

    def action_cancel_turn(self) -> None:
        """Stop the running turn and any direct action (a remix from a key) between steps."""
        if not self.turn_running and not self.actions_running:
            self.notify("Nothing is running.")
            return
        if self.turn_running:
            self.assistant.cancel(self.thread_id)
        self.ctx.cancel.set()
        self.chat.activity("stopping after the current step …")

    async def action_quit(self) -> None:
        """Quit; a running turn or action is stopped between steps first, so the data stays whole
        (finished images kept, the credits of the rest released)."""
        running = [w for w in self.workers if w.group in ("turn", "actions") and w.is_running]
        if running:
            self.assistant.cancel(self.thread_id)
            self.ctx.cancel.set()
            self.chat.activity("stopping after the current step, then quitting …")
            for worker in running:
                try:
                    await worker.wait()
                except Exception:
                    pass
        self.exit(0)

    # -- direct actions -------------------------------------------------------------------------

    def run_tool(self, name: str, args: dict) -> None:
        """Call a tool as the agent would; its own confirmation question is asked first."""
        tool = get_registry()[name]
        try:
            parsed = tool.parse_args(args)
            question = tool.confirmation_question(self.ctx, parsed)
        except AtelierError as error:
            self.notify(error.message, severity="error")
            return
        if question:
            def answered(yes: bool | None) -> None:
                if yes:
                    self._run_tool(name, parsed)
                else:
                    self.chat.action_result(name, "Not done: nothing was changed.", False)

            self.push_screen(ConfirmScreen(question), answered)
        else:
            self._run_tool(name, parsed)

    def _run_tool(self, name: str, parsed) -> None:
        if not self.actions_running:
            self.ctx.cancel.clear()  # a stop asked for earlier actions does not stop this one
        self.actions_running += 1
        self.update_status()
        self._action_worker(name, parsed)

    @work(thread=True, group="actions")
    def _action_worker(self, name: str, parsed) -> None:
        try:
            result = get_registry()[name](self.ctx, parsed)
            self.post_message(ActionDone(name, result.message))
        except AtelierError as error:
            self.post_message(ActionDone(name, error.message, True))
        except Exception:
            log.exception("direct action %s failed", name)
            self.post_message(ActionDone(name, "Something went wrong; nothing was changed.", True))

    def on_action_done(self, message: ActionDone) -> None:
        self.actions_running = max(0, self.actions_running - 1)
        self.update_status()
        self.chat.action_result(message.tool, message.message, message.error)
        self.chat.activity("")
        self.notify(one_line(message.message, 200), severity="error" if message.error else "information",
                    markup=False)
        if not message.error:
            self.data_changed()

    def ask_text(self, title: str, initial: str, then: Callable[[str], object]) -> None:
        self.push_screen(PromptScreen(title, initial), lambda value: value and then(value))


def create_app(home: Path | str | None = None, model=None, clock: Callable[[], datetime] | None = None,
               *, image_mode: str = "auto", thread_id: str | None = None) -> AtelierApp:
    """The app over one home, with its own Assistant and a Context for direct actions."""
    from agent.assistant import Assistant
    from agent.models import ModelConfigError

    try:
        assistant = Assistant(home=home, model=model)
    except ModelConfigError as error:
        raise AtelierError(str(error)) from None
    return AtelierApp(assistant, assistant.context(), clock=clock or utc_now, image_mode=image_mode, thread_id=thread_id)
