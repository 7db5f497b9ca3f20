"""Run options and limits: frozen values the CLI builds and the stages read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from kipp_check.i18n import Lang
from kipp_check.models.results import Severity


class OutputFormat(str, Enum):
    """Report formats."""

    TERMINAL = "terminal"
    JSON = "json"


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


@dataclass(frozen=True)
class RunOptions:
    """Everything one check needs besides the files themselves."""

    today: dt.date
    lang: Lang = Lang.ID
    pack: str | None = None
    """A shipped pack ID or a local pack file; `None` uses the proposal's `kompetisi`."""
    fail_on: FailOn = FailOn.ERROR
    limits: Limits = field(default_factory=Limits)
