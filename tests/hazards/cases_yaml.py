"""Hazards Y1–Y25: the proposal file as YAML (PyYAML's traps and bombs)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.hazards.fixtures import edited_example, generated, yaml_doc
from tests.hazards.hazard import Hazard
from tests.hazards.runner import Bounded

BROKEN = "tests/test_broken_inputs.py::CASES::"
MARKER = "kipp-pwned"


def _no_side_effect(ran: Bounded, folder: Path) -> None:
    assert not (folder / MARKER).exists(), "the python tag ran"


TITLE = "judul: SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)"


def _trap(hazard_id: str, variant: str, written: str) -> Hazard:
    """The ready example titled with a YAML 1.1 trap: the title must stay that exact text."""

    def check(ran: Bounded, folder: Path) -> None:
        assert json.loads(ran.out)["proposal"]["title"] == written, ran.out[:400]

    build = edited_example(TITLE, f"judul: {written}", "--format", "json")
    return Hazard(hazard_id, variant, build, code=0, check=check)


def _laughs(levels: int) -> bytes:
    lines = [b'l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels):
        refs = b",".join([b"*l%d" % (level - 1)] * 9)
        lines.append(b"l%d: &l%d [%s]" % (level, level, refs))
    return b"\n".join(lines) + b"\n"


def _deep_block(levels: int) -> bytes:
    return b"".join(b"  " * i + b"k%d:\n" % i for i in range(levels)) + b"  " * levels + b"x\n"


def _sexagesimal() -> bytes:
    return b"mulai_implementasi: 1" + b":59" * 200_000 + b"\n"


def _long_number() -> bytes:
    return b"kontak:\n  telepon: 1" + b"0" * 5_000 + b"\n"


def _hex_number() -> bytes:
    return b"video:\n  durasi: 0x" + b"f" * 5_000 + b"\n"


def _many_keys() -> bytes:
    return b"".join(b"k%d: v\n" % i for i in range(40_000))


def _long_line() -> bytes:
    return b"judul: " + b"a" * 900_000 + b"\n"


YAML: list[Hazard] = [
    Hazard(
        "Y1",
        "python-apply",
        yaml_doc(b'judul: !!python/object/apply:os.system ["touch ' + MARKER.encode() + b'"]\n'),
        rule="KC005",
        key="loader.tag",
        check=_no_side_effect,
    ),
    Hazard("Y1", "python-name", yaml_doc(b"judul: !!python/name:os.system\n"), rule="KC005"),
    Hazard(
        "Y2", "include", yaml_doc(b"judul: !include /etc/passwd\n"), rule="KC005", key="loader.tag"
    ),
    Hazard("Y2", "custom", pinned_by=BROKEN + "custom-tag"),
    Hazard("Y3", "binary", yaml_doc(b"judul: !!binary aGVsbG8=\n"), rule="KC005", key="loader.tag"),
    Hazard("Y3", "set", yaml_doc(b"judul: !!set {a, b}\n"), rule="KC005", key="loader.tag"),
    Hazard("Y4", "nine-levels", generated(lambda: _laughs(9)), rule="KC005"),
    Hazard("Y5", "self-alias", yaml_doc(b"a: &a [*a]\n"), rule="KC005"),
    Hazard(
        "Y6", "block-300", generated(lambda: _deep_block(300)), rule="KC005", key="loader.too_deep"
    ),
    Hazard("Y6", "flow-5000", pinned_by=BROKEN + "deep-nesting"),
    Hazard(
        "Y7",
        "flow-30000",
        generated(lambda: b"a: " + b"[" * 30_000 + b"]" * 30_000 + b"\n"),
        rule="KC005",
        key="loader.too_deep",
    ),
    Hazard("Y8", "base-60-bomb", generated(_sexagesimal), rule="KC005"),
    Hazard(
        "Y9",
        "decimal-5000",
        generated(_long_number),
        rule="KC005",
        key="loader.number_out_of_range",
    ),
    Hazard("Y9", "hex-5000", generated(_hex_number), rule="KC001"),
    Hazard(
        "Y10", "leap-second", yaml_doc(b"mulai_implementasi: 2024-01-01 23:59:60\n"), rule="KC001"
    ),
    Hazard("Y10", "feb-30", pinned_by=BROKEN + "bad-date"),
    Hazard("Y11", "quoted-twin", yaml_doc(b'judul: A\n"judul": B\n'), rule="KC002"),
    Hazard("Y11", "plain", pinned_by=BROKEN + "duplicate-key"),
    _trap("Y12", "norway", "NO"),
    _trap("Y12", "on", "on"),
    Hazard("Y12", "bool-field", pinned_by=BROKEN + "norway-bool"),
    _trap("Y13", "octal", "010"),
    _trap("Y13", "hex", "0x1F"),
    Hazard("Y14", "version-float", yaml_doc(b"video:\n  resolusi: 1.10\n"), rule="KC001"),
    _trap("Y14", "nan", ".NaN"),
    Hazard("Y15", "date-for-text", yaml_doc(b"judul: 2024-01-02\n"), rule="KC001"),
    _trap("Y16", "sexagesimal", "1:20"),
    Hazard(
        "Y17",
        "null-title",
        yaml_doc(b"judul: ~\nkelompok: umum\n"),
        rule="ADM005",
        key="adm.title.missing",
    ),
    Hazard("Y18", "list-root", pinned_by=BROKEN + "list-root"),
    Hazard("Y18", "empty", pinned_by=BROKEN + "empty-file"),
    Hazard("Y19", "two-documents", pinned_by=BROKEN + "two-documents"),
    Hazard("Y20", "unhashable-key", yaml_doc(b"? [1, 2]\n: c\n"), rule="KC005"),
    Hazard("Y20", "null-key", yaml_doc(b"~: b\n1: a\n"), rule="KC005"),
    Hazard("Y21", "merge-key", yaml_doc(b"base: &b {judul: A}\nvideo: {<<: *b}\n"), rule="KC005"),
    Hazard("Y22", "latin-1", pinned_by=BROKEN + "latin-1"),
    Hazard("Y22", "utf-16", pinned_by=BROKEN + "utf-16"),
    Hazard("Y23", "nul", pinned_by=BROKEN + "nul-byte"),
    Hazard(
        "Y23",
        "next-line",
        yaml_doc("judul: SIGAP\u0085kelompok: umum\n".encode()),
        rule="KC004",
        key="loader.unicode_line_break",
    ),
    Hazard("Y23", "c1-escape", yaml_doc(b'judul: "SIGAP\\x9b31m"\n'), rule="KC001"),
    Hazard(
        "Y24",
        "tab-in-value",
        yaml_doc(b"judul: SI\tGAP\nkelompok:\tumum\n"),
        rule="KC000",
        key="loader.syntax",
    ),
    Hazard("Y25", "many-keys", generated(_many_keys), rule="KC001", key="schema.extra_forbidden"),
    Hazard("Y25", "long-scalar", generated(_long_line), rule="KC005"),
]
