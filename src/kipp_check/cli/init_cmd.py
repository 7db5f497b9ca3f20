"""`kipp-check init [DIR]`: a new proposal folder with a commented `proposal.yaml` and `lampiran/`.

Nothing that exists is overwritten without `--force`: the innovator may have
spent hours on that file. A file identical to what would be written is left
as it is, so running `init` twice does no harm.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kipp_check.cli.console import say
from kipp_check.cli.guard import guarded, usage_error
from kipp_check.i18n import Lang, text

if TYPE_CHECKING:
    from kipp_check.packs.model import Pack

_ID = Lang.ID
PROPOSAL_FILE = "proposal.yaml"
SCHEMA_FILE = "proposal.schema.json"
_KEEP = "lampiran/.gitkeep"
"""Keeps the empty `lampiran/` folder in a Git repository; never overwritten."""


def init_command(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="init.help.dir")] = Path("."),
    pack: Annotated[
        str | None, typer.Option("--pack", metavar="ID|FILE", help="init.help.pack")
    ] = None,
    group: Annotated[
        str | None, typer.Option("--group", metavar="ID", help="init.help.group")
    ] = None,
    lang: Annotated[
        Lang, typer.Option("--lang", envvar="KIPP_CHECK_LANG", help="init.help.lang")
    ] = Lang.ID,
    schema: Annotated[
        str | None, typer.Option("--schema", metavar="PATH|URL", help="init.help.schema")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="init.help.force")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="help.cmd.debug")] = False,
) -> None:
    """Write a new proposal.yaml (every key, commented) and a lampiran/ folder."""
    from kipp_check.packs import load_pack, newest_pack_id

    with guarded("init", lang, debug=debug):
        # A new proposal is written for the newest edition the tool knows (issue 14).
        chosen = load_pack(pack or newest_pack_id(), base_dir=Path.cwd())
        if chosen.provisional:  # said before anything is written, like the report's banner
            until = chosen.sources_until.isoformat()
            say(text("banner.provisional", lang, edition=chosen.title, until=until))
        groups = [g.id for g in chosen.groups.value]
        wanted = group or groups[0]
        if wanted not in groups:
            raise usage_error(
                "init.group_unknown", group=wanted, pack=chosen.id, allowed=", ".join(groups)
            )
        files = {**_files(chosen, wanted, lang, schema), _KEEP: ""}
        written = write_new_files(folder, files, force=force, lang=lang)
        proposal = (folder / PROPOSAL_FILE).as_posix()
        if not written:
            print(text("init.unchanged", lang, proposal=proposal))
            return
        shown = ", ".join([*written, (folder / "lampiran").as_posix() + "/"])
        print(text("init.done", lang, files=shown, proposal=proposal))


def _files(pack: Pack, group: str, lang: Lang, schema_ref: str | None) -> dict[str, str]:
    """The proposal and, unless the modeline points elsewhere, its schema beside it."""
    from kipp_check.authoring.scaffold import render_proposal
    from kipp_check.authoring.schema_export import proposal_schema_text

    files = {PROPOSAL_FILE: render_proposal(pack, group, lang, schema_ref or SCHEMA_FILE)}
    if schema_ref is None:
        files[SCHEMA_FILE] = proposal_schema_text(pack)
    return files


def write_new_files(folder: Path, files: dict[str, str], *, force: bool, lang: Lang) -> list[str]:
    """Write `files` (relative path → text) under `folder`; returns the paths written.

    Raises `UsageError` when a file with other content exists and `force` is off,
    or when the folder cannot be written.
    """
    if folder.exists() and not folder.is_dir():
        raise usage_error("init.not_a_folder", path=folder.as_posix())
    _no_linked_folders(folder, files, force=force, lang=lang)
    clashes = [
        name for name, body in files.items() if name != _KEEP and _differs(folder / name, body)
    ]
    if clashes and not force:
        shown = ", ".join((folder / name).as_posix() for name in clashes)
        raise usage_error("init.exists", files=shown)
    written: list[str] = []
    try:
        for name, body in files.items():
            target = folder / name
            if name == _KEEP and os.path.lexists(target):
                continue
            if name in clashes or not os.path.lexists(target):
                _write_fresh(target, body)
                written.append(target.as_posix())
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise usage_error("init.unwritable", path=folder.as_posix(), reason=reason) from None
    return [path for path in written if not path.endswith(_KEEP)]


def _no_linked_folders(folder: Path, files: dict[str, str], *, force: bool, lang: Lang) -> None:
    """A folder inside DIR that is a link (a linked `lampiran/`) is never written through.

    DIR is the operator's; what is inside it may have come from someone else.
    Without `--force` the run stops (exit 2); with it, the link is replaced by
    a plain folder (the link only: what it points to is left alone).
    """
    linked = sorted(
        {
            folder / Path(*Path(name).parts[:end])
            for name in files
            for end in range(1, len(Path(name).parts))
            if (folder / Path(*Path(name).parts[:end])).is_symlink()
        }
    )
    if linked and not force:
        raise usage_error("trust.init_linked_folder", path=linked[0].as_posix())
    for link in linked:
        link.unlink()


def _differs(path: Path, body: str) -> bool:
    """Whether writing `body` to `path` would replace something else (a link always would)."""
    if not os.path.lexists(path):
        return False
    if path.is_symlink() or not path.is_file():
        return True
    expected = body.encode("utf-8")
    if path.stat().st_size != len(expected):
        return True
    return path.read_bytes() != expected


def _write_fresh(path: Path, body: str) -> None:
    """Create `path` anew: a link in its place is removed, never followed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.parent.is_symlink():  # swapped in since the check: never written through
        raise IsADirectoryError(errno.ELOOP, os.strerror(errno.ELOOP), str(path.parent))
    if os.path.lexists(path):
        path.unlink()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with os.fdopen(os.open(path, flags, 0o666), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(body)
