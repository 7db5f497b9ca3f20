"""Cross-proposal rules: a firing and a quiet case for each, through the real batch pipeline.

Like the per-proposal rule tables, each case writes real proposal files (and
PDFs) into a folder, runs the batch, and states the lines where the rule must
fire in each proposal; a meta-test requires both kinds of case for every
registered cross-proposal rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from kipp_check.batch.runner import run_batch
from kipp_check.i18n import Lang, text
from kipp_check.i18n.render import render_message
from kipp_check.models.criterion import PREFIXES
from kipp_check.models.results import Report, Severity, Status
from kipp_check.options import RunOptions
from kipp_check.rules import Scope, all_rules
from tests.support.checking import a_pdf, write_case

TODAY = dt.date(2025, 5, 20)


def proposal(title: str, induk: str = "Pemerintah Kota Tirtarejo", **extra: str) -> str:
    """A small valid proposal; `extra` adds top-level lines (e.g. `dokumen`)."""
    lines = [
        f"kompetisi: {extra.pop('kompetisi', 'kipp-2025')}",
        f"judul: {title}",
        "instansi:",
        "  nama: Dinas Kesehatan",
        f"  induk: {induk}",
    ]
    lines += [f"{key}: {value}" for key, value in extra.items()]
    return "\n".join(lines) + "\n"


LETTER = "dokumen:\n  surat_identitas_inovator: surat.pdf"


@dataclass(frozen=True)
class CrossCase:
    """Several proposals, and where the rule must fire in each (empty: stays quiet)."""

    rule_id: str
    name: str
    proposals: tuple[tuple[str, str, tuple[tuple[str, bytes], ...]], ...]
    """(folder, YAML, files beside it) per proposal."""
    lines: tuple[tuple[int, ...], ...]
    """Per proposal, the lines where the rule fires."""


CASES: list[CrossCase] = [
    CrossCase(
        "ADM101",
        "same title, case and spacing aside",
        (("a", proposal("SIGAP Desa"), ()), ("b", proposal("sigap   desa"), ())),
        ((2,), (2,)),
    ),
    CrossCase(
        "ADM101",
        "different titles",
        (("a", proposal("SIGAP"), ()), ("b", proposal("SI-ANTRI"), ())),
        ((), ()),
    ),
    CrossCase(
        "ADM101",
        "same title in another edition",
        (("a", proposal("SIGAP"), ()), ("b", proposal("SIGAP", kompetisi="kipp-2023"), ())),
        ((), ()),
    ),
    CrossCase(
        "ADM102",
        "sixteen proposals of one regency, quota 15",
        tuple((f"p{n:02}", proposal(f"Inovasi {n}"), ()) for n in range(16)),
        tuple((5,) for _ in range(16)),
    ),
    CrossCase(
        "ADM102",
        "fifteen proposals of one regency",
        tuple((f"p{n:02}", proposal(f"Inovasi {n}"), ()) for n in range(15)),
        tuple(() for _ in range(15)),
    ),
    CrossCase(
        "ADM102",
        "sixteen proposals, two regencies",
        tuple(
            (f"p{n:02}", proposal(f"Inovasi {n}", induk=f"Pemerintah Kab {n % 2}"), ())
            for n in range(16)
        ),
        tuple(() for _ in range(16)),
    ),
    CrossCase(
        "DOK101",
        "two letter files with the same content",
        (
            ("a", proposal("SIGAP") + LETTER + "\n", (("surat.pdf", a_pdf("Surat A")),)),
            ("b", proposal("SI-ANTRI") + LETTER + "\n", (("surat.pdf", a_pdf("Surat A")),)),
        ),
        ((7,), (7,)),
    ),
    CrossCase(
        "DOK101",
        "letters that differ",
        (
            ("a", proposal("SIGAP") + LETTER + "\n", (("surat.pdf", a_pdf("Surat A")),)),
            ("b", proposal("SI-ANTRI") + LETTER + "\n", (("surat.pdf", a_pdf("Surat B")),)),
        ),
        ((), ()),
    ),
]


def _options(_: Path) -> RunOptions:
    return RunOptions(today=TODAY)


def _reports_lines(reports: Sequence[Report], rule_id: str) -> list[list[int]]:
    return [
        [f.span.line if f.span else 0 for f in report.findings if f.rule_id == rule_id]
        for report in reports
    ]


def _written(folder: Path, yaml_text: str, files: tuple[tuple[str, bytes], ...] = ()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_case(folder, yaml_text, files)


def _run(folder: Path, case: CrossCase) -> list[list[int]]:
    paths = [_written(folder / where, text_, files) for where, text_, files in case.proposals]
    with run_batch(paths, _options, jobs=1) as reports:
        return _reports_lines(reports, case.rule_id)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_cross_rule_case(tmp_path: Path, case: CrossCase) -> None:
    assert _run(tmp_path, case) == [list(lines) for lines in case.lines]


def test_same_letter_file_by_real_path(tmp_path: Path) -> None:
    folder = tmp_path / "satu"
    first = _written(folder, proposal("SIGAP") + LETTER + "\n", (("surat.pdf", a_pdf("A")),))
    second = folder / "proposal.yml"
    second.write_text(proposal("SI-ANTRI") + LETTER + "\n", encoding="utf-8")
    with run_batch([first, second], _options, jobs=1) as reports:
        assert _reports_lines(reports, "DOK101") == [[7], [7]]


def test_quota_is_a_warning_that_names_its_single_source(tmp_path: Path) -> None:
    paths = [_written(tmp_path / f"p{n}", proposal(f"Inovasi {n}")) for n in range(16)]
    with run_batch(paths, _options, jobs=1) as reports:
        finding = next(f for f in reports[0].findings if f.rule_id == "ADM102")
    assert finding.severity is Severity.WARNING
    message = render_message(finding, Lang.EN)
    assert "16 proposals" in message and "Perpusnas" in message


def test_invalid_proposal_is_skipped_by_cross_rules(tmp_path: Path) -> None:
    good = _written(tmp_path / "a", proposal("SIGAP"))
    bad = _written(tmp_path / "b", "- judul\n- kategori\n")  # not a mapping: nothing to compare
    with run_batch([good, bad], _options, jobs=1) as reports:
        statuses = {r.rule.id: r.status for r in reports[1].results if r.rule.id.endswith("101")}
    assert set(statuses.values()) == {Status.SKIPPED}


def test_every_cross_rule_has_a_firing_and_a_quiet_case() -> None:
    fires = {c.rule_id for c in CASES if any(c.lines)}
    quiet = {c.rule_id for c in CASES if not any(c.lines)}
    registered = {rule.id for rule in all_rules(Scope.RUN)}
    assert registered and registered <= fires and registered <= quiet


@pytest.mark.parametrize("rule", all_rules(Scope.RUN), ids=lambda r: r.id)
def test_cross_rule_is_documented_and_titled(rule: object) -> None:
    doc = getattr(rule, "doc", "")
    for part in ("Passes when", "Fails", "Fix:", "Source:"):
        assert part in doc
    rule_id = getattr(rule, "id", "")
    assert text(f"rule.{rule_id}", Lang.ID) != text(f"rule.{rule_id}", Lang.EN)


def test_cross_rule_ids_fit_their_criterion_and_meet_no_other_rule() -> None:
    per_proposal = {rule.id for rule in all_rules()}
    for rule in all_rules(Scope.RUN):
        assert rule.id.startswith(PREFIXES[rule.criterion])
        assert rule.id not in per_proposal


def test_a_proposals_own_waiver_covers_its_cross_proposal_finding(tmp_path: Path) -> None:
    waived = proposal("SIGAP").replace(
        "judul: SIGAP",
        "judul: SIGAP  # kipp-check: abaikan ADM101 sampai 2025-06-30 karena dua tim (oleh Kabag)",
    )
    paths = [_written(tmp_path / "a", waived), _written(tmp_path / "b", proposal("SIGAP"))]
    with run_batch(paths, _options, jobs=1) as reports:
        assert [f.rule_id for f in reports[0].suppressed] == ["ADM101"]
        assert _reports_lines(reports, "ADM101") == [[], [2]]
        statuses = [
            next(r.status for r in report.results if r.rule.id == "ADM101") for report in reports
        ]
    assert statuses == [Status.SUPPRESSED, Status.FAILED]
