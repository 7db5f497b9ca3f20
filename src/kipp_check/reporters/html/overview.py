"""The HTML report's overview of a batch: filters, then one sortable row per proposal.

Each row carries its sort and filter keys as `data-*` attributes (escaped and
quoted like every attribute), so the page's script compares strings and
numbers without ever parsing markup. The filter choices (institutions,
categories) are written here, sorted, as `<option>` elements.
"""

from __future__ import annotations

from collections.abc import Iterable

from kipp_check.i18n import Lang, text
from kipp_check.models.results import BatchReport
from kipp_check.reporters.html.markup import Markup, join, line, tag
from kipp_check.reporters.safe_text import one_line
from kipp_check.reporters.summary import SummaryRow, days_left_cell, summary_rows

OVERVIEW_ID = "ikhtisar"
_TEXT, _NUMBER = "text", "number"
COLUMNS = (
    ("number", "summary.col.number", _NUMBER),
    ("title", "report.title", _TEXT),
    ("institution", "report.institution", _TEXT),
    ("group", "report.group", _TEXT),
    ("category", "report.category", _TEXT),
    ("days", "summary.col.days_left", _NUMBER),
    ("readiness", "summary.col.readiness", _NUMBER),
    ("errors", "summary.col.errors", _NUMBER),
    ("warnings", "summary.col.warnings", _NUMBER),
    ("status", "summary.col.status", _TEXT),
)
"""Sort key, catalogue key of the heading, and how the script compares the values."""
STATUS_ICON = {"ready": "✓", "not_ready": "✗"}


def section_id(number: int) -> str:
    """The anchor of proposal `number`'s section: made from the number, never from its text."""
    return f"usulan-{number}"


def cell_text(value: str) -> str:
    """A proposal's field as the overview shows it, filters on it and sorts by it."""
    return one_line(value, 200)


def overview(run: BatchReport, lang: Lang) -> Markup:
    """The overview section: heading, filters, the live count and the table."""
    rows = summary_rows(run, lang)
    heading = tag("h2", text("summary.heading", lang, count=len(rows)), id=f"{OVERVIEW_ID}-judul")
    shown = tag(
        "p",
        text("html.shown", lang, shown=len(rows), total=len(rows)),
        id="shown",
        class_="shown",
        aria_live="polite",
        data_template=text("html.shown", lang, shown="{shown}", total="{total}"),
        hidden=True,
    )
    no_match = tag("p", text("html.no_match", lang), id="no-match", hidden=True)
    parts = [heading, _filters(rows, lang), shown, _table(rows, lang), no_match]
    return tag("section", join(parts), id=OVERVIEW_ID, aria_labelledby=f"{OVERVIEW_ID}-judul")


def _filters(rows: list[SummaryRow], lang: Lang) -> Markup:
    """The filter form; hidden until the script runs, since only the script can apply it."""
    statuses = [
        ("ready", text("status.ready", lang)),
        ("not_ready", text("summary.not_ready", lang)),
    ]
    institutions = _distinct(row.institution for row in rows)
    categories = _distinct(row.category for row in rows)
    search = tag(
        "label",
        text("html.filter.search", lang),
        tag("input", type="search", name="q", autocomplete="off"),
    )
    controls = [
        tag("legend", text("html.filters", lang)),
        _choice("status", text("summary.col.status", lang), statuses, lang),
        _choice("institution", text("report.institution", lang), institutions, lang),
        _choice("category", text("report.category", lang), categories, lang),
        search,
        tag("button", text("html.filter.reset", lang), type="button", id="show-all"),
    ]
    fieldset = tag("fieldset", join(controls), class_="filters")
    return tag("form", fieldset, id="filters", hidden=True)


def _distinct(values: Iterable[str]) -> list[tuple[str, str]]:
    shown = {cell_text(value) for value in values if value.strip()}
    return [(value, value) for value in sorted(shown, key=lambda v: (v.casefold(), v))]


def _choice(name: str, label: str, options: list[tuple[str, str]], lang: Lang) -> Markup:
    items = [tag("option", text("html.filter.all", lang), value="")]
    items += [tag("option", shown, value=value) for value, shown in options]
    return tag("label", label, tag("select", join(items), name=name))


def _table(rows: list[SummaryRow], lang: Lang) -> Markup:
    headings = [_heading(key, label, kind, lang) for key, label, kind in COLUMNS]
    head = tag("thead", tag("tr", join(headings)))
    body = tag("tbody", join([_row(row, lang) for row in rows]))
    caption = tag("caption", text("html.overview_caption", lang))
    return tag("table", join([caption, head, body]), id="overview")


def _heading(key: str, label_key: str, kind: str, lang: Lang) -> Markup:
    button = tag(
        "button",
        text(label_key, lang),
        type="button",
        class_="sort",
        data_sort_key=key,
        data_sort_type=kind,
    )
    return tag("th", button, scope="col", class_="num" if kind == _NUMBER else None)


def _row(row: SummaryRow, lang: Lang) -> Markup:
    status = "ready" if row.ready else "not_ready"
    status_word = text("status.ready" if row.ready else "summary.not_ready", lang)
    title = cell_text(row.title)
    link = tag("a", title or line(row.file, 300), href=f"#{section_id(row.number)}")
    file = tag("span", line(row.file, 300), class_="file") if title else None
    label = {key: text(label_key, lang) for key, label_key, _kind in COLUMNS}
    cells = [
        tag("td", row.number, class_="num", data_label=label["number"]),
        tag("th", link, file, scope="row"),
        tag("td", cell_text(row.institution) or "-", data_label=label["institution"]),
        tag("td", cell_text(row.group) or "-", data_label=label["group"]),
        tag("td", cell_text(row.category) or "-", data_label=label["category"]),
        tag("td", days_left_cell(row.days_left, lang), class_="num", data_label=label["days"]),
        tag("td", _bar(row.readiness), class_="num", data_label=label["readiness"]),
        tag("td", row.errors, class_="num", data_label=label["errors"]),
        tag("td", row.warnings, class_="num", data_label=label["warnings"]),
        tag(
            "td",
            _status(status, status_word),
            class_=f"status status-{status}",
            data_label=label["status"],
        ),
    ]
    return tag(
        "tr",
        join(cells, ""),
        data_number=row.number,
        data_title=cell_text(row.title),
        data_institution=cell_text(row.institution),
        data_group=cell_text(row.group),
        data_category=cell_text(row.category),
        data_days="" if row.days_left is None else row.days_left,
        data_readiness=row.readiness,
        data_errors=row.errors,
        data_warnings=row.warnings,
        data_status=status,
        data_search=" ".join((cell_text(row.title), cell_text(row.institution), row.file)),
    )


def _bar(percent: int) -> Markup:
    """Readiness as a bar and as a number: the number is what a screen reader reads."""
    meter = tag(
        "meter", value=percent, min=0, max=100, low=50, high=99, optimum=100, aria_hidden="true"
    )
    return join([meter, Markup(f"{percent}&nbsp;%")], "")


def _status(status: str, word: str) -> Markup:
    return join([tag("span", STATUS_ICON[status], aria_hidden="true"), tag("span", word)], " ")
