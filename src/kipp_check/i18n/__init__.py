"""The message catalogue: every user-facing sentence, in Indonesian and English.

One catalogue, looked up by key, so no sentence is translated twice in code.
It is split into one module per area only so that each area's messages stay
beside each other. The areas are read on demand, in `_AREAS` order, until the
key asked for is found: `kipp-check --help` reads the first four, a check reads
the rest as its messages are needed. `CATALOGUE` is every area merged; a key
defined in two areas is refused as soon as the second one is read (the tests
read them all).
"""

from __future__ import annotations

import importlib
from enum import Enum

from kipp_check.i18n.message import Message
from kipp_check.i18n.plural import fill


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
    "messages_titles",
    "messages_admin",
    "messages_content",
    "messages_core",
    "messages_editions",
    "messages_migrate",
    "messages_loader",
    "messages_pdf",
    "messages_rules",
    "messages_schema",
    "messages_report",
    "messages_fields",
    "messages_form",
    "messages_hints",
    "messages_ci",
    "messages_html",
    "messages_trust",
    "messages_untrusted_ci",
    "messages_report_checks",
    "messages_phrases",
    # The rules' documentation last: only `kipp-check rules` and `explain` read it.
    "messages_ruledocs_admin",
    "messages_ruledocs_evidence",
    "messages_ruledocs_content",
    "messages_ruledocs_untrusted",
    "messages_ruledocs_letters",
)
"""The modules of `kipp_check.i18n` that hold a `MESSAGES` table, in reading order."""

_read: dict[str, Message] = {}
_unread: list[str] = list(_AREAS)


def _read_next_area() -> None:
    module = importlib.import_module(f"{__name__}.{_unread.pop(0)}")
    for key, message in module.MESSAGES.items():
        if key in _read:
            raise RuntimeError(f"message key defined twice: {key}")
        _read[key] = message


def _find(key: str) -> Message | None:
    """The message `key`, reading further areas until it is found or none is left."""
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


def __getattr__(name: str) -> dict[str, Message]:
    """`CATALOGUE`: every area read and merged, key → message."""
    if name != "CATALOGUE":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    while _unread:
        _read_next_area()
    return _read
