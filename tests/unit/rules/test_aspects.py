"""Aspect rules ASP001–ASP004, ASP007: answered, within word limits, on the form, replicators
named, the background backed by figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.models.results import Severity
from tests.support.checking import Case, rule_findings, run_case

# One short, real answer per box of Kelompok Umum (dotted keys are adaptabilitas' parts).
UMUM: dict[str, str] = {
    "ringkasan": "SIGAP memindahkan layanan adminduk ke kantor desa.",
    "latar_belakang_tujuan": "Warga menempuh perjalanan sungai hingga tujuh jam ke kantor dinas.",
    "kebaruan": "Operator desa mengunggah berkas sehingga warga tidak perlu ke kota.",
    "implementasi": "Uji coba di 12 desa pada 2021, lalu seluruh 121 desa pada 2023.",
    "signifikansi": "Waktu layanan turun dari 14 hari kerja menjadi 2 hari kerja.",
    "adaptabilitas.sudah_direplikasi": "Sudah, oleh Disdukcapil Kabupaten Muara Lestari.",
    "adaptabilitas.potensi_replikasi": "Cocok untuk daerah kepulauan dan pedalaman.",
    "sumber_daya": "APBD, Alokasi Dana Desa dan 250 operator desa.",
    "strategi_keberlanjutan": "Peraturan Bupati Nomor 27 Tahun 2021 mewajibkan gerai di desa.",
}
REPLIKASI: dict[str, str] = {
    "inspirasi": "Inovasi asal adalah layanan adminduk desa di kabupaten tetangga.",
    "proses_replikasi": "Studi tiru, perjanjian kerja sama dan pelatihan operator.",
    "faktor_pembeda": "Kami menambahkan layanan paket kelahiran bersama bidan desa.",
}
# Lines of a complete `answers()` file: kelompok 1, proposal 2, then one box per line;
# `adaptabilitas:` itself is line 8; the replikasi group's three follow on 13–15.
LINE = {
    "ringkasan": 3,
    "latar_belakang_tujuan": 4,
    "kebaruan": 5,
    "implementasi": 6,
    "signifikansi": 7,
    "adaptabilitas.sudah_direplikasi": 9,
    "adaptabilitas.potensi_replikasi": 10,
    "sumber_daya": 11,
    "strategi_keberlanjutan": 12,
    "inspirasi": 13,
    "proses_replikasi": 14,
    "faktor_pembeda": 15,
}


def words(n: int) -> str:
    """Exactly `n` words of running Indonesian-looking text."""
    return " ".join(["kata"] * n)


def answers(group: str = "umum", **texts: str | None) -> str:
    """A proposal of `group` answering every box on one line; `texts` replaces (None: drops)."""
    boxes: dict[str, str | None] = {**UMUM, **(REPLIKASI if group == "replikasi" else {})}
    boxes.update({key.replace("__", "."): value for key, value in texts.items()})
    lines, in_parts = [f"kelompok: {group}", "proposal:"], False
    for key, value in boxes.items():
        if value is None:
            continue
        aspect, _, part = key.partition(".")
        if part and not in_parts:
            lines.append(f"  {aspect}:")
        in_parts = bool(part)
        lines.append(f"    {part}: {value}" if part else f"  {key}: {value}")
    return "\n".join(lines) + "\n"


FIGURED = "Sebanyak 38 desa hanya dapat dijangkau melalui sungai."
BLOCK_200 = "\n".join(
    ["kelompok: umum", "proposal:", "  ringkasan: |"]
    + [f"    - {words(19)}" for _ in range(10)]  # the portal counts each bullet: 10 x (1 + 19)
)

CASES = [
    # ASP001: every aspect of the group answered.
    Case("ASP001", "umum complete", answers(), ()),
    Case("ASP001", "replikasi complete", answers("replikasi"), ()),
    Case("ASP001", "2023 umum complete", answers(), (), pack="kipp-2023"),
    Case("ASP001", "unknown group is ADM002's", answers("khusus"), ()),
    Case("ASP001", "kebaruan not written", answers(kebaruan=None), (2,)),
    Case("ASP001", "kebaruan empty string", answers(kebaruan='""'), (LINE["kebaruan"],)),
    Case("ASP001", "one part missing", answers(adaptabilitas__potensi_replikasi=None), (8,)),
    Case(
        "ASP001",
        "replikasi group without its three aspects",
        answers("replikasi", inspirasi=None, proses_replikasi=None, faktor_pembeda=None),
        (2, 2, 2),
    ),
    Case("ASP001", "empty proposal: key", "kelompok: umum\nproposal:\njudul: SIGAP\n", (2,) * 9),
    Case("ASP001", "no proposal at all", "kelompok: umum\njudul: SIGAP\n", (1,) * 9),
    Case("ASP001", "2023 missing", answers(signifikansi=None), (2,), pack="kipp-2023"),
    # ASP002: word limits, pinned at N (quiet) and N + 1 (fires).
    Case("ASP002", "all short", answers(), ()),
    Case("ASP002", "ringkasan 200", answers(ringkasan=words(200)), ()),
    Case("ASP002", "ringkasan 201", answers(ringkasan=words(201)), (LINE["ringkasan"],)),
    Case("ASP002", "latar 300", answers(latar_belakang_tujuan=words(300)), ()),
    Case("ASP002", "latar 301", answers(latar_belakang_tujuan=words(301)), (4,)),
    Case("ASP002", "signifikansi 600", answers(signifikansi=words(600)), ()),
    Case("ASP002", "signifikansi 601", answers(signifikansi=words(601)), (7,)),
    Case("ASP002", "strategi 500", answers(strategi_keberlanjutan=words(500)), ()),
    Case("ASP002", "strategi 501", answers(strategi_keberlanjutan=words(501)), (12,)),
    Case("ASP002", "part a 100", answers(adaptabilitas__sudah_direplikasi=words(100)), ()),
    Case("ASP002", "part a 101", answers(adaptabilitas__sudah_direplikasi=words(101)), (9,)),
    Case(
        "ASP002",
        "part a 150 (b's limit)",
        answers(adaptabilitas__sudah_direplikasi=words(150)),
        (9,),
    ),
    Case("ASP002", "part b 200", answers(adaptabilitas__potensi_replikasi=words(200)), ()),
    Case("ASP002", "part b 201", answers(adaptabilitas__potensi_replikasi=words(201)), (10,)),
    Case(
        "ASP002", "replikasi aspects have no limit", answers("replikasi", inspirasi=words(900)), ()
    ),
    Case("ASP002", "block with bullets 200", BLOCK_200, ()),
    Case("ASP002", "block with bullets 201", BLOCK_200 + " satu\n", (3,)),
    Case("ASP002", "2023 ringkasan 201", answers(ringkasan=words(201)), (3,), pack="kipp-2023"),
    # ASP003: only the group's own aspects are written.
    Case("ASP003", "umum complete", answers(), ()),
    Case("ASP003", "inspirasi in replikasi group", answers("replikasi"), ()),
    Case("ASP003", "no proposal", "kelompok: umum\n", ()),
    Case("ASP003", "inspirasi in umum", answers(inspirasi=REPLIKASI["inspirasi"]), (13,)),
    # Another edition's question (2023 khusus `dampak` in 2025) is an unknown key of the pack's
    # form: KC001 with "did you mean" (tests/test_form_from_pack.py).
    # ASP004: a replication claim names who replicated.
    Case(
        "ASP004",
        "claim with names",
        "replikasi:\n  sudah: true\n  oleh:\n    - Disdukcapil Kabupaten Tana Rawa\n",
        (),
    ),
    Case("ASP004", "not replicated", "replikasi:\n  sudah: false\n", ()),
    Case("ASP004", "nothing said", "judul: SIGAP\n", ()),
    Case("ASP004", "claim without oleh", "judul: SIGAP\nreplikasi:\n  sudah: true\n", (2,)),
    Case("ASP004", "claim with empty list", "replikasi:\n  sudah: true\n  oleh: []\n", (3,)),
    Case(
        "ASP004", "claim with blank name", 'replikasi:\n  sudah: true\n  oleh:\n    - "  "\n', (4,)
    ),
    # ASP007: the background gives figures (a bare year is none).
    Case("ASP007", "background with figures", answers(latar_belakang_tujuan=FIGURED), ()),
    Case("ASP007", "background without figures", answers(), (LINE["latar_belakang_tujuan"],)),
    Case(
        "ASP007",
        "a year is not a figure",
        answers(latar_belakang_tujuan="Sampai 2020 layanan hanya ada di kota."),
        (LINE["latar_belakang_tujuan"],),
    ),
    Case("ASP007", "background not written is ASP001's", answers(latar_belakang_tujuan=None), ()),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_rule_fires_exactly_where_expected(case: Case, tmp_path: Path) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def test_layout_of_the_complete_proposal() -> None:
    lines = answers("replikasi").splitlines()
    assert [lines[n - 1].split(":")[0].strip() for n in LINE.values()] == [
        key.rpartition(".")[2] for key in LINE
    ]


def test_empty_proposal_lists_each_empty_box_as_an_error_in_its_own_row(tmp_path: Path) -> None:
    found = rule_findings(tmp_path, "kelompok: umum\nproposal:\n", "ASP001")
    assert {(f.message_key, f.severity) for f in found} == {("asp.missing", Severity.ERROR)}
    assert len({f.group for f in found}) == 8  # eight aspects, adaptabilitas with two boxes
    assert len(found) == 9 and all(f.group.startswith("aspek:") for f in found)


def test_missing_aspect_is_a_warning_in_2025_saying_the_form_is_assumed(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, answers(kebaruan=None), "ASP001")
    assert found.severity is Severity.WARNING
    assert found.message == (
        "aspek Kebaruan/Nilai Tambah belum diisi "
        "(aturan diasumsikan dari KIPP 2023, belum dikonfirmasi untuk edisi ini)"
    )


def test_missing_aspect_is_an_error_in_2023(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, answers(kebaruan=None), "ASP001", pack="kipp-2023")
    assert (found.severity, found.message) == (
        Severity.ERROR,
        "aspek Kebaruan/Nilai Tambah belum diisi",
    )


def test_missing_part_names_the_part(tmp_path: Path) -> None:
    yaml = answers(adaptabilitas__sudah_direplikasi=None)
    (found,) = rule_findings(tmp_path, yaml, "ASP001", pack="kipp-2023")
    assert found.message == "aspek Adaptabilitas (Sudah direplikasi? Oleh siapa?) belum diisi"
    assert found.group == "aspek:adaptabilitas"


def test_2025_word_limit_is_a_warning_that_says_it_is_assumed(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, answers(ringkasan=words(201)), "ASP002")
    assert found.severity is Severity.WARNING
    assert found.message == (
        "aspek Ringkasan: 201 kata, melebihi batas 200 kata (1 kata lebih) "
        "(aturan diasumsikan dari KIPP 2023, belum dikonfirmasi untuk edisi ini)"
    )


def test_2023_ringkasan_limit_is_confirmed_so_an_error(tmp_path: Path) -> None:
    yaml = answers(ringkasan=words(230))
    (found,) = rule_findings(tmp_path, yaml, "ASP002", pack="kipp-2023")
    assert (found.severity, found.message) == (
        Severity.ERROR,
        "aspek Ringkasan: 230 kata, melebihi batas 200 kata (30 kata lebih)",
    )


def test_answer_outside_the_form_is_named_with_the_group(tmp_path: Path) -> None:
    yaml = answers(inspirasi=REPLIKASI["inspirasi"])
    (found,) = rule_findings(tmp_path, yaml, "ASP003")
    assert (found.severity, found.message) == (
        Severity.WARNING,
        "aspek `inspirasi` tidak ada di formulir kelompok umum; teksnya tidak akan terkirim",
    )
