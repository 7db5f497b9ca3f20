"""What start-up leaves for later: subcommands, catalogue areas and config models load when used.

Each check runs in a fresh interpreter, because what matters is which modules
a process has imported, and this test process has imported everything.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import types

import pytest
import typer
from typer.testing import CliRunner

from kipp_check import i18n
from kipp_check.cli.app import SUBCOMMANDS, _Commands
from kipp_check.cli.help_page import LocalizedCommand
from kipp_check.cli.lazy_group import Subcommand
from kipp_check.i18n import Lang, text


def _imported_after(code: str) -> set[str]:
    """The `kipp_check` modules a fresh interpreter has imported after running `code`."""
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in sys.modules if 'kipp_check' in m))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return set(done.stdout.split())


def test_root_help_builds_no_subcommand() -> None:
    code = (
        "from kipp_check.cli.app import app\n"
        "try:\n"
        "    app(args=['--help'], prog_name='kipp-check', standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass"
    )
    imported = _imported_after(code)
    assert "kipp_check.cli.app" in imported
    never = {"kipp_check.cli.check", "kipp_check.cli.init_cmd", "kipp_check.options"}
    assert not never & imported


def test_running_a_subcommand_builds_only_that_one() -> None:
    code = (
        "from kipp_check.cli.app import app\n"
        "try:\n"
        "    app(args=['schema', '--help'], prog_name='kipp-check', standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass"
    )
    imported = _imported_after(code)
    assert "kipp_check.cli.schema_cmd" in imported
    assert not {"kipp_check.cli.check", "kipp_check.cli.export_cmd"} & imported


def test_root_help_lists_every_subcommand_in_order_with_its_summary() -> None:
    ran = CliRunner().invoke(_app_of(lazy=True), ["--help"])
    assert ran.exit_code == 0, ran.output
    rows = ran.output.split("Perintah:")[1].splitlines()
    listed = [line.split()[0] for line in rows if line.startswith("  ") and line[2] != " "]
    assert listed == list(SUBCOMMANDS)
    for spec in _Commands.subcommands:  # each with its summary, from the catalogue
        assert " ".join(text(spec.help, Lang.ID).split()[:3]) in ran.output


@pytest.mark.parametrize("spec", _Commands.subcommands, ids=SUBCOMMANDS)
def test_a_subcommand_built_late_is_the_one_typer_builds_at_once(spec: Subcommand) -> None:
    runner = CliRunner()
    for args in ([spec.name, "--help"], [spec.name, "--no-such-flag"]):
        lazy = runner.invoke(_app_of(lazy=True), args)
        eager = runner.invoke(_app_of(lazy=False), args)
        assert (lazy.exit_code, lazy.output) == (eager.exit_code, eager.output), args


def test_a_mistyped_subcommand_is_still_suggested() -> None:
    ran = CliRunner().invoke(_app_of(lazy=True), ["explian"])
    assert ran.exit_code == 2
    assert "Did you mean 'explain'?" in ran.output


def _app_of(*, lazy: bool) -> typer.Typer:
    """A root like `kipp_check.cli.app`'s, its subcommands registered lazily or the usual way."""
    app = typer.Typer(
        cls=_Commands if lazy else None, add_completion=False, rich_markup_mode=None, help="Root."
    )
    app.callback()(lambda: None)
    if not lazy:
        for spec in _Commands.subcommands:
            module, _, function = spec.target.partition(":")
            app.command(spec.name, help=spec.help, cls=LocalizedCommand)(
                getattr(importlib.import_module(module), function)
            )
    return app


def test_help_of_the_commands_reads_no_other_catalogue_area() -> None:
    imported = _imported_after(
        "from kipp_check.i18n import Lang, text\n"
        "for key in ('init.help', 'help.cmd.schema', 'help.cmd.rules', 'help.cmd.export'):\n"
        "    text(key, Lang.ID)"
    )
    areas = {m.rsplit(".", 1)[1] for m in imported if m.startswith("kipp_check.i18n.messages_")}
    assert areas == {"messages_help", "messages_cli", "messages_explain", "messages_export"}


def test_a_key_in_the_last_area_is_found() -> None:
    last = i18n._AREAS[-1]
    module = importlib.import_module(f"kipp_check.i18n.{last}")
    key = next(k for k, message in module.MESSAGES.items() if "{" not in message.en)
    assert text(key, Lang.EN) == module.MESSAGES[key].en
    assert i18n.has(key)
    assert not i18n.has("no.such.key")
    with pytest.raises(KeyError):
        text("no.such.key", Lang.ID)


def test_every_area_is_read_into_the_catalogue() -> None:
    catalogue = i18n.CATALOGUE
    for area in i18n._AREAS:
        module = importlib.import_module(f"kipp_check.i18n.{area}")
        assert module.MESSAGES.items() <= catalogue.items(), area


def test_a_key_defined_in_two_areas_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    clash = types.ModuleType("kipp_check.i18n.messages_clash")
    clash.MESSAGES = {"init.help": i18n.CATALOGUE["init.help"]}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, clash.__name__, clash)
    monkeypatch.setattr(i18n, "_unread", ["messages_clash"])
    with pytest.raises(RuntimeError, match=r"defined twice: init\.help"):
        i18n.CATALOGUE  # noqa: B018 (reading it reads the areas)


def test_a_run_without_a_config_file_builds_no_config_model() -> None:
    imported = _imported_after(
        "from pathlib import Path\n"
        "from kipp_check.config.loading import find_config\n"
        "assert find_config(Path('/')) is None"
    )
    assert "kipp_check.config.loading" in imported
    assert "kipp_check.config.model" not in imported


def test_a_rule_key_reads_only_its_criterion_module() -> None:
    imported = _imported_after(
        "from kipp_check.i18n import Lang, text\n"
        "text('vid.link.missing', Lang.ID)\n"
        "text('rule.ADM003', Lang.EN)"
    )
    words = {m for m in imported if m.startswith("kipp_check.i18n.")}
    assert words == {
        "kipp_check.i18n.message",
        "kipp_check.i18n.plural",
        "kipp_check.i18n.rules",
        "kipp_check.i18n.rules.video",
        "kipp_check.i18n.rules.admin",
        "kipp_check.i18n.rules.admin.people",
        "kipp_check.i18n.rules.admin.proposal",
    }
