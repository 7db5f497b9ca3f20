"""The documentation of DOK013 (active content in attachments), in both languages; see
`kipp_check.rule_docs`. Its English paragraphs are the rule's docstring, word for word."""

from __future__ import annotations

from kipp_check.i18n.message import Message
from kipp_check.i18n.messages_explain import rule_doc_messages as doc

MESSAGES: dict[str, Message] = {
    **doc(
        "DOK013",
        "Tidak ada PDF lampiran yang memuat JavaScript, aksi saat dibuka, aksi otomatis, atau formulir XFA.",
        "No attached PDF holds JavaScript, an action on opening, automatic actions or an XFA form.",
        "Lulus bila tidak ada lampiran yang memuat JavaScript dokumen atau halaman, aksi `/OpenAction` atau `/AA`, aksi menjalankan program, atau formulir XFA, di katalog dokumen maupun di halaman yang dibaca.",
        "Passes when no attachment has document or page JavaScript, an `/OpenAction` or `/AA` action, a launch action or an XFA form, in the catalogue or on the pages read.",
        "Gagal (peringatan) sekali untuk setiap berkas, dengan menyebut isinya.",
        "Fails (warning) once per file, naming what it holds.",
        "Perbaikan: buat ulang PDF-nya tanpa skrip dan formulir (ekspor dari dokumen sumbernya, atau cetak ke PDF), lalu lampirkan lagi.",
        "Fix: make the PDF again without scripts or forms (export it from the source document, or print to PDF), then attach it again.",
        "Sumber: saran; Acrobat menjalankan isi seperti itu saat berkas dibuka (ISO 32000-1 §12.6 aksi dan pemicunya, §12.7.8 formulir XFA), dan juri membuka surat-surat di Acrobat.",
        "Source: advice; Acrobat runs such content when the file opens (ISO 32000-1 §12.6 actions and trigger events, §12.7.8 XFA forms), and judges open the letters in Acrobat.",
    ),
}
