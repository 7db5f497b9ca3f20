"""`kipp-check export PROPOSAL`: the text to paste into SINOVIK, or the manifest of the files.

Exit 0 when written; 1 when the proposal cannot be read or validated (nothing
to export), or when the manifest has a file it could not fingerprint; 2 for a
missing proposal file or a bad flag; 3 for an internal error.
"""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kipp_check.cli.console import EXIT_NOT_READY, say, write_output
from kipp_check.cli.guard import guarded
from kipp_check.i18n import Lang, text
from kipp_check.models.reserved import is_reserved_id

if TYPE_CHECKING:
    from kipp_check.authoring.paste_render import ExportMeta
    from kipp_check.models.proposal import Proposal
    from kipp_check.models.results import Finding, PdfFacts
    from kipp_check.packs.model import Pack
    from kipp_check.trust.outputs import Target

_ID = Lang.ID
_SHOWN_PROBLEMS = 10


class ExportFormat(str, Enum):
    """Formats of the paste pack and the manifest."""

    MARKDOWN = "markdown"
    TEXT = "text"
    JSON = "json"


def export_command(
    proposal: Annotated[Path, typer.Argument(metavar="PROPOSAL", help="help.cmd.proposal")],
    output_format: Annotated[
        ExportFormat | None, typer.Option("--format", help="help.cmd.export_format")
    ] = None,
    manifest: Annotated[bool, typer.Option("--manifest", help="help.cmd.manifest")] = False,
    lang: Annotated[
        Lang, typer.Option("--lang", envvar="KIPP_CHECK_LANG", help="help.cmd.lang")
    ] = Lang.ID,
    pack: Annotated[
        str | None, typer.Option("--pack", metavar="ID|FILE", help="init.help.pack")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", metavar="FILE", help="help.cmd.output")
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="help.cmd.debug")] = False,
) -> None:
    """Export the proposal's text to paste into SINOVIK, or its file manifest."""
    from kipp_check.authoring.paste_render import ExportMeta
    from kipp_check.loader.proposal import load_proposal
    from kipp_check.options import Limits, RunOptions
    from kipp_check.pipeline.run import pack_for_competition

    with guarded("export", lang, debug=debug):
        # The date plays no part in choosing the pack; RunOptions only needs one.
        options = RunOptions(today=dt.date.today(), pack=pack)
        loaded = load_proposal(
            proposal,
            limits=Limits(),
            pack_for=lambda competition: pack_for_competition(competition, options),
        )
        # A proposal checked without its invalid keys is still not exported: text under a
        # misspelt key would be left out of the paste pack without a word.
        schema = [f for f in loaded.findings if is_reserved_id(f.rule_id)]
        if loaded.proposal is None or loaded.pack is None or schema:
            _report_invalid(loaded.file, tuple(schema) or loaded.findings, lang)
            raise typer.Exit(EXIT_NOT_READY)
        chosen = loaded.pack
        meta = ExportMeta(loaded.file, chosen.id, chosen.version, chosen.title, lang)
        target = _target(output, proposal, loaded.attachments, pack)
        if not manifest:
            fmt = output_format or paste_format_default(output)
            _write_paste_pack(loaded.proposal, chosen, meta, fmt, target)
        # The manifest defaults to `sha256sum`'s own format, so `sha256sum -c` reads it as is.
        elif not _write_manifest(
            proposal, loaded.attachments, meta, output_format or ExportFormat.TEXT, target
        ):
            raise typer.Exit(EXIT_NOT_READY)


def _target(
    output: Path | None,
    proposal: Path,
    attachments: tuple[PdfFacts, ...],
    pack: str | None,
) -> Target | None:
    """Where `--output` may write: never over the proposal, an attachment or the pack, never
    through a link in the proposal's tree (`kipp_check.trust.outputs`)."""
    if output is None:
        return None
    import os

    from kipp_check.cli.outputs import Output, judge_outputs
    from kipp_check.options import OutputFormat
    from kipp_check.trust.root import repository_root

    folder = proposal.parent
    inputs = {os.path.realpath(proposal), *(os.path.realpath(folder / a.path) for a in attachments)}
    if pack is not None and (pack.endswith((".yaml", ".yml")) or "/" in pack):
        inputs.add(os.path.realpath(pack))
    wanted = [Output(OutputFormat.TERMINAL, output)]
    targets = judge_outputs(wanted, roots={repository_root(proposal)}, inputs=inputs)
    return targets[0]


def paste_format_default(output: Path | None) -> ExportFormat:
    """The paste pack's format when `--format` is not given.

    Plain text on a terminal, which is what is copied from there into SINOVIK's
    boxes; Markdown into a file or a pipe, where it is kept or rendered (`> teks.md`).
    """
    return ExportFormat.TEXT if output is None and sys.stdout.isatty() else ExportFormat.MARKDOWN


def _write_paste_pack(
    proposal: Proposal,
    pack: Pack,
    meta: ExportMeta,
    output_format: ExportFormat,
    output: Target | None,
) -> None:
    from kipp_check.authoring.paste_pack import build_paste_pack
    from kipp_check.authoring.paste_render import render_json, render_markdown, render_text
    from kipp_check.reporters.safe_text import Escape

    built = build_paste_pack(proposal, pack, meta.lang)
    renderers = {
        ExportFormat.MARKDOWN: render_markdown,
        ExportFormat.TEXT: render_text,
        ExportFormat.JSON: render_json,
    }
    # Pasted text written to a file stays exactly as written; on standard output (a CI log)
    # its CI commands are made inert.
    escapes = {
        ExportFormat.MARKDOWN: Escape.TEXT,
        ExportFormat.TEXT: Escape.TEXT,
        ExportFormat.JSON: Escape.JSON,
    }
    escape = escapes[output_format] if output is None else None
    write_output(renderers[output_format](built, meta), output, meta.lang, escape=escape)
    _say_where(output, meta.lang)


def _write_manifest(
    proposal: Path,
    attachments: tuple[PdfFacts, ...],
    meta: ExportMeta,
    output_format: ExportFormat,
    output: Target | None,
) -> bool:
    """Write the manifest; whether every file could be fingerprinted."""
    from kipp_check.authoring.manifest import manifest_entries, render_manifest, unhashed
    from kipp_check.reporters.safe_text import Escape

    entries = manifest_entries(proposal, attachments)
    inert = Escape.JSON if output_format is ExportFormat.JSON else Escape.TEXT
    escape = inert if output is None else None  # a CI log: its commands made inert
    write_output(
        render_manifest(entries, meta, output_format.value), output, meta.lang, escape=escape
    )
    _say_where(output, meta.lang)
    missing = unhashed(entries)
    if missing:
        say(text("manifest.incomplete", meta.lang, count=len(missing), file=meta.file))
    return not missing


def _say_where(output: Target | None, lang: Lang) -> None:
    if output is not None:
        from kipp_check.cli.report_notes import report_written

        say(report_written(output.written, lang))


def _report_invalid(file: str, findings: tuple[Finding, ...], lang: Lang) -> None:
    """Say why there is nothing to export, with the first findings at their lines."""
    from kipp_check.i18n.render import in_order, render_message
    from kipp_check.reporters.safe_text import one_line, safe

    say(text("export.invalid", lang, file=file))
    say("  → " + text("export.invalid.fix", lang, file=file))
    for finding in in_order(findings, lang)[:_SHOWN_PROBLEMS]:
        where = finding.where if finding.span else file
        say(f"  {safe(where)}  {finding.rule_id}  {one_line(render_message(finding, lang), 300)}")
