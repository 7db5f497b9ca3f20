"""A batch's reports on disk until the reporters read them, one report in memory at a time.

A report is about 12 KB pickled but about 45 KB as Python objects, and a batch
used to keep every one until the cross-proposal rules and the reporters had
run, so the main process grew with the number of proposals (issue #7). Each
report is pickled as soon as its proposal is checked (a batch worker sends it
pickled already), written to an anonymous temporary file, and only its place
in that file stays in memory. The cross-proposal rules need only the small
`CrossFacts`; then each report is read back once, given their results and
written again, so a reporter reads a final report and nothing else is kept.

Pickle is safe here: the spool is our own private file, written and read by
this process only, and on POSIX it has no name from the moment it exists. It
is deleted when closed, which `run_batch` does when the run ends, on an error
or Ctrl-C too.
"""

from __future__ import annotations

import operator
import os
import pickle
import tempfile
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import cast, overload

from kipp_check.models.results import Report


def pack(report: Report) -> bytes:
    """`report` as the spool stores it (and as a batch worker sends it back)."""
    return pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)


class ReportSpool:
    """Packed reports by proposal number, in an anonymous temporary file deleted on `close`."""

    def __init__(self, count: int) -> None:
        self._file = tempfile.TemporaryFile(prefix="kipp-check-spool-")  # noqa: SIM115 (ours: `close`)
        self._places: list[tuple[int, int] | None] = [None] * count

    def __enter__(self) -> ReportSpool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        """Whether the file is closed, and so gone."""
        return self._file.closed

    def put(self, number: int, packed: bytes) -> None:
        """Keep the packed report of proposal `number` (0-based, in run order), or a newer one."""
        offset = self._file.seek(0, os.SEEK_END)
        self._file.write(packed)
        self._file.flush()  # never a buffer a forked process could write twice (`load`)
        self._places[number] = (offset, len(packed))

    def load(self, number: int) -> Report:
        """The report of proposal `number`, read back from the file at its offset.

        Read with `pread`, which moves no file position: processes forked to
        draw the reports (`batch.drawing`) share this file's position with
        the main process and with each other, so a `seek` in one would move
        the others' reads.
        """
        place = self._places[number]
        if place is None:
            raise LookupError(number)
        offset, size = place
        if not hasattr(os, "pread"):  # Windows, which never forks drawing processes
            self._file.seek(offset)
            return cast(Report, pickle.loads(self._file.read(size)))
        data = bytearray()
        while len(data) < size:
            chunk = os.pread(self._file.fileno(), size - len(data), offset + len(data))
            if not chunk:
                raise EOFError(number)
            data += chunk
        return cast(Report, pickle.loads(data))

    def close(self) -> None:
        """Delete the file; reading a report afterwards is an error."""
        self._file.close()


class SpooledReports(Sequence[Report]):
    """A batch's final reports in run order, each read from the spool on access, never kept.

    What the run as a whole needs of them (counts, the verdict) is tallied in
    one pass and kept (see `BatchReport`); a reporter reads them as it goes.
    """

    def __init__(self, spool: ReportSpool, count: int) -> None:
        self._spool = spool
        self._count = count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Report: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Report]: ...

    def __getitem__(self, index: int | slice) -> Report | Sequence[Report]:
        if isinstance(index, slice):  # a slice is read whole: its caller asked for all of it
            return tuple(self[number] for number in range(*index.indices(len(self))))
        number = operator.index(index)
        if number < 0:
            number += len(self)
        if not 0 <= number < len(self):
            raise IndexError(index)
        return self._spool.load(number)

    def __iter__(self) -> Iterator[Report]:
        for number in range(len(self)):
            yield self._spool.load(number)
