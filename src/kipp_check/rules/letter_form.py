"""What a secretariat checks by eye on a letter: number, date, signatory, signature, no specimen.

Pure functions over the text of one letter's pages (as the PDF inspection read
them). The 2025 template of the two letters is not published
(`shared/domain/kipp-rules.md` §3, §11.7), so these read the shape every
Indonesian official letter (*naskah dinas*) has: a number line ("Nomor:
470/318/Disdukcapil/2025"), a place and date, the signatory's name (often with
NIP) and position, and a signature — a "ttd." block, an image on the last page
or a digital signature field. A specimen or template left as it is shows
itself by its markers: "BUKAN DOKUMEN ASLI", "SPESIMEN", a line reading only
"CONTOH" (blanks left to fill in are `residue`'s).
"""

from __future__ import annotations

import re

_SPECIMEN = re.compile(
    r"\bbukan\s+dokumen\s+asli\b|\bspe[sc]imen\b|\btemplat\w*|\btemplate\b|\bwatermark\b"
    r"|\bcontoh\s+(?:surat|format|isian|pengisian|naskah)\b|\bformat\s+surat\b"
    r"|^\s*(?:contoh|draf|draft|konsep|sample|salinan\s+contoh)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_NUMBER_LINE = re.compile(
    r"^\s*(?:nomor|no)\s*\.?\s*:?\s*(?=[\w./-]*\d)(?![.…x-]{3})[\w./ -]*\d", re.I | re.M
)
_SIGNED_TEXT = re.compile(
    r"\b(?:ttd|t\.t\.d|tertanda|ditandatangani\s+(?:secara\s+)?elektronik|tanda\s+tangan"
    r"\s+elektronik|TTE)\b\.?",
    re.IGNORECASE,
)
_NAME_FIELD = re.compile(r"\bnama\s*:\s*\S|\bNIP\.?\s*:?\s*\d", re.IGNORECASE)
_POSITION = re.compile(
    r"\bjabatan\s*:\s*\S|^\s*(?:plt\.?\s+|pj\.?\s+|a\.n\.\s+)?(?:kepala|bupati|wali\s*kota"
    r"|walikota|gubernur|direktur|camat|lurah|sekretaris|ketua|menteri|rektor|inspektur)\b",
    re.IGNORECASE | re.MULTILINE,
)
_SHOWN = 40


def specimen_marks(page: str) -> tuple[str, ...]:
    """The markers of a specimen, template or unfilled form on one page, as written."""
    found = [m.group().strip() for m in _SPECIMEN.finditer(page)]
    return tuple(dict.fromkeys(mark[:_SHOWN] for mark in found))


def has_number(text: str) -> bool:
    """Whether the letter has a number line ("Nomor: 470/318/Disdukcapil/2025")."""
    return _NUMBER_LINE.search(text) is not None


def signed_in_text(text: str) -> bool:
    """Whether the text shows a signature block: "ttd.", "tertanda", an electronic signature."""
    return _SIGNED_TEXT.search(text) is not None


def names_signatory(text: str) -> bool:
    """Whether the signatory is named: a "Nama :" line, a NIP, or a name under "ttd."."""
    if _NAME_FIELD.search(text):
        return True
    lines = [line.strip() for line in text.splitlines()]
    for index, line in enumerate(lines):
        if _SIGNED_TEXT.search(line):
            after = [x for x in lines[index + 1 : index + 4] if x]
            rest = _SIGNED_TEXT.sub("", line).strip(" ,.")
            candidates = [rest, *after] if rest else after
            if any(re.match(r"^(?:[A-Z][\w.'-]*,?\s+){1,6}[A-Z][\w.'-]*", c) for c in candidates):
                return True
    return False


def states_position(text: str) -> bool:
    """Whether the signatory's position is stated ("Jabatan :", or "Kepala Dinas …" on a line)."""
    return _POSITION.search(text) is not None
