"""Waivers: a finding someone has accepted, with who, why and until when.

A waiver is written either in the repository config (`waivers:` in
`.kipp-check.yaml`) or as a comment next to the YAML key it concerns::

    # kipp-check: abaikan ADM006 sampai 2025-06-01 karena nama resmi (oleh Kabag Organisasi)
    judul: SI-ANTRI ...

or, in English, `# kipp-check: ignore ADM006 until 2025-06-01 because … (by …)`.
The comment stands at the end of the key's line or directly above it (other
comment lines may sit between); then it covers that key and everything under
it. A waiver comment followed by an empty line covers the whole file. All four
parts are required: the rule ID (several may be separated by commas), the last
day it holds, the reason and who is accountable. A waived finding stays in the
machine outputs, marked as suppressed, and no longer counts for the verdict;
after its last day the finding counts again and says that its waiver expired.
The reserved `KC` findings (the file itself cannot be read) cannot be waived.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import yaml

from kipp_check.loader.source_map import SourceMap
from kipp_check.models.phrase import Phrase
from kipp_check.models.reserved import RESERVED_PREFIX, WAIVER_PROBLEM
from kipp_check.models.results import DocPath, Finding, Severity, Span, Suppression
from kipp_check.pipeline.findings import make_finding

_MARKER = b"kipp-check"
_COMMENT = re.compile(r"(?:^|(?<=\s))#\s*kipp-check\s*:(?P<body>.*)$", re.IGNORECASE)
_BODY = re.compile(
    r"\s*(?:abaikan|ignore)\s+(?P<rules>[a-z]{2,4}\d{3}(?:\s*,\s*[a-z]{2,4}\d{3})*)"
    r"\s+(?:sampai|until)\s+(?P<until>\S+)"
    r"\s+(?:karena|because)\s+(?P<reason>.*?)\s*"
    r"\(\s*(?:oleh|by)\s+(?P<by>[^()]*?)\s*\)\s*$",
    re.IGNORECASE,
)
_CALENDAR_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass(frozen=True)
class Waiver:
    """One accepted finding: which rule, where, why, by whom, until when."""

    rule_id: str
    reason: str
    by: str
    until: dt.date
    """The last day the waiver holds (inclusive)."""
    key: DocPath | None
    """The document path it covers with everything under it; `None` for the whole file."""
    origin: str
    """Where it is written, `file:line`."""
    inline: bool

    def covers(self, finding: Finding) -> bool:
        """Whether this waiver is about `finding` (same rule, at or under its key)."""
        if finding.rule_id != self.rule_id:
            return False
        return self.key is None or finding.path[: len(self.key)] == self.key

    def suppression(self) -> Suppression:
        """The record a waived finding carries into every output."""
        return Suppression(self.reason, self.by, self.until.isoformat(), self.origin, self.inline)


def apply_waivers(
    findings: Iterable[Finding], waivers: Sequence[Waiver], *, today: dt.date
) -> tuple[Finding, ...]:
    """`findings` in the same order, each waived one marked, each one whose waiver expired noted."""
    out: list[Finding] = []
    for finding in findings:
        matches = [] if finding.rule_id.startswith(RESERVED_PREFIX) else _matching(finding, waivers)
        current = [w for w in matches if w.until >= today]
        if current:
            out.append(replace(finding, suppressed=current[0].suppression()))
        elif matches:
            latest = max(matches, key=lambda w: w.until)
            note = Phrase.of(
                "waiver.expired_note",
                until=latest.until.isoformat(),
                by=latest.by,
                origin=latest.origin,
            )
            out.append(replace(finding, notes=(*finding.notes, note)))
        else:
            out.append(finding)
    return tuple(out)


def _matching(finding: Finding, waivers: Sequence[Waiver]) -> list[Waiver]:
    return [w for w in waivers if w.covers(finding)]


def inline_waivers(
    raw: bytes,
    source_map: SourceMap,
    *,
    file: str,
    known_ids: Iterable[str],
) -> tuple[tuple[Waiver, ...], tuple[Finding, ...]]:
    """The waiver comments in a proposal's YAML, and a finding for each one that is unusable.

    Only comments count: the same words inside a quoted or block text are part
    of the proposal, not a waiver. Files without the marker cost one byte search.
    """
    if _MARKER not in raw.lower():
        return (), ()
    source = raw.decode("utf-8-sig", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    lines = source.split("\n")
    if not any(_COMMENT.search(line) for line in lines):
        return (), ()  # "kipp-check" is only mentioned: skip the second, full YAML scan
    inside_text = _scalar_ranges(source)
    targets = _target_lines(source_map)
    known = frozenset(known_ids)
    waivers: list[Waiver] = []
    problems: list[Finding] = []
    for number, line in enumerate(lines, start=1):
        column = _comment_column(line, number, inside_text)
        if column is None:
            continue
        at = Span(number, column + 1)
        body = _COMMENT.search(line[column:])
        assert body is not None  # _comment_column found it
        key = _target(lines, number, column, targets)
        parsed = _parse(body.group("body"), key, f"{file}:{number}", known)
        if isinstance(parsed, str):
            problems.append(_problem(parsed, at, file, body.group("body")))
        else:
            waivers.extend(parsed)
    return tuple(waivers), tuple(problems)


def _parse(
    body: str, key: DocPath | str | None, origin: str, known: frozenset[str]
) -> list[Waiver] | str:
    """The waivers one comment declares, or the catalogue key of what is wrong with it."""
    if isinstance(key, str):
        return key
    found = _BODY.fullmatch(body)
    if found is None:
        return "waiver.malformed"
    written = found.group("until")
    if not _CALENDAR_DATE.fullmatch(written):  # not a week date (`2025-W23`) nor `20250601`
        return "waiver.bad_date"
    try:
        until = dt.date.fromisoformat(written)
    except ValueError:
        return "waiver.bad_date"
    rules = [r.strip().upper() for r in found.group("rules").split(",")]
    if any(r.startswith(RESERVED_PREFIX) for r in rules):
        return "waiver.reserved"
    if any(r not in known for r in rules):
        return "waiver.unknown_rule"
    reason, by = found.group("reason").strip(), found.group("by").strip()
    if not reason or not by:
        return "waiver.malformed"
    return [Waiver(r, reason, by, until, key, origin, inline=True) for r in rules]


def _problem(key: str, at: Span, file: str, body: str) -> Finding:
    shown = " ".join(body.split())[:80]
    return make_finding(WAIVER_PROBLEM, Severity.WARNING, key, file=file, span=at, comment=shown)


def _comment_column(
    line: str, number: int, inside_text: list[tuple[int, int, int, int]]
) -> int | None:
    """The 0-based column where a real `# kipp-check:` comment starts on this line, if any."""
    for match in _COMMENT.finditer(line):
        column = match.start()
        if not any(_within(number - 1, column, r) for r in inside_text):
            return column
    return None


def _within(line: int, column: int, scalar: tuple[int, int, int, int]) -> bool:
    start_line, start_col, end_line, end_col = scalar
    return (start_line, start_col) <= (line, column) < (end_line, end_col)


def _scalar_ranges(source: str) -> list[tuple[int, int, int, int]]:
    """Where quoted, plain and block texts lie (0-based), so words inside them are not comments."""
    ranges: list[tuple[int, int, int, int]] = []
    try:
        for token in yaml.scan(source, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken):
                start, end = token.start_mark, token.end_mark
                ranges.append((start.line, start.column, end.line, end.column))
    except yaml.YAMLError:  # the loader has already reported it; keep what was scanned
        pass
    return ranges


def _target_lines(source_map: SourceMap) -> dict[int, DocPath]:
    """For each line holding a key or a list item, the outermost document path written there."""
    lines: dict[int, DocPath] = {}

    def note(span: Span | None, path: DocPath) -> None:
        if span is not None and (span.line not in lines or len(path) < len(lines[span.line])):
            lines[span.line] = path

    def walk(path: DocPath) -> None:
        keys = source_map.keys_at(path)
        for key in keys:
            note(source_map.key_span((*path, key)), (*path, key))
            walk((*path, key))
        index = 0
        while not keys and source_map.value_span((*path, index)) is not None:
            note(source_map.value_span((*path, index)), (*path, index))
            walk((*path, index))
            index += 1

    walk(())
    return lines


def _target(
    lines: list[str], number: int, column: int, targets: dict[int, DocPath]
) -> DocPath | str | None:
    """What a comment at `number` covers: its line's key, the key below it, or the whole file.

    Returns a catalogue key (a `str`) when the comment stands where no key is.
    """
    if lines[number - 1][:column].strip():
        return targets.get(number, "waiver.no_key")
    below = number + 1
    while below <= len(lines) and lines[below - 1].lstrip().startswith("#"):
        below += 1
    if below > len(lines) or not lines[below - 1].strip():
        return None
    return targets.get(below, "waiver.no_key")


def parse_doc_path(written: str) -> DocPath | None:
    """`inovator[0].nama` as a document path; `None` when it is not written that way."""
    parts: list[str | int] = []
    position = 0
    for match in _PATH_PART.finditer(written):
        gap = written[position : match.start()]
        if gap != ("." if parts and match.group(1) is not None else ""):
            return None
        parts.append(match.group(1) if match.group(1) is not None else int(match.group(2)))
        position = match.end()
    if position != len(written) or not parts or not isinstance(parts[0], str):
        return None
    return tuple(parts)
