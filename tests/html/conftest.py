"""HTML reports made once by the real command line, over the shared sample repository.

The sample repository (`tests.support.samples`: a not-ready proposal, the
ready one twice, a broken file) gets a fifth proposal, `jahat/`, whose title,
institution and category try to inject markup: a `<script>` element, an
image with an `onerror` handler, an attribute break-out and a bidi override.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.cli import Ran, run_cli
from tests.support.samples import TODAY, copy_example, sample_repository

HOSTILE_TITLE = (
    '<script>window.__pwned = "script"</script>'
    '<img src=x onerror="window.__pwned = \'img\'"> SIGAP "Jahat" & Co'
)
HOSTILE_INSTITUTION = "Dinas \"><b onmouseover='window.__pwned=1'>Tebal</b> Kota"
HOSTILE_CATEGORY = "</td><script>window.__pwned = 'category'</script>"
PROPOSALS = 5


@dataclass(frozen=True)
class Made:
    """One run that wrote an HTML report: what the command printed and the file."""

    ran: Ran
    file: Path

    @property
    def html(self) -> str:
        return self.file.read_text(encoding="utf-8")


def _quoted(value: str) -> str:
    """`value` as a double-quoted YAML scalar."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hostile_repository(root: Path) -> Path:
    """The sample repository plus `jahat/`, the proposal with hostile text."""
    sample_repository(root)
    proposal = copy_example("siap", root / "jahat")
    text = proposal.read_text(encoding="utf-8")
    replacements = {
        "judul: SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)": (
            f"judul: {_quoted(HOSTILE_TITLE)}"
        ),
        "kategori: transformasi_digital": f"kategori: {_quoted(HOSTILE_CATEGORY)}",
        "  nama: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya": (
            f"  nama: {_quoted(HOSTILE_INSTITUTION)}"
        ),
    }
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    proposal.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def html_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_repository(tmp_path_factory.mktemp("html-repo"))


def make_report(root: Path, out: Path, *args: str) -> Made:
    """`kipp-check ARGS --format html --output OUT` from `root`."""
    ran = run_cli(*args, "--today", TODAY, "--format", "html", "--output", str(out), cwd=root)
    return Made(ran, out)


@pytest.fixture(scope="session")
def batch_id(html_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make_report(html_repo, tmp_path_factory.mktemp("id") / "laporan.html", ".")


@pytest.fixture(scope="session")
def batch_en(html_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Made:
    out = tmp_path_factory.mktemp("en") / "report.html"
    return make_report(html_repo, out, ".", "--lang", "en")


@pytest.fixture(scope="session")
def single(html_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Made:
    out = tmp_path_factory.mktemp("single") / "laporan.html"
    return make_report(html_repo, out, "jahat/proposal.yaml")
