"""What each key of `proposal.yaml` asks for (`field.<path>`); see `kipp_check.i18n`.

One sentence serves twice: as the key's description in the JSON Schema (in
Indonesian, shown by the editor on hover) and as the comment above the key in
the file `kipp-check init` writes (in the user's language). The aspect
questions paraphrase a regional copy of the 2023 SINOVIK form (dossier §4.2,
§4.4); the notes on supporting data are advice, not rules.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

HEAD: dict[str, M] = {
    "field.kompetisi": M(
        "Edisi kompetisi, yaitu paket aturan yang dipakai (kipp-TAHUN, mis. kipp-2026);"
        " `kipp-check packs` mendaftar edisi yang dikenal.",
        "Competition edition, i.e. the rule pack to apply (kipp-YEAR, e.g. kipp-2026);"
        " `kipp-check packs` lists the known editions.",
    ),
    "field.kelompok": M(
        "Kelompok inovasi, menurut paket: umum atau replikasi (KIPP 2025, 2026);"
        " umum atau khusus (KIPP 2023).",
        "Innovation group, by pack: umum or replikasi (KIPP 2025, 2026); umum or khusus (KIPP 2023).",
    ),
    "field.judul": M(
        "Judul inovasi persis seperti akan ditulis di SINOVIK. Judul berupa akronim sebaiknya diikuti kepanjangannya dalam kurung, misalnya SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan).",
        "The innovation's title exactly as it will appear on SINOVIK. An acronym title should be followed by its expansion in parentheses, e.g. SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan).",
    ),
    "field.kategori": M(
        "ID kategori inovasi: tepat satu kategori edisi ini.",
        "The innovation category's ID: exactly one of this edition's categories.",
    ),
    "field.keselarasan_tema": M(
        "Beberapa kalimat tentang bagaimana inovasi mendukung tema kompetisi tahun ini.",
        "A few sentences on how the innovation serves this year's competition theme.",
    ),
    "field.instansi": M("Instansi pengusul.", "The submitting institution."),
    "field.instansi.nama": M(
        "Nama lengkap instansi pengusul.", "Full name of the submitting institution."
    ),
    "field.instansi.jenis": M(
        "Jenis instansi: kementerian, lembaga, pemprov, pemkab, pemkot, bumn atau bumd.",
        "Kind of institution: kementerian, lembaga, pemprov, pemkab, pemkot, bumn or bumd.",
    ),
    "field.instansi.induk": M(
        "Instansi induk, misalnya pemerintah daerahnya (opsional).",
        "The parent institution, e.g. its regional government (optional).",
    ),
    "field.instansi.zona_waktu": M(
        "Zona waktu instansi: WIB, WITA atau WIT; batas akhir pengajuan ditampilkan dalam jam setempat.",
        "The institution's time zone: WIB, WITA or WIT; the deadline is shown on the local clock.",
    ),
    "field.inovator": M(
        "Inovator, perorangan atau tim, sesuai surat pernyataan identitas inovator; tambahkan satu butir `- nama:` untuk setiap anggota.",
        "The innovators, one person or a team, as in the innovator identity statement; add one `- nama:` item per member.",
    ),
    "field.inovator.nama": M(
        "Nama inovator, dengan gelar bila ada.", "The innovator's name, with titles if any."
    ),
    "field.inovator.jabatan": M("Jabatan inovator.", "The innovator's position."),
    "field.kontak": M(
        "Narahubung yang menjawab pertanyaan Tim Sekretariat.",
        "The contact person who answers the secretariat's questions.",
    ),
    "field.kontak.nama": M("Nama narahubung.", "The contact person's name."),
    "field.kontak.email": M("Alamat surel narahubung.", "The contact person's e-mail address."),
    "field.kontak.telepon": M(
        'Nomor telepon narahubung, dalam tanda kutip: "081234567890".',
        'The contact person\'s phone number, in quotes: "081234567890".',
    ),
    "field.mulai_implementasi": M(
        "Tanggal inovasi mulai diterapkan bagi masyarakat, ditulis TTTT-BB-HH.",
        "The date the innovation was first used for the public, written YYYY-MM-DD.",
    ),
    "field.rencana_pengajuan": M(
        "Rencana tanggal pengajuan di SINOVIK, ditulis TTTT-BB-HH (opsional); dipakai untuk memeriksa batas akhir.",
        "The planned date of submission on SINOVIK, written YYYY-MM-DD (optional); used to check the deadline.",
    ),
    "field.replikasi": M(
        "Apakah inovasi sudah direplikasi instansi lain, dan oleh siapa.",
        "Whether other institutions already replicated the innovation, and which.",
    ),
    "field.replikasi.sudah": M(
        "true bila inovasi sudah direplikasi instansi lain, false bila belum.",
        "true when other institutions already replicated the innovation, false when not.",
    ),
    "field.replikasi.oleh": M(
        "Instansi atau unit yang mereplikasi, satu butir `- ` untuk masing-masing.",
        "The institutions or units that replicated it, one `- ` item each.",
    ),
    "field.proposal": M(
        "Jawaban setiap aspek proposal, satu kotak isian SINOVIK per kunci.",
        "The answer to each aspect of the proposal, one SINOVIK answer box per key.",
    ),
    "field.data_dukung": M(
        "Data dukung: berkas PDF bukti untuk setiap aspek, jalurnya relatif terhadap berkas ini.",
        "Supporting data: evidence PDFs for each aspect, paths relative to this file.",
    ),
    "field.dokumen": M(
        "Surat wajib dalam PDF, jalurnya relatif terhadap berkas ini.",
        "The required letters as PDFs, paths relative to this file.",
    ),
    "field.video": M(
        "Video inovasi dan sifat-sifatnya, sebagaimana Anda nyatakan.",
        "The innovation video and its properties, as you state them.",
    ),
    "field.video.tautan": M(
        "Tautan https ke video di YouTube atau layanan penyimpanan awan, dapat dibuka publik tanpa izin.",
        "An https link to the video on YouTube or a cloud drive, open to the public without asking.",
    ),
    "field.video.durasi": M(
        'Durasi video "menit:detik", dalam tanda kutip, misalnya "4:35".',
        'The video\'s length as "minutes:seconds", in quotes, e.g. "4:35".',
    ),
    "field.video.resolusi": M(
        "Resolusi video, misalnya 720p atau 1080p.", "The video's resolution, e.g. 720p or 1080p."
    ),
    "field.video.bahasa": M(
        "Bahasa video: id untuk Bahasa Indonesia.", "The video's language: id for Indonesian."
    ),
    "field.video.takarir": M(
        "true bila video bertakarir (subtitle) Bahasa Indonesia.",
        "true when the video has Indonesian subtitles.",
    ),
    "field.video.isi": M(
        "Isi video, Anda nyatakan true untuk setiap bagian yang ditampilkan.",
        "What the video shows: state true for each part it shows.",
    ),
    "field.video.isi.gagasan": M("Video menampilkan gagasan inovasi.", "The video shows the idea."),
    "field.video.isi.implementasi": M(
        "Video menampilkan pelaksanaan inovasi.", "The video shows the implementation."
    ),
    "field.video.isi.dampak": M("Video menampilkan dampak inovasi.", "The video shows the impact."),
    "field.video.isi.testimoni": M(
        "Video memuat testimoni penerima manfaat.", "The video carries beneficiaries' testimony."
    ),
    "field.video.tanpa_promosi_komersial": M(
        "true bila video tidak mempromosikan produk komersial dan tidak menampilkan merek dagang.",
        "true when the video promotes no commercial product and shows no trademark.",
    ),
}

MESSAGES: dict[str, M] = HEAD
