"""Attachment paths from the YAML, checked and located without trusting them.

A path in `proposal.yaml` is text anyone can commit, so it is judged as text
first (hazards F2, F9, F10), then confined to the proposal folder (F1, F3, F4),
then looked up one component at a time by exact name (F7, F8), so the verdict
never depends on whether the file system ignores case or Unicode normalisation.
Nothing here opens a file; `attachments.py` does that.
"""

from __future__ import annotations

import difflib
import os
import posixpath
import re
import unicodedata
from pathlib import Path, PurePosixPath, PureWindowsPath

MAX_SHOWN_CHARS = 60
MAX_COMPONENT_BYTES = 255
_MAX_LISTED_NAMES = 10_000
"""Names kept from one folder for suggestions; a huge folder must not cost memory."""

_URL = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]+://|(?:file|data|mailto):|www\.)", re.IGNORECASE)
_VARIABLE = re.compile(r"\$|%[A-Za-z_][A-Za-z0-9_]*%")
_WINDOWS_RESERVED = re.compile(r"^(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\..*)?$", re.IGNORECASE)
_WINDOWS_FORBIDDEN = frozenset('<>:"|?*')
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
"""Control, format (zero-width, bidirectional override), surrogate and line-break characters:
they can hide in a name, make it display as another, or rewrite a terminal line."""


class AttachmentRefused(Exception):
    """Why an attachment cannot be inspected: a catalogue key and its `{name}` fields."""

    def __init__(self, key: str, **fields: str) -> None:
        super().__init__(key)
        self.key = key
        self.fields = fields


def shown(text: str) -> str:
    """Return `text` safe to put in a message: escaped invisibles, at most ~60 chars.

    Paths and file names are user-controlled; escaping invisible characters
    keeps them from disguising a name or rewriting a terminal or CI log line.
    """
    out = "".join(ascii(ch)[1:-1] if _is_invisible(ch) else ch for ch in text)
    return out if len(out) <= MAX_SHOWN_CHARS else out[: MAX_SHOWN_CHARS - 1] + "…"


def _is_invisible(ch: str) -> bool:
    return unicodedata.category(ch) in _INVISIBLE_CATEGORIES


def check_syntax(rel_path: str) -> None:
    """Refuse a path string that is not a plain relative path, before it meets the disk.

    Order matters: an absolute path must be refused before any join, because
    `Path(base) / "/etc/passwd"` silently drops `base` (F2).
    """
    if not rel_path.strip():
        raise AttachmentRefused("pdf.empty_path")
    if any(_is_invisible(ch) for ch in rel_path):
        raise AttachmentRefused("pdf.control_character")
    if _URL.match(rel_path):
        raise AttachmentRefused("pdf.url")
    if _VARIABLE.search(rel_path) or any(p.startswith("~") for p in re.split(r"[/\\]", rel_path)):
        raise AttachmentRefused("pdf.shell_expansion")
    windows = PureWindowsPath(rel_path)
    if PurePosixPath(rel_path).is_absolute() or windows.drive or windows.root:
        raise AttachmentRefused("pdf.absolute_path")
    if "\\" in rel_path:
        raise AttachmentRefused("pdf.backslash", suggestion=shown(rel_path.replace("\\", "/")))
    for part in rel_path.split("/"):
        _check_component(part)


def _check_component(part: str) -> None:
    """Refuse one path component that is too long, hidden or not portable."""
    if len(part.encode("utf-8", "surrogatepass")) > MAX_COMPONENT_BYTES:
        raise AttachmentRefused("pdf.name_too_long", limit=str(MAX_COMPONENT_BYTES))
    if part in {"", ".", ".."}:
        return
    if part.startswith("."):
        raise AttachmentRefused("pdf.hidden_path", name=shown(part))
    if (
        _WINDOWS_RESERVED.match(part)
        or _WINDOWS_FORBIDDEN.intersection(part)
        or part.endswith((".", " "))
    ):
        raise AttachmentRefused("pdf.not_portable", name=shown(part))


def confined_parts(rel_path: str) -> tuple[str, ...]:
    """Normalise `a/./b/../c` to its components, refusing a `..` that leaves the folder."""
    normal = posixpath.normpath(rel_path)
    if normal == ".." or normal.startswith("../"):
        raise AttachmentRefused("pdf.outside_folder")
    return () if normal == "." else tuple(normal.split("/"))


def locate(base_dir: Path, rel_path: str) -> str:
    """Return the real path of the attachment `rel_path` inside `base_dir`.

    Raises `AttachmentRefused` for a bad path, an escape (also through a
    symlink, judged on real paths so no link is trusted) or a missing file.
    """
    check_syntax(rel_path)
    parts = confined_parts(rel_path)
    real_base = os.path.realpath(base_dir)
    real = os.path.realpath(os.path.join(real_base, *parts))
    if not _is_within(real, real_base):
        raise AttachmentRefused("pdf.symlink_outside")
    hidden = [p for p in Path(os.path.relpath(real, real_base)).parts if p.startswith(".")]
    if hidden:
        raise AttachmentRefused("pdf.hidden_path", name=shown(hidden[0]))
    _walk_exact(base_dir, parts)
    if parts and not os.path.lexists(real):  # a dangling symlink inside the folder
        raise _missing(base_dir, parts, len(parts) - 1)
    return real


def _is_within(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # different drives on Windows
        return False


def _walk_exact(base_dir: Path, parts: tuple[str, ...]) -> None:
    """Find every component by exact name, whatever the file system's case rules (F7)."""
    folder = os.fspath(base_dir)
    for index, name in enumerate(parts):
        try:
            found, names = _find_entry(folder, name)
        except (FileNotFoundError, NotADirectoryError):
            raise _missing(base_dir, parts, index) from None
        if not found:
            raise _near_miss(parts, index, names) or _missing(base_dir, parts, index)
        folder = os.path.join(folder, name)


def _find_entry(folder: str, name: str) -> tuple[bool, list[str]]:
    """Whether `folder` lists exactly `name`; else up to 10 000 names for hints."""
    names: list[str] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name == name:
                return True, []
            if len(names) < _MAX_LISTED_NAMES:
                names.append(entry.name)
    return False, names


def _near_miss(parts: tuple[str, ...], index: int, names: list[str]) -> AttachmentRefused | None:
    """A hint for a name that differs only in normalisation, case or spelling."""
    wanted = unicodedata.normalize("NFC", parts[index])
    nfc = {unicodedata.normalize("NFC", n): n for n in sorted(names)}
    folded = {k.casefold(): n for k, n in nfc.items()}
    key = ""
    if wanted in nfc:
        key, real = "pdf.not_found_normalization", nfc[wanted]
    elif wanted.casefold() in folded:
        key, real = "pdf.not_found_case", folded[wanted.casefold()]
    else:
        close = difflib.get_close_matches(parts[index], sorted(names), n=1, cutoff=0.75)
        key, real = ("pdf.not_found_similar", close[0]) if close else ("", "")
    if not key:
        return None
    suggestion = "/".join((*parts[:index], real, *parts[index + 1 :]))
    return AttachmentRefused(key, suggestion=shown(suggestion))


def _missing(base_dir: Path, parts: tuple[str, ...], index: int) -> AttachmentRefused:
    folder = "/".join(parts[:index]) or Path(os.path.abspath(base_dir)).name or "."
    return AttachmentRefused("pdf.not_found", name=shown(parts[index]), folder=shown(folder))
