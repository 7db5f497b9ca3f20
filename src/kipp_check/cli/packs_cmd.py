"""`kipp-check packs` and `kipp-check pack new`: the coordinator's tools for editions.

`packs` lists the shipped editions (see `kipp_check.authoring.pack_tools`). `pack new
NAME --extends EDITION` writes a local pack for a new edition; an existing
file is never overwritten without `--force`, and a link is never written
through (`kipp_check.authoring.new_file`).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from kipp_check.cli.console import parse_today, write_output
from kipp_check.cli.guard import guarded, usage_error
from kipp_check.i18n import Lang, text


class ListFormat(str, Enum):
    """What `packs` writes."""

    TERMINAL = "terminal"
    JSON = "json"


def packs_command(
    output_format: Annotated[
        ListFormat, typer.Option("--format", help="packs.help.format")
    ] = ListFormat.TERMINAL,
    lang: Annotated[
        Lang, typer.Option("--lang", envvar="KIPP_CHECK_LANG", help="init.help.lang")
    ] = Lang.ID,
    debug: Annotated[bool, typer.Option("--debug", help="help.cmd.debug")] = False,
) -> None:
    """List the KIPP editions shipped: year, window, form, confirmed share, sources' date."""
    from kipp_check.authoring.pack_tools import as_json, edition_row, render_table
    from kipp_check.packs import SHIPPED, load_pack
    from kipp_check.reporters.safe_text import json_dumps

    with guarded("packs", lang, debug=debug):
        rows = [edition_row(load_pack(pack_id), lang) for pack_id in SHIPPED]
        as_data = output_format is ListFormat.JSON
        rendered = json_dumps(as_json(rows)) if as_data else render_table(rows, lang)
        write_output(rendered, None, lang)


def pack_command(
    action: Annotated[str, typer.Argument(metavar="new", help="pack.help.action")],
    name: Annotated[str, typer.Argument(metavar="NAME", help="pack.help.name")],
    extends: Annotated[str | None, typer.Option("--extends", help="pack.help.extends")] = None,
    year: Annotated[int | None, typer.Option("--year", help="pack.help.year")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="pack.help.output")] = None,
    force: Annotated[bool, typer.Option("--force", help="pack.help.force")] = False,
    today: Annotated[
        str | None,
        typer.Option("--today", envvar="KIPP_CHECK_TODAY", help="pack.help.today"),
    ] = None,
    lang: Annotated[
        Lang, typer.Option("--lang", envvar="KIPP_CHECK_LANG", help="init.help.lang")
    ] = Lang.ID,
    debug: Annotated[bool, typer.Option("--debug", help="help.cmd.debug")] = False,
) -> None:
    """Write a local rule pack for a new edition: `pack new kipp-2027 --extends kipp-2026`."""
    with guarded("pack", lang, debug=debug):
        if action != "new":
            raise usage_error("pack.action_unknown", action=action[:40])
        written = _new_pack(name, extends, year, output, force, parse_today(today), lang)
        print(text("pack.new_done", lang, file=written.as_posix()))


def _new_pack(
    name: str,
    extends: str | None,
    year: int | None,
    output: Path | None,
    force: bool,
    today: dt.date,
    lang: Lang,
) -> Path:
    from kipp_check.authoring.new_file import write_new
    from kipp_check.authoring.pack_tools import NAME, new_pack_text
    from kipp_check.packs import _resolve_id, _shipped_data, load_pack
    from kipp_check.packs.editions import newest_pack_id, requested_year, stand_in_for

    if not NAME.match(name):
        raise usage_error("pack.bad_name", name=name[:80])
    base_id = _resolve_id(extends or newest_pack_id(), unknown_key="pack.unknown")
    base = _shipped_data(base_id)
    edition_year = year if year is not None else requested_year(name)
    if edition_year is None:
        raise usage_error("pack.year_needed", name=name)
    if edition_year < int(base["year"]):
        suggestion = stand_in_for(edition_year) or base_id
        raise usage_error(
            "pack.year_earlier",
            year=edition_year,
            base=base_id,
            base_year=base["year"],
            suggestion=suggestion,
        )
    body = new_pack_text(name, base, year=edition_year, today=today, lang=lang)
    target = output if output is not None else Path(f"{name}.yaml")
    try:
        write_new(target, body, force=force)
    except FileExistsError:
        raise usage_error("pack.exists", file=target.as_posix()) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise usage_error("pack.unwritable", file=target.as_posix(), reason=reason) from None
    load_pack(target.as_posix())  # what was written loads: a bug here is exit 3
    return target
