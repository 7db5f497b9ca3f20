"""`kipp-check migrate PROPOSAL --to EDITION`: carry a proposal into a newer form (`migrate`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kipp_check.cli.guard import guarded
from kipp_check.i18n import Lang, text


def migrate_command(
    proposal: Annotated[Path, typer.Argument(metavar="PROPOSAL", help="migrate.help.file")],
    to: Annotated[str, typer.Option("--to", help="migrate.help.to")],
    source_edition: Annotated[str | None, typer.Option("--from", help="migrate.help.from")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="migrate.help.output")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="migrate.help.force")] = False,
    lang: Annotated[
        Lang, typer.Option("--lang", envvar="KIPP_CHECK_LANG", help="init.help.lang")
    ] = Lang.ID,
    debug: Annotated[bool, typer.Option("--debug", help="help.cmd.debug")] = False,
) -> None:
    """Carry a proposal into a newer edition's form, as a new file beside it."""
    from kipp_check.authoring.migrate import migrate
    from kipp_check.authoring.yaml_comment import one_line

    with guarded("migrate", lang, debug=debug):
        done = migrate(proposal, to, output=output, force=force, from_ref=source_edition, lang=lang)
        file = done.output.as_posix()
        lines = [text("migrate.done", lang, file=file, old=done.source_pack, new=done.target_pack)]
        if done.notes:
            lines.append(text("migrate.todo", lang, count=len(done.notes)))
            for note in done.notes:
                args = dict(note.args)
                if lang is Lang.EN and "label_en" in args:
                    args["label"] = args["label_en"]
                lines.append("  • " + one_line(text(f"migrate.note.{note.kind}", lang, **args)))
        else:
            lines.append(text("migrate.nothing_todo", lang))
        if done.schema_problems:
            lines.append(text("migrate.schema_left", lang, count=done.schema_problems))
        lines.append(text("migrate.next", lang, file=file, pack=to))
        print("\n".join(lines))
