"""Documents criterion: each required letter is a letter — numbered, dated, signed, not a specimen.

The two letters pass the administrative selection only as the real, signed
document; a specimen downloaded and attached as it is ("BUKAN DOKUMEN ASLI",
"CONTOH") or a draft without number, date or signature is what a secretariat
reviewer rejects by eye. The template of the 2025 letters is not published
(`shared/domain/kipp-rules.md` §3, §11.7), so each finding is a warning, says
where (the page) and what it looked for. Letters without readable text are
DOK009's; these rules stay quiet on them.
"""

from __future__ import annotations

from collections.abc import Iterator

from kipp_check.models.criterion import Criterion
from kipp_check.models.phrase import Value
from kipp_check.models.results import Finding, Severity
from kipp_check.rules._registry import rule
from kipp_check.rules.context import CheckContext
from kipp_check.rules.innovation import quoted
from kipp_check.rules.letter_dates import dates_in
from kipp_check.rules.letter_form import (
    has_number,
    names_signatory,
    signed_in_text,
    specimen_marks,
    states_position,
)
from kipp_check.rules.letters import Letter, letter_keys, read_letter

_DOK = Criterion.DOCUMENTS
_WARN = Severity.WARNING


@rule("DOK014", _DOK, severity=_WARN)
def letters_are_not_specimens(ctx: CheckContext) -> Iterator[Finding]:
    """No letter is a specimen or a template.

    Passes when no page of a letter shows a specimen or template marker: "BUKAN DOKUMEN
    ASLI", "SPESIMEN", "template", "contoh surat", a line reading only "CONTOH" or "DRAF".
    Blanks left to fill in ("Nomor: xxx", "Nama : ......") are DOK012's.
    Fails (warning) once per page that has one, quoting the markers.
    Fix: attach the letter as issued and signed, not the specimen it was written from.
    Source: the letters are mandatory documents of the proposal (kaltimprov.go.id 2025)
    [confirmed]; their template is not published (kipp-rules §11.7), so the markers are a
    heuristic.

    Example passes::

        dokumen:
          surat_kesediaan_replikasi: lampiran/surat-kesediaan-replikasi.pdf

    Text of lampiran/surat-kesediaan-replikasi.pdf::

        SURAT PERNYATAAN KESEDIAAN REPLIKASI
        Nomor: 440/1190/Dinkes/2025
        Dinas Kesehatan Kota Tirtarejo bersedia inovasinya direplikasi.
        Tirtarejo, 12 Mei 2025

    Example fails::

        dokumen:
          surat_kesediaan_replikasi: lampiran/surat-kesediaan-replikasi.pdf

    Text of lampiran/surat-kesediaan-replikasi.pdf::

        BUKAN DOKUMEN ASLI
        SURAT PERNYATAAN KESEDIAAN REPLIKASI
        Nomor: 440/1190/Dinkes/2025
        Dinas Kesehatan Kota Tirtarejo bersedia inovasinya direplikasi.
    """
    for letter in _letters(ctx):
        for number, page in enumerate(letter.facts.text, start=1):
            marks = specimen_marks(page)
            if marks:
                yield ctx.fail(
                    "dok.letter.specimen",
                    at=("dokumen", letter.key),
                    marks=quoted(marks),
                    page=number,
                    fields=_fields(letter),
                )


