"""The PDFs of the two KIPP 2026 examples (the nine-question form); built by `build_pdfs.py`.

examples/siap-2026: SI-BUNDA, Dinas Kesehatan Kabupaten Muara Lestari (fiktif), ready.
examples/belum-siap-2026: LAPAK DESA, a replication-group proposal with the gaps a
first draft has (fiktif). Text as an agency would write it; no real person or office.
"""

from __future__ import annotations

RULE = "_" * 78


def page(*paragraphs: str) -> str:
    """One page: paragraphs separated by line breaks ("" gives an empty line)."""
    return "\n".join(paragraphs)


SI_BUNDA = "SI-BUNDA (Sistem Pendampingan Ibu Hamil dan Balita di Desa)"
KADIS_ML = "dr. H. Muhammad Ridwan Lamato, M.P.H."
NIP_KADIS_ML = "19720519 200003 1 006"
KOP_ML = (
    "PEMERINTAH KABUPATEN MUARA LESTARI",
    "DINAS KESEHATAN",
    "Jalan Pahlawan Nomor 12, Muara Lestari",
    "Laman: dinkes.muaralestarikab.go.id  Surel: dinkes@muaralestarikab.go.id",
    RULE,
    "",
)
TTD_KADIS_ML = (
    "",
    "Muara Lestari, 16 November 2026",
    "Kepala Dinas Kesehatan Kabupaten Muara Lestari,",
    "",
    "ttd. dan cap dinas",
    "",
    KADIS_ML,
    "Pembina Utama Muda (IV/c)",
    f"NIP {NIP_KADIS_ML}",
)
YANG_BERTANDA_TANGAN = (
    "Yang bertanda tangan di bawah ini:",
    f"Nama     : {KADIS_ML}",
    f"NIP      : {NIP_KADIS_ML}",
    "Jabatan  : Kepala Dinas Kesehatan Kabupaten Muara Lestari",
    "Instansi : Pemerintah Kabupaten Muara Lestari",
    "",
)


def _report(title: str, *lines: str) -> list[str]:
    """A one-page supporting document of Dinas Kesehatan Muara Lestari."""
    return [page(*KOP_ML, title, f"Inovasi {SI_BUNDA}", "", *lines)]


