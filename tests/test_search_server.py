"""Search against a real Chroma server (`chroma run`), started and stopped by the test."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from search_data import add_session

from tools.context import Context
from tools.errors import AtelierError

CHROMA = Path(sys.executable).with_name("chroma")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_chroma(path: Path, port: int) -> subprocess.Popen:
    process = subprocess.Popen([str(CHROMA), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process
        except OSError:
            if process.poll() is not None:
                pytest.fail("chroma run exited before it listened")
            time.sleep(0.1)
    process.kill()
    pytest.fail("chroma run did not start listening")


@pytest.fixture
def chroma_server(tmp_path):
    if not CHROMA.exists() and not shutil.which("chroma"):
        pytest.skip("the chroma command is not installed")
    port = free_port()
    process = start_chroma(tmp_path / "chroma-server", port)
    yield process, port
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.mark.slow
def test_search_through_a_chroma_server_and_a_clear_error_when_it_goes_away(
        chroma_server, atelier_home, monkeypatch, tools):
    process, port = chroma_server
    monkeypatch.setenv("ATELIER_CHROMA_URL", f"http://127.0.0.1:{port}")
    ctx = Context.open(atelier_home)
    try:
        assert ctx.settings.chroma_url
        add_session(ctx, "Forest", ["misty forest at dawn", "a red bicycle", "neon city"], with_images=False)
        assert tools.search(ctx, query="bike").data["results"][0]["prompt"] == "a red bicycle"
        assert not (atelier_home / "chroma").exists()  # the server holds the vectors, not the home

        process.terminate()
        process.wait(timeout=20)
        tools.like(ctx, items=[1])  # SQLite keeps working while the index is away
        with pytest.raises(AtelierError, match="search is unavailable"):
            tools.search(ctx, query="bike")
    finally:
        ctx.close()
