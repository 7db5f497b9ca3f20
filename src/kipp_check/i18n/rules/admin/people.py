"""The words of the administrative rules (ADM) on the institution, the innovators and the contact.

One block per rule: see `kipp_check.i18n.rules`.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M
from kipp_check.i18n.rules import Docs, RuleWords

RULES: dict[str, RuleWords] = {
    "ADM008": RuleWords(
        title=M(
            "Instansi pengusul disebut dan memenuhi syarat", "Institution is named and eligible"
        ),
        messages={
            "adm.institution.kind_missing": M(
                "jenis instansi (`instansi.jenis`) belum diisi",
                "the institution's type (`instansi.jenis`) is missing",
            ),
            "adm.institution.kind_missing.fix": M(
                "pilih salah satu: {types}", "choose one of: {types}"
            ),
            "adm.institution.kind_unknown": M(
                "jenis instansi `{value}` tidak termasuk peserta KIPP",
                "institution type `{value}` is not eligible for KIPP",
            ),
            "adm.institution.kind_unknown.fix": M(
                "pilih salah satu: {types}", "choose one of: {types}"
            ),
            "adm.institution.missing": M(
                "data `instansi` belum diisi", "`instansi` (institution) is missing"
            ),
            "adm.institution.missing.fix": M(
                "tambahkan `instansi:` dengan `nama`, `jenis` ({types}) dan `zona_waktu`",
                "add `instansi:` with `nama`, `jenis` ({types}) and `zona_waktu`",
            ),
            "adm.institution.name_missing": M(
                "nama instansi (`instansi.nama`) belum diisi",
                "the institution's name (`instansi.nama`) is missing",
            ),
            "adm.institution.name_missing.fix": M(
                "tulis nama resmi instansi pengusul", "write the institution's official name"
            ),
        },
        docs=Docs(
            "Instansi pengusul disebut namanya dan jenisnya boleh ikut.",
            "Lulus bila `instansi.nama` diisi dan `instansi.jenis` salah satu jenis instansi dalam paket aturan (kementerian, lembaga, pemprov, pemkab, pemkot, bumn, bumd).",
            "Gagal bila salah satunya tidak diisi, atau jenisnya tidak memenuhi syarat.",
            "Perbaikan: tulis nama instansi dan pilih jenisnya dari daftar.",
            "Sumber: syarat peserta 2025 (menpan.go.id, kaltimprov.go.id) [dikonfirmasi].",
        ),
    ),
    "ADM009": RuleWords(
        title=M("Zona waktu instansi diisi", "Institution's time zone is given"),
        messages={
            "adm.institution.zone_missing": M(
                "zona waktu instansi belum diisi; batas waktu hanya ditampilkan dalam WIB",
                "the institution's time zone is missing; the deadline is shown in WIB only",
            ),
            "adm.institution.zone_missing.fix": M(
                "tambahkan `zona_waktu: WIB`, `WITA` atau `WIT` di bawah `instansi`",
                "add `zona_waktu: WIB`, `WITA` or `WIT` under `instansi`",
            ),
        },
        docs=Docs(
            "Zona waktu instansi diisi, sehingga batas akhir ditampilkan dalam jam setempat.",
            "Lulus bila `instansi.zona_waktu` berisi WIB, WITA atau WIT.",
            "Gagal (peringatan) bila tidak diisi: batas akhir hanya ditampilkan dalam zona waktu paket aturan.",
            "Perbaikan: tambahkan `zona_waktu: WITA` (atau WIB / WIT) di bawah `instansi`.",
            "Sumber: batas akhir dinyatakan dalam WIB (2023: m.jpnn.com) [dikonfirmasi untuk 2023].",
        ),
    ),
    "ADM010": RuleWords(
        title=M("Inovator disebut namanya", "Innovators are named"),
        messages={
            "adm.innovators.missing": M(
                "belum ada inovator (`inovator`) yang disebut",
                "no innovator (`inovator`) is listed",
            ),
            "adm.innovators.missing.fix": M(
                "daftarkan setiap inovator dengan `nama` dan `jabatan`, sama dengan surat identitas inovator",
                "list each innovator with `nama` and `jabatan`, as in the identity letter",
            ),
            "adm.innovators.unnamed": M(
                "inovator ke-{number} belum diberi nama", "innovator {number} has no name"
            ),
            "adm.innovators.unnamed.fix": M(
                "isi `nama` inovator ini atau hapus entrinya",
                "fill in this innovator's `nama` or remove the entry",
            ),
        },
        docs=Docs(
            "Paling sedikit satu inovator disebut, dan setiap inovator yang tercantum punya nama.",
            "Lulus bila `inovator` memuat satu orang atau lebih, masing-masing dengan `nama`.",
            "Gagal bila daftarnya tidak ada atau kosong, atau ada butir tanpa nama.",
            "Perbaikan: cantumkan setiap inovator dengan nama dan jabatan, sama seperti dalam surat identitas.",
            "Sumber: *surat pernyataan identitas inovator* wajib (kaltimprov.go.id) [dikonfirmasi].",
        ),
    ),
    "ADM011": RuleWords(
        title=M("Narahubung dapat dihubungi", "Contact person is reachable"),
        messages={
            "adm.contact.email_malformed": M(
                "alamat surel `{value}` tidak valid", "e-mail address `{value}` is malformed"
            ),
            "adm.contact.email_malformed.fix": M(
                "tulis alamat surel lengkap, misalnya nama@instansi.go.id",
                "write a full address, e.g. name@agency.go.id",
            ),
            "adm.contact.field_missing": M(
                "`kontak.{field}` belum diisi", "`kontak.{field}` is missing"
            ),
            "adm.contact.field_missing.fix": M(
                "isi `{field}` narahubung", "fill in the contact's `{field}`"
            ),
            "adm.contact.missing": M(
                "narahubung (`kontak`) belum diisi", "no contact person (`kontak`) is given"
            ),
            "adm.contact.missing.fix": M(
                "tambahkan `kontak:` dengan `nama`, `email` dan `telepon` orang yang menjawab sekretariat",
                "add `kontak:` with `nama`, `email` and `telepon` of whoever answers the secretariat",
            ),
        },
        docs=Docs(
            "Tim Sekretariat dapat menghubungi seseorang tentang proposal ini.",
            "Lulus bila `kontak` berisi nama, alamat surel yang benar bentuknya dan nomor telepon.",
            "Gagal (peringatan) bila salah satunya tidak ada atau surelnya salah bentuk.",
            "Perbaikan: isi `kontak` dengan orang yang menjawab pertanyaan Tim Sekretariat.",
            "Sumber: akun SINOVIK dipegang Admin Lokal dan UPP (Paparan SINOVIK 2021) [diasumsikan].",
        ),
    ),
}
