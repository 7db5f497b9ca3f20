"""PyYAML's pure-Python reader, moving over a run of ordinary characters in one step.

The pure-Python parser is kept on purpose for the user's files (hazards Y7,
Y24: one loader, the same result everywhere), and most of its time in a
proposal goes to `Reader.forward`, which walks every character of a block
scalar one at a time only to count lines and columns (issue 17: about a fifth
of parsing the example's long answers). A run with no line break, carriage
return or byte-order mark moves the column by its length and nothing else,
so it is moved in one step; anything else takes PyYAML's own walk. The marks,
and so every line and column a finding names, are the same.
"""

from __future__ import annotations

import re

import yaml.reader

_NOT_ORDINARY = re.compile("[\n\r\x85\u2028\u2029\ufeff]")
"""What PyYAML's `forward` treats otherwise than as one more column."""


class QuickForward(yaml.reader.Reader):
    """`Reader.forward` with a fast path for ordinary runs; the same state after every call."""

    def forward(self, length: int = 1) -> None:
        """Move `length` characters on, as `Reader.forward` does."""
        if length > 1:
            if self.pointer + length + 1 >= len(self.buffer):
                self.update(length + 1)
            end = self.pointer + length
            if (
                end <= len(self.buffer)
                and _NOT_ORDINARY.search(self.buffer, self.pointer, end) is None
            ):
                self.pointer = end
                self.index += length
                self.column += length
                return
        super().forward(length)
