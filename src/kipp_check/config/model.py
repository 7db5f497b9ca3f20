"""The shape of `.kipp-check.yaml`: what each key may hold (see `kipp_check.config.loading`).

Kept apart from the config's reading so that a run without a config file,
the usual case, never builds these models: `kipp_check.config.loading` imports this
module only when it has a file to validate.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kipp_check.models.text import IsoDate, ShortText

# The config's words are the command line's enums (`Severity`, `OutputFormat`, `Lang`,
# `FailOn`), spelled as literals so pydantic's messages and the exported schema stay as they
# are and this module imports no enum; tests/unit/test_config_vocabulary.py holds each equal
# to its enum, so a new format or severity cannot be accepted by one and refused by the other.
SeverityName = Literal["error", "warning", "info"]
FormatName = Literal[
    "terminal", "json", "sarif", "junit", "markdown", "github", "gitlab", "html", "concise"
]
LangName = Literal["id", "en"]
FailOnName = Literal["error", "warning", "info", "never"]


class _Strict(BaseModel):
    # defer_build: only `Config` is validated, and its validator holds the entries' schemas.
    model_config = ConfigDict(
        extra="forbid", frozen=True, hide_input_in_errors=True, defer_build=True
    )


class OutputEntry(_Strict):
    """One report to write on every run."""

    format: FormatName
    file: ShortText | None = Field(
        None,
        description="Relative to the config file (a tree's: inside its repository); none = stdout.",
    )
    lang: LangName | None = Field(
        None, description="This report's language, whatever `lang` says (`--format json:en`)."
    )


class WaiverEntry(_Strict):
    """An accepted finding, with who accepted it, why, and until when."""

    rule: ShortText
    reason: ShortText = Field(min_length=1)
    by: ShortText = Field(min_length=1)
    until: IsoDate
    proposal: ShortText | None = Field(None, description="Pattern of proposal paths it covers.")
    key: ShortText | None = Field(None, description="Document path it covers, e.g. `judul`.")


class LimitsEntry(_Strict):
    """`limits:` — bounds on what one proposal may make kipp-check read (see `options.Limits`)."""

    max_yaml_bytes: int | None = Field(None, ge=1024, le=64 * 1024 * 1024)
    max_yaml_depth: int | None = Field(None, ge=8, le=1000)
    max_scalar_chars: int | None = Field(None, ge=100, le=10_000_000)
    max_findings_per_rule: int | None = Field(None, ge=1, le=10_000)
    max_attachment_bytes: int | None = Field(None, ge=1024, le=4 * 1024**3)
    pdf_seconds: float | None = Field(None, gt=0, le=3600)
    pdf_memory_bytes: int | None = Field(None, ge=256 * 1024 * 1024, le=64 * 1024**3)
    pdf_pages_examined: int | None = Field(None, ge=1, le=100_000)


class Config(_Strict):
    """The validated content of `.kipp-check.yaml`."""

    pack: ShortText | None = None
    lang: LangName | None = None
    fail_on: FailOnName | None = None
    max_warnings: int | None = Field(None, ge=0)
    select: list[ShortText] = Field(default_factory=list)
    ignore: list[ShortText] = Field(default_factory=list)
    severity: dict[str, SeverityName] = Field(default_factory=dict)
    outputs: list[OutputEntry] = Field(default_factory=list)
    waivers: list[WaiverEntry] = Field(default_factory=list)
    limits: LimitsEntry = Field(default_factory=lambda: LimitsEntry.model_validate({}))
