"""The benchmark harness measures what it claims: a realistic corpus and honest process figures.

No timing is asserted here (the figures depend on the machine); these tests
keep the corpus realistic as the rules change, and keep the measuring method
sound: a command's peak memory must be its own, not the harness's.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from bench.corpus import LETTERS, build_pool, build_set
from bench.dense import WORDS_PER_PAGE, build_dense_set
from bench.measure import Command, Spawner, UnexpectedExit, measure, tree_cpu_seconds
from bench.scans import write_scan
from bench.throughput import allowed_speedup

from kipp_check.loader.proposal import load_proposal
from kipp_check.options import RunOptions
from kipp_check.pipeline.engine import check
from kipp_check.pipeline.run import choose_pack
from tests.support.checking import TODAY


def _report_of(proposal: Path) -> tuple[bool, set[str]]:
    options = RunOptions(today=TODAY)
    loaded = load_proposal(proposal, limits=options.limits)
    report = check(loaded, choose_pack(loaded, options), options)
    return report.ready, {f.rule_id for f in report.findings}


def test_scan_is_a_valid_image_only_pdf_of_the_asked_size(tmp_path: Path) -> None:
    path = tmp_path / "pindaian.pdf"
    size = write_scan(path, page_bytes=[1_000_000, 500_000], seed=1)
    assert size == path.stat().st_size > 1_500_000
    reader = pypdf.PdfReader(path, strict=True)
    assert len(reader.pages) == 2
    assert reader.pages[0].extract_text() == ""
    assert write_scan(tmp_path / "again.pdf", page_bytes=[1_000_000, 500_000], seed=1) == size
    assert (tmp_path / "again.pdf").read_bytes() == path.read_bytes()


def test_corpus_proposals_are_realistic_and_checked_without_internal_errors(
    tmp_path: Path,
) -> None:
    pool = build_pool(tmp_path / "pool")
    assert any(p.stat().st_size > 1_000_000 for p in pool)  # some image-heavy scans
    found = build_set(tmp_path / "n5", 5, pool)
    assert found.count == 5 and found.pdfs == sum(
        len(list((tmp_path / "n5" / f"p{i:04d}" / "lampiran").iterdir())) for i in range(5)
    )
    outcomes = [_report_of(tmp_path / "n5" / f"p{i:04d}" / "proposal.yaml") for i in range(5)]
    assert [ready for ready, _ in outcomes] == [True, True, True, True, False]
    assert "ADM003" in outcomes[4][1]  # every fifth proposal names an unknown category
    for _, rule_ids in outcomes:
        assert not rule_ids & {"KC000", "KC001", "KC003"}
    for number in range(5):
        attached = set((tmp_path / "n5" / f"p{number:04d}" / "lampiran").iterdir())
        assert {p.name for p in attached} >= set(LETTERS)
        assert 3 <= len(attached) - len(LETTERS) <= 8


def test_measured_peak_memory_is_the_commands_own() -> None:
    ballast = b"\x01" * (128 * 1024 * 1024)  # a big harness; the command must not look big
    spawner = Spawner()
    try:
        stats = measure(spawner, [Command("pass", (sys.executable, "-c", "pass"))], {}, 2)
    finally:
        spawner.close()
    del ballast
    assert len(stats["pass"].runs) == 2
    assert stats["pass"].max_rss_kib < 64 * 1024


def test_an_unexpected_exit_code_voids_the_measurement() -> None:
    spawner = Spawner()
    try:
        with pytest.raises(UnexpectedExit, match="exit 3"):
            spawner.run(Command("fails", (sys.executable, "-c", "raise SystemExit(3)")), {})
    finally:
        spawner.close()


def test_dense_corpus_is_deterministic_dense_and_checked_without_internal_errors(
    tmp_path: Path,
) -> None:
    found = build_dense_set(tmp_path / "a", 6)
    again = build_dense_set(tmp_path / "b", 6)
    for path in sorted((tmp_path / "a").rglob("*")):
        if path.is_file():
            twin = tmp_path / "b" / path.relative_to(tmp_path / "a")
            assert twin.read_bytes() == path.read_bytes(), path
    assert found == replace(again, folder=found.folder)
    assert found.scans == 2  # proposals 0 and 5: every fifth attaches a scan
    for number in range(6):
        home = tmp_path / "a" / f"p{number:04d}" / "lampiran"
        reports = sorted(home.glob("laporan-*.pdf"))
        assert 3 <= len(reports) <= 8
        for report in reports:
            reader = pypdf.PdfReader(report, strict=True)
            assert 1 <= len(reader.pages) <= 60
            words = len(reader.pages[0].extract_text().split())
            assert abs(words - WORDS_PER_PAGE) <= 10
        for name in LETTERS:
            assert 1 <= len(pypdf.PdfReader(home / name).pages) <= 2
        scan = home / "pindaian-sk.pdf"
        assert scan.exists() == (number % 5 == 0)
        if scan.exists():
            assert 2 <= len(pypdf.PdfReader(scan).pages) <= 4
    outcomes = [_report_of(tmp_path / "a" / f"p{i:04d}" / "proposal.yaml") for i in range(6)]
    assert [ready for ready, _ in outcomes] == [True, True, True, True, False, True]
    for _, rule_ids in outcomes:
        assert not rule_ids & {"KC000", "KC001", "KC003"}
        assert not rule_ids & {"DOK005", "DOK006", "DOK007", "DOK009"}  # letters read as text


def test_allowed_speedup_is_bounded_by_cores_and_by_the_cpu_time() -> None:
    assert allowed_speedup(10.0, 10.0) == 2.0  # one core busy: two can halve it
    assert allowed_speedup(10.0, 15.0) == pytest.approx(10.0 / 7.5)  # 1.5 cores busy already
    assert allowed_speedup(10.0, None) == 2.0


def test_tree_cpu_counts_a_grandchild_that_is_never_waited_for() -> None:
    burn = "import time\nend = time.process_time() + 0.5\nwhile time.process_time() < end: pass"
    leaves_it = (
        f"import subprocess, sys, time\nsubprocess.Popen([sys.executable, '-c', {burn!r}])\n"
    )
    leaves_it += "time.sleep(1.0)\n"  # ends without waiting for it, as a fork server is left
    parent = (
        f"import subprocess, sys\nsubprocess.Popen([sys.executable, '-c', {leaves_it!r}]).wait()"
    )
    command = Command("tree", (sys.executable, "-c", parent))
    spawner = Spawner()
    try:
        waited = spawner.run(command, {}).cpu_seconds
        sampled = tree_cpu_seconds(spawner, command, {})
    finally:
        spawner.close()
    assert waited < 0.4  # `wait4` never hears of the burning grandchild
    assert sampled >= 0.4
