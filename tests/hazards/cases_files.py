"""Hazards P1–P16 and F1–F12: attached PDFs, and the paths that name them."""

from __future__ import annotations

from pathlib import Path

from tests.hazards import pdf_bombs
from tests.hazards.fixtures import (
    Builder,
    case_twin,
    directory,
    git_config_inside,
    letter_bytes,
    letter_path,
    nfd_twin,
    with_letter,
)
from tests.hazards.hazard import Check, Hazard
from tests.hazards.runner import Bounded

PDF = "tests/test_pdf_hazards.py::HAZARDS::"


def _quiet_stderr(limit: int) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        assert len(ran.err) < limit, f"{len(ran.err)} characters on stderr"

    return check


def _never_echoed(ran: Bounded, folder: Path) -> None:
    assert "c2VjcmV0" not in ran.out + ran.err
    assert "extraheader" not in ran.out + ran.err


def _link_to_git(letter: Path) -> None:
    git_config_inside(letter.parents[1])
    letter.symlink_to("../.git/config")


def _dok(
    hazard_id: str, variant: str, build: Builder, key: str, check: Check | None = None
) -> Hazard:
    """An entry whose answer is a DOK001 finding on the identity letter, with message `key`."""
    return Hazard(hazard_id, variant, build, rule="DOK001", key=key, check=check)


FILES: list[Hazard] = [
    Hazard("P1", "flate-bomb", pinned_by=PDF + "decompression-bomb"),
    Hazard("P2", "nested-filters", pinned_by=PDF + "nested-filters"),
    _dok("P3", "lzw-bomb", letter_bytes(pdf_bombs.lzw_bomb), "pdf.decompression_limit"),
    _dok(
        "P4", "run-length-bomb", letter_bytes(pdf_bombs.run_length_bomb), "pdf.decompression_limit"
    ),
    _dok("P5", "terabyte-length", letter_bytes(pdf_bombs.absurd_length), "pdf.decompression_limit"),
    Hazard(
        "P6",
        "inline-image-no-ei",
        letter_bytes(pdf_bombs.inline_image_without_end),
        code=0,
        rule="DOK009",
    ),
    Hazard("P6", "prev-cycle", letter_bytes(pdf_bombs.prev_cycle), code=0, rule="DOK009"),
    _dok(
        "P7", "startxref-whitespace", letter_bytes(pdf_bombs.startxref_whitespace), "pdf.unreadable"
    ),
    _dok("P7", "missing-root", letter_bytes(pdf_bombs.missing_root), "pdf.unreadable"),
    Hazard("P8", "deep-arrays", pinned_by=PDF + "deep-nesting"),
    Hazard("P9", "cyclic-pages", pinned_by=PDF + "cyclic-page-tree"),
    Hazard("P9", "huge-kids", pinned_by=PDF + "huge-kids"),
    _dok("P10", "truncated", letter_bytes(pdf_bombs.truncated), "pdf.unreadable"),
    _dok("P10", "yaml-renamed", letter_bytes(lambda: b"judul: SIGAP\n"), "pdf.not_pdf_format"),
    _dok("P10", "empty", letter_bytes(lambda: b""), "pdf.empty_file"),
    Hazard("P11", "aes-password", pinned_by=PDF + "encrypted"),
    Hazard("P12", "sparse-20-gb", pinned_by=PDF + "sparse-20-gb"),
    Hazard("P13", "xmp-entities", letter_bytes(pdf_bombs.xmp_entity_bomb), code=0, rule="DOK009"),
    Hazard(
        "P14",
        "warning-flood",
        letter_bytes(pdf_bombs.warning_flood),
        code=0,
        rule="DOK009",
        check=_quiet_stderr(2000),
    ),
    Hazard("P15", "text-flood", letter_bytes(pdf_bombs.text_flood), code=0),
    _dok("P16", "wrong-types", letter_bytes(pdf_bombs.wrong_types), "pdf.unreadable"),
    _dok("F1", "dot-dot", letter_path("../../etc/passwd"), "pdf.outside_folder"),
    _dok("F2", "absolute", letter_path("/etc/passwd"), "pdf.absolute_path"),
    _dok("F2", "drive", letter_path("C:\\\\Windows\\\\win.ini"), "pdf.absolute_path"),
    _dok("F2", "unc", letter_path("\\\\\\\\attacker\\\\share\\\\x.pdf"), "pdf.absolute_path"),
    Hazard("F3", "symlink-out", pinned_by=PDF + "symlink-out"),
    _dok(
        "F4",
        "git-config",
        letter_path(".git/config", git_config_inside),
        "pdf.hidden_path",
        check=_never_echoed,
    ),
    _dok("F5", "directory", with_letter(directory), "pdf.not_regular_file"),
    Hazard("F5", "fifo", pinned_by=PDF + "fifo"),
    Hazard("F5", "dev-zero", pinned_by=PDF + "dev-zero-symlink"),
    Hazard("F6", "lfs-pointer", pinned_by=PDF + "lfs-pointer"),
    _dok("F7", "case", letter_path("lampiran/surat.pdf", case_twin), "pdf.not_found_case"),
    _dok(
        "F8",
        "nfc-nfd",
        letter_path("lampiran/caf\u00e9.pdf", nfd_twin),
        "pdf.not_found_normalization",
    ),
    Hazard(
        "F9", "nul", letter_path("lampiran/a\\0b.pdf"), rule="KC001", key="schema.hidden_character"
    ),
    _dok("F9", "300-chars", letter_path("lampiran/" + "a" * 300 + ".pdf"), "pdf.name_too_long"),
    _dok("F9", "reserved-name", letter_path("lampiran/CON.pdf"), "pdf.not_portable"),
    _dok("F9", "stream", letter_path("lampiran/a.pdf:evil"), "pdf.not_portable"),
    _dok("F10", "url", letter_path("https://evil.example/x.pdf"), "pdf.url"),
    _dok("F10", "home", letter_path("~/.ssh/id_rsa"), "pdf.shell_expansion"),
    _dok("F10", "variable", letter_path("$HOME/x.pdf"), "pdf.shell_expansion"),
    _dok("F11", "glob", letter_path("lampiran/*.pdf"), "pdf.not_portable"),
    Hazard(
        "F12",
        "two-spellings",
        letter_path("./lampiran/../lampiran/surat-kesediaan-replikasi.pdf"),
        code=0,
        rule="DOK010",
        key="dok.duplicate.letters",
    ),
    _dok("F4", "symlink-to-git", with_letter(_link_to_git), "pdf.hidden_path", check=_never_echoed),
]
