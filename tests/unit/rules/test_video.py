"""Video rules VID001–VID005: link host, length, resolution, language, attested contents."""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.models.results import Severity
from tests.support.checking import Case, rule_findings, run_case

# A ready video block; every field sits on its own line:
#   1 judul, 2 video, 3 tautan, 4 durasi, 5 resolusi, 6 bahasa, 7 takarir,
#   8 isi, 9 gagasan, 10 implementasi, 11 dampak, 12 testimoni, 13 tanpa_promosi_komersial.
FIELDS: dict[str, str] = {
    "tautan": "https://youtu.be/Sg4pDs9kR2w",
    "durasi": '"4:35"',
    "resolusi": "1080p",
    "bahasa": "id",
    "takarir": "true",
    "isi": "",
    "isi.gagasan": "true",
    "isi.implementasi": "true",
    "isi.dampak": "true",
    "isi.testimoni": "true",
    "tanpa_promosi_komersial": "true",
}


def video(**values: str | None) -> str:
    """The ready block with fields replaced (raw YAML text) or, for None, left out."""
    fields: dict[str, str | None] = {**FIELDS}
    fields.update({key.replace("__", "."): value for key, value in values.items()})
    lines = ["judul: SIGAP", "video:"]
    for key, value in fields.items():
        if value is None or (key.startswith("isi.") and fields["isi"] is None):
            continue
        parent, _, child = key.partition(".")
        lines.append(f"    {child}: {value}" if child else f"  {parent}: {value}".rstrip())
    return "\n".join(lines) + "\n"


def link(url: str) -> str:
    return video(tautan=url)


