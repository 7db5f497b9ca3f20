"""Content hints KRI004–KRI008 and ASP005, on real Indonesian sentences.

Each hint fires on wording an innovator really writes and stays quiet on the
wording the judges want; the messages name the words found or looked for.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.i18n import Lang
from kipp_check.models.results import Severity
from tests.support.checking import Case, rule_findings, run_case

MEASURED = "Waktu penyelesaian akta turun dari rata-rata 14 hari menjadi 2 hari (survei SKM 2024)."
COUNTED_ONLY = "Pada 2024 gerai desa menerbitkan 46.935 dokumen bagi warga 121 desa."
COMPARED_UNMEASURED = "Antrean di loket turun dari 3 jam menjadi 30 menit."
MEASURED_UNCOMPARED = "Survei Kepuasan Masyarakat 2024 mencatat nilai 89,40 dari 1.200 responden."

NAMED = (
    "Sudah. SIGAP telah direplikasi oleh Dinas Kependudukan dan Pencatatan Sipil "
    "Kabupaten Muara Lestari sejak Maret 2023."
)
VAGUE = (
    "Sudah. SI-ANTRI telah direplikasi oleh beberapa puskesmas lain, baik di Kota "
    "Tirtarejo maupun di luar daerah, setelah studi tiru ke UPTD Puskesmas Tirtarejo Utara."
)
OWN = "instansi:\n  nama: Dinas Kesehatan Kota Tirtarejo\n  induk: Pemerintah Kota Tirtarejo\n"

FULL_STRATEGY = (
    "Peraturan Bupati Nomor 27 Tahun 2021 mewajibkan gerai di setiap desa. SOP dan "
    "pelatihan operator menjaga mutu layanan. Kader posyandu dan tokoh masyarakat ikut "
    "melaporkan kelahiran."
)
LEGAL_ONLY = "Peraturan Bupati Nomor 27 Tahun 2021 mewajibkan gerai di setiap desa."
NO_LEGAL = (
    "Pelatihan operator diadakan setiap semester dan forum warga digelar setiap tahun "
    "untuk menampung masukan."
)

NOVELTY_BEFORE = (
    "Sebelumnya warga harus datang ke kantor dinas di ibu kota kabupaten; kini dokumen "
    "diterbitkan di kantor desa."
)
NOVELTY_ALONE = (
    "SI-ANTRI adalah aplikasi antrean pertama di puskesmas Kota Tirtarejo yang dapat "
    "diakses melalui WhatsApp."
)

SENTENCE = "Operator desa memindai berkas warga lalu mengunggahnya ke aplikasi gerai. "
"""Nine words: answers of a chosen length are built from it."""


def answers(**texts: str) -> str:
    """A Kelompok Umum proposal with the given one-line answers (first answer: line 3)."""
    lines = [f"  {key}: {value}" for key, value in texts.items()]
    return "\n".join(["kelompok: umum", "proposal:", *lines]) + "\n"


def replication(text: str, *, done: str = "", extra: str = "") -> str:
    """Part (a) of adaptabilitas at line 5, after an optional `replikasi.sudah`."""
    head = f"replikasi:\n  sudah: {done}\n" if done else "judul: SIGAP\nkelompok: umum\n"
    return head + f"proposal:\n  adaptabilitas:\n    sudah_direplikasi: {text}\n" + extra


def evidence(*files: str, done: str = "true", letter: str = "") -> str:
    """`replikasi.sudah`, then `data_dukung.adaptabilitas` with its files at line 5."""
    listed = ", ".join(files)
    text = f"replikasi:\n  sudah: {done}\ndata_dukung:\n  adaptabilitas:\n    [{listed}]\n"
    if letter:
        text += f"dokumen:\n  surat_kesediaan_replikasi: {letter}\n"
    return text


def words(count: int) -> str:
    """A real sentence repeated and cut to `count` words."""
    pool = (SENTENCE * (count // 9 + 1)).split()
    return " ".join(pool[:count])


CASES = [
    # KRI004: the impact is compared before/after and its measurement is named.
    Case("KRI004", "compared and measured", answers(signifikansi=MEASURED), ()),
    Case("KRI004", "only counted", answers(signifikansi=COUNTED_ONLY), (3, 3)),
    Case("KRI004", "compared, not measured", answers(signifikansi=COMPARED_UNMEASURED), (3,)),
    Case("KRI004", "measured, not compared", answers(signifikansi=MEASURED_UNCOMPARED), (3,)),
    Case("KRI004", "impact not written (ASP001's job)", answers(ringkasan=COUNTED_ONLY), ()),
    Case(
        "KRI004",
        "a hint in 2023 too",
        answers(signifikansi=COUNTED_ONLY),
        (3, 3),
        pack="kipp-2023",
    ),
    Case(
        "KRI004",
        "before and after over several lines",
        "proposal:\n  signifikansi: |\n    Sebelum inovasi, warga menunggu 14 hari.\n"
        "    Setelah inovasi, menurut laporan evaluasi Bapperida, cukup 2 hari.\n",
        (),
    ),
    # KRI005: a replication claim in the answer names who replicated.
    Case("KRI005", "replicator named", replication(NAMED), ()),
    Case("KRI005", "only 'beberapa puskesmas lain'", OWN + replication(VAGUE), (8,)),
    Case(
        "KRI005",
        "not replicated",
        replication("Belum. SIGAP belum direplikasi, meski tiga kabupaten sudah studi tiru."),
        (),
    ),
    Case(
        "KRI005",
        "claim from replikasi.sudah",
        replication("Inovasi ini sudah berjalan di 12 desa.", done="true"),
        (5,),
    ),
    Case(
        "KRI005",
        "replicated in a named city",
        replication("Sudah direplikasi di Kota Bontang sejak 2024."),
        (),
    ),
    Case(
        "KRI005",
        "a study-visit destination is not a replicator",
        replication(
            "Sudah direplikasi beberapa desa setelah kunjungan ke Disdukcapil Sekala Raya."
        ),
        (5,),
    ),
    Case("KRI005", "answer not written", replication('""', done="true"), ()),
    # KRI006: a claimed replication has a letter or agreement among the supporting data.
    Case("KRI006", "cooperation agreement", evidence("lampiran/perjanjian-kerja-sama.pdf"), ()),
    Case("KRI006", "MoU", evidence("lampiran/mou-disdukcapil-tana-rawa.pdf"), ()),
    Case("KRI006", "photos only", evidence("lampiran/foto-kegiatan.pdf"), (5,)),
    Case(
        "KRI006",
        "the willingness letter proves nothing",
        evidence(
            "lampiran/surat-kesediaan-replikasi.pdf",
            letter="lampiran/surat-kesediaan-replikasi.pdf",
        ),
        (5,),
    ),
    Case("KRI006", "no claim", evidence("lampiran/foto-kegiatan.pdf", done="false"), ()),
    Case("KRI006", "nothing attached (DD001's job)", "replikasi:\n  sudah: true\n", ()),
    # KRI007: the sustainability strategy covers managerial and social strategies.
    Case("KRI007", "three strategies", answers(strategi_keberlanjutan=FULL_STRATEGY), ()),
    Case("KRI007", "regulation only", answers(strategi_keberlanjutan=LEGAL_ONLY), (3,)),
    Case(
        "KRI007",
        "no regulation: KRI003's job in 2025",
        answers(strategi_keberlanjutan=NO_LEGAL),
        (),
    ),
    Case(
        "KRI007",
        "no regulation in 2023, where KRI003 is silent",
        answers(strategi_keberlanjutan=NO_LEGAL),
        (3,),
        pack="kipp-2023",
    ),
    Case("KRI007", "strategy not written", answers(ringkasan=LEGAL_ONLY), ()),
    # KRI008: the novelty answer says what came before.
    Case("KRI008", "says what came before", answers(kebaruan=NOVELTY_BEFORE), ()),
    Case(
        "KRI008",
        "compared with ordinary online services",
        answers(kebaruan="Dibandingkan layanan daring biasa, warga tidak perlu kuota internet."),
        (),
    ),
    Case("KRI008", "'the first' says nothing of before", answers(kebaruan=NOVELTY_ALONE), (3,)),
    Case("KRI008", "novelty not written", answers(ringkasan=NOVELTY_ALONE), ()),
    # ASP005: an answer at 90 % of its limit or more, up to the limit.
    Case(
        "ASP005",
        "92 of 100 words",
        "proposal:\n  adaptabilitas:\n    sudah_direplikasi: " + words(92) + "\n",
        (3,),
    ),
    Case("ASP005", "exactly at the limit", answers(ringkasan=words(200)), (3,)),
    Case("ASP005", "over the limit (ASP002's job)", answers(ringkasan=words(201)), ()),
    Case("ASP005", "plenty of room", answers(ringkasan=words(150)), ()),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_hint_fires_exactly_where_expected(case: Case, tmp_path: Path) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def test_impact_hints_name_the_words_looked_for(tmp_path: Path) -> None:
    found = rule_findings(tmp_path, answers(signifikansi=COUNTED_ONLY), "KRI004")
    assert [f.severity for f in found] == [Severity.INFO, Severity.INFO]
    assert '"sebelum", "sesudah", "dari … menjadi"' in found[0].message
    assert '"survei", "SKM"' in found[1].message
    assert {f.group for f in found} == {"kriteria:kemanfaatan"}


def test_replication_hint_quotes_the_claim(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, OWN + replication(VAGUE), "KRI005")
    assert found.message == (
        'jawaban menyatakan sudah direplikasi ("telah direplikasi") tetapi tidak menyebut '
        "nama instansi pereplikasi"
    )


def test_evidence_hint_lists_the_files_seen(tmp_path: Path) -> None:
    yaml_text = evidence("lampiran/foto-kegiatan.pdf")
    (found,) = rule_findings(tmp_path, yaml_text, "KRI006", lang=Lang.EN)
    assert found.message.endswith(": lampiran/foto-kegiatan.pdf")
    assert "`replikasi.sudah: true`" in found.message


def test_strategy_hint_names_each_missing_strategy_and_is_a_warning(tmp_path: Path) -> None:
    yaml_text = answers(strategi_keberlanjutan=LEGAL_ONLY)
    (found,) = rule_findings(tmp_path, yaml_text, "KRI007")
    assert found.severity is Severity.WARNING
    assert "strategi manajerial, sosial" in found.message
    assert '"SOP", "pelatihan"' in found.message
    assert found.message_key == "hint.strategies.absent"  # not `.missing`: the aspect is written


def test_novelty_hint_in_english(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, answers(kebaruan=NOVELTY_ALONE), "KRI008", lang=Lang.EN)
    assert found.message.startswith("Novelty and added value does not say what differs")


def test_near_limit_hint_gives_the_count(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, answers(ringkasan=words(185)), "ASP005")
    assert found.message == "Ringkasan: 185 dari 200 kata (92 %), dekat batas"
    assert (found.severity, found.group) == (Severity.INFO, "aspek:ringkasan")
