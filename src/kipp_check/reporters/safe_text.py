"""Make untrusted text safe to print: no terminal escapes, no hidden characters.

Text from the YAML or a PDF may hold ESC sequences (which a terminal would
execute), bidi overrides or zero-width characters (which hide what is really
written). Each is shown as a visible `<U+XXXX>` instead (hazards R2, R3).
Rich markup is never parsed from such text: reporters build `rich.text.Text`.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)


def safe(value: str) -> str:
    """`value` with every control, bidi or invisible character made visible."""
    return _UNSAFE.sub(lambda m: f"<U+{ord(m.group()):04X}>", value)


def one_line(value: str, limit: int = 200) -> str:
    """`safe(value)` on one line, cut to `limit` characters."""
    flat = " ".join(safe(value).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
