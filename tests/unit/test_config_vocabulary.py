"""The config file accepts exactly the words the command line does (issue 13: one vocabulary).

`config_model` spells formats, severities, languages and `fail_on` as literals
(for pydantic's messages and a light import); these tests fail the day an enum
gains or loses a member the config does not, e.g. a new `--format` that
`.kipp-check.yaml` would refuse.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, get_args

import pytest

from kipp_check.config import model as config_model
from kipp_check.i18n import Lang
from kipp_check.models.severity import Severity
from kipp_check.options import FailOn, OutputFormat


@pytest.mark.parametrize(
    ("literal", "enum"),
    [
        (config_model.FormatName, OutputFormat),
        (config_model.SeverityName, Severity),
        (config_model.LangName, Lang),
        (config_model.FailOnName, FailOn),
    ],
    ids=["format", "severity", "lang", "fail_on"],
)
def test_config_literal_lists_its_enum_in_order(literal: Any, enum: type[Enum]) -> None:
    assert get_args(literal) == tuple(member.value for member in enum)


def test_config_accepts_every_output_format() -> None:
    for name in OutputFormat:
        entry = config_model.OutputEntry.model_validate({"format": name.value})
        assert entry.format == name.value


def test_config_refuses_a_format_the_cli_does_not_know() -> None:
    with pytest.raises(ValueError, match="format"):
        config_model.OutputEntry.model_validate({"format": "pdf"})


def test_config_severity_overrides_take_every_severity() -> None:
    wanted = {f"ADM00{i}": s.value for i, s in enumerate(Severity, start=1)}
    assert config_model.Config.model_validate({"severity": wanted}).severity == wanted
