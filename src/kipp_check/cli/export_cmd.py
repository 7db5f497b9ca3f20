"""`kipp-check export PROPOSAL`: the text to paste into SINOVIK, or the manifest of the files.

Exit 0 when written; 1 when the proposal cannot be read or validated (nothing
to export), or when the manifest has a file it could not fingerprint; 2 for a
missing proposal file or a bad flag; 3 for an internal error.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kipp_check.cli.console import EXIT_NOT_READY, say, write_output
from kipp_check.cli.guard import guarded
from kipp_check.i18n import Lang, text

if TYPE_CHECKING:
    from kipp_check.models.proposal import Proposal
    from kipp_check.models.results import Finding, PdfFacts
    from kipp_check.packs.model import Pack
    from kipp_check.paste_render import ExportMeta

_ID = Lang.ID
_SHOWN_PROBLEMS = 10


class ExportFormat(str, Enum):
    """Formats of the paste pack and the manifest."""

    MARKDOWN = "markdown"
    TEXT = "text"
    JSON = "json"


def export_command(
    proposal: Annotated[
        Path, typer.Argument(metavar="PROPOSAL", help=text("help.cmd.proposal", _ID))
    ],
    output_format: Annotated[
        ExportFormat | None, typer.Option("--format", help=text("help.cmd.export_format", _ID))
    ] = None,
    manifest: Annotated[
        bool, typer.Option("--manifest", help=text("help.cmd.manifest", _ID))
    ] = False,
    lang: Annotated[Lang, typer.Option("--lang", help=text("help.cmd.lang", _ID))] = Lang.ID,
    pack: Annotated[str | None, typer.Option("--pack", help=text("init.help.pack", _ID))] = None,
    output: Annotated[
        Path | None, typer.Option("--output", help=text("help.cmd.output", _ID))
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help=text("help.cmd.debug", _ID))] = False,
) -> None:
    """Export the proposal's text to paste into SINOVIK, or its file manifest."""
    from kipp_check.loader.proposal import load_proposal
    from kipp_check.options import Limits, RunOptions
    from kipp_check.paste_render import ExportMeta
    from kipp_check.run import choose_pack

    with guarded("export", lang, debug=debug):
        loaded = load_proposal(proposal, lang=lang, limits=Limits())
        # A proposal checked without its invalid keys is still not exported: text under a
        # misspelt key would be left out of the paste pack without a word.
        schema = [f for f in loaded.findings if f.rule_id.startswith("KC")]
        if loaded.proposal is None or schema:
            _report_invalid(loaded.file, tuple(schema) or loaded.findings, lang)
            raise typer.Exit(EXIT_NOT_READY)
        # The date plays no part in choosing the pack; RunOptions only needs one.
        chosen = choose_pack(loaded, RunOptions(today=dt.date.today(), lang=lang, pack=pack))
        meta = ExportMeta(loaded.file, chosen.id, chosen.version, chosen.title, lang)
        if not manifest:
            fmt = output_format or ExportFormat.MARKDOWN
            _write_paste_pack(loaded.proposal, chosen, meta, fmt, output)
        # The manifest defaults to `sha256sum`'s own format, so `sha256sum -c` reads it as is.
        elif not _write_manifest(
            proposal, loaded.attachments, meta, output_format or ExportFormat.TEXT, output
        ):
            raise typer.Exit(EXIT_NOT_READY)


def _write_paste_pack(
    proposal: Proposal,
    pack: Pack,
    meta: ExportMeta,
    output_format: ExportFormat,
    output: Path | None,
) -> None:
    from kipp_check.paste_pack import build_paste_pack
    from kipp_check.paste_render import render_json, render_markdown, render_text

    built = build_paste_pack(proposal, pack, meta.lang)
    renderers = {
        ExportFormat.MARKDOWN: render_markdown,
        ExportFormat.TEXT: render_text,
        ExportFormat.JSON: render_json,
    }
    write_output(renderers[output_format](built, meta), output, meta.lang)


def _write_manifest(
    proposal: Path,
    attachments: tuple[PdfFacts, ...],
    meta: ExportMeta,
    output_format: ExportFormat,
    output: Path | None,
) -> bool:
    """Write the manifest; whether every file could be fingerprinted."""
    from kipp_check.manifest import manifest_entries, render_manifest, unhashed

    entries = manifest_entries(proposal, attachments)
    write_output(render_manifest(entries, meta, output_format.value), output, meta.lang)
    missing = unhashed(entries)
    if missing:
        say(text("manifest.incomplete", meta.lang, count=len(missing), file=meta.file))
    return not missing


def _report_invalid(file: str, findings: tuple[Finding, ...], lang: Lang) -> None:
    """Say why there is nothing to export, with the first findings at their lines."""
    from kipp_check.reporters.safe_text import one_line, safe

    say(text("export.invalid", lang, file=file))
    say("  → " + text("export.invalid.fix", lang, file=file))
    for finding in findings[:_SHOWN_PROBLEMS]:
        where = (
            f"{finding.file}:{finding.span.line}:{finding.span.column}" if finding.span else file
        )
        say(f"  {safe(where)}  {finding.rule_id}  {one_line(finding.message, 300)}")
