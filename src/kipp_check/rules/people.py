"""Administrative criterion, continued: the institution, the innovators and the contact."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kipp_check.models.criterion import Criterion
from kipp_check.models.results import Finding, Severity
from kipp_check.rules._registry import rule
from kipp_check.rules.aspect_text import is_blank
from kipp_check.rules.context import CheckContext

_ADM = Criterion.ADMIN
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@rule("ADM008", _ADM)
def institution_is_eligible(ctx: CheckContext) -> Iterator[Finding]:
    """The submitting institution is named and is of a kind that may enter.

    Passes when `instansi.nama` is written and `instansi.jenis` is one of the pack's
    institution types (kementerian, lembaga, pemprov, pemkab, pemkot, bumn, bumd).
    Fails when either is missing, or the type is not eligible.
    Fix: name the institution and choose its type from the list.
    Source: 2025 eligibility (menpan.go.id, kaltimprov.go.id) [confirmed].

    Example passes::

        instansi:
          nama: Dinas Kesehatan Kota Tirtarejo
          jenis: pemkot

    Example fails::

        instansi:
          nama: Dinas Kesehatan Kota Tirtarejo
          jenis: dinas
    """
    inst = ctx.proposal.institution
    types = ctx.pack.institution_types.value
    if inst is None:
        yield ctx.fail("adm.institution.missing", at=("instansi",), types=", ".join(types))
        return
    if is_blank(inst.name):
        yield ctx.fail("adm.institution.name_missing", at=("instansi", "nama"))
    if is_blank(inst.kind):
        yield ctx.fail(
            "adm.institution.kind_missing", at=("instansi", "jenis"), types=", ".join(types)
        )
    elif inst.kind not in types:
        yield ctx.fail(
            "adm.institution.kind_unknown",
            at=("instansi", "jenis"),
            value=inst.kind,
            types=", ".join(types),
        )


@rule("ADM009", _ADM, severity=Severity.WARNING)
def institution_time_zone_is_given(ctx: CheckContext) -> Iterator[Finding]:
    """The institution's time zone is given, so the deadline is shown in local time.

    Passes when `instansi.zona_waktu` is WIB, WITA or WIT.
    Fails (warning) when it is missing: the deadline is then shown in the pack's zone only.
    Fix: add `zona_waktu: WITA` (or WIB / WIT) under `instansi`.
    Source: the deadline is stated in WIB (2023: m.jpnn.com) [confirmed for 2023].

    Example passes::

        instansi:
          nama: Disdukcapil Kabupaten Sekala Raya
          zona_waktu: WITA

    Example fails::

        instansi:
          nama: Disdukcapil Kabupaten Sekala Raya
    """
    inst = ctx.proposal.institution
    if inst is not None and inst.time_zone is None:
        yield ctx.fail("adm.institution.zone_missing", at=("instansi", "zona_waktu"))


@rule("ADM010", _ADM)
def innovators_are_named(ctx: CheckContext) -> Iterator[Finding]:
    """At least one innovator is named, and every listed innovator has a name.

    Passes when `inovator` lists one or more people, each with `nama`.
    Fails when the list is missing or empty, or an entry has no name.
    Fix: list every innovator with name and position, as in the identity letter.
    Source: *surat pernyataan identitas inovator* is required (kaltimprov.go.id) [confirmed].

    Example passes::

        inovator:
          - nama: Andi Marlina Putri, S.Kom., M.M.
            jabatan: Kepala Bidang Pelayanan Pendaftaran Penduduk

    Example fails::

        inovator:
          - jabatan: Kepala Bidang Pelayanan Pendaftaran Penduduk
    """
    people = ctx.proposal.innovators
    if not people:
        yield ctx.fail("adm.innovators.missing", at=("inovator",))
        return
    for index, person in enumerate(people):
        if is_blank(person.name):
            yield ctx.fail("adm.innovators.unnamed", at=("inovator", index), number=index + 1)


@rule("ADM011", _ADM, severity=Severity.WARNING)
def contact_is_reachable(ctx: CheckContext) -> Iterator[Finding]:
    """The secretariat can reach someone about the proposal.

    Passes when `kontak` has a name, a well-formed e-mail address and a phone number.
    Fails (warning) when one of them is missing or the e-mail is malformed.
    Fix: fill in `kontak` with the person who answers the secretariat's questions.
    Source: SINOVIK accounts are held by the Admin Lokal and UPP (Paparan SINOVIK 2021) [assumed].

    Example passes::

        kontak:
          nama: Yohanes Lahang, S.T.
          email: sigap.disdukcapil@sekalarayakab.go.id
          telepon: "081234567890"

    Example fails::

        kontak:
          nama: Yohanes Lahang, S.T.
          email: sigap.disdukcapil
          telepon: "081234567890"
    """
    contact = ctx.proposal.contact
    if contact is None:
        yield ctx.fail("adm.contact.missing", at=("kontak",))
        return
    for key, value in (
        ("nama", contact.name),
        ("email", contact.email),
        ("telepon", contact.phone),
    ):
        if is_blank(value):
            yield ctx.fail("adm.contact.field_missing", at=("kontak", key), field=key)
    if contact.email and not _EMAIL.fullmatch(contact.email.strip()):
        yield ctx.fail("adm.contact.email_malformed", at=("kontak", "email"), value=contact.email)
