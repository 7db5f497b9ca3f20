"""Load one proposal: read the YAML safely, validate it, inspect its attachments.

Content problems never raise: they become findings on `LoadedProposal`, so
every output format shows them. Only a proposal file that cannot be read at
all is a usage error (exit code 2).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import ValidationError

from kipp_check.errors import ProposalUnreadableError
from kipp_check.loader.attachment_paths import shown
from kipp_check.loader.attachments import (
    AttachmentRef,
    inspect_attachments,
    page_sample,
    text_plan,
)
from kipp_check.loader.partial import salvage
from kipp_check.loader.pdf.folder import FolderPdfs, attachment_identity, unreferenced_pdfs
from kipp_check.loader.regular_file import OPEN_FLAGS
from kipp_check.loader.schema_errors import schema_findings
from kipp_check.loader.source_map import SourceMap
from kipp_check.loader.yaml_source import parse_yaml
from kipp_check.models.form import proposal_model
from kipp_check.models.phrase import Phrase
from kipp_check.models.proposal import Proposal
from kipp_check.models.results import DocPath, Finding, PdfFacts
from kipp_check.options import Limits
from kipp_check.packs import DEFAULT_PACK, SHIPPED, load_pack
from kipp_check.packs.model import Pack
from kipp_check.pipeline.findings import format_path
from kipp_check.trust.root import confine, repository_root, shown_path

PackChooser = Callable[[str | None], Pack]
"""Picks the pack for a proposal from its `kompetisi` (`None` when not written)."""


@dataclass(frozen=True)
class LoadedProposal:
    """A proposal file after loading; `proposal` is `None` when it could not be validated."""

    file: str
    """The path as the user gave it; findings and reports name the file this way."""
    base_dir: Path
    proposal: Proposal | None
    source_map: SourceMap
    findings: tuple[Finding, ...]
    attachments: tuple[PdfFacts, ...]
    competition: str | None
    """`kompetisi` as written, even when validation failed (it chooses the pack)."""
    raw: bytes = b""
    """The file's bytes as read, for what needs its comments (inline waivers)."""
    unreferenced_pdfs: int = 0
    """PDFs in the folder nobody names; `attachments` holds facts for the first few hundred."""
    folder_walked: bool = True
    """Whether the folder walk saw every entry (else `unreferenced_pdfs` is a lower bound)."""
    pack: Pack | None = None
    """The pack whose form the proposal was validated against."""
    dropped: tuple[DocPath, ...] = ()
    """Keys left out because their value was invalid; the schema finding already names them."""


def shipped_or_default(competition: str | None) -> Pack:
    """The shipped pack the proposal names, else the default one (no `--pack` given)."""
    wanted = competition if competition in SHIPPED else None
    return load_pack(wanted or DEFAULT_PACK)


def load_proposal(
    path: Path, *, limits: Limits, pack_for: PackChooser = shipped_or_default
) -> LoadedProposal:
    """Read, parse and validate `path` against its pack's form, then inspect its attachments.

    The pack comes first (from `kompetisi`, through `pack_for`), since its form
    decides which keys the proposal may have.
    """
    raw = _read(path, limits)
    display = path.as_posix()
    parsed = parse_yaml(raw, file=display, limits=limits)
    findings = list(parsed.findings)
    proposal: Proposal | None = None
    dropped: tuple[DocPath, ...] = ()
    competition = None
    if isinstance(parsed.data, dict):
        written = parsed.data.get("kompetisi")
        competition = written if isinstance(written, str) else None
    pack = pack_for(competition)
    if isinstance(parsed.data, dict):
        model = proposal_model(pack)
        try:
            proposal = model.model_validate(parsed.data)
        except ValidationError as error:
            findings += schema_findings(
                error,
                model=model,
                data=parsed.data,
                source_map=parsed.source_map,
                file=display,
                limit=limits.max_findings_per_rule,
            )
            salvaged = salvage(parsed.data, error, model)  # check everything the errors left intact
            proposal, dropped = salvaged.proposal, salvaged.dropped
    base_dir = path.parent
    attachments: tuple[PdfFacts, ...] = ()
    folder = FolderPdfs((), 0, complete=True)
    if proposal is not None:
        file_limit = pack.files.max_bytes.value
        attachments, folder = _inspect_all(proposal, base_dir, path.name, limits, file_limit)
    return LoadedProposal(
        display,
        base_dir,
        proposal,
        parsed.source_map,
        tuple(findings),
        attachments + folder.facts,
        competition,
        raw,
        unreferenced_pdfs=folder.total,
        folder_walked=folder.complete,
        pack=pack,
        dropped=dropped,
    )


