"""Messages of the pdf area; see `kipp_check.i18n`."""

from __future__ import annotations

from kipp_check.i18n.message import Message

MESSAGES: dict[str, Message] = {
}
