"""The YAML traps of hazards Y1 to Y25, each reported at its line instead of crashing or lying.

Every test feeds `parse_yaml` a small inline document and checks one thing:
the rule ID, the place, or that the data is (not) usable. The loader's
catalogue entries are checked at the end.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

import pytest

from kipp_check.i18n import Lang, messages_loader
from kipp_check.loader import yaml_source
from kipp_check.loader.yaml_source import ParsedYaml, parse_yaml
from kipp_check.models.results import Span
from kipp_check.options import Limits
from tests.support.checking import Worded, worded


def load(source: str | bytes, lang: Lang = Lang.ID, **limits: int) -> ParsedYaml:
    raw = source.encode("utf-8") if isinstance(source, str) else source
    parsed = parse_yaml(raw, file="proposal.yaml", limits=Limits(**limits))
    return replace(parsed, findings=tuple(worded(f, lang) for f in parsed.findings))


def only(parsed: ParsedYaml) -> Worded:
    assert len(parsed.findings) == 1, parsed.findings
    (finding,) = parsed.findings
    assert isinstance(finding, Worded)
    return finding


def where(parsed: ParsedYaml) -> list[tuple[str, str, Span | None]]:
    return [(f.rule_id, f.message_key, f.span) for f in parsed.findings]


def test_clean_document_loads_without_findings() -> None:
    parsed = load("judul: SIGAP\ntahun: 2025\nmulai: 2022-03-01\naktif: true\n")
    assert (parsed.data, parsed.findings) == (
        {"judul": "SIGAP", "tahun": 2025, "mulai": dt.date(2022, 3, 1), "aktif": True},
        (),
    )


# --- KC000 syntax ---------------------------------------------------------------


def test_syntax_error_is_reported_at_the_problem_mark() -> None:
    parsed = load("a: 1\nb: [1, 2\nc: 3\n")
    assert where(parsed) == [("KC000", "loader.syntax", Span(3, 2))]


def test_syntax_error_leaves_no_data() -> None:
    assert load("a: 1\nb: [1, 2\nc: 3\n").data is None


def test_tab_indentation_is_a_syntax_error_at_the_tab() -> None:
    assert where(load("a:\n\tb: 1\n")) == [("KC000", "loader.syntax", Span(2, 1))]


def test_unexpected_exception_becomes_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(text: str, ctx: object) -> None:
        raise OverflowError("boom")

    monkeypatch.setattr(yaml_source, "prescan", explode)
    assert only(load("a: 1\n")).message == "file YAML tidak dapat dibaca (OverflowError)"


def test_random_bytes_never_raise() -> None:
    rng = random.Random(20261127)
    alphabet = b"ab:-[]{}&*!|>'\"#? \n\t\r,0123456789~.\xc3\xa9\x00\x85"
    for _ in range(300):
        raw = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert isinstance(load(raw), ParsedYaml)


# --- KC002 duplicate keys -------------------------------------------------------


def test_duplicate_key_names_both_lines() -> None:
    finding = only(load("judul: A\nkategori: x\njudul: B\n"))
    assert finding.message == "kunci `judul` ganda: pertama di baris 1, lagi di baris 3"


def test_duplicate_key_points_at_the_second_occurrence() -> None:
    finding = only(load("judul: A\nkategori: x\njudul: B\n"))
    assert (finding.rule_id, finding.span, finding.path) == ("KC002", Span(3, 1), ("judul",))


def test_duplicate_key_keeps_the_last_value_and_stays_loadable() -> None:
    assert load("judul: A\nkategori: x\njudul: B\n").data == {"judul": "B", "kategori": "x"}


def test_quoted_and_plain_spellings_of_a_key_collide() -> None:
    finding = only(load("instansi:\n  nama: A\n  'nama': B\n"))
    assert (finding.span, finding.path) == (Span(3, 3), ("instansi", "nama"))


def test_duplicate_key_in_english() -> None:
    finding = only(load("judul: A\njudul: B\n", lang=Lang.EN))
    assert finding.message == "duplicate key `judul`: first at line 1, again at line 2"


# --- YAML 1.1 traps stay text -------------------------------------------------------


def test_yaml11_booleans_and_numbers_stay_text() -> None:
    parsed = load("a: yes\nb: NO\nc: on\nd: 010\ne: 0x1F\nf: 1:20\ng: 4:35\n")
    assert parsed.data == {
        "a": "yes",
        "b": "NO",
        "c": "on",
        "d": "010",
        "e": "0x1F",
        "f": "1:20",
        "g": "4:35",
    }


def test_yaml11_words_as_keys_stay_text() -> None:
    assert load("yes: 1\non: 2\nno: 3\n").data == {"yes": 1, "on": 2, "no": 3}


def test_invalid_date_stays_text() -> None:
    assert load("mulai_implementasi: 2024-02-30\n").data == {"mulai_implementasi": "2024-02-30"}


# --- KC005 tags, anchors, aliases, merges ---------------------------------------------


def test_python_tag_is_refused_and_runs_nothing(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    parsed = load(f'a: !!python/object/apply:os.system ["touch {target}"]\n')
    assert (where(parsed), parsed.data, target.exists()) == (
        [("KC005", "loader.tag", Span(1, 4))],
        None,
        False,
    )


def test_python_tag_is_named_in_the_message() -> None:
    finding = only(load("a: !!python/name:os.system\n"))
    assert finding.message == "tag `!!python/name:os.system` di baris 1 tidak didukung"


@pytest.mark.parametrize(
    ("source", "span"),
    [
        ("a: !Ref foo\n", Span(1, 4)),
        ("a: 1\nb: !include other.yaml\n", Span(2, 4)),
        ("a: !!binary aGVsbG8=\n", Span(1, 4)),
        ("a: !!set {x, y}\n", Span(1, 4)),
        ("a: !!str 010\n", Span(1, 4)),
    ],
)
def test_every_explicit_tag_is_refused(source: str, span: Span) -> None:
    assert where(load(source)) == [("KC005", "loader.tag", span)]


def test_anchor_and_alias_are_refused_at_their_lines() -> None:
    parsed = load("a: &x 1\nb: *x\n")
    assert where(parsed) == [
        ("KC005", "loader.anchor", Span(1, 4)),
        ("KC005", "loader.alias", Span(2, 4)),
    ]


def test_self_referential_alias_is_refused_without_a_cycle() -> None:
    parsed = load("a: &a [*a]\n")
    assert (parsed.data, [f.message_key for f in parsed.findings]) == (
        None,
        ["loader.anchor", "loader.alias"],
    )


def test_billion_laughs_returns_fast_with_bounded_memory() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    raw = ("\n".join(lines) + "\n").encode()
    tracemalloc.start()
    started = time.perf_counter()
    parsed = load(raw)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert (parsed.data, elapsed < 2.0, peak < 20_000_000) == (None, True, True)


def test_findings_per_rule_are_capped() -> None:
    raw = "a: &a x\n" + "".join(f"k{i}: *a\n" for i in range(200))
    assert len(load(raw, max_findings_per_rule=50).findings) == 50


def test_merge_key_is_refused_at_its_line() -> None:
    parsed = load("base: {a: 1}\nd:\n  <<: {a: 1}\n  b: 2\n")
    assert where(parsed) == [("KC005", "loader.merge_key", Span(3, 3))]


def test_quoted_merge_key_is_an_ordinary_key() -> None:
    assert load("'<<': x\n").data == {"<<": "x"}


# --- the loader's messages ------------------------------------------------------------

MESSAGE_KEYS = sorted(messages_loader.MESSAGES)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", [k for k in MESSAGE_KEYS if not k.endswith(".fix")])
def test_every_message_has_a_fix(key: str) -> None:
    assert f"{key}.fix" in messages_loader.MESSAGES


@pytest.mark.parametrize("key", MESSAGE_KEYS)
def test_both_languages_use_the_same_fields(key: str) -> None:
    message = messages_loader.MESSAGES[key]
    assert _fields(message.id) == _fields(message.en)


@pytest.mark.parametrize("key", MESSAGE_KEYS)
def test_house_style_lower_case_and_no_full_stop(key: str) -> None:
    message = messages_loader.MESSAGES[key]
    texts = (message.id, message.en)
    assert all(t[0] == t[0].lower() and not t.endswith(".") for t in texts)
