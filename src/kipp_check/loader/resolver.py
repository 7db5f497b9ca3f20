"""Our PyYAML classes (one loader, one composer) and how plain scalars become values.

PyYAML's default resolver follows YAML 1.1, where `NO` is false, `010` is 8
and `1:20` is 80 (hazards Y12 to Y16): a proposal's country code, phone number or
video length would silently change type. We resolve plain scalars with a
conservative, YAML-1.2-core-like schema instead, and remember what 1.1 would
have made of a value so a rule can warn that other tools read it differently.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import deque
from collections.abc import Callable
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import Event
from yaml.nodes import ScalarNode
from yaml.resolver import BaseResolver, Resolver

from kipp_check.loader.yaml_reader import QuickForward


class KippLoader(QuickForward, yaml.SafeLoader):
    """The only loader kipp-check uses: pure-Python, safe, and with no implicit typing.

    Pure Python on purpose: the C loader crashes on deep input and accepts
    tabs the pure one refuses (hazards Y7, Y24), so one loader everywhere
    means the same file gives the same result locally and in CI. It is only
    ever driven through `yaml.parse`: `EventComposer` builds the nodes and
    `resolve_plain` types scalars, so its constructor is never called. The
    empty implicit-resolver table keeps it typing-free even if it composed.
    """

    yaml_implicit_resolvers: dict[Any, Any] = {}  # noqa: RUF012 (PyYAML's own layout)


class EventComposer(Composer, BaseResolver):
    """Composes the node tree from the events `KippLoader` already produced.

    The pre-scan has to read every event before anything is composed; keeping
    those events and composing from them means the text is parsed once, not
    twice (pure-Python parsing of a 1 MiB file takes seconds). It has no
    reader, scanner, parser or constructor: it can only build nodes, and
    `BaseResolver` tags every plain scalar as text, like `KippLoader`.
    """

    def __init__(self, events: list[Event]) -> None:
        Composer.__init__(self)
        BaseResolver.__init__(self)
        self._events = deque(events)

    def check_event(self, *choices: type[Event]) -> bool:
        """Like `Parser.check_event`: is there a next event, of one of `choices` if given."""
        if not self._events:
            return False
        return not choices or isinstance(self._events[0], choices)

    def peek_event(self) -> Event:
        """The next event, left in place."""
        return self._events[0]

    def get_event(self) -> Event:
        """The next event, consumed."""
        return self._events.popleft()


class NumberOutOfRangeError(ValueError):
    """A plain scalar looks like a number but is too long or too big to be one (Y9)."""


_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

MAX_NUMBER_CHARS = 100
"""No budget or count in a proposal is this long; longer digit runs are hostile (Y9)."""

_YAML11_MAX_CHARS = 64
"""1.1 is only consulted for short scalars, so a base-60 bomb is never converted (Y8)."""

_YAML11_STR = "tag:yaml.org,2002:str"
_YAML11_RESOLVE: Callable[[type[ScalarNode], str, tuple[bool, bool]], str] = Resolver().resolve
_YAML11_CONSTRUCTOR = SafeConstructor()


def resolve_plain(text: str) -> Any:
    """Type an unquoted scalar: null, bool, int, float, date, or else text.

    Only the spellings of the YAML 1.2 core schema count: `yes`, `on`, `010`,
    `0x1F`, `1_000`, `1:20` and `.inf` stay text. A `YYYY-MM-DD` that is no
    real date (2024-02-30) also stays text, so the model can report it at
    its line instead of PyYAML raising a `ValueError` without one (Y10).
    Raises `NumberOutOfRangeError` for a number too long or too big.
    """
    if text in _NULLS:
        return None
    if text in _BOOLS:
        return _BOOLS[text]
    if _INT.fullmatch(text):
        if len(text) > MAX_NUMBER_CHARS:
            raise NumberOutOfRangeError(text)
        return int(text)
    if _FLOAT.fullmatch(text):
        number = float(text) if len(text) <= MAX_NUMBER_CHARS else math.inf
        if not math.isfinite(number):
            raise NumberOutOfRangeError(text)
        return number
    if _DATE.fullmatch(text):
        try:
            return dt.date(int(text[:4]), int(text[5:7]), int(text[8:]))
        except ValueError:
            return text
    return text


def yaml11_reading(text: str, value: Any) -> str | None:
    """What YAML 1.1 would make of a plain scalar we kept as text, or None.

    Only a text value can be read differently in a way worth a hint: every
    null, bool, int, float or date our schema produces means the same in 1.1.
    The answer is language-neutral ("false", "8", "80.5", "2024-01-02
    10:00:00") so a rule can put it in any message. Scalars 1.1 would also
    keep as text, or could not convert at all (an invalid date), give None.
    """
    if not isinstance(value, str) or len(text) > _YAML11_MAX_CHARS:
        return None
    tag = _YAML11_RESOLVE(ScalarNode, text, (True, False))
    if tag == _YAML11_STR:
        return None
    node = ScalarNode(tag, text)
    try:
        if tag.endswith(":bool"):
            return "true" if _YAML11_CONSTRUCTOR.construct_yaml_bool(node) else "false"
        if tag.endswith(":null"):
            return "null"
        if tag.endswith(":int"):
            return str(_YAML11_CONSTRUCTOR.construct_yaml_int(node))
        if tag.endswith(":float"):
            return repr(_YAML11_CONSTRUCTOR.construct_yaml_float(node))
        if tag.endswith(":timestamp"):
            return str(_YAML11_CONSTRUCTOR.construct_yaml_timestamp(node))
    except (ValueError, OverflowError, yaml.YAMLError):
        return None
    return None
