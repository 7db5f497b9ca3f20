"""Which reports a run writes, and where: `--format X --output FILE`, repeatable.

Each `--output` belongs to the `--format` written just before it (or, when it
comes first, to the next one); a format without an `--output` goes to
standard output. Click keeps the values of each option in order but not how
the two options interleave, so the pairing is read from the raw argument list
that the entry point hands down. Under GitHub Actions the workflow annotations
are added to a terminal report on standard output.

Each report may be in its own language: `--format json:en` writes that one in
English whatever `--lang` says (an Indonesian terminal report beside an
English JSON for a dashboard). The entry point takes the `:id`/`:en` off
before Click sees the value (`without_output_langs`), and this module reads it
back from the raw arguments.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kipp_check.errors import UsageError
from kipp_check.i18n import Lang
from kipp_check.options import OutputFormat

if TYPE_CHECKING:
    from kipp_check.trust.outputs import Target

_FLAGS = {"--format": "format", "--output": "output"}


@dataclass(frozen=True)
class Output:
    """One report to write: its format, and its file (`None` for standard output)."""

    format: OutputFormat
    file: Path | None
    confined_to: Path | None = None
    """For a tree's config: the repository root the file must stay in (`kipp_check.trust`)."""
    lang: Lang | None = None
    """The language of this report (`--format json:en`); `None` for the run's language."""


_LANG_SUFFIXES = {f":{lang.value}": lang for lang in Lang}
"""`--format json:en`: the suffix that gives one report its own language."""


def without_output_langs(args: Sequence[str]) -> list[str]:
    """`args` with the `:id`/`:en` of each `--format` value taken off, for Click to parse."""
    out: list[str] = []
    value_next = False
    for token in args:
        if token == "--":
            return [*out, *args[len(out) :]]
        if value_next:
            token = split_format(token)[0]
        elif token.startswith("--format="):
            token = "--format=" + split_format(token.partition("=")[2])[0]
        value_next = token == "--format"
        out.append(token)
    return out


def split_format(value: str) -> tuple[str, Lang | None]:
    """`json:en` as (`json`, English); a value without a language suffix as it is."""
    name, colon, suffix = value.rpartition(":")
    lang = _LANG_SUFFIXES.get(f":{suffix.lower()}") if colon else None
    return (name, lang) if lang is not None else (value, None)


def plan_outputs(
    formats: Sequence[OutputFormat],
    files: Sequence[Path],
    raw_args: Sequence[str] | None,
) -> list[Output]:
    """The outputs the flags ask for; empty when neither flag was given."""
    langs = _format_langs(raw_args) if raw_args is not None else []
    if len(langs) != len(formats):
        langs = [None] * len(formats)
    order = _order(raw_args) if raw_args is not None else None
    if (
        order is None
        or order.count("format") != len(formats)
        or order.count("output") != len(files)
    ):
        order = ["format", "output"] * max(len(formats), len(files))  # pair by position
    pairs = _pairs(order, len(formats), len(files))
    outputs = [
        Output(
            formats[f] if f is not None else OutputFormat.TERMINAL,
            files[o] if o is not None else None,
            lang=langs[f] if f is not None else None,
        )
        for f, o in pairs
    ]
    check_outputs(outputs)
    return outputs


def check_outputs(outputs: Sequence[Output]) -> None:
    """At most one report on standard output, and no file written twice."""
    on_stdout = [o.format.value for o in outputs if o.file is None]
    if len(on_stdout) > 1:
        raise UsageError.of("cli.two_on_stdout", formats=", ".join(on_stdout))
    seen: set[str] = set()
    for output in outputs:
        if output.file is not None:
            key = os.path.normcase(os.path.abspath(output.file))
            if key in seen:
                raise UsageError.of("cli.output_twice", path=output.file.as_posix())
            seen.add(key)


def with_github_annotations(outputs: list[Output]) -> list[Output]:
    """Under GitHub Actions, annotations join a terminal report on standard output.

    Not when another format already writes to standard output (the annotations
    would corrupt it), nor when `github` was asked for explicitly.
    """
    if os.environ.get("GITHUB_ACTIONS") != "true":
        return outputs
    if any(o.format is OutputFormat.GITHUB for o in outputs):
        return outputs
    if any(o.file is None and o.format is not OutputFormat.TERMINAL for o in outputs):
        return outputs
    return [*outputs, Output(OutputFormat.GITHUB, None)]


def _order(raw_args: Sequence[str]) -> list[str]:
    """`format` and `output` in the order the flags were written, up to a `--`."""
    order: list[str] = []
    skip_value = False
    for token in raw_args:
        if skip_value:
            skip_value = False
            continue
        if token == "--":
            break
        flag, _, value = token.partition("=")
        if flag in _FLAGS:
            order.append(_FLAGS[flag])
            skip_value = not value and "=" not in token
    return order


def _format_langs(raw_args: Sequence[str]) -> list[Lang | None]:
    """The language suffix of each `--format` value as written, `None` where there is none."""
    langs: list[Lang | None] = []
    value_next = False
    for token in raw_args:
        if token == "--":
            break
        if value_next:
            langs.append(split_format(token)[1])
        elif token.startswith("--format="):
            langs.append(split_format(token.partition("=")[2])[1])
        value_next = token == "--format"
    return langs


def _pairs(order: list[str], formats: int, files: int) -> list[tuple[int | None, int | None]]:
    """(format index, file index) pairs from the flag order; see the module docstring."""
    pairs: list[list[int | None]] = []
    pending: int | None = None
    next_format = next_file = 0
    for kind in order:
        if kind == "format" and next_format < formats:
            pairs.append([next_format, pending])
            next_format, pending = next_format + 1, None
        elif kind == "output" and next_file < files:
            if pairs and pairs[-1][1] is None and pending is None:
                pairs[-1][1] = next_file
            elif pending is None and not pairs:
                pending = next_file
            else:
                raise UsageError.of("cli.output_without_format")
            next_file += 1
    if pending is not None:
        pairs.append([None, pending])
    return [(f, o) for f, o in pairs]


def judge_outputs(
    outputs: Sequence[Output], *, roots: Collection[Path], inputs: Collection[str]
) -> list[Target | None]:
    """Each output's judged file (`None` for standard output), or a usage error that says why not.

    See `kipp_check.trust.outputs`: never through a link in the checked
    tree, never over an input of the run or another output (by real path),
    never over a read-only file; a tree's config writes only inside its root.
    """
    from kipp_check.trust.outputs import check_distinct, judge_target
    from kipp_check.trust.root import PathRefused

    try:
        targets = [
            judge_target(o.file, roots=roots, inputs=inputs, confined_to=o.confined_to)
            if o.file is not None
            else None
            for o in outputs
        ]
        check_distinct([t for t in targets if t is not None])
    except PathRefused:  # worded where it is printed
        raise
    return targets
