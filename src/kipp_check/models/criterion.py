"""The report's criteria and the rule-ID prefix of each, defined once for every floor.

The loader files its findings under the proposal-file row, `report_rows` lays
out the fixed rows, SARIF and the rule reference name a rule's criterion, and
the rule registry checks that an ID's prefix matches its criterion: all of
them name the criteria from here rather than spelling `"berkas"` or
`"administrasi"` again. A finding's `group` and a row's `key` are plain
strings (aspect and innovation rows add `:<id>`), so code that builds one
takes `Criterion.X.value`.
"""

from __future__ import annotations

from enum import Enum

from kipp_check.models.reserved import RESERVED_PREFIX


class Criterion(str, Enum):
    """The report's criteria; a rule ID's prefix names its criterion."""

    FILE = "berkas"
    ADMIN = "administrasi"
    SCHEDULE = "jadwal"
    DOCUMENTS = "dokumen"
    SUPPORTING_DATA = "data_dukung"
    ASPECTS = "aspek"
    INNOVATION = "kriteria"
    VIDEO = "video"


PREFIXES: dict[Criterion, str] = {
    Criterion.FILE: RESERVED_PREFIX,
    Criterion.ADMIN: "ADM",
    Criterion.SCHEDULE: "JDW",
    Criterion.DOCUMENTS: "DOK",
    Criterion.SUPPORTING_DATA: "DD",
    Criterion.ASPECTS: "ASP",
    Criterion.INNOVATION: "KRI",
    Criterion.VIDEO: "VID",
}
"""The rule-ID prefix of each criterion (`ADM001` is administrative)."""

FILE_GROUP: str = Criterion.FILE.value
"""The report row for problems with the proposal file itself (syntax, schema, a crash)."""
