"""Find the proposal's names, title and institution in a letter's text, as a reader would.

Text from a PDF wraps lines, changes case and punctuation ("SI-ANTRI" may come
out as "SI- ANTRI"), and a letter writes a person with or without academic
degrees. So both sides are reduced to lower-case words before comparing, a
person is looked for by the core of the name (no "dr.", no ", S.Kom."), and a
few abbreviations common in Indonesian agency names are written out on both
sides ("Kab." and "Kabupaten", "Dinkes" and "Dinas Kesehatan").
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")
_DEGREE = re.compile(r"^[A-Za-z]{1,4}(?:\.[A-Za-z]{1,6})+\.?$")
_HONORIFICS = frozenset(
    {"dr", "drg", "drh", "drs", "dra", "ir", "h", "hj", "prof", "kh", "ns", "apt", "bd"}
)
_ABBREVIATIONS: dict[str, str] = {
    "kab": "kabupaten",
    "kec": "kecamatan",
    "kel": "kelurahan",
    "prov": "provinsi",
    "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota",
    "pemprov": "pemerintah provinsi",
    "pemda": "pemerintah daerah",
    "dinkes": "dinas kesehatan",
    "disdik": "dinas pendidikan",
    "dishub": "dinas perhubungan",
    "disdukcapil": "dinas kependudukan dan pencatatan sipil",
    "dukcapil": "kependudukan dan pencatatan sipil",
    "rsud": "rumah sakit umum daerah",
    "puskesmas": "pusat kesehatan masyarakat",
    "bappeda": "badan perencanaan pembangunan daerah",
    "kemenkes": "kementerian kesehatan",
}
_REPLICATION = re.compile(r"\b(?:di|me)?replik\w*|\bditiru\b")
_IDENTITY = re.compile(r"\binovator\b|\bidentitas\b|\btim inovasi\b")
_ACRONYM_TITLE = re.compile(r"^\s*(?P<short>[^()]+?)\s*\((?P<long>[^()]+)\)\s*$")


def words(text: str) -> str:
    """`text` as lower-case words separated by single spaces, abbreviations written out."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    tokens = _NON_WORD.sub(" ", folded.replace("_", " ")).split()
    return " ".join(_ABBREVIATIONS.get(token, token) for token in tokens)


def mentions(haystack_words: str, needle: str) -> bool:
    """Whether the words of `needle` appear, in order and whole, in `haystack_words`."""
    wanted = words(needle)
    return bool(wanted) and f" {wanted} " in f" {haystack_words} "


def core_name(name: str) -> str:
    """A person's name without honorifics in front and degrees behind.

    `dr. Ratna Kusumawardani` → `Ratna Kusumawardani`;
    `Bagus Prasetyo Nugroho, A.Md.Kom.` → `Bagus Prasetyo Nugroho`.
    """
    before_comma = name.split(",", 1)[0].split()
    kept = [w for w in before_comma if not _DEGREE.match(w.strip("."))]
    while len(kept) > 1 and kept[0].strip(".").casefold() in _HONORIFICS:
        kept.pop(0)
    return " ".join(kept) or name


def names_person(haystack_words: str, name: str) -> bool:
    """Whether a letter names the person `name`, with or without their titles."""
    return mentions(haystack_words, core_name(name))


def names_title(haystack_words: str, title: str) -> tuple[bool, bool]:
    """(the title appears, only its acronym does) for `SIGAP (Sistem ...)`-style titles.

    A letter that writes the acronym and its expansion apart (on two lines,
    with a dash) still names the innovation.
    """
    if mentions(haystack_words, title):
        return True, False
    parts = _ACRONYM_TITLE.match(title)
    if not parts:
        return False, False
    short = mentions(haystack_words, parts["short"])
    long_ = mentions(haystack_words, parts["long"])
    return short and long_, short and not long_


def speaks_of_replication(haystack_words: str) -> bool:
    """Whether the text talks about replication (*replikasi*, *direplikasi*, *ditiru*)."""
    return _REPLICATION.search(haystack_words) is not None


def speaks_of_identity(haystack_words: str) -> bool:
    """Whether the text is about who the innovators are (*inovator*, *identitas*, *tim inovasi*)."""
    return _IDENTITY.search(haystack_words) is not None
