"""The hazard corpus: every entry, and the hazard IDs of the catalogue they must cover.

The catalogue is `shared/design/hazards.md` (YAML Y1–Y25, validation V1–V5,
reporting R1–R6, PDF P1–P16, file system F1–F12). An entry either builds its
own fixture or names the existing test that pins the hazard already.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.hazards.cases_files import FILES
from tests.hazards.cases_output import OUTPUT
from tests.hazards.cases_untrusted_ci import UNTRUSTED_CI
from tests.hazards.cases_untrusted_paths import UNTRUSTED_PATHS
from tests.hazards.cases_untrusted_processes import UNTRUSTED_PROCESSES
from tests.hazards.cases_yaml import YAML
from tests.hazards.fixtures import letter_bytes, yaml_doc
from tests.hazards.hazard import Hazard

CATALOGUE_IDS: tuple[str, ...] = (
    *(f"Y{n}" for n in range(1, 26)),
    *(f"V{n}" for n in range(1, 6)),
    *(f"R{n}" for n in range(1, 7)),
    *(f"P{n}" for n in range(1, 17)),
    *(f"F{n}" for n in range(1, 13)),
)
UNTRUSTED = Path(__file__).parents[2] / "docs" / "hazards-untrusted.md"
"""The second catalogue (issue 12), kept in this repository: `U` IDs, one table row each."""
UNTRUSTED_IDS: tuple[str, ...] = tuple(
    re.findall(r"^\| (U\d+) \|", UNTRUSTED.read_text(encoding="utf-8"), flags=re.MULTILINE)
)
FOUND = Path(__file__).with_name("found")


def found_by_fuzzing() -> list[Hazard]:
    """Inputs a fuzzer once broke kipp-check with: `found/<ID>-<what>.<exit code>.<yaml|pdf>`.

    A `.yaml` file is the proposal; a `.pdf` file is the ready example's
    identity letter. The exit code in the name is the answer after the fix.
    """
    entries: list[Hazard] = []
    for path in sorted(FOUND.glob("*.*.*")):
        stem, code, kind = path.name.rsplit(".", 2)
        hazard_id, _, variant = stem.partition("-")
        build = yaml_doc(path.read_bytes()) if kind == "yaml" else letter_bytes(path.read_bytes)
        entries.append(Hazard(hazard_id, f"found-{variant}", build, code=int(code)))
    return entries


HAZARDS: list[Hazard] = [
    *YAML,
    *OUTPUT,
    *FILES,
    *UNTRUSTED_PATHS,
    *UNTRUSTED_CI,
    *UNTRUSTED_PROCESSES,
    *found_by_fuzzing(),
]
BUILT: dict[str, Hazard] = {h.name: h for h in HAZARDS if h.build is not None}
