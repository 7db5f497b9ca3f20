"""Documents criterion: no attachment runs anything by itself when a judge opens it.

Judges read the letters and the supporting files in Adobe Acrobat, which runs
a PDF's JavaScript, its open action and its automatic (`/AA`) actions, and
renders XFA forms, as the file opens. A letter needs none of these; they come
from form tools or from a crafted file. The facts are gathered in the PDF
worker (`loader.pdf_active`); this rule only reports them.
"""

from __future__ import annotations

from collections.abc import Iterator

from kipp_check.loader.attachment_paths import shown
from kipp_check.models.criterion import Criterion
from kipp_check.models.phrase import Phrase, joined
from kipp_check.models.results import Finding, Severity
from kipp_check.rules._registry import rule
from kipp_check.rules.context import CheckContext


@rule("DOK013", Criterion.DOCUMENTS, severity=Severity.WARNING)
def attachments_run_nothing(ctx: CheckContext) -> Iterator[Finding]:
    """No attached PDF holds JavaScript, an action on opening, automatic actions or an XFA form.

    Passes when no attachment has document or page JavaScript, an `/OpenAction` or
    `/AA` action, a launch action or an XFA form, in the catalogue or on the pages read.
    Fails (warning) once per file, naming what it holds.
    Fix: make the PDF again without scripts or forms (export it from the source document,
    or print to PDF), then attach it again.
    Source: advice; Acrobat runs such content when the file opens (ISO 32000-1 §12.6
    actions and trigger events, §12.7.8 XFA forms), and judges open the letters in Acrobat.

    Example passes (file lampiran/surat-identitas.pdf)::

        dokumen:
          surat_identitas_inovator: lampiran/surat-identitas.pdf

    Example fails (file lampiran/surat-identitas.pdf with JavaScript)::

        dokumen:
          surat_identitas_inovator: lampiran/surat-identitas.pdf
    """
    reported: set[str] = set()
    for path, written in ctx.proposal.attachment_refs():
        facts = ctx.attachments.get(written)
        if facts is None or not facts.active_content or written in reported:
            continue
        reported.add(written)
        kinds = joined(Phrase(f"active.{kind}") for kind in facts.active_content)
        yield ctx.fail("dok.active_content", at=path, file=shown(written), kinds=kinds)
