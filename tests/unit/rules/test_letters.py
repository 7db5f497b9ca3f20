"""Letter content rules DOK005–DOK009: the right letters, naming this proposal, dated sensibly.

The letters are written as a regency office writes them (see
`examples/build_pdfs.py`) and built into PDFs at test time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.i18n import Lang
from kipp_check.models.results import Severity
from tests.support.checking import Case, a_pdf, rule_findings, run_case
from tests.support.pdf_samples import scanned

IDENTITY = "lampiran/surat-identitas.pdf"
REPLICATION = "lampiran/surat-replikasi.pdf"
TITLE = "SIPANDU (Sistem Pelayanan Terpadu Desa)"
KOP = (
    "PEMERINTAH KABUPATEN LEMBAH HIJAU\n"
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA\n"
    "Jalan Merdeka Nomor 7, Lembah Hijau\n"
)
SIGNATURE = (
    "Lembah Hijau, {date}\n"
    "Kepala Dinas Pemberdayaan Masyarakat dan Desa\n"
    "Kabupaten Lembah Hijau,\n\nttd. dan cap dinas\n\n"
    "Drs. Bambang Sutrisno, M.Si.\nNIP 19710203 199603 1 002"
)
INNOVATORS = (
    "1. Nama    : Ir. Sri Wahyuni, M.T.\n   Jabatan : Kepala Bidang Pemerintahan Desa\n"
    "2. Nama    : Rudi Hartono, S.Sos.\n   Jabatan : Analis Kebijakan Ahli Muda\n"
)


def identity_letter(
    title: str = TITLE, innovators: str = INNOVATORS, date: str = "12 Mei 2025"
) -> bytes:
    """A *surat pernyataan identitas inovator* in the usual shape."""
    return a_pdf(
        KOP + "\nSURAT PERNYATAAN IDENTITAS INOVATOR\nNomor: 140/212/DPMD/2025\n\n"
        "Yang bertanda tangan di bawah ini, Kepala Dinas Pemberdayaan Masyarakat dan Desa "
        "Kabupaten Lembah Hijau, dengan ini menyatakan bahwa inovasi pelayanan publik dengan "
        f"judul:\n\n{title}\n\nmerupakan inovasi tim dengan susunan inovator sebagai berikut:\n"
        f"{innovators}\nDemikian surat pernyataan ini dibuat dengan sebenarnya.\n\n"
        + SIGNATURE.format(date=date)
    )


def replication_letter(
    title: str = TITLE,
    institution: str = "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Lembah Hijau",
    date: str = "12 Mei 2025",
    extra: str = "",
) -> bytes:
    """A *surat pernyataan kesediaan replikasi* in the usual shape."""
    return a_pdf(
        KOP + "\nSURAT PERNYATAAN KESEDIAAN REPLIKASI\nNomor: 140/213/DPMD/2025\n\n"
        f"Dengan ini menyatakan bahwa {institution} bersedia inovasi pelayanan publik:\n\n"
        f"{title}\n\ndireplikasi oleh kementerian, lembaga, pemerintah daerah, BUMN maupun "
        "BUMD yang membutuhkan, termasuk menerima kunjungan studi tiru dan pendampingan teknis. "
        f"{extra}\n\nDemikian surat pernyataan ini dibuat dengan sebenarnya.\n\n"
        + SIGNATURE.format(date=date)
    )


EVALUATION_REPORT = a_pdf(
    "LAPORAN EVALUASI PELAKSANAAN SIPANDU TAHUN 2024\n"
    "Waktu layanan surat keterangan desa turun dari 3 hari menjadi 1 hari; "
    "kepuasan warga naik dari 71 menjadi 86. Diterapkan oleh Dinas Pemberdayaan Masyarakat "
    "dan Desa Kabupaten Lembah Hijau sejak 2 Januari 2023."
)


def proposal(planned: str = "2025-05-26", title: str = TITLE) -> str:
    """The title at line 2, the institution at 4, innovators at 7 and 9, letters at 13 and 14.

    An empty `planned` leaves `rencana_pengajuan` out (line 11 becomes a comment).
    """
    plan = f"rencana_pengajuan: {planned}" if planned else "# rencana_pengajuan belum diisi"
    return (
        f'kelompok: umum\njudul: "{title}"\ninstansi:\n'
        "  nama: Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Lembah Hijau\n"
        "  induk: Pemerintah Kabupaten Lembah Hijau\ninovator:\n"
        "  - nama: Ir. Sri Wahyuni, M.T.\n    jabatan: Kepala Bidang Pemerintahan Desa\n"
        "  - nama: Rudi Hartono, S.Sos.\n    jabatan: Analis Kebijakan Ahli Muda\n"
        f"{plan}\ndokumen:\n"
        f"  surat_identitas_inovator: {IDENTITY}\n"
        f"  surat_kesediaan_replikasi: {REPLICATION}\n"
    )


def letters(
    identity: bytes | None = None, replication: bytes | None = None
) -> tuple[tuple[str, bytes], ...]:
    """Both letters on disk; either can be replaced."""
    return (
        (IDENTITY, identity if identity is not None else identity_letter()),
        (REPLICATION, replication if replication is not None else replication_letter()),
    )


GOOD = proposal()
SHOUTED = INNOVATORS.replace("Ir. Sri Wahyuni, M.T.", "SRI  WAHYUNI").replace(", S.Sos.", "")
ONLY_ONE = INNOVATORS.split("2. Nama")[0]
OTHER_OFFICE = a_pdf(
    "PEMERINTAH KOTA TIRTAREJO\nDINAS KESEHATAN\n\n"
    "SURAT PERNYATAAN KESEDIAAN REPLIKASI\nNomor: 440/88/Dinkes/2025\n\n"
    "Dengan ini menyatakan bahwa Dinas Kesehatan Kota Tirtarejo bersedia inovasi "
    f"{TITLE} direplikasi oleh instansi lain yang membutuhkan.\n\n"
    "Tirtarejo, 12 Mei 2025\nKepala Dinas Kesehatan Kota Tirtarejo,\n\nttd.\n\n"
    "dr. Hendra Wicaksono, M.Kes."
)
SIGNED_BY_THE_REGENT = a_pdf(
    "BUPATI LEMBAH HIJAU\n\nSURAT PERNYATAAN KESEDIAAN REPLIKASI\nNomor: 140/77/2025\n\n"
    "Pemerintah Kabupaten Lembah Hijau dengan ini menyatakan bersedia inovasi "
    f"{TITLE} direplikasi oleh pemerintah daerah lain yang membutuhkan.\n\n"
    "Lembah Hijau, 12 Mei 2025\nBUPATI LEMBAH HIJAU,\n\nttd.\n\nH. Ahmad Fauzi, S.E."
)
APART = "SIPANDU -\nSistem Pelayanan Terpadu Desa"
VALID_UNTIL = "Kesediaan ini berlaku sampai dengan 31 Desember 2026."

CASES = [
    # DOK005: the identity letter names the innovators.
    Case("DOK005", "letter names both innovators", GOOD, (), files=letters()),
    Case(
        "DOK005",
        "names in capitals, without titles",
        GOOD,
        (),
        files=letters(identity_letter(innovators=SHOUTED)),
    ),
    Case(
        "DOK005",
        "second innovator missing",
        GOOD,
        (9,),
        files=letters(identity_letter(innovators=ONLY_ONE)),
    ),
    Case(
        "DOK005",
        "evaluation report attached as the letter",
        GOOD,
        (13,),
        files=letters(EVALUATION_REPORT),
    ),
    Case("DOK005", "scanned letter left to DOK009", GOOD, (), files=letters(scanned())),
    Case("DOK005", "unreadable letter left to DOK001", GOOD, (), files=letters(b"%PDF-1.4 x")),
    # DOK006: the replication letter speaks of replication and names the institution.
    Case("DOK006", "letter names the institution", GOOD, (), files=letters()),
    Case(
        "DOK006",
        "institution abbreviated as Kab.",
        GOOD,
        (),
        files=letters(
            replication=replication_letter(
                institution="Dinas Pemberdayaan Masyarakat dan Desa Kab. Lembah Hijau"
            )
        ),
    ),
    Case(
        "DOK006",
        "signed by the regent for the regency",
        GOOD,
        (),
        files=letters(replication=SIGNED_BY_THE_REGENT),
    ),
    Case(
        "DOK006",
        "identity letter attached twice",
        GOOD,
        (14,),
        files=letters(replication=identity_letter()),
    ),
    Case(
        "DOK006",
        "a letter copied from another city",
        GOOD,
        (4,),
        files=letters(replication=OTHER_OFFICE),
    ),
    # DOK007: both letters carry the title.
    Case("DOK007", "title in both letters", GOOD, (), files=letters()),
    Case(
        "DOK007",
        "acronym and expansion written apart",
        GOOD,
        (),
        files=letters(identity_letter(title=APART), replication_letter(title=APART.upper())),
    ),
    Case(
        "DOK007",
        "replication letter for another innovation",
        GOOD,
        (2,),
        files=letters(replication=replication_letter(title="SI-ANTRI (Sistem Antrean Daring)")),
    ),
    Case(
        "DOK007",
        "both letters give only the acronym",
        GOOD,
        (2, 2),
        files=letters(identity_letter(title="SIPANDU"), replication_letter(title="SIPANDU")),
    ),
    Case("DOK007", "no title written", proposal(title=""), (), files=letters()),
    # DOK008: no letter dated after the submission, nor in the future.
    Case("DOK008", "signed a week before", GOOD, (), files=letters()),
    Case(
        "DOK008",
        "a validity date ahead is not the letter's date",
        GOOD,
        (),
        files=letters(replication=replication_letter(extra=VALID_UNTIL)),
    ),
    Case(
        "DOK008",
        "dated after the planned submission",
        GOOD,
        (13,),
        files=letters(identity_letter(date="28 Mei 2025")),
    ),
    Case(
        "DOK008",
        "numeric date after today",
        GOOD,
        (14,),
        files=letters(replication=replication_letter(date="22-05-2025")),
    ),
    Case(
        "DOK008",
        "no planned date, letter dated tomorrow",
        proposal(planned=""),
        (13,),
        files=letters(identity_letter(date="21/05/2025")),
    ),
    # DOK009: the letters have text to check.
    Case("DOK009", "both letters have text", GOOD, (), files=letters()),
    Case("DOK009", "scanned identity letter", GOOD, (13,), files=letters(scanned(2))),
    Case("DOK009", "blank replication letter", GOOD, (14,), files=letters(replication=a_pdf())),
    Case("DOK009", "unreadable letter left to DOK002", GOOD, (), files=letters(b"%PDF-1.4 x")),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_letter_rule(tmp_path: Path, case: Case) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def test_missing_innovator_is_named_and_a_warning(tmp_path: Path) -> None:
    files = letters(identity_letter(innovators=ONLY_ONE))
    (finding,) = rule_findings(tmp_path, GOOD, "DOK005", files=files, lang=Lang.EN)
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "innovator `Rudi Hartono, S.Sos.` is not named in the innovator identity statement "
        "(`lampiran/surat-identitas.pdf`)"
    )


def test_future_date_is_shown_in_the_report_language(tmp_path: Path) -> None:
    files = letters(identity_letter(date="2 Juni 2025"))
    (finding,) = rule_findings(tmp_path, proposal(planned="2025-06-05"), "DOK008", files=files)
    assert "memuat tanggal 2 Juni 2025, sesudah hari ini (20 Mei 2025)" in finding.message
    (english,) = rule_findings(
        tmp_path, proposal(planned="2025-06-05"), "DOK008", files=files, lang=Lang.EN
    )
    assert "is dated 2 June 2025, after today (20 May 2025)" in english.message


def test_after_submission_names_both_dates(tmp_path: Path) -> None:
    files = letters(identity_letter(date="28 Mei 2025"))
    (finding,) = rule_findings(tmp_path, GOOD, "DOK008", files=files, lang=Lang.EN)
    assert "is dated 28 May 2025, after the planned submission on 26 May 2025" in finding.message


def test_scanned_letter_says_its_content_was_not_checked(tmp_path: Path) -> None:
    (finding,) = rule_findings(tmp_path, GOOD, "DOK009", files=letters(scanned()), lang=Lang.EN)
    assert "is a scan without a text layer" in finding.message
    assert "could not be checked" in finding.message
    assert "OCR" in finding.fix
