"""Hostile attachments through the real CLI: a finding and an exit code, never a crash or a signal.

Each hazard class of `shared/design/hazards.md` §3–4 replaces the identity
letter of a copy of the ready example. The run must exit 1 with the expected
finding on that letter, read every other attachment as usual, print no
traceback, and never end by a signal; on the bombs, the peak memory of the
whole process tree must stay under the documented worker cap.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kipp_check.options import Limits
from tests.support import pdf_samples
from tests.support.cli import ROOT, run_cli

LETTER = "lampiran/surat-pernyataan-identitas-inovator.pdf"
LFS = b"version https://git-lfs.github.com/spec/v1\noid sha256:4d7a\nsize 1048576\n"


def _write(data: bytes) -> Callable[[Path], None]:
    def write(target: Path) -> None:
        target.write_bytes(data)

    return write


def _sparse(target: Path) -> None:
    target.write_bytes(b"%PDF-1.4\n")
    os.truncate(target, 20 * 1024**3)


def _outside(target: Path) -> None:
    secret = target.parents[2] / "rahasia.pdf"
    secret.write_bytes(b"%PDF-1.4 rahasia")
    target.symlink_to(secret)


# hazard: (how to make the letter, the finding's message key, exit code)
HAZARDS: dict[str, tuple[Callable[[Path], None], str, int]] = {
    "decompression-bomb": (_write(pdf_samples.content_bomb()), "pdf.decompression_limit", 1),
    "nested-filters": (_write(pdf_samples.nested_filter_bomb()), "pdf.decompression_limit", 1),
    "deep-nesting": (_write(pdf_samples.deeply_nested()), "pdf.too_deeply_nested", 1),
    "cyclic-page-tree": (_write(pdf_samples.cyclic_page_tree()), "pdf.cyclic_structure", 1),
    "huge-kids": (_write(pdf_samples.huge_kids()), "pdf.limit_reached", 1),
    "fifo": (os.mkfifo, "pdf.not_regular_file", 1),
    "dev-zero-symlink": (lambda t: t.symlink_to("/dev/zero"), "pdf.symlink_outside", 1),
    "sparse-20-gb": (_sparse, "pdf.too_big_to_read", 1),
    "symlink-out": (_outside, "pdf.symlink_outside", 1),
    "lfs-pointer": (_write(LFS), "pdf.lfs_pointer", 1),
    "encrypted": (_write(pdf_samples.encrypted("rahasia")), "pdf.password_protected", 1),
    "encrypted-empty-password": (_write(pdf_samples.encrypted("")), "dok.letter.encrypted", 0),
}
BOMBS = ("decompression-bomb", "nested-filters")


def _proposal_with(tmp_path: Path, make: Callable[[Path], None]) -> Path:
    folder = tmp_path / "proposal" / "siap"
    shutil.copytree(ROOT / "examples" / "siap", folder)
    letter = folder / LETTER
    letter.unlink()
    make(letter)
    return folder / "proposal.yaml"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("hazard", sorted(HAZARDS))
def test_hostile_letter_is_a_finding_and_the_rest_is_checked(tmp_path: Path, hazard: str) -> None:
    make, key, code = HAZARDS[hazard]
    proposal = _proposal_with(tmp_path, make)
    ran = run_cli(str(proposal), "--today", "2025-05-20", "--format", "json")
    assert ran.code == code, ran
    assert "Traceback" not in ran.err, ran
    report = json.loads(ran.out)
    on_letter = [f for f in report["findings"] if f["path"] == "dokumen.surat_identitas_inovator"]
    assert key in {f["message_key"] for f in on_letter if f["rule_id"] == "DOK001"}, on_letter
    others = [a for a in report["attachments"] if a["path"] != LETTER]
    assert len(others) == 11
    assert all(a["problem"] is None and a["pages"] >= 1 for a in others), others


@pytest.mark.timeout(60)
def test_terminal_report_names_the_limit(tmp_path: Path) -> None:
    proposal = _proposal_with(tmp_path, _write(pdf_samples.content_bomb()))
    ran = run_cli(str(proposal), "--today", "2025-05-20", "--lang", "en")
    assert ran.code == 1, ran
    assert "expands past the 75 MB limit" in " ".join(ran.out.split())  # wrapped at 100


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss in KiB on Linux")
@pytest.mark.timeout(120)
@pytest.mark.parametrize("hazard", BOMBS)
def test_bombs_stay_under_the_memory_cap_and_end_without_a_signal(
    tmp_path: Path, hazard: str
) -> None:
    proposal = _proposal_with(tmp_path, HAZARDS[hazard][0])
    # A fresh interpreter runs the CLI, so RUSAGE_CHILDREN covers that run's tree only:
    # the CLI process and every PDF worker it reaped.
    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024\n"
        "print(done.returncode, peak)\n"
    )
    command = [sys.executable, "-m", "kipp_check", str(proposal), "--today", "2025-05-20"]
    done = subprocess.run(
        [sys.executable, "-c", probe, *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=100,
        check=True,
    )
    code, peak = (int(part) for part in done.stdout.split())
    assert code == 1  # not negative: the CLI did not die by a signal
    assert peak < Limits().pdf_memory_bytes, f"peak {peak / 2**20:.0f} MiB"


def test_every_exit_code_stays_in_the_contract(tmp_path: Path) -> None:
    """Even a folder of broken letters never ends outside 0–3 (and so never by a signal)."""
    seen = set()
    for name in ("deep-nesting", "cyclic-page-tree", "lfs-pointer"):
        folder = tmp_path / name
        folder.mkdir()
        proposal = _proposal_with(folder, HAZARDS[name][0])
        seen.add(run_cli(str(proposal), "--today", "2025-05-20").code)
    assert seen <= {0, 1, 2, 3}


def test_json_attachment_entry_carries_the_facts() -> None:
    ran = run_cli("examples/siap/proposal.yaml", "--today", "2025-05-20", "--format", "json")
    assert ran.code == 0, ran
    letter = json.loads(ran.out)["attachments"][0]
    assert letter["role"] == "dokumen.surat_identitas_inovator"
    assert letter["referenced"] is True
    assert (letter["page_sizes"], letter["page_layers"]) == (["a4"], ["text"])
    assert letter["signature"] == {"field": False, "signed": None}
    assert letter["opens_without_password"] is None
    assert letter["first_words"].startswith("PEMERINTAH KABUPATEN SEKALA RAYA")
    assert len(letter["first_words"]) <= 120
    assert "text" not in letter  # the letter's text itself stays out of the report
