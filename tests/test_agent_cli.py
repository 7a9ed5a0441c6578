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

from channels import cli
from agent.testing import LoopbackOpenAI, ScriptedChatModel, tool
from tools.context import Context
from tools.state import export_state

ATELIER = Path(sys.executable).with_name("atelier")


def atelier_command() -> list[str]:
    return [str(ATELIER)] if ATELIER.exists() else [sys.executable, "-m", "channels.cli"]


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
                        "reply": "Cancelled: delete session did not run and nothing changed."}
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
    assert code == 1  # a script that ends on an unanswered question did not finish
    assert "25 images for 25 credits (balance 500)? (yes/no)" in out
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

    def run(lines: str, code: int = 0) -> list[dict]:
        script = tmp_path / "script.txt"
        script.write_text(lines, encoding="utf-8")
        done = subprocess.run(atelier_command() + ["run", str(script), "--thread", "conv-1", "--json"],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == code, done.stderr
        return [json.loads(line) for line in done.stdout.splitlines()]

    def sessions() -> list[str]:
        ctx = Context.open(home)
        try:
            return [s["name"] for s in export_state(ctx)["sessions"]]
        finally:
            ctx.close()

    turns = run("start a session called Doomed\ngenerate 2 images of a sandcastle\ndelete this session\n", code=1)
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
    assert out.rstrip().endswith(")") and "bye. (continue with: atelier chat --thread " in out


def test_chat_shows_its_thread_id_and_it_continues_the_conversation(scripted, capsys, monkeypatch):
    scripted.enqueue(tool("create_session", name="Chatty"), "Started Chatty.", "Chatty, still.")
    monkeypatch.setattr(sys, "stdin", io.StringIO("start chatty\n"))
    code, out, _ = run_cli(capsys, "chat")
    assert code == 0
    import re

    started = re.findall(r"continue with: atelier chat --thread (\S+?)\)", out.splitlines()[1])
    ended = re.findall(r"continue with: atelier chat --thread (\S+?)\)", out.splitlines()[-1])
    assert started and started == ended
    monkeypatch.setattr(sys, "stdin", io.StringIO("which session are we in?\n"))
    code, out, _ = run_cli(capsys, "chat", "--thread", started[0])
    assert code == 0 and "atelier> Chatty, still." in out
    seen = [str(m.content) for m in scripted.seen[-1]]
    assert "start chatty" in seen  # the earlier turn is part of the continued conversation
    assert "Current session: 'Chatty'" in seen[0]


def test_chat_ctrl_c_mid_turn_stops_cleanly_and_chat_goes_on(scripted, capsys, monkeypatch):
    """A KeyboardInterrupt in the main thread mid-generation, exactly as Ctrl+C delivers it."""
    import _thread

    from agent.assistant import Assistant
    from channels.chat import chat
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
    # The outcome is said once: no "atelier> Stopped. Stopped after …", no extra "Stopped." line.
    assert text.count("Stopped after") == 1 and "atelier> Stopped" not in text
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
    # The unmade images were refunded (a 1024x1024 image costs 4 credits on the rate card).
    assert state["credits"]["balance"] == 500 - 4 * made
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
    # Where the images are: the zip of the liked ones and the downloads folder, not the blob store
    # (whose files are named by hash).
    assert str(home / "blobs") not in out
    zip_line = next(line for line in out.splitlines() if line.startswith("Liked images as a zip: "))
    exports_line = next(line for line in out.splitlines() if line.startswith("Downloads (zips) go to: "))
    zip_path = Path(zip_line.split(": ", 1)[1])
    assert zip_path.is_file() and zip_path.stat().st_size > 0
    assert zip_path.parent == Path(exports_line.split(": ", 1)[1])

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


# -- Ctrl+C in `atelier run` and `atelier chat` ------------------------------------------------------

class _InterruptedAtThree:
    """A procedural generator that delivers Ctrl+C to the main thread at the third image."""

    def __new__(cls):
        import _thread

        from tools.generators.procedural import ProceduralGenerator

        class Generator(ProceduralGenerator):
            def generate(self, requests, *, on_progress=None, cancel=None):
                for done, image in enumerate(super().generate(requests, on_progress=on_progress,
                                                              cancel=cancel), 1):
                    if done == 3:
                        _thread.interrupt_main()
                        time.sleep(0.3)  # the main thread reacts while this image is in flight
                    yield image

        return Generator()


def test_run_ctrl_c_stops_the_work_and_the_script(capsys, tmp_path, monkeypatch):
    """Ctrl+C during `atelier run` stops the generation itself (not just the printing) and the
    lines after it do not run."""
    from tools.context import Context as RealContext

    opened = RealContext.open

    def open_with_generator(*args, **kwargs):
        ctx = opened(*args, **kwargs)
        ctx.generator_override = _InterruptedAtThree()
        return ctx

    monkeypatch.setattr("agent.assistant.Context.open", open_with_generator)
    script = tmp_path / "s.txt"
    script.write_text("start a session called Waves\ngenerate 12 images of waves\n"
                      "start a session called Never\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "run", str(script))
    time.sleep(0.5)  # had the tool been left running, it would make more images meanwhile
    state = cli_state(capsys)
    made = len(state["generations"])
    assert code == 130 and "interrupted" in err
    assert 3 <= made < 12 and state["credits"]["balance"] == 500 - made
    assert "Stopped after" in out
    assert [s["name"] for s in state["sessions"]] == ["Waves"]


def test_chat_ctrl_c_before_the_turn_reaches_the_graph_is_not_lost(scripted, capsys):
    """Ctrl+C while the turn's worker has not reached the graph yet still cancels that turn."""
    import _thread

    from agent.assistant import Assistant
    from channels.chat import chat

    scripted.enqueue(tool("generate", prompt="foxes", count=4), "Made 4.")
    out = io.StringIO()
    with Assistant(model=scripted) as assistant:
        lane = assistant._lane("t")
        lane.lock.acquire()  # the worker waits here, as if it were slow to start

        def press_ctrl_c_then_let_it_go() -> None:
            time.sleep(0.3)
            _thread.interrupt_main()
            time.sleep(0.3)
            lane.lock.release()

        threading.Thread(target=press_ctrl_c_then_let_it_go, daemon=True).start()
        code = chat(assistant, "t", stdin=io.StringIO("generate 4 foxes\n"), stdout=out)
    assert code == 0
    assert "stopping after the current step" in out.getvalue()
    assert cli_state(capsys)["generations"] == [] and scripted.pending == 2


def test_chat_second_ctrl_c_leaves_during_a_slow_model_call(capsys):
    import _thread

    from agent.assistant import Assistant
    from channels.chat import chat

    release, finished = threading.Event(), threading.Event()

    class SlowModel(ScriptedChatModel):
        """A model call that lasts until the test lets it end."""

        def _generate(self, messages, stop=None, run_manager=None, **kwargs):
            release.wait(30)
            finished.set()
            return super()._generate(messages, stop, run_manager, **kwargs)

    model = SlowModel()
    model.enqueue("Finally.")
    out = io.StringIO()

    def press_ctrl_c_twice() -> None:
        time.sleep(0.3)
        _thread.interrupt_main()
        time.sleep(0.3)
        _thread.interrupt_main()

    with Assistant(model=model) as assistant:
        threading.Thread(target=press_ctrl_c_twice, daemon=True).start()
        code = chat(assistant, "t", stdin=io.StringIO("hello?\nstill there?\n"), stdout=out)
        still_running = not finished.is_set()  # chat came back while the model call was still running
        release.set()
        lane = assistant._lane("t")
        lane.lock.acquire(timeout=10)  # let the abandoned model call end before closing
        lane.lock.release()
    assert code == 130 and still_running
    text = out.getvalue()
    assert "leaving without waiting" in text and "continue with: atelier chat --thread t" in text
    assert "still there?" not in text


# -- atelier run: input, exit codes, a transcript that says things once ----------------------------

def test_run_reads_a_script_saved_with_a_utf8_bom(capsys, tmp_path):
    script = tmp_path / "bom.txt"
    script.write_bytes("start a session called Bom Test\n".encode("utf-8-sig"))
    code, out, err = run_cli(capsys, "run", str(script), "--json")
    assert code == 0, err
    assert json.loads(out.splitlines()[0])["input"] == "start a session called Bom Test"
    assert [s["name"] for s in cli_state(capsys)["sessions"]] == ["Bom Test"]


@pytest.mark.parametrize("bad_line", ["frobnicate the wibble quietly", "like 99"])
def test_run_exits_1_when_a_line_fails_or_is_not_understood(capsys, tmp_path, bad_line):
    script = tmp_path / "s.txt"
    script.write_text(f"start a session called Strict\n{bad_line}\nlist my sessions\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "run", str(script))
    assert code == 1
    assert f"failed: '{bad_line}'" in err and "list my sessions" in out  # the rest still ran
    script.write_text("start a session called Fine\nlist my sessions\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "run", str(script))
    assert code == 0, err


def test_run_transcript_says_a_declined_step_once(capsys, tmp_path):
    script = tmp_path / "s.txt"
    script.write_text("start a session called Keeper\ndelete this session\nno\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "run", str(script))
    assert code == 0, err
    assert out.count("did not run") == 1, out
    assert [s["name"] for s in cli_state(capsys)["sessions"]] == ["Keeper"]


@pytest.mark.parametrize("answer,kept", [("yup", False), ("absolutely", False), ("of course", False),
                                         ("approve", False), ("yes, delete it", False), ("nah", True),
                                         ("not now", True), ("no, keep it", True)])
def test_run_confirmation_answers_from_the_shared_list(capsys, tmp_path, answer, kept):
    script = tmp_path / "s.txt"
    script.write_text(f"start a session called Maybe\ndelete this session\n{answer}\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "run", str(script))
    assert code == 0, err
    assert [s["name"] for s in cli_state(capsys)["sessions"]] == (["Maybe"] if kept else [])
