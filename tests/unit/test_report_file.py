"""Report files: written as they are made, yet never left half-written over a good one."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kipp_check.cli.console import write_chunks
from kipp_check.errors import UsageError
from kipp_check.i18n import Lang


class RenderFailedError(RuntimeError):
    """Stands for a reporter that fails half-way through a batch."""


def _failing_after(first: str) -> Iterator[str]:
    yield first
    raise RenderFailedError


def test_a_report_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "hasil" / "kipp.json"
    write_chunks(iter(["{", '"ready": true', "}"]), target, Lang.ID)
    assert target.read_text(encoding="utf-8") == '{"ready": true}'
    assert sorted(p.name for p in target.parent.iterdir()) == ["kipp.json"]


def test_a_run_failing_half_way_leaves_the_previous_report_untouched(tmp_path: Path) -> None:
    target = tmp_path / "kipp.json"
    target.write_text("laporan sebelumnya", encoding="utf-8")
    with pytest.raises(RenderFailedError):  # the reporter's own error, not "unwritable"
        write_chunks(_failing_after("{ sebagian"), target, Lang.ID)
    assert target.read_text(encoding="utf-8") == "laporan sebelumnya"
    assert [p.name for p in tmp_path.iterdir()] == ["kipp.json"]  # no partial file left


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null here")
def test_a_device_is_written_in_place_never_replaced() -> None:
    write_chunks(iter(["apa saja"]), Path("/dev/null"), Lang.ID)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_symlinked_report_is_written_through_the_link(tmp_path: Path) -> None:
    real = tmp_path / "asli.json"
    real.write_text("lama", encoding="utf-8")
    link = tmp_path / "tautan.json"
    link.symlink_to(real)
    write_chunks(iter(["baru"]), link, Lang.ID)
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "baru"


def test_a_folder_that_cannot_be_made_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "berkas").write_text("", encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        write_chunks(iter(["x"]), tmp_path / "berkas" / "kipp.json", Lang.EN)
    assert "kipp.json" in str(raised.value)
