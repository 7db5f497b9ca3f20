"""The pipeline for one proposal: load, choose the rule pack, check."""

from __future__ import annotations

from pathlib import Path

from kipp_check.engine import check
from kipp_check.loader.proposal import LoadedProposal, load_proposal
from kipp_check.models.results import Report
from kipp_check.options import RunOptions
from kipp_check.packs import DEFAULT_PACK, SHIPPED, load_pack
from kipp_check.packs.model import Pack


def run_check(path: Path, options: RunOptions) -> Report:
    """Check the proposal at `path`; raises `UsageError` only for unusable input (exit 2)."""
    loaded = load_proposal(path, lang=options.lang, limits=options.limits)
    return check(loaded, choose_pack(loaded, options), options)


def choose_pack(loaded: LoadedProposal, options: RunOptions) -> Pack:
    """`--pack` when given; else the proposal's `kompetisi` when shipped; else the default.

    A proposal naming an edition we do not ship (e.g. `kipp-2024`) is checked
    against the default pack, and rule ADM001 reports the mismatch as a finding.
    """
    if options.pack:
        return load_pack(options.pack, lang=options.lang, base_dir=Path.cwd())
    wanted = loaded.competition if loaded.competition in SHIPPED else None
    return load_pack(wanted or DEFAULT_PACK, lang=options.lang)
