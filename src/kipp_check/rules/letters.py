"""Documents criterion, content: the two letters are the right documents for this proposal.

The administrative selection rejects letters that are the wrong document,
name other people or another innovation, or are unreadable; the YAML alone
cannot see that. These rules read the letters' text (the first pages, as
`Limits` bounds it) and compare it with the proposal. The letters' template
text is not published for 2025 (`shared/domain/kipp-rules.md` §3, §11.7), so
each rule is a heuristic kept at warning: it says what it could not find.
A letter without readable text is reported once, by DOK009
(`letter_validity.py`), and the other rules stay quiet on it rather than guess.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kipp_check.loader.attachment_paths import shown
from kipp_check.models.criterion import Criterion
from kipp_check.models.phrase import Label, Value
from kipp_check.models.results import Finding, PdfFacts, Severity
from kipp_check.rules._registry import rule
from kipp_check.rules.aspect_text import by_key
from kipp_check.rules.context import CheckContext
from kipp_check.rules.letter_text import (
    mentions,
    names_person,
    names_title,
    speaks_of_identity,
    speaks_of_replication,
    words,
)

_DOK = Criterion.DOCUMENTS
_WARN = Severity.WARNING
IDENTITY, REPLICATION = "identity_letter", "replication_letter"
"""The roles a pack gives the two letters every edition has asked for since 2021."""
MIN_TEXT_CHARS = 40
"""Fewer visible characters than this on the pages read: the letter has no usable text."""


@dataclass(frozen=True)
class Letter:
    """One attached letter that opened, with what the content rules need of it."""

    key: str
    file: str
    label: Value
    facts: PdfFacts
    words: str
    """The text read, as lower-case words (see `letter_text.words`)."""

    @property
    def readable(self) -> bool:
        return len("".join(self.words.split())) >= MIN_TEXT_CHARS


@rule("DOK005", _DOK, severity=_WARN)
def identity_letter_names_innovators(ctx: CheckContext) -> Iterator[Finding]:
    """The identity letter is about the innovators and names each one in the YAML.

    Passes when the text of `dokumen.surat_identitas_inovator` speaks of the innovator or
    identity and names every `inovator[].nama` (case, spacing, honorifics and degrees ignored).
    Fails (warning) when the file never mentions innovators (likely the wrong document), or
    when an innovator from the YAML is not named in it. Quiet on a letter without text (DOK009).
    Fix: attach the right letter, or write the same names in the YAML and in the letter.
    Source: identity letter states who the innovator is, individual or team
    (kaltimprov.go.id 2025; 2022 SK predecessor, nusakini.com) — content unconfirmed, heuristic.

    Text of lampiran/surat-pernyataan-identitas-inovator.pdf::

        SURAT PERNYATAAN IDENTITAS INOVATOR SIGAP (Sistem Integrasi Gerai
        Adminduk Perdesaan): inovatornya Andi Marlina Putri. Sekala Raya, 12 Mei 2025

    Example passes::

        inovator:
          - nama: Andi Marlina Putri, S.Kom., M.M.
        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Example fails::

        inovator:
          - nama: Andi Marlina Putri, S.Kom., M.M.
          - nama: Nurul Hikmah Saleh, S.H.
        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf
    """
    letter = read_letter(ctx, letter_key(ctx, IDENTITY))
    if letter is None:
        return
    at = ("dokumen", letter.key)
    if not speaks_of_identity(letter.words):
        yield ctx.fail("dok.identity.not_identity", at=at, file=letter.file, label=letter.label)
        return
    for index, innovator in enumerate(ctx.proposal.innovators or []):
        if (
            innovator.name
            and innovator.name.strip()
            and not names_person(letter.words, innovator.name)
        ):
            yield ctx.fail(
                "dok.identity.innovator_absent",
                at=("inovator", index, "nama"),
                name=shown(innovator.name),
                file=letter.file,
                label=letter.label,
            )


@rule("DOK006", _DOK, severity=_WARN)
def replication_letter_names_institution(ctx: CheckContext) -> Iterator[Finding]:
    """The replication letter speaks of replication and names the submitting institution.

    Passes when the text of `dokumen.surat_kesediaan_replikasi` mentions replication
    (*replikasi*, *direplikasi*, *ditiru*) and names `instansi.nama`, or `instansi.induk`
    when the parent government signs (abbreviations such as Kab., Dinkes, Disdukcapil are
    read either way).
    Fails (warning) when it never mentions replication (likely the wrong document), or does
    not name the institution. Quiet on a letter without text (DOK009).
    Fix: attach the signed willingness-to-replicate letter of this institution.
    Source: surat kesediaan replikasi required in 2025 (kaltimprov.go.id) — template text not
    published, heuristic.

    Example passes::

        instansi:
          nama: Dinas Kesehatan Kota Tirtarejo
        dokumen:
          surat_kesediaan_replikasi: lampiran/surat-kesediaan-replikasi.pdf

    Text of lampiran/surat-kesediaan-replikasi.pdf::

        SURAT KESEDIAAN REPLIKASI
        Dinas Kesehatan Kota Tirtarejo bersedia inovasinya direplikasi instansi lain.

    Example fails::

        instansi:
          nama: Dinas Kesehatan Kota Tirtarejo
        dokumen:
          surat_kesediaan_replikasi: lampiran/surat-kesediaan-replikasi.pdf

    Text of lampiran/surat-kesediaan-replikasi.pdf::

        NOTULEN RAPAT KOORDINASI
        Rapat membahas jadwal pelayanan antrean puskesmas selama bulan Mei 2025.
    """
    letter = read_letter(ctx, letter_key(ctx, REPLICATION))
    if letter is None:
        return
    at = ("dokumen", letter.key)
    if not speaks_of_replication(letter.words):
        yield ctx.fail(
            "dok.replication.not_replication", at=at, file=letter.file, label=letter.label
        )
        return
    institution = ctx.proposal.institution
    name = institution.name if institution else None
    signers = [n for n in (name, institution.parent if institution else None) if n and n.strip()]
    if name and name.strip() and not any(mentions(letter.words, n) for n in signers):
        yield ctx.fail(
            "dok.replication.institution_absent",
            at=("instansi", "nama"),
            name=shown(name),
            file=letter.file,
            label=letter.label,
        )


@rule("DOK007", _DOK, severity=_WARN)
def letters_carry_the_title(ctx: CheckContext) -> Iterator[Finding]:
    """Both letters name the innovation by the title written in `judul`.

    Passes when the title appears in each attached letter's text, ignoring case and
    punctuation; for an `ACRONYM (Expansion)` title, both parts appearing apart also pass.
    Fails (warning) when a letter lacks the title, or names only its acronym.
    Quiet when `judul` is empty (ADM005) or a letter has no text (DOK009).
    Fix: write the same title in `judul` and in both letters.
    Source: the letters accompany one named innovation (kaltimprov.go.id 2025) — heuristic.

    Text of lampiran/surat-pernyataan-identitas-inovator.pdf::

        SURAT PERNYATAAN IDENTITAS INOVATOR SIGAP (Sistem Integrasi Gerai
        Adminduk Perdesaan): inovatornya Andi Marlina Putri. Sekala Raya, 12 Mei 2025

    Example passes::

        judul: SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)
        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf

    Example fails::

        judul: SIMPEL (Sistem Pelayanan Elektronik)
        dokumen:
          surat_identitas_inovator: lampiran/surat-pernyataan-identitas-inovator.pdf
    """
    title = (ctx.proposal.title or "").strip()
    if not title:
        return
    for key in letter_keys(ctx):
        letter = read_letter(ctx, key)
        if letter is None:
            continue
        found, acronym_only = names_title(letter.words, title)
        if found:
            continue
        fields = {"file": letter.file, "label": letter.label, "title": shown(title)}
        if acronym_only:
            short = shown(title.split("(", 1)[0].strip())
            yield ctx.fail("dok.title.acronym_only", at=("judul",), short=short, fields=fields)
        else:
            yield ctx.fail("dok.title.absent", at=("judul",), fields=fields)


def letter_key(ctx: CheckContext, role: str) -> str:
    """The `dokumen` key of the letter the pack gives `role`; empty when it has none."""
    document = ctx.pack.document(role)
    return document.id if document is not None else ""


def letter_keys(ctx: CheckContext) -> list[str]:
    """The `dokumen` keys of every letter the pack asks of the proposal's group, in order."""
    return [d.id for d in ctx.pack.required_documents if d.asked_of(ctx.proposal.group)]


def read_letter(ctx: CheckContext, key: str, *, readable_only: bool = True) -> Letter | None:
    """The letter at `dokumen.<key>` when it opened (and has text, unless asked otherwise)."""
    if not key:
        return None
    written = by_key(ctx.proposal.documents, key)
    facts = ctx.attachments.get(written) if isinstance(written, str) else None
    if facts is None or facts.problem or facts.pages is None:
        return None
    document = {d.id: d for d in ctx.pack.required_documents}.get(key)
    # The name stands mid-sentence in every message: a lower-case first letter.
    label: Value = (
        Label(_lowered(document.label), _lowered(document.label_en)) if document else _lowered(key)
    )
    letter = Letter(key, shown(facts.path), label, facts, words("\n".join(facts.text)))
    return letter if letter.readable or not readable_only else None


def _lowered(name: str) -> str:
    return name[:1].lower() + name[1:]
