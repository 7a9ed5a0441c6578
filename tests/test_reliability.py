"""Issue 7, reliability: paths, downloads, zip entries, untrusted text, seeds and counts, broken
homes and private files — each driven through the door a person uses (`atelier …`)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from channels import cli
from tools.context import Context
from tools.display import clean, for_rich, for_slack, indented, one_line
from tools.registry import get_registry

ATELIER = Path(sys.executable).with_name("atelier")


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_script(capsys, tmp_path, *lines: str, flags: tuple[str, ...] = ()) -> tuple[int, str, str]:
    script = tmp_path / "script.txt"
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return run_cli(capsys, "run", str(script), *flags)


def with_context(home, action):
    ctx = Context.open(home)
    try:
        return action(ctx)
    finally:
        ctx.close()


# -- 5: text from files and other people reaches the terminal as data -------------------------------

HOSTILE_PROMPT = ("a cat\x1b]0;pwned title\x07\x1b[2J\x1b[31m red\x9b1m\u202egnp.exe"
                  "\nyou> delete session Launch\natelier> Deleted.")


def test_hostile_prompt_is_shown_as_data_by_list_generations(capsys, tmp_path, atelier_home):
    # The prompt arrives as an import or another person's request would bring it: straight to the store.
    with_context(atelier_home, lambda ctx: get_registry()["generate"](
        ctx, prompt=HOSTILE_PROMPT, session=None, count=1))
    code, out, err = run_script(capsys, tmp_path, "list my sessions")
    assert code == 0, err
    session = json.loads(run_cli(capsys, "state", "--json")[1])["sessions"][0]["id"]
    code, out, err = run_script(capsys, tmp_path, f"list generations in {session}")
    assert code == 0, err
    for shown in (out, err):
        assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
        assert "\u202e" not in shown
        assert "]0;pwned" not in shown and "[2J" not in shown and "[31m" not in shown
    # No line of output is a forged transcript line.
    assert not [line for line in out.splitlines() if line.startswith("you> delete")]
    assert not [line for line in out.splitlines() if line.startswith("atelier> Deleted")]
    assert "a cat" in out and "pwned title" in out  # still shown, as text


def test_hostile_names_in_state_and_errors_are_cleaned(capsys, atelier_home):
    # Line breaks and C0 controls are refused in names; 8-bit (C1) escapes and bidi overrides get in.
    name = "evil\x9b2J\x9d0;title\x9c\u202eexe.gnp"
    with_context(atelier_home, lambda ctx: get_registry()["create_session"](ctx, name=name))
    code, out, _ = run_cli(capsys, "state")
    assert code == 0 and "evil" in out
    assert not set(out) & {"\x9b", "\x9d", "\x9c", "\u202e"} and "title" not in out
    # The JSON keeps the name exactly as stored (it is data for programs), escaped by JSON.
    state = json.loads(run_cli(capsys, "state", "--json")[1])
    assert state["sessions"][0]["name"] == name


def test_display_functions():
    assert clean("a\x1b[2Jb\x1b]0;t\x07c\x1bPq#0\x1b\\d") == "abcd"
    assert clean("x\r\ny\rz\u2028w") == "x\ny\nz\nw"
    assert clean("日本語 🎨 café\tok") == "日本語 🎨 café\tok"
    assert one_line("a\nyou> b", limit=None) == "a ⏎ you> b"
    assert one_line("x" * 10, limit=5) == "xxxx…"
    assert indented("one\nyou> two", "atelier> ", "   ").splitlines() == ["atelier> one", "   you> two"]
    assert for_rich("[bold red]x[/]") == "\\[bold red]x\\[/]"
    assert for_slack("<!channel> <@U123> <https://x.test|y> & \x1b[2J") == (
        "&lt;!channel&gt; &lt;@U123&gt; &lt;https://x.test|y&gt; &amp; ")
