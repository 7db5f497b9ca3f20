"""Innovation-criteria rules KRI001–KRI003, on real Indonesian sentences.

KIPP 2025 stresses measurable benefit, replicability and durability; KIPP 2023
did not, so none of these rules speaks under `kipp-2023`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.models.results import Severity
from tests.support.checking import Case, rule_findings, run_case

VAGUE = "Pelayanan menjadi jauh lebih cepat dan masyarakat merasa puas."
MEASURED = "Waktu penyelesaian akta turun dari rata-rata 14 hari menjadi 2 hari (survei SKM 2024)."
NO_BASIS = "Inovasi akan terus dijalankan oleh seluruh pegawai dengan dukungan masyarakat."


def aspects(**texts: str) -> str:
    """A Kelompok Umum proposal with the given answers, one line each (first answer: line 3)."""
    lines = [f"  {key}: {value}" for key, value in texts.items()]
    return "\n".join(["kelompok: umum", "proposal:", *lines]) + "\n"


CASES = [
    # KRI001: the impact (signifikansi) holds figures.
    Case("KRI001", "before and after figures", aspects(signifikansi=MEASURED), ()),
    Case("KRI001", "no figures", aspects(signifikansi=VAGUE), (3,)),
    Case(
        "KRI001",
        "one figure only",
        aspects(signifikansi="Indeks Kepuasan Masyarakat naik menjadi 89,40 pada akhir tahun."),
        (3,),
    ),
    Case(
        "KRI001",
        "figures in the background do not measure the impact",
        aspects(
            latar_belakang_tujuan="Layanan memakan 14 hari dan biaya Rp285.000.", signifikansi=VAGUE
        ),
        (4,),
    ),
    Case(
        "KRI001",
        "figures over several lines",
        "kelompok: umum\nproposal:\n  signifikansi: |\n    Cakupan akta kelahiran naik\n"
        "    dari 78,4% menjadi 97,1%.\n",
        (),
    ),
    Case("KRI001", "impact not written (ASP001's job)", aspects(ringkasan=VAGUE), ()),
    Case("KRI001", "not emphasized in 2023", aspects(signifikansi=VAGUE), (), pack="kipp-2023"),
    # KRI002: the replication status is stated.
    Case(
        "KRI002", "replicated", "replikasi:\n  sudah: true\n  oleh: [Disdukcapil Tana Rawa]\n", ()
    ),
    Case("KRI002", "not replicated", "judul: SIGAP\nreplikasi:\n  sudah: false\n", ()),
    Case("KRI002", "replikasi absent", "kelompok: umum\njudul: SIGAP\n", (1,)),
    Case(
        "KRI002",
        "replicators listed, status not",
        "judul: SIGAP\nreplikasi:\n  oleh:\n    - Disdukcapil Kabupaten Muara Lestari\n",
        (2,),
    ),
    Case("KRI002", "replikasi empty", "judul: SIGAP\nreplikasi:\n", (2,)),
    Case("KRI002", "not emphasized in 2023", "kelompok: umum\n", (), pack="kipp-2023"),
    # KRI003: the sustainability strategy names a legal basis.
    Case(
        "KRI003",
        "Peraturan Bupati",
        aspects(
            strategi_keberlanjutan="Gerai desa diwajibkan Peraturan Bupati Nomor 27 Tahun 2021."
        ),
        (),
    ),
    Case(
        "KRI003",
        "SK Kepala Dinas",
        aspects(strategi_keberlanjutan="Tim pengelola dibentuk dengan SK Kepala Dinas tahun 2023."),
        (),
    ),
    Case(
        "KRI003",
        "surat edaran",
        aspects(
            strategi_keberlanjutan="Sekda menerbitkan surat edaran agar semua kecamatan memakainya."
        ),
        (),
    ),
    Case(
        "KRI003",
        "Keputusan Kepala",
        aspects(
            strategi_keberlanjutan="Keputusan Kepala Disdukcapil menetapkan operator tiap desa."
        ),
        (),
    ),
    Case(
        "KRI003",
        "Perbup named in sumber_daya only",
        aspects(
            sumber_daya="Honor operator diatur dalam Perbup Nomor 5 Tahun 2022.",
            strategi_keberlanjutan=NO_BASIS,
        ),
        (),
    ),
    Case("KRI003", "nothing written", "kelompok: umum\nproposal:\n  ringkasan: SIGAP.\n", ()),
    Case("KRI003", "no legal basis", aspects(strategi_keberlanjutan=NO_BASIS), (3,)),
    Case(
        "KRI003",
        "'sk' inside other words does not count",
        aspects(strategi_keberlanjutan="Tim berdiskusi rutin dengan Diskominfo dan Puskesmas."),
        (3,),
    ),
    Case(
        "KRI003",
        "'pengambilan keputusan' is not a decree",
        aspects(strategi_keberlanjutan="Warga dilibatkan dalam pengambilan keputusan di desa."),
        (3,),
    ),
    Case(
        "KRI003",
        "'peraturan yang berlaku' names no regulation",
        aspects(strategi_keberlanjutan="Layanan dijalankan sesuai peraturan yang berlaku."),
        (3,),
    ),
    Case(
        "KRI003",
        "strategy missing, resources vague",
        aspects(sumber_daya="Anggaran berasal dari APBD dan dana desa."),
        (2,),
    ),
    Case(
        "KRI003",
        "not emphasized in 2023",
        aspects(strategi_keberlanjutan=NO_BASIS),
        (),
        pack="kipp-2023",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_rule_fires_exactly_where_expected(case: Case, tmp_path: Path) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def test_unmeasured_benefit_is_a_warning_counting_the_figures(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, aspects(signifikansi=VAGUE), "KRI001")
    assert (found.severity, found.message) == (
        Severity.WARNING,
        "manfaat belum terukur: jawaban Signifikansi belum memuat angka hasil",
    )
    assert (found.group, found.aspect) == ("kriteria:kemanfaatan", "signifikansi")


def test_unstated_replication_is_a_warning_in_the_criterion_row(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, "judul: SIGAP\n", "KRI002")
    assert (found.severity, found.group) == (Severity.WARNING, "kriteria:replikasi")


def test_missing_legal_basis_names_the_aspects_read(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, aspects(strategi_keberlanjutan=NO_BASIS), "KRI003")
    assert found.severity is Severity.WARNING
    assert found.message.endswith("di Strategi Keberlanjutan dan Sumber Daya")
