"""Administrative rules ADM008–ADM011: the institution, the innovators and the contact person."""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.i18n import Lang
from kipp_check.models.results import Severity
from tests.support.checking import Case, rule_findings, run_case

INSTITUTION = """\
kelompok: umum
instansi:
  nama: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya
  jenis: pemkab
  induk: Pemerintah Kabupaten Sekala Raya
  zona_waktu: WITA
"""

INNOVATORS = """\
kelompok: umum
inovator:
  - nama: Andi Marlina Putri, S.Kom., M.M.
    jabatan: Kepala Bidang Pelayanan Pendaftaran Penduduk
  - nama: Yohanes Lahang, S.T.
    jabatan: Pranata Komputer Ahli Muda
"""

CONTACT = """\
kelompok: umum
kontak:
  nama: Yohanes Lahang, S.T.
  email: sigap.disdukcapil@sekalarayakab.go.id
  telepon: "081234567890"
"""


def contact(*, email: str = "sigap.disdukcapil@sekalarayakab.go.id", phone: str = '"0812"') -> str:
    """A contact block: line 4 the e-mail, then the phone ("" leaves that key out)."""
    lines = ["kelompok: umum", "kontak:", "  nama: Yohanes Lahang, S.T."]
    lines += [f"  email: {email}"] if email else []
    lines += [f"  telepon: {phone}"] if phone else []
    return "\n".join(lines) + "\n"


CASES = [
    # ADM008: the institution is named and of an eligible kind.
    Case("ADM008", "pemkab named", INSTITUTION, ()),
    Case(
        "ADM008",
        "kementerian",
        "instansi:\n  nama: Kementerian Kesehatan\n  jenis: kementerian\n",
        (),
    ),
    Case(
        "ADM008", "bumd", "instansi:\n  nama: Perumda Air Minum Tirta Sekala\n  jenis: bumd\n", ()
    ),
    Case("ADM008", "institution missing", "kelompok: umum\njudul: SIGAP\n", (1,)),
    Case("ADM008", "name missing", "kelompok: umum\ninstansi:\n  jenis: pemkot\n", (2,)),
    Case("ADM008", "name blank", "instansi:\n  nama: ''\n  jenis: pemkot\n", (2,)),
    Case(
        "ADM008",
        "type missing",
        "kelompok: umum\ninstansi:\n  nama: Dinas Kesehatan Kota Tirtarejo\n",
        (2,),
    ),
    Case(
        "ADM008", "name and type missing", "kelompok: umum\ninstansi:\n  zona_waktu: WIB\n", (2, 2)
    ),
    Case(
        "ADM008",
        "dinas is not a type",
        "instansi:\n  nama: Dinas Kesehatan Kota Tirtarejo\n  jenis: dinas\n",
        (3,),
    ),
    Case(
        "ADM008",
        "village government",
        "instansi:\n  nama: Pemerintah Desa Sukamaju\n  jenis: pemdes\n",
        (3,),
    ),
    Case("ADM008", "same in 2023", INSTITUTION, (), pack="kipp-2023"),
    # ADM009: the time zone is given, so the deadline is shown in local time.
    Case("ADM009", "zone given", INSTITUTION, ()),
    Case(
        "ADM009",
        "WIT office",
        "instansi:\n  nama: Dinas Kesehatan Kabupaten Jayawijaya\n  zona_waktu: WIT\n",
        (),
    ),
    Case(
        "ADM009",
        "zone missing",
        "kelompok: umum\ninstansi:\n  nama: Dinas Kesehatan Kota Tirtarejo\n  jenis: pemkot\n",
        (2,),
    ),
    Case("ADM009", "no institution at all", "kelompok: umum\n", ()),
    # ADM010: at least one innovator, every one named.
    Case("ADM010", "innovators named", INNOVATORS, ()),
    Case("ADM010", "innovators missing", "kelompok: umum\njudul: SIGAP\n", (1,)),
    Case("ADM010", "empty list", "kelompok: umum\ninovator: []\n", (2,)),
    Case(
        "ADM010",
        "second has no name",
        "kelompok: umum\ninovator:\n  - nama: Andi Marlina Putri\n  - jabatan: Kepala Seksi\n",
        (4,),
    ),
    Case("ADM010", "blank name", "inovator:\n  - nama: '  '\n    jabatan: Kepala Seksi\n", (2,)),
    # ADM011: the contact has a name, a well-formed e-mail and a phone.
    Case("ADM011", "contact complete", CONTACT, ()),
    Case("ADM011", "contact missing", "kelompok: umum\njudul: SIGAP\n", (1,)),
    Case("ADM011", "phone missing", contact(phone=""), (2,)),
    Case("ADM011", "phone blank", contact(phone='""'), (5,)),
    Case("ADM011", "email and phone missing", contact(email="", phone=""), (2, 2)),
    Case("ADM011", "email without domain dot", contact(email="sigap@disdukcapil"), (4,)),
    Case("ADM011", "email with spaces", contact(email="'sigap @ sekalarayakab.go.id'"), (4,)),
    Case("ADM011", "gmail address", contact(email="sigap.sekalaraya@gmail.com"), ()),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_rule_fires_exactly_where_expected(case: Case, tmp_path: Path) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def test_ineligible_type_lists_the_eligible_ones(tmp_path: Path) -> None:
    yaml = "instansi:\n  nama: Dinas Kesehatan Kota Tirtarejo\n  jenis: dinas\n"
    (found,) = rule_findings(tmp_path, yaml, "ADM008")
    assert found.severity is Severity.ERROR
    assert found.message == "jenis instansi `dinas` tidak termasuk peserta KIPP"
    assert (
        found.fix == "pilih salah satu: kementerian, lembaga, pemprov, pemkab, pemkot, bumn, bumd"
    )


def test_missing_zone_warns_that_the_deadline_is_in_wib_only(tmp_path: Path) -> None:
    yaml = "instansi:\n  nama: Dinas Kesehatan Kota Tirtarejo\n  jenis: pemkot\n"
    (found,) = rule_findings(tmp_path, yaml, "ADM009", lang=Lang.EN)
    assert found.severity is Severity.WARNING
    assert (
        found.message == "the institution's time zone is missing; the deadline is shown in WIB only"
    )
    assert found.fix == "add `zona_waktu: WIB`, `WITA` or `WIT` under `instansi`"


def test_unnamed_innovator_is_numbered_as_the_user_counts(tmp_path: Path) -> None:
    yaml = "inovator:\n  - nama: Andi Marlina Putri\n  - jabatan: Kepala Seksi\n"
    (found,) = rule_findings(tmp_path, yaml, "ADM010")
    assert found.message == "inovator ke-2 belum diberi nama"


def test_contact_problems_are_warnings_naming_the_field(tmp_path: Path) -> None:
    found = rule_findings(tmp_path, contact(email="sigap@disdukcapil", phone=""), "ADM011")
    assert [f.severity for f in found] == [Severity.WARNING, Severity.WARNING]
    assert [f.message for f in found] == [
        "`kontak.telepon` belum diisi",
        "alamat surel `sigap@disdukcapil` tidak valid",
    ]
