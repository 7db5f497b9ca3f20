"""The files that plug kipp-check into other tools: pre-commit hooks and the CI examples.

The CI examples are not only parsed: the kipp-check command each one runs is
run here too, on a copy of the bundled examples, and every report it asks for
must come out in its format.
"""

from __future__ import annotations

import json
import re
import shlex
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest
import yaml

from kipp_check.options import OutputFormat
from tests.support.cli import ROOT, run_cli
from tests.support.samples import TODAY, copy_example

CI_EXAMPLES = {
    "github-actions.yml": {"GITHUB_STEP_SUMMARY": "ringkasan.md"},
    "gitlab-ci.yml": {},
}


def _scripts() -> set[str]:
    """The console scripts the installed package provides."""
    found = entry_points(group="console_scripts")
    return {script.name for script in found if script.value.startswith("kipp_check")}


def test_pre_commit_hooks_run_the_installed_command() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["kipp-check", "kipp-check-all"]
    for hook in hooks:
        assert {"id", "name", "entry", "language", "files"} <= set(hook)
        assert hook["language"] == "python"
        assert shlex.split(hook["entry"])[0] in _scripts()
        files = re.compile(hook["files"])
        assert files.search("dinkes/proposal.yaml") and files.search("proposal.yml")
        assert not files.search("README.md")
    assert re.compile(hooks[1]["files"]).search("dinkes/lampiran/surat.pdf")
    assert hooks[1]["pass_filenames"] is False


def _commands(node: Any) -> Iterator[str]:
    """Every shell command of a CI file: GitHub's `run:` steps and GitLab's `script:` lines."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "run" and isinstance(value, str):
                yield value
            elif key == "script" and isinstance(value, list):
                yield from (line for line in value if isinstance(line, str))
            else:
                yield from _commands(value)
    elif isinstance(node, list):
        for item in node:
            yield from _commands(item)


def _kipp_check_command(example: str) -> list[str]:
    """The arguments of the one `kipp-check` command the CI example runs."""
    ci = yaml.safe_load((ROOT / "examples" / "ci" / example).read_text(encoding="utf-8"))
    (command,) = [c for c in _commands(ci) if c.strip().startswith("kipp-check ")]
    return shlex.split(command)[1:]


@pytest.mark.parametrize("example", sorted(CI_EXAMPLES))
def test_ci_example_command_works_and_writes_every_report(tmp_path: Path, example: str) -> None:
    copy_example("siap", tmp_path / "proposals" / "sigap")
    copy_example("belum-siap", tmp_path / "proposals" / "si-antri")
    env = {name: str(tmp_path / file) for name, file in CI_EXAMPLES[example].items()}
    args = [env.get(a.strip("$").strip("{}"), a) for a in _kipp_check_command(example)]
    ran = run_cli(*args, "--today", TODAY, cwd=tmp_path, env=env)
    assert ran.code == 1, ran  # one example proposal is not ready: the job fails
    assert "Ringkasan 2 proposal" in ran.out
    for index, arg in enumerate(args):
        if arg == "--output":
            written = tmp_path / args[index + 1]
            _check_format(OutputFormat(args[index - 1]), written.read_text(encoding="utf-8"))


def _check_format(output_format: OutputFormat, content: str) -> None:
    if output_format in (OutputFormat.SARIF, OutputFormat.GITLAB, OutputFormat.JSON):
        assert json.loads(content)
    elif output_format is OutputFormat.JUNIT:
        assert ET.fromstring(content).tag == "testsuites"
    elif output_format is OutputFormat.MARKDOWN:
        assert content.startswith("## ❌ kipp-check")
