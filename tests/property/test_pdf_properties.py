"""Properties of every run on mutated PDF attachments (Hypothesis, real CLI in a subprocess).

A letter of the ready example is replaced by a mutated PDF — a seed from
the damaged-PDF corpus with bytes spliced, flipped or cut. The run goes
through the worker processes, bounded in time and memory, and must exit 0
or 1, print no traceback and no raw control character, and give the same
JSON twice.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.hazards.damaged import seeds
from tests.hazards.fixtures import LETTER, TODAY, ready_example
from tests.hazards.runner import run_bounded
from tests.property.running import assert_contract

SEEDS = seeds()


@st.composite
def mutated_pdfs(draw: st.DrawFn) -> bytes:
    """A seed PDF with a few splices: cut, inserted bytes, flipped bytes, or truncated."""
    data = bytearray(draw(st.sampled_from(SEEDS))[1])
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(("cut", "insert", "flip", "truncate")))
        if kind == "cut":
            del data[at : at + draw(st.integers(1, 512))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif kind == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "truncate":
            del data[at:]
    return bytes(data)


@settings(max_examples=max(1, settings().max_examples // 8))
@given(mutated_pdfs())
def test_mutated_letter_keeps_the_contract(pdf: bytes) -> None:
    with tempfile.TemporaryDirectory() as temp:
        proposal = ready_example(Path(temp))
        (proposal.parent / LETTER).write_bytes(pdf)
        args = [str(proposal), *TODAY, "--format", "json"]
        first = run_bounded(args, seconds=90)
        assert first.code in (0, 1), first
        assert_contract(first.code, first.out, first.err)
        again = run_bounded(args, seconds=90)
        assert (again.code, again.out) == (first.code, first.out)