def _read(path: Path, limits: Limits) -> bytes:
    """The file's bytes, at most one byte over the limit (the parser reports the size).

    The file is judged by its real path first (`kipp_check.trust`): a
    committed link to `~/.git-credentials` is never opened, so no message can
    quote it. The real path is then opened without following links, and the
    descriptor must be a regular file (a FIFO cannot block the run).
    """
    real = confine(path, repository_root(path), shown=shown_path(path))
    try:
        fd = os.open(real, OPEN_FLAGS)
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                message = Phrase.of("cli.proposal_not_a_file", path=path.as_posix())
                raise ProposalUnreadableError(message, "IsADirectoryError")
            return handle.read(limits.max_yaml_bytes + 1)
    except FileNotFoundError as exc:
        message = Phrase.of("cli.proposal_not_found", path=path.as_posix())
        raise ProposalUnreadableError(message, type(exc).__name__) from exc
    except OSError as exc:
        reason = type(exc).__name__
        message = Phrase.of("cli.proposal_unreadable", path=path.as_posix(), reason=reason)
        raise ProposalUnreadableError(message, reason) from exc


def _inspect_all(
    proposal: Proposal, base_dir: Path, proposal_name: str, limits: Limits, file_limit: int
) -> tuple[tuple[PdfFacts, ...], FolderPdfs]:
    """Every attached file once (through one worker pool), then the folder's unnamed PDFs.

    One file written several ways (`x.pdf`, `./x.pdf`, `a/../x.pdf`, a link
    beside it) is opened and read once (issue 12: 1,000 spellings were parsed
    1,000 times); each spelling still gets its own facts, so every key's
    findings name the path it writes. Supporting files within the pack's size
    limit (`file_limit` bytes) get sizes and layers for a sample of pages (`page_sample`).
    """
    refs: dict[str, AttachmentRef] = {}
    for doc_path, written in proposal.attachment_refs():
        if written not in refs:
            role = format_path(doc_path)
            plan, sample = text_plan(role, limits), page_sample(role, file_limit)
            refs[written] = AttachmentRef(written, role, plan, sample)
    by_identity: dict[str, AttachmentRef] = {}
    inspected_as: dict[str, str] = {}
    for written, ref in refs.items():
        identity = attachment_identity(base_dir, written) or f"\0{written}"
        inspected_as[written] = by_identity.setdefault(identity, ref).path
    unique = list(by_identity.values())
    inspected = {f.path: f for f in inspect_attachments(base_dir, unique, limits)}
    facts = tuple(_as_written(inspected[inspected_as[w]], ref) for w, ref in refs.items())
    meant = [v for found in facts for k, v in found.problem_args if k == "suggestion"]
    return facts, unreferenced_pdfs(base_dir, [*refs, *meant], proposal_name)


def _as_written(facts: PdfFacts, ref: AttachmentRef) -> PdfFacts:
    """The facts of a file inspected under another spelling, told as `ref` writes it."""
    if facts.path == ref.path:
        return facts
    args = tuple((k, shown(ref.path) if k == "path" else v) for k, v in facts.problem_args)
    return replace(facts, path=ref.path, role=ref.role, problem_args=args)
