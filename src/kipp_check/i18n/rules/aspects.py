"""The words of the proposal-aspect rules (ASP, *aspek proposal*): the answers to the form.

One block per rule: see `kipp_check.i18n.rules`.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M
from kipp_check.i18n.rules import Docs, RuleWords

RULES: dict[str, RuleWords] = {
    "ASP001": RuleWords(
        title=M("Semua aspek proposal diisi", "Every proposal aspect is answered"),
        messages={
            "adm.identity.missing": M(
                "`{key}` ({label}) belum diisi; formulir {pack} memintanya",
                "`{key}` ({label}) is not filled in; the {pack} form asks for it",
            ),
            "adm.identity.missing.fix": M("isi `{key}`: {about}", "fill in `{key}`: {about}"),
            "asp.missing": M("aspek {label} belum diisi", "aspect {label} is not answered"),
            "asp.missing.fix": M(
                "tulis jawaban aspek ini; SINOVIK tidak menerima kolom kosong",
                "write this answer; SINOVIK does not accept an empty box",
            ),
        },
        docs=Docs(
            "Setiap aspek yang wajib dijawab kelompok ini berisi teks.",
            "Lulus bila setiap aspek dalam paket aturan untuk kelompok proposal (2025: delapan aspek Kelompok Umum 2023, ditambah tiga untuk replikasi) ditulis di bawah `proposal`, dan setiap isian identitas yang diminta formulir paket (2026, sementara: Target Asta Cita, Target SDGs, Jenis Inovasi, Sektor, Lokasi) diisi.",
            "Gagal bila ada yang tidak diisi atau kosong; peringatan selama formulirnya diasumsikan (2025). Proposal yang tidak menjawab satu aspek pun adalah galat di setiap edisi, dan setiap kolom kosong dicantumkan di baris aspeknya sendiri.",
            "Perbaikan: tulis aspeknya; SINOVIK tidak menerima kotak isian yang kosong.",
            "Sumber: aspek Kelompok Umum 2023 (123dok, goindonesia.co) [dikonfirmasi untuk 2023]; proposal harus lengkap (kaltimprov.go.id, 2025) [dikonfirmasi].",
        ),
    ),
    "ASP002": RuleWords(
        title=M("Jawaban dalam batas jumlah kata", "Answers are within their word limit"),
        messages={
            "asp.too_long": M(
                "aspek {label}: {words} kata, melebihi batas {limit} kata ({over} kata lebih)",
                "aspect {label}: {words} words, over the {limit}-word limit by {over}",
            ),
            "asp.too_long.fix": M(
                "ringkas jawaban; pindahkan rincian ke data dukung",
                "shorten the answer; move detail into the supporting data",
            ),
        },
        docs=Docs(
            "Setiap jawaban tidak melebihi batas katanya.",
            "Lulus bila setiap kotak jawaban berisi paling banyak sejumlah kata dalam paket aturan, dihitung seperti salinan formulir SINOVIK di daerah menghitungnya: markah dibuang, lalu setiap token yang dipisahkan spasi adalah kata, termasuk butir `-`, `:` yang berdiri sendiri dan `|` tabel (`masing-masing` dan `25%` masing-masing satu kata). Bila hitungan pembaca (token yang memuat huruf atau angka) lebih besar, hitungan itulah yang dipakai: yang lebih ketat dari keduanya.",
            "Gagal bila ada yang lebih panjang; peringatan selama batasnya diasumsikan (2025: batas 2023).",
            "Perbaikan: ringkas jawabannya; pindahkan rincian ke data dukung.",
            "Sumber: *Ringkasan* 200 kata (123dok 2023) [dikonfirmasi untuk 2023]; batas lainnya dari salinan formulir regional [diasumsikan].",
        ),
    ),
    "ASP003": RuleWords(
        title=M("Tidak ada aspek di luar formulir", "No aspect outside the form"),
        messages={
            "asp.not_asked": M(
                "aspek `{aspect}` tidak ada di formulir kelompok {group_name}; teksnya tidak akan terkirim",
                "aspect `{aspect}` is not on the form of group {group_name}; its text would be lost",
            ),
            "asp.not_asked.fix": M(
                "pindahkan isinya ke aspek kelompok Anda, atau ganti kelompok",
                "move the text into an aspect of your group, or change the group",
            ),
        },
        docs=Docs(
            "Hanya aspek yang ditanyakan formulir kepada kelompok ini yang ditulis.",
            "Lulus bila setiap teks di bawah `proposal` termasuk aspek kelompok proposal itu.",
            "Gagal (peringatan) bila aspek kelompok atau edisi lain ditulis (misalnya `inspirasi` di Kelompok Umum): SINOVIK tidak punya kotak untuknya dan teksnya hilang.",
            "Perbaikan: pindahkan teksnya ke aspek kelompok Anda, atau ganti kelompoknya.",
            "Sumber: aspek per kelompok dalam paket aturan (2023: 123dok; aspek replikasi: salinan regional) [diasumsikan].",
        ),
    ),
    "ASP004": RuleWords(
        title=M("Klaim replikasi menyebut pereplikasi", "Replication claim names replicators"),
        messages={
            "asp.replicated_unnamed": M(
                "proposal menyatakan sudah direplikasi, tetapi tidak menyebut siapa yang mereplikasi",
                "the proposal says it was replicated but names no one who replicated it",
            ),
            "asp.replicated_unnamed.fix": M(
                "sebutkan instansi atau unit pereplikasi di `replikasi.oleh`",
                "name the replicating institutions under `replikasi.oleh`",
            ),
        },
        docs=Docs(
            "Proposal yang menyatakan sudah direplikasi menyebut siapa yang mereplikasinya.",
            "Lulus bila `replikasi.sudah` tidak bernilai true, atau `replikasi.oleh` menyebut paling sedikit satu instansi atau unit.",
            "Gagal bila replikasi diklaim tetapi tidak ada yang disebut.",
            "Perbaikan: cantumkan instansi yang mereplikasi inovasi di `replikasi.oleh`.",
            "Sumber: pertanyaan (a) *Adaptabilitas* menanyakan siapa yang mereplikasi (formulir regional B) [diasumsikan]; KIPP 2025 menekankan replikasi (menpan.go.id) [dikonfirmasi].",
        ),
    ),
    "ASP005": RuleWords(
        title=M(
            "Jawaban menyisakan ruang di bawah batas kata",
            "Answers leave room below the word limit",
        ),
        messages={
            "hint.near_limit": M(
                "{label}: {words} dari {limit} kata ({percent} %), dekat batas",
                "{label}: {words} of {limit} words ({percent} %), close to the limit",
            ),
            "hint.near_limit.fix": M(
                "pangkas beberapa kalimat: cara SINOVIK menghitung kata tidak diumumkan, jadi hitungan portal bisa sedikit berbeda",
                "trim a few sentences: SINOVIK does not publish how it counts words, so the portal's count may differ slightly",
            ),
        },
        docs=Docs(
            "Setiap jawaban menyisakan sedikit ruang di bawah batas katanya.",
            "Lulus bila jawaban memakai kurang dari 90 % batasnya (atau tidak punya batas).",
            "Gagal (saran) mulai 90 % hingga tepat di batas, dengan menyebut jumlah katanya; melewati batas adalah galat ASP002.",
            "Perbaikan: pangkas beberapa kalimat, agar hitungan SINOVIK yang sedikit berbeda tetap muat.",
            "Sumber: cara SINOVIK menghitung kata tidak diumumkan (dosir aturan, `word_count_method`) [diasumsikan]; ambang 90 % adalah saran, sebuah heuristik.",
        ),
    ),
    "ASP006": RuleWords(
        title=M("Jawaban tanpa format Markdown", "Answers carry no Markdown formatting"),
        messages={
            "asp.markdown": M(
                "{label} memuat format Markdown ({marks}); kotak SINOVIK hanya teks biasa, jadi tanda itu akan tampil apa adanya",
                "{label} carries Markdown formatting ({marks}); SINOVIK's boxes are plain text, so the marks would show as they are",
            ),
            "asp.markdown.fix": M(
                "tulis judul bagian sebagai baris biasa, hapus tanda bintang dan backtick, dan ubah tabel menjadi kalimat atau daftar; `kipp-check export --format text` menjaga judul di barisnya sendiri",
                "write headings as a plain line, drop the asterisks and backticks, and turn tables into sentences or a list; `kipp-check export --format text` keeps headings on their own lines",
            ),
            "asp.markdown.bold": M("huruf tebal `**`", "`**` bold"),
            "asp.markdown.code": M("backtick", "backticks"),
            "asp.markdown.heading": M("judul `###`", "`###` heading"),
            "asp.markdown.table": M("tabel `|`", "`|` table"),
        },
        docs=Docs(
            "Tidak ada jawaban yang memuat format Markdown, yang akan ditampilkan SINOVIK apa adanya.",
            "Lulus bila tidak ada kotak jawaban yang memuat judul Markdown (`### …`), huruf tebal (`**…**`), kode dalam backtick atau tabel garis tegak (`| … |`).",
            "Gagal (saran) sekali per kotak, dengan menyebut yang ditemukan.",
            "Perbaikan: tulis judul sebagai baris biasa, hapus tanda bintang dan backtick, dan ubah tabel menjadi kalimat pendek atau daftar; `kipp-check export --format text` menjaga judul di barisnya sendiri.",
            "Sumber: kotak jawaban SINOVIK adalah area teks biasa (salinan formulir di daerah, formulir B dan C) [diasumsikan]; saran.",
        ),
    ),
    "ASP007": RuleWords(
        title=M("Latar belakang memuat angka", "Background gives figures"),
        messages={
            "asp.background.no_figures": M(
                "{label} tidak memuat angka: belum tampak seberapa besar masalah sebelum inovasi",
                "{label} gives no figures: it does not show how large the problem was before the innovation",
            ),
            "asp.background.no_figures.fix": M(
                "sebutkan besarnya masalah dengan angka dan sumber datanya (berapa warga atau desa, berapa lama, berapa jauh, berapa persen)",
                "give the size of the problem in figures with their source (how many residents or villages, how long, how far, what share)",
            ),
        },
        docs=Docs(
            "Latar belakang memuat angka: seberapa besar masalahnya sebelum ada inovasi.",
            "Lulus bila jawaban pertama yang diberi peran *background* oleh paket aturan (2025: *latar belakang dan tujuan*) memuat paling sedikit satu angka, berupa bilangan atau persentase; tahun saja tidak dihitung sebagai angka. Jawaban yang tidak ditulis adalah urusan ASP001.",
            'Gagal (saran) bila tidak ada angka sama sekali: "warga menempuh perjalanan jauh" tidak menyebut seberapa jauh.',
            'Perbaikan: sebutkan besarnya masalah dengan angka beserta sumbernya, misalnya "38 desa hanya dapat dijangkau melalui sungai".',
            "Sumber: pertanyaan latar belakang meminta keadaan sebelum inovasi dengan target terukur dalam formulir 2023 (formulir daerah B, berkas aturan `proposal.latar_belakang.elements`) dan meminta *data pendukung* dalam formulir Jawa Timur 2026 [diasumsikan]; menghitung angka adalah heuristik.",
        ),
    ),
}
