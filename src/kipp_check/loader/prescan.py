"""A first pass over YAML events that refuses what a proposal never needs.

Composing a node tree recurses once per nesting level and follows aliases,
so hostile input must be stopped before it is composed: 10 000 nested `[`
overflow the stack (Y6, Y7), nine lines of aliases expand to billions of
nodes (Y4), `a: &a [*a]` builds a cycle (Y5). The event stream is produced
iteratively, so walking it is safe for any nesting; this module does so and
reports tags, anchors, aliases, extra documents, a root that is not a
mapping, too deep nesting and too long scalars, all with their line.

Policy (documented for users in the messages' fix texts):
- every explicit tag is refused, even `!!str`: quoting is the one way to
  force text, and tags are where code execution and custom types come in
  (Y1 to Y3);
- anchors and aliases are refused outright, which removes alias bombs and
  cycles without any expansion budget (Y4, Y5, Y21).
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    Event,
    NodeEvent,
    ScalarEvent,
    SequenceStartEvent,
)

from kipp_check.loader.checks import LoadContext, shown
from kipp_check.loader.resolver import KippLoader
from kipp_check.loader.source_map import mark_span
from kipp_check.models.reserved import FILE_UNREADABLE, YAML_FEATURE

_CORE_PREFIX = "tag:yaml.org,2002:"
_SHIPPED_PARSER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(
    yaml, "CSafeLoader", KippLoader
)
"""libyaml's parser for the rule packs we ship; the pure-Python one where PyYAML lacks it."""


@dataclass
class _State:
    """Where the scan is: nesting depth, documents seen, and whether the root is next."""

    depth: int = 0
    documents: int = 0
    root_next: bool = False


def prescan(text: str, ctx: LoadContext) -> list[Event]:
    """Report every unsupported construct in `text`; return its events for composing.

    The events are kept only while nothing fatal has been found (the caller
    composes nothing otherwise); the scan stops early at too deep nesting.

    `yaml.parse` is a generator that disposes of its parser when closed,
    which CPython does as soon as the loop is left. Syntax errors propagate
    as `yaml.YAMLError` for the caller to report. An empty stream (nothing
    but comments) is reported as an empty file.

    `ctx.shipped` marks data that comes with kipp-check (the rule packs), never
    a user's file: it is parsed by libyaml when PyYAML has it, about 20 times
    faster. libyaml differs from the pure-Python parser only on inputs our
    files do not contain (hazards Y7, Y24), and a test compares both parsers
    on every shipped pack.
    """
    state = _State()
    events: list[Event] = []
    parser = _SHIPPED_PARSER if ctx.shipped else KippLoader
    for event in yaml.parse(text, Loader=parser):
        if isinstance(event, ScalarEvent) and event.style == "":
            event.style = None  # libyaml's "plain"; the pure-Python parser's is None
        if _stop_after(event, state, ctx):
            break
        if not ctx.fatal:
            events.append(event)
    if state.documents == 0:
        ctx.report(FILE_UNREADABLE, "empty")
    return events


def _stop_after(event: Event, state: _State, ctx: LoadContext) -> bool:
    """Check one event; True when nesting is too deep to go on."""
    if isinstance(event, DocumentStartEvent):
        state.documents += 1
        state.root_next = state.documents == 1
        if state.documents == 2:
            ctx.report(YAML_FEATURE, "multi_document", at=mark_span(event.start_mark))
        return False
    if isinstance(event, NodeEvent):
        if state.root_next:
            state.root_next = False
            _check_root(event, ctx)
        _check_node(event, ctx)
    if isinstance(event, CollectionStartEvent):
        state.depth += 1
        if state.depth > ctx.limits.max_yaml_depth:
            at = mark_span(event.start_mark)
            ctx.report(YAML_FEATURE, "too_deep", at=at, limit=ctx.limits.max_yaml_depth)
            return True
    elif isinstance(event, CollectionEndEvent):
        state.depth -= 1
    return False


def _check_root(event: NodeEvent, ctx: LoadContext) -> None:
    """The document must be a mapping; a bare `---` counts as an empty file."""
    at = mark_span(event.start_mark)
    if isinstance(event, SequenceStartEvent):
        ctx.report(YAML_FEATURE, "root_list", at=at)
    elif isinstance(event, ScalarEvent):
        if event.value == "" and event.style is None and event.tag is None:
            ctx.report(FILE_UNREADABLE, "empty")
        else:
            ctx.report(YAML_FEATURE, "root_scalar", at=at, value=shown(event.value))


def _check_node(event: NodeEvent, ctx: LoadContext) -> None:
    """Refuse tags, anchors, aliases and over-long scalars on one node."""
    at = mark_span(event.start_mark)
    if isinstance(event, AliasEvent):
        ctx.report(YAML_FEATURE, "alias", at=at, name=shown(event.anchor or ""))
        return
    if event.anchor is not None:
        ctx.report(YAML_FEATURE, "anchor", at=at, name=shown(event.anchor))
    tag = event.tag if isinstance(event, (ScalarEvent, CollectionStartEvent)) else None
    if tag is not None:
        short = "!!" + tag[len(_CORE_PREFIX) :] if tag.startswith(_CORE_PREFIX) else tag
        ctx.report(YAML_FEATURE, "tag", at=at, tag=shown(short))
    if isinstance(event, ScalarEvent) and len(event.value) > ctx.limits.max_scalar_chars:
        ctx.report(
            YAML_FEATURE,
            "scalar_too_long",
            at=at,
            length=len(event.value),
            limit=ctx.limits.max_scalar_chars,
        )
