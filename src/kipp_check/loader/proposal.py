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

from kipp_check.errors import UsageError
from kipp_check.findings import format_path
from kipp_check.i18n import Lang, text
from kipp_check.loader.attachments import AttachmentRef, inspect_attachments, text_plan
from kipp_check.loader.partial import salvage
from kipp_check.loader.pdf_folder import unreferenced_pdfs
from kipp_check.loader.schema_errors import schema_findings
from kipp_check.loader.source_map import SourceMap
from kipp_check.loader.yaml_source import parse_yaml
from kipp_check.models.proposal import Proposal
from kipp_check.models.results import DocPath, Finding, PdfFacts
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
    dropped: tuple[DocPath, ...] = ()
    """Keys left out because their value was invalid; the schema finding already names them."""


def load_proposal(path: Path, *, lang: Lang, limits: Limits) -> LoadedProposal:
    """Read, parse and validate `path`, then inspect every attachment it names."""
    raw = _read(path, lang, limits)
    display = path.as_posix()
    parsed = parse_yaml(raw, file=display, lang=lang, limits=limits)
    findings = list(parsed.findings)
    proposal: Proposal | None = None
    dropped: tuple[DocPath, ...] = ()
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
            salvaged = salvage(parsed.data, error)  # check everything the errors left intact
            proposal, dropped = salvaged.proposal, salvaged.dropped
    base_dir = path.parent
    attachments = _inspect_all(proposal, base_dir, path.name, limits) if proposal else ()
    return LoadedProposal(
        display,
        base_dir,
        proposal,
        parsed.source_map,
        tuple(findings),
        attachments,
        competition,
        raw,
        dropped,
    )


def _read(path: Path, lang: Lang, limits: Limits) -> bytes:
    """The file's bytes, at most one byte over the limit (the parser reports the size)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise UsageError(text("cli.proposal_not_a_file", lang, path=path.as_posix()))
        with path.open("rb") as handle:
            return handle.read(limits.max_yaml_bytes + 1)
    except FileNotFoundError as exc:
        raise UsageError(text("cli.proposal_not_found", lang, path=path.as_posix())) from exc
    except OSError as exc:
        raise UsageError(
            text("cli.proposal_unreadable", lang, path=path.as_posix(), reason=type(exc).__name__)
        ) from exc


def _inspect_all(
    proposal: Proposal, base_dir: Path, proposal_name: str, limits: Limits
) -> tuple[PdfFacts, ...]:
    """Every attached file once (through one worker pool), then the folder's unnamed PDFs."""
    refs: dict[str, AttachmentRef] = {}
    for doc_path, written in proposal.attachment_refs():
        if written not in refs:
            role = format_path(doc_path)
            refs[written] = AttachmentRef(written, role, text_plan(role, limits))
    inspected = inspect_attachments(base_dir, list(refs.values()), limits)
    meant = [v for facts in inspected for k, v in facts.problem_args if k == "suggestion"]
    unnamed = unreferenced_pdfs(base_dir, [*refs, *meant], proposal_name)
    return inspected + unnamed
