"""Messages of the rules: titles (`rule.<ID>`), findings and their fixes; see `kipp_check.i18n`."""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

TITLES: dict[str, M] = {
    "rule.ADM001": M(
        "Edisi kompetisi disebutkan dan dikenal", "Competition edition is named and known"
    ),
    "rule.ADM002": M("Kelompok inovasi sesuai edisi", "Innovation group is one the edition runs"),
    "rule.ADM003": M("Kategori salah satu kategori resmi", "Category is one of the official ones"),
    "rule.ADM004": M("Keselarasan dengan tema dijelaskan", "Alignment with the theme is explained"),
    "rule.ADM005": M("Judul inovasi diisi", "Innovation title is present"),
    "rule.ADM006": M("Judul sesuai norma dan kepantasan", "Title respects decency and propriety"),
    "rule.ADM007": M(
        "Judul akronim disertai kepanjangannya", "Acronym title carries its expansion"
    ),
    "rule.ADM008": M(
        "Instansi pengusul disebut dan memenuhi syarat", "Institution is named and eligible"
    ),
    "rule.ADM009": M("Zona waktu instansi diisi", "Institution's time zone is given"),
    "rule.ADM010": M("Inovator disebut namanya", "Innovators are named"),
    "rule.ADM011": M("Narahubung dapat dihubungi", "Contact person is reachable"),
    "rule.JDW001": M("Diajukan dalam masa pendaftaran", "Submitted within the registration window"),
    "rule.JDW002": M("Masih ada waktu sebelum batas akhir", "Time is left before the deadline"),
    "rule.JDW003": M("Tanggal mulai implementasi valid", "Implementation start date is valid"),
    "rule.JDW004": M("Usia inovasi mencukupi", "Innovation is old enough"),
    "rule.DOK001": M("Surat identitas inovator terlampir", "Innovator identity letter is attached"),
    "rule.DOK002": M(
        "Surat kesediaan replikasi terlampir", "Replication willingness letter is attached"
    ),
    "rule.DOK003": M(
        "Ukuran berkas dalam batas portal", "Files are within the portal's size limit"
    ),
    "rule.DOK004": M("Format berkas diterima portal", "File format is accepted by the portal"),
    "rule.DD001": M("Data dukung ada untuk setiap aspek", "Supporting data for every aspect"),
    "rule.DD002": M("Berkas data dukung dapat dibuka", "Supporting data files open"),
    "rule.ASP001": M("Semua aspek proposal diisi", "Every proposal aspect is answered"),
    "rule.ASP002": M("Jawaban dalam batas jumlah kata", "Answers are within their word limit"),
    "rule.ASP003": M("Tidak ada aspek di luar formulir", "No aspect outside the form"),
    "rule.ASP004": M("Klaim replikasi menyebut pereplikasi", "Replication claim names replicators"),
    "rule.KRI001": M("Manfaat terukur dengan angka", "Benefit is measured with figures"),
    "rule.KRI002": M("Status replikasi dinyatakan", "Replication status is stated"),
    "rule.KRI003": M("Keberlanjutan punya dasar hukum", "Durability has a legal basis"),
    "rule.VID001": M("Tautan video di layanan yang diizinkan", "Video link is on an allowed host"),
    "rule.VID002": M("Durasi video dalam batas", "Video length is within the limit"),
    "rule.VID003": M("Resolusi video mencukupi", "Video resolution is high enough"),
    "rule.VID004": M(
        "Bahasa video Indonesia atau bertakarir", "Video is in Indonesian or subtitled"
    ),
    "rule.VID005": M("Isi video lengkap, tanpa promosi", "Video contents complete, no promotion"),
}

