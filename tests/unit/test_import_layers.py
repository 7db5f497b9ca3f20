"""The batch package sits above the one-proposal pipeline: nothing below it imports it.

`batch/` and `run.py` used to import each other (the cross-proposal rules
lived in `batch/`, and `run` needed their IDs and facts). Now the rules of
both scopes live in `rules/`, `kipp-check proposal.yaml` is checked by
`run.check_alone`, and only the `check` command reaches for `batch` when a run
has several proposals. One test reads every module's imports, another runs
the command in a fresh interpreter and looks at what it imported.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

from tests.support.cli import ROOT, imports_of_a_run

_SOURCE = ROOT / "src" / "kipp_check"
_BATCH = "kipp_check.batch"
_MAY_IMPORT_BATCH = frozenset({"kipp_check.cli.check"})
"""Chooses between one proposal (`run`) and a batch, importing `batch` only for the latter."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(_SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(tree: ast.AST, package: str) -> set[str]:
    """Every module an import statement anywhere in `tree` names (in functions too)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolved against the importing module's package
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names}
    return names


def _importers_of_batch() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(_SOURCE.rglob("*.py")):
        module = _module_name(path)
        if module == _BATCH or module.startswith(f"{_BATCH}."):
            continue
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        batch = {n for n in _imported(tree, package) if n == _BATCH or n.startswith(f"{_BATCH}.")}
        if batch:
            found[module] = batch
    return found


def test_only_the_check_command_imports_the_batch_package() -> None:
    importers = _importers_of_batch()
    assert set(importers) <= _MAY_IMPORT_BATCH, {
        m: sorted(b) for m, b in importers.items() if m not in _MAY_IMPORT_BATCH
    }
    assert "kipp_check.cli.check" in importers  # the reading finds imports at all


def test_the_reading_sees_every_spelling_of_the_import() -> None:
    spellings = [
        "import kipp_check.batch.runner",
        "from kipp_check.batch.runner import run_batch",
        "from kipp_check import batch",
        "def late():\n    from kipp_check.batch import discovery",
    ]
    for code in spellings:
        names = _imported(ast.parse(code), "kipp_check")
        assert any(n.startswith(_BATCH) for n in names), code
    relative = _imported(ast.parse("from ..batch import runner"), "kipp_check.rules")
    assert "kipp_check.batch.runner" in relative


def _check_in_a_fresh_interpreter(*args: str) -> tuple[int, set[str], str]:
    """Exit code, the `kipp_check` modules imported, and standard output of `kipp-check ARGS`."""
    code, modules, out = imports_of_a_run(*args)
    return code, {m for m in modules if m.startswith("kipp_check.")}, out


def test_checking_one_proposal_never_imports_the_batch_package() -> None:
    code, modules, out = _check_in_a_fresh_interpreter(
        "examples/siap/proposal.yaml", "--today", "2025-05-20", "--format", "json"
    )
    assert code == 0, out
    assert {
        "kipp_check.pipeline.run",
        "kipp_check.pipeline.engine",
        "kipp_check.rules.cross_proposal",
    } <= modules
    assert not {m for m in modules if m == _BATCH or m.startswith(f"{_BATCH}.")}
    # The rules over the run still ran on the run of one proposal.
    checked = {r["id"] for r in json.loads(out)["rules"] if r["status"] == "passed"}
    assert {"ADM101", "ADM102", "DOK101"} <= checked


def test_checking_a_folder_does_use_the_batch_package() -> None:
    """The probe can see the package when it is imported, so the test above can fail."""
    code, modules, _ = _check_in_a_fresh_interpreter(
        "examples/siap", "--today", "2025-05-20", "--jobs", "1"
    )
    assert code == 0
    assert {"kipp_check.batch.runner", "kipp_check.batch.discovery"} <= modules
