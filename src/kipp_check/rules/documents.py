"""Documents criterion: the two required letters, and every attached file's size and format."""

from __future__ import annotations

from collections.abc import Iterator

from kipp_check.models.criterion import Criterion
from kipp_check.models.results import DocPath, Finding, PdfFacts, Severity
from kipp_check.packs.model import RequiredDocument
from kipp_check.rules._registry import rule
from kipp_check.rules.aspect_text import by_key, is_blank
from kipp_check.rules.context import CheckContext

_DOK = Criterion.DOCUMENTS
_OWN_RULE = frozenset({"identity_letter", "replication_letter"})
"""Letter roles with a rule of their own (DOK001, DOK002); DOK001 checks any other letter."""


@rule("DOK001", _DOK)
def identity_letter_is_attached(ctx: CheckContext) -> Iterator[Finding]:
    """The *surat pernyataan identitas inovator* is attached as a readable PDF.

    Passes when `dokumen.surat_identitas_inovator` names a PDF inside the proposal's
    folder that opens, has at least one page and needs no password. Any further letter
    the pack asks of the group (2026, provisional: the *surat pernyataan implementasi*)
    is checked the same way.
    Fails when the key is missing, or the file is missing, unreadable, empty or locked;
    a warning when it opens without a password but is encrypted (owner restrictions),
    or when the letter is only assumed to be required.
    Fix: attach the signed letter exported as PDF and write its path.
    Source: 2025 requirements (kaltimprov.go.id, metronewstv.co.id) [confirmed];
    the implementation letter: regional 2026 forms [assumed].

    Example passes (file lampiran/surat-pernyataan-identitas-inovator.pdf)::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Example fails::

        dokumen:
          surat_kesediaan_replikasi: lampiran/surat-kesediaan-replikasi.pdf
    """
    yield from _letter(ctx, "identity_letter")
    for further in ctx.pack.required_documents:
        if further.role not in _OWN_RULE and further.asked_of(ctx.proposal.group):
            yield from letter_findings(ctx, further)


@rule("DOK002", _DOK)
def replication_letter_is_attached(ctx: CheckContext) -> Iterator[Finding]:
    """The *surat kesediaan replikasi* is attached as a readable PDF.

    Passes when `dokumen.surat_kesediaan_replikasi` names a PDF inside the proposal's
    folder that opens, has at least one page and needs no password.
    Fails when the key is missing, or the file is missing, unreadable, empty or locked;
    a warning when it opens without a password but is encrypted (owner restrictions).
    Fix: attach the signed letter exported as PDF and write its path. Every group needs it.
    Source: 2025 requirements (kaltimprov.go.id) [confirmed].

    Example passes (file lampiran/surat-kesediaan-replikasi.pdf)::

        dokumen:
          surat_kesediaan_replikasi: lampiran/surat-kesediaan-replikasi.pdf

    Example fails (file lampiran/surat-kesediaan-replikasi.pdf)::

        dokumen:
          surat_kesediaan_replikasi: lampiran/Surat-Kesediaan-Replikasi.pdf
    """
    yield from _letter(ctx, "replication_letter")


@rule("DOK003", _DOK)
def attachments_within_size_limit(ctx: CheckContext) -> Iterator[Finding]:
    """Every attached file is within the portal's file-size limit.

    Passes when each attachment is at most the pack's `files.max_bytes`.
    Fails when one is larger; a warning while the limit is not confirmed (2025: 2 MB,
    from regional copies of the form).
    Fix: compress the PDF (e.g. export at 150 dpi, or "Reduce File Size") or split it;
    for a scan (pages without a text layer), rescan at 150–200 dpi in greyscale.
    Source: regional SINOVIK-style forms, PDF at 1–2 MB [assumed].

    Example passes (file lampiran/surat-pernyataan-identitas-inovator.pdf)::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Example fails (file lampiran/surat-pernyataan-identitas-inovator.pdf 3 MB)::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf
    """
    limit = ctx.pack.files.max_bytes
    for path, facts in _attached(ctx):
        if facts.bytes is not None and facts.bytes > limit.value:
            scanned = facts.page_layers.count("image")
            yield ctx.fail(
                "dok.size.over_scanned" if scanned else "dok.size.over",
                at=path,
                file=facts.path,
                size=_mb(facts.bytes),
                limit=_mb(limit.value),
                basis=limit,
                scanned=scanned,
                pages=len(facts.page_layers),
            )


@rule("DOK004", _DOK)
def attachments_are_pdf(ctx: CheckContext) -> Iterator[Finding]:
    """Every attached file has a format the portal takes.

    Passes when each attachment's name ends in one of the pack's formats (`.pdf`).
    Fails when another extension is used; a warning while the format rule is assumed.
    Fix: export the document as PDF and attach that file.
    Source: regional SINOVIK-style forms accept PDF only [assumed].

    Example passes (file lampiran/surat-pernyataan-identitas-inovator.pdf)::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Example fails::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.docx
    """
    formats = ctx.pack.files.formats
    for path, facts in _attached(ctx):
        suffix = facts.path.rsplit(".", 1)[-1].casefold() if "." in facts.path else ""
        if suffix not in formats.value:
            yield ctx.fail(
                "dok.format.other",
                at=path,
                file=facts.path,
                formats=", ".join(formats.value),
                basis=formats,
            )


def _letter(ctx: CheckContext, role: str) -> Iterator[Finding]:
    """The letter the pack gives `role` (its DOK rule does not apply to a pack without one)."""
    wanted = ctx.pack.document(role)
    if wanted is None or not wanted.asked_of(ctx.proposal.group):
        return
    yield from letter_findings(ctx, wanted)


def letter_findings(ctx: CheckContext, wanted: RequiredDocument) -> Iterator[Finding]:
    """Missing, unreadable or encrypted: what stops `wanted` from being accepted."""
    key = wanted.id
    written = by_key(ctx.proposal.documents, key)
    label = ctx.label(wanted)
    if not isinstance(written, str) or is_blank(written):
        yield ctx.fail(
            "dok.letter.missing", at=("dokumen", key), key=key, label=label, basis=wanted.required
        )
        return
    yield from problem_findings(ctx, ("dokumen", key), written)
    facts = ctx.attachments.get(written)
    if facts is not None and not facts.problem and facts.encrypted:
        # It opens, so the letter is there; that restrictions bother the portal is our guess.
        yield ctx.fail(
            "dok.letter.encrypted", at=("dokumen", key), severity=Severity.WARNING, file=written
        )


def problem_findings(
    ctx: CheckContext, at: DocPath, written: str, aspect: str = ""
) -> Iterator[Finding]:
    """A finding for what stopped the inspection of the file written at `at`, if anything."""
    facts = ctx.attachments.get(written)
    if facts is not None and facts.problem:
        yield ctx.fail(facts.problem, at=at, aspect=aspect, fields=dict(facts.problem_args))


def _attached(ctx: CheckContext) -> Iterator[tuple[DocPath, PdfFacts]]:
    for path, written in ctx.proposal.attachment_refs():
        facts = ctx.attachments.get(written)
        if facts is not None:
            yield path, facts


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
