"""A batch of thirty small proposals on which every cross-proposal rule has something to say.

All name one regency, more than its quota (ADM102 fires on each); two share a
title (ADM101), one of them waiving it; one does not validate (the cross rules
skip it). No PDFs, so a batch is checked in a few seconds.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kipp_check.options import RunOptions

TODAY = dt.date(2025, 5, 20)
COUNT = 30
SAME_TITLE = (3, 4)
WAIVED = 4
INVALID = 7


def batch_options(_: Path) -> RunOptions:
    """What the CLI would give each proposal of the batch without a config file."""
    return RunOptions(today=TODAY)


def small_proposal(number: int) -> str:
    """Proposal `number` of the batch, as YAML."""
    if number == INVALID:
        return "judul: [1, 2]\n"
    title = "SIGAP" if number in SAME_TITLE else f"Inovasi {number}"
    waiver = "  # kipp-check: abaikan ADM101 sampai 2025-06-30 karena dua tim (oleh Kabag)"
    return (
        "kompetisi: kipp-2025\n"
        f"judul: {title}{waiver if number == WAIVED else ''}\n"
        "instansi:\n"
        f"  nama: Dinas {number}\n"
        "  induk: Pemerintah Kota Tirtarejo\n"
    )


@pytest.fixture(scope="session")
def small_batch(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The proposals' paths, in run order."""
    root = tmp_path_factory.mktemp("batch")
    paths = []
    for number in range(COUNT):
        folder = root / f"p{number:02}"
        folder.mkdir()
        path = folder / "proposal.yaml"
        path.write_text(small_proposal(number), encoding="utf-8")
        paths.append(path)
    return paths
