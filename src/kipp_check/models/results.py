"""The output contract: findings, rule results and the whole report.

Plain frozen dataclasses: they need no validation, hash cheaply and sort
deterministically, which is what golden files and every reporter rely on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from types import MappingProxyType

from kipp_check.models.phrase import Args, Phrase, Value
from kipp_check.models.row_status import RowStatus
from kipp_check.models.severity import Severity as Severity  # re-exported: part of the contract

DocPath = tuple[str | int, ...]
"""A place in the proposal document, as YAML keys and list indexes."""


class Status(str, Enum):
    """The outcome of one rule."""

    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"
    ERRORED = "errored"
    SUPPRESSED = "suppressed"
    """The rule failed, but a waiver covers every one of its findings."""


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


def location(file: str, span: Span | None) -> str:
    """`file:line:col` as editors and CI annotations read it, or just `file` without a span."""
    return f"{file}:{span.line}:{span.column}" if span else file


@dataclass(frozen=True)
class Suppression:
    """A waiver that covers a finding: who accepted it, why, and until when."""

    reason: str
    by: str
    until: str
    """The last day the waiver holds, `YYYY-MM-DD`."""
    origin: str
    """Where the waiver is written, `file:line` (a proposal comment or the config file)."""
    inline: bool
    """True for a comment in the proposal itself, False for the repository config."""


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the proposal, where it is, and how to fix it.

    Not worded: `message_key` and `args` are said in the reader's language
    when the finding is printed (`i18n.render.render_message`, `render_fix`:
    the fix is the catalogue's `<message_key>.fix`, filled from the same args).
    """

    rule_id: str
    severity: Severity
    message_key: str
    """The catalogue key of the message, stable across languages."""
    file: str
    path: DocPath = ()
    span: Span | None = None
    group: str = ""
    """The report row this finding belongs to (a criterion, or `aspek:<id>`)."""
    args: Args = ()
    """The message's `{name}` fields, typed (`models.phrase.Value`), sorted by name."""
    notes: tuple[Phrase, ...] = ()
    """Said in brackets after the message: the basis is only assumed, a waiver expired."""
    aspect: str = ""
    """The proposal aspect the finding concerns (counts toward that aspect's readiness)."""
    suppressed: Suppression | None = None
    """The waiver that covers this finding; a waived finding does not count for readiness."""

    @property
    def where(self) -> str:
        """Where the finding is, `file:line:col` (or only the file when it has no position)."""
        return location(self.file, self.span)

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        """Order by file, position, rule ID, then message: stable output in every language."""
        line, col = (self.span.line, self.span.column) if self.span else (0, 0)
        return (self.file, line, col, self.rule_id, self.message_key, repr((self.args, self.notes)))


@dataclass(frozen=True)
class RuleInfo:
    """What a report needs to know of a rule, without its code."""

    id: str
    criterion: str
    severity: Severity
    """The title is the catalogue's `rule.<id>` (`i18n.render.rule_title`)."""


@dataclass(frozen=True)
class RuleResult:
    """The outcome of one rule on one proposal; passes are recorded too."""

    rule: RuleInfo
    status: Status
    findings: tuple[Finding, ...] = ()
    reason: Phrase | None = None
    """Why a rule was skipped, worded by the reporter."""


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
    referenced: bool = True
    """False for a PDF found in the proposal's folder that no key refers to (`role` is empty)."""
    opens_without_password: bool | None = None
    """For an encrypted file: whether the empty user password opens it."""
    page_sizes: tuple[str, ...] = ()
    """Per examined page: `a4`, `f4` (215×330 mm folio), `letter` or `other`."""
    page_layers: tuple[str, ...] = ()
    """Per examined page: `text` (has a text layer), `image` (scanned, no text) or `blank`."""
    page_images: tuple[bool, ...] = ()
    """Per examined page: whether it draws an image (a scan, a logo, a pasted signature)."""
    signature_field: bool | None = None
    """Whether the PDF has a digital signature field."""
    signed: bool | None = None
    """Whether a signature field holds a signature (`None` when there is no field)."""
    producer: str = ""
    """The producing application from the PDF's metadata, shortened and made safe to show."""
    first_words: str = ""
    """The first words of the text that was read, shortened and made safe to show."""
    text: tuple[str, ...] = ()
    """Text of the first pages, bounded; read only for the files content rules look at."""
    active_content: tuple[str, ...] = ()
    """Kinds of content a PDF reader runs by itself (`javascript`, `open_action`, …; DOK013)."""


