"""The front doors: `atelier run`, `atelier chat`, `atelier demo`, checked against `atelier state --json`."""

from __future__ import annotations

import io
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from agent import cli
from agent.testing import LoopbackOpenAI, ScriptedChatModel, tool
from tools.context import Context
from tools.state import export_state

ATELIER = Path(sys.executable).with_name("atelier")


def atelier_command() -> list[str]:
    return [str(ATELIER)] if ATELIER.exists() else [sys.executable, "-m", "agent.cli"]


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cli_state(capsys) -> dict:
    code, out, _ = run_cli(capsys, "state", "--json")
    assert code == 0
    return json.loads(out)


def subprocess_env(home: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "ATELIER_MODEL")}
    env.update(ATELIER_HOME=str(home), PYTHONUNBUFFERED="1", **extra)
    return env


@pytest.fixture
def scripted(monkeypatch):
    model = ScriptedChatModel()
    monkeypatch.setattr("agent.assistant.build_model", lambda name=None, **kw: model)
    monkeypatch.setenv("ATELIER_PLANNER_SHORTCUT", "0")
    return model


# -- atelier run, scripted model: the plumbing -----------------------------------------------------

def test_run_json_one_object_per_turn_and_confirmation_takes_next_line(scripted, capsys, tmp_path):
    scripted.enqueue(tool("create_session", name="Summer Launch"), "Started.",
                     tool("generate", prompt="a beach", count=4), "Made 4.",
                     tool("delete_session"))
    script = tmp_path / "talk.txt"
    script.write_text("# a comment, skipped\n\nstart summer launch\n  \ngenerate 4\n"
                      "delete the session\nno\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "run", str(script), "--json")
    assert code == 0, err
    turns = [json.loads(line) for line in out.splitlines()]
    assert [t["input"] for t in turns] == ["start summer launch", "generate 4", "delete the session", "no"]
    assert turns[0]["tool_calls"] == [{"name": "create_session", "args": {"name": "Summer Launch"}}]
    assert turns[0]["reply"] == "Started."
    assert turns[2]["tool_calls"] == [{"name": "delete_session", "args": {}}]
    assert turns[2]["confirmation"].startswith("Delete session 'Summer Launch'")
    assert turns[3] == {**turns[3], "tool_calls": [], "confirmation": None,
                        "reply": "Cancelled: delete session did not run, and nothing was changed."}
    state = cli_state(capsys)
    assert [s["name"] for s in state["sessions"]] == ["Summer Launch"]
    assert len(state["generations"]) == 4 and state["credits"]["balance"] == 496


def test_run_yes_approves_every_confirmation(scripted, capsys, tmp_path):
    scripted.enqueue(tool("create_session", name="Gone Soon"), "ok", tool("delete_session"), "Deleted.")
    script = tmp_path / "s.txt"
    script.write_text("make it\ndelete it\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "run", str(script), "--yes", "--json")
    turns = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(turns) == 2
    assert turns[1]["reply"] == "Deleted." and turns[1]["confirmation"] is None
    assert cli_state(capsys)["sessions"] == []


def test_run_script_missing_and_ending_on_a_question(scripted, capsys, tmp_path):
    code, _, err = run_cli(capsys, "run", str(tmp_path / "nope.txt"))
    assert code == 1 and "cannot read" in err
    scripted.enqueue(tool("generate", prompt="tiles", count=25), "never")
    script = tmp_path / "s.txt"
    script.write_text("generate 25 tiles\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "run", str(script), "--thread", "t-pending")
    assert code == 0
    assert "atelier? Generate 25 images for 25 credits (balance 500)? (yes/no)" in out
    assert "waiting for an answer" in err and "--thread t-pending" in err
    assert cli_state(capsys)["generations"] == []


# -- atelier run with the offline planner: real multi-turn conversations ---------------------------

CONVERSATION = """\
# summer launch, the short version
start a session called Summer Launch
generate 4 images of a lighthouse at dusk
like 2 and 3
save the liked ones to folder Keepers
"""


def test_run_offline_planner_multi_turn_in_process(capsys, tmp_path):
    script = tmp_path / "talk.txt"
    script.write_text(CONVERSATION, encoding="utf-8")
    code, out, err = run_cli(capsys, "run", str(script), "--json")
    assert code == 0, err
    turns = [json.loads(line) for line in out.splitlines()]
    assert [t["tool_calls"][0]["name"] for t in turns] == ["create_session", "generate", "like",
                                                          "save_to_library"]
    assert all(t["reply"] for t in turns)
    state = cli_state(capsys)
    assert [s["name"] for s in state["sessions"]] == ["Summer Launch"]
    generations = state["generations"]
    assert [g["index"] for g in generations] == [1, 2, 3, 4]
    assert {g["prompt"] for g in generations} == {"a lighthouse at dusk"}
    assert [g["index"] for g in generations if g["liked"]] == [2, 3]
    assert sorted(a["folder"] for a in state["assets"]) == ["Keepers", "Keepers"]
    assert state["credits"]["balance"] == 496


def test_run_as_a_real_subprocess(tmp_path):
    home = tmp_path / "home"
    script = tmp_path / "talk.txt"
    script.write_text(CONVERSATION, encoding="utf-8")
    env = subprocess_env(home)
    done = subprocess.run(atelier_command() + ["run", str(script)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "you> like 2 and 3" in done.stdout and "→ Liked #2 and #3" in done.stdout
    shown = subprocess.run(atelier_command() + ["state", "--json"], env=env, capture_output=True,
                           text=True, timeout=60)
    state = json.loads(shown.stdout)
    assert [g["index"] for g in state["generations"] if g["liked"]] == [2, 3]
    assert len(state["assets"]) == 2


def test_confirmation_across_a_process_restart(tmp_path):
    """Process 1 asks before deleting and ends; process 2 answers on the same thread:
    unclear is asked again, "no" changes nothing, then asked anew, "yes" deletes."""
    home = tmp_path / "home"
    env = subprocess_env(home)

    def run(lines: str) -> list[dict]:
        script = tmp_path / "script.txt"
        script.write_text(lines, encoding="utf-8")
        done = subprocess.run(atelier_command() + ["run", str(script), "--thread", "conv-1", "--json"],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in done.stdout.splitlines()]

    def sessions() -> list[str]:
        ctx = Context.open(home)
        try:
            return [s["name"] for s in export_state(ctx)["sessions"]]
        finally:
            ctx.close()

    turns = run("start a session called Doomed\ngenerate 2 images of a sandcastle\ndelete this session\n")
    assert turns[-1]["confirmation"] and "Doomed" in turns[-1]["confirmation"]
    assert sessions() == ["Doomed"]

    unclear, no, again, yes = run("maybe\nno\ndelete this session\nyes\n")
    assert unclear["confirmation"].startswith("Please answer yes or no.")
    assert no["confirmation"] is None and no["tool_calls"] == []
    assert "nothing changed" in json.dumps(no)
    assert "Doomed" in again["confirmation"] and yes["confirmation"] is None  # "no" kept it
    assert sessions() == []


# -- atelier chat ----------------------------------------------------------------------------------

def test_chat_line_by_line_and_eof_exits(scripted, capsys, monkeypatch):
    scripted.enqueue(tool("create_session", name="Chatty"), "Started Chatty.")
    monkeypatch.setattr(sys, "stdin", io.StringIO("start chatty\n\n"))
    code, out, _ = run_cli(capsys, "chat")
    assert code == 0
    assert "atelier> Started Chatty." in out
    assert "atelier> What would you like to do?" in out  # the blank line
    assert out.rstrip().endswith("bye.")


def test_chat_ctrl_c_mid_turn_stops_cleanly_and_chat_goes_on(scripted, capsys, monkeypatch):
    """A KeyboardInterrupt in the main thread mid-generation, exactly as Ctrl+C delivers it."""
    import _thread

    from agent.assistant import Assistant
    from agent.channels.chat import chat
    from tools.generators.procedural import ProceduralGenerator

    class InterruptedAtThree(ProceduralGenerator):
        def generate(self, requests, *, on_progress=None, cancel=None):
            for done, image in enumerate(super().generate(requests, on_progress=on_progress, cancel=cancel), 1):
                if done == 3:
                    _thread.interrupt_main()
                    time.sleep(0.3)  # the main thread reacts while this image is still in flight
                yield image

    scripted.enqueue(tool("generate", prompt="waves", count=12), "Still here.")
    out = io.StringIO()
    with Assistant(model=scripted) as assistant:
        assistant.ctx.generator_override = InterruptedAtThree()
        code = chat(assistant, "t", stdin=io.StringIO("generate 12\nare you there?\n"), stdout=out)
    assert code == 0
    text = out.getvalue()
    assert "stopping after the current step" in text
    assert "Stopped after" in text and "atelier> Stopped." in text
    assert "atelier> Still here." in text
    state = cli_state(capsys)
    made = len(state["generations"])
    assert 3 <= made < 12 and state["credits"]["balance"] == 500 - made


def _reader(stream, lines: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        lines.put(line)
    lines.put(None)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_chat_subprocess_sigint_during_a_big_generation(tmp_path):
    home = tmp_path / "home"
    with LoopbackOpenAI() as server:
        server.enqueue(server.tool_call("generate", prompt="stripes", count=100, size="1024x1024"),
                       server.text("Yes, still here."))
        env = subprocess_env(home, OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY="sk-test",
                             ATELIER_PLANNER_SHORTCUT="0")
        child = subprocess.Popen(atelier_command() + ["chat"], env=env, stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True).start()
        try:
            child.stdin.write("make 100 big stripes\n")
            child.stdin.flush()
            seen = []
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                line = lines.get(timeout=60)
                assert line is not None, "".join(seen) + child.stderr.read()
                seen.append(line)
                if "Generate 100 images" in line:
                    child.stdin.write("yes\n")
                    child.stdin.flush()
                if "generating " in line and "/100" in line and "100/100" not in line:
                    child.send_signal(signal.SIGINT)
                    break
            child.stdin.write("are you still there?\n")
            child.stdin.close()
            child.wait(timeout=60)
            err = child.stderr.read()
            while (line := lines.get(timeout=10)) is not None:
                seen.append(line)
        finally:
            if child.poll() is None:
                child.kill()
        text = "".join(seen)
        assert child.returncode == 0, err
        assert "Stopped after" in text and "Yes, still here." in text
        assert "Traceback" not in err
    state = json.loads(subprocess.run(atelier_command() + ["state", "--json"], env=subprocess_env(home),
                                      capture_output=True, text=True, timeout=60).stdout)
    made = len(state["generations"])
    assert 1 <= made < 100
    assert state["credits"]["balance"] == 500 - made  # the unmade images were refunded
    from tools.context import Context

    ctx = Context.open(home)
    try:
        for row in ctx.store.query("SELECT blob_sha256, file_ext FROM generations"):
            assert ctx.blobs.path_for(row["blob_sha256"], row["file_ext"]).exists()
    finally:
        ctx.close()


# -- atelier demo ----------------------------------------------------------------------------------

def test_demo_runs_offline_even_with_an_api_key(tmp_path):
    home = tmp_path / "home"
    # A key and a base URL pointing nowhere: the demo must not try to use them.
    env = subprocess_env(home, OPENAI_API_KEY="sk-test", OPENAI_BASE_URL="http://127.0.0.1:9/v1")
    done = subprocess.run(atelier_command() + ["demo"], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Cannot reach" not in out and "✗" not in out, out
    blobs_line = next(line for line in out.splitlines() if line.startswith("Images: "))
    zip_line = next(line for line in out.splitlines() if line.startswith("Liked images as a zip: "))
    assert Path(blobs_line.split(": ", 1)[1]) == home / "blobs"
    zip_path = Path(zip_line.split(": ", 1)[1])
    assert zip_path.is_file() and zip_path.stat().st_size > 0

    state = json.loads(subprocess.run(atelier_command() + ["state", "--json"], env=subprocess_env(home),
                                      capture_output=True, text=True, timeout=60).stdout)
    launch = next(s for s in state["sessions"] if s["name"] == "Product Launch Visuals")
    assert launch["project"] == "Product Launch" and launch["status"] == "archived"
    generations = [g for g in state["generations"] if g["session_id"] == launch["id"]]
    assert len(generations) == 20 and sum(g["liked"] for g in generations) == 8
    saved = [a for a in state["assets"] if a["session_id"] == launch["id"]]
    assert len(saved) == 5 and {a["folder"] for a in saved} == {"Product Launch"}
    post = next(p for p in state["posts"] if launch["id"] in p["session_ids"])
    assert sorted(post["asset_ids"]) == sorted(a["id"] for a in saved)
    import zipfile

    with zipfile.ZipFile(zip_path) as archive:
        assert len(archive.namelist()) == 8
