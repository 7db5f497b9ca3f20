"""Word counting as the portal counts (markup stripped, split on whitespace), or stricter.

Reduplication, `dan/atau` and numbers with units are one word either way; a
bullet, a lone dash, `:`, `###` and table pipes are words on the portal.
"""

from __future__ import annotations

import pytest

from kipp_check.pipeline.wordcount import count_words, portal_count, reader_count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("  \n\t \n", 0),
        ("layanan", 1),
        ("masing-masing", 1),
        ("Kader-kader posyandu di masing-masing desa", 5),
        ("dan/atau", 1),
        ("kelahiran dan/atau kematian", 3),
        ("1.250", 1),
        ("25%", 1),
        ("Rp1.250.000", 1),
        ("naik 25% dari 1.250 menjadi 2.500 dokumen", 7),
        ("-", 1),
        ("—", 1),
        ("•", 1),
        ("%", 1),
        ("cepat - murah — mudah • dekat %", 8),
        ("cepat—murah", 1),
        ("(survei SKM 2024).", 3),
        ("- waktu layanan\n- biaya\n• cakupan KIA", 8),
        ("Pertama,\nwarga datang.\n\nKedua,  operator  mengunggah.", 6),
        ("Sebelum inovasi , warga menunggu 14 hari ; kini 2 hari .", 12),
        ("Waktu penyelesaian akta turun dari rata-rata 14 hari menjadi 2 hari.", 11),
    ],
)
def test_count_words(text: str, expected: int) -> None:
    assert count_words(text) == expected


def test_numbered_list_markers_count_as_words() -> None:
    assert count_words("1. waktu layanan\n2. biaya") == 5


LIST_HEAVY = """### Hasil yang dicapai
- waktu layanan : 14 hari → 2 hari
- biaya : Rp150.000 → Rp0
- cakupan akta anak : 78,4 % → 97,1 %

| indikator | 2020 | 2024 |
|---|---|---|
| SKM | 72,5 | 89,4 |
"""


def test_list_heavy_answer_counts_as_the_portal_counts() -> None:
    # Every whitespace token is a word on the portal: bullets, `:`, `→`, `%`, `###`, pipes.
    assert portal_count(LIST_HEAVY) == 44  # counted by hand, line by line: 4+9+6+10+7+1+7
    assert reader_count(LIST_HEAVY) == 23
    assert count_words(LIST_HEAVY) == 44  # the stricter of the two


def test_markup_is_stripped_as_the_portal_strips_it() -> None:
    assert portal_count("<p>Warga <b>cukup</b> datang ke desa.</p>") == 5
    assert count_words("<p>Warga <b>cukup</b> datang ke desa.</p>") == 5


@pytest.mark.parametrize("n", [0, 1, 100, 200, 201, 600])
def test_repeated_words_count_exactly(n: int) -> None:
    assert count_words(" ".join(["kata"] * n)) == n
