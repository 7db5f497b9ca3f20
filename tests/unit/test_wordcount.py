"""Word counting as a person counts: reduplication, `dan/atau`, numbers with units are one word."""

from __future__ import annotations

import pytest

from kipp_check.wordcount import count_words


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
        ("-", 0),
        ("—", 0),
        ("•", 0),
        ("%", 0),
        ("cepat - murah — mudah • dekat %", 4),
        ("cepat—murah", 1),
        ("(survei SKM 2024).", 3),
        ("- waktu layanan\n- biaya\n• cakupan KIA", 5),
        ("Pertama,\nwarga datang.\n\nKedua,  operator  mengunggah.", 6),
        ("Sebelum inovasi , warga menunggu 14 hari ; kini 2 hari .", 9),
        ("Waktu penyelesaian akta turun dari rata-rata 14 hari menjadi 2 hari.", 11),
    ],
)
def test_count_words(text: str, expected: int) -> None:
    assert count_words(text) == expected


def test_numbered_list_markers_count_as_words() -> None:
    # "1." holds a digit, so it is a token a person sees; the portal's own counter is unknown.
    assert count_words("1. waktu layanan\n2. biaya") == 5


@pytest.mark.parametrize("n", [0, 1, 100, 200, 201, 600])
def test_repeated_words_count_exactly(n: int) -> None:
    assert count_words(" ".join(["kata"] * n)) == n
