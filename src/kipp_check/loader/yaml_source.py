"""Read a proposal's YAML safely, with the position of every key and value.

`parse_yaml` is the only way the rest of kipp-check reads YAML. It never
raises: whatever the bytes, the answer is data (or None) plus findings that
say, with a line and column, what is wrong and how to fix it. The stages, in
order, each stopping at a fatal problem:

1. raw checks: size, UTF-8, forbidden characters (`checks`);
2. an iterative pre-scan of YAML events: syntax, tags, anchors, aliases,
   documents, root type, depth, scalar length (`prescan`);
3. composing the node tree from those same events, then one walk that builds
   data and source map, resolves scalars conservatively and finds duplicate
   and non-text keys (`walk`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from kipp_check.loader.checks import LoadContext, decode_source, shown
from kipp_check.loader.prescan import prescan
from kipp_check.loader.resolver import EventComposer
from kipp_check.loader.source_map import SourceMap, mark_span
from kipp_check.loader.walk import TreeWalker
from kipp_check.models.reserved import YAML_FEATURE, YAML_SYNTAX
from kipp_check.models.results import Finding
from kipp_check.options import Limits

_PROBLEM_CHARS = 80
"""PyYAML's own explanation is quoted up to this length; it rarely holds user text."""


@dataclass(frozen=True)
class ParsedYaml:
    """The outcome of reading one YAML file.

    `data` is plain Python data (dict, list, str, int, float, bool, None,
    `datetime.date`), or None when a fatal problem is among `findings`. A
    duplicate key is not fatal: the last value is kept, as PyYAML does.
    """

    data: Any
    source_map: SourceMap
    findings: tuple[Finding, ...]


def parse_yaml(raw: bytes, *, file: str, limits: Limits, shipped: bool = False) -> ParsedYaml:
    """Read `raw` as a proposal's YAML; never raises, whatever the bytes.

    `shipped` is only for data that comes with kipp-check, such as the rule
    packs: it may be parsed by libyaml, which is faster (see `prescan`).

    Every exception that can escape PyYAML or Python on hostile input
    (`YAMLError`, `RecursionError`, `ValueError`, `OverflowError`,
    `UnicodeError`, and anything else) becomes a finding without a traceback.
    """
    ctx = LoadContext(file=file, limits=limits, shipped=shipped)
    walker = TreeWalker(ctx)
    data: Any = None
    try:
        data = _load(raw, ctx, walker)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or type(exc).__name__
        ctx.report(
            YAML_SYNTAX, "syntax", at=mark_span(mark), problem=shown(problem, _PROBLEM_CHARS)
        )
    except RecursionError:
        ctx.report(YAML_FEATURE, "too_complex")
    except Exception as exc:  # YAMLError, ValueError, OverflowError, UnicodeError, the rest
        ctx.report(YAML_SYNTAX, "unreadable", error=type(exc).__name__)
    return ParsedYaml(
        data=None if ctx.fatal else data,
        source_map=walker.source_map(),
        findings=tuple(ctx.findings),
    )


def _load(raw: bytes, ctx: LoadContext, walker: TreeWalker) -> Any:
    """Run the stages in order; None as soon as one of them found a fatal problem."""
    text = decode_source(raw, ctx)
    if text is None:
        return None
    events = prescan(text, ctx)
    if ctx.fatal:
        return None
    root = EventComposer(events).get_single_node()
    if root is None:
        return None
    return walker.walk(root)
