"""Proposal text is untrusted: it must not forge GitHub workflow commands or Markdown.

The CLI runs with `GITHUB_ACTIONS=true`, on a proposal whose title starts with
`::error` and whose category carries a line break followed by another command.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kipp_check.i18n import Lang
from kipp_check.models.phrase import Args
from kipp_check.models.results import BatchReport, Finding, Header, Report, Severity, Span
from kipp_check.reporters import RenderSettings, github, markdown
from tests.support.cli import run_cli
from tests.support.samples import TODAY, copy_example

FORGED_TITLE = "::error file=README.md,line=1::Semua proposal siap"
FORGED_CATEGORY = "x\\n::warning file=.github/workflows/ci.yml::diabaikan %0A"
HOSTILE_MD = (
    "[klik](https://evil.example) ![p](https://t.example/p.png) <script>x</script> @admin |"
)
OURS = re.compile(
    r"::(error|warning|notice) (file=[^:,\s]*,(line=\d+,col=\d+,)?)?title=[^:,]*::\S"
    r"|::stop-commands::[0-9a-f]{32}"
    r"|::[0-9a-f]{32}::"
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    for name in ("a", "b"):
        proposal = copy_example("siap", root / name)
        text = proposal.read_text(encoding="utf-8")
        text = text.replace(
            "judul: SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)", f'judul: "{FORGED_TITLE}"'
        )
        text = text.replace("kategori: transformasi_digital", f'kategori: "{FORGED_CATEGORY}"')
        proposal.write_text(text, encoding="utf-8")
    return root


def test_github_output_cannot_be_hijacked_by_proposal_text(hostile: Path) -> None:
    ran = run_cli(".", "--today", TODAY, env={"GITHUB_ACTIONS": "true"}, cwd=hostile)
    assert ran.code == 1, ran
    assert FORGED_TITLE in ran.out  # the title is shown, in the shielded terminal report
    commands = [line for line in ran.out.splitlines() if line.startswith("::")]
    assert commands, "annotations expected under GitHub Actions"
    for line in commands:
        assert OURS.match(line), line
    start = commands[0].removeprefix("::stop-commands::")
    assert commands[1] == f"::{start}::"  # the terminal report sits inside the stop block
    annotations = commands[2:]
    assert any(a.startswith("::error file=a/proposal.yaml,line=") for a in annotations)
    forged = [a for a in annotations if "diabaikan" in a]
    # the forged line break stays escaped, and the command after it is made inert as well
    inert = "%0A<U+003A>:warning file=.github/workflows/ci.yml::"
    assert forged and all(inert in a for a in forged)
    assert all("%250A" in a for a in forged)  # a literal %0A in the text stays text


def test_explicit_github_format_outside_actions_has_no_stop_block(hostile: Path) -> None:
    ran = run_cli("a/proposal.yaml", "--today", TODAY, "--format", "github", cwd=hostile)
    assert ran.code == 1, ran
    lines = ran.out.splitlines()
    assert lines and all(OURS.match(line) for line in lines), ran.out
    assert "stop-commands" not in ran.out


def _said(text: str) -> Args:
    """The args of a finding that shows `text` as it is (key `phrase.text`)."""
    return (("text", text),)


def test_annotations_are_capped_per_kind_and_the_rest_summarised() -> None:
    findings = [
        Finding(
            "ADM003",
            Severity.ERROR,
            "phrase.text",
            "p.yaml",
            args=_said(f"pesan {n}"),
            span=Span(n + 1, 1),
        )
        for n in range(25)
    ] + [
        Finding(
            "VID001", Severity.INFO, "phrase.text", "p.yaml", args=_said("saran"), span=Span(1, 1)
        )
    ] * 12
    report = Report("p.yaml", Header(), (), (), tuple(findings), ready=False)
    lines = github.render_run(BatchReport((report,)), RenderSettings()).splitlines()
    assert sum(line.startswith("::error ") for line in lines) == github.PER_KIND
    notices = [line for line in lines if line.startswith("::notice ")]
    assert len(notices) == github.PER_KIND  # nine findings and the summary
    assert "18 temuan lain" in notices[-1] and "15 galat" in notices[-1]


def test_workflow_command_escaping_follows_the_toolkit() -> None:
    finding = Finding(
        "ADM003",
        Severity.ERROR,
        "phrase.text",
        "di,r:/p.yaml",
        args=_said("a%b\r\nc"),
        span=Span(2, 3),
    )
    report = Report("di,r:/p.yaml", Header(), (), (), (finding,))
    (line,) = github.render_run(BatchReport((report,)), RenderSettings(lang=Lang.EN)).splitlines()
    assert line == "::error file=di%2Cr%3A/p.yaml,line=2,col=3,title=ADM003::a%25b<U+000D>%0Ac"


def test_markdown_makes_proposal_text_inert() -> None:
    finding = Finding(
        "ADM006", Severity.WARNING, "phrase.text", "p.yaml", args=_said(HOSTILE_MD), span=Span(1, 1)
    )
    header = Header(title=HOSTILE_MD, institution=HOSTILE_MD)
    report = Report("p.yaml", header, (), (), (finding,))
    out = markdown.render_run(BatchReport((report, report)), RenderSettings())
    for forbidden in (r"(?<!\\)\]\(", r"(?<!\\)!\\?\[", "<script", "@admin", r"[^\\]\| \|"):
        assert not re.search(forbidden, out), forbidden
    assert "\\[klik\\]" in out and "&lt;script&gt;" in out and "&#64;admin" in out


def test_markdown_stays_within_githubs_summary_limit() -> None:
    findings = tuple(
        Finding(
            "ASP002",
            Severity.WARNING,
            "phrase.text",
            "p.yaml",
            args=_said("kata " * 80),
            span=Span(n, 1),
        )
        for n in range(1, 51)
    )
    reports = tuple(
        Report(f"d{n}/proposal.yaml", Header(title=f"T{n}"), (), (), findings) for n in range(120)
    )
    out = markdown.render_run(BatchReport(reports), RenderSettings(lang=Lang.EN))
    assert len(out.encode("utf-8")) < markdown.BUDGET + 2_000
    assert "left out to stay within GitHub's summary size limit" in out
