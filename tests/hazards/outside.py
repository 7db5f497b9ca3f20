"""The guard of the untrusted-path cases: nothing outside the checked tree may change.

Each case of `cases_untrusted_paths.py` builds a repository (`repo/`, with a
`.git`) and, beside it, a sentinel folder `luar/` ("outside") holding what an
attacker would aim at: a secret, a shell start-up file, a report, a proposal
and a pack of its own. The builder snapshots `luar/` (every entry's type,
mode, bytes and link target) before the run; `unchanged` compares it after
and fails on any difference, a new file included, and checks that the
secret was never echoed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from tests.hazards.runner import Bounded
from tests.support.cli import ROOT

SECRET = "ghp_R4hasiaLuar0123456789abcdef"
OUTSIDE = "luar"
_SNAPSHOT = "luar.snapshot.json"


def make_outside(folder: Path) -> Path:
    """`folder/luar` with the attacker's targets; returns it (snapshot with `snapshot`)."""
    outside = folder / OUTSIDE
    outside.mkdir()
    (outside / "secret").write_text(f"https://kipp:{SECRET}@github.com\n", encoding="utf-8")
    (outside / "bashrc").write_text("export PATH=/usr/bin\n", encoding="utf-8")
    (outside / "report.json").write_text('{"laporan": "lama"}\n', encoding="utf-8")
    shutil.copytree(ROOT / "examples" / "siap", outside / "usulan")
    (outside / "pack.yaml").write_text(
        "extends: kipp-2025\ntitle: paket dari luar repositori\n", encoding="utf-8"
    )
    return outside


def snapshot(folder: Path) -> None:
    """Record the state of `folder/luar` beside it, for `unchanged`."""
    (folder / _SNAPSHOT).write_text(json.dumps(_state(folder / OUTSIDE)), encoding="utf-8")


def unchanged(ran: Bounded, folder: Path) -> None:
    """Nothing under `luar/` changed, nothing was added to it, and the secret never shows."""
    before = json.loads((folder / _SNAPSHOT).read_text(encoding="utf-8"))
    after = _state(folder / OUTSIDE)
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed, f"changed outside the tree: {changed}\n{ran}"
    assert SECRET not in ran.out + ran.err, ran


def _state(outside: Path) -> dict[str, str]:
    state: dict[str, str] = {}
    for current, folders, names in os.walk(outside, followlinks=False):
        for name in [*folders, *names]:
            path = Path(current, name)
            info = os.lstat(path)
            key = path.relative_to(outside).as_posix()
            if path.is_symlink():
                state[key] = f"link {os.readlink(path)}"
            elif path.is_file():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                state[key] = f"file {info.st_mode:o} {digest}"
            else:
                state[key] = f"other {info.st_mode:o}"
    return state