SIAP_2026: dict[str, list[str]] = {
    "surat-pernyataan-identitas-inovator.pdf": [
        page(
            *KOP_ML,
            "SURAT PERNYATAAN IDENTITAS INOVATOR",
            "Nomor: 440/1127/Dinkes/2026",
            "",
            *YANG_BERTANDA_TANGAN,
            "dengan ini menyatakan bahwa inovasi pelayanan publik dengan judul:",
            "",
            SI_BUNDA,
            "",
            "yang diajukan pada Kompetisi Inovasi Pelayanan Publik (KIPP) Tahun 2026 Kelompok "
            "Umum, kategori Penyediaan Pelayanan Kesehatan, merupakan inovasi tim dengan "
            "susunan inovator sebagai berikut:",
            "",
            "1. Nama    : dr. Fransiska Wulandari, M.Kes.",
            "   NIP     : 19810302 200902 2 004",
            "   Jabatan : Kepala Bidang Kesehatan Masyarakat",
            "2. Nama    : Rahmawati Lamusu, S.Tr.Keb.",
            "   NIP     : 19860914 201001 2 012",
            "   Jabatan : Bidan Koordinator Kabupaten",
            "3. Nama    : Imam Syafii, S.Kom.",
            "   NIP     : 19930728 201903 1 003",
            "   Jabatan : Pranata Komputer Ahli Pertama",
            "",
            "Inovasi tersebut merupakan hasil karya asli tim inovator di atas, bukan jiplakan "
            "atau salinan inovasi pihak lain. Apabila di kemudian hari pernyataan ini terbukti "
            "tidak benar, kami bersedia menerima sanksi sesuai dengan ketentuan yang berlaku.",
            "",
            "Demikian surat pernyataan ini dibuat dengan sebenarnya untuk dipergunakan "
            "sebagaimana mestinya.",
            *TTD_KADIS_ML,
        )
    ],
    "surat-kesediaan-replikasi.pdf": [
        page(
            *KOP_ML,
            "SURAT PERNYATAAN KESEDIAAN REPLIKASI",
            "Nomor: 440/1128/Dinkes/2026",
            "",
            *YANG_BERTANDA_TANGAN,
            "dengan ini menyatakan bahwa Dinas Kesehatan Kabupaten Muara Lestari bersedia "
            "inovasi pelayanan publik:",
            "",
            SI_BUNDA,
            "",
            "yang diajukan pada Kompetisi Inovasi Pelayanan Publik (KIPP) Tahun 2026 Kelompok "
            "Umum, direplikasi oleh kementerian, lembaga, pemerintah daerah, BUMN, BUMD maupun "
            "unit pelayanan publik lain yang membutuhkan.",
            "",
            "Dalam rangka replikasi tersebut, kami bersedia:",
            "1. memberikan informasi tentang konsep, alur layanan dan hasil pelaksanaan SI-BUNDA;",
            "2. menerima kunjungan studi tiru dan memberikan pendampingan teknis;",
            "3. membagikan aplikasi, SOP, modul pelatihan kader dan contoh Peraturan Bupati "
            "tanpa biaya lisensi.",
            "",
            "Demikian surat pernyataan ini dibuat untuk dipergunakan sebagaimana mestinya.",
            *TTD_KADIS_ML,
        )
    ],
    "surat-pernyataan-implementasi.pdf": [
        page(
            *KOP_ML,
            "SURAT PERNYATAAN IMPLEMENTASI INOVASI",
            "Nomor: 440/1129/Dinkes/2026",
            "",
            *YANG_BERTANDA_TANGAN,
            "dengan ini menyatakan bahwa inovasi pelayanan publik:",
            "",
            SI_BUNDA,
            "",
            "telah diimplementasikan dan dimanfaatkan masyarakat sejak 4 Juli 2022 di 96 desa "
            "pada 14 kecamatan di Kabupaten Muara Lestari, berdasarkan Peraturan Bupati Muara "
            "Lestari Nomor 14 Tahun 2023, dan sampai surat ini dibuat masih berjalan.",
            "",
            "Demikian surat pernyataan ini dibuat dengan sebenarnya.",
            *TTD_KADIS_ML,
        )
    ],
    "profil-kesehatan-ibu-anak-2021.pdf": _report(
        "PROFIL KESEHATAN IBU DAN ANAK KABUPATEN MUARA LESTARI TAHUN 2021",
        "1. Prevalensi stunting balita: 27,8% (rata-rata provinsi 22,1%).",
        "2. Cakupan kunjungan antenatal lengkap (K6): 61,2%.",
        "3. Kematian ibu: 9 kasus; 6 di antaranya di desa wilayah perbukitan.",
        "4. Waktu tempuh rata-rata ibu hamil ke puskesmas di 41 desa perbukitan: 2,5 jam.",
        "5. Keterlambatan laporan posyandu ke dinas: rata-rata 38 hari.",
        "6. Survei awal terhadap 400 ibu (Oktober 2021): 73% tidak tahu jadwal pemeriksaan "
        "berikutnya.",
        "",
        "Sumber: Seksi Kesehatan Keluarga dan Gizi, Dinas Kesehatan Kabupaten Muara Lestari.",
    ),
    "rencana-aksi-si-bunda.pdf": _report(
        "RENCANA AKSI DAN TARGET KINERJA 2022-2025",
        "Output: 96 desa dengan kader terlatih dan aplikasi pencatatan; pengingat jadwal bagi "
        "setiap ibu hamil terdaftar.",
        "Outcome 2025: K6 paling sedikit 90%; prevalensi stunting di bawah 20%; laporan "
        "posyandu sampai ke dinas dalam 7 hari.",
        "Tahapan: uji coba 12 desa (Juli-Desember 2022); pelatihan 288 kader (2023); perluasan "
        "ke 96 desa (2024); integrasi dengan pencatatan gizi nasional (2025).",
    ),
    "sop-si-bunda.pdf": _report(
        "STANDAR OPERASIONAL PROSEDUR PENCATATAN DAN KUNJUNGAN RUMAH",
        "1. Kader mencatat ibu hamil dan balita di aplikasi pada hari posyandu.",
        "2. Sistem menandai ibu berisiko tinggi dan balita yang berat badannya tidak naik.",
        "3. Setiap Senin bidan desa menerima daftar kunjungan rumah.",
        "4. Bidan mengunjungi, memeriksa dan mencatat hasilnya paling lambat 7 hari.",
        "5. Kasus yang perlu dirujuk dilaporkan ke puskesmas pada hari yang sama.",
    ),
    "perbandingan-alur-pemeriksaan.pdf": _report(
        "PERBANDINGAN ALUR PEMERIKSAAN SEBELUM DAN SESUDAH SI-BUNDA",
        "Sebelum: ibu hamil datang ke puskesmas; kader mencatat di buku register; laporan "
        "sampai ke dinas rata-rata 38 hari; risiko tinggi sering diketahui saat persalinan.",
        "Sesudah: kader mencatat di aplikasi tanpa sinyal; daftar risiko tersusun otomatis; "
        "bidan datang ke rumah; laporan sampai ke dinas dalam 3 hari.",
    ),
    "laporan-monitoring-2025.pdf": _report(
        "LAPORAN MONITORING DAN EVALUASI TRIWULAN IV TAHUN 2025",
        "Kelengkapan data kader: 97,3% dari 96 desa.",
        "Desa dengan cakupan K6 di bawah 80%: 5 desa; tindak lanjut: pelatihan ulang kader "
        "pada Januari 2026.",
        "Rapat lintas sektor bersama Bappeda dan camat: 18 Desember 2025.",
    ),
    "laporan-evaluasi-dampak-si-bunda.pdf": _report(
        "LAPORAN EVALUASI DAMPAK 2021-2025",
        "Kunjungan antenatal lengkap (K6): 61,2% (2021) menjadi 92,4% (2025).",
        "Prevalensi stunting balita: 27,8% menjadi 18,9%.",
        "Kematian ibu: 9 kasus menjadi 2 kasus.",
        "Ibu berisiko tinggi terdeteksi dan dirujuk sebelum persalinan: 1.142 orang.",
        "Indeks Survei Kepuasan Masyarakat ibu penerima layanan: 76,4 menjadi 89,7.",
    ),
    "perjanjian-kerja-sama-replikasi.pdf": _report(
        "PERJANJIAN KERJA SAMA REPLIKASI SI-BUNDA",
        "Para pihak: Dinas Kesehatan Kabupaten Muara Lestari dan Dinas Kesehatan Kabupaten "
        "Tana Rawa, Nomor 440/215/Dinkes/2024, 4 Maret 2024.",
        "Ruang lingkup: penggunaan aplikasi dan modul pelatihan kader di 28 desa, "
        "pendampingan teknis selama 12 bulan, dan laporan hasil replikasi setiap semester.",
        "Lampiran: surat keterangan replikasi dari UPTD Puskesmas Lembah Hijau, Januari 2025.",
    ),
    "rincian-anggaran-sumber-daya.pdf": _report(
        "RINCIAN SUMBER DAYA DAN ANGGARAN",
        "SDM: 288 kader posyandu, 96 bidan desa, 3 pranata komputer.",
        "Sarana: 96 telepon pintar (APBD 2023), server Dinas Komunikasi dan Informatika.",
        "Anggaran APBD per tahun: Rp412.000.000 (pelatihan, pulsa data, pemeliharaan).",
        "Dana desa: insentif kader sesuai peraturan desa masing-masing.",
    ),
    "perbup-14-2023-si-bunda.pdf": [
        page(
            "BUPATI MUARA LESTARI",
            "PERATURAN BUPATI MUARA LESTARI NOMOR 14 TAHUN 2023",
            "TENTANG",
            "SISTEM PENDAMPINGAN IBU HAMIL DAN BALITA DI DESA",
            RULE,
            "",
            "Pasal 1: SI-BUNDA adalah sistem pendampingan ibu hamil dan balita berbasis "
            "pencatatan kader dan kunjungan rumah oleh bidan desa.",
            "Pasal 2: Dinas Kesehatan menyelenggarakan SI-BUNDA di seluruh desa.",
            "Pasal 3: Pemerintah desa mendukung kader melalui dana desa.",
            "Pasal 4: Pendanaan bersumber dari APBD dan sumber lain yang sah.",
            "",
            "Ditetapkan di Muara Lestari pada tanggal 6 Maret 2023.",
        )
    ],
}


