"""Write a file the user asked for without ever destroying one they had.

`pack new` and `migrate` write a new file beside the user's own. The file is
written whole to a temporary name in the same folder and then linked into
place, which fails if anything (a file, a link, a folder) already has the
name, so an existing file is never overwritten and a symbolic link is never
written through. With `force`, the new file is renamed over the name: a link
there is replaced by the file, its target untouched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_new(path: Path, body: str, *, force: bool = False) -> None:
    """Create `path` holding `body` (UTF-8, `\\n` line ends).

    Raises `FileExistsError` when the name is taken and `force` is off, and
    `OSError` when the folder cannot be written.
    """
    if os.path.lexists(path) and not force:
        raise FileExistsError(str(path))
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(handle, 0o666 & ~_umask())  # as an ordinary new file, not mkstemp's 0600
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
        if force:
            os.replace(temporary, path)
        else:
            os.link(temporary, path, follow_symlinks=False)  # fails if the name is taken
            os.unlink(temporary)
    except BaseException:
        if os.path.lexists(temporary):
            os.unlink(temporary)
        raise


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
