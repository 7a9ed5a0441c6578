"""Every operation's bad input: a clear, specific error and nothing changed."""

from __future__ import annotations

import pytest

from tools.errors import Ambiguous, AtelierError, Conflict, InsufficientCredits, InvalidInput, NotFound
from tools.state import export_state


@pytest.fixture
def studio(ctx, tools):
    tools.create_session(ctx, name="Summer Launch", prompt="sunny beach poster")
    tools.generate(ctx, count=10, size="256x256")
    tools.create_session(ctx, name="Summer Sale")
    tools.create_session(ctx, name="Autumn Leaves", prompt="falling leaves")
    tools.open_session(ctx, session="Summer Launch")
    tools.save_to_library(ctx, items=[1], folder="Launch", project="Brand")
    return ctx


CASES = [
    # (tool, args, error type, words the message must contain)
    ("open_session", {"session": "sumer launch"}, NotFound, ["sumer launch", "Summer Launch"]),
    ("open_session", {"session": "summer"}, Ambiguous, ["Summer Launch", "Summer Sale", "which"]),
    ("open_session", {"session": "winter"}, NotFound, ["no session named 'winter'"]),
    ("like", {"items": [12]}, NotFound, ["1–10", "no 12"]),
    ("like", {"items": [0]}, NotFound, ["no 0"]),
    ("like", {"items": ["gen_doesnotexist"]}, NotFound, ["gen_doesnotexist"]),
    ("like", {"items": []}, InvalidInput, ["which generations"]),
    ("like", {"items": [1], "session": "nope"}, NotFound, ["nope"]),
    ("generate", {"prompt": "x", "count": 0}, InvalidInput, ["at least 1"]),
    ("generate", {"prompt": "x", "count": -3}, InvalidInput, ["at least 1"]),
    ("generate", {"prompt": "x", "count": 101}, InvalidInput, ["at most 100"]),
    ("generate", {"prompt": "x", "size": "500x500"}, InvalidInput, ["500x500", "procedural", "multiple of 8"]),
    ("generate", {"prompt": "x", "size": "huge"}, InvalidInput, ["WIDTHxHEIGHT"]),
    ("generate", {"prompt": "x", "size": "4096x4096"}, InvalidInput, ["4096x4096", "from 64 to 2048"]),
    ("generate", {"prompt": "   ", "session": "Summer Sale"}, InvalidInput, ["prompt is empty", "Summer Sale"]),
    ("create_session", {"name": ""}, InvalidInput, ["cannot be empty"]),
    ("create_session", {"name": "   "}, InvalidInput, ["cannot be empty"]),
    ("create_session", {"name": "x" * 201}, InvalidInput, ["201", "200"]),
    ("create_session", {"name": "ok", "kind": "podcast"}, InvalidInput, ["kind"]),
    ("create_session", {"name": "ok", "reference_files": ["/no/such/file.png"]}, InvalidInput, ["does not exist"]),
    ("rename_session", {"new_name": " "}, InvalidInput, ["cannot be empty"]),
    ("save_to_library", {"items": [2], "folder": ""}, InvalidInput, ["folder name cannot be empty"]),
    ("save_to_library", {"items": [2], "project": "p" * 300}, InvalidInput, ["300", "200"]),
    ("list_assets", {"folder": "Nowhere"}, NotFound, ["no folder named 'Nowhere'"]),
    ("list_assets", {"project": "Brnd"}, NotFound, ["Brand"]),
    ("move_assets", {"assets": ["ast_missing"], "folder": "X"}, NotFound, ["ast_missing"]),
    ("delete_assets", {"assets": ["no such title"]}, NotFound, ["no such title"]),
    ("create_post", {"caption": "", "items": [1]}, InvalidInput, ["caption"]),
    ("create_post", {"caption": "hi"}, InvalidInput, ["at least one"]),
    ("remix", {"item": "gen_gone"}, NotFound, ["gen_gone", "deleted"]),
    ("remix", {"item": 11}, NotFound, ["no 11"]),
    ("reassign", {"items": [1], "to_session": "Summer Launch"}, InvalidInput, ["already in"]),
    ("link_session", {}, InvalidInput, ["project, folder or campaign"]),
    ("unarchive_session", {}, Conflict, ["not archived"]),
]


