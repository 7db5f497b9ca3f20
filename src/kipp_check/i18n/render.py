"""Say a `Phrase` (and what carries one) in the reader's language.

The stages below the CLI build phrases; this is the one place that turns
their typed arguments into words, so a run can write the same report in
Indonesian on the terminal and in English for a dashboard. Numbers and
strings are handed to the template as they are (a count keeps its plural
form, a `{size:.1f}` its format); the other kinds are worded first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import groupby
from typing import TYPE_CHECKING

from kipp_check.i18n import Lang, has, text
from kipp_check.models.phrase import Args, Joined, Label, Phrase, Value

if TYPE_CHECKING:
    from kipp_check.errors import UsageError
    from kipp_check.models.results import Finding


def say(words: Value, lang: Lang) -> str:
    """`words` in `lang`: a phrase filled, a bilingual name picked, a date written out."""
    return str(_value(words, lang))


def fields(args: Args, lang: Lang) -> dict[str, object]:
    """A phrase's arguments ready for its template in `lang`."""
    return {name: _value(value, lang) for name, value in args}


def _value(value: Value, lang: Lang) -> object:
    if isinstance(value, dt.datetime):  # before `date`: a datetime is a date too
        return format_moment(value, lang)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, Joined):
        return value.sep.join(str(_value(item, lang)) for item in value.items)
    if isinstance(value, Phrase):
        return text(value.key, lang, **fields(value.args, lang))
    if isinstance(value, Label):
        return value.en if lang is Lang.EN else value.id
    return value


def format_date(day: dt.date, lang: Lang) -> str:
    """A date as the report's language writes it: `3 Juni 2025`, `3 June 2025`."""
    return f"{day.day} {text(f'month.{day.month}', lang)} {day.year}"


def format_moment(instant: dt.datetime, lang: Lang) -> str:
    """A moment on a named clock: `4 Juni 2025 pukul 00.59 WITA`, `4 June 2025 at 00:59 WITA`."""
    return text(
        "report.datetime",
        lang,
        date=format_date(instant.date(), lang),
        time=text("report.time", lang, hour=f"{instant.hour:02d}", minute=f"{instant.minute:02d}"),
        zone=instant.tzname() or "",
    )


def render_message(finding: Finding, lang: Lang) -> str:
    """What `finding` says, with its notes (how sure its basis is, an expired waiver) after it."""
    said = text(finding.message_key, lang, **fields(finding.args, lang))
    return said + "".join(f" ({say(note, lang)})" for note in finding.notes)


def render_fix(finding: Finding, lang: Lang) -> str:
    """How to fix `finding` (the catalogue's `<key>.fix`), or `""` when it has none."""
    key = f"{finding.message_key}.fix"
    return text(key, lang, **fields(finding.args, lang)) if has(key) else ""


def rule_title(rule_id: str, lang: Lang) -> str:
    """The title of rule `rule_id` (the catalogue's `rule.<ID>`)."""
    return text(f"rule.{rule_id}", lang)


def say_error(error: UsageError, lang: Lang) -> str:
    """A usage error in `lang`: `where: message`, then `→ fix`, then how many more problems."""
    out = say(error.words, lang)
    if error.where:
        out = f"{error.where}: {out}"
    fix = say(error.fix, lang)
    if fix:
        out += f"\n  → {fix}"
    more = say(error.more, lang)
    if more:
        out += f"\n  {more}"
    return out


def in_order(findings: Iterable[Finding], lang: Lang) -> list[Finding]:
    """`findings` in report order for a reader of `lang`: by file, position and rule, then by
    the message as worded in `lang`, so findings at one place read in the same order as ever.

    Only findings that share a place and a rule are worded to be ordered (most share none).
    """
    ordered = sorted(findings, key=_place)
    out: list[Finding] = []
    for _, same in groupby(ordered, key=_place):
        group = list(same)
        out += sorted(group, key=lambda f: render_message(f, lang)) if len(group) > 1 else group
    return out


def _place(finding: Finding) -> tuple[str, int, int, str]:
    file, line, column, rule_id, *_ = finding.sort_key()
    return (file, line, column, rule_id)
