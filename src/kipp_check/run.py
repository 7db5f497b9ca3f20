"""The pipeline for one proposal: load, choose the rule pack, read its waivers, check."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from kipp_check.batch.cross_rules import known_rule_ids
from kipp_check.batch.facts import CrossFacts, cross_facts
from kipp_check.engine import check
from kipp_check.errors import UsageError
from kipp_check.loader.proposal import LoadedProposal, load_proposal
from kipp_check.models.phrase import Value
from kipp_check.models.reserved import FILE_UNREADABLE
from kipp_check.models.results import Report
from kipp_check.options import RunOptions
from kipp_check.packs import DEFAULT_PACK, SHIPPED, load_edition
from kipp_check.packs.editions import EditionChoice, no_editions, requested_year
from kipp_check.packs.model import Pack
from kipp_check.waivers import Waiver, inline_waivers


@dataclass(frozen=True)
class Checked:
    """One proposal's report, and the facts the cross-proposal rules compare."""

    report: Report
    facts: CrossFacts | None
    """`None` when the proposal did not validate (the cross rules then skip it)."""
    waivers: tuple[Waiver, ...] = ()
    """Every waiver in force for it, its own comments first: the cross rules obey them too."""


def run_check(path: Path, options: RunOptions) -> Report:
    """Check the proposal at `path`; raises `UsageError` only for unusable input (exit 2)."""
    return check_proposal(path, options).report


def check_proposal(path: Path, options: RunOptions) -> Checked:
    """Check the proposal at `path` and gather its facts for a batch's cross-proposal rules.

    The proposal's own waiver comments join the config's waivers (which
    `options` carries), ahead of them: the comment next to a key is the most
    specific word on it. A waiver comment that cannot be used is a finding.
    """
    loaded = load_proposal(
        path,
        limits=options.limits,
        pack_for=lambda competition: pack_for_competition(competition, options),
    )
    pack, edition = choose_edition(loaded, options)  # cached: the pack the loader used
    if loaded.proposal is not None:
        waivers, problems = inline_waivers(
            loaded.raw,
            loaded.source_map,
            file=loaded.file,
            known_ids=known_rule_ids(),
        )
        loaded = replace(loaded, findings=(*loaded.findings, *problems))
        options = replace(options, waivers=(*waivers, *options.waivers))
    report = check(loaded, pack, options, edition=edition)
    return Checked(report, cross_facts(loaded, pack), options.waivers)


def unreadable(
    path: Path,
    options: RunOptions,
    reason: str,
    *,
    key: str = "loader.batch_unreadable",
    **fields: str,
) -> Checked:
    """The report of a proposal that could not be checked: one `KC004` finding.

    A batch's proposal whose file cannot be read (`reason`), or one that used
    up the main process's budget (`budget.time`, `budget.memory`).
    """
    from kipp_check.findings import make_finding
    from kipp_check.loader.source_map import SourceMap
    from kipp_check.models.results import Severity

    file = path.as_posix()
    named: dict[str, Value] = {"reason": reason, **fields} if reason else {**fields}
    finding = make_finding(FILE_UNREADABLE, Severity.ERROR, key, file=file, fields=named)
    loaded = LoadedProposal(file, path.parent, None, SourceMap(), (finding,), (), None)
    return Checked(check(loaded, choose_pack(loaded, options), options), None, options.waivers)


def choose_pack(loaded: LoadedProposal, options: RunOptions) -> Pack:
    """The pack `loaded` is checked against (see `choose_edition`)."""
    return choose_edition(loaded, options)[0]


def choose_edition(loaded: LoadedProposal, options: RunOptions) -> tuple[Pack, EditionChoice]:
    """The pack to check against, and what was asked for: the report's banner says both.

    `--pack` when given (an unusable one is a `UsageError`). Else the
    proposal's `kompetisi`: a shipped edition as it is; a later `kipp-YYYY`
    with no shipped pack through the newest earlier pack, carried over. A
    proposal naming no edition, an edition known not to exist (`kipp-2024`) or
    anything else is checked against the default pack, and rule ADM001 reports
    what it wrote as a finding.
    """
    return edition_for_competition(loaded.competition, options)


def pack_for_competition(competition: str | None, options: RunOptions) -> Pack:
    """`choose_pack` from the `kompetisi` alone: the loader needs the pack's form to validate."""
    return edition_for_competition(competition, options)[0]


def edition_for_competition(
    competition: str | None, options: RunOptions
) -> tuple[Pack, EditionChoice]:
    """`choose_edition` from the `kompetisi` alone (see there)."""
    if options.pack:
        return _edition(options.pack, Path.cwd())
    written = (competition or "").strip()
    year = requested_year(written) if written.startswith("kipp-") else None
    if written in SHIPPED or (year is not None and year not in no_editions()):
        try:
            return _edition(written, None)
        except UsageError:  # older than every shipped pack: ADM001 says what is wrong
            pass
    return _edition(DEFAULT_PACK, None)


@cache
def _edition(ref: str, base_dir: Path | None) -> tuple[Pack, EditionChoice]:
    """A pack read once per process, local files too: a batch shares one instance."""
    return load_edition(ref, base_dir=base_dir)
