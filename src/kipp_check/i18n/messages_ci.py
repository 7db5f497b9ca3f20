"""Messages of batch runs, CI formats, the repository config and waivers; see `kipp_check.i18n`."""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

_WAIVER_SYNTAX_ID = (
    "tulis `# kipp-check: abaikan ADM006 sampai 2025-06-01 karena <alasan> (oleh <nama, jabatan>)` "
    "di ujung baris kunci atau tepat di atasnya"
)
_WAIVER_SYNTAX_EN = (
    "write `# kipp-check: ignore ADM006 until 2025-06-01 because <reason> (by <name, position>)` "
    "at the end of the key's line or right above it"
)

CONFIG: dict[str, M] = {
    "policy.skipped_ignored": M(
        "tidak dijalankan: `{entry}` ada di daftar ignore",
        "not run: `{entry}` is in the ignore list",
    ),
    "policy.skipped_not_selected": M(
        "tidak dijalankan: tidak termasuk daftar select ({entries})",
        "not run: not in the select list ({entries})",
    ),
    "config.unreadable": M(
        "berkas konfigurasi `{file}` tidak dapat dibaca ({reason})",
        "config file `{file}` cannot be read ({reason})",
    ),
    "config.not_mapping": M(
        "berkas konfigurasi `{file}` harus berupa pasangan `kunci: nilai`",
        "config file `{file}` must be a mapping of `key: value` pairs",
    ),
    "config.reserved_rule": M(
        "`{entry}`: temuan KC (berkas proposal tidak terbaca atau tidak valid) tidak dapat dimatikan, diturunkan atau dikecualikan",
        "`{entry}`: KC findings (the proposal file cannot be read or is invalid) cannot be turned off, downgraded or waived",
    ),
    "config.unknown_rule": M(
        "`{entry}` bukan ID atau awalan ID aturan yang dikenal; lihat daftar aturan di README",
        "`{entry}` is not a known rule ID or ID prefix; see the rule list in the README",
    ),
    "config.bad_key": M(
        "`{key}` bukan jalur kunci proposal; tulis misalnya `judul`, `dokumen.surat_identitas_inovator` atau `inovator[0].nama`",
        "`{key}` is not a proposal key path; write e.g. `judul`, `dokumen.surat_identitas_inovator` or `inovator[0].nama`",
    ),
    "schema.missing": M("`{where}` wajib diisi", "`{where}` is required"),
    "schema.missing.fix": M(
        "tambahkan kunci `{where}` dengan nilainya", "add the key `{where}` with its value"
    ),
    "config.fix": M(
        'lihat bagian "Repository config and waivers" di README untuk bentuk setiap kunci',
        'see the README section "Repository config and waivers" for the form of every key',
    ),
    "config.more_problems": M(
        "masih ada {count} masalah lain di berkas ini; perbaiki yang ini dulu",
        "{count:more problem|more problems} in this file; fix this one first",
    ),
}

WAIVERS: dict[str, M] = {
    "waiver.expired_note": M(
        "pengecualian oleh {by} hanya berlaku sampai {until} dan sudah kedaluwarsa ({origin})",
        "the waiver by {by} held until {until} and has expired ({origin})",
    ),
    "waiver.malformed": M(
        "komentar pengecualian tidak lengkap: `{comment}`; temuan yang dimaksud tetap berlaku",
        "incomplete waiver comment: `{comment}`; the finding it means still counts",
    ),
    "waiver.malformed.fix": M(_WAIVER_SYNTAX_ID, _WAIVER_SYNTAX_EN),
    "waiver.bad_date": M(
        "tanggal pada komentar pengecualian tidak valid: `{comment}`",
        "the date in a waiver comment is not valid: `{comment}`",
    ),
    "waiver.bad_date.fix": M(
        "tulis tanggal terakhir berlakunya sebagai TAHUN-BULAN-HARI, misalnya 2025-06-01",
        "write its last day as YEAR-MONTH-DAY, e.g. 2025-06-01",
    ),
    "waiver.reserved": M(
        "temuan KC tidak dapat dikecualikan: `{comment}`",
        "KC findings cannot be waived: `{comment}`",
    ),
    "waiver.reserved.fix": M(
        "perbaiki berkasnya; temuan KC berarti proposal tidak terbaca atau tidak valid",
        "fix the file; a KC finding means the proposal cannot be read or is invalid",
    ),
    "waiver.unknown_rule": M(
        "komentar pengecualian menyebut aturan yang tidak dikenal: `{comment}`",
        "a waiver comment names an unknown rule: `{comment}`",
    ),
    "waiver.unknown_rule.fix": M(
        "salin ID aturan dari laporan, misalnya ADM006",
        "copy the rule ID from the report, e.g. ADM006",
    ),
    "waiver.no_key": M(
        "komentar pengecualian tidak berada di samping kunci mana pun: `{comment}`",
        "a waiver comment stands next to no key: `{comment}`",
    ),
    "waiver.no_key.fix": M(
        "pindahkan ke ujung baris kunci atau tepat di atasnya; untuk seluruh berkas, beri baris kosong di bawahnya",
        "move it to the end of the key's line or right above it; for the whole file, leave an empty line below it",
    ),
}

CLI: dict[str, M] = {
    "cli.two_on_stdout": M(
        "hanya satu laporan yang boleh ke layar, tetapi {formats} tidak punya --output; beri --output untuk yang lain",
        "only one report may go to standard output, but {formats} have no --output; give the others an --output",
    ),
    "cli.output_twice": M(
        "berkas `{path}` dipakai lebih dari sekali sebagai --output",
        "file `{path}` is given more than once as --output",
    ),
    "cli.output_without_format": M(
        "--output tanpa --format: tulis setiap --output tepat sesudah --format-nya, misalnya `--format sarif --output hasil.sarif`",
        "--output without a --format: write each --output right after its --format, e.g. `--format sarif --output results.sarif`",
    ),
    "cli.config_missing": M(
        "berkas konfigurasi `{path}` tidak ditemukan",
        "config file `{path}` not found",
    ),
    "progress.checking": M("Memeriksa proposal", "Checking proposals"),
}

