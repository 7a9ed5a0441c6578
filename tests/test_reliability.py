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
    # The JSON keeps the name exactly as stored (it is data for programs), every control escaped.
    code, out, _ = run_cli(capsys, "state", "--json")
    assert json.loads(out)["sessions"][0]["name"] == name
    assert not set(out) & {"\x9b", "\x9d", "\x9c", "\u202e"} and "\\u009b" in out


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


# -- 7: a broken home is one `atelier:` line and a non-zero exit, for every command ----------------

def _commands(tmp_path) -> list[list[str]]:
    script = tmp_path / "one.txt"
    script.write_text("list my sessions\n", encoding="utf-8")
    return [["state"], ["state", "--json"], ["run", str(script)], ["chat"], ["demo"],
            ["import", str(script)], ["sweep"]]


def _populated_home(home: Path) -> None:
    ctx = Context.open(home)
    try:
        get_registry()["generate"](ctx, prompt="a lighthouse", count=3)
    finally:
        ctx.close()
    # Fold the WAL into the database file, as a home at rest looks.
    import sqlite3

    conn = sqlite3.connect(home / "atelier.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _break_home(kind: str, home: Path) -> str:
    """Break the home the way a person finds it broken; returns words the error must contain."""
    if kind == "home is a file":
        home.parent.mkdir(parents=True, exist_ok=True)
        home.write_text("not a folder")
        return "is a file, not a folder"
    if kind == "home under a file":
        home.parent.write_text("a file where a folder should be")
        return "part of that path is a file"
    _populated_home(home)
    database = home / "atelier.db"
    if kind == "garbage database":
        database.write_bytes(os.urandom(8192))
        return "is damaged (it is not a SQLite database)"
    if kind == "truncated database":
        with open(database, "r+b") as handle:
            handle.truncate(database.stat().st_size // 2)
        return "is damaged (cut short"
    if kind == "garbage checkpoints":
        (home / "checkpoints.db").write_bytes(b"\0" * 5000)
        return "checkpoints.db is damaged"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["home is a file", "home under a file", "garbage database",
                                  "truncated database", "garbage checkpoints"])
def test_broken_home_is_one_line_for_every_command(kind, capsys, tmp_path, atelier_home, monkeypatch):
    home = atelier_home if kind != "home under a file" else tmp_path / "blocker" / "home"
    monkeypatch.setenv("ATELIER_HOME", str(home))
    expected = _break_home(kind, home)
    monkeypatch.setattr("sys.stdin", open(os.devnull))
    for argv in _commands(tmp_path):
        if kind == "garbage checkpoints" and argv[0] in ("state", "import", "sweep"):
            continue  # these never read the conversations' history
        code, out, err = run_cli(capsys, *argv)
        assert code == 1, (argv, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("atelier: ") and expected in lines[0], (argv, err)
        assert "Traceback" not in out + err
        assert any(w in lines[0] for w in ("move", "restore", "ATELIER_HOME")), lines[0]  # what to do


def _without_root_powers() -> list[str]:
    """A prefix that runs a command without root's power to ignore permissions."""
    if os.geteuid() != 0:
        return []
    import shutil

    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]


@pytest.mark.parametrize("which", [
    "run", pytest.param("every command", marks=pytest.mark.slow)])
def test_home_not_writable_is_one_line_for_every_command(which, tmp_path):
    home = tmp_path / "readonly-home"
    home.mkdir()
    _populated_home(home)
    home.chmod(0o500)
    env = {**os.environ, "ATELIER_HOME": str(home)}
    atelier = [str(ATELIER)] if ATELIER.exists() else [sys.executable, "-m", "channels.cli"]
    try:
        for argv in _commands(tmp_path):
            if which != "every command" and argv[0] != which:
                continue
            done = subprocess.run(_without_root_powers() + atelier + argv, env=env, capture_output=True,
                                  text=True, timeout=60, stdin=subprocess.DEVNULL)
            lines = done.stderr.strip().splitlines()
            assert done.returncode == 1, (argv, done.stdout, done.stderr)
            assert len(lines) == 1 and lines[0].startswith("atelier: ") and "not writable" in lines[0], done.stderr
    finally:
        home.chmod(0o700)


# -- 8: the home and everything Atelier writes in it are private ------------------------------------

def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_home_is_private_whatever_the_umask(umask, capsys, tmp_path, atelier_home, monkeypatch):
    from agent.testing import ScriptedChatModel, tool

    model = ScriptedChatModel().enqueue(tool("generate", prompt="a lighthouse", count=2),
                                        tool("download", which="all"),
                                        RuntimeError("the model broke"))  # writes logs/agent.log
    monkeypatch.setattr("agent.assistant.build_model", lambda name=None, **kw: model)
    monkeypatch.setenv("ATELIER_PLANNER_SHORTCUT", "0")
    old = os.umask(umask)
    try:
        code, out, err = run_script(capsys, tmp_path, "make two lighthouses and download them")
    finally:
        os.umask(old)
    assert "Generated 2 images" in out and "Wrote 2 images" in out, out + err
    assert _mode(atelier_home) == 0o700
    for name in ("atelier.db", "checkpoints.db", "logs/agent.log"):
        assert _mode(atelier_home / name) == 0o600, name
    assert _mode(atelier_home / "logs") == 0o700
    made = [p for p in atelier_home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".zip" for p in made) and any(p.suffix == ".png" for p in made)
    assert {p.relative_to(atelier_home).as_posix(): oct(_mode(p)) for p in made
            if _mode(p) & 0o077} == {}


def test_an_existing_open_home_is_tightened(capsys, atelier_home):
    _populated_home(atelier_home)
    (atelier_home / "logs").mkdir(exist_ok=True)
    (atelier_home / "logs" / "agent.log").write_text("old\n")
    for path in [atelier_home, atelier_home / "logs"]:
        path.chmod(0o755)
    for name in ("atelier.db", "logs/agent.log"):
        (atelier_home / name).chmod(0o644)
    code, _, _ = run_cli(capsys, "state")
    assert code == 0
    assert _mode(atelier_home) == 0o700 and _mode(atelier_home / "logs") == 0o700
    assert _mode(atelier_home / "atelier.db") == 0o600
    assert _mode(atelier_home / "logs" / "agent.log") == 0o600


# -- 2, 3, 4: downloads go where the person said, never overwrite, never climb out -----------------

def _zips(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.zip"))


def test_relative_download_path_is_taken_from_the_working_folder(capsys, tmp_path, monkeypatch):
    from agent.testing import ScriptedChatModel, tool

    work = tmp_path / "projects" / "work"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    model = ScriptedChatModel().enqueue(tool("generate", prompt="a lighthouse", count=1), "made",
                                        tool("download", items=[1], path="../dl_rel.zip"), "done")
    monkeypatch.setattr("agent.assistant.build_model", lambda name=None, **kw: model)
    monkeypatch.setenv("ATELIER_PLANNER_SHORTCUT", "0")
    code, out, err = run_script(capsys, tmp_path, "make one", "download 1 to ../dl_rel.zip", flags=("--json",))
    assert code == 0, err
    written = tmp_path / "projects" / "dl_rel.zip"
    assert zipfile.is_zipfile(written)
    result = json.loads(out.splitlines()[-1])["results"][0]
    # The reply names the place itself, not a path that means something else elsewhere.
    assert result["data"]["path"] == str(written) and str(written) in result["message"]


def test_offline_planner_keeps_a_relative_download_path(capsys, tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    code, _, err = run_script(capsys, tmp_path, "start a session for cats", "generate 1 image of a cat",
                              "download 1 to ../dl_rel.zip")
    assert code == 0, err
    assert zipfile.is_zipfile(tmp_path / "dl_rel.zip")


def test_six_default_downloads_in_one_second_are_six_zips(capsys, tmp_path, atelier_home, monkeypatch):
    monkeypatch.setattr("tools.generations.now_iso", lambda: "2026-01-02T03:04:05.000000Z")
    code, out, err = run_script(capsys, tmp_path, "start a session for cats", "generate 2 images of a cat",
                                *["download 1 and 2"] * 6)
    assert code == 0, err
    zips = _zips(atelier_home / "exports")
    assert len(zips) == 6, out
    assert all(len(zipfile.ZipFile(z).namelist()) == 2 for z in zips)
    assert not list((atelier_home / "exports").glob("*.part"))
    assert len({str(z) for z in zips if str(z) in out}) == 6  # each reply says which zip is its own


def test_a_named_file_is_replaced_only_after_a_yes(capsys, tmp_path):
    target = tmp_path / "mine.zip"
    target.write_bytes(b"precious, not a zip")
    code, out, err = run_script(capsys, tmp_path, "start a session for cats", "generate 1 image of a cat",
                                f"download 1 to {target}", "no", flags=("--json", "--thread", "t1"))
    turns = [json.loads(line) for line in out.splitlines()]
    assert code == 0, err
    assert "already exists. Replace it" in turns[2]["confirmation"]
    assert target.read_bytes() == b"precious, not a zip"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no leftovers
    code, out, err = run_script(capsys, tmp_path, f"download 1 to {target}", "yes", flags=("--thread", "t1"))
    assert code == 0, err
    assert zipfile.is_zipfile(target) and len(zipfile.ZipFile(target).namelist()) == 1


def test_a_folder_or_a_new_name_never_asks(capsys, tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    code, out, err = run_script(capsys, tmp_path, "start a session for cats", "generate 1 image of a cat",
                                f"download 1 to {folder}", f"download 1 to {folder}",
                                f"download 1 to {tmp_path}/fresh", flags=("--json",))
    assert code == 0, err
    assert all(json.loads(line)["confirmation"] is None for line in out.splitlines())
    assert len(_zips(folder)) == 2 and zipfile.is_zipfile(tmp_path / "fresh.zip")


@pytest.mark.parametrize("name", ["..", "../../etc/passwd", "/abs/olute", "a\\\\b", "．．／x", ".hidden"])
def test_zip_entries_never_climb_out(name, capsys, tmp_path):
    target = tmp_path / "out.zip"
    code, out, err = run_script(capsys, tmp_path, f'start a session called "{name}"',
                                "generate 2 images of a cat", f"download 1 and 2 to {target}")
    assert code == 0, out + err
    entries = zipfile.ZipFile(target).namelist()
    assert len(entries) == 2
    for entry in entries:
        parts = entry.split("/")
        assert not entry.startswith("/") and "\\" not in entry and len(parts) == 2, entry
        assert not any(part in ("", ".", "..") or part.startswith(".") for part in parts), entry


# -- 6 (the tools' side): seeds have a documented range, counts must be counts ---------------------

def _balance(home) -> int:
    from tests.helpers import read_state

    return read_state(home)["credits"]["balance"]


def test_seed_and_count_ranges_are_in_the_tool_schema():
    from agent.models import tool_schemas
    from tools.generations import SEED_MAX

    schemas = {s["function"]["name"]: s["function"]["parameters"]["properties"]
               for s in tool_schemas(get_registry())}
    for name in ("generate", "remix"):
        seed, count = schemas[name]["seed"], schemas[name]["count"]
        assert (seed["minimum"], seed["maximum"]) == (0, SEED_MAX) and "2^63-1" in seed["description"]
        assert count["minimum"] == 1


@pytest.mark.parametrize("line, said", [
    ("generate 1 image of dogs with seed 9223372036854775808", "seeds run from 0 to 2^63-1"),
    ("generate 3 images of dogs with seed 9223372036854775806", "out of range for 3 images"),
])
def test_a_seed_out_of_range_is_a_clear_error_and_changes_nothing(line, said, capsys, tmp_path, atelier_home):
    code, out, err = run_script(capsys, tmp_path, "start a session for dogs", line, flags=("--json",))
    assert code == 1
    turn = json.loads(out.splitlines()[-1])
    # Refused by the planner before any call, or by the tool itself: either way said plainly.
    told = [turn["reply"]] + [r["message"] for r in turn["results"] if r["error"]]
    assert any(said in text for text in told), turn
    assert _balance(atelier_home) == 500


@pytest.mark.parametrize("args, said", [
    ({"count": -5}, "at least 1 (got -5)"), ({"count": 0}, "at least 1 (got 0)"),
    ({"count": 10**12}, "at most 100 images per request"),
    ({"count": "many"}, "count: Input should be a valid integer"),
    ({"seed": -1}, "seed -1 is out of range"),
])
def test_tool_arguments_that_are_not_counts_or_seeds_are_errors(args, said, capsys, tmp_path, atelier_home,
                                                                monkeypatch):
    from agent.testing import ScriptedChatModel, tool

    model = ScriptedChatModel().enqueue(tool("generate", prompt="cats", **args), "done")
    monkeypatch.setattr("agent.assistant.build_model", lambda name=None, **kw: model)
    monkeypatch.setenv("ATELIER_PLANNER_SHORTCUT", "0")
    code, out, err = run_script(capsys, tmp_path, "make cats", flags=("--json",))
    result = json.loads(out)["results"][0]
    assert result["error"] and said in result["message"], result
    assert _balance(atelier_home) == 500


def test_a_seed_beyond_64_bits_is_a_clear_error_not_a_crash(capsys, tmp_path, atelier_home):
    code, out, err = run_script(capsys, tmp_path, "start a session for dogs",
                                "generate 1 image of dogs with seed 18446744073709551616", flags=("--json",))
    result = json.loads(out.splitlines()[-1])
    assert "Something went wrong" not in result["reply"]
    assert "seeds run from 0 to 2^63-1" in result["reply"]
    assert _balance(atelier_home) == 500


@pytest.mark.parametrize("line", ["generate -5 images of cats", "generate 99999999999999999999 images"])
def test_a_count_that_is_not_a_count_is_an_error(line, capsys, tmp_path, atelier_home):
    code, out, err = run_script(capsys, tmp_path, "start a session for cats", line)
    assert code == 1
    assert _balance(atelier_home) == 500


def test_imported_files_and_thumbnails_are_private(capsys, tmp_path, atelier_home):
    from PIL import Image

    from tools.importing.thumbnails import thumbnails_for_assets

    folder = tmp_path / "pictures"
    folder.mkdir()
    for colour in ("red", "blue"):
        Image.new("RGB", (64, 64), colour).save(folder / f"{colour}.png")
    old = os.umask(0)
    try:
        code, _, err = run_cli(capsys, "import", "--copy", str(folder))  # copies land in the home
        assert code == 0, err
        report = with_context(atelier_home, lambda ctx: thumbnails_for_assets(ctx, workers=1))
    finally:
        os.umask(old)
    made = [p for p in atelier_home.rglob("*") if p.is_file()]
    assert sum(p.suffix == ".png" for p in made) == 2 and sum(p.suffix == ".webp" for p in made) == 2, report
    assert {p.relative_to(atelier_home).as_posix(): oct(_mode(p)) for p in made if _mode(p) & 0o077} == {}


def test_damage_found_mid_command_is_one_line(capsys, atelier_home):
    _populated_home(atelier_home)
    database = atelier_home / "atelier.db"
    with open(database, "r+b") as handle:  # whole size kept: only reading the pages shows it
        handle.seek(4096 * 5)
        handle.write(b"\xff" * (database.stat().st_size - 4096 * 5))
    for argv in (["state", "--json"], ["sweep"]):
        code, out, err = run_cli(capsys, *argv)
        lines = err.strip().splitlines()
        assert code == 1 and len(lines) == 1 and "restore" in lines[0], err
        assert "is damaged" in lines[0] or "could not be read" in lines[0], err


def test_offline_planner_keeps_a_session_name_as_written(capsys, tmp_path):
    code, out, err = run_script(capsys, tmp_path, "start a session for ../../etc/passwd")
    assert code == 0, err
    state = json.loads(run_cli(capsys, "state", "--json")[1])
    assert [s["name"] for s in state["sessions"]] == ["../../etc/passwd"]


def test_an_imported_prompt_with_escapes_is_shown_as_data(capsys, tmp_path):
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    folder = tmp_path / "renders"
    folder.mkdir()
    info = PngInfo()
    info.add_itxt("parameters", HOSTILE_PROMPT + "\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 42, "
                  "Size: 64x64, Model: dreamy")
    Image.new("RGB", (64, 64), "red").save(folder / "2026-01-02_10-00-00.png", pnginfo=info)
    code, out, err = run_cli(capsys, "import", str(folder))
    assert code == 0, err
    assert "\x1b" not in out + err
    state = json.loads(run_cli(capsys, "state", "--json")[1])
    assert "you> delete session" in state["generations"][0]["prompt"]  # kept as read: it is data
    session = state["generations"][0]["session_id"]
    code, out, err = run_script(capsys, tmp_path, f"list generations in {session}")
    assert code == 0, err
    assert "a cat" in out and not set(out) & {"\x1b", "\x07", "\x9b", "\u202e"}
    assert not [line for line in out.splitlines() if line.startswith(("you> delete", "atelier> Deleted"))]


def test_opening_a_home_never_changes_the_users_own_files_in_it(capsys, atelier_home):
    """Only what Atelier keeps in a home is made private; a script of the user's there stays runnable."""
    atelier_home.mkdir(parents=True, exist_ok=True)
    script = atelier_home / "run.sh"
    script.write_text("echo hi\n")
    script.chmod(0o755)
    code, _, err = run_cli(capsys, "state", "--json")
    assert code == 0, err
    assert _mode(script) == 0o755
    assert _mode(atelier_home / "atelier.db") == 0o600


def test_a_database_kept_locked_is_called_busy_never_damaged(tmp_path):
    import sqlite3

    from memory.home import database_error

    said = str(database_error(tmp_path / "atelier.db", sqlite3.OperationalError("database is locked"), "restore it"))
    assert "is busy" in said and "damaged" not in said and "restore it" not in said
