"""KRI001, KRI003–KRI005 on answers written the way real proposals are (issue 15, items 8–10).

Each answer below is written for the test in the style of a proposal in
preparation: bullets, figures, legal references, negations, targets beside
results. Each rule has a case that fires and one that stays quiet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.rules.legal_basis import read_legal_basis
from kipp_check.rules.text_claims import institution_names, read_impact, replication_claims
from tests.support.checking import rule_findings


def umum(block: str, *, extra: str = "") -> str:
    """A Kelompok Umum proposal: `block` holds `proposal:` answers as YAML block literals."""
    return f"kelompok: umum\n{extra}proposal:\n{block}"


def answer(key: str, text: str) -> str:
    body = "".join(f"    {line}\n" for line in text.strip().splitlines())
    return f"  {key}: |\n{body}"


def replication(text: str) -> str:
    body = "".join(f"      {line}\n" for line in text.strip().splitlines())
    return f"  adaptabilitas:\n    sudah_direplikasi: |\n{body}"


# -- item 8: replication (KRI005) ------------------------------------------------------------

DENIED = """
Belum ada unit kerja di luar Dinas Kesehatan Kota Tirtarejo yang mereplikasi SI-ANTRI.
Studi tiru dari dua puskesmas sedang dijadwalkan.
"""
ANSWERED_NO = """
Belum. Namun SI-ANTRI telah dipaparkan di forum inovasi provinsi dan diadopsi sebagai
contoh baik oleh peserta forum.
"""
POTENTIAL = """
SI-ANTRI siap direplikasi oleh puskesmas lain karena hanya memerlukan WhatsApp Business
dan satu operator. Aplikasinya dapat direplikasi tanpa biaya lisensi.
"""
VERTICAL = """
Sudah. Sejak Maret 2024 alur antrean SI-ANTRI telah direplikasi oleh BPS Kabupaten
Muara Lestari untuk layanan konsultasi statistik.
"""
VAGUE_CLAIM = """
Sudah. SI-ANTRI telah direplikasi oleh beberapa puskesmas lain setelah studi tiru
ke puskesmas kami.
"""


@pytest.mark.parametrize(
    "written", [DENIED, ANSWERED_NO, POTENTIAL], ids=["denied", "answered no", "potential only"]
)
def test_replication_hint_is_quiet_without_a_claim(tmp_path: Path, written: str) -> None:
    proposal = umum(replication(written))  # `replikasi` not declared: only the text speaks
    assert rule_findings(tmp_path, proposal, "KRI005") == []


def test_declared_false_is_never_contradicted(tmp_path: Path) -> None:
    proposal = umum(replication(VAGUE_CLAIM), extra="replikasi:\n  sudah: false\n")
    assert rule_findings(tmp_path, proposal, "KRI005") == []
    assert rule_findings(tmp_path, proposal, "KRI006") == []


def test_a_vertical_office_is_a_named_replicator(tmp_path: Path) -> None:
    proposal = umum(replication(VERTICAL), extra="replikasi:\n  sudah: true\n  oleh: [BPS]\n")
    assert rule_findings(tmp_path, proposal, "KRI005") == []


def test_a_vague_claim_still_fires(tmp_path: Path) -> None:
    proposal = umum(replication(VAGUE_CLAIM))
    (found,) = rule_findings(tmp_path, proposal, "KRI005")
    assert '"telah direplikasi"' in found.message


def test_claims_and_names_as_read() -> None:
    assert replication_claims(DENIED) == ()
    assert replication_claims(ANSWERED_NO) == ()
    assert replication_claims(POTENTIAL) == ()
    assert replication_claims(VERTICAL) == ("telah direplikasi",)
    assert institution_names(VERTICAL) == ("BPS Kabupaten Muara Lestari",)
    assert institution_names("studi tiru ke UPTD Puskesmas Sukamaju") == ()
    own = "Dinas Kesehatan Kota Tirtarejo"
    assert institution_names(DENIED, own=own) == ()


# -- item 9: legal basis (KRI003) --------------------------------------------------------------

ENACTED = [
    "Layanan dibakukan dengan Peraturan Badan Pusat Statistik Nomor 5 Tahun 2020.",
    "- Qanun Kabupaten Aceh Besar Nomor 3 Tahun 2019 tentang Pelayanan Publik\n- SOP gerai",
    "Perkada Nomor 12 Tahun 2022 menjadi dasar pelaksanaan di seluruh kecamatan.",
    "Tim dibentuk dengan Keputusan Kepala Dinas Kesehatan Nomor 440/123/2023.",
    "Seluruh puskesmas diwajibkan memakai SI-ANTRI melalui SE Wali Kota tentang antrean daring.",
]
NOT_ENACTED = [
    "Ke depan akan diusulkan Peraturan Bupati tentang SI-ANTRI agar anggarannya terjamin.",
    "Rancangan Perbup sedang disusun bersama Bagian Hukum Setda.",
    "Belum ada Peraturan Wali Kota yang mengatur inovasi ini; pelaksanaannya sesuai peraturan"
    " yang berlaku.",
]


@pytest.mark.parametrize("written", ENACTED)
def test_enacted_instruments_of_every_shape_are_a_legal_basis(tmp_path: Path, written: str) -> None:
    assert read_legal_basis(written).enacted
    proposal = umum(answer("strategi_keberlanjutan", written))
    assert rule_findings(tmp_path, proposal, "KRI003") == []


@pytest.mark.parametrize("written", NOT_ENACTED)
def test_planned_or_denied_instruments_are_not(tmp_path: Path, written: str) -> None:
    assert not read_legal_basis(written).enacted
    proposal = umum(answer("strategi_keberlanjutan", written))
    (found,) = rule_findings(tmp_path, proposal, "KRI003")
    assert "Strategi Keberlanjutan" in found.message


def test_a_planned_basis_is_quoted_as_planned(tmp_path: Path) -> None:
    proposal = umum(answer("strategi_keberlanjutan", NOT_ENACTED[0]))
    (found,) = rule_findings(tmp_path, proposal, "KRI003")
    assert found.message_key == "kri.durability.planned_only"
    assert '"Peraturan Bupati"' in found.message and "baru direncanakan" in found.message


# -- item 10: measured impact (KRI001, KRI004) -------------------------------------------------

TARGETS = """
Dengan SI-ANTRI, waktu tunggu ditargetkan turun hingga 80 % pada akhir 2026.
SI-ANTRI akan menurunkan keluhan antrean sebesar 50 % dalam dua tahun.
"""
RESULTS = """
Hasil yang sudah diukur (data sistem antrean, Januari–Desember 2024):
- waktu tunggu rata-rata turun dari 3 jam menjadi 25 menit;
- keluhan antrean di kanal pengaduan berkurang dari 112 menjadi 19 per bulan.
Ke depan ditargetkan waktu tunggu di bawah 15 menit.
"""


def test_targets_are_not_a_measured_benefit(tmp_path: Path) -> None:
    reading = read_impact(TARGETS)
    assert reading.measured_figures == 0 and not reading.compared
    proposal = umum(answer("signifikansi", TARGETS))
    (found,) = rule_findings(tmp_path, proposal, "KRI001")
    assert found.message_key == "kri.benefit.targets_only"
    assert '"ditargetkan"' in found.message and '"akan"' in found.message
    (hint,) = [f for f in rule_findings(tmp_path, proposal, "KRI004") if "target" in f.message]
    assert hint.message_key == "hint.impact.targets_only"


def test_before_after_results_beside_a_target_pass(tmp_path: Path) -> None:
    reading = read_impact(RESULTS)
    assert reading.measured_figures >= 4 and reading.compared
    proposal = umum(answer("signifikansi", RESULTS))
    assert rule_findings(tmp_path, proposal, "KRI001") == []
    assert [f.message_key for f in rule_findings(tmp_path, proposal, "KRI004")] == []


def test_a_year_is_not_a_figure() -> None:
    assert read_impact("Sejak 2021 layanan berjalan dan pada 2024 diperluas.").measured_figures == 0
