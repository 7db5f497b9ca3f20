"""PDFs in the proposal's folder that no key of the proposal refers to.

A letter saved into `lampiran/` but never written under `dokumen` is a letter
the portal never receives. The folder is walked without following symlinks,
without entering hidden folders (`.git`), only a few levels deep and up to a
fixed number of entries (hazard F11), and in sorted order so the result is
the same on every machine. When other YAML files share the folder (a
coordinator keeping several proposals together), a PDF one of them mentions is
not reported: it belongs to a sibling proposal. The siblings' text is read
once and cut into the PDF paths it writes (a set), so each PDF found costs a
lookup, not a search through every sibling (issue 12: 480 PDFs beside 50
siblings took 20 s). Every PDF is counted, but facts are kept for the first
`MAX_FOUND` only: the report can say how many more there are.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kipp_check.loader.attachment_paths import AttachmentRefused, check_syntax, confined_parts
from kipp_check.loader.regular_file import OPEN_FLAGS
from kipp_check.models.results import PdfFacts

MAX_DEPTH = 4
MAX_ENTRIES = 20_000
MAX_FOUND = 500
_MAX_SIBLINGS = 50
_MAX_SIBLING_BYTES = 1024 * 1024
_SKIPPED = frozenset({"node_modules", "__pycache__", "venv"})


# The end of a PDF path as YAML writes it (followed by the end, a space, a quote, `]`, `,`, `#`),
# and the characters a path may follow (the line's start, a space, a quote, `[`, `,`, `:`).
_PDF_END = re.compile(r"""\.pdf(?=$|[\s"'\],#])""", re.IGNORECASE | re.MULTILINE)
_BEFORE = frozenset(" \t\"'[,:")
_LONGEST = 1024
"""Characters of a line kept before a `.pdf`: longer paths are not looked for."""
_STARTS_PER_PATH = 32
"""Places a written path may start, from the nearest: a name with more spaces is not found."""
_BUDGET = 8_000_000
"""Characters of candidate paths kept in all: a hostile sibling cannot make the set huge."""


@dataclass(frozen=True)
class FolderPdfs:
    """The PDFs nobody names: facts for the first `MAX_FOUND`, and how many there are in all."""

    facts: tuple[PdfFacts, ...]
    total: int
    """Unreferenced PDFs found, listed or not; a lower bound when `complete` is false."""
    complete: bool
    """Whether the walk saw the whole folder (it stops after `MAX_ENTRIES` entries)."""


def unreferenced_pdfs(base_dir: Path, referenced: Iterable[str], proposal_name: str) -> FolderPdfs:
    """A `PdfFacts` (size only, `referenced=False`) for each PDF under `base_dir` nobody names.

    `referenced` are the paths the proposal writes, and the names it was told
    it probably meant (a "did you mean" hint), so one mistake is reported once.
    """
    real_base = os.path.realpath(base_dir)
    known = {attachment_identity(base_dir, written) for written in referenced} - {""}
    mentioned = sibling_paths(_sibling_text(base_dir, proposal_name))
    found: list[PdfFacts] = []
    total = 0
    walked, complete = _walk_pdfs(real_base)
    for relative, size in walked:
        if os.path.join(real_base, *relative.split("/")) in known or relative in mentioned:
            continue
        total += 1
        if len(found) < MAX_FOUND:
            facts = PdfFacts(role="", path=relative, exists=True, bytes=size, referenced=False)
            found.append(facts)
    return FolderPdfs(tuple(found), total, complete)


def sibling_paths(text: str) -> frozenset[str]:
    """Every path ending in `.pdf` that YAML `text` may be writing, with and without `./`.

    Read once per proposal: each PDF in the folder is then one set lookup. A
    path is taken as written after the line's start or a space, quote, `[`,
    `,` or `:`, and where it is unclear which of those begins it (a file name
    with spaces) every choice is kept, as the earlier per-file search did.
    """
    paths: set[str] = set()
    budget = _BUDGET
    for found in _PDF_END.finditer(text):
        end = found.end()
        line_start = text.rfind("\n", 0, end) + 1
        first = max(line_start, end - _LONGEST)
        starts = 0
        position = found.start() - 1
        while position >= first and starts < _STARTS_PER_PATH:
            if text[position] in _BEFORE:
                paths.add(text[position + 1 : end].removeprefix("./"))
                starts += 1
            position -= 1
        if position < first and first == line_start:
            paths.add(text[line_start:end].removeprefix("./"))
        budget -= end - position
        if budget <= 0:  # scanned enough of a hostile sibling; later paths count as unnamed
            break
    return frozenset(paths)


def attachment_identity(base_dir: Path, written: str) -> str:
    """The real path `written` leads to, or `""` for a path the loader refuses anyway.

    Two spellings of one file (`x.pdf`, `./x.pdf`) have the same identity.
    """
    try:
        check_syntax(written)
        parts = confined_parts(written)
        return os.path.realpath(os.path.join(os.path.realpath(base_dir), *parts))
    except (AttachmentRefused, ValueError, OSError):
        return ""


def _walk_pdfs(real_base: str) -> tuple[list[tuple[str, int]], bool]:
    """`(relative path, bytes)` of regular `*.pdf` files, sorted, bounded in depth and count;
    and whether the walk saw every entry."""
    found: list[tuple[str, int]] = []
    stack: list[tuple[str, int]] = [("", 0)]
    entries = 0
    while stack and entries < MAX_ENTRIES:
        relative, depth = stack.pop()
        try:
            with os.scandir(os.path.join(real_base, relative)) as listing:
                items = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            continue
        folders = []
        for entry in items[: MAX_ENTRIES - entries]:
            entries += 1
            if entry.name.startswith(".") or entry.name in _SKIPPED:
                continue
            path = posixpath.join(relative, entry.name) if relative else entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(path)
                elif entry.is_file(follow_symlinks=False) and entry.name.lower().endswith(".pdf"):
                    found.append((path, entry.stat(follow_symlinks=False).st_size))
            except OSError:
                continue
        if depth < MAX_DEPTH:
            stack.extend((folder, depth + 1) for folder in reversed(folders))
    return sorted(found), not stack and entries < MAX_ENTRIES


def _sibling_text(base_dir: Path, proposal_name: str) -> str:
    """The text of the other YAML files beside the proposal, each read up to 1 MiB."""
    try:
        with os.scandir(base_dir) as listing:
            names = sorted(
                entry.name
                for entry in listing
                if entry.name.endswith((".yaml", ".yml"))
                and not entry.name.startswith(".")
                and entry.name != proposal_name
                and entry.is_file(follow_symlinks=False)
            )
    except OSError:
        return ""
    return "\n".join(_read_small(os.path.join(base_dir, name)) for name in names[:_MAX_SIBLINGS])


def _read_small(path: str) -> str:
    """Up to 1 MiB of a regular file as text; `""` for anything else (a FIFO never blocks)."""
    try:
        fd = os.open(path, OPEN_FLAGS)
    except OSError:
        return ""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return ""
        return os.read(fd, _MAX_SIBLING_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""
    finally:
        os.close(fd)
