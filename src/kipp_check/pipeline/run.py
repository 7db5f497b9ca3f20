"""The pipeline for one proposal: load, choose the rule pack, read its waivers, check.

`kipp-check proposal.yaml` (one file) runs here alone (`check_alone`),
rules over the run included, without the batch machinery: nothing this
module imports imports `kipp_check.batch` (a test holds it). A batch uses
`check_one` and `check_proposal` per proposal and compares them itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from kipp_check.errors import CheckCrashedError, ProposalUnreadableError, UsageError
from kipp_check.loader.pdf import worker as pdf_worker
from kipp_check.loader.proposal import LoadedProposal, load_proposal
from kipp_check.models.phrase import Value
from kipp_check.models.reserved import FILE_UNREADABLE
from kipp_check.models.results import Report
from kipp_check.options import RunOptions
from kipp_check.packs import DEFAULT_PACK, SHIPPED, load_edition
from kipp_check.packs.editions import EditionChoice, no_editions, requested_year
from kipp_check.packs.model import Pack
from kipp_check.pipeline import budget
from kipp_check.pipeline.engine import add_results, check, check_run
from kipp_check.pipeline.waivers import Waiver, inline_waivers
from kipp_check.rules import ids as rule_ids
from kipp_check.rules.cross_facts import CrossFacts, cross_facts


@dataclass(frozen=True)
class Checked:
    """One proposal's report, and the facts the cross-proposal rules compare."""

    report: Report
    facts: CrossFacts | None
    """`None` when the proposal did not validate (the cross rules then skip it)."""
    waivers: tuple[Waiver, ...] = ()
    """Every waiver in force for it, its own comments first: the cross rules obey them too."""


def check_alone(path: Path, options: RunOptions) -> Report:
    """The report of the one proposal a run checks, the rules over the run applied to it too.

    The same report as a batch of one gives, since a batch does the same in the same order.
    """
    with pdf_worker.kept_pool():
        checked = check_one(str(path), options)
    (results,) = check_run([checked.facts])
    return add_results(checked.report, results, replace(options, waivers=checked.waivers))


def check_one(path: str, options: RunOptions, in_batch: bool = False) -> Checked:
    """Check one proposal; what is not a usage error becomes `CheckCrashedError` with its path.

    In a batch, a proposal file that cannot be read is a finding of its own
    report, so one unreadable file does not cost the other proposals theirs.
    """
    try:
        with budget.proposal_budget():
            return check_proposal(Path(path), options)
    except budget.OverBudgetError:
        seconds = f"{budget.PROPOSAL_CPU_SECONDS:g}"
        return unreadable(Path(path), options, "", key="budget.time", seconds=seconds)
    except MemoryError:
        megabytes = str(budget.MAIN_MEMORY_BYTES // 2**20)
        return unreadable(Path(path), options, "", key="budget.memory", megabytes=megabytes)
    except ProposalUnreadableError as error:
        if not in_batch:
            raise
        return unreadable(Path(path), options, error.reason)
    except UsageError:
        raise
    except Exception as error:
        raise CheckCrashedError(path, type(error).__name__) from error


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
            known_ids=rule_ids(),
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
    from kipp_check.loader.source_map import SourceMap
    from kipp_check.models.results import Severity
    from kipp_check.pipeline.findings import make_finding

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
