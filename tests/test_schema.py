"""The committed JSON Schema matches the model, and the examples validate against it."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
import yaml

from kipp_check.schema_export import proposal_schema, proposal_schema_text
from tests.support.cli import ROOT

COMMITTED = ROOT / "schemas" / "proposal.schema.json"


def test_committed_schema_has_not_drifted_from_the_model() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == proposal_schema_text(), (
        "regenerate: python -m kipp_check.schema_export > schemas/proposal.schema.json"
    )


@pytest.mark.parametrize("example", ["siap", "belum-siap"])
def test_examples_validate_against_the_schema(example: str) -> None:
    data = yaml.safe_load((ROOT / "examples" / example / "proposal.yaml").read_text("utf-8"))
    as_json = json.loads(json.dumps(data, default=lambda v: v.isoformat()))
    jsonschema.Draft202012Validator(proposal_schema()).validate(as_json)


def test_schema_rejects_an_unknown_key() -> None:
    validator = jsonschema.Draft202012Validator(proposal_schema())
    assert not validator.is_valid({"titel": "SIGAP"})
    assert validator.is_valid(
        {"judul": "SIGAP", "mulai_implementasi": dt.date(2022, 3, 1).isoformat()}
    )
