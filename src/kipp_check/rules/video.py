"""Video criterion: link on an allowed host, length, resolution, language, contents."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TypeGuard
from urllib.parse import urlsplit

from kipp_check.models.criterion import Criterion
from kipp_check.models.phrase import Value
from kipp_check.models.proposal import Video
from kipp_check.models.results import Finding, Severity
from kipp_check.packs.model import Sourced
from kipp_check.rules._registry import rule
from kipp_check.rules.aspect_text import by_key, is_blank
from kipp_check.rules.context import CheckContext

_VID = Criterion.VIDEO
_DURATION = re.compile(r"(?:(\d+):)?(\d{1,3}):([0-5]\d)")
_HEIGHT = re.compile(r"(?:\d{3,4}\s*[x×]\s*)?(\d{3,4})\s*[pP]?")
_NAMED_HEIGHTS = {"hd": 720, "full hd": 1080, "fhd": 1080, "2k": 1440, "4k": 2160, "uhd": 2160}


@rule("VID001", _VID)
def video_link_is_allowed(ctx: CheckContext) -> Iterator[Finding]:
    """The video is linked, over https, on YouTube or an allowed cloud drive.

    Passes when `video.tautan` is an `https://` link whose host is one of the pack's hosts
    (youtube.com, youtu.be, Google Drive, OneDrive, Dropbox …) or a subdomain of one.
    Fails when the link is missing, not a web link, or on another host.
    Fix: upload the video to YouTube (public or unlisted) or a shared drive and paste the link.
    Source: KIPP 2025 video rules (radarlombok.co.id) [confirmed].

    Example passes::

        video:
          tautan: "https://youtu.be/Sg4pDs9kR2w"

    Example fails::

        video:
          tautan: "https://vimeo.com/912345678"
    """
    hosts = ctx.pack.video.hosts
    video = ctx.proposal.video
    if video is None or is_blank(video.link):
        yield ctx.fail("vid.link.missing", at=("video", "tautan"), basis=ctx.pack.video.required)
        return
    link = (video.link or "").strip()
    parts = urlsplit(link)
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    if parts.scheme != "https" or not host:
        yield ctx.fail("vid.link.not_https", at=("video", "tautan"), link=link[:60])
    elif not any(host == h or host.endswith("." + h) for h in hosts.value):
        yield ctx.fail(
            "vid.link.host",
            at=("video", "tautan"),
            host=host,
            hosts=", ".join(hosts.value),
            basis=hosts,
        )


@rule("VID002", _VID)
def video_is_short_enough(ctx: CheckContext) -> Iterator[Finding]:
    """The video lasts at most the pack's limit (2025: five minutes).

    Passes when `video.durasi` ("m:ss" or "h:mm:ss", quoted) is within the limit.
    Fails when it is longer, missing, or not written as minutes:seconds.
    Fix: cut the video; write its length in quotes, e.g. `durasi: "4:35"`.
    Source: KIPP 2025 video rules (radarlombok.co.id) [confirmed].

    Example passes::

        video:
          tautan: "https://youtu.be/Sg4pDs9kR2w"
          durasi: "4:35"

    Example fails::

        video:
          tautan: "https://youtu.be/Sg4pDs9kR2w"
          durasi: "7:10"
    """
    video = ctx.proposal.video
    if not video_exists(video):  # a video not made yet is VID001's one finding
        return
    limit = ctx.pack.video.max_seconds
    seconds = _seconds(video.duration or "")
    yield from _declared_measure(
        ctx,
        "durasi",
        video.duration,
        seconds,
        over=seconds is not None and seconds > limit.value,
        keys=("duration", "too_long"),
        basis=limit,
        limit=f"{limit.value // 60}:{limit.value % 60:02d}",
    )


@rule("VID003", _VID)
def video_resolution_is_enough(ctx: CheckContext) -> Iterator[Finding]:
    """The video is at least the pack's resolution (2025: 720p, HD).

    Passes when `video.resolusi` (e.g. `1080p`, `1280x720`, `Full HD`) is high enough.
    Fails when it is lower, missing or unreadable.
    Fix: export the video at 720p or higher and upload it again.
    Source: KIPP 2025 video rules (radarlombok.co.id) [confirmed].

    Example passes::

        video:
          tautan: "https://youtu.be/Sg4pDs9kR2w"
          resolusi: 1080p

    Example fails::

        video:
          tautan: "https://youtu.be/Sg4pDs9kR2w"
          resolusi: 480p
    """
    video = ctx.proposal.video
    if not video_exists(video):  # a video not made yet is VID001's one finding
        return
    minimum = ctx.pack.video.min_height
    height = _height(video.resolution or "")
    yield from _declared_measure(
        ctx,
        "resolusi",
        video.resolution,
        height,
        over=height is not None and height < minimum.value,
        keys=("resolution", "too_low"),
        basis=minimum,
        minimum=f"{minimum.value}p",
    )


@rule("VID004", _VID)
def video_language_is_understood(ctx: CheckContext) -> Iterator[Finding]:
    """The video speaks Bahasa Indonesia, or carries subtitles.

    Passes when `video.bahasa` is the pack's language (`id`), or `video.takarir` is true.
    Fails when another language is used without subtitles, or the language is not stated.
    Fix: add Indonesian subtitles (*takarir*) and set `takarir: true`.
    Source: KIPP 2025 video rules (radarlombok.co.id) [confirmed].

    Example passes::

        video:
          tautan: "https://youtu.be/Sg4pDs9kR2w"
          bahasa: id

    Example fails::

        video:
          tautan: "https://youtu.be/Sg4pDs9kR2w"
          bahasa: jv
          takarir: false
    """
    video = ctx.proposal.video
    if not video_exists(video):  # a video not made yet is VID001's one finding
        return
    wanted = ctx.pack.video.language
    language = (video.language or "").strip().casefold()
    if not language:
        yield ctx.fail("vid.language.missing", at=("video", "bahasa"), language=wanted.value)
    elif language != wanted.value and not video.subtitles:
        yield ctx.fail(
            "vid.language.no_subtitles",
            at=("video", "bahasa"),
            value=video.language,
            language=wanted.value,
            basis=wanted,
        )


@rule("VID005", _VID, severity=Severity.WARNING)
def video_shows_required_contents(ctx: CheckContext) -> Iterator[Finding]:
    """The video shows the idea, the implementation, the impact and beneficiaries' testimony,
    without commercial promotion.

    Passes when every item of `video.isi` the pack lists is true and
    `video.tanpa_promosi_komersial` is true.
    Fails (warning) when an item is false or not stated: the tool cannot watch the video,
    so the innovator attests it.
    Fix: check the video against the list and record it under `video.isi`.
    Source: KIPP 2025 video rules (radarlombok.co.id) [confirmed].

    Example passes::

        video:
          tautan: "https://youtu.be/Sg4pDs9kR2w"
          isi:
            gagasan: true
            implementasi: true
            dampak: true
            testimoni: true
          tanpa_promosi_komersial: true

    Example fails::

        video:
          tautan: "https://youtu.be/Sg4pDs9kR2w"
          isi:
            gagasan: true
            implementasi: true
            dampak: true
            testimoni: false
          tanpa_promosi_komersial: true
    """
    video = ctx.proposal.video
    if not video_exists(video):  # a video not made yet is VID001's one finding
        return
    absent = [
        item for item in ctx.pack.video.contents.value if by_key(video.contents, item) is not True
    ]
    if absent:
        # At the first item not attested: its line when written false, else `isi` or `video`.
        at = ("video", "isi", absent[0])
        yield ctx.fail("vid.contents.absent", at=at, items=", ".join(absent))
    if ctx.pack.video.no_commercial.value and video.no_commercial is not True:
        yield ctx.fail("vid.commercial.unattested", at=("video", "tanpa_promosi_komersial"))


def video_exists(video: Video | None) -> TypeGuard[Video]:
    """Whether the proposal links a video at all: a web address, not "belum dibuat" or "-".

    A video not made yet is one cause and one finding (VID001); its length,
    resolution, language and contents are checked once there is a link.
    """
    if video is None or is_blank(video.link):
        return False
    parts = urlsplit((video.link or "").strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _declared_measure(
    ctx: CheckContext,
    field: str,
    written: str | None,
    measured: int | None,
    *,
    over: bool,
    keys: tuple[str, str],
    basis: Sourced[int],
    **limit: Value,
) -> Iterator[Finding]:
    """The one finding a declared video measure deserves: missing, unreadable or over the limit."""
    area, beyond = keys
    at = ("video", field)
    if is_blank(written):
        yield ctx.fail(f"vid.{area}.missing", at=at)
    elif measured is None:
        yield ctx.fail(f"vid.{area}.unreadable", at=at, value=(written or "")[:20])
    elif over:
        yield ctx.fail(f"vid.{area}.{beyond}", at=at, value=written, basis=basis, fields=limit)


def _seconds(text: str) -> int | None:
    match = _DURATION.fullmatch(text.strip())
    if match is None:
        return None
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def _height(text: str) -> int | None:
    value = text.strip().casefold()
    if value in _NAMED_HEIGHTS:
        return _NAMED_HEIGHTS[value]
    match = _HEIGHT.fullmatch(value)
    return int(match.group(1)) if match else None
