"""A source the pack describes in its own words is cited in the report's language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _kipp(*argv: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "kipp_check", *argv], capture_output=True, text=True, check=False
    )
    return done.stdout


def test_fresh_2026_template_cites_its_unofficial_source_in_english(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    _kipp("init", str(folder), "--pack", "kipp-2026", "--lang", "en")
    proposal = str(folder / "proposal.yaml")
    english = _kipp(proposal, "--format", "concise", "--lang", "en", "--today", "2026-12-04")
    assert "source: Regional SINOVIK-style (Vue) application" in english
    assert "tidak resmi" not in english
    indonesian = _kipp(proposal, "--format", "concise", "--today", "2026-12-04")
    assert "sumber: Aplikasi regional gaya SINOVIK (Vue)" in indonesian
