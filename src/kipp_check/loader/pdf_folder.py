"""PDFs in the proposal's folder that no key of the proposal refers to.

A letter saved into `lampiran/` but never written under `dokumen` is a letter
the portal never receives. The folder is walked without following symlinks,
without entering hidden folders (`.git`), only a few levels deep and up to a
fixed number of entries (hazard F11), and in sorted order so the result is
the same on every machine. When other YAML files share the folder (a
coordinator keeping several proposals together), a PDF one of them mentions is
not reported: it belongs to a sibling proposal.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
from collections.abc import Iterable
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


def unreferenced_pdfs(
    base_dir: Path, referenced: Iterable[str], proposal_name: str
) -> tuple[PdfFacts, ...]:
    """A `PdfFacts` (size only, `referenced=False`) for each PDF under `base_dir` nobody names.

    `referenced` are the paths the proposal writes, and the names it was told
    it probably meant (a "did you mean" hint), so one mistake is reported once.
    """
    real_base = os.path.realpath(base_dir)
    known = {attachment_identity(base_dir, written) for written in referenced} - {""}
    mentioned = _sibling_text(base_dir, proposal_name)
    found: list[PdfFacts] = []
    for relative, size in _walk_pdfs(real_base):
        if os.path.join(real_base, *relative.split("/")) in known or _mentions(mentioned, relative):
            continue
        found.append(PdfFacts(role="", path=relative, exists=True, bytes=size, referenced=False))
    return tuple(found)


def _mentions(text: str, relative: str) -> bool:
    """Whether YAML `text` writes the path `relative` (optionally as `./relative`)."""
    if relative not in text:
        return False
    pattern = r"(?:^|[\s\"'\[,:])(?:\./)?" + re.escape(relative) + r"(?=$|[\s\"'\],#])"
    return re.search(pattern, text, re.MULTILINE) is not None


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


def _walk_pdfs(real_base: str) -> list[tuple[str, int]]:
    """`(relative path, bytes)` of regular `*.pdf` files, sorted, bounded in depth and count."""
    found: list[tuple[str, int]] = []
    stack: list[tuple[str, int]] = [("", 0)]
    entries = 0
    while stack and entries < MAX_ENTRIES and len(found) < MAX_FOUND:
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
    return sorted(found[:MAX_FOUND])


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
