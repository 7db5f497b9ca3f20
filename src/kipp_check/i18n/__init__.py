"""The message catalogue: every user-facing sentence, in Indonesian and English.

One catalogue, looked up by key, so no sentence is translated twice in code.
It is split into one module per area only so that each area's messages stay
beside each other; `CATALOGUE` merges them and refuses a key defined twice.
"""

from __future__ import annotations

from enum import Enum

from kipp_check.i18n import (
    messages_admin,
    messages_ci,
    messages_content,
    messages_core,
    messages_explain,
    messages_export,
    messages_fields,
    messages_help,
    messages_hints,
    messages_html,
    messages_loader,
    messages_pdf,
    messages_report,
    messages_ruledocs_admin,
    messages_ruledocs_content,
    messages_ruledocs_evidence,
    messages_rules,
    messages_schema,
    messages_titles,
)
from kipp_check.i18n.message import Message


class Lang(str, Enum):
    """The languages of the report; Indonesian is the default."""

    ID = "id"
    EN = "en"


def _merge() -> dict[str, Message]:
    merged: dict[str, Message] = {}
    for module in (
        messages_titles,
        messages_admin,
        messages_content,
        messages_core,
        messages_loader,
        messages_pdf,
        messages_rules,
        messages_schema,
        messages_report,
        messages_fields,
        messages_help,
        messages_hints,
        messages_explain,
        messages_ruledocs_admin,
        messages_ruledocs_evidence,
        messages_ruledocs_content,
        messages_export,
        messages_ci,
        messages_html,
    ):
        for key, message in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"message key defined twice: {key}")
            merged[key] = message
    return merged


CATALOGUE: dict[str, Message] = _merge()


def text(key: str, lang: Lang | str, /, **args: object) -> str:
    """Return the message `key` in `lang`, with `{name}` fields filled from `args`.

    A missing key is a programming error and raises `KeyError`; a test walks
    every key so that never reaches a user.
    """
    message = CATALOGUE[key]
    template = message.en if Lang(lang) is Lang.EN else message.id
    return template.format(**args)


def has(key: str) -> bool:
    """Whether the catalogue has `key` (used for optional fix texts)."""
    return key in CATALOGUE
