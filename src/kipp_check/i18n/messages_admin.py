"""Messages of the administrative and schedule rules (ADM, JDW) and the note on assumed rules; see `kipp_check.i18n`."""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "rule.basis_assumed": M(
        "aturan diasumsikan dari {edition}, belum dikonfirmasi untuk edisi ini",
        "rule assumed from {edition}, not confirmed for this edition",
    ),
    "rule.basis_assumed_unknown": M(
        "aturan belum dikonfirmasi resmi; sumber: {source}",
        "rule not officially confirmed; source: {source}",
    ),
    "rule.basis_reported": M(
        "aturan dari satu sumber saja: {source}",
        "rule from a single source only: {source}",
    ),
    "adm.edition.missing": M(
        "`kompetisi` tidak diisi; diperiksa dengan aturan {pack}",
        "`kompetisi` is not given; checked against the {pack} rules",
    ),
    "adm.edition.missing.fix": M(
        "tambahkan `kompetisi: {pack}` di baris pertama", "add `kompetisi: {pack}` at the top"
    ),
    "adm.edition.other": M(
        "proposal ditulis untuk `{value}`, tetapi diperiksa dengan aturan {pack}",
        "the proposal is written for `{value}` but checked against the {pack} rules",
    ),
    "adm.edition.other.fix": M(
        "tulis `kompetisi: {pack}`, atau jalankan dengan `--pack {value}` (tidak ada KIPP 2024)",
        "write `kompetisi: {pack}`, or run with `--pack {value}` (there was no KIPP 2024)",
    ),
    "adm.group.missing": M("`kelompok` tidak diisi", "`kelompok` (group) is not given"),
    "adm.group.missing.fix": M(
        "tambahkan `kelompok:` dengan salah satu dari: {allowed}",
        "add `kelompok:` with one of: {allowed}",
    ),
    "adm.group.unknown": M(
        "kelompok `{value}` tidak ada di edisi ini", "group `{value}` is not run in this edition"
    ),
    "adm.group.unknown.fix": M("pilih salah satu: {allowed}", "choose one of: {allowed}"),
    "adm.category.missing": M("`kategori` tidak diisi", "`kategori` (category) is not given"),
    "adm.category.missing.fix": M(
        "pilih satu kategori: {allowed}", "choose one category: {allowed}"
    ),
    "adm.category.unknown": M(
        "kategori `{value}` bukan kategori resmi", "category `{value}` is not an official category"
    ),
    "adm.category.unknown.fix": M(
        "pilih satu kategori: {allowed}", "choose one category: {allowed}"
    ),
    "adm.category.unknown_hint": M(
        "kategori `{value}` bukan kategori resmi; mungkin maksudnya `{guess}`?",
        "category `{value}` is not an official category; did you mean `{guess}`?",
    ),
    "adm.category.unknown_hint.fix": M("tulis `kategori: {guess}`", "write `kategori: {guess}`"),
    "adm.theme.missing": M(
        'keselarasan dengan tema "{theme}" belum dijelaskan',
        'how the innovation serves the theme "{theme}" is not explained',
    ),
    "adm.theme.missing.fix": M(
        "isi `keselarasan_tema` dengan beberapa kalimat tentang dampak inovasi bagi tema tersebut",
        "fill `keselarasan_tema` with a few sentences on how the innovation serves the theme",
    ),
    "adm.title.missing": M(
        "judul inovasi (`judul`) belum diisi", "the innovation's title (`judul`) is missing"
    ),
    "adm.title.missing.fix": M(
        "tulis judul inovasi seperti yang akan tampil di SINOVIK",
        "write the title as it will appear on SINOVIK",
    ),
    "adm.title.improper": M(
        "judul memuat kata yang tidak pantas: {words}", "the title contains improper words: {words}"
    ),
    "adm.title.improper.fix": M(
        "ganti kata tersebut; judul harus sesuai norma dan kepantasan",
        "replace those words; the title must respect decency",
    ),
    "adm.title.shouting": M(
        "judul ditulis seluruhnya dengan huruf kapital", "the title is written entirely in capitals"
    ),
    "adm.title.shouting.fix": M(
        "pakai huruf kapital hanya untuk akronim, lalu tulis kepanjangannya dengan huruf biasa",
        "keep capitals for the acronym and write its expansion in normal case",
    ),
    "adm.title.bare_acronym": M(
        'judul "{title}" hanya akronim; penilai tidak tahu inovasinya dari judul',
        'the title "{title}" is only an acronym; judges cannot tell the innovation from it',
    ),
    "adm.title.bare_acronym.fix": M(
        'tambahkan kepanjangannya dalam kurung, misalnya "SIGAP (Sistem Informasi ...)"',
        'add the expansion in parentheses, e.g. "SIGAP (Sistem Informasi ...)"',
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
    "adm.institution.kind_missing": M(
        "jenis instansi (`instansi.jenis`) belum diisi",
        "the institution's type (`instansi.jenis`) is missing",
    ),
    "adm.institution.kind_missing.fix": M("pilih salah satu: {types}", "choose one of: {types}"),
    "adm.institution.kind_unknown": M(
        "jenis instansi `{value}` tidak termasuk peserta KIPP",
        "institution type `{value}` is not eligible for KIPP",
    ),
    "adm.institution.kind_unknown.fix": M("pilih salah satu: {types}", "choose one of: {types}"),
    "adm.institution.zone_missing": M(
        "zona waktu instansi belum diisi; batas waktu hanya ditampilkan dalam WIB",
        "the institution's time zone is missing; the deadline is shown in WIB only",
    ),
    "adm.institution.zone_missing.fix": M(
        "tambahkan `zona_waktu: WIB`, `WITA` atau `WIT` di bawah `instansi`",
        "add `zona_waktu: WIB`, `WITA` or `WIT` under `instansi`",
    ),
    "adm.innovators.missing": M(
        "belum ada inovator (`inovator`) yang disebut", "no innovator (`inovator`) is listed"
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
    "adm.contact.missing": M(
        "narahubung (`kontak`) belum diisi", "no contact person (`kontak`) is given"
    ),
    "adm.contact.missing.fix": M(
        "tambahkan `kontak:` dengan `nama`, `email` dan `telepon` orang yang menjawab sekretariat",
        "add `kontak:` with `nama`, `email` and `telepon` of whoever answers the secretariat",
    ),
    "adm.contact.field_missing": M("`kontak.{field}` belum diisi", "`kontak.{field}` is missing"),
    "adm.contact.field_missing.fix": M(
        "isi `{field}` narahubung", "fill in the contact's `{field}`"
    ),
    "adm.contact.email_malformed": M(
        "alamat surel `{value}` tidak valid", "e-mail address `{value}` is malformed"
    ),
    "adm.contact.email_malformed.fix": M(
        "tulis alamat surel lengkap, misalnya nama@instansi.go.id",
        "write a full address, e.g. name@agency.go.id",
    ),
    "jdw.window.planned_late": M(
        "rencana pengajuan {date} melewati batas akhir {deadline}",
        "the planned submission on {date} is after the deadline {deadline}",
    ),
    "jdw.window.planned_late.fix": M(
        "ajukan sebelum batas akhir dan perbarui `rencana_pengajuan`",
        "submit before the deadline and update `rencana_pengajuan`",
    ),
    "jdw.window.not_open": M(
        "tanggal {date} sebelum pendaftaran dibuka pada {opens}",
        "{date} is before registration opens on {opens}",
    ),
    "jdw.window.not_open.fix": M(
        "ajukan setelah pendaftaran dibuka", "submit once registration is open"
    ),
    "jdw.deadline.soon": M(
        "tinggal {days} hari sebelum batas akhir {deadline}",
        "only {days} days are left before the deadline {deadline}",
    ),
    "jdw.deadline.soon.fix": M(
        "pastikan Admin Lokal menekan *Ajukan* di SINOVIK; proposal yang hanya disimpan tidak dinilai",
        "make sure the Admin Lokal presses *Ajukan* on SINOVIK; a proposal only saved is not assessed",
    ),
    "jdw.start.missing": M(
        "tanggal mulai implementasi (`mulai_implementasi`) belum diisi",
        "the implementation start date (`mulai_implementasi`) is missing",
    ),
    "jdw.start.missing.fix": M(
        "tulis tanggal inovasi pertama kali dipakai masyarakat, misalnya `2022-03-01`",
        "write the date the public first used it, e.g. `2022-03-01`",
    ),
    "jdw.start.future": M(
        "tanggal mulai implementasi {date} belum terjadi",
        "the implementation start date {date} is in the future",
    ),
    "jdw.start.future.fix": M("tulis tanggal mulai yang sebenarnya", "write the actual start date"),
    "jdw.age.too_young": M(
        "inovasi baru berjalan {ran} (sejak {start}) saat pendaftaran ditutup {closes}; minimal {minimum} tahun",
        "the innovation will have run {ran} (since {start}) when registration closes on {closes}; "
        "the minimum is {minimum:year|years}",
    ),
    "jdw.age.too_young.fix": M(
        "ajukan inovasi yang sudah lebih lama berjalan, atau ikutkan pada edisi berikutnya",
        "enter a more mature innovation, or enter this one in a later edition",
    ),
}
