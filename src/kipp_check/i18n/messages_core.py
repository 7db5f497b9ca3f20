"""Messages of the core area; see `kipp_check.i18n`.

`pack.*`: choosing and loading a rule pack. They end a run with exit code 2,
so each says what is wrong and, in its `.fix`, what to type instead.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message

MESSAGES: dict[str, Message] = {
    "pack.unknown": Message(
        id="Paket aturan `{ref}` tidak dikenal. Paket yang tersedia: {available}.",
        en="Unknown rule pack `{ref}`. Available packs: {available}.",
    ),
    "pack.unknown.fix": Message(
        id="Tulis salah satu paket yang tersedia, atau jalur ke berkas paket lokal (.yaml).",
        en="Name one of the available packs, or give the path of a local pack file (.yaml).",
    ),
    "pack.did_you_mean": Message(
        id="Mungkin maksud Anda `{suggestion}`?",
        en="Did you mean `{suggestion}`?",
    ),
    "pack.file_missing": Message(
        id="Berkas paket aturan `{file}` tidak ditemukan.",
        en="Rule pack file `{file}` not found.",
    ),
    "pack.file_missing.fix": Message(
        id="Periksa nama dan letak berkasnya. Jalur relatif dihitung dari folder `{base}`.",
        en="Check the file's name and folder. A relative path starts from `{base}`.",
    ),
    "pack.file_unreadable": Message(
        id="Berkas paket aturan `{file}` tidak dapat dibaca: {reason}.",
        en="Rule pack file `{file}` cannot be read: {reason}.",
    ),
    "pack.file_unreadable.fix": Message(
        id="Pastikan jalurnya menunjuk berkas YAML biasa yang boleh Anda baca.",
        en="Make sure the path names an ordinary YAML file you are allowed to read.",
    ),
    "pack.not_regular": Message(id="bukan berkas biasa", en="it is not an ordinary file"),
    "pack.not_mapping": Message(
        id="Paket aturan lokal harus berupa daftar pasangan `kunci: nilai`.",
        en="A local rule pack must be a mapping of `key: value` pairs.",
    ),
    "pack.not_mapping.fix": Message(
        id="Mulai berkas dengan `extends: kipp-2025`, lalu tulis hanya nilai yang ingin diubah.",
        en="Start the file with `extends: kipp-2025`, then write only the values you change.",
    ),
    "pack.extends_missing": Message(
        id="Paket aturan lokal harus menyebut paket dasarnya di `extends`.",
        en="A local rule pack must name the pack it builds on in `extends`.",
    ),
    "pack.extends_missing.fix": Message(
        id="Tambahkan baris `extends: kipp-2025` (atau `kipp-2023`) di awal berkas.",
        en="Add the line `extends: kipp-2025` (or `kipp-2023`) at the top of the file.",
    ),
    "pack.extends_unknown": Message(
        id="`extends: {ref}` tidak menunjuk paket bawaan. Paket yang tersedia: {available}.",
        en="`extends: {ref}` does not name a shipped pack. Available packs: {available}.",
    ),
    "pack.extends_unknown.fix": Message(
        id="Tulis `extends: kipp-2025` atau `extends: kipp-2023`.",
        en="Write `extends: kipp-2025` or `extends: kipp-2023`.",
    ),
    "pack.source_unknown": Message(
        id="Sumber `{source}` pada `{field}` tidak ada di tabel `sources`.",
        en="Source `{source}` of `{field}` is not in the `sources` table.",
    ),
    "pack.source_unknown.fix": Message(
        id="Tambahkan `{source}` di bawah `sources:`, dengan `title` (siapa atau apa, singkat) "
        "dan `url` dokumennya.",
        en="Add `{source}` under `sources:`, with a `title` (who or what, briefly) and the "
        "document's `url`.",
    ),
    "pack.field_missing": Message(
        id="`{field}` wajib diisi.",
        en="`{field}` is required.",
    ),
    "pack.field_missing.fix": Message(
        id="Setiap nilai yang diubah ditulis utuh: `value`, `source` (ID di tabel `sources`) dan "
        "`confidence` (confirmed, reported atau assumed).",
        en="Write every value you change in full: `value`, `source` (an ID in the `sources` "
        "table) and `confidence` (confirmed, reported or assumed).",
    ),
    "pack.field_unknown": Message(
        id="Kunci `{field}` tidak dikenal dalam paket aturan.",
        en="Unknown key `{field}` in the rule pack.",
    ),
    "pack.field_unknown.fix": Message(
        id="Periksa ejaannya; gunakan kunci yang sama dengan paket dasar `{base}`.",
        en="Check the spelling; use the same keys as the base pack `{base}`.",
    ),
    "pack.field_invalid": Message(
        id="Nilai `{field}` tidak valid: {detail}.",
        en="Invalid value for `{field}`: {detail}.",
    ),
    "pack.field_invalid.fix": Message(
        id="Tulis nilainya dalam bentuk yang sama dengan paket dasar `{base}`.",
        en="Write the value in the same form as in the base pack `{base}`.",
    ),
    "pack.invalid.date": Message(
        id="harus tanggal berbentuk TTTT-BB-HH",
        en="it must be a date written YYYY-MM-DD",
    ),
    "pack.invalid.int": Message(id="harus bilangan bulat", en="it must be a whole number"),
    "pack.invalid.bool": Message(id="harus true atau false", en="it must be true or false"),
    "pack.invalid.text": Message(id="harus berupa teks", en="it must be text"),
    "pack.invalid.list": Message(
        id="harus berupa daftar (baris-baris `- ...`)",
        en="it must be a list (lines starting `- `)",
    ),
    "pack.invalid.mapping": Message(
        id="harus berupa pasangan `kunci: nilai`",
        en="it must be a mapping of `key: value` pairs",
    ),
    "pack.invalid.choice": Message(
        id="harus salah satu dari {expected}",
        en="it must be one of {expected}",
    ),
    "pack.more_problems": Message(
        id="Masih ada {count} masalah lain di berkas ini; perbaiki yang ini dulu, lalu jalankan "
        "lagi.",
        en="Problems left in this file after this one: {count}. Fix this one first, then run "
        "again.",
    ),
}