@pytest.mark.parametrize("tool,args,error,words", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_bad_input_is_refused_and_changes_nothing(studio, tools, tool, args, error, words):
    before = export_state(studio)
    with pytest.raises(error) as raised:
        getattr(tools, tool)(studio, **args)
    for word in words:
        assert word in raised.value.message
    assert export_state(studio) == before


def test_archiving_an_archived_session(studio, tools):
    tools.archive_session(studio, session="Autumn Leaves")
    before = export_state(studio)
    with pytest.raises(Conflict, match="already archived"):
        tools.archive_session(studio, session="Autumn Leaves")
    assert export_state(studio) == before


def test_generating_in_an_archived_session_is_refused(studio, tools):
    tools.archive_session(studio, session="Autumn Leaves")
    before = export_state(studio)
    with pytest.raises(Conflict, match="archived"):
        tools.generate(studio, session="Autumn Leaves", prompt="x")
    assert export_state(studio) == before


def test_remixing_a_deleted_generation(studio, tools):
    gone = tools.generate(studio, session="Autumn Leaves", count=1, size="256x256").data["generation_ids"][0]
    tools.delete_session(studio, session="Autumn Leaves")
    before = export_state(studio)
    with pytest.raises(NotFound, match="deleted"):
        tools.remix(studio, item=gone)
    assert export_state(studio) == before


def set_balance(ctx, amount: int) -> None:
    ctx.store.execute("UPDATE workspaces SET credit_balance = ?", [amount])


def test_overdrawing_credits_changes_nothing(studio, tools):
    set_balance(studio, 5)
    before = export_state(studio)
    with pytest.raises(InsufficientCredits, match="needs 6 credits and the balance is 5"):
        tools.generate(studio, prompt="many", count=6, size="256x256")
    assert export_state(studio) == before


def test_refused_generation_without_session_creates_no_session(ctx, tools):
    set_balance(ctx, 3)
    with pytest.raises(InsufficientCredits):
        tools.generate(ctx, prompt="too much", count=4, size="256x256")
    assert export_state(ctx)["sessions"] == []


@pytest.mark.parametrize("content,name,words", [
    (None, "missing.png", ["does not exist"]),
    (b"", "empty.png", ["is empty"]),
    (b"\x7fELF\x02\x01\x01" + b"\0" * 100, "program.bin", ["not an image"]),
    (b"PK\x03\x04" + b"\0" * 100, "archive.zip", ["not an image", "zip"]),
    (b"\x89PNG\r\n\x1a\n" + b"garbage" * 10, "broken.png", ["cannot be read"]),
    (b"\xff\xfe\xfa binary \x00\x01", "notes.txt", ["not an image"]),
])
def test_upload_bad_files(ctx, tools, tmp_path, content, name, words):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = export_state(ctx)
    with pytest.raises(InvalidInput) as raised:
        tools.upload_asset(ctx, path=str(path))
    for word in words:
        assert word in raised.value.message
    assert export_state(ctx) == before


def test_upload_unreadable_file(ctx, tools, tmp_path, monkeypatch):
    path = tmp_path / "secret.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    real_open = open

    def deny(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(InvalidInput, match="permission denied"):
        tools.upload_asset(ctx, path=str(path))
    monkeypatch.undo()
    assert export_state(ctx)["assets"] == []


def test_upload_a_directory(ctx, tools, tmp_path):
    with pytest.raises(InvalidInput, match="not a file"):
        tools.upload_asset(ctx, path=str(tmp_path))


def test_every_error_is_an_atelier_error():
    assert all(issubclass(c[2], AtelierError) for c in CASES)
