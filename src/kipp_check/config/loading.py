"""The repository config, `.kipp-check.yaml`: pack, rule choice, severities, outputs, waivers.

A coordinator keeps one file at the top of the proposals repository::

    pack: kipp-2025                 # or a local pack file, relative to this file
    lang: id
    fail_on: error
    max_warnings: 20
    select: [ADM, JDW, DOK]         # rule IDs or prefixes; empty = every rule
    ignore: [ADM006]
    severity: {VID: warning}        # per rule ID or prefix
    outputs:
      - {format: sarif, file: hasil/kipp-check.sarif}
    waivers:
      - {rule: ADM006, proposal: dinkes/*, key: judul, until: 2025-06-01,
         reason: "...", by: "..."}
    limits:                         # optional; defaults in `options.Limits`
      max_yaml_depth: 32
      pdf_seconds: 10

The file is found by walking up from each proposal's folder, stopping at the
repository root (a folder holding `.git`); `--config FILE` names one for the
whole run instead. Flags on the command line win over the file.

Provenance is part of the loaded config (`LoadedConfig.trusted`): the file the
operator names with `--config` is trusted like the command line; a file found
in the checked tree is not (it may come from a pull request). A tree's file
is read only through links that stay inside its repository root, may tighten
`limits:` but never loosen them, may name a local pack and `outputs[].file`
only inside that root (judged when written, `kipp_check.trust.outputs`). The file is
read with the proposal's safe YAML loader and validated strictly (the models
are in `kipp_check.config.model`): any problem is a usage error (exit code 2)
at its line, with how to fix it.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING

from pydantic import ValidationError

from kipp_check.errors import UsageError
from kipp_check.loader.regular_file import OPEN_FLAGS
from kipp_check.loader.schema_errors import schema_findings
from kipp_check.loader.source_map import SourceMap
from kipp_check.loader.yaml_source import parse_yaml
from kipp_check.models.phrase import Phrase
from kipp_check.models.reserved import RESERVED_PREFIX
from kipp_check.models.results import Finding, Severity, location
from kipp_check.options import Limits
from kipp_check.pipeline.policy import RulePolicy, unknown_entries
from kipp_check.pipeline.waivers import Waiver, parse_doc_path
from kipp_check.trust.root import PathRefused, confine, repository_root, shown_path

if TYPE_CHECKING:  # the models are built only when a file is read (see `_load`)
    from kipp_check.config.model import Config

CONFIG_NAME = ".kipp-check.yaml"


@dataclass(frozen=True)
class LoadedConfig:
    """A config file after reading: its settings, where it lives, where each entry is written."""

    display: str
    folder: Path
    """The absolute folder of the file; relative paths in it start here."""
    settings: Config
    source_map: SourceMap
    trusted: bool = False
    """Named by the operator (`--config`); `False` for a file found in the checked tree."""
    root: Path | None = None
    """A tree's file: the repository root it may read and write in (`None` when trusted)."""

    def policy(self, select: tuple[str, ...] | None, ignore: tuple[str, ...] | None) -> RulePolicy:
        """The rule policy, with the command line's lists in place of the file's when given."""
        settings = self.settings
        severities = tuple(
            (key.upper(), Severity(value)) for key, value in settings.severity.items()
        )
        return RulePolicy(
            select=select if select is not None else tuple(e.upper() for e in settings.select),
            ignore=ignore if ignore is not None else tuple(e.upper() for e in settings.ignore),
            severities=severities,
        )

    def pack_ref(self) -> str | None:
        """The `pack:` entry, a local pack file made absolute from the config's folder.

        A tree's file may name only a pack inside its repository root.
        """
        ref = self.settings.pack
        if ref is None or not _is_path(ref):
            return ref
        path = self.folder / ref
        if self.root is not None:
            where = _where(self, ("pack",))
            absolute = Path(ref).is_absolute() or bool(PureWindowsPath(ref).drive)
            if absolute or not _inside_lexically(path, self.root):
                raise PathRefused("trust.config_pack_outside", where=where, root=_shown(self.root))
            confine(path, self.root, shown=f"{where}: {shown_path(ref)}")
        return str(path)

    def waivers_for(self, proposal: Path) -> tuple[Waiver, ...]:
        """The config's waivers that cover the proposal at `proposal`."""
        relative = _relative_to(proposal.resolve(), self.folder)
        found: list[Waiver] = []
        for index, entry in enumerate(self.settings.waivers):
            if entry.proposal and not _matches(relative, entry.proposal):
                continue
            line = self.source_map.lookup(("waivers", index)).line
            key = parse_doc_path(entry.key) if entry.key else None
            found.append(
                Waiver(
                    entry.rule.upper(),
                    entry.reason,
                    entry.by,
                    entry.until,
                    key,
                    f"{self.display}:{line}",
                    inline=False,
                )
            )
        return tuple(found)

    def limits(self, base: Limits) -> Limits:
        """`base` with the values the file's `limits:` sets in their place."""
        return replace(base, **self.settings.limits.model_dump(exclude_none=True))

    def output_path(self, written: str) -> Path:
        """An `outputs[].file`, from the config's folder (a tree's file: judged when written)."""
        absolute = Path(written).is_absolute() or bool(PureWindowsPath(written).drive)
        if self.root is not None and absolute:
            index = next(i for i, o in enumerate(self.settings.outputs) if o.file == written)
            where = _where(self, ("outputs", index, "file"))
            raise PathRefused("trust.config_output_absolute", where=where, path=shown_path(written))
        return self.folder / written


