"""Messages of the content rules on the letters and attachments (DOK005–DOK012, ADM012).

Each finding key has a `.fix`; `{file}` is an attachment's path as the YAML
writes it, `{label}` the pack's name of the letter, and `{found}`, `{date}`
and `{name}` are text taken from a PDF or the YAML, shortened and made safe.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

_SAME_EVERYWHERE = M(
    "tulis nama yang sama persis di proposal.yaml dan di surat (gelar boleh berbeda), atau perbaiki suratnya lalu pindai atau ekspor ulang",
    "write the same name in proposal.yaml and in the letter (titles may differ), or correct the letter and scan or export it again",
)
_SCAN_LIMITS = M(
    'pindai ulang pada 150–200 dpi dalam skala abu-abu, atau kompres dengan fitur "Reduce File Size"/"Optimize PDF"; pecah berkas bila masih terlalu besar',
    'rescan at 150–200 dpi in greyscale, or compress it with "Reduce File Size"/"Optimize PDF"; split the file if it is still too big',
)

TITLES: dict[str, M] = {
    "rule.DOK005": M(
        "Surat identitas menyebut para inovator", "Identity letter names the innovators"
    ),
    "rule.DOK006": M(
        "Surat replikasi menyebut replikasi dan instansi",
        "Replication letter names replication and institution",
    ),
    "rule.DOK007": M("Judul inovasi tercantum di kedua surat", "Both letters carry the title"),
    "rule.DOK008": M(
        "Tanggal surat tidak sesudah pengajuan", "Letters are not dated after submission"
    ),
    "rule.DOK009": M("Isi surat dapat dibaca (bukan pindaian)", "Letters have readable text"),
    "rule.DOK010": M("Tidak ada lampiran ganda", "No file is attached twice"),
    "rule.DOK011": M(
        "Setiap PDF di folder dirujuk proposal", "Every PDF in the folder is referenced"
    ),
    "rule.DOK012": M("Lampiran bebas teks templat", "Attachments hold no template text"),
    "rule.ADM012": M("Isian proposal bebas teks templat", "Proposal text holds no template text"),
}

FINDINGS: dict[str, M] = {
    "dok.identity.not_identity": M(
        "`{file}`, yang dilampirkan sebagai {label}, tidak menyebut inovator maupun identitas; tampaknya dokumen lain",
        "`{file}`, attached as the {label}, mentions neither innovators nor identity; it looks like another document",
    ),
    "dok.identity.not_identity.fix": M(
        "lampirkan surat pernyataan identitas inovator yang menyebut nama setiap inovator dan judul inovasi",
        "attach the innovator identity statement that names every innovator and the innovation",
    ),
    "dok.identity.innovator_absent": M(
        "inovator `{name}` tidak disebut dalam {label} (`{file}`)",
        "innovator `{name}` is not named in the {label} (`{file}`)",
    ),
    "dok.identity.innovator_absent.fix": _SAME_EVERYWHERE,
    "dok.replication.not_replication": M(
        "`{file}`, yang dilampirkan sebagai {label}, tidak menyebut replikasi; tampaknya dokumen lain",
        "`{file}`, attached as the {label}, never mentions replication; it looks like another document",
    ),
    "dok.replication.not_replication.fix": M(
        "lampirkan surat pernyataan kesediaan inovasi untuk direplikasi, ditandatangani pimpinan instansi",
        "attach the statement of willingness to have the innovation replicated, signed by the head of the institution",
    ),
    "dok.replication.institution_absent": M(
        "instansi `{name}` tidak disebut dalam {label} (`{file}`)",
        "the institution `{name}` is not named in the {label} (`{file}`)",
    ),
    "dok.replication.institution_absent.fix": M(
        "tulis nama instansi yang sama di `instansi.nama` dan di surat kesediaan replikasi",
        "write the same institution name in `instansi.nama` and in the replication letter",
    ),
    "dok.title.absent": M(
        "judul `{title}` tidak tercantum dalam {label} (`{file}`)",
        "the title `{title}` does not appear in the {label} (`{file}`)",
    ),
    "dok.title.absent.fix": M(
        "tulis judul inovasi persis sama di `judul` dan di kedua surat",
        "write the innovation's title exactly the same in `judul` and in both letters",
    ),
    "dok.title.acronym_only": M(
        "{label} (`{file}`) hanya menyebut `{short}`, tanpa judul lengkap `{title}`",
        "the {label} (`{file}`) names only `{short}`, not the full title `{title}`",
    ),
    "dok.title.acronym_only.fix": M(
        "tulis judul lengkap beserta kepanjangannya di surat, sama dengan `judul`",
        "write the full title with its expansion in the letter, as in `judul`",
    ),
    "dok.date.after_submission": M(
        "{label} (`{file}`) memuat tanggal {date}, sesudah rencana pengajuan {submission}",
        "the {label} (`{file}`) is dated {date}, after the planned submission on {submission}",
    ),
    "dok.date.after_submission.fix": M(
        "surat harus sudah ditandatangani sebelum diajukan: perbaiki tanggal surat atau `rencana_pengajuan`",
        "the letter must be signed before it is submitted: correct its date or `rencana_pengajuan`",
    ),
    "dok.date.future": M(
        "{label} (`{file}`) memuat tanggal {date}, sesudah hari ini ({today}); surat yang sudah ditandatangani tidak bertanggal di masa depan",
        "the {label} (`{file}`) is dated {date}, after today ({today}); a signed letter is not dated in the future",
    ),
    "dok.date.future.fix": M(
        "periksa tanggal surat dan lampirkan surat yang sudah ditandatangani pada tanggal sebenarnya",
        "check the letter's date and attach the letter as actually signed, with its real date",
    ),
    "dok.letter.scanned": M(
        "{label} (`{file}`) berupa pindaian tanpa lapisan teks, sehingga isinya (nama, judul, tanggal) tidak dapat diperiksa",
        "the {label} (`{file}`) is a scan without a text layer, so its content (names, title, date) could not be checked",
    ),
    "dok.letter.scanned.fix": M(
        "lampirkan PDF yang diekspor dari pengolah kata lalu ditandatangani, atau jalankan OCR pada pindaian; lalu periksa lagi",
        "attach the PDF exported from the word processor and then signed, or run OCR on the scan; then check again",
    ),
    "dok.letter.no_text": M(
        "{label} (`{file}`) tidak memuat teks yang dapat dibaca, sehingga isinya tidak dapat diperiksa",
        "the {label} (`{file}`) holds no readable text, so its content could not be checked",
    ),
    "dok.letter.no_text.fix": M(
        "buka berkasnya untuk memastikan isinya benar, lalu ekspor ulang sebagai PDF dari pengolah kata",
        "open the file to make sure it is the right one, then export it again as PDF from the word processor",
    ),
    "dok.duplicate.same_file": M(
        "`{file}` sama persis isinya dengan `{other}`: berkas yang sama dilampirkan dua kali dengan nama berbeda",
        "`{file}` has exactly the same content as `{other}`: one file attached twice under different names",
    ),
    "dok.duplicate.same_file.fix": M(
        "lampirkan dokumen yang memang dimaksud di tempat itu, atau tulis satu nama berkas saja",
        "attach the document that belongs there, or write one file name only",
    ),
    "dok.duplicate.letters": M(
        "surat identitas inovator dan surat kesediaan replikasi adalah berkas yang sama (`{file}`); salah satu surat belum dilampirkan",
        "the identity letter and the replication letter are the same file (`{file}`); one of the letters is not attached",
    ),
    "dok.duplicate.letters.fix": M(
        "lampirkan kedua surat sebagai dua berkas terpisah, masing-masing di kuncinya sendiri",
        "attach the two letters as two separate files, each under its own key",
    ),
    "dok.unreferenced": M(
        "`{file}` ada di folder proposal tetapi tidak dirujuk di `dokumen` maupun `data_dukung`",
        "`{file}` is in the proposal's folder but neither `dokumen` nor `data_dukung` refers to it",
    ),
    "dok.unreferenced.fix": M(
        "tulis jalurnya di `dokumen` atau `data_dukung.<aspek>` bila berkas itu harus ikut diajukan, atau pindahkan dari folder proposal",
        "write its path under `dokumen` or `data_dukung.<aspect>` if it belongs to the submission, or move it out of the proposal's folder",
    ),
    "dok.unreferenced.more": M(
        "dan {count} PDF lain di folder proposal yang tidak dirujuk",
        "and {count:more PDF|more PDFs} in the proposal's folder that nothing refers to",
    ),
    "dok.unreferenced.more.fix": M(
        "periksa folder proposal: lampirkan berkas yang perlu dan pindahkan sisanya",
        "go through the proposal's folder: attach the files that belong and move the rest out",
    ),
    "dok.residue": M(
        "`{file}` halaman {page} masih memuat teks templat `{found}`",
        "`{file}` page {page} still holds template text `{found}`",
    ),
    "dok.residue.fix": M(
        "ganti teks templat dengan isi sebenarnya di dokumen asal, ekspor ulang PDF-nya, lalu ganti lampirannya",
        "replace the template text with the real content in the source document, export the PDF again and replace the attachment",
    ),
    "adm.residue": M(
        "`{key}` masih memuat teks templat `{found}`",
        "`{key}` still holds template text `{found}`",
    ),
    "adm.residue.fix": M(
        "ganti teks templat dengan isi sebenarnya",
        "replace the template text with the real content",
    ),
    "dok.size.over_scanned": M(
        "berkas `{file}` berukuran {size}, melebihi batas {limit}; {scanned} dari {pages} halamannya berupa gambar pindaian",
        "file `{file}` is {size}, over the {limit} limit; {scanned} of its {pages} pages are scanned images",
    ),
    "dok.size.over_scanned.fix": _SCAN_LIMITS,
}

MESSAGES: dict[str, M] = {**TITLES, **FINDINGS}
