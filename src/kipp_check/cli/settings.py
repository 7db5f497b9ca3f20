"""Flags and `.kipp-check.yaml` together: the settings of the run and of each proposal.

Precedence: flags on the command line, then `--config FILE`, then the
`.kipp-check.yaml` found by walking up from the proposal, then the defaults.
The first two are the operator's and trusted; the found file is the checked
tree's (see `kipp_check.config.loading`), and one owned by another user in a folder
anyone may write to is not obeyed at all (said once on standard error).
Rule choice, severities, the pack and waivers are per proposal (each follows
its own config). What concerns the whole run (language, `--fail-on`,
`--max-warnings`, the outputs) comes from the config of the first proposal,
which in a repository with one config at its root is that config.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from kipp_check.cli.console import say
from kipp_check.cli.outputs import Output
from kipp_check.config.loading import LoadedConfig, find_config, load_config
from kipp_check.errors import UsageError
from kipp_check.i18n import Lang, text
from kipp_check.models.phrase import Phrase
from kipp_check.models.reserved import RESERVED_PREFIX
from kipp_check.options import FailOn, Limits, OutputFormat, RunOptions
from kipp_check.pipeline.policy import RulePolicy, unknown_entries
from kipp_check.rules import ids as rule_ids
from kipp_check.trust.root import foreign_config, shown_path


@dataclass(frozen=True)
class Flags:
    """What the command line said; `None` means "not given: ask the config"."""

    today: dt.date
    lang: Lang | None = None
    pack: str | None = None
    fail_on: FailOn | None = None
    max_warnings: int | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    config: Path | None = None
    outputs: list[Output] = field(default_factory=list)
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True)
class RunSettings:
    """The settings of the whole run."""

    lang: Lang
    fail_on: FailOn
    max_warnings: int | None
    outputs: list[Output]


class Settings:
    """Resolves the run's settings and each proposal's options, reading each config once."""

    def __init__(self, flags: Flags, first_proposal: Path) -> None:
        self._flags = flags
        self._problem_lang = flags.lang or Lang.ID  # configs are read before their `lang` is known
        self._known = rule_ids()
        self._ignored: set[Path] = set()
        self._read: set[str] = set()
        """Real paths of the configs and local packs the run reads (no report may replace one)."""
        if flags.pack is not None and _is_pack_path(flags.pack):
            self._read.add(os.path.realpath(flags.pack))
        for entries in (flags.select, flags.ignore):
            _check_flag_entries(entries or (), self._known)
        first = self._config_for(first_proposal)
        config_lang = first.settings.lang if first else None
        self.run = RunSettings(
            lang=flags.lang or (Lang(config_lang) if config_lang else Lang.ID),
            fail_on=flags.fail_on or _config_fail_on(first) or FailOn.ERROR,
            max_warnings=_first_set(
                flags.max_warnings, first.settings.max_warnings if first else None
            ),
            outputs=flags.outputs or _config_outputs(first),
        )

    def options_for(self, proposal: Path) -> RunOptions:
        """The options one proposal is checked with."""
        config = self._config_for(proposal)
        flags = self._flags
        policy = (
            config.policy(flags.select, flags.ignore)
            if config
            else RulePolicy(select=flags.select or (), ignore=flags.ignore or ())
        )
        pack = flags.pack or (config.pack_ref() if config else None)
        if pack is not None and _is_pack_path(pack):
            self._read.add(os.path.realpath(pack))
        return RunOptions(
            today=flags.today,
            pack=pack,
            fail_on=self.run.fail_on,
            policy=policy,
            waivers=config.waivers_for(proposal) if config else (),
            limits=config.limits(flags.limits) if config else flags.limits,
        )

    def _config_for(self, proposal: Path) -> LoadedConfig | None:
        trusted = self._flags.config is not None
        path = self._flags.config or find_config(proposal.parent)
        if path is None:
            return None
        if trusted and not path.is_file():
            raise UsageError.of("cli.config_missing", path=path.as_posix())
        if not trusted and foreign_config(path):
            if path not in self._ignored:  # said once per file, not once per proposal
                self._ignored.add(path)
                say(text("trust.config_foreign", self._problem_lang, path=shown_path(path)))
            return None
        self._read.add(os.path.realpath(path))
        return load_config(path, known_ids=self._known, trusted=trusted)

    def inputs(self) -> set[str]:
        """The real paths of the configs and local packs read so far."""
        return set(self._read)


def _is_pack_path(ref: str) -> bool:
    return ref.lower().endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref


def _check_flag_entries(entries: tuple[str, ...], known: tuple[str, ...]) -> None:
    for entry in entries:
        if entry.startswith(RESERVED_PREFIX):
            raise UsageError(Phrase.of("config.reserved_rule", entry=entry))
        if unknown_entries((entry,), known):
            raise UsageError(Phrase.of("config.unknown_rule", entry=entry))


def _config_fail_on(config: LoadedConfig | None) -> FailOn | None:
    if config is None or config.settings.fail_on is None:
        return None
    return FailOn(config.settings.fail_on)


def _config_outputs(config: LoadedConfig | None) -> list[Output]:
    if config is None:
        return []
    return [
        Output(
            OutputFormat(entry.format),
            config.output_path(entry.file) if entry.file else None,
            confined_to=config.root,
            lang=Lang(entry.lang) if entry.lang else None,
        )
        for entry in config.settings.outputs
    ]


def _first_set(*values: int | None) -> int | None:
    return next((value for value in values if value is not None), None)


def split_entries(values: list[str] | None) -> tuple[str, ...] | None:
    """`--select ADM,JDW --select DOK` as ("ADM", "JDW", "DOK"); `None` when not given."""
    if values is None:
        return None
    return tuple(
        part.strip().upper() for value in values for part in value.split(",") if part.strip()
    )


def error_lang(paths: list[str], lang: Lang | None, config: Path | None) -> Lang:
    """The language to say a usage error in: `--lang`, else the first proposal's config's `lang`.

    An error can come before the settings are resolved (no proposal found, a
    bad flag): the config a run would read is then looked for from the first
    path, so the error speaks the language the config asks for. A config that
    cannot be read, or a tree's config the run would not trust, says nothing.
    """
    if lang is not None:
        return lang
    try:
        first = Path(paths[0]) if paths else Path.cwd()
        path = config or find_config(first if first.is_dir() else first.parent)
        if path is None or (config is None and foreign_config(path)):
            return Lang.ID
        loaded = load_config(path, known_ids=rule_ids(), trusted=config is not None)
    except (UsageError, OSError, ValueError):
        return Lang.ID
    written = loaded.settings.lang
    return Lang(written) if written else Lang.ID
