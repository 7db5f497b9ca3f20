"""Messages of the command line's own frame: help pages, usage errors, notes; see `kipp_check.i18n`.

The help pages and the usage errors are written by kipp-check from the
command's parameters (`kipp_check.cli.help_page`, `kipp_check.cli.usage_errors`),
never by Click's English templates. `help.check.*` are the `check` command's
option help texts, looked up by key when a help page is drawn in the chosen
language. Read second, after `messages_help`: `kipp-check --help` needs both.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

HELP_PAGE: dict[str, M] = {
    "helpfmt.usage": M("Pemakaian: ", "Usage: "),
    "helpfmt.options_metavar": M("[OPSI]", "[OPTIONS]"),
    "helpfmt.command_metavar": M("PERINTAH [ARGUMEN]...", "COMMAND [ARGS]..."),
    "helpfmt.arguments": M("Argumen", "Arguments"),
    "helpfmt.options": M("Opsi", "Options"),
    "helpfmt.commands": M("Perintah", "Commands"),
    "helpfmt.required": M("wajib", "required"),
    "helpfmt.envvar": M("variabel lingkungan {name}", "environment variable {name}"),
    "helpfmt.choices": M("pilihan: {choices}", "choices: {choices}"),
    "helpfmt.help_option": M("Tampilkan bantuan ini lalu keluar.", "Show this help and exit."),
    "helpfmt.version_option": M("Tampilkan versi lalu keluar.", "Show the version and exit."),
    "help.root": M(
        "Periksa kesiapan proposal KIPP sebelum diajukan di SINOVIK. Pemakaian utama: kipp-check proposal.yaml",
        "Check whether a KIPP proposal is ready to submit on SINOVIK. Main use: kipp-check proposal.yaml",
    ),
    "help.root.lang": M(
        "Bahasa bantuan dan pesan: id (bawaan) atau en.",
        "Language of the help and the messages: id (default) or en.",
    ),
    "help.schema.lang": M(
        "Bahasa pesan: id atau en (skemanya sendiri berbahasa Indonesia).",
        "Language of the messages: id or en (the schema itself is in Indonesian).",
    ),
    "help.check": M(
        "Periksa proposal: berkas, folder atau pola glob (perintah bawaan).",
        "Check proposals: a file, a folder or a glob pattern (the default command).",
    ),
    "help.check.paths": M(
        "proposal.yaml, folder (dicari proposal.yaml di dalamnya) atau pola glob.",
        "proposal.yaml, a folder (searched for proposal.yaml) or a glob pattern.",
    ),
    "help.check.lang": M(
        "Bahasa laporan: id (bawaan) atau en.", "Language of the report: id (default) or en."
    ),
    "help.check.today": M(
        "Tanggal pemeriksaan (bawaan: hari ini).", "The date of the check (default: today)."
    ),
    "help.check.pack": M(
        "Paket aturan, kipp-TAHUN (mis. kipp-2025), atau berkas paket lokal.",
        "Rule pack, kipp-YEAR (e.g. kipp-2025), or a local pack file.",
    ),
    "help.check.format": M(
        "Format laporan; boleh diulang, tiap satu dengan --output. FORMAT:BAHASA "
        "(json:en) menulis laporan itu dalam bahasanya sendiri.",
        "Report format; may be repeated, each with its own --output. FORMAT:LANG "
        "(json:en) writes that report in its own language.",
    ),
    "help.check.output": M(
        "Tulis laporan --format sebelumnya ke berkas ini.",
        "Write the report of the --format before it to this file.",
    ),
    "help.check.fail_on": M(
        "Tingkat temuan terendah yang menggagalkan (bawaan: error).",
        "The lowest severity that fails the check (default: error).",
    ),
    "help.check.max_warnings": M(
        "Gagal bila jumlah peringatan melebihi N.", "Fail when there are more than N warnings."
    ),
    "help.check.select": M(
        "Jalankan hanya aturan ini (ID atau awalan, mis. ADM,DOK).",
        "Run only these rules (ID or prefix, e.g. ADM,DOK).",
    ),
    "help.check.ignore": M(
        "Jangan jalankan aturan ini (ID atau awalan).", "Do not run these rules (ID or prefix)."
    ),
    "help.check.config": M(
        "Berkas konfigurasi (bawaan: .kipp-check.yaml terdekat).",
        "Config file (default: the nearest .kipp-check.yaml).",
    ),
    "help.check.jobs": M(
        "Jumlah proses pemeriksa, paling sedikit 1 (bawaan: semua inti).",
        "Number of checking processes, at least 1 (default: every core).",
    ),
    "help.check.color": M(
        "Warna: auto (bawaan; di terminal, kecuali NO_COLOR), always atau never.",
        "Colour: auto (default; on a terminal, unless NO_COLOR), always or never.",
    ),
    "help.check.no_color": M("Sama dengan --color never.", "Same as --color never."),
}

USAGE_ERRORS: dict[str, M] = {
    "usage.no_such_option": M("opsi `{option}` tidak dikenal", "unknown option `{option}`"),
    "usage.did_you_mean": M("mungkin maksudnya {options}?", "did you mean {options}?"),
    "usage.missing_argument": M("{name} belum ditulis", "{name} is missing"),
    "usage.missing_option": M("opsi {option} wajib diisi", "option {option} is required"),
    "usage.needs_value": M("opsi {option} memerlukan nilai", "option {option} needs a value"),
    "usage.takes_no_value": M(
        "opsi {option} tidak menerima nilai", "option {option} does not take a value"
    ),
    "usage.bad_choice": M(
        "`{value}` bukan nilai {option} yang dikenal; pilihan: {choices}",
        "`{value}` is not a known value of {option}; choices: {choices}",
    ),
    "usage.too_small": M(
        "{option} paling sedikit {limit}, tertulis `{value}`",
        "{option} must be at least {limit}, found `{value}`",
    ),
    "usage.too_large": M(
        "{option} paling banyak {limit}, tertulis `{value}`",
        "{option} must be at most {limit}, found `{value}`",
    ),
    "usage.not_a_number": M(
        "{option} harus bilangan bulat, tertulis `{value}`",
        "{option} must be a whole number, found `{value}`",
    ),
    "usage.bad_value": M(
        "`{value}` bukan nilai {option} yang berlaku", "`{value}` is not a valid value of {option}"
    ),
    "usage.extra_arguments": M(
        "argumen berlebih: {arguments}", "unexpected extra arguments: {arguments}"
    ),
    "usage.no_such_command": M("perintah `{name}` tidak ada", "there is no command `{name}`"),
    "usage.missing_command": M("perintah belum ditulis", "no command given"),
    "usage.help_hint": M("lihat `{command} --help`", "see `{command} --help`"),
}

NOTES: dict[str, M] = {
    "cli.report_written": M("Laporan ditulis ke {path}", "Report written to {path}"),
    "schema.choice_or": M("atau", "or"),
    "schema.greater_than_equal": M(
        "`{where}` paling sedikit {ge}", "`{where}` must be at least {ge}"
    ),
    "schema.less_than_equal": M("`{where}` paling banyak {le}", "`{where}` must be at most {le}"),
    "schema.greater_than": M("`{where}` harus lebih dari {gt}", "`{where}` must be more than {gt}"),
    "schema.int_parsing": M("`{where}` harus bilangan bulat", "`{where}` must be a whole number"),
    "schema.int_parsing.fix": M(
        "tulis angkanya saja, tanpa tanda kutip atau satuan",
        "write the number alone, without quotes or units",
    ),
    "schema.greater_than_equal.fix": M(
        "tulis bilangan dalam batas itu", "write a number within that limit"
    ),
    "schema.less_than_equal.fix": M(
        "tulis bilangan dalam batas itu", "write a number within that limit"
    ),
    "schema.greater_than.fix": M(
        "tulis bilangan dalam batas itu", "write a number within that limit"
    ),
}


RESERVED_DOCS: dict[str, M] = {
    "reserved.confidence": M("kode cadangan", "reserved code"),
    "reserved.heading": M("Kode cadangan KC000–KC006", "Reserved codes KC000–KC006"),
    "reserved.intro": M(
        "Kode KC menandai masalah pada berkas proposal itu sendiri, bukan pada isinya. Kode ini bukan aturan: tidak dapat dipilih, diabaikan, diubah tingkatnya atau dikecualikan.",
        "KC codes mark problems with the proposal file itself, not with what it says. They are not rules: they cannot be selected, ignored, given another severity or waived.",
    ),
    "reserved.why": M(
        "Selama masalah ini ada, sebagian proposal tidak dapat dibaca atau dinilai dengan benar, jadi laporannya belum lengkap.",
        "While it remains, part of the proposal cannot be read or judged correctly, so the report is incomplete.",
    ),
    "reserved.fix": M(
        "Temuannya menunjuk baris dan kolom yang bermasalah dan menyebut perbaikannya; perbaiki di sana lalu periksa lagi.",
        "The finding points to the line and column at fault and says the fix; correct it there and check again.",
    ),
}

MESSAGES: dict[str, M] = {**HELP_PAGE, **USAGE_ERRORS, **NOTES, **RESERVED_DOCS}
