"""The documentation of the letter-form rules (DOK014–DOK016), in both languages; see `kipp_check.rule_docs`.

Each rule's English paragraphs are its docstring's, word for word (a test holds
them together); the Indonesian translation stands above each.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message
from kipp_check.i18n.messages_explain import rule_doc_messages as doc

MESSAGES: dict[str, Message] = {
    **doc(
        "DOK014",
        "Tidak ada surat yang berupa contoh atau templat.",
        "No letter is a specimen or a template.",
        'Lulus bila tidak ada halaman surat yang memuat tanda contoh atau templat: "BUKAN DOKUMEN ASLI", "SPESIMEN", "template", "contoh surat", baris yang hanya berbunyi "CONTOH" atau "DRAF". Isian yang belum diisi ("Nomor: xxx", "Nama : ......") adalah urusan DOK012.',
        'Passes when no page of a letter shows a specimen or template marker: "BUKAN DOKUMEN ASLI", "SPESIMEN", "template", "contoh surat", a line reading only "CONTOH" or "DRAF". Blanks left to fill in ("Nomor: xxx", "Nama : ......") are DOK012\'s.',
        "Gagal (peringatan) sekali untuk setiap halaman yang memuatnya, dengan mengutip tandanya.",
        "Fails (warning) once per page that has one, quoting the markers.",
        "Perbaikan: lampirkan surat sebagaimana diterbitkan dan ditandatangani, bukan contoh yang menjadi dasarnya.",
        "Fix: attach the letter as issued and signed, not the specimen it was written from.",
        "Sumber: kedua surat adalah dokumen wajib proposal (kaltimprov.go.id 2025) [dikonfirmasi]; templatnya tidak dipublikasikan (kipp-rules §11.7), jadi tanda-tanda ini heuristik.",
        "Source: the letters are mandatory documents of the proposal (kaltimprov.go.id 2025) [confirmed]; their template is not published (kipp-rules §11.7), so the markers are a heuristic.",
    ),
    **doc(
        "DOK015",
        "Setiap surat punya nomor dan tanggal, sebagaimana surat dinas.",
        "Each letter has its number and its date, as an official letter does.",
        'Lulus bila teks surat memuat baris nomor ("Nomor: 470/318/Disdukcapil/2025") dan tanggal ("Tanjung Sekala, 12 Mei 2025", "12-05-2025").',
        'Passes when a letter\'s text has a number line ("Nomor: 470/318/Disdukcapil/2025") and a date ("Tanjung Sekala, 12 Mei 2025", "12-05-2025").',
        "Gagal (peringatan) untuk masing-masing yang tidak ada, dengan menyebut halaman tempat mencarinya (nomor di halaman pertama, tanggal di halaman terakhir yang dibaca).",
        "Fails (warning) for each that is missing, naming the page where it was looked for (the number on the first page, the date on the last page read).",
        "Perbaikan: lampirkan surat yang sudah diberi nomor dan tanggal oleh instansi penerbitnya.",
        "Fix: attach the letter as numbered and dated by the office that issued it.",
        "Sumber: surat dinas memuat nomor dan tanggal (*tata naskah dinas*); templat 2025 tidak dipublikasikan (kipp-rules §11.7) — heuristik.",
        "Source: an official letter carries a number and a date (*tata naskah dinas*); the 2025 template is not published (kipp-rules §11.7) — heuristic.",
    ),
    **doc(
        "DOK016",
        "Setiap surat ditandatangani, dan menyebut siapa penanda tangannya serta jabatannya.",
        "Each letter is signed, and names who signs it and in what position.",
        'Lulus bila surat menunjukkan tanda tangan — blok "ttd."/"TTD" atau "tertanda", tanda tangan elektronik, gambar di halaman terakhirnya atau kolom tanda tangan digital — dan menyebut penanda tangan (baris "Nama :", NIP, atau nama di bawah tanda tangan) serta jabatannya ("Jabatan :", atau baris yang dibuka dengan Kepala, Bupati, Wali Kota, Direktur…).',
        'Passes when a letter shows a signature — a "ttd."/"TTD" or "tertanda" block, an electronic signature, an image on its last page or a digital signature field — and names the signatory (a "Nama :" line, a NIP, or a name under the signature) and their position ("Jabatan :", or a line opening with Kepala, Bupati, Wali Kota, Direktur…).',
        "Gagal (peringatan) bila tidak tampak tanda tangan di halaman terakhir (diam bila halaman terakhir tidak diperiksa), dan bila nama atau jabatan penanda tangan tidak ada.",
        "Fails (warning) when no signature is seen on the last page (quiet when the last page was not examined), and when the signatory's name or position is missing.",
        "Perbaikan: lampirkan surat yang sudah ditandatangani; blok tanda tangan memuat nama, NIP dan jabatan pejabat.",
        "Fix: attach the signed letter; the signature block gives the official's name, NIP and position.",
        "Sumber: heuristik `docs.signed_stamped`: gambar atau kolom tanda tangan di halaman terakhir, nama dan jabatan penanda tangan (kipp-rules §12) [belum dikonfirmasi untuk 2025].",
        "Source: heuristic `docs.signed_stamped`: an image or signature field on the last page, signer name and position (kipp-rules §12) [unconfirmed for 2025].",
    ),
}
MESSAGES.update(
    doc(
        "ASP006",
        "Tidak ada jawaban yang memuat format Markdown, yang akan ditampilkan SINOVIK apa adanya.",
        "No answer carries Markdown formatting, which SINOVIK would show literally.",
        "Lulus bila tidak ada kotak jawaban yang memuat judul Markdown (`### …`), huruf tebal (`**…**`), kode dalam backtick atau tabel garis tegak (`| … |`).",
        "Passes when no answer box has a Markdown heading (`### …`), bold (`**…**`), code in backticks or a pipe table (`| … |`).",
        "Gagal (saran) sekali per kotak, dengan menyebut yang ditemukan.",
        "Fails (info) once per box, naming what it found.",
        "Perbaikan: tulis judul sebagai baris biasa, hapus tanda bintang dan backtick, dan ubah tabel menjadi kalimat pendek atau daftar; `kipp-check export --format text` menjaga judul di barisnya sendiri.",
        "Fix: write headings as a plain line, drop the asterisks and backticks, and turn a table into short sentences or a list; `kipp-check export --format text` keeps headings on their own lines.",
        "Sumber: kotak jawaban SINOVIK adalah area teks biasa (salinan formulir di daerah, formulir B dan C) [diasumsikan]; saran.",
        "Source: SINOVIK's answer boxes are plain text areas (regional copies of the form, forms B and C) [assumed]; advice.",
    )
)
