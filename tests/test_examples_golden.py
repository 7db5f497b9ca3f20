"""End to end: the bundled examples through the real CLI, pinned byte for byte.

The ready example must exit 0 and the other 1; their terminal (Indonesian and
English) and JSON outputs are compared with `tests/golden/`. After a deliberate
change, rerun with `--update-golden` and review the diff like code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import ROOT, run_cli

GOLDEN = Path(__file__).parent / "golden"
EXAMPLES = {"siap": 0, "belum-siap": 1, "siap-2026": 0, "belum-siap-2026": 1}
TODAY = {"siap-2026": "2026-12-04", "belum-siap-2026": "2026-12-04"}
"""The date each example is checked on: 2025 inside that window; 2026 as of writing."""
VARIANTS = {
    "id.txt": (),
    "en.txt": ("--lang", "en"),
    "json": ("--format", "json"),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_example_output_matches_golden(example: str, variant: str, update_golden: bool) -> None:
    proposal = f"examples/{example}/proposal.yaml"
    ran = run_cli(proposal, "--today", TODAY.get(example, "2025-05-20"), *VARIANTS[variant])
    assert ran.code == EXAMPLES[example], ran
    assert "Traceback" not in ran.err, ran
    golden = GOLDEN / f"{example}.{variant}"
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(ran.out, encoding="utf-8")
    assert ran.out == golden.read_text(encoding="utf-8")


def test_same_input_gives_same_bytes() -> None:
    first = run_cli("examples/belum-siap/proposal.yaml", "--today", "2025-05-20")
    second = run_cli("examples/belum-siap/proposal.yaml", "--today", "2025-05-20")
    assert first.out == second.out


def test_examples_are_complete_with_their_pdfs() -> None:
    for example in EXAMPLES:
        assert list((ROOT / "examples" / example / "lampiran").glob("*.pdf")), example
