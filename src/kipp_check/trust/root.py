"""The repository root of a path, and the judgement of a file to read against it.

Why real paths: a committed symbolic link is text anyone can write, and
`open()` follows it wherever it points (`~/.git-credentials`, `/etc`, the
runner's environment). So a file is judged by where it really is, after
every link is resolved, and it must be inside the real path of its root.
Links above the root (the operator's own `/home -> /data`) are the
operator's business and are followed.

The root: the nearest folder at or above the path that holds `.git`; without
one, the working folder when the path lies below it; else the folder the path
names (a folder itself, or a file's folder). It is found from the path as
written, never by following the path's own links.
"""

from __future__ import annotations

import os
import stat
from functools import cache
from pathlib import Path

from kipp_check.errors import UsageError, fix_of
from kipp_check.models.phrase import Phrase

GIT_MARKER = ".git"


class PathRefused(UsageError):
    """A path the tool will not read or write: a catalogue key and its `{name}` fields.

    A `UsageError` (exit code 2), worded where it is printed, with its fix.
    """

    def __init__(self, key: str, /, **fields: str) -> None:
        self.key = key
        self.fields = fields
        message = Phrase.of(key, **fields)
        super().__init__(message, fix=fix_of(message))


def repository_root(path: Path | str) -> Path:
    """The root `path` is judged against (see the module docstring); an absolute path."""
    absolute = Path(os.path.abspath(path))
    start = absolute if _is_real_dir(absolute) else absolute.parent
    return _root_from(start, Path(os.path.abspath(os.getcwd())))


@cache
def _root_from(start: Path, cwd: Path) -> Path:
    for folder in (start, *start.parents):
        if os.path.lexists(folder / GIT_MARKER):
            return folder
    if start == cwd or cwd in start.parents:
        return cwd
    return start


def _is_real_dir(path: Path) -> bool:
    """A folder that is one (a link to a folder is judged as the file it is)."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def real_root(root: Path) -> str:
    """The real path of `root`: the links above it are the operator's and are followed."""
    return os.path.realpath(root)


def is_within(real: str, real_folder: str) -> bool:
    """Whether the real path `real` is `real_folder` or below it."""
    try:
        return os.path.commonpath([real, real_folder]) == real_folder
    except ValueError:  # different drives on Windows
        return False


def confine(path: Path, root: Path, *, shown: str) -> str:
    """The real path of `path`, a file to read, judged against `root`; `PathRefused` if not.

    Refused: a path whose real path leaves the root (through a link, or a
    `..` that climbs out), and a link that leads into a hidden folder inside
    it (`.git/config` holds the CI token): what is read through a link may
    end up quoted in a message. A path that does not exist is returned as
    it is, for the caller to report as missing.
    """
    absolute = os.path.abspath(path)
    real = os.path.realpath(absolute)
    top = real_root(root)
    if not is_within(real, top):
        if not os.path.lexists(absolute):
            return real
        raise PathRefused("trust.read_outside_root", path=shown, root=_shown_root(root))
    through_link = real != os.path.join(top, os.path.relpath(os.path.normpath(absolute), root))
    if through_link:
        name = os.path.basename(absolute)
        parts = Path(os.path.relpath(real, top)).parts
        last = len(parts) - 1
        hidden = [p for i, p in enumerate(parts) if p.startswith(".") and (p, i) != (name, last)]
        if hidden:
            raise PathRefused("trust.read_hidden_link", path=shown, folder=hidden[0])
    return real


def _shown_root(root: Path) -> str:
    from kipp_check.loader.attachment_paths import shown

    return shown(root.as_posix())


def shown_path(path: Path | str) -> str:
    """A path made safe to put in a message (escaped invisibles, shortened)."""
    from kipp_check.loader.attachment_paths import shown

    return shown(Path(path).as_posix())


def foreign_config(path: Path) -> bool:
    """Whether a config found in the tree belongs to someone else, in a folder anyone may write.

    Like git's `safe.directory`: `/tmp/.kipp-check.yaml` left by another user
    of the machine must not steer the checks of everything below `/tmp`. A
    file owned by the operator or by root, or in a folder others cannot
    write to, is obeyed (within what a tree's config may do).
    """
    getuid = getattr(os, "getuid", None)
    if getuid is None:  # Windows: no owners to compare
        return False
    try:
        real = os.path.realpath(path)
        owner = os.stat(real).st_uid
        folder_mode = os.stat(os.path.dirname(real)).st_mode
    except OSError:
        return False
    return owner not in (getuid(), 0) and bool(folder_mode & stat.S_IWOTH)
