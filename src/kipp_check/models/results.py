"""The output contract: findings, rule results and the whole report.

Plain frozen dataclasses: they need no validation, hash cheaply and sort
deterministically, which is what golden files and every reporter rely on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

DocPath = tuple[str | int, ...]
"""A place in the proposal document, as YAML keys and list indexes."""


class Severity(str, Enum):
    """How bad a finding is; `error` would fail the administrative selection."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse, so `--fail-on` can compare severities."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Status(str, Enum):
    """The outcome of one rule."""

    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"
    ERRORED = "errored"


class Confidence(str, Enum):
    """How sure a rule pack is of a value: official, single source, or assumed."""

    CONFIRMED = "confirmed"
    REPORTED = "reported"
    ASSUMED = "assumed"


@dataclass(frozen=True, order=True)
class Span:
    """A 1-based line and column in a file."""

    line: int
    column: int


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the proposal, where it is, and how to fix it."""

    rule_id: str
    severity: Severity
    message: str
    fix: str
    file: str
    path: DocPath = ()
    span: Span | None = None
    group: str = ""
    """The report row this finding belongs to (a criterion, or `aspek:<id>`)."""
    message_key: str = ""
    """The catalogue key of `message`, stable across languages."""
    aspect: str = ""
    """The proposal aspect the finding concerns (counts toward that aspect's readiness)."""

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order by file, position, rule ID, then message: stable output."""
        line, col = (self.span.line, self.span.column) if self.span else (0, 0)
        return (self.file, line, col, self.rule_id, self.message)


@dataclass(frozen=True)
class RuleInfo:
    """What a report needs to know of a rule, without its code."""

    id: str
    criterion: str
    title: str
    severity: Severity


@dataclass(frozen=True)
class RuleResult:
    """The outcome of one rule on one proposal; passes are recorded too."""

    rule: RuleInfo
    status: Status
    findings: tuple[Finding, ...] = ()
    reason: str = ""
    """Why a rule was skipped, in the report's language."""


@dataclass(frozen=True)
class PdfFacts:
    """What the basic inspection learned of one attached file."""

    role: str
    """Where the YAML refers to it, e.g. `dokumen.surat_identitas_inovator`."""
    path: str
    exists: bool
    bytes: int | None = None
    pages: int | None = None
    encrypted: bool | None = None
    sha256: str | None = None
    """Hex SHA-256 of the file's bytes, when it could be read."""
    problem: str = ""
    """Catalogue key of what stopped the inspection, empty when none."""
    problem_args: tuple[tuple[str, str], ...] = ()
    """The `{name}` fields of the `problem` message, as sorted pairs."""


@dataclass(frozen=True)
class Row:
    """One row of the report: a criterion or a proposal aspect."""

    key: str
    label: str
    weight: int | None
    status: str
    """`ready`, `needs_work` or `missing`."""
    detail: str = ""
    findings: tuple[Finding, ...] = ()
    emphasized: bool = False
    """An innovation criterion this edition stresses (2025: benefit, replication, durability)."""


@dataclass(frozen=True)
class Header:
    """The facts the report opens with."""

    title: str = ""
    institution: str = ""
    group: str = ""
    category: str = ""
    pack_id: str = ""
    pack_version: str = ""
    pack_title: str = ""
    today: str = ""
    days_left: int | None = None
    deadline_local: str = ""


@dataclass(frozen=True)
class Report:
    """Everything a reporter needs about one checked proposal."""

    file: str
    lang: str
    header: Header
    rows: tuple[Row, ...]
    results: tuple[RuleResult, ...]
    findings: tuple[Finding, ...]
    attachments: tuple[PdfFacts, ...] = ()
    readiness: int = 0
    ready: bool = False
    counts: dict[str, int] = field(default_factory=dict)
