"""Documents criterion, the set of files: nothing attached twice, nothing left behind.

Two keys pointing at the same bytes usually mean a document is missing (the
identity letter uploaded again as the replication letter); a PDF in the
proposal's folder that no key names is a document the portal never gets.
Both are judged from the attachments' facts (SHA-256, the folder listing).
"""

from __future__ import annotations

from collections.abc import Iterator

from kipp_check.loader.attachment_paths import shown
from kipp_check.models.criterion import Criterion
from kipp_check.models.results import DocPath, Finding, Severity
from kipp_check.rules._registry import rule
from kipp_check.rules.context import CheckContext

_DOK = Criterion.DOCUMENTS
MAX_LISTED = 20
"""Unreferenced PDFs reported one by one; the rest are counted in one more finding."""


@rule("DOK010", _DOK, severity=Severity.WARNING)
def no_file_attached_twice(ctx: CheckContext) -> Iterator[Finding]:
    """No file is attached twice under different names, and the two letters are two files.

    Passes when every attachment's content (SHA-256) differs from the others', except the
    same path listed as evidence for several aspects.
    Fails (warning) when two different paths hold identical bytes, or when both letters
    are the same file (then one of the two required letters is in fact missing).
    Fix: attach the document that belongs at that key, or write one file name only.
    Source: both letters are required as separate documents (kaltimprov.go.id 2025);
    identical evidence under two names is a heuristic for a wrong upload.

    Example passes::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf
          surat_kesediaan_replikasi: lampiran/surat-kesediaan-replikasi.pdf

    Text of lampiran/surat-pernyataan-identitas-inovator.pdf::

        SURAT PERNYATAAN IDENTITAS INOVATOR SIGAP (Sistem Integrasi Gerai
        Adminduk Perdesaan): inovatornya Andi Marlina Putri. Sekala Raya, 12 Mei 2025

    Text of lampiran/surat-kesediaan-replikasi.pdf::

        SURAT KESEDIAAN REPLIKASI
        Dinas Kesehatan Kota Tirtarejo bersedia inovasinya direplikasi instansi lain.

    Example fails::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf
          surat_kesediaan_replikasi: lampiran/surat-pernyataan-identitas-inovator.pdf

    Text of lampiran/surat-pernyataan-identitas-inovator.pdf::

        SURAT PERNYATAAN IDENTITAS INOVATOR SIGAP (Sistem Integrasi Gerai
        Adminduk Perdesaan): inovatornya Andi Marlina Putri. Sekala Raya, 12 Mei 2025
    """
    first: dict[str, tuple[DocPath, str]] = {}
    for path, written in ctx.proposal.attachment_refs():
        facts = ctx.attachments.get(written)
        if facts is None or facts.sha256 is None:
            continue
        if facts.sha256 not in first:
            first[facts.sha256] = (path, written)
            continue
        earlier_path, earlier = first[facts.sha256]
        if earlier_path[0] == "dokumen" and path[0] == "dokumen":
            yield ctx.fail("dok.duplicate.letters", at=path, file=shown(written))
        elif written != earlier:
            yield ctx.fail(
                "dok.duplicate.same_file", at=path, file=shown(written), other=shown(earlier)
            )


@rule("DOK011", _DOK, severity=Severity.INFO)
def every_folder_pdf_is_referenced(ctx: CheckContext) -> Iterator[Finding]:
    """Every PDF in the proposal's folder is referenced by a key of the proposal.

    Passes when each `*.pdf` under the proposal's folder (hidden folders and symlinks
    aside, a few levels deep) is written under `dokumen` or `data_dukung`, or mentioned
    by another YAML file in the same folder (a sibling proposal).
    Fails (info) for each PDF nothing refers to, e.g. a letter saved but never attached;
    after 20 files, one more finding counts the rest.
    Fix: write its path under `dokumen` or `data_dukung.<aspect>`, or move it out of the folder.
    Source: advice; only the files the proposal names are submitted.

    Example passes (file lampiran/surat-identitas.pdf)::

        dokumen:
          surat_identitas_inovator: lampiran/surat-identitas.pdf

    Example fails (file lampiran/surat-identitas.pdf; file lampiran/draf-lama.pdf)::

        dokumen:
          surat_identitas_inovator: lampiran/surat-identitas.pdf
    """
    left = sorted(facts.path for facts in ctx.attachments.values() if not facts.referenced)
    at: DocPath = ()
    if ctx.proposal.supporting_data is not None:
        at = ("data_dukung",)
    elif ctx.proposal.documents is not None:
        at = ("dokumen",)
    for path in left[:MAX_LISTED]:
        yield ctx.fail("dok.unreferenced", at=at, file=shown(path))
    total = max(ctx.unreferenced_pdfs, len(left))  # facts are kept for the first few hundred
    if total > MAX_LISTED:
        more = "dok.unreferenced.more" if ctx.folder_walked else "dok.unreferenced.more_at_least"
        yield ctx.fail(more, at=at, count=total - MAX_LISTED)
