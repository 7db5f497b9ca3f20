"""Constrained scalar types for the proposal: text without hidden characters, ISO dates.

Hidden characters (controls, bidi overrides, zero-width spaces, lone
surrogates) are refused at validation, so nothing invisible reaches SINOVIK or
the report (hazards Y23, R2–R4).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, StringConstraints
from pydantic_core import PydanticCustomError

_HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def _refuse_hidden(value: str) -> str:
    found = _HIDDEN.search(value)
    if found:
        raise PydanticCustomError(
            "hidden_character",
            "hidden character {codepoint}",
            {"codepoint": f"U+{ord(found.group()):04X}"},
        )
    return value


def _iso_date(value: object) -> object:
    """Accept a YAML date or a quoted `YYYY-MM-DD`, and nothing else.

    Pydantic alone would also take a Unix timestamp (`1748736000`), a date and
    time, or (through `date.fromisoformat`) an ISO week date such as
    `2025-W21-3`: each reads as a date the writer did not mean (issue 12).
    """
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise PydanticCustomError(
                "date_invalid", "no such date {value}", {"value": value}
            ) from exc
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise PydanticCustomError("date_type", "not a YYYY-MM-DD date")


def _number_as_text(value: object) -> object:
    """A bare number where text is expected (`resolusi: 720`) is taken as its digits."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


Text = Annotated[str, StringConstraints(max_length=100_000), AfterValidator(_refuse_hidden)]
"""Free text such as an aspect of the proposal."""

ShortText = Annotated[str, StringConstraints(max_length=500), AfterValidator(_refuse_hidden)]
"""A name, a title, a path, an identifier."""

IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
"""A calendar date written `YYYY-MM-DD`."""

NumberOrText = Annotated[ShortText, BeforeValidator(_number_as_text)]
"""A short value users write either way, such as a resolution: `720` or `1080p`."""
