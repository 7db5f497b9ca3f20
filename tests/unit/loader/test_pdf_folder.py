"""PDFs in the proposal's folder that no key refers to: found, bounded, never followed out."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kipp_check.loader.pdf import folder as pdf_folder
from kipp_check.loader.pdf.folder import unreferenced_pdfs
from tests.support.pdfgen import write_pdf


def _left(base: Path, *referenced: str, proposal: str = "proposal.yaml") -> list[str]:
    found = unreferenced_pdfs(base, referenced, proposal).facts
    assert all(not f.referenced and f.role == "" and f.exists for f in found)
    return [f.path for f in found]


def test_only_the_unnamed_pdfs_are_listed_in_order(tmp_path: Path) -> None:
    for name in ("lampiran/b.pdf", "lampiran/a.pdf", "lampiran/sub/c.PDF", "surat.pdf"):
        write_pdf(tmp_path / name, ["isi"])
    (tmp_path / "lampiran" / "catatan.txt").write_text("bukan pdf")
    left = _left(tmp_path, "lampiran/a.pdf", "./surat.pdf")
    assert left == ["lampiran/b.pdf", "lampiran/sub/c.PDF"]


def test_size_is_recorded(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "x.pdf", ["isi"])
    (found,) = unreferenced_pdfs(tmp_path, [], "proposal.yaml").facts
    assert found.bytes == pdf.stat().st_size


def test_hidden_folders_symlinks_and_depth_are_not_followed(tmp_path: Path) -> None:
    outside = write_pdf(tmp_path / "luar" / "rahasia.pdf", ["isi"])
    base = tmp_path / "proposal"
    write_pdf(base / ".git" / "x.pdf", ["isi"])
    write_pdf(base / "a" / "b" / "c" / "d" / "e" / "dalam.pdf", ["isi"])
    write_pdf(base / "a" / "b" / "c" / "d" / "cukup.pdf", ["isi"])
    (base / "tautan.pdf").symlink_to(outside)
    (base / "luar").symlink_to(tmp_path / "luar", target_is_directory=True)
    assert _left(base) == ["a/b/c/d/cukup.pdf"]


def test_a_referenced_file_reached_through_a_symlinked_name_counts(tmp_path: Path) -> None:
    write_pdf(tmp_path / "lampiran" / "asli.pdf", ["isi"])
    (tmp_path / "surat.pdf").symlink_to(Path("lampiran") / "asli.pdf")
    assert _left(tmp_path, "surat.pdf") == []


def test_pdfs_of_a_sibling_proposal_are_not_ours(tmp_path: Path) -> None:
    write_pdf(tmp_path / "lampiran" / "sigap.pdf", ["isi"])
    write_pdf(tmp_path / "lampiran" / "si-antri.pdf", ["isi"])
    write_pdf(tmp_path / "lampiran" / "lain.pdf", ["isi"])
    (tmp_path / "si-antri.yaml").write_text(
        "dokumen:\n  surat_identitas_inovator: lampiran/si-antri.pdf\n"
        "# lampiran/lain.pdf.bak tidak dihitung\n",
        encoding="utf-8",
    )
    assert _left(tmp_path, "lampiran/sigap.pdf", proposal="sigap.yaml") == ["lampiran/lain.pdf"]


def test_a_fifo_beside_the_proposal_never_blocks(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "antrian.yaml")
    write_pdf(tmp_path / "x.pdf", ["isi"])
    assert _left(tmp_path) == ["x.pdf"]


def test_paths_the_loader_refuses_are_ignored(tmp_path: Path) -> None:
    write_pdf(tmp_path / "x.pdf", ["isi"])
    assert _left(tmp_path, "/etc/passwd", "../x.pdf", "https://a.b/x.pdf", "a\0b") == ["x.pdf"]


def test_a_huge_folder_is_walked_only_so_far(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_folder, "MAX_ENTRIES", 30)
    for index in range(60):
        (tmp_path / f"{index:03d}.pdf").write_bytes(b"%PDF-1.4\n")
    assert len(_left(tmp_path)) == 30
