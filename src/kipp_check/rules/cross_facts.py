"""What the cross-proposal rules need of each proposal, taken while it is loaded.

A worker process checks a proposal and sends back its report; the rules that
compare proposals with each other run afterwards in the main process. They
need only a few facts, gathered here in the worker (where the loaded proposal,
its source map and its pack are at hand), so nothing is parsed twice and no
proposal text crosses the process boundary.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from kipp_check.loader.proposal import LoadedProposal
from kipp_check.models.results import DocPath
from kipp_check.packs.model import Pack
from kipp_check.rules.context import Cited, Place


@dataclass(frozen=True)
class Letter:
    """One required letter a proposal attaches, identified by place and by content."""

    at: Place
    written: str
    resolved: str | None
    """The real path of the file, when it exists inside the proposal's folder."""
    sha256: str | None


@dataclass(frozen=True)
class Quota:
    """The pack's limit on proposals per institution, with how sure the pack is of it."""

    value: int
    basis: Cited


@dataclass(frozen=True)
class CrossFacts:
    """One valid proposal, as the cross-proposal rules see it."""

    file: str
    pack_id: str
    """Proposals are compared only with others checked against the same edition."""
    title: str
    title_at: Place
    institution: str
    """The parent institution (`instansi.induk`), else the institution's own name."""
    institution_at: Place
    quota: Quota | None
    letters: tuple[Letter, ...]


def cross_facts(loaded: LoadedProposal, pack: Pack) -> CrossFacts | None:
    """The facts of `loaded` for the cross-proposal rules; `None` when it did not validate."""
    proposal = loaded.proposal
    if proposal is None:
        return None

    def place(path: DocPath) -> Place:
        return Place(loaded.file, path, loaded.source_map.lookup(path))

    institution = proposal.institution
    parent = (institution.parent or "").strip() if institution else ""
    own_name = (institution.name or "").strip() if institution else ""
    institution_key: DocPath = ("instansi", "induk" if parent else "nama")
    return CrossFacts(
        file=loaded.file,
        pack_id=pack.id,
        title=(proposal.title or "").strip(),
        title_at=place(("judul",)),
        institution=parent or own_name,
        institution_at=place(institution_key),
        quota=_quota(pack),
        letters=_letters(loaded),
    )


def _quota(pack: Pack) -> Quota | None:
    sourced = pack.quota_per_institution
    if sourced is None:
        return None
    return Quota(sourced.value, Cited.of(sourced, pack))


def _letters(loaded: LoadedProposal) -> tuple[Letter, ...]:
    proposal = loaded.proposal
    documents = proposal.documents if proposal else None
    if documents is None:
        return ()
    facts = {attachment.path: attachment for attachment in loaded.attachments}
    letters: list[Letter] = []
    for name, info in type(documents).model_fields.items():
        written = getattr(documents, name)
        key: DocPath = ("dokumen", info.alias or name)
        if not isinstance(written, str) or not written.strip():
            continue
        inspected = facts.get(written)
        exists = inspected is not None and inspected.exists
        resolved = os.path.realpath(loaded.base_dir / written) if exists else None
        sha256 = inspected.sha256 if inspected is not None else None
        at = Place(loaded.file, key, loaded.source_map.lookup(key))
        letters.append(Letter(at, written, resolved, sha256))
    return tuple(letters)
