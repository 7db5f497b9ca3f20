"""Build findings from catalogue keys, so every stage words them the same way.

A message key `area.what` may have a fix text under `area.what.fix`; both are
worded in the reader's language when the finding is printed
(`i18n.render`), from the typed arguments the finding keeps.
"""

from __future__ import annotations

from collections.abc import Mapping

from kipp_check.models.criterion import FILE_GROUP
from kipp_check.models.phrase import Value, args_of
from kipp_check.models.results import DocPath, Finding, Severity, Span


def make_finding(
    rule_id: str,
    severity: Severity,
    key: str,
    /,
    *,
    file: str,
    path: DocPath = (),
    span: Span | None = None,
    group: str = FILE_GROUP,
    fields: Mapping[str, Value] | None = None,
    **args: Value,
) -> Finding:
    """A `Finding` of message `key` (and `key.fix` when the catalogue has one).

    The message's `{name}` fields come from `args`, or from `fields` when they
    are already gathered in a mapping.
    """
    return Finding(
        rule_id=rule_id,
        severity=severity,
        message_key=key,
        file=file,
        path=path,
        span=span,
        group=group,
        args=args_of({**(fields or {}), **args}),
    )


def format_path(path: DocPath) -> str:
    """Show a document path the way a user writes it: `proposal.ringkasan`, `inovator[0].nama`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
