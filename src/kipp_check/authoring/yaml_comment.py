"""Comment lines for the YAML files the tool writes: wrapped, readable, never broken out of.

`kipp-check init` writes comments from the message catalogue and from rule
packs, and a local pack is anyone's file: a control character, or a line
break YAML honours (NEL, U+2028) inside a comment, would end the comment and
turn the rest of the line into YAML. Every comment goes through here.
"""

from __future__ import annotations

import re
import textwrap

WIDTH = 92
"""Longest comment line; the language server and most editors show it whole."""
_CODE = re.compile(r"`[^`]+`")
_NBSP = "\u00a0"
_BREAKS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
"""Control characters and the line breaks YAML also honours (NEL, U+2028/9): never in a comment."""


def comment(message: str, indent: str, *, lead: str = "", hang: str = "") -> list[str]:
    """`message` as `# ` lines at `indent`, wrapped; `lead` goes before every line's
    text, `hang` before the text of a paragraph's later lines. A `code span` is
    never split, so `- lampiran/x.pdf` stays whole."""
    width = WIDTH - len(indent) - 2 - len(lead)
    lines: list[str] = []
    for paragraph in message.split("\n"):
        protected = _CODE.sub(lambda m: m.group().replace(" ", _NBSP), one_line(paragraph))
        wrapped = textwrap.wrap(
            protected,
            width,
            subsequent_indent=hang,
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines += [f"{indent}# {lead}{part}".replace(_NBSP, " ") for part in wrapped or [""]]
    return lines


def one_line(value: str) -> str:
    """`value` with no character that could end a comment line (pack text may be local)."""
    return _BREAKS.sub(" ", value)
