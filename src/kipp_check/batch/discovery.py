"""Find the proposals a run is about: files, folders (searched recursively) and globs.

A folder is searched for every file named `proposal.yaml` or `proposal.yml`,
skipping hidden folders (`.git`, `.venv`, …) and `node_modules`, and never
following a symbolic link while walking (hazard F11: a link could lead the
walk out of the repository or round in a loop; issue 12: two links `a -> .`
and `b -> .` made `**/proposal.yaml` run forever). Globs are expanded by
`kipp_check.trust.globbing` for the same reason, with a cap on the entries
looked at; a folder named or matched must really lie inside its repository
root (`kipp_check.trust.root`), and a link to a folder is never walked. The order is stable: the
arguments in the order given, each one's finds sorted by path. A proposal
reached twice (two arguments, or a file inside a folder also given) is checked
once. An argument that finds nothing is a usage error, so a typo cannot make a
CI job pass by checking nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kipp_check.errors import UsageError
from kipp_check.pipeline import alone
from kipp_check.trust.globbing import expand_glob, walk_named
from kipp_check.trust.root import confine, repository_root, shown_path

PROPOSAL_NAMES = frozenset({"proposal.yaml", "proposal.yml"})
SKIPPED_FOLDERS = frozenset({"node_modules"})
"""Skipped besides every hidden folder (which covers `.git` and `.venv`)."""
_GLOB_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True)
class Discovered:
    """The proposal files of a run, and whether the run is a batch."""

    files: tuple[Path, ...]
    batch: bool
    """True unless exactly one proposal file was named: a folder, a glob or several paths."""


def discover(arguments: Sequence[str]) -> Discovered:
    """The proposal files named or found under `arguments`, in a stable order, each once."""
    files: list[Path] = []
    seen: set[str] = set()
    for argument in arguments:
        found = list(_expand(argument))  # a `PathRefused` is a `UsageError` of its own
        if not found:
            raise UsageError.of("batch.nothing_found", path=argument)
        for path in found:
            identity = os.path.realpath(path)
            if identity not in seen:
                seen.add(identity)
                files.append(path)
    return Discovered(tuple(files), batch=alone(arguments) is None)


def _expand(argument: str) -> Iterator[Path]:
    path = Path(argument)
    if path.is_dir():
        yield from _walk(path)
    elif path.exists() or path.is_symlink() or not _GLOB_CHARACTERS & set(argument):
        yield path  # a file, or a missing one that the loader reports as not found
    else:
        for matched in expand_glob(argument):
            if matched.is_symlink() and matched.is_dir():
                continue  # a link to a folder is never walked
            yield from (_walk(matched) if matched.is_dir() else (matched,))


def _walk(folder: Path) -> Iterator[Path]:
    """Every proposal file under `folder`, sorted, without entering hidden or skipped folders."""
    confine(folder, repository_root(folder), shown=shown_path(folder))
    yield from walk_named(folder, PROPOSAL_NAMES, SKIPPED_FOLDERS)
