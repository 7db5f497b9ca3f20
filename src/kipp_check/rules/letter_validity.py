"""Documents criterion: the letters can be submitted as they are — dated, and readable.

A letter dated after the planned submission, or after today, is not the
signed letter that will be submitted; a scanned letter without a text layer
cannot be checked at all, and the report says so instead of passing it.
"""

from __future__ import annotations

from collections.abc import Iterator

from kipp_check.models.criterion import Criterion
from kipp_check.models.results import Finding, Severity
from kipp_check.rules._registry import rule
from kipp_check.rules.context import CheckContext
from kipp_check.rules.letter_dates import dates_in
from kipp_check.rules.letters import letter_keys, read_letter

_DOK = Criterion.DOCUMENTS
_WARN = Severity.WARNING


@rule("DOK008", _DOK, severity=_WARN)
def letters_not_dated_after_submission(ctx: CheckContext) -> Iterator[Finding]:
    """No date in a letter falls after the submission date, nor after today.

    Passes when every date a letter states (e.g. `12 Mei 2025`, `12-05-2025`) is on or
    before `rencana_pengajuan` (today when it is not given) and not after today.
    Dates the letter looks forward to ("berlaku sampai …") are ignored.
    Fails (warning) with the latest such date: after the planned submission, or in the
    future (the letter is not signed yet, or its date is a typo).
    Fix: attach the letter as signed, with its real date, before submitting.
    Source: a letter must exist and be signed when the proposal is submitted — heuristic.

    Text of lampiran/surat-pernyataan-identitas-inovator.pdf::

        SURAT PERNYATAAN IDENTITAS INOVATOR SIGAP (Sistem Integrasi Gerai
        Adminduk Perdesaan): inovatornya Andi Marlina Putri. Sekala Raya, 12 Mei 2025

    Example passes::

        rencana_pengajuan: 2025-05-26
        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Example fails::

        rencana_pengajuan: 2025-05-10
        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf
    """
    planned = ctx.proposal.planned_submission
    for key in letter_keys(ctx):
        letter = read_letter(ctx, key)
        stated = dates_in("\n".join(letter.facts.text)) if letter else []
        if letter is None or not stated:
            continue
        latest = max(stated, key=lambda found: found.day)
        stated_day = latest.day
        fields = {"file": letter.file, "label": letter.label, "date": stated_day}
        at = ("dokumen", key)
        if planned is not None and latest.day > planned:
            submission = planned
            yield ctx.fail("dok.date.after_submission", at=at, submission=submission, fields=fields)
        elif latest.day > ctx.today:
            today = ctx.today
            yield ctx.fail("dok.date.future", at=at, today=today, fields=fields)


@rule("DOK009", _DOK, severity=_WARN)
def letters_have_readable_text(ctx: CheckContext) -> Iterator[Finding]:
    """Each letter has a text layer, so its content can be checked at all.

    Passes when every attached letter that opens yields readable text on its first pages.
    Fails (warning) for a scan without a text layer, or a letter with no readable text:
    the names, title and dates in it could not be checked, which is said rather than
    passed silently.
    Fix: attach the PDF exported from the word processor (then signed), or run OCR on the scan.
    Source: advice; the content rules DOK005–DOK008 need the letters' text.

    Example passes::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Text of lampiran/surat-pernyataan-identitas-inovator.pdf::

        SURAT PERNYATAAN IDENTITAS INOVATOR SIGAP (Sistem Integrasi Gerai
        Adminduk Perdesaan): inovatornya Andi Marlina Putri. Sekala Raya, 12 Mei 2025

    Example fails (file lampiran/surat-pernyataan-identitas-inovator.pdf)::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf
    """
    for key in letter_keys(ctx):
        letter = read_letter(ctx, key, readable_only=False)
        if letter is None or letter.readable:
            continue
        scanned = "image" in letter.facts.page_layers
        message = "dok.letter.scanned" if scanned else "dok.letter.no_text"
        yield ctx.fail(message, at=("dokumen", key), file=letter.file, label=letter.label)
