"""The words of the video rules (VID).

One block per rule: see `kipp_check.i18n.rules`.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M
from kipp_check.i18n.rules import Docs, RuleWords

RULES: dict[str, RuleWords] = {
    "VID001": RuleWords(
        title=M("Tautan video di layanan yang diizinkan", "Video link is on an allowed host"),
        messages={
            "vid.link.host": M(
                "video di `{host}`, bukan di layanan yang diizinkan",
                "the video is on `{host}`, not an allowed host",
            ),
            "vid.link.host.fix": M("unggah ke salah satu: {hosts}", "upload to one of: {hosts}"),
            "vid.link.missing": M(
                "tautan video (`video.tautan`) belum diisi",
                "the video link (`video.tautan`) is missing",
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
                "salin tautan lengkap yang diawali https://",
                "copy the full link starting with https://",
            ),
        },
        docs=Docs(
            "Video ditautkan, lewat https, di YouTube atau layanan penyimpanan awan yang diizinkan.",
            "Lulus bila `video.tautan` berupa tautan `https://` yang host-nya salah satu host dalam paket aturan (youtube.com, youtu.be, Google Drive, OneDrive, Dropbox …) atau subdomainnya.",
            "Gagal bila tautannya tidak ada, bukan tautan web, atau di host lain.",
            "Perbaikan: unggah video ke YouTube (publik atau tidak publik) atau drive bersama, lalu tempel tautannya.",
            "Sumber: aturan video KIPP 2025 (radarlombok.co.id) [dikonfirmasi].",
        ),
    ),
    "VID002": RuleWords(
        title=M("Durasi video dalam batas", "Video length is within the limit"),
        messages={
            "vid.duration.missing": M(
                "durasi video (`video.durasi`) belum diisi",
                "the video length (`video.durasi`) is missing",
            ),
            "vid.duration.missing.fix": M(
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
            "vid.duration.unreadable": M(
                "durasi video `{value}` tidak terbaca", "video length `{value}` cannot be read"
            ),
            "vid.duration.unreadable.fix": M(
                'tulis durasi dalam tanda kutip sebagai menit:detik, misalnya `durasi: "4:35"`',
                'write the length in quotes as minutes:seconds, e.g. `durasi: "4:35"`',
            ),
        },
        docs=Docs(
            "Durasi video paling lama sebatas paket aturan (2025: lima menit).",
            'Lulus bila `video.durasi` ("m:ss" atau "h:mm:ss", dalam tanda kutip) tidak melebihi batas.',
            "Gagal bila lebih lama, tidak diisi, atau tidak ditulis sebagai menit:detik.",
            'Perbaikan: potong videonya; tulis durasinya dalam tanda kutip, misalnya `durasi: "4:35"`.',
            "Sumber: aturan video KIPP 2025 (radarlombok.co.id) [dikonfirmasi].",
        ),
    ),
    "VID003": RuleWords(
        title=M("Resolusi video mencukupi", "Video resolution is high enough"),
        messages={
            "vid.resolution.missing": M(
                "resolusi video (`video.resolusi`) belum diisi",
                "the video resolution (`video.resolusi`) is missing",
            ),
            "vid.resolution.missing.fix": M(
                "tulis resolusi video, misalnya `resolusi: 1080p`",
                "write the video's resolution, e.g. `resolusi: 1080p`",
            ),
            "vid.resolution.too_low": M(
                "resolusi video {value} di bawah minimal {minimum}",
                "video resolution {value} is below the minimum {minimum}",
            ),
            "vid.resolution.too_low.fix": M(
                "ekspor ulang video minimal {minimum} lalu unggah kembali",
                "export the video at {minimum} or more and upload it again",
            ),
            "vid.resolution.unreadable": M(
                "resolusi video `{value}` tidak terbaca",
                "video resolution `{value}` cannot be read",
            ),
            "vid.resolution.unreadable.fix": M(
                "tulis resolusi seperti `1080p` atau `720p`",
                "write the resolution as `1080p` or `720p`",
            ),
        },
        docs=Docs(
            "Resolusi video paling rendah sebatas paket aturan (2025: 720p, HD).",
            "Lulus bila `video.resolusi` (misalnya `1080p`, `1280x720`, `Full HD`) cukup tinggi.",
            "Gagal bila lebih rendah, tidak diisi atau tidak terbaca.",
            "Perbaikan: ekspor video pada 720p atau lebih lalu unggah kembali.",
            "Sumber: aturan video KIPP 2025 (radarlombok.co.id) [dikonfirmasi].",
        ),
    ),
    "VID004": RuleWords(
        title=M("Bahasa video Indonesia atau bertakarir", "Video is in Indonesian or subtitled"),
        messages={
            "vid.language.missing": M(
                "bahasa video (`video.bahasa`) belum diisi",
                "the video's language (`video.bahasa`) is not given",
            ),
            "vid.language.missing.fix": M(
                "tambahkan `bahasa: {language}` di bawah `video`",
                "add `bahasa: {language}` under `video`",
            ),
            "vid.language.no_subtitles": M(
                "video berbahasa `{value}` tanpa takarir; wajib Bahasa Indonesia atau bertakarir",
                "the video is in `{value}` without subtitles; it must be Indonesian or subtitled",
            ),
            "vid.language.no_subtitles.fix": M(
                "tambahkan takarir Bahasa Indonesia lalu tulis `takarir: true`",
                "add Indonesian subtitles and write `takarir: true`",
            ),
        },
        docs=Docs(
            "Video berbahasa Indonesia, atau bertakarir.",
            "Lulus bila `video.bahasa` sama dengan bahasa dalam paket aturan (`id`), atau `video.takarir` bernilai true.",
            "Gagal bila memakai bahasa lain tanpa takarir, atau bahasanya tidak dinyatakan.",
            "Perbaikan: tambahkan takarir (*takarir*) Bahasa Indonesia dan tulis `takarir: true`.",
            "Sumber: aturan video KIPP 2025 (radarlombok.co.id) [dikonfirmasi].",
        ),
    ),
    "VID005": RuleWords(
        title=M("Isi video lengkap, tanpa promosi", "Video contents complete, no promotion"),
        messages={
            "vid.commercial.unattested": M(
                "belum dinyatakan bahwa video bebas promosi produk dan merek dagang",
                "the video is not attested free of product promotion and trademarks",
            ),
            "vid.commercial.unattested.fix": M(
                "periksa video lalu tulis `tanpa_promosi_komersial: true`",
                "check the video, then write `tanpa_promosi_komersial: true`",
            ),
            "vid.contents.absent": M(
                "isi video belum lengkap atau belum dinyatakan: {items}",
                "video contents missing or not attested: {items}",
            ),
            "vid.contents.absent.fix": M(
                "pastikan video memuat gagasan, implementasi, dampak dan testimoni penerima manfaat, lalu isi `video.isi`",
                "make sure the video shows idea, implementation, impact and beneficiary testimony, then fill `video.isi`",
            ),
        },
        docs=Docs(
            "Video menampilkan gagasan, implementasi, dampak dan testimoni penerima manfaat, tanpa promosi komersial.",
            "Lulus bila setiap butir `video.isi` yang tercantum dalam paket aturan bernilai true dan `video.tanpa_promosi_komersial` bernilai true.",
            "Gagal (peringatan) bila ada butir yang false atau tidak dinyatakan: alat ini tidak dapat menonton video, jadi inovatorlah yang menyatakannya.",
            "Perbaikan: periksa video dengan daftar itu dan catat hasilnya di `video.isi`.",
            "Sumber: aturan video KIPP 2025 (radarlombok.co.id) [dikonfirmasi].",
        ),
    ),
}
