"""Finding the proposals of a run: folders, globs and files, in a stable order, each once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kipp_check.batch.discovery import discover
from kipp_check.errors import UsageError


def _touch(root: Path, *relative: str) -> None:
    for name in relative:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("kompetisi: kipp-2025\n", encoding="utf-8")


def _found(monkeypatch: pytest.MonkeyPatch, root: Path, *arguments: str) -> list[str]:
    monkeypatch.chdir(root)
    return [p.as_posix() for p in discover(list(arguments)).files]


def test_folder_is_searched_recursively_in_sorted_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _touch(tmp_path, "b/proposal.yaml", "a/z/proposal.yml", "a/proposal.yaml", "a/catatan.yaml")
    assert _found(monkeypatch, tmp_path, ".") == [
        "a/proposal.yaml",
        "a/z/proposal.yml",
        "b/proposal.yaml",
    ]


def test_hidden_folders_and_node_modules_are_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _touch(
        tmp_path,
        "ok/proposal.yaml",
        ".git/proposal.yaml",
        ".venv/lib/proposal.yaml",
        "node_modules/x/proposal.yaml",
        "arsip/.lama/proposal.yaml",
    )
    assert _found(monkeypatch, tmp_path, ".") == ["ok/proposal.yaml"]


def test_symbolic_links_are_not_followed_while_walking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _touch(tmp_path, "outside/proposal.yaml", "repo/real/proposal.yaml")
    os.symlink(tmp_path / "outside", tmp_path / "repo" / "linked-folder")
    os.symlink(tmp_path / "outside" / "proposal.yaml", tmp_path / "repo" / "proposal.yaml")
    assert _found(monkeypatch, tmp_path / "repo", ".") == ["real/proposal.yaml"]


def test_glob_and_files_keep_argument_order_and_appear_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _touch(tmp_path, "dinas-a/proposal.yaml", "dinas-b/proposal.yaml", "lain/usulan.yaml")
    found = _found(monkeypatch, tmp_path, "lain/usulan.yaml", "dinas-*", "dinas-b/proposal.yaml")
    assert found == ["lain/usulan.yaml", "dinas-a/proposal.yaml", "dinas-b/proposal.yaml"]


def test_only_one_named_file_is_not_a_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _touch(tmp_path, "a/proposal.yaml")
    monkeypatch.chdir(tmp_path)
    assert discover(["a/proposal.yaml"]).batch is False
    assert discover(["a"]).batch is True
    assert discover(["a/*.yaml"]).batch is True


@pytest.mark.parametrize("argument", ["kosong", "tidak-ada-*"])
def test_argument_that_finds_nothing_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argument: str
) -> None:
    (tmp_path / "kosong").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match="tidak ada proposal"):
        discover([argument])


def test_missing_file_is_left_to_the_loader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _found(monkeypatch, tmp_path, "hilang.yaml") == ["hilang.yaml"]
