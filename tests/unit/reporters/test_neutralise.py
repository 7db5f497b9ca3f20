"""`safe_text.neutralise`: one table of CI log commands, each made inert in every escape.

A row is the text, then what it must become in plain text; the JSON and
markup escapes must parse back to the text itself, and no row's output may
hold a command any CI acts on.
"""

from __future__ import annotations

import html
import json
import re

import pytest

from kipp_check.reporters.safe_text import Escape, neutralise

TABLE: list[tuple[str, str]] = [
    # GitHub workflow commands: at a line's start, after whitespace the runner trims
    ("::error file=a.py::palsu", "<U+003A>:error file=a.py::palsu"),
    ("  \t::warning::x", "  \t<U+003A>:warning::x"),
    ("baris\n::set-output name=a::b", "baris\n<U+003A>:set-output name=a::b"),
    ("a\r::add-mask::b", "a\r<U+003A>:add-mask::b"),
    ("a\u2028::debug::b", "a\u2028<U+003A>:debug::b"),
    ("a\x85::group::b", "a\x85<U+003A>:group::b"),
    ("\u3000::stop-commands::t", "\u3000<U+003A>:stop-commands::t"),
    ("mid-line ::error:: is text", "mid-line ::error:: is text"),
    # GitHub's legacy parser and Azure's formatting commands: anywhere in a line
    ("judul ##[error]palsu", "judul ##<U+005B>error]palsu"),
    ("##[section]Mulai", "##<U+005B>section]Mulai"),
    # Azure Pipelines tasks, any case
    ("x ##vso[task.prependpath]/tmp/pr", "x ##vso<U+005B>task.prependpath]/tmp/pr"),
    ("##VSO[task.setvariable variable=A]1", "##VSO<U+005B>task.setvariable variable=A]1"),
    ("###vso[x]", "###vso<U+005B>x]"),
    # GitLab collapsible sections
    ("section_start:1700000000:job", "section_start<U+003A>1700000000:job"),
    ("SECTION_END:1:job", "SECTION_END<U+003A>1:job"),
    # ordinary text stays as it is
    ("Kab. Sekala Raya: 12 Mei 2025 # catatan [1]", "Kab. Sekala Raya: 12 Mei 2025 # catatan [1]"),
    ("## Judul", "## Judul"),
]
_ACTED_ON = re.compile(
    r"(?:\A|(?<=[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]))[^\S\n]*::|##(?:vso)?\[|section_(?:start|end):",
    re.IGNORECASE,
)


@pytest.mark.parametrize(("given", "shown"), TABLE)
def test_every_command_is_inert_in_every_escape(given: str, shown: str) -> None:
    assert neutralise(given) == shown
    assert neutralise(shown) == shown  # applying it twice changes nothing
    as_json = neutralise(json.dumps(given, ensure_ascii=False), Escape.JSON)
    assert json.loads(as_json) == given
    as_markup = neutralise(html.escape(given), Escape.MARKUP)
    assert html.unescape(as_markup) == given
    for output in (neutralise(given), as_json, as_markup):
        if given != shown:
            assert not _ACTED_ON.search(output), output


def test_every_output_format_says_how_it_makes_ci_commands_inert() -> None:
    # A format added without an entry made every run in it an internal error (KeyError).
    from kipp_check.options import OutputFormat
    from kipp_check.reporters import ESCAPES

    assert set(ESCAPES) == set(OutputFormat)
