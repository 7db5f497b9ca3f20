"""Make untrusted text safe to print: no terminal escapes, no hidden characters, in text or JSON.

Text from the YAML or a PDF may hold ESC sequences (which a terminal would
execute), bidi overrides or zero-width characters (which hide what is really
written). Each is shown as a visible `<U+202E>` (its code point) instead (hazards R2, R3).
Rich markup is never parsed from such text: reporters build `rich.text.Text`.
"""

from __future__ import annotations

import json
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


# JSON leaves DEL, C1 controls, bidi and zero-width characters and lone surrogates raw when
# `ensure_ascii` is off; written as `\u202e`-style escapes they parse back to the same string, yet a
# terminal showing the file (`cat report.json`, a CI log) cannot act on them.
_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)


def json_dumps(data: object, *, indent: int = 2, sort_keys: bool = True) -> str:
    """`data` as readable UTF-8 JSON with a final newline, every unsafe character escaped."""
    dumped = json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=sort_keys)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped) + "\n"
