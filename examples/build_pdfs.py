"""Rebuild every PDF that the example proposals reference.

The PDFs under `examples/*/lampiran/` are committed; this script documents how
they were made and rewrites them byte for byte (no dates, no random IDs):

    python examples/build_pdfs.py

The text is fictional but written as a regional agency would write it: the two
letters that SINOVIK asks for and the supporting data (*data dukung*) of each
aspect. Every file referenced in a `proposal.yaml` must be built here, and
every file built here must be referenced; the script stops if they differ.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from examples.build_pdfs_2026 import BELUM_SIAP_2026, SIAP_2026  # noqa: E402
from tests.support.pdfgen import write_pdf  # noqa: E402

from kipp_check import i18n  # noqa: E402

WRAP = 90
MAX_LINES = 52  # pdfgen keeps only the first 52 lines of a page
MAX_BYTES = 30_000
RULE = "_" * 78


def page(*paragraphs: str) -> str:
    """One page: paragraphs separated by line breaks ("" gives an empty line)."""
    return "\n".join(paragraphs)


# ---------------------------------------------------------------------------
# examples/siap: SIGAP, Disdukcapil Kabupaten Sekala Raya (fiktif)
# ---------------------------------------------------------------------------

SIGAP = "SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)"
KADIS_SR = "Drs. H. Abdul Rahman Yusuf, M.Si."
NIP_KADIS_SR = "19700314 199503 1 004"
KOP_SR = (
    "PEMERINTAH KABUPATEN SEKALA RAYA",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Jalan Jenderal Sudirman Nomor 45, Tanjung Sekala",
    "Laman: disdukcapil.sekalarayakab.go.id  Surel: disdukcapil@sekalarayakab.go.id",
    RULE,
    "",
)
TTD_KADIS_SR = (
    "",
    "Tanjung Sekala, 12 Mei 2025",
    "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    "Kabupaten Sekala Raya,",
    "",
    "ttd. dan cap dinas",
    "",
    KADIS_SR,
    "Pembina Utama Muda (IV/c)",
    f"NIP {NIP_KADIS_SR}",
)

SIAP: dict[str, list[str]] = {
    "surat-pernyataan-identitas-inovator.pdf": [
        page(
            *KOP_SR,
            "SURAT PERNYATAAN IDENTITAS INOVATOR",
            "Nomor: 470/318/Disdukcapil/2025",
            "",
            "Yang bertanda tangan di bawah ini:",
            f"Nama     : {KADIS_SR}",
            f"NIP      : {NIP_KADIS_SR}",
            "Jabatan  : Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya",
            "Instansi : Pemerintah Kabupaten Sekala Raya",
            "",
            "dengan ini menyatakan bahwa inovasi pelayanan publik dengan judul:",
            "",
            SIGAP,
            "",
            "yang diajukan pada Kompetisi Inovasi Pelayanan Publik (KIPP) Tahun 2025 "
            "Kelompok Umum, "
            "kategori Transformasi Digital Pelayanan Publik, merupakan inovasi tim dengan susunan "
            "inovator sebagai berikut:",
            "",
            "1. Nama    : Andi Marlina Putri, S.Kom., M.M.",
            "   NIP     : 19820611 200604 2 011",
            "   Jabatan : Kepala Bidang Pelayanan Pendaftaran Penduduk",
            "2. Nama    : Nurul Hikmah Saleh, S.H.",
            "   NIP     : 19850217 200903 2 005",
            "   Jabatan : Kepala Bidang Pelayanan Pencatatan Sipil",
            "3. Nama    : Yohanes Lahang, S.T.",
            "   NIP     : 19880923 201101 1 007",
            "   Jabatan : Pranata Komputer Ahli Muda",
            "",
            "Inovasi tersebut merupakan hasil karya asli tim inovator di atas, bukan jiplakan atau "
            "salinan inovasi pihak lain, dan telah diimplementasikan sejak 2 Agustus 2021 "
            "berdasarkan Peraturan Bupati Sekala Raya Nomor 27 Tahun 2021. Apabila di kemudian "
            "hari pernyataan ini terbukti tidak benar, kami bersedia menerima sanksi sesuai "
            "dengan ketentuan yang berlaku.",
            "",
            "Demikian surat pernyataan ini dibuat dengan sebenarnya untuk dipergunakan "
            "sebagaimana mestinya.",
            *TTD_KADIS_SR,
        )
    ],
    "surat-kesediaan-replikasi.pdf": [
        page(
            *KOP_SR,
            "SURAT PERNYATAAN KESEDIAAN REPLIKASI",
            "Nomor: 470/319/Disdukcapil/2025",
            "",
            "Yang bertanda tangan di bawah ini:",
            f"Nama     : {KADIS_SR}",
            f"NIP      : {NIP_KADIS_SR}",
            "Jabatan  : Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya",
            "Instansi : Pemerintah Kabupaten Sekala Raya",
            "",
            "dengan ini menyatakan bahwa Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala "
            "Raya bersedia inovasi pelayanan publik:",
            "",
            SIGAP,
            "",
            "yang diajukan pada Kompetisi Inovasi Pelayanan Publik (KIPP) Tahun 2025 "
            "Kelompok Umum, "
            "direplikasi oleh kementerian, lembaga, pemerintah daerah, BUMN, BUMD maupun unit "
            "pelayanan publik lain yang membutuhkan.",
            "",
            "Dalam rangka replikasi tersebut, kami bersedia:",
            "1. memberikan informasi dan penjelasan tentang konsep, alur layanan dan hasil "
            "pelaksanaan SIGAP;",
            "2. menerima kunjungan studi tiru dan memberikan pendampingan teknis;",
            "3. membagikan SOP, modul pelatihan operator, contoh Peraturan Bupati dan contoh "
            "perjanjian kerja sama; dan",
            "4. menyerahkan kode sumber aplikasi gerai tanpa biaya lisensi, dengan tetap "
            "menjaga kerahasiaan data kependudukan sesuai ketentuan peraturan perundang-undangan.",
            "",
            "Demikian surat pernyataan ini dibuat dengan sebenarnya untuk dipergunakan "
            "sebagaimana mestinya.",
            *TTD_KADIS_SR,
        )
    ],
    "profil-masalah-adminduk-2020.pdf": [
        page(
            "PROFIL PERMASALAHAN PELAYANAN ADMINISTRASI KEPENDUDUKAN",
            "KABUPATEN SEKALA RAYA TAHUN 2020",
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya",
            RULE,
            "",
            "A. Gambaran Wilayah dan Penduduk (data konsolidasi semester II 2020)",
            "Jumlah kecamatan                          : 15",
            "Jumlah desa / kelurahan                   : 121 desa / 4 kelurahan",
            "Jumlah penduduk                           : 171.846 jiwa",
            "Desa yang hanya dapat dijangkau lewat sungai : 38 desa",
            "Desa tanpa jaringan seluler               : 23 desa",
            "Tempat pelayanan adminduk                 : 1 (kantor Disdukcapil, Tanjung Sekala)",
            "",
            "B. Capaian Kinerja Pelayanan Tahun 2020",
            "Indikator | Capaian 2020",
            "Rata-rata waktu penyelesaian dokumen | 14 hari kerja",
            "Cakupan akta kelahiran anak usia 0-18 tahun | 78,4%",
            "Cakupan Kartu Identitas Anak (KIA) | 21,6%",
            "Peristiwa kematian yang dilaporkan dan dicatat | 31%",
            "Jumlah dokumen yang diterbitkan | 18.420 dokumen",
            "Pengaduan berkas hilang atau tidak lengkap | 146 kasus",
            "Indeks Kepuasan Masyarakat (SKM) | 72,15 (C, kurang baik)",
            "",
            "C. Jarak dan Biaya Pengurusan dari Beberapa Kecamatan",
            "Kecamatan | Jarak ke Tanjung Sekala | Waktu tempuh | Biaya pulang-pergi",
            "Sekala Hulu | 212 km | 7 jam (sungai dan darat) | Rp450.000",
            "Muara Tengah | 148 km | 5 jam (sungai) | Rp360.000",
            "Sungai Bening | 96 km | 3 jam (darat) | Rp240.000",
            "Batu Lintang | 61 km | 2 jam (darat) | Rp150.000",
            "Tanjung Sekala | 0-15 km | kurang dari 1 jam | Rp20.000",
            "",
            "D. Survei Pendahuluan (Desember 2020, 300 pemohon dari luar ibu kota kabupaten)",
            "- Rata-rata biaya transportasi, makan dan penginapan per pengurusan: Rp285.000.",
            "- 41% pemohon harus datang lebih dari satu kali untuk satu dokumen.",
            "- 63% pemohon kehilangan paling sedikit satu hari kerja atau hari berladang.",
            "- Alasan utama anak belum memiliki akta kelahiran: jarak dan biaya (72%).",
            "",
            "E. Kelompok Paling Terdampak",
            "Keluarga miskin, lansia, penyandang disabilitas dan ibu yang baru melahirkan di desa "
            "terpencil. Data kematian yang tidak dilaporkan menyebabkan data penerima bantuan "
            "sosial tidak mutakhir.",
        )
    ],
    "perbandingan-alur-layanan.pdf": [
        page(
            "PERBANDINGAN ALUR LAYANAN SEBELUM DAN SESUDAH SIGAP",
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya",
            RULE,
            "",
            "A. Alur Sebelum SIGAP (sampai 2020)",
            "1. Warga menyiapkan persyaratan dan meminta surat pengantar desa.",
            "2. Warga berangkat ke Tanjung Sekala (hingga 7 jam) atau menitipkan berkas kepada "
            "perangkat desa.",
            "3. Berkas diterima di loket Disdukcapil dan diantrekan untuk diverifikasi.",
            "4. Bila berkas kurang, warga diberi tahu melalui perangkat desa dan harus "
            "datang lagi.",
            "5. Dokumen dicetak di kantor dinas; warga kembali ke Tanjung Sekala untuk "
            "mengambilnya.",
            "Rata-rata waktu: 14 hari kerja. Rata-rata biaya warga: Rp285.000.",
            "",
            "B. Alur Dengan SIGAP (sejak 2 Agustus 2021)",
            "1. Warga membawa persyaratan ke gerai SIGAP di kantor desa atau kelurahan.",
            "2. Operator desa memindai dan mengunggah berkas ke aplikasi gerai.",
            "3. Verifikator Disdukcapil memeriksa berkas paling lama 1 hari kerja; kekurangan "
            "diberitahukan langsung kepada operator.",
            "4. Pejabat berwenang menandatangani dokumen dengan tanda tangan elektronik.",
            "5. Operator mencetak dokumen pada kertas HVS dan menyerahkannya kepada warga; warga "
            "menerima pesan singkat tentang status berkas.",
            "Rata-rata waktu (2024): 2 hari kerja. Rata-rata biaya warga (2024): Rp15.000.",
            "",
            "C. Unsur Kebaruan",
            "- Titik layanan pindah ke desa tanpa membangun unit pelayanan baru.",
            "- Operator desa dengan hak akses terbatas; verifikasi dan tanda tangan tetap oleh "
            "pejabat Disdukcapil.",
            "- Layanan paket kelahiran: laporan bidan desa menghasilkan akta kelahiran, "
            "Kartu Keluarga baru dan KIA sekaligus.",
            "- Laporan kematian dari kepala dusun memutakhirkan data penduduk dan data penerima "
            "bantuan sosial.",
            "- VSAT untuk 23 desa tanpa sinyal seluler.",
            "- Layanan jemput bola bagi lansia dan penyandang disabilitas.",
        )
    ],
    "sop-layanan-sigap.pdf": [
        page(
            "STANDAR OPERASIONAL PROSEDUR (SOP)",
            "PELAYANAN ADMINISTRASI KEPENDUDUKAN MELALUI GERAI SIGAP",
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya",
            RULE,
            "Nomor SOP          : 470/SOP-03/Disdukcapil/2021",
            "Tanggal pembuatan  : 28 Juli 2021",
            "Tanggal revisi     : 8 Januari 2024",
            "Tanggal efektif    : 2 Agustus 2021",
            f"Disahkan oleh      : Kepala Dinas ({KADIS_SR})",
            "",
            "Dasar hukum:",
            "1. Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan beserta "
            "perubahannya;",
            "2. Peraturan Menteri Dalam Negeri Nomor 7 Tahun 2019 tentang Pelayanan Administrasi "
            "Kependudukan Secara Daring;",
            "3. Peraturan Bupati Sekala Raya Nomor 27 Tahun 2021 tentang Pelayanan Administrasi "
            "Kependudukan Berbasis Desa.",
            "",
            "Kualifikasi pelaksana: operator desa yang telah lulus pelatihan SIGAP; verifikator "
            "ASN Disdukcapil; pejabat pemegang sertifikat elektronik.",
            "Peralatan: komputer, printer, pemindai, koneksi internet atau VSAT, kertas HVS "
            "80 gram.",
            "",
            "Uraian prosedur | Pelaksana | Waktu",
            "1. Menerima warga dan memeriksa kelengkapan persyaratan | Operator desa | 10 menit",
            "2. Memindai dan mengunggah berkas ke aplikasi gerai | Operator desa | 10 menit",
            "3. Memverifikasi berkas; menolak dengan alasan tertulis bila tidak lengkap | "
            "Verifikator | paling lama 1 hari kerja",
            "4. Memproses data pada SIAK Terpusat | Verifikator | 30 menit",
            "5. Menandatangani dokumen secara elektronik | Pejabat berwenang | 1 hari kerja",
            "6. Mencetak dokumen dan menyerahkannya kepada warga | Operator desa | 15 menit",
            "7. Mengirim pemberitahuan status berkas kepada warga | Aplikasi gerai | otomatis",
            "",
            "Peringatan: operator dilarang meminjamkan akun dan kata sandi; berkas asli warga "
            "dikembalikan pada hari yang sama; layanan tidak dipungut biaya.",
            "Pencatatan: log aplikasi gerai, buku register gerai, dasbor pemantauan Disdukcapil.",
        )
    ],
    "dokumentasi-pelaksanaan.pdf": [
        page(
            "DOKUMENTASI PELAKSANAAN SIGAP 2021-2024",
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya",
            RULE,
            "",
            "Foto 1. Peluncuran SIGAP oleh Bupati Sekala Raya di kantor Desa Sungai Bening, "
            "2 Agustus 2021. Tampak Bupati menyerahkan akta kelahiran pertama yang dicetak di "
            "gerai desa kepada seorang ibu dan bayinya.",
            "",
            "Foto 2. Pelatihan operator gerai angkatan pertama (24 orang dari 12 desa) di aula "
            "Disdukcapil, 26-28 Juli 2021.",
            "",
            "Foto 3. Pemasangan antena VSAT di kantor Desa Long Hulu, Kecamatan Sekala Hulu, "
            "Maret 2022. Desa ini sebelumnya tidak memiliki sinyal seluler.",
            "",
            "Foto 4. Operator gerai Desa Muara Tengah memindai berkas permohonan Kartu Keluarga "
            "seorang warga lanjut usia, Oktober 2022.",
            "",
            "Foto 5. Layanan jemput bola perekaman data bagi penyandang disabilitas di Desa "
            "Batu Lintang, Mei 2023.",
        ),
        page(
            "Foto 6. Bidan desa menyerahkan paket kelahiran (akta kelahiran, Kartu Keluarga baru "
            "dan KIA) kepada orang tua bayi di posyandu, Agustus 2023.",
            "",
            "Foto 7. Dasbor pemantauan SIGAP di ruang kendali Disdukcapil yang menampilkan jumlah "
            "berkas, waktu proses dan kinerja 125 gerai, Januari 2024.",
            "",
            "Foto 8. Rapat evaluasi bulanan bersama camat dan kepala desa, Juni 2024.",
            "",
            "Foto 9. Penyerahan penghargaan gerai SIGAP terbaik oleh Bupati pada peringatan "
            "hari jadi kabupaten, November 2024.",
            "",
            "Keterangan: foto asli tersimpan dalam arsip dokumentasi Disdukcapil dan dapat "
            "diperlihatkan pada saat verifikasi lapangan.",
        ),
    ],
    "laporan-evaluasi-dampak.pdf": [
        page(
            "LAPORAN EVALUASI DAMPAK",
            SIGAP,
            "PERIODE 2021-2024",
            "",
            "Disusun oleh:",
            "Tim Pengelola SIGAP, Dinas Kependudukan dan Pencatatan Sipil, bersama",
            "Badan Perencanaan Pembangunan, Riset, dan Inovasi Daerah (Bapperida)",
            "Kabupaten Sekala Raya",
            "Februari 2025",
            RULE,
            "",
            "BAB I. PENDAHULUAN",
            "SIGAP dilaksanakan sejak 2 Agustus 2021 untuk mendekatkan pelayanan administrasi "
            "kependudukan ke 121 desa dan 4 kelurahan. Evaluasi ini bertujuan mengukur perubahan "
            "kinerja pelayanan dan manfaatnya bagi masyarakat dengan membandingkan kondisi tahun "
            "dasar 2020 (sebelum SIGAP) dengan kondisi tahun 2024.",
            "",
            "BAB II. METODE",
            "1. Evaluasi internal: data SIAK dan log aplikasi gerai (waktu pengajuan dan waktu "
            "penerbitan setiap dokumen), register pengaduan, dan data cakupan kepemilikan dokumen.",
            "2. Survei Kepuasan Masyarakat (SKM) sesuai Peraturan Menteri PANRB Nomor 14 Tahun "
            "2017, setiap semester, sekitar 1.200 responden per tahun.",
            "3. Evaluasi eksternal oleh Bapperida (Oktober-November 2024): survei rumah tangga "
            "terhadap 400 responden di 40 desa yang dipilih secara acak bertingkat, ditambah "
            "wawancara mendalam dengan 24 informan (warga, operator, bidan desa, kepala desa).",
        ),
        page(
            "BAB III. HASIL",
            "Tabel 1. Perbandingan kinerja sebelum dan sesudah SIGAP",
            "Indikator | 2020 (sebelum) | 2024 (sesudah) | Perubahan",
            "Waktu penyelesaian dokumen | 14 hari kerja | 2 hari kerja | lebih cepat 85,7%",
            "Biaya warga per pengurusan | Rp285.000 | Rp15.000 | turun 94,7%",
            "Cakupan akta kelahiran 0-18 tahun | 78,4% | 97,1% | naik 18,7 poin",
            "Cakupan KIA | 21,6% | 74,3% | naik 52,7 poin",
            "Kematian dilaporkan dan dicatat | 31% | 88% | naik 57 poin",
            "Dokumen diterbitkan | 18.420 | 46.935 | naik 154,8%",
            "Indeks Kepuasan Masyarakat | 72,15 (C) | 89,40 (A) | naik 17,25 poin",
            "Pengaduan berkas hilang | 146 kasus | 9 kasus | turun 93,8%",
            "Pengunjung kantor dinas per tahun | 21.300 | 7.880 | turun 63%",
            "",
            "Tabel 2. Perkembangan per tahun",
            "Tahun | Gerai aktif | Waktu penyelesaian | IKM",
            "2020 | 0 | 14 hari kerja | 72,15",
            "2021 | 12 | 9 hari kerja | 78,62",
            "2022 | 60 | 5 hari kerja | 83,05",
            "2023 | 125 | 3 hari kerja | 86,91",
            "2024 | 125 | 2 hari kerja | 89,40",
            "",
            "Pada 2024, 25.345 dari 46.935 dokumen (54%) diterbitkan melalui gerai desa. "
            "Sebanyak 3.046 bayi baru lahir menerima akta kelahiran, Kartu Keluarga baru dan KIA "
            "melalui layanan paket kelahiran.",
            "",
            "Dampak terhadap kesejahteraan: laporan kematian dari desa memungkinkan Dinas Sosial "
            "membersihkan 2.317 data penduduk meninggal yang masih tercatat sebagai penerima "
            "bantuan sosial. Survei Bapperida mencatat 91% responden tidak lagi kehilangan hari "
            "kerja untuk mengurus dokumen kependudukan.",
        ),
        page(
            "Temuan kualitatif (wawancara mendalam):",
            "- Ibu yang baru melahirkan, lansia dan penyandang disabilitas merasa lebih dihargai "
            "karena dilayani di desanya sendiri.",
            "- Perangkat desa memperoleh keterampilan baru; kepercayaan warga kepada pemerintah "
            "desa meningkat.",
            "- Kendala yang masih ada: koneksi VSAT melambat saat hujan lebat, dan pergantian "
            "perangkat desa memerlukan pelatihan operator baru.",
            "",
            "BAB IV. KESIMPULAN DAN REKOMENDASI",
            "Seluruh target yang ditetapkan pada awal inovasi tercapai pada akhir 2024: waktu "
            "penyelesaian paling lama 3 hari kerja (capaian 2 hari kerja), biaya warga turun "
            "paling sedikit 75% (capaian 94,7%), cakupan akta kelahiran di atas 95% (97,1%), "
            "cakupan KIA di atas 70% (74,3%), pelaporan kematian di atas 80% (88%), dan IKM "
            "paling rendah kategori B (capaian kategori A).",
            "",
            "Rekomendasi:",
            "1. Memperkuat dasar hukum melalui Peraturan Daerah tentang Penyelenggaraan "
            "Administrasi Kependudukan.",
            "2. Menambah cadangan koneksi bagi desa pengguna VSAT.",
            "3. Melanjutkan pelatihan operator baru setiap semester.",
            "",
            "Tanjung Sekala, 17 Februari 2025",
            "Ketua Tim Pengelola SIGAP,",
            "",
            "ttd.",
            "",
            "Andi Marlina Putri, S.Kom., M.M.",
            "NIP 19820611 200604 2 011",
        ),
    ],
    "rekapitulasi-skm-2020-2024.pdf": [
        page(
            "REKAPITULASI HASIL SURVEI KEPUASAN MASYARAKAT (SKM)",
            "PELAYANAN ADMINISTRASI KEPENDUDUKAN TAHUN 2020-2024",
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya",
            RULE,
            "Metode: Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan "
            "Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik; 9 unsur pelayanan, "
            "skala 1-4, IKM = rata-rata nilai unsur x 25.",
            "",
            "Tabel 1. IKM per semester",
            "Tahun | Semester I | Semester II | IKM tahunan | Mutu | Responden",
            "2020 | 71,84 | 72,46 | 72,15 | C (kurang baik) | 1.184",
            "2021 | 77,90 | 79,34 | 78,62 | B (baik) | 1.213",
            "2022 | 82,41 | 83,69 | 83,05 | B (baik) | 1.202",
            "2023 | 86,12 | 87,70 | 86,91 | B (baik) | 1.213",
            "2024 | 88,95 | 89,85 | 89,40 | A (sangat baik) | 1.236",
            "",
            "Tabel 2. Nilai rata-rata per unsur (skala 1-4)",
            "Unsur | 2020 | 2024",
            "U1 Persyaratan | 3,021 | 3,624",
            "U2 Sistem, mekanisme dan prosedur | 2,914 | 3,583",
            "U3 Waktu penyelesaian | 2,412 | 3,712",
            "U4 Biaya/tarif | 2,553 | 3,694",
            "U5 Produk spesifikasi jenis pelayanan | 3,118 | 3,551",
            "U6 Kompetensi pelaksana | 3,047 | 3,523",
            "U7 Perilaku pelaksana | 3,102 | 3,604",
            "U8 Penanganan pengaduan, saran dan masukan | 2,861 | 3,496",
            "U9 Sarana dan prasarana | 2,946 | 3,397",
            "Rata-rata | 2,886 | 3,576",
            "IKM (rata-rata x 25) | 72,15 | 89,40",
            "",
            "Catatan: peningkatan terbesar terjadi pada unsur waktu penyelesaian (U3) dan biaya "
            "(U4). Unsur sarana dan prasarana (U9) menjadi prioritas perbaikan, terutama di desa "
            "pengguna VSAT.",
            "",
            "Tanjung Sekala, 20 Januari 2025",
            "Sekretaris Dinas selaku Koordinator SKM,",
            "ttd.",
        )
    ],
    "dokumen-replikasi-sigap.pdf": [
        page(
            "PERJANJIAN KERJA SAMA",
            "ANTARA",
            "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SEKALA RAYA",
            "DAN",
            "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN MUARA LESTARI",
            "TENTANG",
            "REPLIKASI INOVASI SISTEM INTEGRASI GERAI ADMINDUK PERDESAAN (SIGAP)",
            "Nomor: 470/088/Disdukcapil/2023 dan 470/041/DKPS-ML/2023",
            RULE,
            "",
            "Pada hari Senin tanggal 6 Maret 2023, bertempat di Tanjung Sekala, PIHAK KESATU "
            "(Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya) dan PIHAK "
            "KEDUA (Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Muara Lestari) "
            "sepakat mengadakan kerja sama replikasi inovasi SIGAP dengan ketentuan sebagai "
            "berikut.",
            "",
            "Pasal 1. PIHAK KESATU menyerahkan kode sumber aplikasi gerai, SOP dan modul "
            "pelatihan operator tanpa biaya lisensi.",
            "Pasal 2. PIHAK KESATU memberikan pendampingan penyusunan SOP dan pelatihan operator "
            "desa selama 6 (enam) bulan.",
            "Pasal 3. PIHAK KEDUA menerapkan SIGAP di 34 desa pada wilayahnya, menyediakan "
            "perangkat, dan menjaga kerahasiaan data kependudukan.",
            "Pasal 4. Perjanjian berlaku 3 (tiga) tahun sejak ditandatangani dan dapat "
            "diperpanjang atas kesepakatan para pihak.",
            "",
            "PIHAK KESATU, ttd. | PIHAK KEDUA, ttd.",
        ),
        page(
            "BERITA ACARA PENDAMPINGAN REPLIKASI SIGAP",
            "DI KABUPATEN TANA RAWA",
            "Nomor: 470/021/Disdukcapil/2024",
            RULE,
            "",
            "Pada hari Senin tanggal 15 Januari 2024, Tim Pengelola SIGAP Dinas Kependudukan dan "
            "Pencatatan Sipil Kabupaten Sekala Raya telah menyelesaikan pendampingan replikasi "
            "SIGAP kepada Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tana Rawa, meliputi:",
            "1. pemasangan aplikasi gerai pada server Disdukcapil Kabupaten Tana Rawa;",
            "2. pelatihan 36 operator dari 18 desa (26-29 Desember 2023);",
            "3. penyesuaian SOP layanan gerai dengan kondisi setempat; dan",
            "4. uji coba layanan di 18 desa yang dinyatakan berhasil.",
            "",
            "Gerai SIGAP di 18 desa Kabupaten Tana Rawa mulai melayani masyarakat pada 15 Januari "
            "2024.",
            "",
            "Yang menyerahkan: Ketua Tim Pengelola SIGAP, Kabupaten Sekala Raya, ttd.",
            "Yang menerima: Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tana Rawa, "
            "ttd.",
        ),
    ],
    "rincian-sumber-daya.pdf": [
        page(
            "RINCIAN SUMBER DAYA INOVASI SIGAP",
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya",
            RULE,
            "",
            "A. Belanja Modal Perangkat Gerai (APBD Disdukcapil)",
            "Rincian per paket: komputer Rp6.150.000; printer Rp2.150.000; pemindai Rp1.210.000; "
            "perangkat jaringan dan UPS Rp450.000; jumlah Rp9.960.000.",
            "Tahun | Jumlah paket | Nilai",
            "2021 | 12 | Rp119.520.000",
            "2022 | 48 | Rp478.080.000",
            "2023 | 65 | Rp647.400.000",
            "Jumlah | 125 | Rp1.245.000.000",
            "",
            "B. Pengembangan Aplikasi dan Server (APBD 2021)",
            "Server dan penyimpanan | Rp186.000.000",
            "Pengembangan aplikasi gerai berbasis web | Rp97.500.000",
            "Sertifikat keamanan dan uji penetrasi | Rp34.500.000",
            "Jumlah | Rp318.000.000",
            "",
            "C. Biaya Operasional Tahunan (APBD Disdukcapil)",
            "Kertas HVS dan tinta | Rp142.000.000",
            "Langganan VSAT 23 desa (Rp6.000.000 per desa per tahun) | Rp138.000.000",
            "Pemeliharaan perangkat | Rp61.500.000",
            "Pelatihan operator | Rp45.000.000",
            "Jumlah | Rp386.500.000",
            "",
            "D. Honor Operator (Alokasi Dana Desa)",
            "Rp750.000 per orang per bulan; 2 operator per gerai; Rp18.000.000 per desa per tahun.",
            "",
            "E. Sumber Daya Manusia",
            "Operator desa dan kelurahan | 250 orang (2 per gerai)",
            "ASN verifikator Disdukcapil | 14 orang",
            "Pranata komputer (aplikasi dan server) | 3 orang",
            "Pejabat penandatangan dokumen elektronik | 2 orang",
            "Pelapor kelahiran dan kematian | bidan desa dan kepala dusun",
            "",
            "F. Peralatan per Gerai",
            "1 komputer, 1 printer, 1 pemindai dokumen, koneksi internet seluler atau VSAT.",
        )
    ],
    "perbup-27-2021-sigap.pdf": [
        page(
            "BUPATI SEKALA RAYA",
            "",
            "PERATURAN BUPATI SEKALA RAYA",
            "NOMOR 27 TAHUN 2021",
            "TENTANG",
            "PELAYANAN ADMINISTRASI KEPENDUDUKAN BERBASIS DESA",
            "",
            "DENGAN RAHMAT TUHAN YANG MAHA ESA",
            "BUPATI SEKALA RAYA,",
            "",
            "Menimbang: a. bahwa untuk mendekatkan pelayanan administrasi kependudukan kepada "
            "masyarakat di desa dan kelurahan perlu diselenggarakan pelayanan berbasis desa; "
            "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
            "menetapkan Peraturan Bupati tentang Pelayanan Administrasi Kependudukan Berbasis "
            "Desa;",
            "",
            "Mengingat: 1. Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan "
            "beserta perubahannya; 2. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan "
            "Publik; 3. Undang-Undang Nomor 6 Tahun 2014 tentang Desa; 4. Undang-Undang Nomor 23 "
            "Tahun 2014 tentang Pemerintahan Daerah beserta perubahannya; 5. Peraturan Presiden "
            "Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan "
            "Pencatatan Sipil; 6. Peraturan Menteri Dalam Negeri Nomor 7 Tahun 2019 tentang "
            "Pelayanan Administrasi Kependudukan Secara Daring;",
            "",
            "MEMUTUSKAN:",
            "Menetapkan: PERATURAN BUPATI TENTANG PELAYANAN ADMINISTRASI KEPENDUDUKAN BERBASIS "
            "DESA.",
            "",
            "BAB I KETENTUAN UMUM",
            "Pasal 1. Dalam Peraturan Bupati ini yang dimaksud dengan: ... 7. Sistem Integrasi "
            "Gerai Adminduk Perdesaan yang selanjutnya disingkat SIGAP adalah sistem pelayanan "
            "administrasi kependudukan secara daring yang diselenggarakan di kantor desa atau "
            "kelurahan dan terhubung dengan Dinas. 8. Operator Gerai adalah perangkat desa atau "
            "pegawai kelurahan yang ditetapkan untuk melayani permohonan melalui SIGAP.",
        ),
        page(
            "BAB II PENYELENGGARAAN",
            "Pasal 4. (1) Setiap desa dan kelurahan wajib menyelenggarakan gerai SIGAP. "
            "(2) Kepala desa dan lurah menetapkan paling sedikit 2 (dua) orang Operator Gerai. "
            "(3) Dinas menyediakan aplikasi, pelatihan dan pendampingan.",
            "Pasal 5. Verifikasi dan penandatanganan dokumen kependudukan tetap menjadi "
            "kewenangan pejabat Dinas dan dilakukan secara elektronik.",
            "Pasal 6. Pelayanan melalui SIGAP tidak dipungut biaya.",
            "",
            "BAB III PEMBIAYAAN",
            "Pasal 9. (1) Biaya perangkat dan aplikasi dibebankan pada APBD melalui anggaran "
            "Dinas. (2) Honor Operator Gerai dapat dibebankan pada Anggaran Pendapatan dan "
            "Belanja Desa.",
            "",
            "BAB IV PEMANTAUAN DAN EVALUASI",
            "Pasal 11. Dinas melaksanakan pemantauan setiap bulan dan evaluasi setiap tahun serta "
            "melaporkan hasilnya kepada Bupati.",
            "",
            "Pasal 14. Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.",
            "",
            "Ditetapkan di Tanjung Sekala pada tanggal 26 Juli 2021",
            "BUPATI SEKALA RAYA, ttd. H. MUHAMMAD YUSRAN ARSYAD",
            "",
            "Diundangkan di Tanjung Sekala pada tanggal 26 Juli 2021",
            "SEKRETARIS DAERAH KABUPATEN SEKALA RAYA, ttd.",
            "BERITA DAERAH KABUPATEN SEKALA RAYA TAHUN 2021 NOMOR 27",
            "",
            "Salinan sesuai dengan aslinya, Kepala Bagian Hukum Sekretariat Daerah, ttd.",
            "(Kutipan: pasal yang tidak berkaitan langsung dengan SIGAP tidak dimuat.)",
        ),
    ],
    "sk-tim-pengelola-sigap.pdf": [
        page(
            *KOP_SR,
            "KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
            "KABUPATEN SEKALA RAYA",
            "NOMOR 470/112/Disdukcapil/2023",
            "TENTANG",
            "TIM PENGELOLA SISTEM INTEGRASI GERAI ADMINDUK PERDESAAN (SIGAP)",
            "",
            "Menimbang: bahwa untuk menjamin keberlanjutan dan mutu pelayanan SIGAP perlu "
            "membentuk Tim Pengelola SIGAP.",
            "Mengingat: Peraturan Bupati Sekala Raya Nomor 27 Tahun 2021 tentang Pelayanan "
            "Administrasi Kependudukan Berbasis Desa.",
            "",
            "MEMUTUSKAN:",
            "KESATU: Membentuk Tim Pengelola SIGAP dengan susunan sebagai berikut:",
            f"   Pengarah            : Kepala Dinas ({KADIS_SR})",
            "   Ketua               : Andi Marlina Putri, S.Kom., M.M.",
            "   Sekretaris          : Nurul Hikmah Saleh, S.H.",
            "   Koordinator teknis  : Yohanes Lahang, S.T.",
            "   Anggota             : 14 orang ASN verifikator dan 2 orang pranata komputer",
            "KEDUA: Tim bertugas membina dan melatih operator gerai, mengelola aplikasi dan "
            "server, memantau kinerja gerai setiap bulan, melaksanakan SKM setiap semester, dan "
            "melaporkan hasil evaluasi kepada Bupati setiap triwulan.",
            "KETIGA: Biaya pelaksanaan dibebankan pada Dokumen Pelaksanaan Anggaran Dinas.",
            "KEEMPAT: Keputusan ini mulai berlaku pada tanggal ditetapkan.",
            "",
            "Ditetapkan di Tanjung Sekala pada tanggal 9 Januari 2023",
            "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya,",
            "ttd. dan cap dinas",
            KADIS_SR,
            f"NIP {NIP_KADIS_SR}",
        )
    ],
}


# ---------------------------------------------------------------------------
# examples/belum-siap: SI-ANTRI, Dinas Kesehatan Kota Tirtarejo (fiktif)
# ---------------------------------------------------------------------------

KADIS_TR = "dr. Hendra Wicaksono, M.Kes."
NIP_KADIS_TR = "19750822 200312 1 006"
KOP_TR = (
    "PEMERINTAH KOTA TIRTAREJO",
    "DINAS KESEHATAN",
    "Jalan Pahlawan Nomor 12, Tirtarejo",
    "Surel: dinkes@tirtarejokota.go.id",
    RULE,
    "",
)

_DAYS = [25, 22, 24, 20, 23, 23, 26, 25, 24, 27, 25, 23]
_VISITS = [6200, 5544, 5880, 4520, 5382, 5313, 6318, 6150, 5712, 6588, 5925, 5405]
_MONTHS = [i18n.text(f"month.{number}", i18n.Lang.ID) for number in range(1, 13)]


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _visit_rows() -> list[str]:
    rows = ["Bulan | Hari pelayanan | Kunjungan | Rata-rata per hari"]
    for name, days, visits in zip(_MONTHS, _DAYS, _VISITS, strict=True):
        rows.append(f"{name} | {days} | {_thousands(visits)} | {round(visits / days)}")
    total_d, total_v = sum(_DAYS), sum(_VISITS)
    rows.append(f"Jumlah | {total_d} | {_thousands(total_v)} | {round(total_v / total_d)}")
    return rows


BELUM_SIAP: dict[str, list[str]] = {
    "surat-pernyataan-identitas-inovator.pdf": [
        page(
            *KOP_TR,
            "SURAT PERNYATAAN IDENTITAS INOVATOR",
            "Nomor: 440/1187/Dinkes/2025",
            "",
            "Yang bertanda tangan di bawah ini:",
            f"Nama     : {KADIS_TR}",
            f"NIP      : {NIP_KADIS_TR}",
            "Jabatan  : Kepala Dinas Kesehatan Kota Tirtarejo",
            "Instansi : Pemerintah Kota Tirtarejo",
            "",
            "dengan ini menyatakan bahwa inovasi pelayanan publik dengan judul:",
            "",
            "SI-ANTRI",
            "",
            "yang diajukan pada Kompetisi Inovasi Pelayanan Publik (KIPP) Tahun 2025 Kelompok "
            "Umum merupakan inovasi tim dengan susunan inovator sebagai berikut:",
            "",
            "1. Nama    : dr. Ratna Kusumawardani",
            "   NIP     : 19840405 201001 2 014",
            "   Jabatan : Kepala UPTD Puskesmas Tirtarejo Utara",
            "2. Nama    : Bagus Prasetyo Nugroho, A.Md.Kom.",
            "   NIP     : 19930718 201902 1 003",
            "   Jabatan : Pranata Komputer Terampil",
            "",
            "Inovasi tersebut merupakan hasil karya asli tim inovator di atas dan telah "
            "diimplementasikan di UPTD Puskesmas Tirtarejo Utara sejak 1 September 2024.",
            "",
            "Demikian surat pernyataan ini dibuat dengan sebenarnya untuk dipergunakan "
            "sebagaimana mestinya.",
            "",
            "Tirtarejo, 2 Juni 2025",
            "Kepala Dinas Kesehatan Kota Tirtarejo,",
            "",
            "ttd. dan cap dinas",
            "",
            KADIS_TR,
            "Pembina Tingkat I (IV/b)",
            f"NIP {NIP_KADIS_TR}",
        )
    ],
    "data-kunjungan-puskesmas-2024.pdf": [
        page(
            "DATA KUNJUNGAN PASIEN TAHUN 2024",
            "UPTD PUSKESMAS TIRTAREJO UTARA",
            "Dinas Kesehatan Kota Tirtarejo",
            RULE,
            "",
            "Wilayah kerja: 6 kelurahan; jumlah penduduk sekitar 58.000 jiwa.",
            "Jam buka loket pendaftaran: Senin-Kamis dan Sabtu 07.30-12.00 WIB; "
            "Jumat 07.30-10.30 WIB.",
            "Kapasitas ruang tunggu: sekitar 60 tempat duduk.",
            "",
            "Tabel 1. Kunjungan pasien per bulan",
            *_visit_rows(),
            "",
            "Tabel 2. Pengamatan antrean (satu minggu, Juni 2024, sebelum SI-ANTRI)",
            "- Pasien pertama tiba rata-rata pukul 05.10 WIB, lebih dari 2 jam sebelum loket "
            "dibuka.",
            "- Pasien yang tiba setelah pukul 09.00 menunggu rata-rata 3 jam 20 menit hingga "
            "diperiksa.",
            "- Pada hari Senin, rata-rata 45 pasien dan pengantar menunggu sambil berdiri atau "
            "duduk di selasar.",
            "",
            "Sumber: register pendaftaran dan SIMPUS UPTD Puskesmas Tirtarejo Utara.",
        )
    ],
    "tampilan-aplikasi-si-antri.pdf": [
        page(
            "TAMPILAN APLIKASI SI-ANTRI",
            "UPTD Puskesmas Tirtarejo Utara",
            RULE,
            "",
            "Gambar 1. Percakapan WhatsApp dengan nomor resmi puskesmas",
            "  Pasien : antri",
            "  SI-ANTRI: Selamat datang di layanan antrean UPTD Puskesmas Tirtarejo Utara. "
            "Silakan pilih poli: 1 Umum, 2 Lansia, 3 Gigi, 4 KIA, 5 Laboratorium.",
            "  Pasien : 1",
            "  SI-ANTRI: Nomor antrean Anda U-027, Poli Umum. Perkiraan dipanggil pukul 09.40 WIB. "
            "Bawa kartu identitas atau kartu JKN. Ketik CEK untuk melihat nomor yang sedang "
            "dilayani.",
            "",
            "Gambar 2. Laman web SI-ANTRI: pilihan poli, nomor antrean yang sedang dilayani di "
            "setiap poli, dan perkiraan waktu tunggu.",
            "",
            "Gambar 3. Layar antrean di ruang tunggu: nomor yang dipanggil tampil bersamaan di "
            "ruang tunggu dan di depan poli, disertai panggilan suara.",
            "",
            "Gambar 4. Tampilan petugas loket: daftar pasien yang sudah mengambil nomor dari "
            "rumah, "
            "tombol verifikasi kehadiran, dan tombol antrean langsung untuk pasien lansia, "
            "penyandang disabilitas dan pasien tanpa telepon pintar.",
            "",
            "Gambar 5. Pesan pengingat otomatis ketika giliran pasien tinggal lima nomor lagi.",
        )
    ],
    "laporan-evaluasi-si-antri.pdf": [
        page(
            "LAPORAN EVALUASI PELAKSANAAN SI-ANTRI",
            "UPTD PUSKESMAS TIRTAREJO UTARA",
            "Periode September 2024 - April 2025",
            RULE,
            "",
            "1. Pendahuluan",
            "SI-ANTRI diterapkan sejak 1 September 2024 untuk mempermudah pasien mengambil nomor "
            "antrean dan mengurangi kepadatan ruang tunggu.",
            "",
            "2. Pelaksanaan Evaluasi",
            "Evaluasi dilakukan melalui pengamatan petugas di ruang tunggu, masukan pasien melalui "
            "kotak saran dan media sosial, serta survei kepuasan sederhana kepada pasien yang "
            "berkunjung.",
            "",
            "3. Hasil Evaluasi",
            "- Ruang tunggu lebih lengang, terutama pada hari Senin dan Selasa.",
            "- Pasien tidak lagi datang sejak subuh untuk mengambil nomor antrean.",
            "- Kesalahan urutan antrean hampir tidak terjadi lagi.",
            "- Mayoritas pasien menyatakan puas dan berharap SI-ANTRI terus digunakan.",
            "- Sebagian pasien lansia masih memerlukan bantuan petugas atau kader.",
            "",
            "4. Kendala",
            "Koneksi internet kadang terputus sehingga layar antrean berhenti sementara. "
            "Rekapitulasi data kuantitatif waktu tunggu dan hasil survei masih dalam proses.",
            "",
            "5. Rencana Tindak Lanjut",
            "Menambah koneksi internet cadangan dan melatih kader kesehatan di setiap kelurahan.",
            "",
            "Tirtarejo, 30 April 2025",
            "Kepala UPTD Puskesmas Tirtarejo Utara,",
            "ttd.",
            "dr. Ratna Kusumawardani",
        )
    ],
    "dokumentasi-studi-tiru.pdf": [
        page(
            "DOKUMENTASI KUNJUNGAN STUDI TIRU SI-ANTRI",
            "UPTD Puskesmas Tirtarejo Utara",
            RULE,
            "",
            "Foto 1. Kunjungan studi tiru tim puskesmas dari kabupaten tetangga, Februari 2025. "
            "Tampak pranata komputer puskesmas menjelaskan cara kerja layar antrean.",
            "",
            "Foto 2. Kunjungan tim puskesmas di Kota Tirtarejo, Maret 2025, untuk melihat alur "
            "pendaftaran dengan SI-ANTRI.",
            "",
            "Foto 3. Pendampingan daring pengaturan nomor WhatsApp antrean bagi puskesmas yang "
            "berminat, April 2025.",
            "",
            "Keterangan: foto asli tersimpan dalam arsip dokumentasi puskesmas.",
        )
    ],
    "notulen-rapat-koordinasi.pdf": [
        page(
            *KOP_TR,
            "NOTULEN RAPAT KOORDINASI KEBERLANJUTAN SI-ANTRI",
            "",
            "Hari, tanggal : Rabu, 14 Mei 2025",
            "Tempat        : Ruang Rapat Dinas Kesehatan Kota Tirtarejo",
            "Pimpinan rapat: Sekretaris Dinas Kesehatan",
            "Peserta       : Kepala UPTD Puskesmas Tirtarejo Utara, Kepala Bidang Pelayanan "
            "Kesehatan, pranata komputer puskesmas, perwakilan kader kesehatan",
            "",
            "Pokok bahasan dan hasil:",
            "1. SI-ANTRI dinilai bermanfaat dan perlu dilanjutkan di UPTD Puskesmas Tirtarejo "
            "Utara.",
            "2. Biaya operasional dianggarkan dalam rencana bisnis dan anggaran BLUD puskesmas.",
            "3. Dinas Kesehatan akan mempelajari kemungkinan penerapan SI-ANTRI di puskesmas lain.",
            "4. Bagian Hukum diminta mengkaji perlunya dasar hukum penerapan SI-ANTRI; belum "
            "ada jadwal penyusunan.",
            "5. Kader kesehatan siap membantu pendaftaran warga yang belum terbiasa menggunakan "
            "telepon pintar.",
            "",
            "Notulis,",
            "ttd.",
            "Bagus Prasetyo Nugroho, A.Md.Kom.",
        )
    ],
}

BUILDS: dict[str, dict[str, list[str]]] = {
    "siap": SIAP,
    "belum-siap": BELUM_SIAP,
    "siap-2026": SIAP_2026,
    "belum-siap-2026": BELUM_SIAP_2026,
}


def _check_pages(name: str, pages: list[str]) -> None:
    """Refuse a page that pdfgen would cut short or a character it would replace."""
    for number, text in enumerate(pages, start=1):
        text.encode("cp1252")  # raises on a character Helvetica/WinAnsi cannot show
        lines = sum(len(textwrap.wrap(p, WRAP) or [""]) for p in text.split("\n"))
        if lines > MAX_LINES:
            raise SystemExit(f"{name} page {number}: {lines} lines, more than {MAX_LINES}")


def _referenced(proposal: Path) -> set[str]:
    """The PDF file names a proposal refers to, relative to `lampiran/`."""
    data = yaml.safe_load(proposal.read_text(encoding="utf-8"))
    paths: list[str] = []
    for items in (data.get("data_dukung") or {}).values():
        paths.extend(items or [])
    paths.extend(v for v in (data.get("dokumen") or {}).values() if v)
    names = set()
    for path in paths:
        folder, _, name = path.partition("/")
        if folder != "lampiran" or "/" in name:
            raise SystemExit(f"{proposal}: {path} is not directly under lampiran/")
        names.add(name)
    return names


def main() -> int:
    for example, documents in BUILDS.items():
        folder = HERE / example
        referenced = _referenced(folder / "proposal.yaml")
        if referenced != set(documents):
            missing = sorted(referenced - set(documents))
            unused = sorted(set(documents) - referenced)
            raise SystemExit(f"{example}: not built {missing}; not referenced {unused}")
        for name, pages in sorted(documents.items()):
            _check_pages(f"{example}/lampiran/{name}", pages)
            path = write_pdf(folder / "lampiran" / name, pages, wrap=WRAP)
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise SystemExit(f"{path}: {size} bytes, more than {MAX_BYTES}")
            print(f"{path.relative_to(ROOT)}  {len(pages)} hlm  {size} B")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
