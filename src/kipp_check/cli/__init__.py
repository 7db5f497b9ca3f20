"""The command line: `kipp-check PROPOSAL` and its subcommands.

Only this package touches argv, stdout, stderr and exit codes:
0 ready, 1 not ready, 2 usage or configuration error, 3 internal error.

This module is the console entry point (`kipp_check.cli:main`), so it is kept
light on purpose: the tool runs on every commit, and importing typer alone
costs several times the interpreter's own start-up. `kipp-check --version` is
answered here without importing anything else; every other command goes to
the Typer application in `kipp_check.cli.app`, imported only then.
"""

from __future__ import annotations

import sys

from kipp_check import __version__

TYPE_CHECKING = False  # not `typing.TYPE_CHECKING`: importing `typing` costs ~4 ms here
if TYPE_CHECKING:
    from types import ModuleType
    from typing import Any

    from kipp_check.cli.app import app

__all__ = ["app", "main", "version_line"]


def version_line() -> str:
    """What `kipp-check --version` prints, on both the fast path and Typer's."""
    return f"kipp-check {__version__}"


def main() -> None:
    """Console entry point: the exit code says whether the proposal is ready (0-3)."""
    if sys.argv[1:] == ["--version"]:
        print(version_line())
        sys.exit(0)
    _application().main()


def __getattr__(name: str) -> Any:
    """The Typer application on first use, so importing this package stays cheap."""
    if name == "app":
        return _application().app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _application() -> ModuleType:
    """Import `kipp_check.cli.app`; `kipp_check.cli.app` then names the Typer object, as always.

    Importing a submodule binds its name on this package to the module; the
    package has always exported the Typer application under that name instead.
    """
    import importlib

    module = importlib.import_module("kipp_check.cli.app")
    globals()["app"] = module.app
    return module