CASES = [
    # VID001: https link on an allowed host.
    Case("VID001", "youtu.be", video(), ()),
    Case("VID001", "youtube watch", link("https://www.youtube.com/watch?v=Sg4pDs9kR2w"), ()),
    Case("VID001", "mobile youtube", link("https://m.youtube.com/watch?v=Sg4pDs9kR2w"), ()),
    Case("VID001", "google drive", link("https://drive.google.com/file/d/1AbC/view"), ()),
    Case("VID001", "quoted link", link('"https://youtu.be/Sg4pDs9kR2w"'), ()),
    Case("VID001", "http, not https", link("http://youtu.be/Sg4pDs9kR2w"), (3,)),
    Case("VID001", "no scheme", link("youtu.be/xyz"), (3,)),
    Case("VID001", "vimeo", link("https://vimeo.com/123456789"), (3,)),
    Case("VID001", "lookalike host", link("https://youtube.com.evil.example/watch?v=x"), (3,)),
    Case("VID001", "host ending like youtube", link("https://evilyoutube.com/watch?v=x"), (3,)),
    Case("VID001", "userinfo trick", link("https://youtube.com@evil.example/watch"), (3,)),
    Case("VID001", "link empty", link('""'), (3,)),
    Case("VID001", "link missing", video(tautan=None), (2,)),
    Case("VID001", "no video at all", "judul: SIGAP\n", (1,)),
    # VID002: at most five minutes, "m:ss" or "h:mm:ss".
    Case("VID002", "4:35 quoted", video(), ()),
    Case("VID002", "4:35 unquoted stays text", video(durasi="4:35"), ()),
    Case("VID002", "5:00 is the limit", video(durasi='"5:00"'), ()),
    Case("VID002", "5:01", video(durasi='"5:01"'), (4,)),
    Case("VID002", "5:01 unquoted", video(durasi="5:01"), (4,)),
    Case("VID002", "an hour", video(durasi='"1:02:03"'), (4,)),
    Case("VID002", "written in words", video(durasi="4 menit"), (4,)),
    Case("VID002", "missing", video(durasi=None), (2,)),
    Case("VID002", "no link: VID001's job", video(tautan=None, durasi="7 menit"), ()),
    # VID003: at least 720p.
    Case("VID003", "1080p", video(), ()),
    Case("VID003", "720p", video(resolusi="720p"), ()),
    Case("VID003", "720 quoted", video(resolusi='"720"'), ()),
    Case("VID003", "1280x720", video(resolusi="1280x720"), ()),
    Case("VID003", "Full HD", video(resolusi="Full HD"), ()),
    Case("VID003", "HD", video(resolusi="HD"), ()),
    Case("VID003", "4K", video(resolusi="4K"), ()),
    Case("VID003", "480p", video(resolusi="480p"), (5,)),
    Case("VID003", "unreadable", video(resolusi="abc"), (5,)),
    Case("VID003", "missing", video(resolusi=None), (2,)),
    # VID004: Indonesian, or subtitled.
    Case("VID004", "id", video(), ()),
    Case("VID004", "ID in capitals", video(bahasa="ID"), ()),
    Case("VID004", "Javanese with subtitles", video(bahasa="jv"), ()),
    Case("VID004", "Javanese, no takarir", video(bahasa="jv", takarir=None), (6,)),
    Case("VID004", "Javanese, takarir false", video(bahasa="jv", takarir="false"), (6,)),
    Case("VID004", "language missing", video(bahasa=None), (2,)),
    # VID005: contents attested, no commercial promotion.
    Case("VID005", "all attested", video(), ()),
    Case("VID005", "impact false", video(isi__dampak="false"), (11,)),
    Case("VID005", "testimony not stated", video(isi__testimoni=None), (8,)),
    Case("VID005", "isi missing", video(isi=None), (2,)),
    Case("VID005", "promotion not attested", video(tanpa_promosi_komersial=None), (2,)),
    Case("VID005", "promotion false", video(tanpa_promosi_komersial="false"), (13,)),
    Case(
        "VID005",
        "both",
        video(isi__gagasan="false", tanpa_promosi_komersial=None),
        (2, 9),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_rule_fires_exactly_where_expected(case: Case, tmp_path: Path) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def test_ready_block_layout() -> None:
    lines = video().splitlines()
    assert [line.split(":")[0].strip() for line in lines] == [
        "judul",
        "video",
        *(key.rpartition(".")[2] for key in FIELDS),
    ]


def test_not_https_is_an_error(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, link("http://youtu.be/Sg4pDs9kR2w"), "VID001")
    assert (found.severity, found.message_key) == (Severity.ERROR, "vid.link.not_https")


def test_unknown_host_is_a_warning_because_the_host_list_is_assumed(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, link("https://youtube.com.evil.example/x"), "VID001")
    assert found.severity is Severity.WARNING
    assert found.message.startswith(
        "video di `youtube.com.evil.example`, bukan di layanan yang diizinkan (aturan belum"
    )


_ONE_SOURCE = (
    " (aturan dari satu sumber saja: Radar Lombok: Bapperida Lombok Tengah, sosialisasi KIPP 2025"
    " (aturan video))"
)
"""The video rules rest on one secondary source, so a breach is a warning that names it."""


def test_too_long_states_value_and_limit(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, video(durasi="5:01"), "VID002")
    assert (found.severity, found.message) == (
        Severity.WARNING,
        "video berdurasi 5:01, melebihi batas 5:00" + _ONE_SOURCE,
    )


def test_missing_length_says_missing_not_unreadable(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, video(durasi=None), "VID002")
    assert found.message == "durasi video (`video.durasi`) belum diisi"


def test_low_resolution_states_the_minimum(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, video(resolusi="480p"), "VID003")
    assert found.message == "resolusi video 480p di bawah minimal 720p" + _ONE_SOURCE


def test_contents_finding_lists_every_item_not_attested(tmp_path: Path) -> None:
    yaml = video(isi__gagasan="false", isi__testimoni=None)
    (found,) = rule_findings(tmp_path, yaml, "VID005")
    assert (found.severity, found.message) == (
        Severity.WARNING,
        "isi video belum lengkap atau belum dinyatakan: gagasan, testimoni",
    )
