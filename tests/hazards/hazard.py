"""One entry of the hazard corpus: a fixture and the answer the CLI must give it.

Each entry names the hazard ID, builds its fixture at test time (or points to
the existing test that already pins it: see `pinned_by`), and records what
the CLI must answer: the exit code and, for a JSON report, the rule ID and
message key of the finding that explains it. `test_corpus.py` runs every
built entry through the real CLI in a subprocess under a time and a memory
cap, and checks that every hazard ID of the catalogue has an entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.hazards.fixtures import Builder
from tests.hazards.runner import Bounded

Check = Callable[[Bounded, Path], None]


@dataclass(frozen=True)
class Hazard:
    """One fixture of the corpus and the answer it must get."""

    id: str
    """The hazard's ID in the catalogue (Y1…, V1…, R1…, P1…, F1…)."""
    variant: str
    build: Builder | None = None
    code: int = 1
    rule: str | None = None
    key: str | None = None
    """Message key of the finding with `rule`; `None` accepts any key of that rule."""
    check: Check | None = None
    """Further assertions on the run (e.g. a side effect that must not happen)."""
    pinned_by: str | None = None
    """`module.py::NAME::case` of an existing test that already runs this hazard."""

    @property
    def name(self) -> str:
        return f"{self.id}-{self.variant}"
