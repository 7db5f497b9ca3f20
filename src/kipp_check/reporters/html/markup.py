"""Build HTML so that untrusted text can only ever become text.

The HTML report carries titles, institutions, messages and file names from
proposals anyone can write. Instead of escaping at each call site (and
forgetting one), markup is a type: `Markup` is produced only by `tag`, `join`
and `esc`, and `tag` escapes every child that is a plain `str` and every
attribute value. Attribute values are always double-quoted; attribute names
come from this package's code, never from a proposal.
"""

from __future__ import annotations

import html
import re

from kipp_check.reporters.safe_text import one_line, safe

_VOID = frozenset({"meta", "input", "br", "col", "link"})


class Markup(str):
    """A piece of HTML that is already safe to emit as it is."""

    __slots__ = ()


def esc(value: str | int) -> Markup:
    """`value` as HTML text: hidden and control characters made visible, then escaped."""
    return Markup(html.escape(safe(str(value)), quote=True))


def line(value: str, limit: int = 2000) -> Markup:
    """Untrusted text flattened to one line of at most `limit` characters, escaped."""
    return esc(one_line(value, limit))


_CODE_SPAN = re.compile(r"`([^`\n]+)`")


def prose(value: str, limit: int = 2000) -> Markup:
    """Untrusted text like `line`, with each `code` span of it shown as `<code>`.

    Messages name keys and values between backticks (`` `kategori` ``); a
    reader of the page should see them set as code, not the backticks. The text
    is escaped first, and a backtick never needs escaping, so what a span
    holds stays text inside its `<code>`.
    """
    escaped = line(value, limit)
    return Markup(_CODE_SPAN.sub(lambda m: f"<code>{m.group(1)}</code>", escaped))


def join(parts: list[Markup] | tuple[Markup, ...], separator: str = "\n") -> Markup:
    """Pieces of markup side by side; `separator` is whitespace or our own text."""
    return Markup(separator.join(parts))


def tag(
    element: str, /, *children: str | int | Markup | None, **attrs: str | int | bool | None
) -> Markup:
    """`<element attrs>children</element>`; plain strings are escaped, `None` children skipped.

    Attribute keyword names map to HTML by dropping a trailing `_` (`class_`)
    and turning `_` into `-` (`data_sort`, `aria_label`). `True` writes a bare
    boolean attribute; `None` and `False` leave the attribute out.
    """
    opening = element + "".join(_attribute(key, value) for key, value in attrs.items())
    if element in _VOID:
        return Markup(f"<{opening}>")
    inner = "".join(_child(child) for child in children if child is not None)
    return Markup(f"<{opening}>{inner}</{element}>")


def _attribute(key: str, value: str | int | bool | None) -> str:
    if value is None or value is False:
        return ""
    name = key.rstrip("_").replace("_", "-")
    if value is True:
        return f" {name}"
    return f' {name}="{esc(value)}"'


def _child(child: str | int | Markup) -> str:
    if isinstance(child, Markup):
        return child
    return esc(child)
