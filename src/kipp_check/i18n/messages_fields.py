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
        "Edisi kompetisi, yaitu paket aturan yang dipakai: kipp-2025 atau kipp-2023.",
        "Competition edition, i.e. the rule pack to apply: kipp-2025 or kipp-2023.",
    ),
    "field.kelompok": M(
        "Kelompok inovasi: umum atau replikasi (KIPP 2025); umum atau khusus (KIPP 2023).",
        "Innovation group: umum or replikasi (KIPP 2025); umum or khusus (KIPP 2023).",
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
    "field.dokumen.surat_identitas_inovator": M(
        "Surat pernyataan identitas inovator yang sudah ditandatangani, misalnya lampiran/surat-pernyataan-identitas-inovator.pdf.",
        "The signed innovator identity statement, e.g. lampiran/surat-pernyataan-identitas-inovator.pdf.",
    ),
    "field.dokumen.surat_kesediaan_replikasi": M(
        "Surat kesediaan replikasi yang sudah ditandatangani (wajib untuk semua kelompok), misalnya lampiran/surat-kesediaan-replikasi.pdf.",
        "The signed letter of willingness to be replicated (every group needs it), e.g. lampiran/surat-kesediaan-replikasi.pdf.",
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

ASPECTS: dict[str, M] = {
    "field.proposal.ringkasan": M(
        "Ringkasan inovasi yang mencakup semua aspek lain: masalah, gagasan, pelaksanaan, dampak, replikasi dan keberlanjutan.",
        "A summary of the innovation covering every other aspect: the problem, the idea, the implementation, the impact, replication and sustainability.",
    ),
    "field.proposal.latar_belakang_tujuan": M(
        "Masalah sebelum ada inovasi (keadaan awal), kelompok sasaran yang terdampak, dan tujuan inovasi dengan target yang terukur.",
        "The problem before the innovation (the starting situation), the target group affected, and the innovation's goals with measurable targets.",
    ),
    "field.proposal.kebaruan": M(
        "Gagasan inovasi dan keunikannya: apa yang baru atau berbeda dibandingkan cara sebelumnya, dan nilai tambahnya.",
        "The idea and what makes it unique: what is new or different compared with the earlier way, and its added value.",
    ),
    "field.proposal.implementasi": M(
        "Bagaimana inovasi diterapkan untuk menyelesaikan masalah: tahapan, waktu, pelaksana dan alur layanan.",
        "How the innovation was put into practice to solve the problem: stages, timing, who carried it out and the service flow.",
    ),
    "field.proposal.signifikansi": M(
        "Dampak inovasi sebagai perbandingan sebelum dan sesudah, dengan angka, serta metode yang dipakai untuk mengukurnya.",
        "The impact as a before-versus-after comparison, with figures, and the method used to measure it.",
    ),
    "field.proposal.adaptabilitas": M(
        "Adaptabilitas, dijawab dalam dua bagian: (a) sudah direplikasi atau belum, dan oleh siapa; (b) potensi replikasinya.",
        "Adaptability, answered in two parts: (a) whether it has been replicated, and by whom; (b) its replication potential.",
    ),
    "field.proposal.adaptabilitas.sudah_direplikasi": M(
        "(a) Apakah inovasi sudah direplikasi? Bila sudah, sebutkan nama instansi atau unit yang mereplikasinya.",
        "(a) Has the innovation been replicated? If so, name the institutions or units that replicated it.",
    ),
    "field.proposal.adaptabilitas.potensi_replikasi": M(
        "(b) Potensi replikasi: besarnya populasi dan kemiripan masalah di tempat lain, serta apa yang diperlukan untuk menirunya.",
        "(b) Replication potential: the size of the population and how similar the problem is elsewhere, and what it takes to copy it.",
    ),
    "field.proposal.sumber_daya": M(
        "Sumber daya yang digunakan: dana, sumber daya manusia, metode, serta peralatan atau bahan.",
        "The resources used: funds, people, methods, and equipment or materials.",
    ),
    "field.proposal.strategi_keberlanjutan": M(
        "Strategi keberlanjutan: kelembagaan (peraturan atau dasar hukum), manajerial (kapasitas SDM, kinerja, penjaminan mutu, SOP) dan sosial (peran serta pemangku kepentingan).",
        "The sustainability strategy: institutional (a regulation or legal basis), managerial (staff capacity, performance, quality assurance, SOPs) and social (the part stakeholders play).",
    ),
    "field.proposal.inspirasi": M(
        "Kelompok Replikasi: inovasi asal yang direplikasi dan instansi pemiliknya.",
        "Replication group: the original innovation that was replicated, and its owner.",
    ),
    "field.proposal.proses_replikasi": M(
        "Kelompok Replikasi: bagaimana inovasi asal direplikasi (langkah, pendampingan, penyesuaian).",
        "Replication group: how the original innovation was replicated (steps, mentoring, adjustments).",
    ),
    "field.proposal.faktor_pembeda": M(
        "Kelompok Replikasi: apa yang berbeda dari inovasi asal.",
        "Replication group: what differs from the original innovation.",
    ),
    "field.proposal.deskripsi_inovasi_awal": M(
        "Kelompok Khusus KIPP 2023: gambaran inovasi pada awalnya.",
        "KIPP 2023 special group: the innovation as it first was.",
    ),
    "field.proposal.pembaruan_peningkatan": M(
        "Kelompok Khusus KIPP 2023: pembaruan atau peningkatan sejak inovasi awal.",
        "KIPP 2023 special group: what was renewed or improved since the first version.",
    ),
    "field.proposal.dampak": M(
        "Kelompok Khusus KIPP 2023: dampak inovasi, sebaiknya sebagai perbandingan sebelum dan sesudah dengan angka.",
        "KIPP 2023 special group: the impact, best as a before-versus-after comparison with figures.",
    ),
    "field.proposal.penguatan_sumber_daya": M(
        "Kelompok Khusus KIPP 2023: penguatan sumber daya (dana, SDM, metode, peralatan).",
        "KIPP 2023 special group: how the resources were strengthened (funds, people, methods, equipment).",
    ),
    "field.proposal.strategi_penguatan_keberlanjutan": M(
        "Kelompok Khusus KIPP 2023: strategi penguatan keberlanjutan (kelembagaan, manajerial, sosial).",
        "KIPP 2023 special group: how sustainability is strengthened (institutional, managerial, social).",
    ),
}

_EVIDENCE_GENERIC = M(
    "Dokumen bukti untuk aspek ini, dalam PDF.", "Documents that prove this aspect, as PDFs."
)

EVIDENCE: dict[str, M] = {
    "field.data_dukung.latar_belakang_tujuan": M(
        "Contoh: data atau statistik masalah sebelum inovasi, hasil survei awal, rekap pengaduan.",
        "For example: data or statistics on the problem before the innovation, a baseline survey, a summary of complaints.",
    ),
    "field.data_dukung.kebaruan": M(
        "Contoh: perbandingan alur layanan lama dan baru, tangkapan layar atau foto inovasi.",
        "For example: the old and the new service flow side by side, screenshots or photos of the innovation.",
    ),
    "field.data_dukung.implementasi": M(
        "Contoh: peraturan atau SK penetapan, SOP, jadwal pelaksanaan, dokumentasi kegiatan.",
        "For example: the regulation or decree that set it up, SOPs, the schedule, records of the activities.",
    ),
    "field.data_dukung.signifikansi": M(
        "Laporan evaluasi internal atau eksternal dengan data kuantitatif dan kualitatif sebelum dan sesudah inovasi, misalnya hasil Survei Kepuasan Masyarakat.",
        "An internal or external evaluation report with quantitative and qualitative data from before and after the innovation, e.g. public satisfaction survey results.",
    ),
    "field.data_dukung.adaptabilitas": M(
        "Contoh: surat keterangan atau perjanjian kerja sama dengan instansi pereplikasi, dokumentasi replikasi.",
        "For example: a letter from, or the cooperation agreement with, the replicating institution; records of the replication.",
    ),
    "field.data_dukung.sumber_daya": M(
        "Contoh: dokumen anggaran (DPA), SK tim, daftar peralatan.",
        "For example: budget documents (DPA), the team's decree, the list of equipment.",
    ),
    "field.data_dukung.strategi_keberlanjutan": M(
        "Contoh: peraturan atau SK yang melembagakan inovasi, SOP, rencana strategis, bukti dukungan pemangku kepentingan.",
        "For example: the regulation or decree that institutionalises the innovation, SOPs, the strategic plan, proof of stakeholders' support.",
    ),
    "field.data_dukung.inspirasi": M(
        "Contoh: profil inovasi asal dan bukti hubungan dengan pemiliknya.",
        "For example: a profile of the original innovation and proof of the link with its owner.",
    ),
    "field.data_dukung.proses_replikasi": M(
        "Contoh: dokumentasi studi tiru, perjanjian kerja sama, catatan pendampingan.",
        "For example: records of the study visit, the cooperation agreement, mentoring notes.",
    ),
    "field.data_dukung.faktor_pembeda": M(
        "Contoh: perbandingan inovasi asal dan hasil replikasi.",
        "For example: the original innovation and the replication side by side.",
    ),
    "field.data_dukung.deskripsi_inovasi_awal": _EVIDENCE_GENERIC,
    "field.data_dukung.pembaruan_peningkatan": _EVIDENCE_GENERIC,
    "field.data_dukung.dampak": _EVIDENCE_GENERIC,
    "field.data_dukung.penguatan_sumber_daya": _EVIDENCE_GENERIC,
    "field.data_dukung.strategi_penguatan_keberlanjutan": _EVIDENCE_GENERIC,
}

MESSAGES: dict[str, M] = {**HEAD, **ASPECTS, **EVIDENCE}
