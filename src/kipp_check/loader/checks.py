"""Checks on the raw file before YAML sees it: size, encoding, hidden characters.

PyYAML decodes bytes by guessing (it accepts UTF-16 with a BOM) and treats
U+0085, U+2028 and U+2029 as line breaks that most editors do not show, so
the same file could mean different things in different tools (hazards Y22,
Y23, Y25). We decode strictly ourselves and refuse such characters with their
line and column. `LoadContext` collects the findings of every loader stage.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, field

from kipp_check.models.phrase import Value
from kipp_check.models.reserved import FILE_UNREADABLE
from kipp_check.models.results import DocPath, Finding, Severity, Span
from kipp_check.options import Limits
from kipp_check.pipeline.findings import make_finding

SHOWN_CHARS = 40
"""At most this much of the user's own text is quoted back in a message."""

_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_LINE_BREAKS = frozenset("\x85\u2028\u2029")


@dataclass
class LoadContext:
    """What every loader stage needs: where findings go, and within which limits.

    `fatal` turns on with any finding that leaves the document unusable;
    the loader then returns no data. Each rule ID keeps at most
    `limits.max_findings_per_rule` findings, so hostile input cannot flood
    the report (a thousand aliases give fifty findings, not a thousand).
    """

    file: str
    limits: Limits
    shipped: bool = False
    """The file comes with kipp-check (a rule pack), so it may be parsed by libyaml."""
    findings: list[Finding] = field(default_factory=list)
    fatal: bool = False
    _per_rule: Counter[str] = field(default_factory=Counter)

    def report(
        self,
        rule_id: str,
        message: str,
        /,
        *,
        at: Span | None = None,
        path: DocPath = (),
        fatal: bool = True,
        **args: Value,
    ) -> None:
        """Add the finding `loader.<message>`; its text may use `{line}` and `{column}` of `at`."""
        self.fatal = self.fatal or fatal
        if self._per_rule[rule_id] >= self.limits.max_findings_per_rule:
            return
        self._per_rule[rule_id] += 1
        fields: dict[str, Value] = dict(args)
        if at is not None:
            fields = {"line": at.line, "column": at.column, **fields}
        self.findings.append(
            make_finding(
                rule_id,
                Severity.ERROR,
                f"loader.{message}",
                file=self.file,
                path=path,
                span=at,
                fields=fields,
            )
        )


def shown(text: str, limit: int = SHOWN_CHARS) -> str:
    """User content as a message may quote it: hidden characters escaped, cut after `limit`."""
    head = "".join(ch if ch.isprintable() else f"<U+{ord(ch):04X}>" for ch in text[:limit])
    return head + "…" if len(text) > limit else head


def decode_source(raw: bytes, ctx: LoadContext) -> str | None:
    """The file as text, or None after reporting why it cannot be read as YAML.

    Only UTF-8 is accepted, with an optional BOM that is dropped so that
    columns on line 1 match what an editor shows.
    """
    if len(raw) > ctx.limits.max_yaml_bytes:
        ctx.report(FILE_UNREADABLE, "too_big", size=len(raw), limit=ctx.limits.max_yaml_bytes)
        return None
    for bom, encoding in _WIDE_BOMS:
        if raw.startswith(bom):
            ctx.report(FILE_UNREADABLE, "wrong_encoding", encoding=encoding)
            return None
    start = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    body = raw[start:]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = body[: exc.start]
        line_start = max(prefix.rfind(b"\n"), prefix.rfind(b"\r")) + 1
        at = Span(_line_of(prefix.decode("utf-8")), len(prefix[line_start:].decode("utf-8")) + 1)
        byte = f"0x{body[exc.start]:02X}"
        ctx.report(FILE_UNREADABLE, "not_utf8", at=at, byte=byte, offset=start + exc.start)
        return None
    return text if _characters_ok(text, ctx) else None


def _characters_ok(text: str, ctx: LoadContext) -> bool:
    """Report the first place of each forbidden character; True when there is none."""
    seen: set[str] = set()
    for found in _FORBIDDEN.finditer(text):
        char = found.group()
        if char in seen:
            continue
        seen.add(char)
        index = found.start()
        line_start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
        at = Span(_line_of(text[:index]), index - line_start + 1)
        key = "unicode_line_break" if char in _LINE_BREAKS else "control_char"
        ctx.report(FILE_UNREADABLE, key, at=at, codepoint=f"U+{ord(char):04X}")
    return not seen


def _line_of(before: str) -> int:
    """The 1-based line after `before`, counting breaks as YAML does (LF, CRLF, lone CR)."""
    return before.count("\n") + before.count("\r") - before.count("\r\n") + 1