@rule("DOK015", _DOK, severity=_WARN)
def letters_have_number_and_date(ctx: CheckContext) -> Iterator[Finding]:
    """Each letter has its number and its date, as an official letter does.

    Passes when a letter's text has a number line ("Nomor: 470/318/Disdukcapil/2025") and
    a date ("Tanjung Sekala, 12 Mei 2025", "12-05-2025").
    Fails (warning) for each that is missing, naming the page where it was looked for
    (the number on the first page, the date on the last page read).
    Fix: attach the letter as numbered and dated by the office that issued it.
    Source: an official letter carries a number and a date (*tata naskah dinas*); the
    2025 template is not published (kipp-rules §11.7) — heuristic.

    Example passes::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Text of lampiran/surat-pernyataan-identitas-inovator.pdf::

        SURAT PERNYATAAN IDENTITAS INOVATOR
        Nomor: 470/318/Disdukcapil/2025
        Inovatornya Andi Marlina Putri. Tanjung Sekala, 12 Mei 2025

    Example fails::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Text of lampiran/surat-pernyataan-identitas-inovator.pdf::

        SURAT PERNYATAAN IDENTITAS INOVATOR
        Inovatornya Andi Marlina Putri, Kepala Bidang Pelayanan.
    """
    for letter in _letters(ctx):
        text = "\n".join(letter.facts.text)
        at = ("dokumen", letter.key)
        if not has_number(text):
            yield ctx.fail("dok.letter.number.missing", at=at, page=1, fields=_fields(letter))
        if not dates_in(text):
            last = len(letter.facts.text)
            yield ctx.fail("dok.letter.date.missing", at=at, page=last, fields=_fields(letter))


@rule("DOK016", _DOK, severity=_WARN)
def letters_are_signed_by_a_named_official(ctx: CheckContext) -> Iterator[Finding]:
    """Each letter is signed, and names who signs it and in what position.

    Passes when a letter shows a signature — a "ttd."/"TTD" or "tertanda" block, an
    electronic signature, an image on its last page or a digital signature field — and
    names the signatory (a "Nama :" line, a NIP, or a name under the signature) and their
    position ("Jabatan :", or a line opening with Kepala, Bupati, Wali Kota, Direktur…).
    Fails (warning) when no signature is seen on the last page (quiet when the last page
    was not examined), and when the signatory's name or position is missing.
    Fix: attach the signed letter; the signature block gives the official's name, NIP and
    position.
    Source: heuristic `docs.signed_stamped`: an image or signature field on the last page,
    signer name and position (kipp-rules §12) [unconfirmed for 2025].

    Example passes::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Text of lampiran/surat-pernyataan-identitas-inovator.pdf::

        SURAT PERNYATAAN IDENTITAS INOVATOR
        Inovatornya Andi Marlina Putri. Tanjung Sekala, 12 Mei 2025
        Kepala Dinas Kependudukan dan Pencatatan Sipil,
        ttd. dan cap dinas
        Drs. H. Abdul Rahman Yusuf, M.Si.

    Example fails::

        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Text of lampiran/surat-pernyataan-identitas-inovator.pdf::

        SURAT PERNYATAAN IDENTITAS INOVATOR
        Inovatornya Andi Marlina Putri. Tanjung Sekala, 12 Mei 2025
    """
    for letter in _letters(ctx):
        facts, text = letter.facts, "\n".join(letter.facts.text)
        at, last = ("dokumen", letter.key), len(facts.text)
        examined_last = facts.pages is not None and len(facts.page_images) >= facts.pages
        image_last = examined_last and bool(facts.page_images) and facts.page_images[-1]
        signed = signed_in_text(text) or bool(facts.signature_field) or image_last
        if not signed and examined_last:
            yield ctx.fail(
                "dok.letter.signature.missing", at=at, page=facts.pages, fields=_fields(letter)
            )
        named, placed = names_signatory(text), states_position(text)
        if not (named and placed):
            key = _SIGNATORY[(named, placed)]
            yield ctx.fail(key, at=at, page=last, fields=_fields(letter))


_SIGNATORY = {
    (False, True): "dok.letter.signatory_name.missing",
    (True, False): "dok.letter.signatory_position.missing",
    (False, False): "dok.letter.signatory.missing",
}


def _letters(ctx: CheckContext) -> Iterator[Letter]:
    """Every letter the pack asks of the proposal's group that could be read."""
    for key in letter_keys(ctx):
        letter = read_letter(ctx, key)
        if letter is not None:
            yield letter


def _fields(letter: Letter) -> dict[str, Value]:
    return {"file": letter.file, "label": letter.label}