def find_config(folder: Path) -> Path | None:
    """The nearest `.kipp-check.yaml` at or above `folder`, not above the repository root."""
    return _find_in(folder.resolve())


@cache
def _find_in(folder: Path) -> Path | None:
    candidate = folder / CONFIG_NAME
    if candidate.is_file():
        return candidate
    if (folder / ".git").exists() or folder.parent == folder:
        return None
    return _find_in(folder.parent)


def load_config(path: Path, *, known_ids: tuple[str, ...], trusted: bool = False) -> LoadedConfig:
    """Read and validate the config at `path`; every problem is a `UsageError` at its line.

    `trusted` is for the operator's `--config`; a file found in the tree is
    judged first by its real path (`kipp_check.trust`), then held to what a
    tree's file may do.
    """
    display = path.as_posix() if not path.is_absolute() else _shown(path)
    top = repository_root(path)  # the operator's file too: a link in a tree is the tree's
    confine(path, top, shown=shown_path(display))
    return _load(path.resolve(), display, known_ids, None if trusted else top)


@cache
def _load(path: Path, display: str, known_ids: tuple[str, ...], root: Path | None) -> LoadedConfig:
    from kipp_check.config.model import Config  # lazy: most runs have no config file

    try:
        with os.fdopen(os.open(path, OPEN_FLAGS), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise IsADirectoryError(path)
            raw = handle.read(Limits().max_yaml_bytes + 1)
    except OSError as exc:
        detail = Phrase.of("config.unreadable", file=display, reason=type(exc).__name__)
        raise UsageError(detail) from exc
    parsed = parse_yaml(raw, file=display, limits=Limits())
    problems = [f for f in parsed.findings if f.severity is Severity.ERROR]
    if problems or not isinstance(parsed.data, dict):
        if not problems:
            raise UsageError(Phrase.of("config.not_mapping", file=display))
        raise _first_problem(problems)
    try:
        settings = Config.model_validate(parsed.data)
    except ValidationError as error:
        found = schema_findings(
            error,
            model=Config,
            data=parsed.data,
            source_map=parsed.source_map,
            file=display,
            limit=50,
        )
        raise _first_problem(found) from None
    loaded = LoadedConfig(
        display, path.parent, settings, parsed.source_map, trusted=root is None, root=root
    )
    _check_rule_ids(loaded, known_ids)
    if root is not None:
        _check_tightened(loaded)
    return loaded


def _check_tightened(loaded: LoadedConfig) -> None:
    """A tree's file may lower a limit, never raise it: a pull request must not disarm the caps."""
    defaults = Limits()
    written = loaded.settings.limits.model_dump(exclude_none=True)
    in_file_order = sorted(written, key=lambda k: loaded.source_map.lookup(("limits", k)).line)
    for key in in_file_order:
        value = written[key]
        default = getattr(defaults, key)
        if value > default:
            raise PathRefused(
                "trust.config_limit_loosened",
                where=_where(loaded, ("limits", key)),
                key=key,
                value=str(value),
                default=str(default),
            )


def _check_rule_ids(loaded: LoadedConfig, known_ids: tuple[str, ...]) -> None:
    """Every rule ID or prefix the file names must match a rule; `KC` cannot be turned off."""
    settings = loaded.settings
    lists: list[tuple[tuple[str | int, ...], str, bool]] = [
        *((("select", i), e, False) for i, e in enumerate(settings.select)),
        *((("ignore", i), e, True) for i, e in enumerate(settings.ignore)),
        *((("severity", k), k, True) for k in settings.severity),
        *((("waivers", i, "rule"), w.rule, True) for i, w in enumerate(settings.waivers)),
    ]
    for path, entry, reserved_forbidden in lists:
        where = _where(loaded, path)
        if reserved_forbidden and entry.upper().startswith(RESERVED_PREFIX):
            raise UsageError(Phrase.of("config.reserved_rule", entry=entry), where=where)
        exact = path[0] == "waivers"  # a waiver names one rule, never a prefix
        if unknown_entries((entry.upper(),), known_ids) or (
            exact and entry.upper() not in known_ids
        ):
            raise UsageError(Phrase.of("config.unknown_rule", entry=entry), where=where)
    for index, waiver in enumerate(settings.waivers):
        if waiver.key and parse_doc_path(waiver.key) is None:
            where = _where(loaded, ("waivers", index, "key"))
            raise UsageError(Phrase.of("config.bad_key", key=waiver.key), where=where)


def _where(loaded: LoadedConfig, path: tuple[str | int, ...]) -> str:
    span = loaded.source_map.key_span(path) or loaded.source_map.lookup(path)
    return location(loaded.display, span)


def _first_problem(findings: list[Finding]) -> UsageError:
    """The earliest problem of the file, as one usage error with its fix and a count of the rest.

    A schema finding whose generic fix speaks of the proposal gets the config's instead.
    """
    ordered = sorted(findings, key=Finding.sort_key)
    first = ordered[0]
    more = Phrase.of("config.more_problems", count=len(ordered) - 1) if len(ordered) > 1 else ""
    error = UsageError.from_finding(first, where=first.where, more=more)
    if first.message_key in ("schema.other", "schema.missing"):
        error.fix = Phrase("config.fix")
    return error


def _is_path(ref: str) -> bool:
    return ref.lower().endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref


def _inside_lexically(path: Path, root: Path) -> bool:
    normal = Path(os.path.normpath(os.path.abspath(path)))
    top = Path(os.path.abspath(root))
    return normal == top or top in normal.parents


def _relative_to(path: Path, folder: Path) -> str:
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return path.as_posix()


def _matches(relative: str, pattern: str) -> bool:
    """`pattern` names the proposal file or one of its folders (`*` also spans `/`)."""
    pattern = pattern.strip("/")
    parts = relative.split("/")
    candidates = ["/".join(parts[:end]) for end in range(1, len(parts) + 1)]
    return any(fnmatch.fnmatchcase(candidate, pattern) for candidate in candidates)


def _shown(path: Path) -> str:
    """An absolute path shown relative to the working directory when it is below it."""
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()
