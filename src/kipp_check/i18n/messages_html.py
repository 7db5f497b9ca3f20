"""Messages of the HTML report (`--format html`); see `kipp_check.i18n`.

The overview's column names, statuses and verdicts are shared with the
terminal and Markdown reports (`summary.*`, `report.*`, `status.*`); only what
a page needs beyond them lives here: headings, filter labels, link texts.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "html.doc_title": M("Laporan kesiapan KIPP: {subject}", "KIPP readiness report: {subject}"),
    "html.doc_title_batch": M("{count} proposal", "{count:proposal|proposals}"),
    "html.heading": M("Laporan kesiapan proposal KIPP", "KIPP proposal readiness report"),
    "html.checked_on": M(
        "Diperiksa per {today} dengan kipp-check {version}",
        "Checked as of {today} with kipp-check {version}",
    ),
    "html.overview_caption": M(
        "Klik judul kolom untuk mengurutkan; klik judul proposal untuk membuka rinciannya.",
        "Click a column heading to sort; click a proposal's title to open its details.",
    ),
    "html.filters": M("Saring daftar", "Filter the list"),
    "html.filter.all": M("Semua", "All"),
    "html.filter.search": M(
        "Cari judul, instansi atau berkas", "Search title, institution or file"
    ),
    "html.filter.reset": M("Tampilkan semua", "Show all"),
    "html.shown": M(
        "{shown} dari {total} proposal ditampilkan", "{shown} of {total} proposals shown"
    ),
    "html.no_match": M(
        "Tidak ada proposal yang cocok dengan saringan.", "No proposal matches the filters."
    ),
    "html.no_proposals": M("Tidak ada proposal yang diperiksa.", "No proposal was checked."),
    "html.proposal_number": M("Proposal {number} dari {total}", "Proposal {number} of {total}"),
    "html.pack": M("Paket aturan", "Rule pack"),
    "html.criteria_caption": M("Status per kriteria", "Status per criterion"),
    "html.gaps_heading": M("Celah dan cara memperbaikinya", "Gaps and how to fix them"),
    "html.no_gaps": M("Tidak ada celah yang ditemukan.", "No gaps were found."),
    "html.fix": M("Perbaikan", "Fix"),
    "html.waiver": M("Pengecualian", "Waiver"),
    "html.location": M("Lokasi", "Location"),
    "html.rule": M("Aturan", "Rule"),
    "html.back_to_overview": M("Kembali ke ringkasan", "Back to the summary"),
    "html.made_by": M(
        "Dibuat dengan kipp-check {version}. Berkas ini berdiri sendiri: dapat dibuka tanpa internet, dari folder bersama atau lampiran surel.",
        "Made with kipp-check {version}. This file stands alone: it opens without internet, from a shared folder or an e-mail attachment.",
    ),
}
