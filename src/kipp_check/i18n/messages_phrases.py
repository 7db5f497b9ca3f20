"""Messages that join other words: a question with its part, a sentence with its notes.

Used where a value below the CLI used to be built as a string in the report's
language and is now a `Phrase` worded when it is printed (`i18n.render`).
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "phrase.with_part": M("{label} ({part})", "{label} ({part})"),
    "phrase.noted": M("{text} ({notes})", "{text} ({notes})"),
    "phrase.text": M("{text}", "{text}"),
    "phrase.more": M("{text} {more}", "{text} {more}"),
    "phrase.choices": M("{items} {word} {last}", "{items} {word} {last}"),
}
