"""Walking a folder: every regular file once, symlink loops and unreadable folders reported."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file found by the scan, with the stat used to tell whether it changed since last time."""

    path: str  # absolute, as the OS gave it (surrogate-escaped on Linux when the name is not UTF-8)
    size: int
    mtime_ns: int
    device: int = 0
    inode: int = 0

    @property
    def key(self) -> bytes:
        """The exact bytes of the path: the key of the import_files table."""
        return os.fsencode(self.path)


@dataclass(frozen=True, slots=True)
class ScanProblem:
    path: str
    reason: str


def display_path(path: str) -> str:
    """A printable, storable form of a path, even when its bytes are not valid UTF-8."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def describe_os_error(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symlink loop"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.ENOENT:
        return "vanished during the scan"
    return error.strerror or str(error)


def scan(root: str, exclude: tuple[str, ...] = ()) -> Iterator[Candidate | ScanProblem]:
    """Yield every regular file under root (or root itself if it is a file), depth first.

    Directory symlinks are followed once: a directory already visited (same device and inode) is
    skipped, so loops end. Folders in ``exclude`` (Atelier's own home) are never entered.
    Problems are yielded, never raised, so one bad entry stops nothing.
    """
    root = os.path.abspath(root)
    try:
        info = os.stat(root)
    except OSError as error:
        yield ScanProblem(root, describe_os_error(error))
        return
    if stat.S_ISREG(info.st_mode):
        yield Candidate(root, info.st_size, info.st_mtime_ns, info.st_dev, info.st_ino)
        return
    if not stat.S_ISDIR(info.st_mode):
        yield ScanProblem(root, "not a regular file or folder")
        return
    excluded = set()
    for folder in exclude:
        try:
            excluded.add((os.stat(folder).st_dev, os.stat(folder).st_ino))
        except OSError:
            pass
    if (info.st_dev, info.st_ino) in excluded:
        return
    visited = {(info.st_dev, info.st_ino)}
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as error:
            yield ScanProblem(directory, f"folder unreadable: {describe_os_error(error)}")
            continue
        subdirectories = []
        for entry in entries:
            try:
                info = entry.stat()  # follows symlinks
            except OSError as error:
                reason = describe_os_error(error)
                if error.errno == errno.ENOENT and entry.is_symlink():
                    reason = "broken symlink"
                yield ScanProblem(entry.path, reason)
                continue
            if stat.S_ISDIR(info.st_mode):
                identity = (info.st_dev, info.st_ino)
                if identity in excluded:
                    continue
                if identity in visited:
                    if entry.is_symlink():
                        yield ScanProblem(entry.path, "symlink loop (folder already visited)")
                    continue
                visited.add(identity)
                subdirectories.append(entry.path)
            elif stat.S_ISREG(info.st_mode):
                yield Candidate(entry.path, info.st_size, info.st_mtime_ns, info.st_dev, info.st_ino)
            else:
                yield ScanProblem(entry.path, "not a regular file")
        stack.extend(reversed(subdirectories))
