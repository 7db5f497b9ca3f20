"""Find the legal instruments an answer cites, and tell an enacted basis from a plan.

Indonesian regulations have a recognisable shape: a type (*Peraturan*,
*Keputusan*, *Instruksi*, *Surat Edaran*, *Qanun*, or an abbreviation such as
Perbup, Perkada, Kepmen), usually an issuer (Bupati, Wali Kota, Kepala Dinas,
Badan Pusat Statistik, BPOM) and, once enacted, a number and a year
("Nomor 27 Tahun 2021", "No. 12/2022"). Abbreviated forms are recognised
alone; a bare *peraturan*/*keputusan* only with an issuer or a number, since
"sesuai peraturan yang berlaku" or "pengambilan keputusan" cite nothing.

An instrument is *planned* when its sentence says it is still to come ("akan
diusulkan Peraturan Bupati", "rancangan Perbup sedang disusun", "Ranperda"),
*negated* when the sentence says there is none ("belum ada SK"), and enacted
otherwise; a number and a year make it enacted unless it is called a draft.
Pure functions over text: the rules decide what to report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ISSUER = (
    r"(?:presiden|pemerintah|menteri(?:\s+\w+)?|gubernur|bupati|wali\s*kota|walikota|"
    r"kepala\s+daerah|kepala\s+desa|kepala(?:\s+\w+)?|desa|daerah|badan(?:\s+\w+)?|lembaga|"
    r"direktur(?:\s+\w+)?|direksi|dirjen|sekretaris(?:\s+\w+)?|camat|lurah|rektor|ketua|"
    r"deputi|dprd|otoritas|(?-i:[A-Z]{2,}\b))"
)
"""Who issues: a title, a body, or an acronym such as BPS, BPOM, LKPP (case kept for those)."""
_LONG = rf"(?:peraturan|keputusan|instruksi|surat\s+keputusan|surat\s+edaran)\s+{_ISSUER}"
_ABBREVIATED = (
    r"(?:undang-undang|uu|perppu|pp|perpres|keppres|inpres|permen\w*|kepmen\w*|perda|perdes|"
    r"perbup|perwali|perwal|perwako|pergub|perkada|perkades|kepbup|kepgub|kepwal\w*|kepkada|"
    r"qanun|sk|skb|surat\s+keputusan|surat\s+edaran|ranperda|raperda|raperbup|raperwali|(?-i:SE))"
)
_NUMBERED = r"(?:peraturan|keputusan|instruksi)\b[^.;\n]{0,80}?\b(?:nomor|no\.?)\s*[\w./-]*\d"
_INSTRUMENT = re.compile(rf"\b(?:{_LONG}|{_ABBREVIATED}\b|{_NUMBERED})", re.I)
_NUMBER_YEAR = re.compile(
    r"^[^.;\n]{0,100}?\b(?:nomor|no\.?)\s*[\w./-]*\d[\w./-]*"
    r"(?:[^.;\n]{0,20}?\b(?:tahun\s+)?(?:19|20)\d\d\b|/(?:19|20)\d\d\b)",
    re.I,
)
_DRAFT = re.compile(
    r"\b(?:ranperda|raperda|raperbup|raperwali|rancangan|draf|draft|konsep)\b", re.I
)
_PLANNED = re.compile(
    r"\b(?:akan|rencana\w*|direncanakan|diusulkan|mengusulkan|usulan|diupayakan|mengupayakan"
    r"|sedang\s+disusun|disusun|menyusun|penyusunan|dalam\s+proses|diproses|diajukan"
    r"|mengajukan|harmonisasi|ke\s+depan|nantinya|kelak|segera|masih\s+menunggu|menunggu"
    r"|diharapkan|belum\s+ditetapkan|belum\s+disahkan)\b",
    re.I,
)
_ENACTED = re.compile(
    r"\b(?:telah\s+(?:ditetapkan|diterbitkan|disahkan|berlaku|diundangkan)|ditetapkan|disahkan"
    r"|diundangkan|berdasarkan|sesuai\s+dengan|mengacu|diatur|diwajibkan|mewajibkan|dikuatkan"
    r"|diperkuat|dilembagakan|menjadi\s+dasar|sejak)\b",
    re.I,
)
_NEGATED = re.compile(
    r"\b(?:belum\s+ada|tidak\s+ada|tanpa|belum\s+memiliki|tidak\s+memiliki)\b", re.I
)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z\"'(])|\n+")
_SHOWN = 60


@dataclass(frozen=True)
class LegalReading:
    """The instruments an answer cites, sorted by standing; each as the words written."""

    enacted: tuple[str, ...] = ()
    planned: tuple[str, ...] = ()
    negated: tuple[str, ...] = ()


def sentences(text: str) -> list[str]:
    """`text` in sentences (a line break ends one too); "No. 27" does not end a sentence."""
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def read_legal_basis(text: str) -> LegalReading:
    """Each cited instrument in `text`, as enacted, planned or negated (see the module)."""
    enacted: list[str] = []
    planned: list[str] = []
    negated: list[str] = []
    for sentence in sentences(text):
        for match in _INSTRUMENT.finditer(sentence):
            before, rest = sentence[: match.start()], sentence[match.start() :]
            cited = _shown(match.group(), rest)
            after = rest[len(match.group()) : len(match.group()) + 50]
            standing = _standing(match.group(), before, after)
            {"enacted": enacted, "planned": planned, "negated": negated}[standing].append(cited)
    return LegalReading(_unique(enacted), _unique(planned), _unique(negated))


def _standing(instrument: str, before: str, after: str) -> str:
    """`enacted`, `planned` or `negated`: the nearest word that says so decides.

    A draft is planned; a number and a year make it enacted; otherwise the
    closest marker before it ("akan diusulkan", "belum ada", "berdasarkan")
    and then the first one after it ("… sedang disusun", "… telah ditetapkan").
    """
    if _DRAFT.search(instrument) or _DRAFT.search(before[-30:]):
        return "planned"
    if _NUMBER_YEAR.search(instrument + after):
        return "enacted"
    marks = [
        (m.end(), kind)
        for kind, pattern in (("planned", _PLANNED), ("negated", _NEGATED), ("enacted", _ENACTED))
        for m in pattern.finditer(before)
    ]
    if marks:
        return max(marks)[1]
    following = [
        (m.start(), kind)
        for kind, pattern in (("planned", _PLANNED), ("enacted", _ENACTED))
        for m in pattern.finditer(after)
    ]
    return min(following)[1] if following else "enacted"


def cites_enacted_basis(text: str) -> bool:
    """Whether `text` cites at least one instrument that is in force."""
    return bool(read_legal_basis(text).enacted)


def _shown(instrument: str, rest: str) -> str:
    """The instrument as written: up to its year, or with the capitalised words after it."""
    number = _NUMBER_YEAR.search(rest)
    if number:
        cited = rest[: number.end()]
    else:
        names = re.match(r"(?:\s+[A-Z][\w.-]*){0,4}", rest[len(instrument) :])
        cited = instrument + (names.group() if names else "")
    cited = " ".join(cited.split())
    return cited if len(cited) <= _SHOWN else cited[: _SHOWN - 1].rstrip() + "…"


def _unique(found: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(found))
