"""What a user copies from the README and `examples/ci/` works as copied.

Every install step names the repository of `[project.urls]` (the one place
it is written) at the tag of the package's version, never a PyPI name nobody
owns; the GitHub workflow uses the current action majors and uploads SARIF
only where that can work, without ever failing the job on it; and the
pre-commit hooks, run by pre-commit itself (`try-repo` and a
`.pre-commit-config.yaml` like the README's) on a scratch repository, print
one line a finding and honour `args: [--today=…]`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import kipp_check
from tests.support.cli import ROOT
from tests.support.samples import TODAY, copy_example

_PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")  # no tomllib on 3.10
VERSION = re.findall(r'^version = "([^"]+)"$', _PYPROJECT, re.MULTILINE)[0]
REPOSITORY = re.findall(r'^\[project\.urls\]\nRepository = "([^"]+)"$', _PYPROJECT, re.MULTILINE)[0]
SNIPPET_FILES = (
    "README.md",
    "CHANGELOG.md",
    ".pre-commit-hooks.yaml",
    "examples/ci/github-actions.yml",
    "examples/ci/gitlab-ci.yml",
)
CURRENT_MAJORS = {
    "actions/checkout": 6,
    "actions/setup-python": 6,
    "actions/upload-artifact": 7,
    "github/codeql-action/upload-sarif": 4,  # v3 is deprecated in December 2026
}
_CONCISE = re.compile(r"^\S+\.ya?ml(:\d+:\d+)?: [A-Z]+\d{3} (galat|peringatan|saran): \S")


def _read(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def test_the_version_is_written_once() -> None:
    assert kipp_check.__version__ == VERSION
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", _read("CHANGELOG.md"), re.MULTILINE)
    assert releases and releases[0] == VERSION


def test_the_repository_url_is_a_real_https_url() -> None:
    assert re.fullmatch(r"https://[a-z0-9.-]+/[\w.-]+/[\w.-]+", REPOSITORY), REPOSITORY


@pytest.mark.parametrize("name", SNIPPET_FILES)
def test_every_install_step_uses_the_repository_at_the_version_tag(name: str) -> None:
    content = _read(name)
    assert "kipp-check==" not in content  # not on PyPI: a name anyone could claim
    assert "repository URL>" not in content  # no placeholder left to fill in
    installs = re.findall(r"pip install [\"']?kipp-check[^\n]*", content)
    for install in installs:
        assert f'"kipp-check @ git+{REPOSITORY}@v{VERSION}"' in install, install
    for repo in re.findall(r"^[#\s]*(?:- )?repo: (\S+)$", content, re.MULTILINE):
        assert repo == REPOSITORY, name
    for rev in re.findall(r"^[#\s]*rev: (\S+)$", content, re.MULTILINE):
        assert rev == f"v{VERSION}", name


def test_each_copy_paste_file_names_the_repository_that_way() -> None:
    for name in SNIPPET_FILES[3:]:
        assert f"git+{REPOSITORY}@v{VERSION}" in _read(name), name
    for name in ("README.md", ".pre-commit-hooks.yaml"):
        content = _read(name)
        assert re.search(rf"^[#\s]*- repo: {re.escape(REPOSITORY)}$", content, re.MULTILINE), name
        assert re.search(rf"^[#\s]*rev: v{re.escape(VERSION)}$", content, re.MULTILINE), name


def _steps() -> list[dict[str, Any]]:
    workflow = yaml.safe_load(_read("examples/ci/github-actions.yml"))
    (job,) = workflow["jobs"].values()
    return list(job["steps"])


def test_the_workflow_uses_the_current_action_majors() -> None:
    used = {
        step["uses"].split("@")[0]: step["uses"].split("@")[1]
        for step in _steps()
        if "uses" in step
    }
    assert set(used) == set(CURRENT_MAJORS)
    for action, major in CURRENT_MAJORS.items():
        assert used[action] == f"v{major}", action


def test_the_sarif_upload_runs_only_where_it_can_and_never_fails_the_job() -> None:
    steps = _steps()
    (upload,) = [s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/")]
    condition = " ".join(str(upload["if"]).split())
    assert upload["continue-on-error"] is True
    assert "github.event.repository.visibility == 'public'" in condition
    assert "vars.KIPP_CHECK_CODE_SCANNING == 'true'" in condition  # private + Code Security
    assert "hashFiles('kipp-check.sarif') != ''" in condition
    assert "!cancelled()" in condition
    assert "github.event.pull_request.head.repo.full_name == github.repository" in condition
    # The check itself decides the job: it may fail it, and nothing hides that.
    (check,) = [s for s in steps if "kipp-check ." in str(s.get("run", ""))]
    assert "continue-on-error" not in check and "if" not in check
    # The reports that always work: annotations (automatic), the summary, the artifact.
    assert '--output "$GITHUB_STEP_SUMMARY"' in check["run"]
    (keep,) = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact")]
    assert "!cancelled()" in keep["if"]
    header = _read("examples/ci/github-actions.yml").split("name: kipp-check")[0]
    assert "repeat the annotations" in header  # the duplication is said


# --- pre-commit, run by pre-commit -------------------------------------------------------


@pytest.fixture(scope="module")
def pre_commit() -> str:
    found = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("pre-commit is in the test extras: pip install -e '.[test]'")
    return found


@pytest.fixture(scope="module")
def hook_repository(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """kipp-check's files as a clean Git repository (what `rev:` names), and its commit."""
    clone = tmp_path_factory.mktemp("kipp-check-repo")
    listed = _git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, clone / name)
    _git(clone, "init", "-q")
    _git(clone, "add", "-A")
    _git(clone, "commit", "-q", "-m", "snapshot")
    return clone, _git(clone, "rev-parse", "HEAD").strip()


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One hook environment for the module's runs (installing it takes most of the time)."""
    return tmp_path_factory.mktemp("pre-commit-home")


