"""Build findings from catalogue keys, so every stage words them the same way.

A message key `area.what` may have a fix text under `area.what.fix`; both are
rendered in the report's language when the finding is made.
"""

from __future__ import annotations

from collections.abc import Mapping

from kipp_check.i18n import Lang, has, text
from kipp_check.models.criterion import FILE_GROUP
from kipp_check.models.results import DocPath, Finding, Severity, Span


def make_finding(
    rule_id: str,
    severity: Severity,
    key: str,
    /,
    *,
    lang: Lang,
    file: str,
    path: DocPath = (),
    span: Span | None = None,
    group: str = FILE_GROUP,
    fields: Mapping[str, object] | None = None,
    **args: object,
) -> Finding:
    """Render `key` (and `key.fix` when the catalogue has one) into a `Finding`.

    The message's `{name}` fields come from `args`, or from `fields` when they
    are already gathered in a mapping.
    """
    args = {**(fields or {}), **args}
    fix_key = f"{key}.fix"
    return Finding(
        rule_id=rule_id,
        severity=severity,
        message=text(key, lang, **args),
        fix=text(fix_key, lang, **args) if has(fix_key) else "",
        file=file,
        path=path,
        span=span,
        group=group,
        message_key=key,
    )


def format_path(path: DocPath) -> str:
    """Show a document path the way a user writes it: `proposal.ringkasan`, `inovator[0].nama`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
