"""`safe_text`: what reaches a terminal is inert, in text and JSON, and JSON parses back."""

from __future__ import annotations

import json

from kipp_check.reporters.safe_text import json_dumps, one_line, safe

HOSTILE = "a\x1b]0;x\x07b\x7fc\x9bd\u202ee\u200bf\ud800g"


def test_safe_makes_every_control_and_hidden_character_visible() -> None:
    shown = safe(HOSTILE)
    for code in ("001B", "0007", "007F", "009B", "202E", "200B", "D800"):
        assert f"<U+{code}>" in shown
    assert one_line("x\ny " * 100, limit=20).endswith("…")


def test_json_escapes_what_a_terminal_would_act_on_and_keeps_the_data() -> None:
    dumped = json_dumps({"judul": HOSTILE, "kunci\x7f": "Café ★"})
    assert all(ch not in dumped for ch in "\x1b\x07\x7f\x9b\u202e\u200b\ud800")
    assert "Café ★" in dumped  # ordinary non-ASCII text stays readable
    assert json.loads(dumped) == {"judul": HOSTILE, "kunci\x7f": "Café ★"}
    assert dumped.endswith("}\n")
