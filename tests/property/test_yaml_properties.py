"""Properties of every run on generated proposal files (Hypothesis).

Whatever the YAML, the CLI exits 0, 1 or 2 (never 3, the internal error),
prints no traceback and no raw control character, and the same file gives
the same bytes twice. Runs are in-process (fast); the attachments' worker
processes are covered by `test_pdf_properties.py`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given

from tests.property.running import assert_contract, run_in_process, write
from tests.property.strategies import mutated_proposals, yaml_documents

ARGS = ("--today", "2025-05-20")


def _check_twice(content: bytes, *extra: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = str(write(Path(folder), content))
        first = run_in_process(path, *ARGS, *extra)
        assert_contract(first.code, first.out, first.err)
        again = run_in_process(path, *ARGS, *extra)
        assert (again.code, again.out, again.err) == (first.code, first.out, first.err)


@given(yaml_documents())
def test_generated_documents_keep_the_contract_in_the_terminal_report(content: bytes) -> None:
    _check_twice(content, "--no-color")


@given(yaml_documents())
def test_generated_documents_keep_the_contract_in_json_and_english(content: bytes) -> None:
    _check_twice(content, "--format", "json", "--lang", "en")


@given(mutated_proposals())
def test_mutated_example_keeps_the_contract(content: bytes) -> None:
    _check_twice(content, "--format", "github")
