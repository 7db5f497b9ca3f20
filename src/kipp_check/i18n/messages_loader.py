"""Messages of the loader area; see `kipp_check.i18n`."""

from __future__ import annotations

from kipp_check.i18n.message import Message

MESSAGES: dict[str, Message] = {
    # KC000: the YAML cannot be parsed
    "loader.syntax": Message(
        id="sintaks YAML salah di baris {line}, kolom {column} (keterangan teknis: {problem})",
        en="invalid YAML syntax at line {line}, column {column} ({problem})",
    ),
    "loader.syntax.fix": Message(
        id="periksa baris ini dan baris sebelumnya: indentasi memakai spasi (bukan tab), "
        "setiap kunci diikuti titik dua dan spasi, dan setiap tanda kutip ditutup",
        en="check this line and the one before: indent with spaces (not tabs), follow every key "
        "with a colon and a space, and close every quote",
    ),
    "loader.unreadable": Message(
        id="file YAML tidak dapat dibaca ({error})",
        en="the YAML file could not be read ({error})",
    ),
    "loader.unreadable.fix": Message(
        id="pastikan file ini memang proposal YAML; bila masalah berlanjut, laporkan ke "
        "pengembang kipp-check dengan melampirkan filenya",
        en="make sure this is really a YAML proposal; if the problem persists, report it to the "
        "kipp-check developers with the file attached",
    ),
    # KC002: duplicate key
    "loader.duplicate_key": Message(
        id="kunci `{name}` ganda: pertama di baris {first}, lagi di baris {line}",
        en="duplicate key `{name}`: first at line {first}, again at line {line}",
    ),
    "loader.duplicate_key.fix": Message(
        id="hapus salah satu kunci `{name}` atau gabungkan isinya; saat ini hanya nilai yang "
        "terakhir yang dipakai",
        en="remove one of the `{name}` keys or merge their contents; only the last value is used "
        "now",
    ),
    # KC004: the file itself
    "loader.empty": Message(id="file kosong", en="the file is empty"),
    "loader.empty.fix": Message(
        id="isi file dengan data proposal berbentuk `kunci: nilai`, dimulai dengan `kompetisi:` "
        "dan `judul:`",
        en="fill the file with the proposal as `key: value` pairs, starting with `kompetisi:` "
        "and `judul:`",
    ),
    "loader.too_big": Message(
        id="file terlalu besar: {size} byte, batasnya {limit} byte",
        en="the file is too big: {size} bytes, the limit is {limit} bytes",
    ),
    "loader.too_big.fix": Message(
        id="pindahkan data yang panjang ke lampiran PDF; file YAML cukup berisi teks proposal "
        "dan path lampiran",
        en="move long material into PDF attachments; the YAML file only needs the proposal text "
        "and the attachment paths",
    ),
    "loader.wrong_encoding": Message(
        id="file disimpan dengan encoding {encoding}, bukan UTF-8",
        en="the file is saved as {encoding}, not UTF-8",
    ),
    "loader.wrong_encoding.fix": Message(
        id="simpan ulang file dengan encoding UTF-8 (di editor teks: Save As, lalu pilih "
        "Encoding UTF-8)",
        en="save the file again as UTF-8 (in a text editor: Save As, then choose Encoding UTF-8)",
    ),
    "loader.not_utf8": Message(
        id="file bukan UTF-8: byte {byte} tidak sah di offset byte {offset} (baris {line})",
        en="the file is not UTF-8: invalid byte {byte} at byte offset {offset} (line {line})",
    ),
    "loader.not_utf8.fix": Message(
        id="simpan ulang file dengan encoding UTF-8, lalu periksa huruf beraksen atau tanda "
        "kutip miring di baris {line}",
        en="save the file again as UTF-8, then check accented letters or curly quotes on "
        "line {line}",
    ),
    "loader.control_char": Message(
        id="karakter kendali tak terlihat {codepoint} di baris {line}, kolom {column}",
        en="invisible control character {codepoint} at line {line}, column {column}",
    ),
    "loader.control_char.fix": Message(
        id="hapus karakter itu; biasanya ia terbawa saat menyalin teks dari PDF atau pengolah kata",
        en="delete that character; it usually comes along when text is copied from a PDF or a "
        "word processor",
    ),
    "loader.unicode_line_break": Message(
        id="pemisah baris tak lazim {codepoint} di baris {line}, kolom {column}; karakter ini "
        "dapat diam-diam mengubah struktur YAML",
        en="unusual line separator {codepoint} at line {line}, column {column}; it can silently "
        "change the YAML structure",
    ),
    "loader.unicode_line_break.fix": Message(
        id="ganti karakter itu dengan baris baru biasa (Enter) atau spasi",
        en="replace it with an ordinary new line (Enter) or a space",
    ),
    # KC005: YAML features a proposal does not use
    "loader.tag": Message(
        id="tag `{tag}` di baris {line} tidak didukung",
        en="tag `{tag}` at line {line} is not supported",
    ),
    "loader.tag.fix": Message(
        id="hapus tag itu dan tulis nilainya apa adanya; agar terbaca sebagai teks, beri tanda "
        'kutip, misalnya "010"',
        en="remove the tag and write the value as it is; to keep it as text, put it in quotes, "
        'e.g. "010"',
    ),
    "loader.anchor": Message(
        id="anchor `&{name}` di baris {line} tidak didukung",
        en="anchor `&{name}` at line {line} is not supported",
    ),
    "loader.anchor.fix": Message(
        id="hapus `&{name}` dan tulis nilainya secara lengkap di setiap tempat yang membutuhkannya",
        en="remove `&{name}` and write the value out in full wherever it is needed",
    ),
    "loader.alias": Message(
        id="alias `*{name}` di baris {line} tidak didukung",
        en="alias `*{name}` at line {line} is not supported",
    ),
    "loader.alias.fix": Message(
        id="ganti `*{name}` dengan nilai lengkapnya",
        en="replace `*{name}` with the full value",
    ),
    "loader.merge_key": Message(
        id="kunci gabungan `<<` di baris {line} tidak didukung",
        en="merge key `<<` at line {line} is not supported",
    ),
    "loader.merge_key.fix": Message(
        id="tulis setiap kunci langsung di mapping ini, tanpa `<<`",
        en="write each key directly in this mapping, without `<<`",
    ),
    "loader.multi_document": Message(
        id="file berisi lebih dari satu dokumen YAML: dokumen kedua dimulai di baris {line}",
        en="the file holds more than one YAML document: the second starts at line {line}",
    ),
    "loader.multi_document.fix": Message(
        id="simpan satu proposal per file: hapus baris `---` di tengah file, atau pindahkan "
        "dokumen kedua ke file lain",
        en="keep one proposal per file: remove the `---` line in the middle, or move the second "
        "document to another file",
    ),
    "loader.root_list": Message(
        id="isi file berupa daftar, padahal proposal harus berupa pasangan `kunci: nilai`",
        en="the file holds a list, but a proposal must be `key: value` pairs",
    ),
    "loader.root_list.fix": Message(
        id="hapus tanda `-` di awal baris tingkat teratas sehingga setiap baris berbentuk "
        "`kunci: nilai`",
        en="remove the leading `-` from the top-level lines so that each reads `key: value`",
    ),
    "loader.root_scalar": Message(
        id="isi file hanya satu nilai (`{value}`), padahal proposal harus berupa pasangan "
        "`kunci: nilai`",
        en="the file holds a single value (`{value}`), but a proposal must be `key: value` pairs",
    ),
    "loader.root_scalar.fix": Message(
        id="tulis proposal sebagai pasangan `kunci: nilai`, misalnya `judul: ...`",
        en="write the proposal as `key: value` pairs, e.g. `judul: ...`",
    ),
    "loader.too_deep": Message(
        id="struktur bersarang lebih dari {limit} tingkat di baris {line}",
        en="nesting deeper than {limit} levels at line {line}",
    ),
    "loader.too_deep.fix": Message(
        id="kurangi tingkat bersarang; proposal hanya membutuhkan beberapa tingkat",
        en="flatten the structure; a proposal needs only a few levels",
    ),
    "loader.too_complex": Message(
        id="struktur YAML terlalu dalam untuk dibaca",
        en="the YAML structure is nested too deeply to read",
    ),
    "loader.too_complex.fix": Message(
        id="kurangi tingkat bersarang; proposal hanya membutuhkan beberapa tingkat",
        en="flatten the structure; a proposal needs only a few levels",
    ),
    "loader.complex_key": Message(
        id="kunci di baris {line} berupa daftar atau mapping, padahal kunci harus berupa teks",
        en="the key at line {line} is a list or a mapping, but keys must be text",
    ),
    "loader.complex_key.fix": Message(
        id="ganti kunci itu dengan nama berupa teks biasa, misalnya `judul`",
        en="use a plain text name for the key, e.g. `judul`",
    ),
    "loader.empty_key": Message(
        id="kunci kosong di baris {line}",
        en="empty key at line {line}",
    ),
    "loader.empty_key.fix": Message(
        id="tulis nama kunci sebelum titik dua, atau hapus baris itu",
        en="write a key name before the colon, or delete the line",
    ),
    "loader.non_string_key": Message(
        id="kunci `{name}` di baris {line} bukan teks",
        en="key `{name}` at line {line} is not text",
    ),
    "loader.non_string_key.fix": Message(
        id='beri tanda kutip pada kunci itu ("{name}") atau ganti dengan nama berupa teks',
        en='put the key in quotes ("{name}") or use a text name instead',
    ),
    "loader.scalar_too_long": Message(
        id="nilai di baris {line} terlalu panjang: {length} karakter, batasnya {limit}",
        en="the value at line {line} is too long: {length} characters, the limit is {limit}",
    ),
    "loader.scalar_too_long.fix": Message(
        id="persingkat teks itu atau pindahkan ke lampiran PDF",
        en="shorten the text or move it into a PDF attachment",
    ),
    "loader.number_out_of_range": Message(
        id="angka `{value}` di baris {line} terlalu panjang atau terlalu besar",
        en="number `{value}` at line {line} is too long or too big",
    ),
    "loader.number_out_of_range.fix": Message(
        id="periksa angka itu; bila memang dimaksudkan sebagai teks, beri tanda kutip",
        en="check the number; if it is meant as text, put it in quotes",
    ),
}
