"""Template residue: placeholder text left in the proposal or in an attached PDF.

A proposal built from a template, or a letter from the agency's standard form,
often keeps a "[isi di sini]", a "Nama Inovasi" where the title belongs, a
"xxx" in a letter number or a Word "Klik atau ketuk di sini untuk memasukkan
teks". A reviewer reads that as unfinished work. The patterns are written so
ordinary prose does not match: "Nama Inovasi" counts only where it stands
alone as a value or a line, not as a label with a colon ("Nama Inovasi: SIGAP");
a label followed by dot leaders ("Nama : ........") is an unfilled form field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kipp_check.loader.attachment_paths import shown
from kipp_check.models.criterion import Criterion
from kipp_check.models.results import DocPath, Finding, Severity
from kipp_check.pipeline.findings import format_path
from kipp_check.rules._registry import rule
from kipp_check.rules.context import CheckContext

_PLACEHOLDER_WORDS = (
    r"isi|diisi|tulis|ketik|masukkan|nama|judul|tanggal|tgl|jabatan|nip|nomor|instansi"
    r"|inovasi|inovator|alamat|tempat|todo|placeholder|\.{3}|…"
)
_LABELS = r"(?:nama|judul)\s+(?:inovasi|instansi|inovator|lengkap)"
PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\blorem\s+ipsum\b", re.IGNORECASE),
    re.compile(
        rf"[\[<{{«]{{1,2}}\s*(?:{_PLACEHOLDER_WORDS})[^\]\n>}}»]{{0,40}}[\]>}}»]{{1,2}}",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:isi|diisi|ketik|tulis|masukkan)\s+(?:di\s*sini|disini)\b", re.IGNORECASE),
    re.compile(r"\b(?:klik|click)\s+(?:atau\s+ketuk\s+|or\s+tap\s+)?(?:di\s+sini|here)\b", re.I),
    re.compile(r"\b(?:TODO|FIXME|TBD)\b"),
    re.compile(r"(?<!\w)[xX]{3,}(?!\w)"),
    re.compile(rf"^[ \t]*{_LABELS}[ \t]*$", re.IGNORECASE | re.MULTILINE),
    re.compile(r":[ \t]*(?:\.{6,}|…{3,}|_{6,})"),
)
_NOT_TEXT = ("dokumen", "data_dukung")
"""Keys holding file paths, not prose; a file name is not template text."""
_SHOWN_CHARS = 40


def first_residue(text: str) -> str | None:
    """The first placeholder in `text`, as written (shortened), or `None`."""
    hits = [match for match in (pattern.search(text) for pattern in PATTERNS) if match]
    if not hits:
        return None
    first = min(hits, key=lambda match: match.start())
    return " ".join(first.group(0).split())[:_SHOWN_CHARS] or "…"


@rule("ADM012", Criterion.ADMIN, severity=Severity.WARNING)
def proposal_has_no_template_text(ctx: CheckContext) -> Iterator[Finding]:
    """No answer in the proposal still holds placeholder text from a template.

    Passes when no text value contains "lorem ipsum", a bracketed placeholder
    (`[isi di sini]`, `[Nama Inovator]`, `<<nomor>>`), "isi di sini", a Word
    "klik atau ketuk di sini" prompt, TODO/FIXME/TBD, a run of `xxx`, or a bare template
    label such as "Nama Inovasi" as the whole value.
    Fails (warning) once per value, naming the placeholder; the finding sits in the
    aspect's row when it is in an answer.
    Fix: replace the template text with the real content.
    Source: advice; an unfinished answer reads as an incomplete proposal.

    Example passes::

        proposal:
          ringkasan: |
            SIGAP memindahkan layanan adminduk dari kantor dinas ke kantor desa.

    Example fails::

        proposal:
          ringkasan: |
            [isi di sini] memindahkan layanan adminduk ke kantor desa.
    """
    aspects = {a.id for a in ctx.pack.aspects_for(ctx.proposal.group)}
    data = ctx.proposal.model_dump(by_alias=True, exclude_none=True)
    for path, value in _texts(data, ()):
        found = first_residue(value)
        if found is None:
            continue
        aspect = str(path[1]) if path[0] == "proposal" and len(path) > 1 else ""
        in_row = aspect in aspects
        yield ctx.fail(
            "adm.residue",
            at=path,
            key=format_path(path),
            found=shown(found),
            group=f"aspek:{aspect}" if in_row else None,
            aspect=aspect if in_row else "",
        )


@rule("DOK012", Criterion.DOCUMENTS, severity=Severity.WARNING)
def attachments_have_no_template_text(ctx: CheckContext) -> Iterator[Finding]:
    """No attached PDF still holds placeholder text from a template, on the pages read.

    Passes when the text read from each attachment (the letters' first pages, the
    first pages of each supporting file) has none of the placeholders ADM012 looks for.
    Fails (warning) once per file, naming the page and the placeholder.
    Fix: replace the template text in the source document, export the PDF again, re-attach it.
    Source: advice; a letter still reading "Nama Inovasi" or "Nomor: xxx" looks unfinished.

    Example passes::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Text of lampiran/surat-pernyataan-identitas-inovator.pdf::

        SURAT PERNYATAAN IDENTITAS INOVATOR SIGAP (Sistem Integrasi Gerai
        Adminduk Perdesaan): inovatornya Andi Marlina Putri. Sekala Raya, 12 Mei 2025

    Example fails::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Text of lampiran/surat-pernyataan-identitas-inovator.pdf::

        Nomor: xxx/Disdukcapil/2025
        SURAT PERNYATAAN IDENTITAS INOVATOR SIGAP (Sistem Integrasi Gerai
        Adminduk Perdesaan): inovatornya Andi Marlina Putri. Sekala Raya, 12 Mei 2025
    """
    reported: set[str] = set()
    for path, written in ctx.proposal.attachment_refs():
        facts = ctx.attachments.get(written)
        if facts is None or written in reported:
            continue
        for page, page_text in enumerate(facts.text, start=1):
            found = first_residue(page_text)
            if found is not None:
                reported.add(written)
                yield ctx.fail(
                    "dok.residue", at=path, file=shown(written), page=page, found=shown(found)
                )
                break


def _texts(value: Any, path: DocPath) -> Iterator[tuple[DocPath, str]]:
    """Every string in the dumped proposal with its document path, file paths left out."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if path or key not in _NOT_TEXT:
                yield from _texts(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*path, index))
