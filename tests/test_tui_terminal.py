"""`atelier` in a real terminal: tmux runs it, types a request, reads the screen, quits."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid

import pytest

from helpers import read_state

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"),
]

REQUEST = "start a session called Terminal Test and generate 3 images of a lighthouse"


def wait_for(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_atelier_runs_in_tmux_and_makes_what_was_asked(atelier_home, tmp_path):
    socket = str(tmp_path / "tmux.sock")  # a server of its own, never the developer's
    name = f"atelier-{uuid.uuid4().hex[:8]}"
    exit_file = tmp_path / "exit-code"
    command = (f"env ATELIER_HOME={shlex.quote(str(atelier_home))} {shlex.quote(sys.executable)} -m channels.cli; "
               f"echo $? > {shlex.quote(str(exit_file))}; sleep 30")

    def tmux(*args: str) -> str:
        return subprocess.run(["tmux", "-S", socket, *args], capture_output=True, text=True, check=True,
                              timeout=30).stdout

    def screen() -> str:
        try:
            return tmux("capture-pane", "-p", "-t", name)
        except subprocess.CalledProcessError:  # the pane is not there yet (a loaded machine)
            return ""

    tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40", command)
    try:
        wait_for(lambda: "Quit" in screen() and "credits" in screen(), 120, "the app to start")
        time.sleep(0.5)
        tmux("send-keys", "-t", name, "-l", REQUEST)
        wait_for(lambda: "start a session called" in screen(), 20, "the typed request")
        tmux("send-keys", "-t", name, "Enter")
        shown = wait_for(lambda: (lambda text: text if "Generated 3 images" in text else None)(screen()), 120,
                         "the reply")
        assert "Terminal Test" in shown and "497 credits" in shown
        tmux("send-keys", "-t", name, "C-q")
        wait_for(exit_file.exists, 30, "the app to quit")
        assert exit_file.read_text().strip() == "0"
    finally:
        subprocess.run(["tmux", "-S", socket, "kill-server"], capture_output=True, timeout=30)
    state = read_state(atelier_home)
    session = next(s for s in state["sessions"] if s["name"] == "Terminal Test")
    assert session["generation_count"] == 3
    assert len([g for g in state["generations"] if g["session_id"] == session["id"]]) == 3
