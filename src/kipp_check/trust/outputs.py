"""Where a report may be written: judged by real path before a byte is written.

The documented CI step writes `kipp-check.sarif` into the checkout; a pull
request that commits `kipp-check.sarif -> ~/.bashrc` (or a linked report
folder) must not get that file overwritten. A slip of `--output
proposal.yaml` must not destroy the proposal. So a target is refused when:

- inside a checked tree (below a run's repository root), the target or any
  folder on the way to it is a link: never written through, never created
  through (`trust.output_link`, `trust.output_parent_link`); or it is not a
  regular file;
- outside every tree (the operator's own place, e.g. `$GITHUB_STEP_SUMMARY`),
  it is a link to a regular file; a device or FIFO (`/dev/stdout`,
  `/dev/null`, a named pipe) is written in place, which is what it is for;
- its real path is one of the run's inputs (a proposal, an attachment, a
  config, a pack), or another output's;
- it exists and is read-only (0444): someone meant to keep it;
- it comes from a tree's own config and leaves that tree's root.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from kipp_check.trust.root import PathRefused, is_within, real_root, shown_path


@dataclass(frozen=True)
class Target:
    """A judged place to write a report."""

    path: Path
    """Absolute, as written (never resolved: a link on the way was refused)."""
    written: Path
    """As the user wrote it, for messages."""
    in_place: bool
    """A device or FIFO outside the tree: opened and written as it is."""
    tree: Path | None
    """The repository root it lies in, `None` outside every checked tree."""

    @property
    def identity(self) -> str:
        return os.path.realpath(self.path)


def judge_target(
    path: Path,
    *,
    roots: Collection[Path],
    inputs: Collection[str],
    confined_to: Path | None = None,
) -> Target:
    """Judge `path` as a report to write; `PathRefused` says why it may not be."""
    absolute = Path(os.path.abspath(path))
    shown = shown_path(path)
    tree = _tree_of(absolute, [*([confined_to] if confined_to else []), *roots])
    if confined_to is not None and (not _lexically_within(absolute, confined_to) or tree is None):
        raise PathRefused("trust.config_output_outside", path=shown, root=shown_path(confined_to))
    in_place = False
    if tree is not None:
        _no_link_below(absolute, tree, shown)
    elif os.path.lexists(absolute):
        in_place = _outside_tree_kind(absolute, shown)
    if os.path.realpath(absolute) in inputs:
        raise PathRefused("trust.output_is_input", path=shown)
    if not in_place and _read_only(absolute):
        raise PathRefused("trust.output_read_only", path=shown)
    return Target(absolute, path, in_place, tree)


def check_distinct(targets: Sequence[Target]) -> None:
    """No two outputs are one file, compared by real path (`r2.json -> r1.json` too)."""
    seen: dict[str, Path] = {}
    for target in targets:
        key = os.path.normcase(target.identity)
        if key in seen and not target.in_place:
            raise PathRefused(
                "trust.output_twice",
                path=shown_path(target.written),
                other=shown_path(seen[key]),
            )
        seen.setdefault(key, target.written)


def make_parents(target: Target) -> None:
    """Create the missing folders of `target`, inside a tree one at a time and never a link."""
    parent = target.path.parent
    if target.tree is None:
        parent.mkdir(parents=True, exist_ok=True)  # the operator's own place
        return
    missing = []
    while not os.path.lexists(parent) and parent != target.tree:
        missing.append(parent)
        parent = parent.parent
    for folder in reversed(missing):
        os.mkdir(folder)


def _read_only(path: Path) -> bool:
    """An existing file nobody may write to (0444), also when we run as root, or one we may not."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return not mode & 0o222 or not os.access(path, os.W_OK)


def _lexically_within(absolute: Path, root: Path) -> bool:
    root = Path(os.path.abspath(root))
    return absolute == root or root in absolute.parents


def _tree_of(absolute: Path, roots: Sequence[Path]) -> Path | None:
    """The checked tree `absolute` is written in or really leads into; `None` outside them."""
    for root in roots:
        if _lexically_within(absolute, root):
            return Path(os.path.abspath(root))
    real = os.path.realpath(absolute)
    for root in roots:
        if is_within(real, real_root(root)):
            return Path(os.path.abspath(root))
    return None


def _no_link_below(absolute: Path, tree: Path, shown: str) -> None:
    """Inside a tree no folder on the way is a link, nor the target; the target is a file.

    Links before the path enters the tree (the operator's `/tmp -> /private/tmp`,
    or their own link to the checkout) are theirs; from the first component
    that really lies in the tree on, none may be a link.
    """
    top = real_root(tree)
    current = Path(absolute.anchor)
    inside = is_within(os.path.realpath(current), top)
    for part in absolute.parts[1:]:
        current = current / part
        try:
            mode = os.lstat(current).st_mode
        except OSError:
            return  # missing from here on: created (folders) or written (the file) anew
        if inside and stat.S_ISLNK(mode):
            if current == absolute:
                raise PathRefused("trust.output_link", path=shown)
            raise PathRefused("trust.output_parent_link", path=shown, link=shown_path(current))
        inside = inside or is_within(os.path.realpath(current), top)
        if current == absolute and not stat.S_ISREG(mode):
            raise PathRefused("trust.output_not_regular", path=shown)


def _outside_tree_kind(absolute: Path, shown: str) -> bool:
    """Outside the trees: whether to write in place (a device, a FIFO); a linked file is refused.

    The system's own links (`/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`) are
    standard output as the shell set it up: written in place, whatever they
    lead to.
    """
    if absolute.parts[1:2] in (("dev",), ("proc",)):
        return True
    try:
        mode = os.stat(absolute).st_mode
    except OSError:
        if os.path.islink(absolute):
            raise PathRefused("trust.output_link", path=shown) from None
        return False
    if stat.S_ISREG(mode):
        if os.path.islink(absolute):
            raise PathRefused("trust.output_link", path=shown)
        return False
    if stat.S_ISDIR(mode):
        raise PathRefused("trust.output_not_regular", path=shown)
    return True