FINDINGS: dict[str, M] = {
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
    "jdw.window.closed": M(
        "pendaftaran sudah ditutup: hari ini {date}, batas akhir {deadline}",
        "registration has closed: today is {date}, the deadline was {deadline}",
    ),
    "jdw.window.closed.fix": M(
        "siapkan proposal untuk edisi berikutnya, atau periksa dengan `--today` bila tanggal ini salah",
        "prepare the proposal for the next edition, or pass `--today` if this date is wrong",
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
        "inovasi baru berjalan {years} tahun pada penutupan {closes}; minimal {minimum} tahun",
        "the innovation has run {years} full year(s) at the close on {closes}; "
        "the minimum is {minimum} year(s)",
    ),
    "jdw.age.too_young.fix": M(
        "ajukan inovasi yang sudah lebih lama berjalan, atau ikutkan pada edisi berikutnya",
        "enter a more mature innovation, or enter this one in a later edition",
    ),
    "dok.letter.missing": M(
        "{label} (`dokumen.{key}`) belum dilampirkan",
        "the {label} (`dokumen.{key}`) is not attached",
    ),
    "dok.letter.missing.fix": M(
        "lampirkan surat yang sudah ditandatangani dalam PDF dan tulis `{key}: lampiran/nama-berkas.pdf` di bawah `dokumen`",
        "attach the signed letter as PDF and write `{key}: lampiran/file-name.pdf` under `dokumen`",
    ),
    "dok.letter.encrypted": M(
        "surat `{file}` terenkripsi: terbuka tanpa kata sandi, tetapi dengan pembatasan "
        "yang dapat menghalangi portal atau sekretariat memprosesnya",
        "the letter `{file}` is encrypted: it opens without a password, but its restrictions "
        "may stop the portal or the secretariat from processing it",
    ),
    "dok.letter.encrypted.fix": M(
        "simpan ulang PDF tanpa kata sandi atau pembatasan",
        "save the PDF again without password or restrictions",
    ),
    "dok.size.over": M(
        "berkas `{file}` berukuran {size}, melebihi batas {limit}",
        "file `{file}` is {size}, over the {limit} limit",
    ),
    "dok.size.over.fix": M(
        'perkecil PDF (ekspor ulang dengan gambar 150 dpi atau fitur "Reduce File Size") atau pecah menjadi beberapa berkas',
        'shrink the PDF (export again with 150 dpi images or "Reduce File Size") or split it',
    ),
    "dok.format.other": M(
        "berkas `{file}` bukan format yang diterima ({formats})",
        "file `{file}` is not in an accepted format ({formats})",
    ),
    "dok.format.other.fix": M(
        "ekspor dokumen sebagai PDF dan lampirkan berkas itu",
        "export the document as PDF and attach that file",
    ),
    "dd.missing": M(
        "aspek {label} belum punya data dukung (`data_dukung.{key}`)",
        "aspect {label} has no supporting data (`data_dukung.{key}`)",
    ),
    "dd.missing.fix": M(
        "lampirkan dokumen bukti (laporan, SK, SOP, foto dalam PDF) di bawah `data_dukung.{key}`",
        "attach evidence (reports, decrees, SOPs, photos as PDF) under `data_dukung.{key}`",
    ),
    "asp.empty": M(
        "proposal belum berisi jawaban satu aspek pun", "the proposal answers none of its aspects"
    ),
    "asp.empty.fix": M(
        "tulis setiap aspek di bawah `proposal:` ({aspects})",
        "write every aspect under `proposal:` ({aspects})",
    ),
    "asp.missing": M("aspek {label} belum diisi", "aspect {label} is not answered"),
    "asp.missing.fix": M(
        "tulis jawaban aspek ini; SINOVIK tidak menerima kolom kosong",
        "write this answer; SINOVIK does not accept an empty box",
    ),
    "asp.too_long": M(
        "aspek {label}: {words} kata, melebihi batas {limit} kata ({over} kata lebih)",
        "aspect {label}: {words} words, over the {limit}-word limit by {over}",
    ),
    "asp.too_long.fix": M(
        "ringkas jawaban; pindahkan rincian ke data dukung",
        "shorten the answer; move detail into the supporting data",
    ),
    "asp.not_asked": M(
        "aspek `{aspect}` tidak ada di formulir kelompok {group_name}; teksnya tidak akan terkirim",
        "aspect `{aspect}` is not on the form of group {group_name}; its text would be lost",
    ),
    "asp.not_asked.fix": M(
        "pindahkan isinya ke aspek kelompok Anda, atau ganti kelompok",
        "move the text into an aspect of your group, or change the group",
    ),
    "asp.replicated_unnamed": M(
        "proposal menyatakan sudah direplikasi, tetapi tidak menyebut siapa yang mereplikasi",
        "the proposal says it was replicated but names no one who replicated it",
    ),
    "asp.replicated_unnamed.fix": M(
        "sebutkan instansi atau unit pereplikasi di `replikasi.oleh`",
        "name the replicating institutions under `replikasi.oleh`",
    ),
    "kri.benefit.no_figures": M(
        "manfaat belum terukur: hanya {figures} angka di {aspects}",
        "the benefit is not measured: only {figures} figures in {aspects}",
    ),
    "kri.benefit.no_figures.fix": M(
        "tulis angka sebelum dan sesudah inovasi (misalnya waktu layanan dari 14 hari menjadi 2 hari) dan cara mengukurnya",
        "give before and after figures (e.g. service time from 14 days to 2) and how they were measured",
    ),
    "kri.replication.unstated": M(
        "belum dinyatakan apakah inovasi sudah direplikasi",
        "it is not stated whether the innovation was replicated",
    ),
    "kri.replication.unstated.fix": M(
        "tambahkan `replikasi: {{sudah: true, oleh: [...]}}` atau `replikasi: {{sudah: false}}`",
        "add `replikasi: {{sudah: true, oleh: [...]}}` or `replikasi: {{sudah: false}}`",
    ),
    "kri.durability.no_legal_basis": M(
        "strategi keberlanjutan tidak menyebut dasar hukum (peraturan, SK, surat edaran) di {aspects}",
        "the sustainability strategy names no legal basis (regulation, decree, circular) in {aspects}",
    ),
    "kri.durability.no_legal_basis.fix": M(
        "sebutkan peraturan atau keputusan yang melembagakan inovasi, misalnya Peraturan Bupati atau SK Kepala Dinas",
        "name the regulation or decree that institutionalises the innovation, e.g. a Peraturan Bupati",
    ),
    "vid.link.missing": M(
        "tautan video (`video.tautan`) belum diisi", "the video link (`video.tautan`) is missing"
    ),
    "vid.link.missing.fix": M(
        "unggah video ke YouTube (publik atau tidak publik) atau drive bersama, lalu tulis tautannya",
        "upload the video to YouTube (public or unlisted) or a shared drive and paste the link",
    ),
    "vid.link.not_https": M(
        "tautan video `{link}` bukan tautan web https",
        "video link `{link}` is not an https web link",
    ),
    "vid.link.not_https.fix": M(
        "salin tautan lengkap yang diawali https://", "copy the full link starting with https://"
    ),
    "vid.link.host": M(
        "video di `{host}`, bukan di layanan yang diizinkan",
        "the video is on `{host}`, not an allowed host",
    ),
    "vid.link.host.fix": M("unggah ke salah satu: {hosts}", "upload to one of: {hosts}"),
    "vid.duration.missing": M(
        "durasi video (`video.durasi`) belum diisi", "the video length (`video.durasi`) is missing"
    ),
    "vid.duration.missing.fix": M(
        'tulis durasi dalam tanda kutip sebagai menit:detik, misalnya `durasi: "4:35"`',
        'write the length in quotes as minutes:seconds, e.g. `durasi: "4:35"`',
    ),
    "vid.duration.unreadable": M(
        "durasi video `{value}` tidak terbaca", "video length `{value}` cannot be read"
    ),
    "vid.duration.unreadable.fix": M(
        'tulis durasi dalam tanda kutip sebagai menit:detik, misalnya `durasi: "4:35"`',
        'write the length in quotes as minutes:seconds, e.g. `durasi: "4:35"`',
    ),
    "vid.duration.too_long": M(
        "video berdurasi {value}, melebihi batas {limit}",
        "the video lasts {value}, over the {limit} limit",
    ),
    "vid.duration.too_long.fix": M(
        "potong video hingga paling lama {limit}", "cut the video to at most {limit}"
    ),
    "vid.resolution.missing": M(
        "resolusi video (`video.resolusi`) belum diisi",
        "the video resolution (`video.resolusi`) is missing",
    ),
    "vid.resolution.missing.fix": M(
        "tulis resolusi video, misalnya `resolusi: 1080p`",
        "write the video's resolution, e.g. `resolusi: 1080p`",
    ),
    "vid.resolution.unreadable": M(
        "resolusi video `{value}` tidak terbaca", "video resolution `{value}` cannot be read"
    ),
    "vid.resolution.unreadable.fix": M(
        "tulis resolusi seperti `1080p` atau `720p`", "write the resolution as `1080p` or `720p`"
    ),
    "vid.resolution.too_low": M(
        "resolusi video {value} di bawah minimal {minimum}",
        "video resolution {value} is below the minimum {minimum}",
    ),
    "vid.resolution.too_low.fix": M(
        "ekspor ulang video minimal {minimum} lalu unggah kembali",
        "export the video at {minimum} or more and upload it again",
    ),
    "vid.language.missing": M(
        "bahasa video (`video.bahasa`) belum diisi",
        "the video's language (`video.bahasa`) is not given",
    ),
    "vid.language.missing.fix": M(
        "tambahkan `bahasa: {language}` di bawah `video`", "add `bahasa: {language}` under `video`"
    ),
    "vid.language.no_subtitles": M(
        "video berbahasa `{value}` tanpa takarir; wajib Bahasa Indonesia atau bertakarir",
        "the video is in `{value}` without subtitles; it must be Indonesian or subtitled",
    ),
    "vid.language.no_subtitles.fix": M(
        "tambahkan takarir Bahasa Indonesia lalu tulis `takarir: true`",
        "add Indonesian subtitles and write `takarir: true`",
    ),
    "vid.contents.absent": M(
        "isi video belum lengkap atau belum dinyatakan: {items}",
        "video contents missing or not attested: {items}",
    ),
    "vid.contents.absent.fix": M(
        "pastikan video memuat gagasan, implementasi, dampak dan testimoni penerima manfaat, lalu isi `video.isi`",
        "make sure the video shows idea, implementation, impact and beneficiary testimony, then fill `video.isi`",
    ),
    "vid.commercial.unattested": M(
        "belum dinyatakan bahwa video bebas promosi produk dan merek dagang",
        "the video is not attested free of product promotion and trademarks",
    ),
    "vid.commercial.unattested.fix": M(
        "periksa video lalu tulis `tanpa_promosi_komersial: true`",
        "check the video, then write `tanpa_promosi_komersial: true`",
    ),
}

MESSAGES: dict[str, M] = {**TITLES, **FINDINGS}
