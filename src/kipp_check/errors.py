"""Errors that stop a run before any report can be made (exit code 2), or a crash (exit code 3).

They carry words, not sentences: a `Phrase` (or a value) for what is wrong,
one for how to fix it, where, and how many more problems wait behind it. The
CLI says them in the user's language when it prints them
(`i18n.render.say_error`), so an error speaks the configured language
whenever it happens, even before the configuration was read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kipp_check.i18n import has

if TYPE_CHECKING:  # `kipp-check --help` imports this module: nothing more than it needs
    from kipp_check.models.phrase import Phrase, Value
    from kipp_check.models.results import Finding


class KippError(Exception):
    """Base of the errors the CLI turns into a message and an exit code."""


class UsageError(KippError):
    """Bad flags, a missing proposal file or a bad rule pack: exit code 2.

    `where: message`, then `→ fix` and `more` on lines of their own when given.
    """

    def __init__(
        self, message: Value, *, fix: Value = "", where: str = "", more: Value = ""
    ) -> None:
        self.words = message
        self.fix = fix
        self.where = where
        self.more = more
        super().__init__(getattr(message, "key", message))

    def __str__(self) -> str:
        """The error in the default language (Indonesian), for logs and tracebacks only.

        The CLI never prints this: it says the error in the user's language.
        """
        from kipp_check.i18n import Lang
        from kipp_check.i18n.render import say_error

        return say_error(self, Lang.ID)

    @classmethod
    def of(cls, key: str, /, *, where: str = "", more: Value = "", **args: Value) -> UsageError:
        """The error of catalogue `key`, with `key.fix` when the catalogue has one."""
        from kipp_check.models.phrase import Phrase

        message = Phrase.of(key, **args)
        return cls(message, fix=fix_of(message), where=where, more=more)

    @classmethod
    def from_finding(cls, finding: Finding, *, where: str, more: Value = "") -> UsageError:
        """A finding of a file read before any report (a config, a pack) as the run's error."""
        from kipp_check.models.phrase import Phrase

        message = Phrase(finding.message_key, finding.args)
        return cls(message, fix=fix_of(message), where=where, more=more)


def fix_of(message: Phrase) -> Value:
    """The catalogue's `<key>.fix` for `message`, with the same fields; `""` when there is none."""
    from kipp_check.models.phrase import Phrase

    key = f"{message.key}.fix"
    return Phrase(key, message.args) if has(key) else ""


class ProposalUnreadableError(UsageError):
    """A proposal file that cannot be opened or read (gone, a folder, no permission).

    Alone it stops the run (exit 2); in a batch it becomes a finding of that
    proposal, and the others are still checked (issue 12).
    """

    def __init__(self, message: Phrase, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class CheckCrashedError(Exception):
    """An unexpected error while checking one proposal: the run ends with exit code 3."""

    def __init__(self, path: str, error: str) -> None:
        super().__init__(path, error)
        self.path = path
        self.error = error
