"""Every hazard of the catalogue through the real CLI, bounded in time and memory.

A run must end by itself within the time cap, under the memory cap, with
the exit code the manifest records (never a signal, never 3 unless
recorded), no traceback, and — for a JSON report — the finding that names
the problem. Pinned entries point to the test that runs them already; the
meta-tests here check that those tests still hold the case, and that every
hazard ID of the catalogue has an entry.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.hazards.hazard import Hazard
from tests.hazards.manifest import BUILT, CATALOGUE_IDS, HAZARDS, UNTRUSTED_IDS
from tests.hazards.runner import DOCUMENTED_CODES, run_bounded
from tests.support.cli import ROOT

CATALOGUE = ROOT.parent / "shared" / "design" / "hazards.md"


@pytest.mark.timeout(90)
@pytest.mark.parametrize("name", sorted(BUILT))
def test_hazard_is_answered_within_bounds(name: str, tmp_path: Path) -> None:
    hazard = BUILT[name]
    assert hazard.build is not None
    invocation = hazard.build(tmp_path)
    ran = run_bounded(invocation.args, cwd=invocation.cwd, env=invocation.env)
    assert ran.code in DOCUMENTED_CODES, ran  # a negative code is a signal: a crash or a kill
    assert ran.code == hazard.code, ran
    assert "Traceback" not in ran.out + ran.err, ran
    if hazard.rule is not None:
        found = {(f["rule_id"], f["message_key"]) for f in _report(ran.out)["findings"]}
        wanted = {(r, k) for r, k in found if r == hazard.rule and hazard.key in (None, k)}
        assert wanted, (hazard.rule, hazard.key, sorted(found))
    if hazard.check is not None:
        hazard.check(ran, tmp_path)


def _report(out: str) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(out)
    return report


def test_every_catalogue_hazard_has_an_entry() -> None:
    covered = {h.id for h in HAZARDS}
    catalogued = {*CATALOGUE_IDS, *UNTRUSTED_IDS}
    assert catalogued <= covered, sorted(catalogued - covered)
    assert covered <= catalogued, sorted(covered - catalogued)


def test_manifest_ids_match_the_catalogue_when_it_is_at_hand() -> None:
    if not CATALOGUE.is_file():
        pytest.skip("shared/design/hazards.md is not beside this checkout")
    text = CATALOGUE.read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| ([YVRPF]\d+) \|", text, flags=re.MULTILINE))
    assert listed == set(CATALOGUE_IDS)


def test_entry_names_are_unique_and_each_is_built_or_pinned() -> None:
    names = [h.name for h in HAZARDS]
    assert len(names) == len(set(names))
    assert all((h.build is None) != (h.pinned_by is None) for h in HAZARDS)


@pytest.mark.parametrize("hazard", [h for h in HAZARDS if h.pinned_by], ids=lambda h: h.name)
def test_pinned_entry_points_to_a_case_that_exists(hazard: Hazard) -> None:
    assert hazard.pinned_by is not None
    module_path, _, rest = hazard.pinned_by.partition("::")
    name, _, case = rest.partition("::")
    module = importlib.import_module(module_path.removesuffix(".py").replace("/", "."))
    target = getattr(module, name)
    if case:
        assert case in target, f"{hazard.pinned_by}: no case {case!r}"
    else:
        assert callable(target) and name.startswith("test_")
