"""Waivers: the inline comment syntax, what a comment covers, expiry, and what cannot be waived."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from kipp_check import rules
from kipp_check.i18n import Lang
from kipp_check.i18n.render import render_message
from kipp_check.loader.proposal import load_proposal
from kipp_check.models.results import DocPath, Finding, Severity
from kipp_check.options import Limits
from kipp_check.pipeline.waivers import Waiver, apply_waivers, inline_waivers, parse_doc_path

TODAY = dt.date(2025, 5, 20)


def _read(tmp_path: Path, yaml_text: str) -> tuple[tuple[Waiver, ...], tuple[Finding, ...]]:
    path = tmp_path / "proposal.yaml"
    path.write_text(textwrap.dedent(yaml_text).lstrip("\n"), encoding="utf-8")
    loaded = load_proposal(path, limits=Limits())
    return inline_waivers(
        loaded.raw,
        loaded.source_map,
        file="proposal.yaml",
        known_ids=rules.ids(),
    )


def _covered(waivers: tuple[Waiver, ...]) -> list[tuple[str, DocPath | None]]:
    return [(w.rule_id, w.key) for w in waivers]


def test_indonesian_comment_at_the_end_of_the_key_line(tmp_path: Path) -> None:
    waivers, problems = _read(
        tmp_path,
        """
        kompetisi: kipp-2025
        judul: SI-ANTRI  # kipp-check: abaikan ADM007 sampai 2025-06-01 karena resmi (oleh Kadis)
        """,
    )
    assert not problems
    (waiver,) = waivers
    assert (waiver.rule_id, waiver.key, waiver.until) == ("ADM007", ("judul",), dt.date(2025, 6, 1))
    assert (waiver.reason, waiver.by, waiver.origin) == ("resmi", "Kadis", "proposal.yaml:2")


def test_english_comment_above_the_key_with_several_rules(tmp_path: Path) -> None:
    waivers, problems = _read(
        tmp_path,
        """
        kompetisi: kipp-2025
        # kipp-check: ignore ADM006, adm007 until 2025-06-01 because official name (by Head)
        # another comment between is fine
        judul: SI-ANTRI
        """,
    )
    assert not problems
    assert _covered(waivers) == [("ADM006", ("judul",)), ("ADM007", ("judul",))]


def test_comment_on_a_mapping_covers_its_keys_and_list_items(tmp_path: Path) -> None:
    waivers, _ = _read(
        tmp_path,
        """
        instansi:  # kipp-check: abaikan ADM008 sampai 2025-06-01 karena x (oleh y)
          nama: Dinas
        inovator:
          - nama: A  # kipp-check: abaikan ADM010 sampai 2025-06-01 karena x (oleh y)
        """,
    )
    assert _covered(waivers) == [("ADM008", ("instansi",)), ("ADM010", ("inovator", 0))]


def test_comment_followed_by_an_empty_line_covers_the_whole_file(tmp_path: Path) -> None:
    waivers, _ = _read(
        tmp_path,
        """
        # kipp-check: abaikan DOK001 sampai 2025-06-01 karena surat menyusul (oleh Kabag)

        kompetisi: kipp-2025
        """,
    )
    assert _covered(waivers) == [("DOK001", None)]


def test_words_inside_the_proposal_text_are_not_a_waiver(tmp_path: Path) -> None:
    waivers, problems = _read(
        tmp_path,
        """
        judul: "SIGAP # kipp-check: abaikan ADM007 sampai 2025-06-01 karena x (oleh y)"
        proposal:
          ringkasan: |
            Teks biasa.
            # kipp-check: abaikan ADM006 sampai 2025-06-01 karena x (oleh y)
        kompetisi: kipp-2025
        """,
    )
    assert waivers == () and problems == ()


@pytest.mark.parametrize(
    ("comment", "key"),
    [
        pytest.param("abaikan ADM007 sampai 2025-06-01 karena x", "waiver.malformed", id="no-by"),
        pytest.param("abaikan ADM007 karena x (oleh y)", "waiver.malformed", id="no-date"),
        pytest.param("abaikan ADM007 sampai 2025-06-01 (oleh y)", "waiver.malformed", id="no-why"),
        pytest.param(
            "abaikan ADM007 sampai 2025-02-30 karena x (oleh y)", "waiver.bad_date", id="bad-date"
        ),
        pytest.param(
            "abaikan XYZ123 sampai 2025-06-01 karena x (oleh y)", "waiver.unknown_rule", id="rule"
        ),
        pytest.param(
            "abaikan KC001 sampai 2025-06-01 karena x (oleh y)", "waiver.reserved", id="reserved"
        ),
    ],
)
def test_unusable_comment_is_a_warning_at_its_line(tmp_path: Path, comment: str, key: str) -> None:
    waivers, problems = _read(
        tmp_path, f"kompetisi: kipp-2025\njudul: X  # kipp-check: {comment}\n"
    )
    assert waivers == ()
    (problem,) = problems
    assert (problem.rule_id, problem.message_key, problem.severity) == (
        "KC006",
        key,
        Severity.WARNING,
    )
    assert problem.span is not None and (problem.span.line, problem.span.column) == (2, 11)


def test_comment_standing_next_to_no_key_is_reported(tmp_path: Path) -> None:
    waivers, problems = _read(
        tmp_path,
        """
        data_dukung:
          signifikansi: [
            a.pdf
          ]  # kipp-check: abaikan DD001 sampai 2025-06-01 karena x (oleh y)
        """,
    )
    assert waivers == ()
    assert [(p.message_key, p.span.line if p.span else 0) for p in problems] == [
        ("waiver.no_key", 4)
    ]


def test_file_without_the_marker_is_not_scanned(tmp_path: Path) -> None:
    assert _read(tmp_path, "kompetisi: kipp-2025\n") == ((), ())


def _finding(rule_id: str, path: DocPath) -> Finding:
    return Finding(
        rule_id,
        Severity.ERROR,
        "phrase.text",
        "proposal.yaml",
        path=path,
        args=(("text", "pesan"),),
    )


def _waiver(rule_id: str, key: DocPath | None, until: dt.date) -> Waiver:
    return Waiver(rule_id, "alasan", "Kabag", until, key, "proposal.yaml:3", inline=True)


def test_current_waiver_marks_the_finding_suppressed() -> None:
    (finding,) = apply_waivers(
        [_finding("DOK002", ("dokumen", "surat_kesediaan_replikasi"))],
        [_waiver("DOK002", ("dokumen",), TODAY)],
        today=TODAY,
    )
    assert finding.suppressed is not None and finding.suppressed.until == "2025-05-20"


def test_expired_waiver_counts_again_and_says_so() -> None:
    (finding,) = apply_waivers(
        [_finding("DOK002", ("dokumen",))],
        [_waiver("DOK002", None, dt.date(2025, 5, 19))],
        today=TODAY,
    )
    assert finding.suppressed is None
    expected = "waiver by Kabag held until 2025-05-19 and has expired (proposal.yaml:3)"
    assert expected in render_message(finding, Lang.EN)


@pytest.mark.parametrize(
    ("rule_id", "path", "waived"),
    [
        pytest.param("ADM007", ("judul",), True, id="same-key"),
        pytest.param("ADM007", ("instansi", "nama"), False, id="other-key"),
        pytest.param("ADM006", ("judul",), False, id="other-rule"),
        pytest.param("KC001", ("judul",), False, id="reserved-never"),
    ],
)
def test_waiver_covers_only_its_rule_and_key(rule_id: str, path: DocPath, waived: bool) -> None:
    waivers = [_waiver("ADM007", ("judul",), TODAY), _waiver("KC001", None, TODAY)]
    (finding,) = apply_waivers([_finding(rule_id, path)], waivers, today=TODAY)
    assert (finding.suppressed is not None) is waived


@pytest.mark.parametrize(
    ("written", "path"),
    [
        ("judul", ("judul",)),
        ("dokumen.surat_identitas_inovator", ("dokumen", "surat_identitas_inovator")),
        ("inovator[0].nama", ("inovator", 0, "nama")),
        ("data_dukung.signifikansi[2]", ("data_dukung", "signifikansi", 2)),
        (".judul", None),
        ("a..b", None),
        ("[0]", None),
        ("a[x]", None),
        ("", None),
    ],
)
def test_doc_path_is_read_as_the_report_writes_it(written: str, path: DocPath | None) -> None:
    assert parse_doc_path(written) == path