@dataclass(frozen=True)
class Row:
    """One row of the report: a criterion or a proposal aspect."""

    key: str
    label: Value
    weight: int | None
    status: RowStatus
    """What the row's listed findings add up to (`row_status` defines each word)."""
    detail: Value = ""
    findings: tuple[Finding, ...] = ()
    emphasized: bool = False
    """An innovation criterion this edition stresses (2025: benefit, replication, durability)."""


@dataclass(frozen=True)
class Notice:
    """One line of the banner a report opens with: what about the edition a reader must know."""

    kind: str
    """`stand_in`, `closed`, `not_announced` or `provisional` (stable, for machines)."""
    message: Phrase
    """The sentence, worded by the reporter."""


@dataclass(frozen=True)
class Header:
    """The facts the report opens with."""

    title: str = ""
    institution: str = ""
    group: Value = ""
    category: Value = ""
    pack_id: str = ""
    pack_version: str = ""
    pack_title: str = ""
    today: str = ""
    days_left: int | None = None
    deadline_local: Value = ""
    pack_requested: str = ""
    """The edition asked for (`kipp-2027`); the pack's own ID when it was used as asked."""
    sources_until: str = ""
    """The date the pack's sources run to, `YYYY-MM-DD`."""
    provisional: bool = False
    notices: tuple[Notice, ...] = ()
    """The banner: one line each, shown at the top of every format."""


@dataclass(frozen=True)
class Report:
    """Everything a reporter needs about one checked proposal."""

    file: str
    header: Header
    rows: tuple[Row, ...]
    results: tuple[RuleResult, ...]
    findings: tuple[Finding, ...]
    attachments: tuple[PdfFacts, ...] = ()
    readiness: int = 0
    ready: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    suppressed: tuple[Finding, ...] = ()
    """Findings covered by a waiver: shown as such, never counted for the verdict."""

    def every_finding(self) -> tuple[Finding, ...]:
        """Active and waived findings together, in report order (machine outputs show both)."""
        return tuple(sorted((*self.findings, *self.suppressed), key=Finding.sort_key))


@dataclass(frozen=True)
class BatchReport:
    """The outcome of one run over one or more proposals, in a stable order.

    A batch's `reports` are read from disk one at a time (`batch.spool`), so
    what the run as a whole needs of them is tallied once, in one pass.
    """

    reports: Sequence[Report]
    batch: bool = False
    """True for a folder, a glob or several paths: machine outputs then use the batch shape."""
    fail_on: str = "error"
    """The lowest severity that makes a proposal not ready (`never` for none)."""
    max_warnings: int | None = None
    """The most warnings the whole run may have before it fails, `None` for no limit."""

    @property
    def warnings(self) -> int:
        """Active warnings over every proposal, for `--max-warnings`."""
        return self.totals["warning"]

    @property
    def too_many_warnings(self) -> bool:
        """Whether the run has more warnings than `max_warnings` allows."""
        return self.max_warnings is not None and self.warnings > self.max_warnings

    @property
    def ready(self) -> bool:
        """Every proposal ready and the warning budget kept: the run passes (exit 0)."""
        return self.totals["ready"] == len(self.reports) and not self.too_many_warnings

    @cached_property
    def totals(self) -> Mapping[str, int]:
        """Over every proposal: active findings by severity, waived ones, ready proposals.

        Keys `error`, `warning`, `info`, `suppressed` and `ready`.
        """
        totals = dict.fromkeys((*(s.value for s in Severity), "suppressed", "ready"), 0)
        for report in self.reports:
            for severity, count in report.counts.items():
                totals[severity] += count
            totals["suppressed"] += len(report.suppressed)
            totals["ready"] += report.ready
        return MappingProxyType(totals)
