"""Messages of the report, the engine (with the note on rules not confirmed) and the command line.

See `kipp_check.i18n`; the words of each rule are in `i18n/rules/`.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

_MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

MONTHS: dict[str, M] = {
    f"month.{number}": M(indonesian, english)
    for number, (indonesian, english) in enumerate(
        zip(_MONTHS_ID, _MONTHS_EN, strict=True), start=1
    )
}

REPORT: dict[str, M] = {
    "report.time": M("{hour}.{minute}", "{hour}:{minute}"),
    "report.datetime": M("{date} pukul {time} {zone}", "{date} at {time} {zone}"),
    "report.file": M("Berkas", "File"),
    "report.title": M("Judul", "Title"),
    "report.institution": M("Instansi", "Institution"),
    "report.group": M("Kelompok", "Group"),
    "report.category": M("Kategori", "Category"),
    "report.deadline": M("Batas akhir", "Deadline"),
    "report.days_left": M("sisa {days} hari (per {today})", "{days} days left (as of {today})"),
    "report.days_over": M(
        "lewat {days} hari (per {today})", "passed {days} days ago (as of {today})"
    ),
    "report.carried_by": M("dari aspek {aspects}", "carried by {aspects}"),
    "report.emphasized": M("ditekankan tahun ini", "stressed this year"),
    "report.words": M("{counts} kata", "{counts} words"),
    "report.col.criterion": M("Kriteria", "Criterion"),
    "report.col.weight": M("Bobot", "Weight"),
    "report.col.status": M("Status", "Status"),
    "report.col.gaps": M("Celah", "Gaps"),
    "report.col.detail": M("Keterangan", "Detail"),
    "report.counts": M(
        "{errors} galat, {warnings} peringatan, {infos} saran",
        "{errors:error|errors}, {warnings:warning|warnings}, {infos:note|notes}",
    ),
    "report.readiness": M("kesiapan {percent} %", "readiness {percent} %"),
    "report.disclaimer": M(
        "Lolos pemeriksaan ini tidak menjamin lolos seleksi administrasi oleh Tim Sekretariat KIPP.",
        "Passing this check does not guarantee passing the KIPP secretariat's administrative selection.",
    ),
    "verdict.ready": M("SIAP DIAJUKAN", "READY TO SUBMIT"),
    "verdict.not_ready": M("BELUM SIAP", "NOT READY"),
    "status.ready": M("siap", "ready"),
    "status.needs_work": M("perlu perbaikan", "needs work"),
    "status.missing": M("belum ada", "missing"),
    "status.not_checked": M("tidak diperiksa", "not checked"),
    "severity.error": M("galat", "error"),
    "severity.warning": M("peringatan", "warning"),
    "severity.info": M("saran", "note"),
    "criterion.berkas": M("Berkas proposal", "Proposal file"),
    "criterion.administrasi": M("Administrasi", "Administrative"),
    "criterion.jadwal": M("Jadwal", "Schedule"),
    "criterion.dokumen": M("Dokumen wajib", "Required documents"),
    "criterion.data_dukung": M("Data dukung", "Supporting data"),
    "criterion.kriteria": M("Kriteria: {name}", "Criterion: {name}"),
    "criterion.video": M("Video", "Video"),
    "status.advice": M("saran saja", "advice only"),
    "criterion.aspek": M("Jawaban proposal", "Proposal answers"),
    "schema.top_level": M("tingkat teratas", "the top level"),
    "report.and_list": M("{items} dan {last}", "{items} and {last}"),
    "report.closing_assumed": M(
        "jam penutupan diasumsikan dari {edition}", "closing hour assumed from {edition}"
    ),
    "report.closing_reported": M(
        "jam penutupan dari satu sumber, belum dikonfirmasi",
        "closing hour from a single source, unconfirmed",
    ),
    "report.age.under_one": M("kurang dari 1 tahun", "less than a year"),
    "report.age.years": M("{years} tahun", "{years:full year|full years}"),
}

ENGINE: dict[str, M] = {
    # The note a finding carries when its rule rests on a value not confirmed for the edition.
    "rule.basis_assumed": M(
        "aturan diasumsikan dari {edition}, belum dikonfirmasi untuk edisi ini",
        "rule assumed from {edition}, not confirmed for this edition",
    ),
    "rule.basis_assumed_unknown": M(
        "aturan belum dikonfirmasi resmi; sumber: {source}",
        "rule not officially confirmed; source: {source}",
    ),
    "rule.basis_reported": M(
        "aturan dari satu sumber saja: {source}",
        "rule from a single source only: {source}",
    ),
    "engine.skipped_invalid": M(
        "tidak dijalankan: proposal belum lolos validasi skema",
        "not run: the proposal did not pass schema validation",
    ),
    "engine.rule_crashed": M(
        "aturan {rule} gagal berjalan ({error}); temuan aturan lain tetap berlaku",
        "rule {rule} crashed ({error}); the other rules' findings still stand",
    ),
    "engine.rule_crashed.fix": M(
        "laporkan masalah ini ke pengembang kipp-check beserta berkas proposalnya",
        "please report this to the kipp-check developers with the proposal file",
    ),
    "cli.proposal_not_found": M(
        "berkas proposal `{path}` tidak ditemukan; periksa jalurnya",
        "proposal file `{path}` not found; check the path",
    ),
    "cli.proposal_not_a_file": M(
        "`{path}` bukan berkas biasa; berikan jalur ke proposal.yaml",
        "`{path}` is not a regular file; give the path of proposal.yaml",
    ),
    "cli.proposal_unreadable": M(
        "berkas proposal `{path}` tidak dapat dibaca ({reason})",
        "proposal file `{path}` cannot be read ({reason})",
    ),
    "cli.bad_today": M(
        "tanggal `{value}` tidak valid untuk --today / KIPP_CHECK_TODAY; tulis TAHUN-BULAN-HARI, misalnya 2025-05-20",
        "`{value}` is not a valid date for --today / KIPP_CHECK_TODAY; write YEAR-MONTH-DAY, e.g. 2025-05-20",
    ),
    "cli.usage_error": M("kesalahan penggunaan: {detail}", "usage error: {detail}"),
    "cli.usage_hint": M("lihat `kipp-check --help`", "see `kipp-check --help`"),
    "cli.error": M("galat: {detail}", "error: {detail}"),
    "cli.internal_error": M(
        "kesalahan internal saat memeriksa {path} ({error}); jalankan ulang dengan --debug dan laporkan ke pengembang",
        "internal error while checking {path} ({error}); run again with --debug and report it to the developers",
    ),
    "cli.output_unwritable": M(
        "tidak dapat menulis ke `{path}` ({reason})",
        "cannot write to `{path}` ({reason})",
    ),
}

MESSAGES: dict[str, M] = {**MONTHS, **REPORT, **ENGINE}
