"""Schedule criterion: the submission window, the days left, the innovation's age."""

from __future__ import annotations

from collections.abc import Iterator

from kipp_check.models.criterion import Criterion
from kipp_check.models.phrase import Phrase
from kipp_check.models.results import Finding, Severity
from kipp_check.pipeline.deadline import days_left, deadline_moment, last_day, years_between
from kipp_check.rules._registry import rule
from kipp_check.rules.context import CheckContext

_JDW = Criterion.SCHEDULE
_SOON_DAYS = 7


@rule("JDW001", _JDW)
def submitted_within_window(ctx: CheckContext) -> Iterator[Finding]:
    """The proposal is submitted while SINOVIK registration is open.

    Passes when the planned submission date (`rencana_pengajuan`, else today) lies in
    the pack's window, up to the last day to submit: the closing date on the institution's
    clock or the pack's, whichever is earlier (23:59 WIB on 3 June is 00:59 WITA on 4 June,
    so 4 June in WITA is late but for its first hour).
    Once today is past the closing day the edition is closed: the report's banner says so
    once and names the next edition (`kipp-check migrate`), and this rule stays quiet, since
    no edit to the proposal can reopen a window. While the window is not announced (a
    provisional pack, or an edition checked against an earlier one's rules) it is not checked.
    Fails when the planned date is after the closing day (an error: the date is confirmed);
    a warning when it is before the window opens.
    Fix: submit before the deadline; an internal deadline can be set in a local pack.
    Source: 2025 window 8 April – 3 June (kaltimprov.go.id) [confirmed]; the closing
    hour is carried over from 2023 (23:59 WIB) [assumed].

    Example passes::

        rencana_pengajuan: 2025-05-26

    Example fails::

        rencana_pengajuan: 2025-06-05
    """
    sub = ctx.pack.submission
    zone_name = ctx.proposal.institution.time_zone if ctx.proposal.institution else None
    closing_day = last_day(ctx.pack, zone_name)
    if closing_day is None or sub.opens is None or sub.closes is None:
        return  # not announced: the banner says so, and there is nothing to check against
    if ctx.today > closing_day:
        return  # the edition is closed: the banner says so once, and what to do
    planned = ctx.proposal.planned_submission
    deadline = deadline_moment(ctx.pack, zone_name)
    when = planned or ctx.today
    at = ("rencana_pengajuan",) if planned else ()
    if when > closing_day:
        yield ctx.fail(
            "jdw.window.planned_late",
            at=at,
            date=when.isoformat(),
            deadline=deadline,
            basis=sub.closes,
        )
    elif when < sub.opens.value:
        yield ctx.fail(
            "jdw.window.not_open",
            at=at,
            severity=Severity.WARNING,
            date=when.isoformat(),
            opens=sub.opens.value.isoformat(),
        )


@rule("JDW002", _JDW, severity=Severity.WARNING)
def deadline_not_imminent(ctx: CheckContext) -> Iterator[Finding]:
    """There is time left to submit, and the Admin Lokal knows a saved proposal is not submitted.

    Passes when more than seven days are left, when the window has already closed (the
    report's banner says so), or while it is not announced.
    Fails (warning) when seven days or fewer are left.
    Fix: ask the Admin Lokal to press *Ajukan*; only submitted proposals reach the secretariat.
    Source: in 2022 only 2,454 of 3,478 proposals in SINOVIK were submitted
    (menpan.go.id) [confirmed].

    Example passes::

        instansi:
          zona_waktu: WIB

    Example fails (today 2025-05-30)::

        instansi:
          zona_waktu: WIB
    """
    zone_name = ctx.proposal.institution.time_zone if ctx.proposal.institution else None
    closing_day = last_day(ctx.pack, zone_name)
    if closing_day is None or ctx.today > closing_day:
        return
    left = days_left(ctx.pack, ctx.today, zone_name)
    if left is not None and 0 <= left <= _SOON_DAYS:
        yield ctx.fail(
            "jdw.deadline.soon",
            at=(),
            days=left,
            deadline=deadline_moment(ctx.pack, zone_name),
        )


@rule("JDW003", _JDW)
def implementation_start_is_valid(ctx: CheckContext) -> Iterator[Finding]:
    """The date implementation started is given and is not in the future.

    Passes when `mulai_implementasi` is a date on or before today.
    Fails when it is missing or after today.
    Fix: write the date the innovation was first used for the public, as YYYY-MM-DD.
    Source: *Waktu Mulai Implementasi* is a field of the form (regional copy, form A) [assumed];
    it is needed for the minimum-age rule.

    Example passes::

        mulai_implementasi: 2021-08-02

    Example fails::

        mulai_implementasi: 2025-09-01
    """
    start = ctx.proposal.implementation_start
    if start is None:
        yield ctx.fail("jdw.start.missing", at=("mulai_implementasi",))
    elif start > ctx.today:
        yield ctx.fail("jdw.start.future", at=("mulai_implementasi",), date=start.isoformat())


@rule("JDW004", _JDW)
def innovation_is_old_enough(ctx: CheckContext) -> Iterator[Finding]:
    """The innovation has run long enough before registration closes.

    Passes when `mulai_implementasi` lies at least the pack's minimum age for the
    group before the closing date (2021 rule: 2 years for umum, 1 for replikasi).
    Fails when it is younger; a warning while the age is not confirmed for the edition.
    While the closing date is not announced, the age is counted to today instead, and a
    shortfall is only a warning (it may be made up by the time registration closes).
    Fix: enter a more mature innovation, or wait for the next edition.
    Source: KIPP 2021 (menpan.go.id) [confirmed for 2021; assumed for 2025].

    Example passes::

        kelompok: umum
        mulai_implementasi: 2021-08-02

    Example fails::

        kelompok: umum
        mulai_implementasi: 2024-09-01
    """
    start = ctx.proposal.implementation_start
    group = ctx.proposal.group or ""
    minimum = ctx.pack.min_age_years.value.get(group)
    if start is None or minimum is None or start > ctx.today:
        return
    if ctx.pack.submission.closes is None:
        age = years_between(start, ctx.today)
        if age < minimum:
            yield ctx.fail(
                "jdw.age.young_window_unknown",
                at=("mulai_implementasi",),
                severity=Severity.WARNING,
                years=age,
                minimum=minimum,
                today=ctx.today.isoformat(),
            )
        return
    closes = ctx.pack.submission.closes.value
    age = years_between(start, closes)
    if age < minimum:
        yield ctx.fail(
            "jdw.age.too_young",
            at=("mulai_implementasi",),
            ran=Phrase("report.age.under_one")
            if age < 1
            else Phrase.of("report.age.years", years=age),
            start=start,
            minimum=minimum,
            closes=closes,
            basis=ctx.pack.min_age_years,
        )
