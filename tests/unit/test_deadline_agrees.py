"""Days left agree with the deadline (issue 15, item 5): one last day for every clock and rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kipp_check.i18n import Lang
from kipp_check.i18n.render import say
from kipp_check.packs import load_pack
from kipp_check.pipeline.deadline import days_left, deadline_line, last_day
from tests.support.checking import rule_findings

PACK = load_pack("kipp-2025")
WITA = "instansi:\n  nama: Dinas Kesehatan Kota Tirtarejo\n  zona_waktu: WITA\n"


def test_a_wita_office_counts_to_the_last_whole_local_day() -> None:
    # 23:59 WIB on 3 June is 00:59 WITA on 4 June: 4 June is closed almost from its start.
    assert last_day(PACK, "WITA") == dt.date(2025, 6, 3)
    assert days_left(PACK, dt.date(2025, 5, 20), "WITA") == 14
    assert days_left(PACK, dt.date(2025, 5, 20), "WIB") == 14
    assert days_left(PACK, dt.date(2025, 6, 4), "WITA") == -1  # closed, never "sisa 0 hari"


def test_the_plan_agrees_with_the_days_left(tmp_path: Path) -> None:
    on_last_day = WITA + "rencana_pengajuan: 2025-06-03\n"
    assert rule_findings(tmp_path, on_last_day, "JDW001") == []
    a_day_later = WITA + "rencana_pengajuan: 2025-06-04\n"
    (late,) = rule_findings(tmp_path, a_day_later, "JDW001")
    assert late.message_key == "jdw.window.planned_late"


def test_the_header_shows_wib_beside_the_local_time_and_the_hours_confidence() -> None:
    line = say(deadline_line(PACK, "WITA"), Lang.ID)
    assert line == (
        "4 Juni 2025 pukul 00.59 WITA (3 Juni 2025 pukul 23.59 WIB; "
        "jam penutupan diasumsikan dari KIPP 2023)"
    )
    assert say(deadline_line(PACK, "WIB"), Lang.EN).endswith(
        "(closing hour assumed from KIPP 2023)"
    )
