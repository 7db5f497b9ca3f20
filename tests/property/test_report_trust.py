"""A report you can believe: status ⇔ listed gaps ⇔ counts ⇔ readiness, on every input.

Properties held on both examples and on proposals generated from the ready
example (answers blanked, rewritten in real-proposal style, keys dropped or
misspelt, evidence removed, a video not made yet):

- every active finding is listed in exactly one row, so the rows add up to the counts;
- each row's status is what its listed findings say (`row_status.status_from`);
- readiness follows from the aspect rows, and is 100 only with a ready verdict;
- every human format (terminal, Markdown, HTML, GitHub) lists every finding.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kipp_check.i18n import Lang
from kipp_check.models.results import BatchReport, Report
from kipp_check.models.row_status import RowStatus, readiness_percent, status_from
from kipp_check.options import OutputFormat, RunOptions
from kipp_check.pipeline.run import run_check
from kipp_check.reporters import RenderSettings, render
from kipp_check.reporters.github import PER_KIND
from tests.support.cli import ROOT

TODAY = dt.date(2025, 5, 20)
EXAMPLES = sorted((ROOT / "examples").glob("*/proposal.yaml"))
READY = yaml.safe_load((ROOT / "examples" / "siap" / "proposal.yaml").read_text("utf-8"))
ANSWERS = [
    "- waktu layanan turun dari 14 hari menjadi 2 hari;\n- biaya Rp0.",
    "Ditargetkan cakupan hingga 80 % pada 2026 dan akan menurunkan antrean.",
    "Belum ada unit kerja yang mereplikasi. Inovasi ini siap direplikasi.",
    "Akan diusulkan Peraturan Bupati tentang layanan ini.",
    "Perbup Nomor 27 Tahun 2021 mewajibkan gerai; SOP dan pelatihan kader.",
    "### Hasil\n**turun** dari 3 jam menjadi 20 menit\n| a | b |",
    "",
]
DROPPABLE = ["kategori", "judul", "instansi", "kontak", "replikasi", "data_dukung", "video"]
TYPOS = {"kategori": "kategory", "judul": "judull", "kelompok": "kelompk"}


@st.composite
def generated(draw: st.DrawFn) -> dict[str, Any]:
    """The ready example with a few of the edits real drafts show."""
    data: dict[str, Any] = yaml.safe_load(yaml.safe_dump(READY))
    aspects = data["proposal"]
    for key in draw(st.lists(st.sampled_from(sorted(aspects)), max_size=4, unique=True)):
        answer = draw(st.sampled_from(ANSWERS))
        if isinstance(aspects[key], dict):
            part = draw(st.sampled_from(sorted(aspects[key])))
            aspects[key][part] = answer
        else:
            aspects[key] = answer
    for key in draw(st.lists(st.sampled_from(DROPPABLE), max_size=2, unique=True)):
        data.pop(key, None)
    typo = draw(st.sampled_from([None, *TYPOS]))
    if typo and typo in data:
        data[TYPOS[typo]] = data.pop(typo)
    if draw(st.booleans()) and isinstance(data.get("video"), dict):
        data["video"]["tautan"] = "belum dibuat"
    if draw(st.booleans()):
        data["replikasi"] = {"sudah": False}
    return data


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A proposal folder with the ready example's attachments, written once."""
    where = tmp_path_factory.mktemp("generated")
    shutil.copytree(ROOT / "examples" / "siap" / "lampiran", where / "lampiran")
    return where


def assert_believable(report: Report) -> None:
    listed = [f for row in report.rows for f in row.findings]
    assert Counter(map(id, listed)) == Counter(map(id, report.findings)), "a finding in no row"
    assert sum(report.counts.values()) == len(report.findings)
    for row in report.rows:
        if row.status is RowStatus.NOT_CHECKED:
            assert not row.findings, row.key
        else:
            assert row.status is status_from(row.findings), (row.key, row.status)
        if row.findings:
            assert row.status is not RowStatus.READY, row.key
    answers = [r for r in report.rows if r.key.startswith("aspek:")]
    weighted = [(r.weight, r.status) for r in answers if r.weight]
    if not any(r.weight for r in answers):  # a form without weights: every question counts alike
        weighted = [(1, r.status) for r in answers]
    checked = any(r.status is not RowStatus.NOT_CHECKED for r in report.rows)
    if checked:
        assert report.readiness == readiness_percent(weighted, ready=report.ready)
    assert report.ready == (report.counts["error"] == 0)
    if report.readiness == 100:
        assert report.ready
    _assert_every_format_lists_every_finding(report)


def _assert_every_format_lists_every_finding(report: Report) -> None:
    run = BatchReport([report])
    settings = RenderSettings(color=False, width=100)
    shown = report.every_finding()
    ids = Counter(f.rule_id for f in shown)
    out = render(OutputFormat.TERMINAL, run, settings)
    assert Counter({i: out.count(f"  {i}  ") for i in ids}) == ids, "terminal"
    out = render(OutputFormat.MARKDOWN, run, settings)
    assert Counter({i: out.count(f"**{i}**") for i in ids}) == ids, "markdown"
    out = render(OutputFormat.HTML, run, settings)
    assert Counter({i: out.count(f">{i}</code>") for i in ids}) == ids, "html"
    kinds = Counter(f.severity for f in report.findings)
    if all(count <= PER_KIND for count in kinds.values()):  # GitHub shows PER_KIND per kind
        out = render(OutputFormat.GITHUB, run, settings)
        annotations = sum(1 for line in out.splitlines() if line.startswith("::"))
        banner = len(report.header.notices)  # the edition banner is one ::notice a line
        assert annotations == len(report.findings) + banner, "github"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
@pytest.mark.parametrize("lang", list(Lang))
def test_every_example_is_believable(path: Path, lang: Lang) -> None:
    assert_believable(run_check(path, RunOptions(today=TODAY)))


@settings(max_examples=12)  # each is a whole check with its PDFs: seconds on a busy machine
@given(generated())
def test_generated_proposals_are_believable(folder: Path, data: dict[str, Any]) -> None:
    path = folder / "proposal.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    assert_believable(run_check(path, RunOptions(today=TODAY)))
