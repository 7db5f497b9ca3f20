"""`kipp-check schema`: the JSON Schema of `proposal.yaml`, for editors (draft-07).

The bytes are those of the committed `schemas/proposal.schema.json` (a test
pins it), so `kipp-check schema > proposal.schema.json` refreshes a copy.
"""

from __future__ import annotations

from typing import Annotated

import typer

from kipp_check.cli.console import write_output
from kipp_check.cli.guard import guarded
from kipp_check.i18n import Lang


def schema_command(
    pack: Annotated[
        str | None, typer.Option("--pack", metavar="ID|FILE", help="init.help.pack")
    ] = None,
    lang: Annotated[
        Lang, typer.Option("--lang", envvar="KIPP_CHECK_LANG", help="help.schema.lang")
    ] = Lang.ID,
    debug: Annotated[bool, typer.Option("--debug", help="help.cmd.debug")] = False,
) -> None:
    """Print the JSON Schema of proposal.yaml (for editors, draft-07)."""
    from pathlib import Path

    from kipp_check.authoring.schema_export import proposal_schema_text
    from kipp_check.packs import load_pack

    with guarded("schema", lang, debug=debug):
        chosen = load_pack(pack, base_dir=Path.cwd()) if pack else None
        write_output(proposal_schema_text(chosen), None, Lang.ID)
