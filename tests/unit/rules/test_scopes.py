"""One registry for the rules over one proposal and those over a whole run, with one `fail`.

The cross-proposal rules used to be a second system (their own rule class,
decorator, registry and `fail`); these tests hold the two scopes in one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kipp_check import rules
from kipp_check.i18n import Lang
from kipp_check.i18n.render import render_message
from kipp_check.models.criterion import Criterion
from kipp_check.models.phrase import Value
from kipp_check.models.results import Confidence, Finding, Severity, Span, Status
from kipp_check.pipeline.engine import check_run
from kipp_check.rules import Scope, all_rules
from kipp_check.rules._registry import registered, rule
from kipp_check.rules.context import Cited, Place, RunContext
from kipp_check.rules.cross_facts import CrossFacts
from kipp_check.rules.docs import documented_rules


def test_one_registry_lists_every_rule_of_both_scopes_once() -> None:
    every = all_rules(scope=None)
    assert [r.id for r in every] == sorted(r.id for r in every)
    assert rules.ids() == tuple(r.id for r in every)
    by_scope = {scope: {r.id for r in all_rules(scope)} for scope in Scope}
    assert by_scope[Scope.PROPOSAL] == {r.id for r in all_rules()}
    assert by_scope[Scope.RUN] >= {"ADM101", "ADM102", "DOK101"}
    assert not by_scope[Scope.PROPOSAL] & by_scope[Scope.RUN]
    assert by_scope[Scope.PROPOSAL] | by_scope[Scope.RUN] == set(rules.ids())
    assert rules.get("ADM101").scope is Scope.RUN
    assert rules.get("ADM001").scope is Scope.PROPOSAL


def test_the_documented_rules_are_the_registered_ones() -> None:
    assert tuple(r.id for r in documented_rules()) == rules.ids()


def _nothing(ctx: RunContext) -> Iterator[Finding]:
    """Never fails."""
    yield from ()


@pytest.mark.parametrize(
    ("rule_id", "criterion"),
    [("ADM050", Criterion.ADMIN), ("ADM201", Criterion.ADMIN), ("DOK150", Criterion.ADMIN)],
)
def test_a_rule_over_the_run_is_numbered_from_101_in_its_criterion(
    rule_id: str, criterion: Criterion
) -> None:
    before = registered(None)
    with pytest.raises(ValueError, match=rule_id):
        rule(rule_id, criterion, scope=Scope.RUN)(_nothing)
    assert registered(None) == before


def test_an_id_is_registered_once_whatever_the_scope() -> None:
    with pytest.raises(ValueError, match="twice"):
        rule("ADM101", Criterion.ADMIN)(lambda ctx: iter(()))


def _context() -> RunContext:
    return RunContext(rules.get("ADM102"), proposals=())


_AT = Place("a/proposal.yaml", ("instansi", "induk"), Span(4, 3))
_FIELDS: dict[str, Value] = {
    "institution": "X",
    "count": 16,
    "quota": 15,
    "others": "b/proposal.yaml",
}


def test_a_run_scope_finding_is_at_the_place_its_facts_found() -> None:
    finding = _context().fail("cross.quota_exceeded", at=_AT, fields=_FIELDS)
    assert (finding.file, finding.path, finding.span) == (_AT.file, _AT.path, _AT.span)
    assert (finding.rule_id, finding.severity, finding.group) == (
        "ADM102",
        Severity.ERROR,
        Criterion.ADMIN.value,
    )


def test_a_run_scope_finding_on_an_unconfirmed_value_is_a_warning_that_cites_it() -> None:
    cited = Cited(Confidence.REPORTED, None, "Sumber (kuota)", "Source (quota)")
    finding = _context().fail("cross.quota_exceeded", at=_AT, basis=cited, fields=_FIELDS)
    assert finding.severity is Severity.WARNING
    assert "Source (quota)" in render_message(finding, Lang.EN)
    assert "Sumber (kuota)" in render_message(finding, Lang.ID)
    confirmed = Cited(Confidence.CONFIRMED, None, "Sumber")
    assert _context().fail(
        "cross.quota_exceeded", at=_AT, basis=confirmed, fields=_FIELDS
    ).severity is (Severity.ERROR)


def test_a_run_scope_rule_must_say_which_proposal() -> None:
    with pytest.raises(TypeError, match="Place"):
        _context().fail("cross.quota_exceeded", at=("judul",), fields=_FIELDS)


def _facts(file: str, title: str) -> CrossFacts:
    at = Place(file, ("judul",), Span(2, 8))
    return CrossFacts(file, "kipp-2025", title, at, "", at, None, ())


def test_a_run_scope_finding_goes_to_the_proposal_whose_file_it_names() -> None:
    facts = [_facts("a.yaml", "SIGAP"), None, _facts("c.yaml", "Lain"), _facts("d.yaml", "sigap")]
    results = check_run(facts)
    titles = [next(r for r in own if r.rule.id == "ADM101") for own in results]
    assert [r.status for r in titles] == [
        Status.FAILED,
        Status.SKIPPED,
        Status.PASSED,
        Status.FAILED,
    ]
    assert [f.file for f in titles[0].findings] == ["a.yaml"]
    assert [f.file for f in titles[3].findings] == ["d.yaml"]
    assert [[r.rule.id for r in own] for own in results] == [
        [r.id for r in all_rules(Scope.RUN)]
    ] * 4


def test_a_run_names_each_proposal_file_once() -> None:
    with pytest.raises(ValueError, match="once"):
        check_run([_facts("a.yaml", "SIGAP"), _facts("a.yaml", "SIGAP")])
