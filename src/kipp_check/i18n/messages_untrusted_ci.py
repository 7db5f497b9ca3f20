"""Messages of issue 12's run guards: capped rule findings, unreadable proposals in a batch,
interrupted runs and the main process's budget; see `kipp_check.i18n`."""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "engine.more_findings": M(
        "dan {count} temuan lain dari aturan {rule} tidak ditampilkan (batas `max_findings_per_rule`: {limit})",
        "and {count:more finding|more findings} of rule {rule} not shown (`max_findings_per_rule` is {limit})",
    ),
    "engine.more_findings.fix": M(
        "perbaiki temuan yang ditampilkan lalu periksa lagi; temuan berikutnya akan muncul",
        "fix the findings shown and check again; the next ones will then appear",
    ),
    "policy.more_entries": M("… dan {count} lainnya", "… and {count} more"),
    "loader.batch_unreadable": M(
        "berkas proposal tidak dapat dibaca ({reason}); proposal lain dalam pemeriksaan ini tetap diperiksa",
        "the proposal file cannot be read ({reason}); the other proposals of this run are still checked",
    ),
    "loader.batch_unreadable.fix": M(
        "pastikan berkasnya ada dan boleh dibaca (izin berkas), lalu periksa lagi",
        "make sure the file exists and may be read (its permissions), then check again",
    ),
    "cli.interrupted": M(
        "pemeriksaan dihentikan ({signal}); tidak ada laporan yang ditulis",
        "the check was stopped ({signal}); no report was written",
    ),
    "budget.time": M(
        "pemeriksaan proposal ini melewati batas waktu {seconds} detik di proses utama dan dihentikan",
        "checking this proposal took longer than {seconds} s in the main process and was stopped",
    ),
    "budget.time.fix": M(
        "periksa apakah berkas proposal atau folder di sebelahnya luar biasa besar; pisahkan proposal ke folder masing-masing",
        "check whether the proposal file or the folder beside it is unusually large; give each proposal its own folder",
    ),
    "budget.memory": M(
        "pemeriksaan proposal ini melewati batas memori {megabytes} MB di proses utama dan dihentikan",
        "checking this proposal needed more than {megabytes} MB in the main process and was stopped",
    ),
    "budget.memory.fix": M(
        "periksa apakah berkas proposal luar biasa besar atau rumit; perkecil dan periksa lagi",
        "check whether the proposal file is unusually large or complex; make it smaller and check again",
    ),
}
