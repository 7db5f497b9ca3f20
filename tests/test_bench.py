"""The benchmark harness measures what it claims: a realistic corpus and honest process figures.

No timing is asserted here (the figures depend on the machine); these tests
keep the corpus realistic as the rules change, and keep the measuring method
sound: a command's peak memory must be its own, not the harness's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pypdf
import pytest
from bench.corpus import LETTERS, build_pool, build_set
from bench.measure import Command, Spawner, UnexpectedExit, measure
from bench.scans import write_scan

from kipp_check.engine import check
from kipp_check.loader.proposal import load_proposal
from kipp_check.options import RunOptions
from kipp_check.run import choose_pack
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
