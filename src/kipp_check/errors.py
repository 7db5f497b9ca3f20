"""Errors that stop a run before any report can be made (exit code 2), or a crash (exit code 3)."""

from __future__ import annotations


class KippError(Exception):
    """Base of the errors the CLI turns into a message and an exit code."""


class UsageError(KippError):
    """Bad flags, a missing proposal file or a bad rule pack: exit code 2.

    The message is already rendered in the user's language.
    """


class ProposalUnreadableError(UsageError):
    """A proposal file that cannot be opened or read (gone, a folder, no permission).

    Alone it stops the run (exit 2); in a batch it becomes a finding of that
    proposal, and the others are still checked (issue 12).
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class CheckCrashedError(Exception):
    """An unexpected error while checking one proposal: the run ends with exit code 3."""

    def __init__(self, path: str, error: str) -> None:
        super().__init__(path, error)
        self.path = path
        self.error = error
