"""A batch run gives each proposal the report it gets alone, in a stable order, for any workers.

The corpus is the bundled examples plus generated variants of them: other
titles, editions and time zones, missing keys, a schema error, a YAML error,
waiver comments. Titles and letters are all different, so the cross-proposal
rules have nothing to say and every report must be identical, byte for byte
in its JSON form, to the report of the same file checked on its own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kipp_check.batch.drawing import DRAWN_ALONE_BELOW
from tests.support.checking import a_pdf
from tests.support.cli import run_cli
from tests.support.samples import TODAY, copy_example

VARIANTS: dict[str, tuple[tuple[str, str], ...]] = {
    "judul-lain": (("judul: SIGAP (Sistem", "judul: SIDAK (Sistem"),),
    "edisi-2023": (
        ("kompetisi: kipp-2025", "kompetisi: kipp-2023"),
        ("judul: SIGAP", "judul: SIGAP 23"),
    ),
    "wit": (("zona_waktu: WITA", "zona_waktu: WIT"), ("judul: SIGAP", "judul: SIGAP Timur")),
    "tanpa-video": (("video:", "video_lama:"), ("judul: SIGAP", "judul: SIGAP Tanpa Video")),
    "tanpa-judul": (("judul: SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)", "judul: ''"),),
    "waiver": (
        (
            "judul: SIGAP",
            "# kipp-check: abaikan ADM006 sampai 2025-12-31 karena x (oleh y)\njudul: SIGAP Waiver",
        ),
    ),
}


def _corpus(root: Path) -> list[str]:
    """Write the corpus under `root`; returns the proposals' paths relative to `root`."""
    copy_example("siap", root / "contoh-siap")
    copy_example("belum-siap", root / "contoh-belum-siap")
    for number, (name, edits) in enumerate(sorted(VARIANTS.items())):
        proposal = copy_example("siap", root / "variasi" / name)
        text = proposal.read_text(encoding="utf-8")
        for old, new in edits:
            text = text.replace(old, new, 1)
        proposal.write_text(text, encoding="utf-8")
        for letter in (proposal.parent / "lampiran").glob("surat-*.pdf"):
            letter.write_bytes(a_pdf(f"Surat {letter.stem} nomor {number}"))
    (root / "rusak").mkdir()
    (root / "rusak" / "proposal.yaml").write_text("judul: [\n", encoding="utf-8")
    (root / "skema").mkdir()
    (root / "skema" / "proposal.yaml").write_text("judul: SIGAP\ntitel: x\n", encoding="utf-8")
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("proposal.yaml"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("corpus")
    return root, _corpus(root)


def _json(root: Path, *args: str) -> dict[str, object]:
    ran = run_cli(*args, "--today", TODAY, "--format", "json", cwd=root)
    assert ran.code in (0, 1), ran
    data: dict[str, object] = json.loads(ran.out)
    return data


def test_batch_reports_equal_the_reports_of_each_proposal_alone(
    corpus: tuple[Path, list[str]],
) -> None:
    root, proposals = corpus
    batch = _json(root, ".", "--jobs", "2")
    reports = batch["proposals"]
    assert isinstance(reports, list)
    assert [r["file"] for r in reports] == proposals
    for path, in_batch in zip(proposals, reports, strict=True):
        alone = _json(root, path)
        assert in_batch == alone, path


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_output_is_the_same_bytes_for_any_number_of_workers(
    corpus: tuple[Path, list[str]], jobs: str
) -> None:
    root, _ = corpus
    reference = run_cli(".", "--today", TODAY, "--format", "json", "--jobs", "2", cwd=root)
    other = run_cli(".", "--today", TODAY, "--format", "json", "--jobs", jobs, cwd=root)
    assert other.out == reference.out
    assert other.code == reference.code == 1


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_terminal_output_is_the_same_bytes_for_any_number_of_workers(
    corpus: tuple[Path, list[str]], jobs: str
) -> None:
    root, proposals = corpus
    assert len(proposals) >= DRAWN_ALONE_BELOW  # drawn in several processes with 2 or 3 jobs
    reference = run_cli(".", "--today", TODAY, "--jobs", "2", cwd=root)
    other = run_cli(".", "--today", TODAY, "--jobs", jobs, cwd=root)
    assert other.out == reference.out
    assert other.code == reference.code == 1


def test_terminal_batch_shows_the_overview_before_the_details(
    corpus: tuple[Path, list[str]],
) -> None:
    root, proposals = corpus
    ran = run_cli(".", "--today", TODAY, "--jobs", "2", cwd=root)
    assert ran.code == 1, ran
    overview = ran.out.index("Ringkasan 10 proposal")
    first_detail = ran.out.index(f"[1/10] {proposals[0]}")
    assert overview < first_detail
    assert f"[10/10] {proposals[-1]}" in ran.out
    assert ran.err == ""  # no progress bar outside a terminal
