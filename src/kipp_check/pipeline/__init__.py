"""The pipeline that checks proposals: one proposal's run, the engine that runs the
rules, findings, the report's rows, waivers, policy, deadlines and the time budget.

Only `alone` lives here: the check command asks it before it imports the
pipeline, so a single file's PDF workers can start early (issue 17).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def alone(arguments: Sequence[str]) -> Path | None:
    """The proposal file, when `arguments` name exactly one existing file: it is checked alone.

    Anything else (a folder, a glob, several paths, a missing file) is a batch.
    """
    if len(arguments) == 1 and Path(arguments[0]).is_file():
        return Path(arguments[0])
    return None
