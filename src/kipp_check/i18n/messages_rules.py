"""Messages of the document, supporting-data, aspect, innovation-criteria and video rules; see `kipp_check.i18n`."""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
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
        "manfaat belum terukur: jawaban {label} belum memuat angka hasil",
        "the benefit is not measured: the {label} answer gives no result figures",
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
        "strategi keberlanjutan tidak menyebut dasar hukum yang berlaku (peraturan, SK, surat edaran) di {aspects}",
        "the sustainability strategy names no legal basis in force (regulation, decree, circular) in {aspects}",
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
