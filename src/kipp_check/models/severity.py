"""How bad a finding is, in a module of its own so the command line can name it cheaply.

`options` and `policy` need `Severity` to declare the `--fail-on` and severity
flags, and `kipp-check --help` imports them; the rest of the output contract
(`models.results`, re-exporting `Severity`) costs several milliseconds of
dataclass building that `--help` does not need.
"""

from __future__ import annotations

from enum import Enum


class Severity(str, Enum):
    """How bad a finding is; `error` would fail the administrative selection."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse, so `--fail-on` can compare severities."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]
