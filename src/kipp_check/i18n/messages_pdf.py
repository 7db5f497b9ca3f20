"""Messages of the pdf area; see `kipp_check.i18n`.

Each `pdf.<what>` key is a problem of one attachment (`PdfFacts.problem`);
every message takes `{path}` (the path as written in the YAML) plus the fields
named in its text, and `pdf.<what>.fix` says how to fix it without any field.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message

_EXPORT_AGAIN = Message(
    id="ekspor ulang dokumen sebagai PDF dari aplikasi pengolah kata lalu perbarui jalurnya di proposal.yaml",
    en="export the document again as PDF from the word processor, then update its path in proposal.yaml",
)
_PRINT_AGAIN = Message(
    id='buat ulang PDF-nya, misalnya dengan mencetak dokumen ke "Simpan sebagai PDF", lalu ganti berkas lampiran dengan hasilnya',
    en='recreate the PDF, for example by printing the document to "Save as PDF", and replace the attachment with the result',
)
_CHECK_SPELLING = Message(
    id="samakan jalur di proposal.yaml dengan nama berkas yang ada di folder proposal, dan pastikan berkasnya sudah disimpan (di-commit) ke repositori",
    en="make the path in proposal.yaml match the file name in the proposal folder, and make sure the file is saved (committed) to the repository",
)
_RELATIVE = Message(
    id="tulis jalur berkas relatif terhadap folder proposal.yaml, misalnya `lampiran/surat.pdf`",
    en="write the file's path relative to the folder of proposal.yaml, for example `lampiran/surat.pdf`",
)

MESSAGES: dict[str, Message] = {
    "pdf.empty_path": Message(
        id="jalur lampiran kosong",
        en="the attachment path is empty",
    ),
    "pdf.empty_path.fix": _RELATIVE,
    "pdf.control_character": Message(
        id="jalur `{path}` mengandung karakter kendali atau karakter tak terlihat",
        en="the path `{path}` contains control or invisible characters",
    ),
    "pdf.control_character.fix": Message(
        id="ketik ulang jalur itu di proposal.yaml dengan huruf biasa, dan ganti nama berkasnya bila perlu",
        en="retype the path in proposal.yaml with plain characters, and rename the file if needed",
    ),
    "pdf.url": Message(
        id="`{path}` adalah alamat web (URL), bukan berkas lampiran",
        en="`{path}` is a web address (URL), not an attached file",
    ),
    "pdf.url.fix": Message(
        id="unduh dokumennya, simpan sebagai PDF di folder proposal (misalnya `lampiran/`) dan commit berkasnya, lalu tulis jalurnya di proposal.yaml; URL bukan lampiran",
        en="download the document, save it as a PDF in the proposal folder (e.g. `lampiran/`) and commit the file, then write its path in proposal.yaml; URLs are not attachments",
    ),
    "pdf.shell_expansion": Message(
        id="`{path}` memakai `~` atau variabel seperti `$HOME`, yang tidak diterjemahkan oleh kipp-check",
        en="`{path}` uses `~` or a variable such as `$HOME`, which kipp-check does not expand",
    ),
    "pdf.shell_expansion.fix": _RELATIVE,
    "pdf.absolute_path": Message(
        id="`{path}` adalah jalur absolut; lampiran harus ditulis relatif terhadap folder proposal.yaml",
        en="`{path}` is an absolute path; attachments must be relative to the folder of proposal.yaml",
    ),
    "pdf.absolute_path.fix": Message(
        id="salin berkas ke folder proposal (misalnya `lampiran/`) lalu tulis jalurnya tanpa `/` di depan, tanpa huruf drive seperti `C:` dan tanpa alamat jaringan `\\\\server`",
        en="copy the file into the proposal folder (e.g. `lampiran/`) and write its path without a leading `/`, a drive letter such as `C:` or a network share `\\\\server`",
    ),
    "pdf.backslash": Message(
        id="`{path}` memakai garis miring terbalik (`\\`); tulis `{suggestion}`",
        en="`{path}` uses backslashes (`\\`); write `{suggestion}`",
    ),
    "pdf.backslash.fix": Message(
        id="pisahkan folder dengan garis miring biasa (`/`), yang berlaku di Windows, macOS dan Linux",
        en="separate folders with a forward slash (`/`), which works on Windows, macOS and Linux",
    ),
    "pdf.name_too_long": Message(
        id="`{path}` memuat nama folder atau berkas yang lebih panjang dari {limit} bita",
        en="`{path}` has a folder or file name longer than {limit} bytes",
    ),
    "pdf.name_too_long.fix": Message(
        id="persingkat nama berkas atau folder itu, lalu perbarui jalurnya di proposal.yaml",
        en="shorten that file or folder name, then update the path in proposal.yaml",
    ),
    "pdf.hidden_path": Message(
        id="`{path}` mengarah ke berkas atau folder tersembunyi `{name}` (namanya diawali titik), yang tidak dibaca oleh kipp-check",
        en="`{path}` leads to the hidden file or folder `{name}` (its name starts with a dot), which kipp-check does not read",
    ),
    "pdf.hidden_path.fix": Message(
        id="simpan PDF di folder biasa seperti `lampiran/` lalu tulis jalur itu di proposal.yaml; folder seperti `.git` bukan tempat lampiran",
        en="keep the PDF in an ordinary folder such as `lampiran/` and write that path in proposal.yaml; folders such as `.git` are no place for attachments",
    ),
    "pdf.not_portable": Message(
        id='nama `{name}` di `{path}` tidak dapat dipakai di semua sistem (nama khusus Windows seperti `CON`, karakter `<>:"|?*`, atau diakhiri titik atau spasi)',
        en='the name `{name}` in `{path}` does not work on every system (a reserved Windows name such as `CON`, one of `<>:"|?*`, or a trailing dot or space)',
    ),
    "pdf.not_portable.fix": Message(
        id="ganti nama berkas atau folder itu dengan huruf, angka, `-` dan `_` saja, lalu perbarui jalurnya di proposal.yaml",
        en="rename that file or folder using only letters, digits, `-` and `_`, then update the path in proposal.yaml",
    ),
    "pdf.outside_folder": Message(
        id="`{path}` keluar dari folder proposal (lewat `..`)",
        en="`{path}` leaves the proposal folder (through `..`)",
    ),
    "pdf.outside_folder.fix": Message(
        id="salin berkas ke dalam folder proposal (misalnya `lampiran/`) lalu tulis jalurnya tanpa `..`",
        en="copy the file into the proposal folder (e.g. `lampiran/`) and write its path without `..`",
    ),
    "pdf.symlink_outside": Message(
        id="`{path}` adalah tautan simbolik (symlink) ke luar folder proposal, sehingga tidak dibaca",
        en="`{path}` is a symbolic link (symlink) that leads outside the proposal folder, so it was not read",
    ),
    "pdf.symlink_outside.fix": Message(
        id="ganti tautan itu dengan salinan PDF yang sebenarnya di dalam folder proposal",
        en="replace the link with a real copy of the PDF inside the proposal folder",
    ),
    "pdf.not_found": Message(
        id="`{path}` tidak ditemukan: tidak ada `{name}` di folder `{folder}`",
        en="`{path}` not found: there is no `{name}` in the folder `{folder}`",
    ),
    "pdf.not_found.fix": _CHECK_SPELLING,
    "pdf.not_found_similar": Message(
        id="`{path}` tidak ditemukan; mungkin maksudnya `{suggestion}`?",
        en="`{path}` not found; did you mean `{suggestion}`?",
    ),
    "pdf.not_found_similar.fix": _CHECK_SPELLING,
    "pdf.not_found_case": Message(
        id="`{path}` tidak ditemukan karena huruf besar/kecilnya berbeda; maksudnya `{suggestion}`?",
        en="`{path}` not found because upper and lower case differ; did you mean `{suggestion}`?",
    ),
    "pdf.not_found_case.fix": Message(
        id="samakan huruf besar/kecil jalur di proposal.yaml dengan nama berkasnya; Windows dan macOS mengabaikan perbedaan ini, tetapi server Linux dan CI tidak",
        en="match the upper and lower case of the path in proposal.yaml to the file name; Windows and macOS ignore the difference, Linux servers and CI do not",
    ),
    "pdf.not_found_normalization": Message(
        id="`{path}` tidak ditemukan persis: ada `{suggestion}` yang tampak sama, tetapi hurufnya disimpan dalam bentuk Unicode lain (NFC/NFD, sering pada berkas dari Mac)",
        en="`{path}` not found exactly: `{suggestion}` looks the same but its letters are stored in another Unicode form (NFC/NFD, common for files from a Mac)",
    ),
    "pdf.not_found_normalization.fix": Message(
        id="ganti nama berkas dengan mengetik ulang namanya, lalu ketik ulang juga jalurnya di proposal.yaml agar keduanya sama persis",
        en="rename the file by retyping its name, and retype the path in proposal.yaml too, so both are exactly the same",
    ),
    "pdf.not_regular_file": Message(
        id="`{path}` bukan berkas biasa (melainkan folder, pipe, atau perangkat)",
        en="`{path}` is not a regular file (it is a folder, a pipe or a device)",
    ),
    "pdf.not_regular_file.fix": Message(
        id="tulis jalur ke berkas PDF-nya sendiri, misalnya `lampiran/surat.pdf`, bukan ke folder",
        en="write the path of the PDF file itself, e.g. `lampiran/surat.pdf`, not of a folder",
    ),
    "pdf.too_big_to_read": Message(
        id="`{path}` berukuran {size_mb} MB, melebihi batas {limit_mb} MB, sehingga tidak dibaca",
        en="`{path}` is {size_mb} MB, over the {limit_mb} MB limit, so it was not read",
    ),
    "pdf.too_big_to_read.fix": Message(
        id="perkecil PDF, misalnya simpan ulang dengan kualitas gambar lebih rendah atau buang halaman yang tidak perlu, lalu periksa lagi",
        en="make the PDF smaller, for example by saving it again with lower image quality or by dropping unneeded pages, then check again",
    ),
    "pdf.cannot_open": Message(
        id="`{path}` tidak dapat dibuka ({error})",
        en="`{path}` could not be opened ({error})",
    ),
    "pdf.cannot_open.fix": Message(
        id="pastikan berkasnya ada dan boleh dibaca oleh pengguna yang menjalankan kipp-check",
        en="make sure the file exists and the user running kipp-check may read it",
    ),
    "pdf.lfs_pointer": Message(
        id="`{path}` hanya berisi penunjuk Git LFS, bukan isi PDF-nya",
        en="`{path}` is only a Git LFS pointer, not the PDF itself",
    ),
    "pdf.lfs_pointer.fix": Message(
        id="aktifkan LFS saat checkout (misalnya `lfs: true` di actions/checkout, atau jalankan `git lfs pull`), lalu periksa lagi",
        en="enable LFS in checkout (e.g. `lfs: true` in actions/checkout, or run `git lfs pull`), then check again",
    ),
    "pdf.empty_file": Message(
        id="`{path}` kosong (0 bita)",
        en="`{path}` is empty (0 bytes)",
    ),
    "pdf.empty_file.fix": _EXPORT_AGAIN,
    "pdf.not_pdf": Message(
        id="`{path}` bukan berkas PDF (tidak ada penanda `%PDF-` di awal berkas)",
        en="`{path}` is not a PDF (there is no `%PDF-` marker at its start)",
    ),
    "pdf.not_pdf.fix": _EXPORT_AGAIN,
    "pdf.not_pdf_format": Message(
        id="`{path}` bukan berkas PDF; isinya tampak seperti berkas {format}",
        en="`{path}` is not a PDF; its content looks like a {format} file",
    ),
    "pdf.not_pdf_format.fix": Message(
        id="buka berkas aslinya lalu simpan atau ekspor sebagai PDF; mengganti akhiran nama berkas menjadi `.pdf` saja tidak cukup",
        en="open the original file and save or export it as PDF; renaming it to `.pdf` is not enough",
    ),
    "pdf.password_protected": Message(
        id="`{path}` dilindungi kata sandi sehingga tidak dapat dibuka",
        en="`{path}` is password-protected, so it cannot be opened",
    ),
    "pdf.password_protected.fix": Message(
        id="simpan ulang PDF tanpa kata sandi untuk membuka berkas, lalu ganti lampirannya",
        en="save the PDF again without a password to open it, then replace the attachment",
    ),
    "pdf.no_pages": Message(
        id="`{path}` tidak memiliki halaman",
        en="`{path}` has no pages",
    ),
    "pdf.no_pages.fix": _EXPORT_AGAIN,
    "pdf.unreadable": Message(
        id="`{path}` rusak atau tidak dapat dibaca sebagai PDF ({error})",
        en="`{path}` is damaged or cannot be read as a PDF ({error})",
    ),
    "pdf.unreadable.fix": Message(
        id="buka berkas di penampil PDF untuk memastikan isinya utuh, lalu ekspor ulang dokumen sebagai PDF dan ganti lampirannya",
        en="open the file in a PDF viewer to check that it is complete, then export the document as PDF again and replace the attachment",
    ),
    "pdf.too_deeply_nested": Message(
        id="struktur `{path}` bersarang terlalu dalam untuk dibaca dengan aman",
        en="the structure of `{path}` is nested too deeply to be read safely",
    ),
    "pdf.too_deeply_nested.fix": _PRINT_AGAIN,
    "pdf.limit_reached": Message(
        id="`{path}` melampaui batas keamanan pembaca PDF (misalnya larik atau kamus objek yang sangat besar)",
        en="`{path}` exceeds a safety limit of the PDF reader (for example a huge array or dictionary)",
    ),
    "pdf.limit_reached.fix": _PRINT_AGAIN,
    "pdf.decompression_limit": Message(
        id="data terkompresi dalam `{path}` membengkak melebihi batas {limit_mb} MB (bom dekompresi?)",
        en="compressed data in `{path}` expands past the {limit_mb} MB limit (a decompression bomb?)",
    ),
    "pdf.decompression_limit.fix": _PRINT_AGAIN,
    "pdf.page_tree_limit": Message(
        id="daftar halaman `{path}` melampaui batas aman (terlalu banyak atau terlalu dalam)",
        en="the page tree of `{path}` exceeds the safety limit (too many entries or too deep)",
    ),
    "pdf.page_tree_limit.fix": _PRINT_AGAIN,
    "pdf.cyclic_structure": Message(
        id="struktur `{path}` berputar-putar (objek yang merujuk dirinya sendiri)",
        en="the structure of `{path}` loops back on itself (objects that refer to themselves)",
    ),
    "pdf.cyclic_structure.fix": _PRINT_AGAIN,
    "pdf.time_limit": Message(
        id="membaca `{path}` memakan waktu lebih dari {seconds} detik, batas waktu per berkas, sehingga dihentikan (berkas rusak atau sengaja dibuat berat)",
        en="reading `{path}` took longer than {seconds} s, the time limit per file, so it was stopped (a damaged or deliberately heavy file)",
    ),
    "pdf.time_limit.fix": _PRINT_AGAIN,
    "pdf.memory_limit": Message(
        id="membaca `{path}` memerlukan memori lebih dari {limit_mb} MB, batas memori per berkas, sehingga dihentikan",
        en="reading `{path}` needed more than {limit_mb} MB of memory, the limit per file, so it was stopped",
    ),
    "pdf.memory_limit.fix": _PRINT_AGAIN,
    "pdf.worker_crashed": Message(
        id="pembaca PDF berhenti mendadak saat membaca `{path}` ({cause}); lampiran lain tetap diperiksa",
        en="the PDF reader stopped abruptly while reading `{path}` ({cause}); the other attachments are still checked",
    ),
    "pdf.worker_crashed.fix": Message(
        id="periksa lagi; bila terulang, buat ulang PDF-nya atau laporkan ke pengelola kipp-check beserta berkasnya bila boleh dibagikan",
        en="check again; if it happens again, recreate the PDF or report it to the kipp-check maintainers with the file if it may be shared",
    ),
    "pdf.internal_error": Message(
        id="kesalahan internal saat memeriksa `{path}` ({error}); mohon laporkan",
        en="internal error while checking `{path}` ({error}); please report it",
    ),
    "pdf.internal_error.fix": Message(
        id="laporkan ke pengelola kipp-check, sertakan berkasnya bila boleh dibagikan; lampiran lain tetap diperiksa",
        en="report it to the kipp-check maintainers, with the file if it may be shared; the other attachments are still checked",
    ),
}
