"""Aspects criterion: no Markdown formatting in an answer, since SINOVIK's boxes are plain text.

An answer drafted in a Markdown editor or copied from a chat assistant carries
`### Judul`, `**tebal**`, backticks and pipe tables; SINOVIK shows them as
they are, and the judges read the asterisks. The detection is a pure function;
the rule reports it as advice, once per answer box, naming what it found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kipp_check.models.criterion import Criterion
from kipp_check.models.phrase import Phrase, joined
from kipp_check.models.results import Finding, Severity
from kipp_check.rules._registry import rule
from kipp_check.rules.aspect_text import answer_boxes, is_blank
from kipp_check.rules.aspects import box_label
from kipp_check.rules.context import CheckContext

_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("heading", re.compile(r"^\s{0,3}#{1,6}\s+\S", re.MULTILINE)),
    ("bold", re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")),
    ("code", re.compile(r"`[^`\n]+`")),
    ("table", re.compile(r"^\s*\|.*\|\s*$", re.MULTILINE)),
)


def markdown_marks(written: str) -> tuple[str, ...]:
    """The kinds of Markdown formatting in `written`: heading, bold, code, table."""
    return tuple(kind for kind, pattern in _MARKS if pattern.search(written))


@rule("ASP006", Criterion.ASPECTS, severity=Severity.INFO)
def answers_have_no_markdown(ctx: CheckContext) -> Iterator[Finding]:
    """No answer carries Markdown formatting, which SINOVIK would show literally.

    Passes when no answer box has a Markdown heading (`### …`), bold (`**…**`), code in
    backticks or a pipe table (`| … |`).
    Fails (info) once per box, naming what it found.
    Fix: write headings as a plain line, drop the asterisks and backticks, and turn a table
    into short sentences or a list; `kipp-check export --format text` keeps headings on
    their own lines.
    Source: SINOVIK's answer boxes are plain text areas (regional copies of the form,
    forms B and C) [assumed]; advice.

    Example passes::

        proposal:
          signifikansi: |
            Hasil yang diukur:
            - waktu layanan turun dari 14 hari menjadi 2 hari.

    Example fails::

        proposal:
          signifikansi: |
            ### Hasil
            Waktu layanan **turun** dari 14 hari menjadi 2 hari.
    """
    for aspect in ctx.pack.aspects_for(ctx.proposal.group):
        for box in answer_boxes(ctx.proposal, aspect):
            if is_blank(box.text):
                continue
            marks = markdown_marks(box.text or "")
            if marks:
                yield ctx.fail(
                    "asp.markdown",
                    at=box.path,
                    label=box_label(ctx, box),
                    marks=joined(Phrase(f"asp.markdown.{kind}") for kind in marks),
                    group=f"aspek:{aspect.id}",
                )
