"""Messages of `kipp-check rules`, `kipp-check explain` and `docs/rules.md`; see `kipp_check.i18n`.

The rules' own prose (what each checks, when it passes or fails, the fix, the
source) is each rule's docstring, translated in `i18n/rules/<criterion>`; these
are the headings and labels around it.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "rules.col.id": M("ID", "ID"),
    "rules.col.criterion": M("Kriteria", "Criterion"),
    "rules.col.severity": M("Tingkat", "Severity"),
    "rules.col.title": M("Judul", "Title"),
    "rules.col.confidence": M("Keyakinan", "Confidence"),
    "rules.col.source": M("Sumber", "Source"),
    "rules.criterion.berkas": M("Berkas proposal", "Proposal file"),
    "rules.criterion.administrasi": M("Administrasi", "Administrative"),
    "rules.criterion.jadwal": M("Jadwal", "Schedule"),
    "rules.criterion.dokumen": M("Dokumen wajib", "Required documents"),
    "rules.criterion.data_dukung": M("Data dukung", "Supporting data"),
    "rules.criterion.aspek": M("Aspek proposal", "Proposal aspects"),
    "rules.criterion.kriteria": M("Kriteria inovasi", "Innovation criteria"),
    "rules.criterion.video": M("Video", "Video"),
    "rules.confidence.confirmed": M("dikonfirmasi", "confirmed"),
    "rules.confidence.reported": M("satu sumber", "single source"),
    "rules.confidence.assumed": M("diasumsikan", "assumed"),
    "rules.confidence.advice": M("saran", "advice"),
    "rules.confidence.heuristic": M("heuristik", "heuristic"),
    "rules.count": M(
        "{count} aturan. Penjelasan lengkap satu aturan: kipp-check explain ID",
        "{count} rules. Full explanation of one rule: kipp-check explain ID",
    ),
    "explain.checks": M("Yang diperiksa", "What it checks"),
    "explain.why": M("Mengapa", "Why"),
    "explain.fix": M("Cara memperbaiki", "How to fix"),
    "explain.passing": M("Contoh yang lulus", "An example that passes"),
    "explain.failing": M("Contoh yang gagal", "An example that fails"),
    "explain.setting": M(
        "diperiksa dengan paket {pack} per {today}", "checked with pack {pack} as of {today}"
    ),
    "explain.with_files": M("berkas yang ada: {files}", "files present: {files}"),
    "explain.file_text": M("Teks {path}", "Text of {path}"),
    "explain.across": M(
        "Aturan ini membandingkan beberapa proposal yang diperiksa bersama (misalnya satu folder: "
        "kipp-check proposal/), jadi tidak ada contoh satu berkas.",
        "This rule compares several proposals checked together (e.g. one folder: kipp-check "
        "proposals/), so there is no one-file example.",
    ),
    "explain.file_size": M("{path} ({megabytes} MB)", "{path} ({megabytes} MB)"),
    "explain.unknown": M("tidak ada aturan `{rule}`{hint}", "there is no rule `{rule}`{hint}"),
    "explain.unknown.fix": M(
        "lihat daftar semua aturan dengan `kipp-check rules`",
        "list every rule with `kipp-check rules`",
    ),
    "explain.did_you_mean": M("; mungkin maksudnya {guesses}?", "; did you mean {guesses}?"),
    "docs.title": M("Aturan kipp-check", "kipp-check rules"),
    "docs.generated": M(
        "Halaman ini dibuat dari docstring aturan dan katalog pesan; jangan diubah dengan tangan. "
        "Buat ulang dengan `python -m kipp_check.authoring.rule_reference --lang {lang} > {path}`.",
        "This page is generated from the rules' docstrings and the message catalogue; do not edit "
        "it by hand. Regenerate with `python -m kipp_check.authoring.rule_reference --lang {lang} > {path}`.",
    ),
    "docs.intro": M(
        "Setiap aturan punya ID tetap yang diawali kode kriterianya. Keyakinan menunjukkan "
        "dasar aturan yang paling lemah: dikonfirmasi (sumber resmi atau dua sumber sepakat), "
        "satu sumber, atau diasumsikan (dari edisi lain atau salinan formulir tidak resmi); "
        "saran berarti bukan aturan kompetisi melainkan nasihat; heuristik berarti "
        "pemeriksaannya menebak dari kata-kata. Setiap contoh dijalankan oleh "
        "uji otomatis, jadi contoh yang lulus memang lulus dan yang gagal memang ditandai.",
        "Every rule has a stable ID that starts with its criterion's code. Confidence gives the "
        "weakest ground the rule stands on: confirmed (an official source, or two that agree), "
        "single source, or assumed (from another edition or an unofficial copy of the form); "
        "advice means it is no competition rule, only counsel; heuristic means the check "
        "guesses from wording. Every example is run by the test "
        "suite, so the passing one does pass and the failing one is flagged.",
    ),
    "docs.other_language": M("English: {link}", "Bahasa Indonesia: {link}"),
    "help.cmd.rules": M(
        "Daftar semua aturan: ID, kriteria, tingkat, judul, keyakinan dan sumber.",
        "List every rule: ID, criterion, severity, title, confidence and source.",
    ),
    "help.cmd.explain": M(
        "Jelaskan satu aturan: yang diperiksa, alasannya, sumbernya, cara memperbaiki, dan contoh.",
        "Explain one rule: what it checks, why, its source, how to fix, and examples.",
    ),
    "help.cmd.rule_id": M("ID aturan, misalnya ADM003.", "A rule ID, e.g. ADM003."),
    "help.cmd.lang": M("Bahasa: id atau en.", "Language: id or en."),
    "help.cmd.rules_format": M(
        "Format: terminal, markdown atau json.", "Format: terminal, markdown or json."
    ),
}
