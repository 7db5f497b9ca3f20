"""Active content in a PDF: JavaScript, actions run on opening, automatic actions, XFA forms.

Judges open the letters in Acrobat, which runs a document's JavaScript and
its open and page actions as the file opens (ISO 32000-1 §12.6 actions,
§12.6.3 trigger events `/AA`, §12.6.4.16 JavaScript actions, §12.7.8 XFA
forms). A letter needs none of it, and a file that carries it is either made
by a tool that adds forms or scripts, or crafted; either way the innovator
should know before a judge's reader does something on its own (issue 12).

Only the places Acrobat acts on without a click are looked at, within
bounds: the catalogue's `/OpenAction`, `/AA` and `/Names /JavaScript`, the
form's `/XFA`, and the examined pages' own `/AA` and their annotations'
actions. Runs in the PDF worker, like the rest of the reading.
"""

from __future__ import annotations

from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.generic import ArrayObject, IndirectObject

_MAX_ANNOTATIONS = 500
"""Annotations looked at per examined page; a letter has a handful."""
_RUNS_CODE = frozenset({"/JavaScript", "/Launch", "/Rendition", "/ImportData", "/SubmitForm"})


def active_content(reader: PdfReader, pages: list[PageObject]) -> tuple[str, ...]:
    """The kinds of active content found, sorted: `javascript`, `launch`, `open_action`,
    `additional_actions`, `xfa`; empty for an ordinary document."""
    root = _resolve(reader.trailer.get("/Root"))
    if not isinstance(root, dict):
        return ()
    found: set[str] = set()
    opening = _resolve(root.get("/OpenAction"))
    if isinstance(opening, dict):  # an action; an array is only "show this page"
        found.add("open_action")
        found |= _action_kinds(opening)
    if _resolve(root.get("/AA")) is not None:
        found.add("additional_actions")
    names = _resolve(root.get("/Names"))
    if isinstance(names, dict) and _resolve(names.get("/JavaScript")) is not None:
        found.add("javascript")
    form = _resolve(root.get("/AcroForm"))
    if isinstance(form, dict) and _resolve(form.get("/XFA")) is not None:
        found.add("xfa")
    for page in pages:
        if _resolve(page.get("/AA")) is not None:
            found.add("additional_actions")
        annotations = _resolve(page.get("/Annots"))
        if not isinstance(annotations, ArrayObject | list):
            continue
        for annotation in list(annotations)[:_MAX_ANNOTATIONS]:
            annotation = _resolve(annotation)
            if not isinstance(annotation, dict):
                continue
            if _resolve(annotation.get("/AA")) is not None:
                found.add("additional_actions")
            action = _resolve(annotation.get("/A"))
            if isinstance(action, dict):
                found |= _action_kinds(action)
    return tuple(sorted(found))


def _action_kinds(action: dict[Any, Any]) -> set[str]:
    kind = _resolve(action.get("/S"))
    if kind == "/Launch":
        return {"launch"}
    if kind in _RUNS_CODE or _resolve(action.get("/JS")) is not None:
        return {"javascript"}
    return set()


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value
