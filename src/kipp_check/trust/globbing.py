"""Folders and globs expanded without following links, and with a cap on the work.

`glob.glob('**/proposal.yaml', recursive=True)` follows links to folders:
two committed links `a -> .` and `b -> .` make it walk `a/b/a/b/…` until
the path is too long, with the work doubling at each level (issue 12). Here
a link is matched like any name but never entered, hidden folders are
entered only when the pattern names them, and a walk that visits more than
`MAX_VISITED` entries stops with a refusal that says to narrow the pattern,
rather than running on or silently checking only part of the tree.

Semantics otherwise follow `glob` with `recursive=True`: `*`, `?` and
`[…]` within one name, `**` for any number of folders, names starting with
`.` only matched by a pattern part that starts with `.`. Results are sorted.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from kipp_check.trust.root import PathRefused, shown_path

MAX_VISITED = 200_000
"""Entries one expansion may look at: a large repository, far below an endless walk."""
MAGIC = frozenset("*?[")


def has_magic(part: str) -> bool:
    return bool(MAGIC & set(part))


def expand_glob(pattern: str) -> list[Path]:
    """The paths `pattern` matches, sorted, links never entered; `PathRefused` past the cap.

    A trailing `/` matches folders only, as with `glob`.
    """
    dirs_only = pattern.endswith(("/", os.sep))
    written = pattern.rstrip("/" + os.sep) if dirs_only else pattern
    parts = written.replace(os.sep, "/").split("/")
    fixed: list[str] = []
    while parts and not has_magic(parts[0]):
        fixed.append(parts.pop(0))
    base = "/".join(fixed) if fixed != [""] else "/"
    if not parts:
        return [Path(base)] if os.path.lexists(base) else []
    start = base or "."
    if not _is_folder(start):
        return []
    found = set(_match(start, tuple(parts), _Counter(pattern)))
    if not base:
        found = {m[2:] for m in found if m.startswith("./")}  # `**` matches `.` itself: not shown
    if dirs_only:
        found = {m for m in found if _is_real_folder(m)}
    return [Path(m) for m in sorted(found)]


def _is_real_folder(path: str) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def walk_named(folder: Path, names: frozenset[str], skipped: frozenset[str]) -> list[Path]:
    """Every file under `folder` named one of `names`, sorted by path, links never entered.

    Hidden folders and those in `skipped` are not entered; a match that is
    itself a link is left out (the loader would judge it, but a folder walk
    never meant it).
    """
    counter = _Counter(folder.as_posix())
    found: list[Path] = []
    stack = [os.fspath(folder)]
    while stack:
        current = stack.pop()
        for entry in _entries(current, counter):
            if entry.is_dir(follow_symlinks=False):
                if not entry.name.startswith(".") and entry.name not in skipped:
                    stack.append(entry.path)
            elif entry.name in names and not entry.is_symlink():
                found.append(Path(entry.path))
    return sorted(found, key=lambda p: p.parts)


class _Counter:
    """Counts the entries looked at; refuses the expansion past `MAX_VISITED`."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.seen = 0

    def add(self) -> None:
        self.seen += 1
        if self.seen > MAX_VISITED:
            raise PathRefused(
                "trust.walk_too_big", pattern=shown_path(self.pattern), limit=f"{MAX_VISITED:,}"
            )


def _entries(folder: str, counter: _Counter) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as listing:
            entries = []
            for entry in listing:
                counter.add()
                entries.append(entry)
    except OSError:
        return []
    return sorted(entries, key=lambda e: e.name)


def _is_folder(path: str) -> bool:
    try:
        return os.path.isdir(path)  # the operator's base folder: its links are theirs
    except OSError:
        return False


def _match(start: str, parts: tuple[str, ...], counter: _Counter) -> Iterator[str]:
    """Paths below `start` matching `parts`, explored with a stack (depth is not bounded)."""
    stack: list[tuple[str, int]] = [(start, 0)]
    done: set[tuple[str, int]] = set()
    while stack:
        folder, index = stack.pop()
        if (folder, index) in done:
            continue
        done.add((folder, index))
        if index == len(parts):
            yield folder
            continue
        part = parts[index]
        if part == "**":
            stack.append((folder, index + 1))  # `**` matches no folder at all, too
        last = index == len(parts) - 1
        for entry in _entries(folder, counter):
            if entry.name.startswith(".") and not part.startswith("."):
                continue
            path = entry.path if folder != "." else os.path.join(".", entry.name)
            is_folder = entry.is_dir(follow_symlinks=False)
            if part == "**":
                if is_folder:
                    stack.append((path, index))
                elif last:
                    yield path
                continue
            if not fnmatch.fnmatchcase(entry.name, part):
                continue
            if last:
                yield path
            elif is_folder:
                stack.append((path, index + 1))
