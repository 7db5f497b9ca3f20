"""Report files: written as they are made, yet never left half-written over a good one."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kipp_check.cli.console import write_chunks as write_judged
from kipp_check.errors import UsageError
from kipp_check.i18n import Lang
from kipp_check.trust.outputs import judge_target
from kipp_check.trust.root import PathRefused


def write_chunks(chunks: Iterator[str], target: Path, lang: Lang) -> None:
    """Judge `target` as the CLI does (no checked tree, no inputs), then write it."""
    write_judged(chunks, judge_target(target, roots=(), inputs=()), lang)


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


def test_a_symlinked_report_is_never_written_through_the_link(tmp_path: Path) -> None:
    real = tmp_path / "asli.json"
    real.write_text("lama", encoding="utf-8")
    link = tmp_path / "tautan.json"
    link.symlink_to(real)
    with pytest.raises(PathRefused) as raised:
        write_chunks(iter(["baru"]), link, Lang.ID)
    assert raised.value.key == "trust.output_link"
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "lama"


def test_a_report_folder_linked_inside_the_checked_tree_is_refused(tmp_path: Path) -> None:
    tree, elsewhere = tmp_path / "repo", tmp_path / "lain"
    tree.mkdir()
    elsewhere.mkdir()
    (tree / "hasil").symlink_to(elsewhere)
    with pytest.raises(PathRefused) as raised:
        judge_target(tree / "hasil" / "baru" / "kipp.json", roots=(tree,), inputs=())
    assert raised.value.key == "trust.output_parent_link"
    assert list(elsewhere.iterdir()) == []


def test_a_read_only_report_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "kipp.json"
    target.write_text("simpan", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(PathRefused) as raised:
        write_chunks(iter(["baru"]), target, Lang.ID)
    assert raised.value.key == "trust.output_read_only"
    assert target.read_text(encoding="utf-8") == "simpan"


def test_a_folder_that_cannot_be_made_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "berkas").write_text("", encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        write_chunks(iter(["x"]), tmp_path / "berkas" / "kipp.json", Lang.EN)
    assert "kipp.json" in str(raised.value)


def test_a_writable_report_in_a_folder_we_may_not_add_to_is_written_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ringkasan.md"
    target.write_text("lama", encoding="utf-8")
    opened = os.open

    def no_new_files(path: Any, flags: int, *args: Any, **kwargs: Any) -> Any:
        if flags & os.O_EXCL:  # what a folder without write permission answers
            raise PermissionError(13, "Permission denied")
        return opened(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_new_files)
    write_chunks(iter(["baru"]), target, Lang.ID)
    assert target.read_text(encoding="utf-8") == "baru"
