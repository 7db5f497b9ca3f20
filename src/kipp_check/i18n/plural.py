"""Number agreement in English templates: `{errors:error|errors}` reads "1 error", "2 errors".

Indonesian nouns do not change with number ("1 galat", "2 galat"), so only
English templates use the form, and only where a count can be 1; a template
without a `|` is filled by `str.format` as always. The count and its noun
come out together, so a translator writes the noun once per form.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any


class _NumberFormatter(string.Formatter):
    """`str.format`, plus the `{count:one|many}` field: the count, a space, the noun that fits."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" not in format_spec:
            return str(super().format_field(value, format_spec))
        one, many = format_spec.split("|", 1)
        return f"{value} {one if str(value) == '1' else many}"


_FORMATTER = _NumberFormatter()


def fill(template: str, args: Mapping[str, object]) -> str:
    """`template` with its fields filled from `args`, nouns agreeing with their counts."""
    if "|" not in template:
        return template.format(**args)
    return _FORMATTER.vformat(template, (), args)
