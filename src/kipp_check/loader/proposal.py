"""Load one proposal: read the YAML safely, validate it, inspect its attachments.

Content problems never raise: they become findings on `LoadedProposal`, so
every output format shows them. Only a proposal file that cannot be read at
all is a usage error (exit code 2).
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from kipp_check.errors import ProposalUnreadableError
from kipp_check.findings import format_path
from kipp_check.i18n import Lang, text
from kipp_check.loader.attachments import AttachmentRef, inspect_attachments, text_plan
from kipp_check.loader.pdf_folder import FolderPdfs, unreferenced_pdfs
from kipp_check.loader.schema_errors import schema_findings
from kipp_check.loader.source_map import SourceMap
from kipp_check.loader.yaml_source import parse_yaml
from kipp_check.models.proposal import Proposal
from kipp_check.models.results import Finding, PdfFacts
from kipp_check.options import Limits


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


def load_proposal(path: Path, *, lang: Lang, limits: Limits) -> LoadedProposal:
    """Read, parse and validate `path`, then inspect every attachment it names."""
    raw = _read(path, lang, limits)
    display = path.as_posix()
    parsed = parse_yaml(raw, file=display, lang=lang, limits=limits)
    findings = list(parsed.findings)
    proposal: Proposal | None = None
    competition = None
    if isinstance(parsed.data, dict):
        written = parsed.data.get("kompetisi")
        competition = written if isinstance(written, str) else None
        try:
            proposal = Proposal.model_validate(parsed.data)
        except ValidationError as error:
            findings += schema_findings(
                error,
                model=Proposal,
                data=parsed.data,
                source_map=parsed.source_map,
                file=display,
                lang=lang,
                limit=limits.max_findings_per_rule,
            )
    base_dir = path.parent
    attachments: tuple[PdfFacts, ...] = ()
    folder = FolderPdfs((), 0, complete=True)
    if proposal is not None:
        attachments, folder = _inspect_all(proposal, base_dir, path.name, limits)
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
    )


def _read(path: Path, lang: Lang, limits: Limits) -> bytes:
    """The file's bytes, at most one byte over the limit (the parser reports the size)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            message = text("cli.proposal_not_a_file", lang, path=path.as_posix())
            raise ProposalUnreadableError(message, "IsADirectoryError")
        with path.open("rb") as handle:
            return handle.read(limits.max_yaml_bytes + 1)
    except FileNotFoundError as exc:
        message = text("cli.proposal_not_found", lang, path=path.as_posix())
        raise ProposalUnreadableError(message, type(exc).__name__) from exc
    except OSError as exc:
        reason = type(exc).__name__
        message = text("cli.proposal_unreadable", lang, path=path.as_posix(), reason=reason)
        raise ProposalUnreadableError(message, reason) from exc


def _inspect_all(
    proposal: Proposal, base_dir: Path, proposal_name: str, limits: Limits
) -> tuple[tuple[PdfFacts, ...], FolderPdfs]:
    """Every attached file once (through one worker pool), then the folder's unnamed PDFs."""
    refs: dict[str, AttachmentRef] = {}
    for doc_path, written in proposal.attachment_refs():
        if written not in refs:
            role = format_path(doc_path)
            refs[written] = AttachmentRef(written, role, text_plan(role, limits))
    inspected = inspect_attachments(base_dir, list(refs.values()), limits)
    meant = [v for facts in inspected for k, v in facts.problem_args if k == "suggestion"]
    return inspected, unreferenced_pdfs(base_dir, [*refs, *meant], proposal_name)
