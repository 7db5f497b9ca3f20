"""Run rules on small inline proposals, the way a user's file would be run.

A case writes `proposal.yaml` (and any PDFs it names) into a temporary folder,
loads it through the real loader, and runs the chosen rules through the real
engine, so a rule test also proves the line the user is pointed at.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass, fields
from pathlib import Path

from kipp_check.i18n import Lang
from kipp_check.i18n.render import in_order, render_fix, render_message
from kipp_check.loader.proposal import load_proposal
from kipp_check.models.results import Finding
from kipp_check.options import Limits, RunOptions
from kipp_check.packs import load_pack
from kipp_check.pipeline.engine import check
from kipp_check.rules import get
from tests.support.pdfgen import pdf_bytes

TODAY = dt.date(2025, 5, 20)


@dataclass(frozen=True)
class Case:
    """One row of a rule's table: the YAML, and the lines where the rule must fire."""

    rule_id: str
    name: str
    yaml: str
    lines: tuple[int, ...]
    """Expected finding lines, in order; empty for a case where the rule must stay quiet."""
    files: tuple[tuple[str, bytes], ...] = ()
    """Attachments to write beside the proposal: (relative path, bytes)."""
    today: dt.date = TODAY
    pack: str = "kipp-2025"


def write_case(folder: Path, yaml_text: str, files: tuple[tuple[str, bytes], ...] = ()) -> Path:
    """Write the proposal and its files into `folder`; returns the proposal's path."""
    proposal = folder / "proposal.yaml"
    proposal.write_text(textwrap.dedent(yaml_text).lstrip("\n"), encoding="utf-8")
    for relative, data in files:
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return proposal


def rule_findings(
    folder: Path,
    yaml_text: str,
    rule_id: str,
    *,
    files: tuple[tuple[str, bytes], ...] = (),
    today: dt.date = TODAY,
    pack: str = "kipp-2025",
    lang: Lang = Lang.ID,
) -> list[Worded]:
    """The findings of rule `rule_id` alone on the given proposal, worded in `lang`."""
    path = write_case(folder, yaml_text, files)
    chosen = load_pack(pack)
    loaded = load_proposal(path, limits=Limits(), pack_for=lambda _written: chosen)
    assert loaded.proposal is not None, [f.message_key for f in loaded.findings]
    options = RunOptions(today=today)
    report = check(loaded, chosen, options, rules=[get(rule_id)])
    crashed = [worded(f, lang).message for f in report.findings if f.rule_id == "KC003"]
    assert not crashed, crashed  # a crashing rule must not pass a quiet case
    return [worded(f, lang) for f in in_order(report.findings, lang) if f.rule_id == rule_id]


@dataclass(frozen=True)
class Worded(Finding):
    """A finding with its message and fix said in one language, as a reader sees them."""

    message: str = ""
    fix: str = ""


def worded(finding: Finding, lang: Lang = Lang.ID) -> Worded:
    """`finding` with its message and fix said in `lang`."""
    kept = {f.name: getattr(finding, f.name) for f in fields(Finding)}
    return Worded(**kept, message=render_message(finding, lang), fix=render_fix(finding, lang))


def run_case(folder: Path, case: Case) -> list[int]:
    """The lines where `case.rule_id` fires on `case.yaml`."""
    found = rule_findings(
        folder, case.yaml, case.rule_id, files=case.files, today=case.today, pack=case.pack
    )
    return [f.span.line if f.span else 0 for f in found]


def a_pdf(*pages: str) -> bytes:
    """A small valid PDF with the given page texts (one blank page when none)."""
    return pdf_bytes(list(pages) or [""])
