"""The proposal's JSON Schema, generated from the pydantic model.

`schemas/proposal.schema.json` is this output, committed so editors (YAML
language server) can validate and complete `proposal.yaml`; a test fails when
the model and the committed file drift apart. Regenerate with:

    python -m kipp_check.schema_export > schemas/proposal.schema.json
"""

from __future__ import annotations

import json
import sys

from kipp_check.models.proposal import Proposal

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def proposal_schema() -> dict[str, object]:
    """The JSON Schema of `proposal.yaml`, keyed by the YAML (Indonesian) names."""
    schema = Proposal.model_json_schema(by_alias=True, mode="validation")
    return {"$schema": SCHEMA_DIALECT, **schema}


def proposal_schema_text() -> str:
    """`proposal_schema()` as stable, pretty JSON text ending in a newline."""
    return json.dumps(proposal_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.stdout.write(proposal_schema_text())
