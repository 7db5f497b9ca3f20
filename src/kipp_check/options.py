"""Run options and limits: frozen values the CLI builds and the stages read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from kipp_check.models.severity import Severity
from kipp_check.pipeline.policy import RulePolicy

if TYPE_CHECKING:  # waivers import the YAML scanner; `--help` should not pay for it
    from kipp_check.pipeline.waivers import Waiver


class OutputFormat(str, Enum):
    """Report formats."""

    TERMINAL = "terminal"
    JSON = "json"
    SARIF = "sarif"
    JUNIT = "junit"
    MARKDOWN = "markdown"
    GITHUB = "github"
    GITLAB = "gitlab"
    HTML = "html"
    CONCISE = "concise"


class FailOn(str, Enum):
    """The lowest severity that makes the exit code 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"

    def trips(self, severity: Severity) -> bool:
        """Whether a finding of `severity` fails the run."""
        if self is FailOn.NEVER:
            return False
        return severity.rank >= Severity(self.value).rank


@dataclass(frozen=True)
class Limits:
    """Bounds on what the tool reads, so hostile input cannot exhaust it."""

    max_yaml_bytes: int = 1024 * 1024
    max_yaml_depth: int = 64
    max_scalar_chars: int = 100_000
    max_attachment_bytes: int = 50 * 1024 * 1024
    max_findings_per_rule: int = 50
    pdf_seconds: float = 30.0
    """Wall-clock time one PDF may take in its worker before the worker is killed."""
    pdf_memory_bytes: int = 1024 * 1024 * 1024
    """Address-space cap (`RLIMIT_AS`) of a PDF worker process, interpreter included."""
    pdf_workers: int = 0
    """Worker processes for PDF reading; 0 picks min(CPUs, 4, files); -1 reads in-process."""
    pdf_pages_examined: int = 200
    """Pages of one PDF whose size and text layer are recorded."""
    letter_text_pages: int = 5
    letter_text_chars: int = 20_000
    """Text read from each required letter, for the content rules."""
    evidence_text_pages: int = 2
    evidence_text_chars: int = 4_000
    """Text read from each other attachment, for template residue and the first words."""


@dataclass(frozen=True)
class RunOptions:
    """Everything one check needs besides the files themselves."""

    today: dt.date
    pack: str | None = None
    """A shipped pack ID or a local pack file; `None` uses the proposal's `kompetisi`."""
    fail_on: FailOn = FailOn.ERROR
    limits: Limits = field(default_factory=Limits)
    policy: RulePolicy = field(default_factory=RulePolicy)
    """Which rules run and per-rule severity overrides (flags and `.kipp-check.yaml`)."""
    waivers: tuple[Waiver, ...] = ()
    """Waivers from the config that cover this proposal; its inline ones are read with it."""
