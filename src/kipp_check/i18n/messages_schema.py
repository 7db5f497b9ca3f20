"""Messages of schema validation (`KC001`) and type names; see `kipp_check.i18n`."""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "schema.extra_forbidden": M(
        "kunci `{key}` tidak dikenal di {where}{hint}", "unknown key `{key}` at {where}{hint}"
    ),
    "schema.extra_forbidden.fix": M(
        "perbaiki ejaannya atau hapus; kunci yang dikenal di sini: {allowed}",
        "fix its spelling or remove it; keys known here: {allowed}",
    ),
    "schema.hint.did_you_mean": M("; mungkin maksudnya `{guess}`?", "; did you mean `{guess}`?"),
    "schema.string_type": M(
        "`{where}` harus berupa {expected}, tertulis {got}",
        "`{where}` must be {expected}, found {got}",
    ),
    "schema.string_type.fix": M(
        "tulis nilainya sebagai teks{hint}", "write the value as text{hint}"
    ),
    "schema.hint.quote": M(
        ': YAML membaca `{written}` tanpa tanda kutip bukan sebagai teks, tulis "{written}"',
        ': YAML does not read an unquoted `{written}` as text, write "{written}"',
    ),
    "schema.bool_type": M(
        "`{where}` harus {expected}, tertulis {got}", "`{where}` must be {expected}, found {got}"
    ),
    "schema.bool_type.fix": M("tulis `true` atau `false`{hint}", "write `true` or `false`{hint}"),
    "schema.hint.bool": M(
        " (`{written}` dibaca sebagai teks, bukan ya/tidak; maksudnya `{meant}`?)",
        " (`{written}` is read as text, not yes/no; did you mean `{meant}`?)",
    ),
    "schema.date_type": M(
        "`{where}` harus {expected}, tertulis {got}", "`{where}` must be {expected}, found {got}"
    ),
    "schema.date_type.fix": M(
        "tulis tanggal sebagai TAHUN-BULAN-HARI, misalnya `2022-03-01`",
        "write the date as YEAR-MONTH-DAY, e.g. `2022-03-01`",
    ),
    "schema.date_invalid": M(
        "`{where}`: tanggal {value} tidak ada di kalender",
        "`{where}`: {value} is not a calendar date",
    ),
    "schema.date_invalid.fix": M("periksa bulan dan harinya", "check the month and day"),
    "schema.int_type": M(
        "`{where}` harus {expected}, tertulis {got}", "`{where}` must be {expected}, found {got}"
    ),
    "schema.int_type.fix": M(
        "tulis bilangan bulat tanpa tanda kutip", "write a whole number without quotes"
    ),
    "schema.list_type": M(
        "`{where}` harus {expected}, tertulis {got}", "`{where}` must be {expected}, found {got}"
    ),
    "schema.list_type.fix": M(
        "tulis setiap butir di baris sendiri yang diawali `- `",
        "write each item on its own line starting with `- `",
    ),
    "schema.model_type": M(
        "`{where}` harus {expected}, tertulis {got}", "`{where}` must be {expected}, found {got}"
    ),
    "schema.model_type.fix": M(
        "tulis kunci-kuncinya di bawahnya dengan indentasi", "write its keys indented below it"
    ),
    "schema.dict_type": M(
        "`{where}` harus {expected}, tertulis {got}", "`{where}` must be {expected}, found {got}"
    ),
    "schema.dict_type.fix": M(
        "tulis kunci-kuncinya di bawahnya dengan indentasi", "write its keys indented below it"
    ),
    "schema.literal_error": M(
        "`{where}` harus salah satu dari {expected}", "`{where}` must be one of {expected}"
    ),
    "schema.literal_error.fix": M(
        "pilih salah satu nilai tersebut, persis ejaannya",
        "choose one of those values, spelled exactly",
    ),
    "schema.string_too_long": M(
        "`{where}` terlalu panjang (lebih dari {max_length} karakter)",
        "`{where}` is too long (over {max_length} characters)",
    ),
    "schema.string_too_long.fix": M("persingkat teksnya", "shorten the text"),
    "schema.hidden_character": M(
        "`{where}` memuat karakter tersembunyi {codepoint}",
        "`{where}` contains the hidden character {codepoint}",
    ),
    "schema.hidden_character.fix": M(
        "ketik ulang teks itu; karakter tak terlihat (kendali, arah teks, spasi lebar-nol) sering terbawa saat menyalin",
        "retype that text; invisible characters (control, bidi, zero-width) often come with copy-paste",
    ),
    "schema.other": M("`{where}` tidak valid", "`{where}` is not valid"),
    "schema.other.fix": M(
        "periksa nilai ini terhadap skema proposal (`kipp-check` README)",
        "check this value against the proposal schema (`kipp-check` README)",
    ),
    "schema.more": M(
        "dan {count} kesalahan skema lainnya", "and {count:more schema error|more schema errors}"
    ),
    "schema.more.fix": M(
        "perbaiki kesalahan di atas lalu periksa ulang", "fix the errors above and check again"
    ),
    "type.text": M("teks", "text"),
    "type.bool": M("true/false", "true/false"),
    "type.date": M("tanggal", "a date"),
    "type.int": M("bilangan bulat", "a whole number"),
    "type.number": M("angka", "a number"),
    "type.list": M("daftar", "a list"),
    "type.mapping": M("pemetaan (kunci: nilai)", "a mapping (key: value)"),
    "type.empty": M("kosong", "empty"),
}
