"""Click's usage errors, said again from the catalogue in the user's language.

Click (vendored by Typer) raises its usage errors with English sentences
("No such option", "Invalid value for", "Missing argument") and Typer
validates values with pydantic, whose messages are English too. The
exceptions carry what matters, though: the option's name and the close
matches (`NoSuchOption`), the parameter (`BadParameter`, `MissingParameter`),
pydantic's error type, limit and input (the `ValidationError` it was raised
from). So each is re-said by its class; a message no class explains
(Click's few plain `UsageError`s) is matched by its fixed English template.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from typing import Any

from kipp_check.i18n import Lang, text
from kipp_check.reporters.safe_text import one_line

_EXTRA_ARGUMENTS = re.compile(
    r"Got unexpected extra argument(?:s|\(s\))? \((?P<arguments>.*)\)", re.S
)
_NO_SUCH_COMMAND = re.compile(r"No such command '(?P<name>[^']*)'")
_NEEDS_VALUE = re.compile(r"requires (an argument|\d+ arguments)")


def resay(error: Exception, lang: Lang) -> str:
    """What `error` means, in `lang`, without a word of Click's English."""
    kinds = {cls.__name__ for cls in type(error).__mro__}
    message = str(getattr(error, "message", "") or "")
    if "NoSuchOption" in kinds:
        return _no_such_option(error, lang)
    if "MissingParameter" in kinds:
        return _missing(getattr(error, "param", None), lang)
    if "BadParameter" in kinds:
        return _bad_value(error, lang)
    if "BadOptionUsage" in kinds:
        option = one_line(str(getattr(error, "option_name", "")), 60)
        key = "usage.needs_value" if _NEEDS_VALUE.search(message) else "usage.takes_no_value"
        return text(key, lang, option=option)
    if found := _EXTRA_ARGUMENTS.search(message):
        return text("usage.extra_arguments", lang, arguments=one_line(found["arguments"], 120))
    if found := _NO_SUCH_COMMAND.search(message):
        return text("usage.no_such_command", lang, name=one_line(found["name"], 60))
    if message.startswith("Missing command"):
        return text("usage.missing_command", lang)
    return one_line(message, 300)  # none of Click's known sentences: shown as it came


def _no_such_option(error: Exception, lang: Lang) -> str:
    said = text(
        "usage.no_such_option", lang, option=one_line(getattr(error, "option_name", ""), 60)
    )
    possibilities: Sequence[str] = getattr(error, "possibilities", None) or ()
    if possibilities:
        said += "; " + text("usage.did_you_mean", lang, options=", ".join(sorted(possibilities)))
    return said


def _missing(param: Any, lang: Lang) -> str:
    if param is None:
        return text("usage.missing_argument", lang, name="")
    if param.param_type_name == "argument":
        name = param.metavar or str(param.name).upper()
        return text("usage.missing_argument", lang, name=name)
    return text("usage.missing_option", lang, option=_option_name(param))


def _bad_value(error: Exception, lang: Lang) -> str:
    param = getattr(error, "param", None)
    option = _option_name(param) if param is not None else ""
    detail = _first_pydantic_error(error)
    value = one_line(str(detail.get("input", "")), 40)
    kind = str(detail.get("type", ""))
    limits = detail.get("ctx") or {}
    choices = _choices(param)
    if choices:
        return text("usage.bad_choice", lang, option=option, value=value, choices=choices)
    if kind in ("greater_than_equal", "greater_than"):
        limit = limits.get("ge", limits.get("gt", ""))
        return text("usage.too_small", lang, option=option, value=value, limit=limit)
    if kind in ("less_than_equal", "less_than"):
        limit = limits.get("le", limits.get("lt", ""))
        return text("usage.too_large", lang, option=option, value=value, limit=limit)
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return text("usage.not_a_number", lang, option=option, value=value)
    return text("usage.bad_value", lang, option=option, value=value)


def _first_pydantic_error(error: Exception) -> dict[str, Any]:
    """The first error of the pydantic `ValidationError` behind `error`, if it was one."""
    cause = error.__cause__
    errors = getattr(cause, "errors", None)
    if not callable(errors):
        return {}
    try:
        found = errors(include_url=False)
    except TypeError:
        return {}
    return dict(found[0]) if found else {}


def _option_name(param: Any) -> str:
    """`--jobs` for an option (its long name), `RULE-ID` for an argument."""
    opts = [str(o) for o in getattr(param, "opts", ())]
    long = [o for o in opts if o.startswith("--")] or opts
    if param.param_type_name == "argument" or not long:
        return str(param.metavar or str(param.name).upper())
    return long[0]


def _choices(param: Any) -> str:
    descriptor = getattr(param, "type_descriptor", None)
    found: Sequence[Any] = getattr(descriptor, "choices", None) or ()
    return ", ".join(str(c.value) if isinstance(c, Enum) else str(c) for c in found)