def _git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=kipp", "-c", "user.email=kipp@example.invalid", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout


def _scratch(root: Path, *examples: str) -> Path:
    """A department's repository with these example proposals, staged."""
    for example in examples:
        copy_example(example, root / example)
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    return root


def _run_pre_commit(
    pre_commit: str, home: Path, cwd: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("KIPP_CHECK")}
    environment.update({"PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"})
    return subprocess.run(
        [pre_commit, *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


@pytest.mark.timeout(900)
def test_try_repo_runs_the_hook_with_one_line_a_finding(
    pre_commit: str, pre_commit_home: Path, hook_repository: tuple[Path, str], tmp_path: Path
) -> None:
    clone, _rev = hook_repository
    scratch = _scratch(tmp_path, "belum-siap")
    done = _run_pre_commit(
        pre_commit, pre_commit_home, scratch, "try-repo", str(clone), "kipp-check", "--all-files"
    )
    assert done.returncode == 1, done.stdout + done.stderr  # the proposal is not ready
    lines = [line for line in done.stdout.splitlines() if line.startswith("belum-siap/")]
    assert lines, done.stdout
    assert all(_CONCISE.match(line) for line in lines), lines
    assert (
        "belum-siap/proposal.yaml:13:11: ADM003 galat: kategori `digitalisasi_layanan`"
        in done.stdout
    )
    hook_output = done.stdout.split("- exit code: 1", 1)[1].strip().splitlines()
    others = [line for line in hook_output if line and line not in lines]
    assert len(others) == 1 and "proposal siap diajukan" in others[0], others  # the verdict


@pytest.mark.timeout(900)
def test_the_readme_hook_config_with_args_today_passes_a_ready_proposal(
    pre_commit: str, pre_commit_home: Path, hook_repository: tuple[Path, str], tmp_path: Path
) -> None:
    clone, rev = hook_repository
    scratch = _scratch(tmp_path, "siap")
    readme = _read("README.md")
    snippet = readme.split("```yaml\nrepos:\n", 1)[1].split("```", 1)[0]
    config = "repos:\n" + snippet.replace(REPOSITORY, str(clone)).replace(f"v{VERSION}", rev)
    assert f"args: [--today={TODAY}]" in config  # the README documents the date as an arg
    (scratch / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _git(scratch, "add", "-A")
    done = _run_pre_commit(pre_commit, pre_commit_home, scratch, "run", "--all-files")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "kipp-check (proposal KIPP)" in done.stdout and "Passed" in done.stdout
