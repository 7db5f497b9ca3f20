"""Messages of issue 15 (a report you can believe): statuses, text claims, letters, pasting.

See `kipp_check.i18n` for how areas are read; `models/row_status.py` says what
each status means.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "status.advice": M("saran saja", "advice only"),
    "criterion.aspek": M("Jawaban proposal", "Proposal answers"),
    "schema.top_level": M("tingkat teratas", "the top level"),
    "dd.many.missing": M(
        "{count} aspek belum punya data dukung: {labels}",
        "{count} aspects have no supporting data: {labels}",
    ),
    "dd.many.missing.fix": M(
        "lampirkan dokumen bukti (laporan, SK, SOP, foto dalam PDF) untuk tiap aspek itu di"
        " bawah `data_dukung` ({keys})",
        "attach evidence (reports, decrees, SOPs, photos as PDF) for each of these aspects under"
        " `data_dukung` ({keys})",
    ),
}
