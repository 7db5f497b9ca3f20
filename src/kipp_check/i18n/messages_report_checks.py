"""Messages of issue 15 (a report you can believe): statuses, text claims, letters, pasting.

See `kipp_check.i18n` for how areas are read; `models/row_status.py` says what
each status means.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "status.advice": M("saran saja", "advice only"),
    "criterion.aspek": M("Jawaban proposal", "Proposal answers"),
    "schema.top_level": M("tingkat teratas", "the top level"),
    "dd.many.missing": M(
        "{count} aspek belum punya data dukung: {labels}",
        "{count} aspects have no supporting data: {labels}",
    ),
    "dd.many.missing.fix": M(
        "lampirkan dokumen bukti (laporan, SK, SOP, foto dalam PDF) untuk tiap aspek itu di"
        " bawah `data_dukung` ({keys})",
        "attach evidence (reports, decrees, SOPs, photos as PDF) for each of these aspects under"
        " `data_dukung` ({keys})",
    ),
    "report.and_list": M("{items} dan {last}", "{items} and {last}"),
    "kri.benefit.few_figures": M(
        "manfaat belum terukur: jawaban {label} hanya memuat {figures} angka hasil",
        "the benefit is not measured: the {label} answer gives only {figures} result figure",
    ),
    "kri.benefit.few_figures.fix": M(
        "tulis angka sebelum dan sesudah inovasi (misalnya waktu layanan dari 14 hari menjadi"
        " 2 hari) dan cara mengukurnya",
        "give before and after figures (e.g. service time from 14 days to 2) and how they were"
        " measured",
    ),
    "kri.benefit.targets_only": M(
        "manfaat belum terukur: angka di jawaban {label} berupa target atau proyeksi ({targets}),"
        " belum hasil yang sudah diukur",
        "the benefit is not measured: the figures in the {label} answer are targets or"
        " projections ({targets}), not measured results",
    ),
    "kri.benefit.targets_only.fix": M(
        "tambahkan hasil yang sudah dicapai, dengan angka sebelum dan sesudah inovasi (misalnya"
        " waktu layanan turun dari 14 hari menjadi 2 hari menurut data sistem 2024); target"
        " boleh tetap ditulis sesudahnya",
        "add the results achieved, with figures before and after the innovation (e.g. service"
        " time fell from 14 days to 2 according to 2024 system data); targets may follow",
    ),
    "kri.durability.planned_only": M(
        "dasar hukum di {aspects} baru direncanakan ({planned}); penilai mencari dasar hukum"
        " yang sudah berlaku",
        "the legal basis in {aspects} is only planned ({planned}); the judges look for one in"
        " force",
    ),
    "kri.durability.planned_only.fix": M(
        "sebutkan peraturan atau keputusan yang sudah ditetapkan, dengan jenis, pejabat, nomor"
        " dan tahunnya (misalnya Keputusan Kepala Dinas Nomor 440/123/2023); tulis rencananya"
        " sesudah itu",
        "name the regulation or decree already enacted, with its type, issuer, number and year"
        " (e.g. Keputusan Kepala Dinas Nomor 440/123/2023); the plan may follow",
    ),
    "hint.impact.targets_only": M(
        "{label} menyebut target atau proyeksi ({targets}), belum perbandingan hasil sebelum dan"
        " sesudah inovasi",
        "{label} gives targets or projections ({targets}), not a before-and-after comparison of"
        " results",
    ),
    "hint.impact.targets_only.fix": M(
        'bandingkan hasil yang sudah dicapai dengan keadaan sebelumnya, misalnya "waktu layanan'
        ' turun dari 14 hari menjadi 2 hari"',
        'compare the results achieved with the situation before, e.g. "waktu layanan turun dari'
        ' 14 hari menjadi 2 hari" (service time fell from 14 days to 2)',
    ),
    "rule.DOK014": M(
        "Surat bukan contoh atau templat",
        "Letters are not specimens or templates",
    ),
    "rule.DOK015": M("Surat bernomor dan bertanggal", "Letters have a number and a date"),
    "rule.DOK016": M(
        "Surat ditandatangani pejabat yang disebut nama dan jabatannya",
        "Letters are signed by a named official in a stated position",
    ),
    "dok.letter.specimen": M(
        "{label} (`{file}`) halaman {page} memuat tanda contoh atau templat: {marks}",
        "the {label} (`{file}`) shows specimen or template markers on page {page}: {marks}",
    ),
    "dok.letter.specimen.fix": M(
        "lampirkan surat asli yang sudah bernomor, bertanggal dan ditandatangani, bukan contoh"
        " atau templatnya",
        "attach the letter as issued, numbered, dated and signed, not its specimen or template",
    ),
    "dok.letter.number.missing": M(
        "{label} (`{file}`) tidak memuat nomor surat (dicari di halaman {page}, misalnya"
        ' "Nomor: 470/318/Disdukcapil/2025")',
        "the {label} (`{file}`) has no letter number (looked for on page {page}, e.g."
        ' "Nomor: 470/318/Disdukcapil/2025")',
    ),
    "dok.letter.number.missing.fix": M(
        "lampirkan surat yang sudah diberi nomor oleh instansi penerbitnya",
        "attach the letter as numbered by the issuing office",
    ),
    "dok.letter.date.missing": M(
        "{label} (`{file}`) tidak memuat tanggal surat (dicari sampai halaman {page})",
        "the {label} (`{file}`) has no date (looked for up to page {page})",
    ),
    "dok.letter.date.missing.fix": M(
        'lampirkan surat yang sudah diberi tempat dan tanggal, misalnya "Tanjung Sekala, 12 Mei'
        ' 2025"',
        'attach the letter with its place and date, e.g. "Tanjung Sekala, 12 Mei 2025"',
    ),
    "dok.letter.signature.missing": M(
        '{label} (`{file}`) tidak tampak ditandatangani: tidak ada blok "ttd.", gambar tanda'
        " tangan atau tanda tangan digital di halaman {page}",
        'the {label} (`{file}`) does not look signed: no "ttd." block, signature image or'
        " digital signature on page {page}",
    ),
    "dok.letter.signature.missing.fix": M(
        "lampirkan surat yang sudah ditandatangani (pindaian surat bertanda tangan, atau"
        " tanda tangan elektronik)",
        "attach the signed letter (a scan of the signed letter, or an electronic signature)",
    ),
    "dok.letter.signatory.missing": M(
        "{label} (`{file}`) tidak menyebut nama dan jabatan penanda tangan (halaman {page})",
        "the {label} (`{file}`) names neither the signatory nor their position (page {page})",
    ),
    "dok.letter.signatory_name.missing": M(
        "{label} (`{file}`) tidak menyebut nama penanda tangan (halaman {page})",
        "the {label} (`{file}`) does not name its signatory (page {page})",
    ),
    "dok.letter.signatory_position.missing": M(
        "{label} (`{file}`) tidak menyebut jabatan penanda tangan (halaman {page})",
        "the {label} (`{file}`) does not state its signatory's position (page {page})",
    ),
    "dok.letter.signatory.missing.fix": M(
        "tulis di bawah tanda tangan nama lengkap pejabat, NIP dan jabatannya",
        "give the official's full name, NIP and position under the signature",
    ),
    "dok.letter.signatory_name.missing.fix": M(
        "tulis di bawah tanda tangan nama lengkap pejabat dan NIP-nya",
        "give the official's full name and NIP under the signature",
    ),
    "dok.letter.signatory_position.missing.fix": M(
        "tulis jabatan penanda tangan di atas tanda tangannya, misalnya Kepala Dinas",
        "give the signatory's position above the signature, e.g. Kepala Dinas",
    ),
    "report.closing_assumed": M(
        "jam penutupan diasumsikan dari {edition}", "closing hour assumed from {edition}"
    ),
    "report.closing_reported": M(
        "jam penutupan dari satu sumber, belum dikonfirmasi",
        "closing hour from a single source, unconfirmed",
    ),
    "report.age.under_one": M("kurang dari 1 tahun", "less than a year"),
    "report.age.years": M("{years} tahun", "{years:full year|full years}"),
    "rule.ASP006": M("Jawaban tanpa format Markdown", "Answers carry no Markdown formatting"),
    "asp.markdown": M(
        "{label} memuat format Markdown ({marks}); kotak SINOVIK hanya teks biasa, jadi tanda"
        " itu akan tampil apa adanya",
        "{label} carries Markdown formatting ({marks}); SINOVIK's boxes are plain text, so the"
        " marks would show as they are",
    ),
    "asp.markdown.fix": M(
        "tulis judul bagian sebagai baris biasa, hapus tanda bintang dan backtick, dan ubah"
        " tabel menjadi kalimat atau daftar; `kipp-check export --format text` menjaga judul"
        " di barisnya sendiri",
        "write headings as a plain line, drop the asterisks and backticks, and turn tables into"
        " sentences or a list; `kipp-check export --format text` keeps headings on their own"
        " lines",
    ),
    "asp.markdown.heading": M("judul `###`", "`###` heading"),
    "asp.markdown.bold": M("huruf tebal `**`", "`**` bold"),
    "asp.markdown.code": M("backtick", "backticks"),
    "asp.markdown.table": M("tabel `|`", "`|` table"),
}
