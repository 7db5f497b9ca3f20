"""SARIF and JSON validate against their schemas; JUnit parses back to the right counts; GitLab."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from kipp_check.i18n import translated_docs
from tests.support.cli import ROOT
from tests.unit.reporters.conftest import SAMPLES, Sample

SARIF_SCHEMA = Path(__file__).parents[2] / "schemas" / "sarif-schema-2.1.0.json"
REPORT_SCHEMA = ROOT / "schemas" / "report.schema.json"


def _load(sample: Sample, output_format: str) -> Any:
    return json.loads(sample.outputs[output_format])


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_sarif_is_valid_against_the_sarif_schema(samples: dict[str, Sample], sample: str) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(_load(samples[sample], "sarif"))


def test_sarif_uses_relative_uris_and_documents_its_rules(samples: dict[str, Sample]) -> None:
    run = _load(samples["repo"], "sarif")["runs"][0]
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
    assert {loc["uriBaseId"] for loc in locations} == {"%SRCROOT%"}
    assert all(not loc["uri"].startswith(("/", "file:")) for loc in locations)
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert set(rules) == {r["ruleId"] for r in run["results"]}
    help_text = rules["ADM003"]["help"]["text"]
    assert translated_docs("ADM003").passes in help_text  # in the report's language
    assert "Example" not in help_text
    assert rules["ADM101"]["shortDescription"]["text"] == "Setiap proposal memakai judulnya sendiri"
    assert rules["KC000"]["defaultConfiguration"]["level"] == "error"
    for result in run["results"]:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_marks_waived_findings_as_suppressed(samples: dict[str, Sample]) -> None:
    results = _load(samples["repo"], "sarif")["runs"][0]["results"]
    suppressed = {r["ruleId"]: r["suppressions"][0] for r in results if "suppressions" in r}
    assert set(suppressed) == {"ADM007", "JDW004"}
    assert suppressed["ADM007"]["kind"] == "inSource"
    assert suppressed["JDW004"]["kind"] == "external"
    assert "Kabag Organisasi" in suppressed["JDW004"]["justification"]


def test_sarif_fingerprints_are_unique(samples: dict[str, Sample]) -> None:
    results = _load(samples["repo"], "sarif")["runs"][0]["results"]
    prints = [r["partialFingerprints"]["kippCheck/v1"] for r in results]
    assert len(prints) == len(set(prints))


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_json_is_valid_against_the_committed_report_schema(
    samples: dict[str, Sample], sample: str
) -> None:
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    validator.validate(_load(samples[sample], "json"))


def test_report_schema_names_every_key_the_output_has(samples: dict[str, Sample]) -> None:
    """Drift the other way: a key the schema documents but the output no longer writes."""
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    batch = _load(samples["repo"], "json")
    report = batch["proposals"][0]
    defs = schema["$defs"]
    assert set(defs["batch"]["properties"]) == set(batch)
    assert set(defs["report"]["properties"]) == set(report)
    assert set(defs["finding"]["properties"]) == set(report["findings"][0])
    assert set(defs["attachment"]["properties"]) == set(report["attachments"][0])


def test_json_shape_follows_the_invocation(samples: dict[str, Sample]) -> None:
    single = _load(samples["single"], "json")
    batch = _load(samples["repo"], "json")
    assert single["file"] == "dinkes/proposal.yaml" and "proposals" not in single
    assert batch["summary"]["proposals"] == 4 and batch["summary"]["ready"] == 2
    waived = [f for f in single["findings"] if f["suppressed"]]
    assert {f["rule_id"] for f in waived} == {"ADM007", "JDW004"}
    assert single["counts"]["suppressed"] == 2
    statuses = {r["id"]: r["status"] for r in single["rules"]}
    assert statuses["ADM007"] == statuses["JDW004"] == "suppressed"


def test_junit_parses_back_with_the_right_counts(samples: dict[str, Sample]) -> None:
    root = ET.fromstring(samples["repo"].outputs["junit"])
    data = _load(samples["repo"], "json")
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [p["file"] for p in data["proposals"]]
    for suite, report in zip(suites, data["proposals"], strict=True):
        cases = suite.findall("testcase")
        assert int(suite.get("tests", "")) == len(cases) == len(report["rules"]) + 1
        failing_rules = {r["id"] for r in report["rules"] if r["status"] == "failed"}
        failed = {c.get("name", "").split()[0] for c in cases if c.find("failure") is not None}
        has_errors = any(
            f["severity"] == "error" and not f["suppressed"] for f in report["findings"]
        )
        assert failed <= failing_rules | {"KC"}
        assert bool(failed) is has_errors
        skipped = [r for r in report["rules"] if r["status"] in ("skipped", "suppressed")]
        assert int(suite.get("skipped", "")) == len(skipped)
        assert int(suite.get("failures", "")) == len(failed)
    for name in ("tests", "failures", "errors", "skipped"):
        assert int(root.get(name, "")) == sum(int(s.get(name, "")) for s in suites)


def test_junit_fails_with_each_finding_and_skips_with_a_reason(samples: dict[str, Sample]) -> None:
    root = ET.fromstring(samples["repo"].outputs["junit"])
    broken = next(s for s in root.findall("testsuite") if s.get("name") == "rusak/proposal.yaml")
    file_case = broken.findall("testcase")[0]
    assert file_case.get("classname") == "berkas"
    assert [f.get("type") for f in file_case.findall("failure")] == ["error"]
    reasons = {c.find("skipped").get("message") for c in broken.findall("testcase")[1:]}  # type: ignore[union-attr]
    assert reasons == {"tidak dijalankan: proposal belum lolos validasi skema"}
    dinkes = root.findall("testsuite")[0]
    waived = next(c for c in dinkes.findall("testcase") if c.get("name", "").startswith("ADM007"))
    assert "Kepala Dinas Kesehatan" in (waived.find("skipped").get("message") or "")  # type: ignore[union-attr]


def test_gitlab_code_quality_issues(samples: dict[str, Sample]) -> None:
    issues = _load(samples["repo"], "gitlab")
    data = _load(samples["repo"], "json")
    active = [f for p in data["proposals"] for f in p["findings"] if not f["suppressed"]]
    assert len(issues) == len(active)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert {i["severity"] for i in issues} <= {"critical", "minor", "info"}
    first = issues[0]
    assert set(first) == {"description", "check_name", "fingerprint", "severity", "location"}
    assert first["location"]["path"] == "dinkes/proposal.yaml"
    assert first["location"]["lines"]["begin"] >= 1