# ---------------------------------------------------------------------------
# examples/belum-siap-2026: LAPAK DESA, Dinas Koperasi dan UMKM Kota Tirtarejo (fiktif)
# ---------------------------------------------------------------------------

LAPAK = "LAPAK DESA (Layanan Perizinan Usaha Kecil di Kelurahan)"

BELUM_SIAP_2026: dict[str, list[str]] = {
    "surat-pernyataan-identitas-inovator.pdf": [
        page(
            "PEMERINTAH KOTA TIRTAREJO",
            "DINAS KOPERASI DAN USAHA MIKRO",
            RULE,
            "",
            "SURAT PERNYATAAN IDENTITAS INOVATOR",
            "",
            "Yang bertanda tangan di bawah ini Kepala Dinas Koperasi dan Usaha Mikro Kota "
            "Tirtarejo menyatakan bahwa inovasi LAPAK DESA merupakan inovasi tim inovator "
            "Sri Handayani, S.E. dan Dimas Arya Putra, S.Kom.",
            "",
            "Tirtarejo, 2 Desember 2026",
            "ttd.",
            "Kepala Dinas Koperasi dan Usaha Mikro",
        )
    ],
    "surat-kesediaan-replikasi.pdf": [
        page(
            "PEMERINTAH KOTA TIRTAREJO",
            "DINAS KOPERASI DAN USAHA MIKRO",
            RULE,
            "",
            "SURAT KESEDIAAN REPLIKASI",
            "",
            "Dinas Koperasi dan Usaha Mikro Kota Tirtarejo bersedia inovasi LAPAK DESA "
            "direplikasi oleh instansi lain yang membutuhkan, termasuk Kabupaten Sekala Raya.",
            "",
            "Tirtarejo, 2 Desember 2026",
            "ttd.",
            "Kepala Dinas Koperasi dan Usaha Mikro",
        )
    ],
    "foto-kegiatan-lapak.pdf": [
        page(
            "DOKUMENTASI KEGIATAN LAPAK DESA",
            RULE,
            "",
            "Foto 1. Petugas kelurahan melayani pendaftaran izin usaha warga, Agustus 2025.",
            "Foto 2. Sosialisasi LAPAK DESA di aula kelurahan, September 2025.",
        )
    ],
    "rekap-izin-terbit-2025.pdf": [
        page(
            "REKAPITULASI IZIN USAHA MIKRO YANG TERBIT MELALUI LAPAK DESA",
            RULE,
            "",
            "Juli-Desember 2025: 1.284 Nomor Induk Berusaha usaha mikro diterbitkan di 22 "
            "kelurahan.",
        )
    ],
}
