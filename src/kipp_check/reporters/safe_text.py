"""Make untrusted text safe to print: no terminal escapes, no hidden characters, in text or JSON.

Text from the YAML or a PDF may hold ESC sequences (which a terminal would
execute), bidi overrides or zero-width characters (which hide what is really
written). Each is shown as a visible `<U+202E>` (its code point) instead (hazards R2, R3).
Rich markup is never parsed from such text: reporters build `rich.text.Text`.

CI log commands (GitHub `::cmd` and `##[`, Azure `##vso[`, GitLab sections)
are made inert by `neutralise`, in every format and message (issue 12):

Every CI service reads the job's log (standard output and standard error)
for its own commands, and kipp-check prints untrusted text there: a proposal
title, a PDF's `/Producer`, a config value in an error message. Each service
has its own syntax, and all of them are neutralised, whichever CI runs the
tool (a log is often read by more than one, and output must not depend on the
environment):

- GitHub Actions: `::command …::` at the start of a line, after any
  whitespace (the runner trims it), and the legacy `##[command]` anywhere in
  a line;
- Azure Pipelines: `##vso[area.action …]` anywhere in a line, and the
  formatting commands `##[section]`, `##[error]` and the like;
- GitLab CI: collapsible sections `section_start:<time>:<name>` and
  `section_end:…`, which take effect with a carriage return and `ESC[0K`
  (those controls are shown as `<U+…>` by `safe` already).

One character of each command is written in an escape of the output's own
format, so a reader of that format sees the same text while the raw bytes of
the log hold no command: `<U+003A>` in text, `\\u003a` in JSON (it parses back
to the same string), `&#58;` in XML, HTML and Markdown. What counts as a line
break is every character a runner or a terminal may break a line at.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from enum import Enum

_UNSAFE = re.compile(  # U+2028/2029 (YAML `\L`, `\P`) break a line where none shows
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)


def safe(value: str) -> str:
    """`value` with every control, bidi or invisible character made visible."""
    return _UNSAFE.sub(lambda m: f"<U+{ord(m.group()):04X}>", value)


def one_line(value: str, limit: int = 200) -> str:
    """`safe(value)` on one line, cut to `limit` characters."""
    flat = " ".join(safe(value).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# JSON leaves DEL, C1 controls, bidi and zero-width characters and lone surrogates raw when
# `ensure_ascii` is off; written as `\u202e`-style escapes they parse back to the same string, yet a
# terminal showing the file (`cat report.json`, a CI log) cannot act on them.
_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)


def json_dumps(data: object, *, indent: int = 2, sort_keys: bool = True) -> str:
    """`data` as readable UTF-8 JSON with a final newline, every unsafe character escaped."""
    dumped = json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=sort_keys)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped) + "\n"


_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_COMMAND = re.compile(
    # GitHub: the first `:` of `::` at a line's start, after whitespace the runner trims
    rf"(?:\A|(?<=[{_BREAKS}]))[^\S{_BREAKS}]*(?P<colon>:)(?=:)"
    # GitHub legacy and Azure formatting (`##[`), Azure tasks (`##vso[`): the `[`
    r"|(?<=##)(?P<bracket>\[)|(?<=##vso)(?P<vso_bracket>\[)"
    # GitLab sections: the `:` after the marker
    r"|(?<=section_start)(?P<start>:)|(?<=section_end)(?P<end>:)",
    re.IGNORECASE,
)


class Escape(Enum):
    """How a character is escaped in each kind of output."""

    TEXT = "<U+{code:04X}>"
    """Terminal reports, messages on standard error, values inside a workflow command."""
    JSON = "\\u{code:04x}"
    """Inside a JSON string (JSON, SARIF, GitLab Code Quality): parses back unchanged."""
    MARKUP = "&#{code};"
    """XML, HTML and Markdown: a character reference, shown as the character."""


def neutralise(text: str, escape: Escape = Escape.TEXT) -> str:
    """`text` with every CI command's key character written as `escape`; the rest unchanged.

    A command is also broken when it straddles lines of `text` joined later:
    the function looks at the whole text, so apply it to a whole output, or to
    a value that cannot start a line (one inside a command of our own).
    """

    def replace(found: re.Match[str]) -> str:
        whole = found.group()
        return whole[:-1] + escape.value.format(code=ord(whole[-1]))

    return _COMMAND.sub(replace, text)


def neutralised(chunks: Iterable[str], escape: Escape) -> Iterator[str]:
    """Each chunk of an output made inert; chunks end at line ends, so none is split."""
    for chunk in chunks:
        yield neutralise(chunk, escape)
