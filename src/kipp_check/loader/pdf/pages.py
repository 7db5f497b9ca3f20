"""Cheap facts of a PDF's pages and form: paper size, text layer or scan, signature field.

None of this extracts text. Paper size is read from the page box; whether a
page has a text layer is decided by scanning its decoded content stream for
text-showing operators, which costs a fraction of `extract_text()`. Every walk
is bounded (form nesting, field count), because the file is untrusted.
"""

from __future__ import annotations

import re
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.generic import ArrayObject, IndirectObject

from kipp_check.loader.pdf.job import printable

_MM = 72 / 25.4
_PAPER: tuple[tuple[str, float, float], ...] = (
    ("a4", 210, 297),
    ("f4", 215, 330),  # folio as Indonesian offices use it (8.5 × 13 in)
    ("f4", 210, 330),  # the narrower folio some printers call F4
    ("letter", 215.9, 279.4),
)
_TOLERANCE_MM = 3.0
_TEXT_SHOWN = re.compile(rb"[)\]>]\s*(?:Tj|TJ|'|\")")
_XOBJECT_USED = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+Do\b")
_INLINE_IMAGE = re.compile(rb"\bBI\b")
_MAX_FORM_DEPTH = 3
_MAX_FORMS_PER_PAGE = 32
_MAX_FIELDS = 2_000
_MAX_FIELD_DEPTH = 20
_PRODUCER_CHARS = 80

TEXT, IMAGE, BLANK = "text", "image", "blank"


def paper_size(page: PageObject) -> str:
    """`a4`, `f4`, `letter` or `other`, from the crop box, either orientation."""
    box = page.cropbox
    unit = float(page.user_unit or 1)
    short, long_ = sorted((abs(float(box.width)) * unit, abs(float(box.height)) * unit))
    for name, width, height in _PAPER:
        if (
            abs(short - width * _MM) <= _TOLERANCE_MM * _MM
            and abs(long_ - height * _MM) <= _TOLERANCE_MM * _MM
        ):
            return name
    return "other"


def page_marks(page: PageObject) -> tuple[str, bool]:
    """The page's layer and whether it draws an image at all, from one walk of its content.

    The layer is `text` when the page shows text, `image` when it only draws
    images, else `blank`; a scanned page run through OCR has an (invisible)
    text layer and counts as `text`, which is what a reader of its content
    needs to know. An image beside text (a pasted signature) is the second
    answer. One walk serves both, so each content stream is decoded once.
    """
    marks = _Marks()
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""
    _walk(data, _resolve(page.get("/Resources")), 0, marks)
    layer = TEXT if marks.text else IMAGE if marks.image else BLANK
    return layer, marks.image


class _Marks:
    """What a page's walk has found so far, and how many forms it may still open."""

    def __init__(self) -> None:
        self.text = False
        self.image = False
        self.forms_left = _MAX_FORMS_PER_PAGE

    @property
    def complete(self) -> bool:
        return self.text and self.image


def _walk(data: bytes, resources: Any, depth: int, marks: _Marks) -> None:
    """Mark text and images drawn by `data` and the forms it uses, depth first, in order.

    The walk stops once both are found; until then it opens forms in the same
    order a walk for either alone would, so each answer is the one that walk gives.
    """
    marks.text = marks.text or _TEXT_SHOWN.search(data) is not None
    marks.image = marks.image or _INLINE_IMAGE.search(data) is not None
    xobjects = _resolve(resources.get("/XObject")) if isinstance(resources, dict) else None
    if marks.complete or not isinstance(xobjects, dict):
        return
    for name in dict.fromkeys(m.decode("latin-1") for m in _XOBJECT_USED.findall(data)):
        xobject = _resolve(xobjects.get(f"/{name}"))
        if not isinstance(xobject, dict):
            continue
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            marks.image = True
        elif subtype == "/Form" and depth < _MAX_FORM_DEPTH and marks.forms_left > 0:
            marks.forms_left -= 1
            inner = xobject.get_data() if hasattr(xobject, "get_data") else b""
            _walk(inner, _resolve(xobject.get("/Resources")), depth + 1, marks)
        if marks.complete:
            return


def signature_state(reader: PdfReader) -> tuple[bool, bool | None]:
    """(has a signature field, whether one is signed); signed is `None` without a field."""
    form = _resolve(_resolve(reader.trailer.get("/Root")).get("/AcroForm"))
    if not isinstance(form, dict):
        return False, None
    has_field, signed = False, False
    stack: list[tuple[Any, Any, int]] = [
        (field, None, 0) for field in _as_list(form.get("/Fields"))
    ]
    seen: set[int] = set()
    while stack and len(seen) < _MAX_FIELDS:
        ref, inherited_type, depth = stack.pop()
        field = _resolve(ref)
        if not isinstance(field, dict) or id(field) in seen or depth > _MAX_FIELD_DEPTH:
            continue
        seen.add(id(field))
        field_type = field.get("/FT", inherited_type)
        if field_type == "/Sig":
            has_field = True
            signed = signed or _resolve(field.get("/V")) is not None
        stack.extend((kid, field_type, depth + 1) for kid in _as_list(field.get("/Kids")))
    return has_field, (signed if has_field else None)


def producer(reader: PdfReader) -> str:
    """The metadata's producer, printable and at most 80 characters; `""` when absent."""
    info = _resolve(reader.trailer.get("/Info"))
    raw = _resolve(info.get("/Producer")) if isinstance(info, dict) else None
    return printable(str(raw), _PRODUCER_CHARS) if raw is not None else ""


def _resolve(value: Any) -> Any:
    """Follow an indirect reference (one level is all pypdf ever needs here)."""
    return value.get_object() if isinstance(value, IndirectObject) else value


def _as_list(value: Any) -> list[Any]:
    value = _resolve(value)
    return list(value) if isinstance(value, ArrayObject | list) else []
