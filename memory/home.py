"""The home folder: private (0700, files 0600), checked when opened, and plain about what is wrong.

The home holds chat text, prompts and images: nobody else on the machine may read it. Modes are
set explicitly (``os.open`` with a mode, then ``fchmod``/``chmod``) rather than through the umask,
which is process-wide and shared with every thread. An existing home is tightened when opened.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path
from typing import IO

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
SQLITE_HEADER = b"SQLite format 3\x00"
FIX_HOME = "set ATELIER_HOME to a folder you own and can write"


class HomeError(Exception):
    """The home, or a database in it, cannot be used. The message says what is wrong and what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def tighten(path: Path, mode: int) -> None:
    """Take away permissions beyond ``mode`` (never add any); a path we do not own is left alone."""
    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
        if current & ~mode:
            os.chmod(path, current & mode)
    except OSError:
        pass


# What Atelier itself keeps directly in a home; anything else there is the user's and left alone.
OWN_NAMES = ("atelier.db", "checkpoints.db", "blobs", "thumbnails", "thumbs", "exports", "chroma", "logs",
             "incoming")


def tighten_home(home: Path | str) -> None:
    """Make an existing home private: the folder 0700, Atelier's own files and folders directly in
    it (and its logs) 0700 or 0600. Files of the user's that happen to lie there are never touched."""
    home = Path(home)
    tighten(home, PRIVATE_DIR)
    try:
        entries = [entry for entry in home.iterdir() if entry.name.startswith(OWN_NAMES)]
        entries += list((home / "logs").glob("*"))
    except OSError:
        return
    for entry in entries:
        if not entry.is_symlink():
            tighten(entry, PRIVATE_DIR if entry.is_dir() else PRIVATE_FILE)


def private_dir(path: Path | str) -> Path:
    """Make a folder (and its missing parents) 0700, or say plainly why it cannot be used."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise HomeError(f"{path} is a file, not a folder: move the file away or {FIX_HOME}")
    try:
        path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    except FileExistsError:  # a dangling link or a file appeared meanwhile
        raise HomeError(f"{path} is not a folder: move it away or {FIX_HOME}") from None
    except NotADirectoryError:
        raise HomeError(f"{path} cannot be created: part of that path is a file, not a folder; "
                        f"{FIX_HOME}") from None
    except PermissionError:
        raise HomeError(f"{path} cannot be created: permission denied; {FIX_HOME}") from None
    except OSError as error:
        raise HomeError(f"{path} cannot be created: {error.strerror or error}; {FIX_HOME}") from None
    tighten(path, PRIVATE_DIR)
    if not os.access(path, os.W_OK | os.X_OK):
        raise HomeError(f"the folder {path} is not writable: give yourself write permission "
                        f"(chmod u+rwx) or {FIX_HOME}")
    return path


def open_private(path: Path | str, mode: str = "a") -> IO:
    """Open a text file under the home, created 0600 (an existing one is tightened to 0600)."""
    path = Path(path)
    private_dir(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode.startswith("a") else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
        return os.fdopen(fd, mode, encoding="utf-8")
    except BaseException:
        os.close(fd)
        raise


def create_private(path: Path | str) -> IO[bytes]:
    """A new binary file, 0600 whatever the umask (for temp files that are renamed into place)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise


def connect_database(path: Path | str, *, fix: str, timeout: float = 30.0) -> sqlite3.Connection:
    """Open a SQLite file under the home (created 0600) in WAL mode, or raise a HomeError.

    ``fix`` says what to do when the file is damaged (restore it, or move it away). SQLite gives
    its ``-wal`` and ``-shm`` files the mode of the database, so they are private too.
    """
    path = Path(path)
    private_dir(path.parent)
    if path.is_dir():
        raise HomeError(f"{path} is a folder, not a database: move it away or {FIX_HOME}")
    _check_header(path, fix)
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE))
    except PermissionError:
        raise HomeError(f"the database {path} is not writable: give yourself write permission "
                        f"(chmod u+rw) or {FIX_HOME}") from None
    for suffix in ("", "-wal", "-shm"):
        tighten(Path(f"{path}{suffix}"), PRIVATE_FILE)
    conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.DatabaseError as error:
            # Switching a new file to WAL while another process opens it can be refused at once
            # ("database is locked") without SQLite's busy wait: wait here instead.
            if _busy(error) and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            conn.close()
            raise database_error(path, error, fix) from None


def _busy(error: sqlite3.DatabaseError) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def database_error(path: Path | str, error: sqlite3.DatabaseError, fix: str) -> HomeError:
    """The sentence for a database SQLite could not use."""
    reason = str(error)
    if _busy(error):
        return HomeError(f"the database {path} is busy: another Atelier process kept it locked too long "
                         f"({reason}); try again when it has finished")
    if "readonly" in reason or "unable to open" in reason:
        return HomeError(f"the database {path} cannot be written ({reason}): give yourself write "
                         f"permission on it and its folder, or {FIX_HOME}")
    return HomeError(f"the database {path} is damaged ({reason}): {fix}")


def _check_header(path: Path, fix: str) -> None:
    """Refuse a file that is not SQLite, or one cut short, before SQLite reads it page by page.

    A truncated file opens fine and fails later, in the middle of some command; the header says
    how many pages the file should hold (valid when its version counters agree)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return
    except PermissionError:
        raise HomeError(f"the database {path} cannot be read: permission denied; give yourself "
                        f"read and write permission on it, or {FIX_HOME}") from None
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise HomeError(f"the database {path} is damaged (it is not a SQLite database): {fix}")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    # With a write-ahead log beside it, a checkpoint cut off midway can leave the file shorter than
    # its header says; SQLite finishes it from the log, so only a file without one is cut short.
    wal = Path(f"{path}-wal")
    recovering = wal.exists() and wal.stat().st_size > 0
    if counter_valid and pages and size < pages * page_size and not recovering:
        raise HomeError(f"the database {path} is damaged (cut short: {size:,} of {pages * page_size:,} "
                        f"bytes): {fix}")
