"""Help pages in the user's language, drawn by kipp-check from each command's parameters.

Click's help formatter writes "Usage:", "Options:", "[required]" and "Show
this message and exit." in English, and Typer shows Python types as value
placeholders (`<list[str]>`, `<int range>`). Here every word comes from the
catalogue: a parameter's `help` is a catalogue key, looked up in the language
the command line asks for (`--lang`, else `KIPP_CHECK_LANG`, else Indonesian)
when the page is drawn, so `check --lang en --help` is English; a value
placeholder is the parameter's metavar (`FILE`, `YYYY-MM-DD`, `N`), or its
choices (`id|en`). The layout is Click's own formatter: the same indents and
wrapping as before.
"""

from __future__ import annotations

import inspect
import itertools
import os
import re
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any

from typer.core import TyperCommand

from kipp_check.i18n import Lang, text

if TYPE_CHECKING:
    # NOTE: typer vendors click privately; only these types are named from it.
    from typer._click import Command, Context, HelpFormatter, Parameter

LANG_VARIABLE = "KIPP_CHECK_LANG"
HELP_OPTIONS = ["-h", "--help"]
"""`-h` too, as most command-line tools accept it."""

_KEY = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_HELD_HYPHEN = "\u2011"  # a non-breaking hyphen while the page is wrapped, never printed


def requested_lang(args: Sequence[str], environ: dict[str, str] | None = None) -> Lang:
    """The language the arguments ask for: `--lang`, else `$KIPP_CHECK_LANG`, else Indonesian."""
    for flag, value in itertools.pairwise([*args, ""]):
        if flag == "--":
            break
        if flag == "--lang" and value in ("id", "en"):
            return Lang(value)
        if flag.startswith("--lang=") and flag[7:] in ("id", "en"):
            return Lang(flag[7:])
    chosen = (os.environ if environ is None else environ).get(LANG_VARIABLE, "").strip().lower()
    return Lang.EN if chosen == "en" else Lang.ID


def localized(value: str | None, lang: Lang) -> str:
    """A help text: the catalogue's sentence when `value` is a key, else `value` as written.

    Its hyphens inside words are held together (see `restore_hyphens`): Click's
    wrapper would break `kipp-check` or `.kipp-check.yaml` at the line's end.
    """
    if not value:
        return ""
    cleaned = inspect.cleandoc(value)
    said = text(cleaned, lang) if _KEY.fullmatch(cleaned) else cleaned
    return _INNER_HYPHEN.sub(_HELD_HYPHEN, said)


def restore_hyphens(formatter: HelpFormatter) -> None:
    """Put back the plain hyphens `localized` held together, once the page is wrapped."""
    formatter.buffer[:] = [part.replace(_HELD_HYPHEN, "-") for part in formatter.buffer]


def page_lang(ctx: Context) -> Lang:
    """The language of this run's help: the raw arguments travel in the root context's `obj`."""
    raw = ctx.find_root().obj
    return requested_lang(list(raw) if isinstance(raw, (list, tuple)) else [])


def write_help(
    command: Command, ctx: Context, formatter: HelpFormatter, *, usage_tail: str = ""
) -> None:
    """Usage line, description, arguments and options of `command`, in the run's language.

    `usage_tail` ends the usage line (a group's `PERINTAH [ARGUMEN]...`).
    """
    lang = page_lang(ctx)
    pieces = [*usage_pieces(command, ctx, lang), *([text(usage_tail, lang)] if usage_tail else [])]
    formatter.write_usage(ctx.command_path, " ".join(pieces), text("helpfmt.usage", lang))
    description = localized(command.help, lang).partition("\f")[0]
    if description:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(description)
    arguments: list[tuple[str, str]] = []
    options: list[tuple[str, str]] = []
    for param in command.get_params(ctx):
        if getattr(param, "hidden", False):
            continue
        if param.param_type_name == "argument":
            arguments.append(_argument_row(param, lang))
        else:
            options.append(_option_row(command, param, ctx, lang))
    for heading, rows in (("helpfmt.arguments", arguments), ("helpfmt.options", options)):
        if rows:
            with formatter.section(text(heading, lang)):
                formatter.write_dl(rows)


def usage_pieces(command: Command, ctx: Context, lang: Lang) -> list[str]:
    """`[OPSI] PATH...`: the options placeholder, then each argument as it is typed."""
    pieces = [text("helpfmt.options_metavar", lang)]
    for param in command.get_params(ctx):
        if param.param_type_name == "argument":
            name = _argument_name(param)
            pieces.append(name if param.required else f"[{name}]")
    return pieces


def _argument_name(param: Parameter) -> str:
    name = param.metavar or (param.name or "").upper()
    return f"{name}..." if param.nargs == -1 else name


def _argument_row(param: Parameter, lang: Lang) -> tuple[str, str]:
    extras = [text("helpfmt.required", lang)] if param.required else []
    return _argument_name(param), _with_extras(
        localized(getattr(param, "help", None), lang), extras
    )


def _option_row(command: Command, param: Parameter, ctx: Context, lang: Lang) -> tuple[str, str]:
    names = ", ".join(sorted(param.opts, key=len))
    if param is command.get_help_option(ctx):
        return names, text("helpfmt.help_option", lang)
    choices = _choices(param)
    if not getattr(param, "is_flag", False):
        names += " " + (param.metavar or "|".join(choices) or (param.name or "").upper())
    extras: list[str] = []
    if param.metavar and choices:
        extras.append(text("helpfmt.choices", lang, choices=", ".join(choices)))
    envvar = param.envvar
    if isinstance(envvar, str):
        extras.append(text("helpfmt.envvar", lang, name=envvar))
    if param.required:
        extras.append(text("helpfmt.required", lang))
    return names, _with_extras(localized(getattr(param, "help", None), lang), extras)


def _choices(param: Parameter) -> list[str]:
    descriptor = getattr(param, "type_descriptor", None)
    found: Sequence[Any] = getattr(descriptor, "choices", None) or ()
    return [str(c.value) if isinstance(c, Enum) else str(c) for c in found]


def _with_extras(help_text: str, extras: list[str]) -> str:
    if not extras:
        return help_text
    bracket = "[" + "; ".join(extras) + "]"
    return f"{help_text}  {bracket}" if help_text else bracket


class LocalizedCommand(TyperCommand):
    """A Typer command whose help page is `write_help`'s."""

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        """The help page in the language the command line asks for."""
        write_help(self, ctx, formatter)
        restore_hyphens(formatter)
