"""The committed JSON Schema matches the model, is valid draft-07, and what users write validates.

Draft-07 is what the YAML language server validates fully, so the schema is
checked with a draft-07 validator against the bundled examples, against every
`examples` value it offers itself, and against a fresh `kipp-check init` file
for every shipped pack and group.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
import yaml

from kipp_check.authoring.scaffold import render_proposal
from kipp_check.authoring.schema_export import proposal_schema, proposal_schema_text
from kipp_check.i18n import Lang
from kipp_check.packs import SHIPPED, load_pack
from tests.support.cli import ROOT, run_cli

COMMITTED = ROOT / "schemas" / "proposal.schema.json"
VALIDATOR = jsonschema.Draft7Validator(proposal_schema())


def as_json(data: object) -> object:
    """YAML data as JSON would hold it: dates become their ISO text."""
    return json.loads(json.dumps(data, default=lambda v: v.isoformat()))


def test_committed_schema_has_not_drifted_from_the_model() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == proposal_schema_text(), (
        "regenerate: python -m kipp_check.authoring.schema_export > schemas/proposal.schema.json"
    )


def test_schema_command_prints_the_committed_bytes() -> None:
    ran = run_cli("schema")
    assert ran.code == 0, ran
    assert ran.out.encode("utf-8") == COMMITTED.read_bytes()


def test_schema_is_valid_draft_07() -> None:
    schema = proposal_schema()
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)
    assert "$defs" not in json.dumps(schema), "draft-07 keeps shared parts under definitions"


def test_ready_example_validates_against_the_schema() -> None:
    data = yaml.safe_load((ROOT / "examples" / "siap" / "proposal.yaml").read_text("utf-8"))
    VALIDATOR.validate(as_json(data))


COMMITTED_2026 = ROOT / "schemas" / "proposal.kipp-2026.schema.json"


def test_committed_2026_schema_has_not_drifted_from_its_pack() -> None:
    """The 2026 examples' modeline points at it: `kipp-check schema --pack kipp-2026`."""
    pack = load_pack("kipp-2026")
    assert COMMITTED_2026.read_text(encoding="utf-8") == proposal_schema_text(pack), (
        "regenerate: kipp-check schema --pack kipp-2026 > schemas/proposal.kipp-2026.schema.json"
    )


def test_the_2026_examples_against_the_2026_schema() -> None:
    validator = jsonschema.Draft7Validator(json.loads(COMMITTED_2026.read_text("utf-8")))
    ready = yaml.safe_load((ROOT / "examples" / "siap-2026" / "proposal.yaml").read_text("utf-8"))
    validator.validate(as_json(ready))
    draft = (ROOT / "examples" / "belum-siap-2026" / "proposal.yaml").read_text("utf-8")
    errors = list(validator.iter_errors(as_json(yaml.safe_load(draft))))
    assert [list(e.absolute_path) for e in errors] == [["kategori"]]
    assert not jsonschema.Draft7Validator(proposal_schema()).is_valid(as_json(ready))


def test_the_editor_flags_the_not_ready_examples_category_and_nothing_else() -> None:
    """The commonest administrative error (a category of no edition) shows while typing."""
    data = yaml.safe_load((ROOT / "examples" / "belum-siap" / "proposal.yaml").read_text("utf-8"))
    errors = list(VALIDATOR.iter_errors(as_json(data)))
    assert [list(e.absolute_path) for e in errors] == [["kategori"]]


def _with_examples(node: object, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "examples" in node:
            yield path, node
        for key, value in node.items():
            yield from _with_examples(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _with_examples(item, f"{path}/{index}")


def test_every_example_the_schema_offers_is_valid_for_its_key() -> None:
    schema = proposal_schema()
    offered = list(_with_examples(schema))
    assert len(offered) >= 20
    for where, node in offered:
        sub = {**node, "definitions": schema["definitions"]}
        for example in node["examples"]:
            assert jsonschema.Draft7Validator(sub).is_valid(example), (where, example)


def test_category_and_group_suggestions_carry_labels() -> None:
    schema = proposal_schema()
    categories = [b for b in schema["properties"]["kategori"]["anyOf"] if b.get("const")]
    assert len(categories) == 9
    digital = next(b for b in categories if b["const"] == "transformasi_digital")
    assert digital["title"] == "transformasi digital pelayanan publik"
    groups = {
        b["const"]: b["description"]
        for b in schema["properties"]["kelompok"]["anyOf"]
        if b.get("const")
    }
    assert groups == {
        "umum": "Kelompok Umum (KIPP 2025)",
        "replikasi": "Kelompok Replikasi (KIPP 2025)",
    }


def test_groups_and_categories_are_the_packs_own() -> None:
    """The schema is the pack's: another edition's group or category is flagged."""
    assert not VALIDATOR.is_valid({"kategori": "pendidikan"})
    assert not VALIDATOR.is_valid({"kelompok": "khusus"})
    assert VALIDATOR.is_valid({"kategori": "", "kelompok": ""})  # a gap, reported by the check
    assert VALIDATOR.is_valid({"kompetisi": "pemprov-x"})  # editions stay suggestions
    older = jsonschema.Draft7Validator(proposal_schema(load_pack("kipp-2023")))
    assert older.is_valid({"kategori": "pendidikan", "kelompok": "khusus"})


def test_descriptions_are_indonesian_and_carry_the_default_pack_limits() -> None:
    schema = proposal_schema()
    assert schema["properties"]["judul"]["description"].startswith("Judul inovasi")
    assert schema["definitions"]["Institution"]["title"] == "Instansi"
    impact = schema["definitions"]["Aspects"]["properties"]["signifikansi"]["description"]
    assert impact.endswith(
        "KIPP 2025: bobot 30 %, paling banyak 600 kata (diasumsikan dari KIPP 2023)."
    )


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize("pack_id", SHIPPED)
def test_fresh_init_file_validates_for_every_group(pack_id: str, lang: Lang) -> None:
    pack = load_pack(pack_id)
    validator = jsonschema.Draft7Validator(proposal_schema(pack))
    for group in pack.groups.value:
        written = render_proposal(pack, group.id, lang, "proposal.schema.json")
        validator.validate(as_json(yaml.safe_load(written)))


def test_schema_rejects_an_unknown_key() -> None:
    assert not VALIDATOR.is_valid({"titel": "SIGAP"})
    assert VALIDATOR.is_valid(
        {"judul": "SIGAP", "mulai_implementasi": dt.date(2022, 3, 1).isoformat()}
    )
