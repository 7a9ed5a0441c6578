"""`atelier demo`: the bundled script, always offline, then where the images are (the zip)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from channels import echo
from channels.script import print_transcript, run_turn, script_lines
from tools.display import one_line

DEMO_SCRIPT = "demo_script.txt"


def demo_text() -> str:
    return files("channels").joinpath(DEMO_SCRIPT).read_text(encoding="utf-8")


def run_demo(thread_id: str, out, home: Path | str | None = None) -> int:
    from agent.assistant import Assistant
    from agent.models import OFFLINE

    # The demo is the offline story: it never calls a language model, whatever is configured.
    assistant = Assistant(home=home, model=OFFLINE)
    try:
        print("Atelier demo — offline planner, procedural image generator (a placeholder, not a model).\n",
              file=out, flush=True)
        on_turn, on_event = print_transcript(out)
        zip_path, session_ids = None, []
        for line in script_lines(demo_text()):
            print(echo("you> ", line), file=out, flush=True)
            turn = run_turn(assistant, thread_id, line, yes=True, on_event=on_event)
            on_turn(turn)
            if turn.terminated:
                return 1  # SIGTERM / SIGHUP: stop here (the command's exit code names the signal)
            for result in turn.results:
                data = result.get("data") or {}
                if result["name"] == "download" and data.get("path"):
                    zip_path = data["path"]
                if data.get("session_id") and data["session_id"] not in session_ids:
                    session_ids.append(data["session_id"])
        if zip_path is None:
            zip_path = _export_liked(assistant, session_ids)
        # The stored images are named by their hash; the zip holds the liked ones under readable names.
        print(f"Liked images as a zip: {one_line(zip_path) if zip_path else '(none were liked)'}", file=out)
        print(f"Downloads (zips) go to: {assistant.ctx.settings.exports_dir}", file=out)
        print(f"Everything lives under ATELIER_HOME: {assistant.home}", file=out, flush=True)
        return 0
    finally:
        assistant.close()


def _export_liked(assistant, session_ids: list[str]) -> str | None:
    """Fallback when the script did not download: zip the liked images of the demo's sessions."""
    from tools.errors import AtelierError
    from tools.registry import get_registry

    rows = []
    for session_id in session_ids:
        rows += [r["id"] for r in assistant.ctx.store.query(
            "SELECT id FROM generations WHERE session_id = ? AND liked = 1", [session_id])]
    if not rows:
        return None
    try:
        return get_registry()["download"](assistant.ctx, items=rows).data["path"]
    except AtelierError:
        return None