RESERVED: dict[str, M] = {
    "reserved.KC000": M("Sintaks YAML benar", "YAML syntax is valid"),
    "reserved.KC000.help": M(
        "Berkas proposal harus YAML yang dapat dibaca; tanpa itu tidak ada aturan lain yang dapat dijalankan.",
        "The proposal must be readable YAML; without it no other rule can run.",
    ),
    "reserved.KC001": M("Proposal sesuai skema", "The proposal matches the schema"),
    "reserved.KC001.help": M(
        "Setiap kunci dikenal dan setiap nilai berjenis yang benar (lihat schemas/proposal.schema.json).",
        "Every key is known and every value has the right type (see schemas/proposal.schema.json).",
    ),
    "reserved.KC002": M("Tidak ada kunci ganda", "No duplicate keys"),
    "reserved.KC002.help": M(
        "Kunci yang ditulis dua kali membuat isi pertama hilang tanpa pemberitahuan.",
        "A key written twice silently drops its first value.",
    ),
    "reserved.KC003": M("Setiap aturan berjalan tuntas", "Every rule runs to completion"),
    "reserved.KC003.help": M(
        "Aturan yang gagal berjalan adalah kesalahan kipp-check; laporkan ke pengembang.",
        "A rule that crashed is a kipp-check bug; please report it.",
    ),
    "reserved.KC004": M("Berkas dapat dibaca sebagai UTF-8", "The file reads as UTF-8"),
    "reserved.KC004.help": M(
        "Berkas tidak kosong, tidak terlalu besar, UTF-8 dan tanpa karakter kendali.",
        "The file is not empty, not too big, UTF-8 and free of control characters.",
    ),
    "reserved.KC005": M("Hanya fitur YAML sederhana", "Plain YAML features only"),
    "reserved.KC005.help": M(
        "Tanpa tag, anchor, alias, banyak dokumen atau sarang terlalu dalam.",
        "No tags, anchors, aliases, several documents or too deep nesting.",
    ),
    "reserved.KC006": M("Komentar pengecualian dapat dipakai", "Waiver comments are usable"),
    "reserved.KC006.help": M(
        "Komentar `# kipp-check: abaikan ...` harus lengkap: ID aturan, tanggal akhir, alasan dan penanggung jawab.",
        "A `# kipp-check: ignore ...` comment must be complete: rule ID, last day, reason and who is accountable.",
    ),
    "github.more": M(
        "{count} temuan lain tidak ditampilkan sebagai anotasi (batas GitHub): {errors} galat, {warnings} peringatan, {infos} saran; lihat laporan lengkap di log atau ringkasan langkah",
        "{count:more finding is|more findings are} not shown as annotations (GitHub's limit): {errors:error|errors}, {warnings:warning|warnings}, {infos:note|notes}; see the full report in the log or the step summary",
    ),
    "github.fix": M("Perbaikan", "Fix"),
    "junit.file_case": M(
        "KC berkas proposal terbaca dan valid", "KC proposal file reads and validates"
    ),
    "markdown.truncated": M(
        "rincian {count} proposal berikutnya tidak dimuat karena batas ukuran ringkasan GitHub (1 MiB); lihat laporan JSON atau SARIF",
        "the details of the next {count:proposal|proposals} are left out to stay within GitHub's summary size limit (1 MiB); see the JSON or SARIF report",
    ),
    "sarif.base": M(
        "folder tempat kipp-check dijalankan (akar repositori)",
        "the folder kipp-check ran in (the repository root)",
    ),
}

SUMMARY: dict[str, M] = {
    "batch.nothing_found": M(
        "tidak ada proposal (proposal.yaml) di `{path}`",
        "no proposal (proposal.yaml) found at `{path}`",
    ),
    "summary.heading": M("Ringkasan {count} proposal", "Summary of {count:proposal|proposals}"),
    "summary.col.number": M("No", "No"),
    "summary.col.days_left": M("Sisa hari", "Days left"),
    "summary.col.readiness": M("Kesiapan", "Readiness"),
    "summary.col.errors": M("Galat", "Errors"),
    "summary.col.warnings": M("Peringatan", "Warnings"),
    "summary.col.status": M("Status", "Status"),
    "summary.col.file": M("Berkas", "File"),
    "summary.not_ready": M("belum siap", "not ready"),
    "summary.days_over": M("lewat {days}", "{days} over"),
    "summary.verdict": M(
        "{ready} dari {total} proposal siap diajukan; {counts}",
        "{ready} of {total} proposals ready to submit; {counts}",
    ),
    "summary.waived": M("{count} temuan dikecualikan", "{count:finding|findings} waived"),
    "summary.too_many_warnings": M(
        "Jumlah peringatan {warnings} melebihi batas --max-warnings {limit}",
        "{warnings:warning exceeds|warnings exceed} the --max-warnings limit of {limit}",
    ),
    "report.waived_heading": M("Temuan yang dikecualikan ({count})", "Waived findings ({count})"),
    "report.waived_by": M(
        "dikecualikan sampai {until} oleh {by}: {reason} ({origin})",
        "waived until {until} by {by}: {reason} ({origin})",
    ),
}

MESSAGES: dict[str, M] = {**CONFIG, **WAIVERS, **CLI, **RESERVED, **SUMMARY}
