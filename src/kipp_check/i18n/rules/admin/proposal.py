"""The words of the administrative rules (ADM) on the proposal's own entries, and across proposals.

One block per rule: see `kipp_check.i18n.rules`.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M
from kipp_check.i18n.rules import Docs, RuleWords

RULES: dict[str, RuleWords] = {
    "ADM001": RuleWords(
        title=M("Edisi kompetisi disebutkan dan dikenal", "Competition edition is named and known"),
        messages={
            "adm.edition.missing": M(
                "`kompetisi` tidak diisi; diperiksa dengan aturan {pack}",
                "`kompetisi` is not given; checked against the {pack} rules",
            ),
            "adm.edition.missing.fix": M(
                "tambahkan `kompetisi: {pack}` di baris pertama",
                "add `kompetisi: {pack}` at the top",
            ),
            "adm.edition.other": M(
                "proposal ditulis untuk `{value}`, tetapi diperiksa dengan aturan {pack}",
                "the proposal is written for `{value}` but checked against the {pack} rules",
            ),
            "adm.edition.other.fix": M(
                "tulis `kompetisi: {pack}`, atau jalankan dengan `--pack {value}` (tidak ada KIPP 2024)",
                "write `kompetisi: {pack}`, or run with `--pack {value}` (there was no KIPP 2024)",
            ),
        },
        docs=Docs(
            "Proposal menyebut edisi kompetisi yang dituju, dan aturan edisi itu tersedia.",
            "Lulus bila `kompetisi` berisi ID paket aturan yang dipakai (misalnya `kipp-2025`), atau edisi yang lebih baru tanpa paket yang diwakili paket ini (spanduk laporan menyebut keduanya).",
            "Gagal bila tidak diisi, atau menyebut edisi lain dari yang diperiksa.",
            "Perbaikan: tulis `kompetisi: kipp-2025` (tidak ada KIPP pada 2024).",
            "Sumber: Kementerian PANRB, tidak ada KIPP pada 2024 (daelpos.com/?p=117267) [dikonfirmasi].",
        ),
    ),
    "ADM002": RuleWords(
        title=M("Kelompok inovasi sesuai edisi", "Innovation group is one the edition runs"),
        messages={
            "adm.group.missing": M("`kelompok` tidak diisi", "`kelompok` (group) is not given"),
            "adm.group.missing.fix": M(
                "tambahkan `kelompok:` dengan salah satu dari: {allowed}",
                "add `kelompok:` with one of: {allowed}",
            ),
            "adm.group.unknown": M(
                "kelompok `{value}` tidak ada di edisi ini",
                "group `{value}` is not run in this edition",
            ),
            "adm.group.unknown.fix": M("pilih salah satu: {allowed}", "choose one of: {allowed}"),
        },
        docs=Docs(
            "Kelompok inovasi (*kelompok*) adalah kelompok yang ada pada edisi ini.",
            "Lulus bila `kelompok` salah satu kelompok dalam paket aturan (2025: umum, replikasi).",
            "Gagal bila tidak diisi atau berisi nilai lain (2025 tidak punya *kelompok khusus*).",
            "Perbaikan: pilih salah satu kelompok yang tercantum.",
            "Sumber: `groups` dalam paket aturan (2025: kabar24.id, menpan.go.id) [dikonfirmasi].",
        ),
    ),
    "ADM003": RuleWords(
        title=M("Kategori salah satu kategori resmi", "Category is one of the official ones"),
        messages={
            "adm.category.missing": M(
                "`kategori` tidak diisi", "`kategori` (category) is not given"
            ),
            "adm.category.missing.fix": M(
                "pilih satu kategori: {allowed}", "choose one category: {allowed}"
            ),
            "adm.category.unknown": M(
                "kategori `{value}` bukan kategori resmi",
                "category `{value}` is not an official category",
            ),
            "adm.category.unknown.fix": M(
                "pilih satu kategori: {allowed}", "choose one category: {allowed}"
            ),
            "adm.category.unknown_hint": M(
                "kategori `{value}` bukan kategori resmi; mungkin maksudnya `{guess}`?",
                "category `{value}` is not an official category; did you mean `{guess}`?",
            ),
            "adm.category.unknown_hint.fix": M(
                "tulis `kategori: {guess}`", "write `kategori: {guess}`"
            ),
        },
        docs=Docs(
            "Kategori (*kategori*) tepat salah satu kategori edisi ini.",
            "Lulus bila `kategori` salah satu ID kategori dalam paket aturan (2025: sembilan, selaras Asta Cita).",
            "Gagal bila tidak diisi atau bukan salah satunya; ID yang mirip disarankan.",
            "Perbaikan: pakai ID kategori yang dilayani inovasi, misalnya `transformasi_digital`.",
            "Sumber: `categories` dalam paket aturan (2025: kaltimprov.go.id) [rumusan dari satu sumber, jumlah dikonfirmasi].",
        ),
    ),
    "ADM004": RuleWords(
        title=M("Keselarasan dengan tema dijelaskan", "Alignment with the theme is explained"),
        messages={
            "adm.theme.missing": M(
                'keselarasan dengan tema "{theme}" belum dijelaskan',
                'how the innovation serves the theme "{theme}" is not explained',
            ),
            "adm.theme.missing.fix": M(
                "isi `keselarasan_tema` dengan beberapa kalimat tentang dampak inovasi bagi tema tersebut",
                "fill `keselarasan_tema` with a few sentences on how the innovation serves the theme",
            ),
        },
        docs=Docs(
            "Proposal menjelaskan bagaimana inovasi mendukung tema edisi ini.",
            "Lulus bila `keselarasan_tema` berisi teks. Benar-tidaknya keselarasan itu dinilai juri.",
            "Gagal (peringatan) bila tidak diisi atau kosong.",
            "Perbaikan: jelaskan dalam beberapa kalimat bagaimana inovasi mendukung tema.",
            "Sumber: `theme` dalam paket aturan (2025: laporan sosialisasi di metronewstv.co.id) [dikonfirmasi].",
        ),
    ),
    "ADM005": RuleWords(
        title=M("Judul inovasi diisi", "Innovation title is present"),
        messages={
            "adm.title.missing": M(
                "judul inovasi (`judul`) belum diisi", "the innovation's title (`judul`) is missing"
            ),
            "adm.title.missing.fix": M(
                "tulis judul inovasi seperti yang akan tampil di SINOVIK",
                "write the title as it will appear on SINOVIK",
            ),
        },
        docs=Docs(
            "Inovasi punya judul.",
            "Lulus bila `judul` berisi teks.",
            "Gagal bila tidak diisi atau kosong.",
            "Perbaikan: tulis judul inovasi persis seperti akan tampil di SINOVIK.",
            "Sumber: persyaratan 2025 (kaltimprov.go.id) [dikonfirmasi].",
        ),
    ),
    "ADM006": RuleWords(
        title=M("Judul sesuai norma dan kepantasan", "Title respects decency and propriety"),
        messages={
            "adm.title.improper": M(
                "judul memuat kata yang tidak pantas: {words}",
                "the title contains improper words: {words}",
            ),
            "adm.title.improper.fix": M(
                "ganti kata tersebut; judul harus sesuai norma dan kepantasan",
                "replace those words; the title must respect decency",
            ),
            "adm.title.shouting": M(
                "judul ditulis seluruhnya dengan huruf kapital",
                "the title is written entirely in capitals",
            ),
            "adm.title.shouting.fix": M(
                "pakai huruf kapital hanya untuk akronim, lalu tulis kepanjangannya dengan huruf biasa",
                "keep capitals for the acronym and write its expansion in normal case",
            ),
        },
        docs=Docs(
            "Judul sesuai *norma dan kepantasan* dan terbaca sebagai judul.",
            'Lulus bila judul tidak memuat kata dari daftar kata tidak pantas dan tidak "berteriak": judul serba huruf kapital boleh bila berupa akronim pendek atau disertai kepanjangannya.',
            "Gagal (peringatan) pada kata yang tidak pantas, atau judul panjang yang serba huruf kapital.",
            "Perbaikan: ubah rumusan judul; tulis kata dengan huruf biasa, huruf kapital hanya untuk akronimnya.",
            "Sumber: persyaratan 2025, judul harus sesuai kepantasan (kaltimprov.go.id) [dikonfirmasi]; pemeriksaannya sendiri heuristik.",
        ),
    ),
    "ADM007": RuleWords(
        title=M("Judul akronim disertai kepanjangannya", "Acronym title carries its expansion"),
        messages={
            "adm.title.bare_acronym": M(
                'judul "{title}" hanya akronim; penilai tidak tahu inovasinya dari judul',
                'the title "{title}" is only an acronym; judges cannot tell the innovation from it',
            ),
            "adm.title.bare_acronym.fix": M(
                'tambahkan kepanjangannya dalam kurung, misalnya "SIGAP (Sistem Informasi ...)"',
                'add the expansion in parentheses, e.g. "SIGAP (Sistem Informasi ...)"',
            ),
        },
        docs=Docs(
            "Judul berupa akronim disertai kepanjangannya, sehingga judul menggambarkan inovasinya.",
            'Lulus bila judul bukan sekadar akronim, atau akronimnya diikuti kepanjangan, misalnya "SUMPAH BERUANG (Sulap Sampah Berubah menjadi Uang)".',
            'Gagal (saran) bila judul hanya akronim, seperti "SI-ANTRI".',
            "Perbaikan: tambahkan kepanjangannya dalam kurung setelah akronim.",
            "Sumber: kebiasaan para pemenang (materi 123dok 2023) [diasumsikan]; aturan bahwa judul harus menggambarkan inovasi dikonfirmasi (kaltimprov.go.id).",
        ),
    ),
    "ADM012": RuleWords(
        title=M("Isian proposal bebas teks templat", "Proposal text holds no template text"),
        messages={
            "adm.residue": M(
                "`{key}` masih memuat teks templat `{found}`",
                "`{key}` still holds template text `{found}`",
            ),
            "adm.residue.fix": M(
                "ganti teks templat dengan isi sebenarnya",
                "replace the template text with the real content",
            ),
        },
        docs=Docs(
            "Tidak ada jawaban dalam proposal yang masih memuat teks isian dari templat.",
            'Lulus bila tidak ada nilai teks yang memuat "lorem ipsum", isian dalam kurung (`[isi di sini]`, `[Nama Inovator]`, `<<nomor>>`), "isi di sini", petunjuk Word "klik atau ketuk di sini", TODO/FIXME/TBD, deretan `xxx`, atau label templat seperti "Nama Inovasi" sebagai seluruh isinya.',
            "Gagal (peringatan) sekali untuk setiap nilai, dengan menyebut isiannya; temuannya masuk baris aspek bila ada di jawaban.",
            "Perbaikan: ganti teks templat dengan isi yang sebenarnya.",
            "Sumber: saran; jawaban yang belum selesai terbaca sebagai proposal yang belum lengkap.",
        ),
    ),
    "ADM101": RuleWords(
        title=M("Setiap proposal memakai judulnya sendiri", "Each proposal has its own title"),
        messages={
            "cross.title_reused": M(
                "judul yang sama dipakai {count} proposal; juga di: {others}",
                "the same title is used by {count} proposals; also in: {others}",
            ),
            "cross.title_reused.fix": M(
                "ajukan satu proposal per inovasi, atau beri tiap proposal judul yang menggambarkan inovasinya sendiri",
                "enter one proposal per innovation, or give each proposal a title that describes its own innovation",
            ),
        },
        docs=Docs(
            "Setiap proposal dalam satu pemeriksaan punya judulnya sendiri.",
            "Lulus bila tidak ada dua proposal yang diperiksa dengan edisi yang sama berjudul sama (dibandingkan tanpa memedulikan huruf besar-kecil dan spasi).",
            "Gagal (peringatan) untuk setiap proposal yang judulnya juga dipakai proposal lain: biasanya satu inovasi diajukan dua kali, atau berkas salinan yang judulnya lupa diganti.",
            "Perbaikan: ajukan satu proposal per inovasi, atau beri setiap proposal judul yang menggambarkan inovasinya sendiri.",
            "Sumber: persyaratan 2025, judul menggambarkan inovasi (kaltimprov.go.id) [dikonfirmasi]; instansi menjalankan seleksi awal internal lebih dulu (klikanggaran.com, 2022). Pemeriksaan judul kembar itu sendiri heuristik.",
        ),
    ),
    "ADM102": RuleWords(
        title=M(
            "Jumlah proposal per instansi dalam kuota", "Proposals per institution within the quota"
        ),
        messages={
            "cross.quota_exceeded": M(
                "{institution} mengajukan {count} proposal dalam pemeriksaan ini, melebihi kuota {quota} per instansi; yang lain: {others}",
                "{institution} enters {count} proposals in this run, over the quota of {quota} per institution; the others: {others}",
            ),
            "cross.quota_exceeded.fix": M(
                "lakukan seleksi awal di instansi dan ajukan paling banyak {quota} proposal",
                "run the internal pre-selection and enter at most {quota} proposals",
            ),
        },
        docs=Docs(
            "Sebuah instansi tidak mengajukan proposal melebihi kuota edisi ini.",
            "Lulus bila, di antara proposal yang diperiksa dengan edisi yang sama, tidak ada instansi dengan proposal lebih dari `quota_per_institution` dalam paket aturan (2025: 15), atau paket tidak menetapkan kuota. Proposal dihitung per instansi induk (`instansi.induk`, misalnya kabupatennya), atau per `instansi.nama` bila induk tidak ditulis.",
            "Gagal untuk setiap proposal dari instansi yang melebihi kuota; peringatan selama kuotanya hanya dilaporkan satu sumber, seperti untuk 2025.",
            "Perbaikan: pilih proposal mana yang diajukan instansi (seleksi awal internal).",
            "Sumber: `quota_per_institution` dalam paket aturan (2025: paling banyak 15, Perpusnas, 21 Mei 2025) [satu sumber]; 2021: 10 umum + 5 replikasi (menpan.go.id) [dikonfirmasi].",
        ),
    ),
}
