"""The message catalogue: every user-facing sentence, in Indonesian and English.

One catalogue, looked up by key, so no sentence is translated twice in code.
A rule's words live with its criterion, in `i18n/rules/<criterion>`; a key of
a rule is routed there by its prefix (`_RULE_KEYS`, `_CRITERIA`), so asking
for `vid.link.missing` reads the video module and nothing else. The other
messages are split into one module per area so that each area's messages stay
beside each other; those areas are read on demand, in `_AREAS` order, until
the key asked for is found: `kipp-check --help` reads the first four, a check
reads the rest as its messages are needed. `CATALOGUE` is everything merged;
a key defined twice is refused as soon as the second one is read (the tests
read them all).
"""

from __future__ import annotations

import importlib
from enum import Enum
from typing import TYPE_CHECKING

from kipp_check.i18n.message import Message
from kipp_check.i18n.plural import fill

if TYPE_CHECKING:
    from kipp_check.i18n.rules import Docs


class Lang(str, Enum):
    """The languages of the report; Indonesian is the default."""

    ID = "id"
    EN = "en"


_AREAS: tuple[str, ...] = (
    # The help of the commands first: `kipp-check --help` needs no other area.
    "messages_help",
    "messages_cli",
    "messages_explain",
    "messages_export",
    "messages_core",
    "messages_editions",
    "messages_migrate",
    "messages_loader",
    "messages_pdf",
    "messages_schema",
    "messages_report",
    "messages_fields",
    "messages_form",
    "messages_ci",
    "messages_html",
    "messages_trust",
    "messages_phrases",
    "messages_untrusted_ci",
)
"""The modules of `kipp_check.i18n` that hold a `MESSAGES` table, in reading order."""

_CRITERIA: dict[str, str] = {
    "ADM": "admin",
    "JDW": "schedule",
    "DOK": "documents",
    "DD": "supporting_data",
    "ASP": "aspects",
    "KRI": "innovation",
    "VID": "video",
}
"""A rule ID's prefix → the module of `kipp_check.i18n.rules` with its words."""

_RULE_KEYS: dict[str, tuple[str, ...]] = {
    "adm": ("admin", "aspects"),  # ASP001 asks for the form's identity fields as `adm.identity`
    "jdw": ("schedule",),
    "dok": ("documents",),
    "dd": ("supporting_data",),
    "asp": ("aspects",),
    "kri": ("innovation",),
    "vid": ("video",),
    # Older keys not named for their criterion (they are in the JSON output: kept).
    "active": ("documents",),
    "cross": ("admin", "documents"),
    "hint": ("innovation", "aspects"),
}
"""A finding key's first word → the criterion modules that may hold it, in reading order."""

_read: dict[str, Message] = {}
_unread: list[str] = list(_AREAS)
_docs: dict[str, Docs] = {}
_unread_criteria: set[str] = set(_CRITERIA.values())


def _merge(key: str, message: Message) -> None:
    if key in _read:
        raise RuntimeError(f"message key defined twice: {key}")
    _read[key] = message


def _read_next_area() -> None:
    module = importlib.import_module(f"{__name__}.{_unread.pop(0)}")
    for key, message in module.MESSAGES.items():
        _merge(key, message)


def _read_criterion(name: str) -> None:
    """Read the words of one criterion's rules (`i18n/rules/<name>`), once."""
    if name not in _unread_criteria:
        return
    _unread_criteria.discard(name)
    module = importlib.import_module(f"{__name__}.rules.{name}")
    for rule_id, words in module.RULES.items():
        _merge(f"rule.{rule_id}", words.title)
        for key, message in words.messages.items():
            _merge(key, message)
        _docs[rule_id] = words.docs


def _criterion_of(rule_id: str) -> str | None:
    """The words module of rule `rule_id` (`ADM003` → `admin`), or None for no rule's ID."""
    return _CRITERIA.get(rule_id.rstrip("0123456789"))


def _owners(key: str) -> tuple[str, ...] | None:
    """The criterion modules that hold `key`, or None for a key of an area (not a rule's)."""
    head, _, rest = key.partition(".")
    if head != "rule":
        return _RULE_KEYS.get(head)
    criterion = _criterion_of(rest)
    return (criterion,) if criterion else None


def _find(key: str) -> Message | None:
    """The message `key`: from its criterion's module, else reading areas until it is found."""
    routed = _owners(key)
    if routed is not None:
        for name in routed:
            if key in _read:
                break
            _read_criterion(name)
        return _read.get(key)
    while key not in _read and _unread:
        _read_next_area()
    return _read.get(key)


def text(key: str, lang: Lang | str, /, **args: object) -> str:
    """Return the message `key` in `lang`, with `{name}` fields filled from `args`.

    English nouns agree with their counts where a template says how
    (`{count:file|files}`, see `plural.py`).

    A missing key is a programming error and raises `KeyError`; a test walks
    every key so that never reaches a user.
    """
    message = _find(key)
    if message is None:
        raise KeyError(key)
    template = message.en if Lang(lang) is Lang.EN else message.id
    return fill(template, args)


def has(key: str) -> bool:
    """Whether the catalogue has `key` (used for optional fix texts)."""
    return _find(key) is not None


def translated_docs(rule_id: str) -> Docs:
    """The Indonesian of rule `rule_id`'s docstring; `KeyError` when it has none."""
    criterion = _criterion_of(rule_id)
    if criterion is None:
        raise KeyError(rule_id)
    _read_criterion(criterion)
    return _docs[rule_id]


def __getattr__(name: str) -> dict[str, Message]:
    """`CATALOGUE`: every area and every criterion read and merged, key → message."""
    if name != "CATALOGUE":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    while _unread:
        _read_next_area()
    for criterion in sorted(_unread_criteria):
        _read_criterion(criterion)
    return _read
