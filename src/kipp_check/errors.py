"""Errors that stop a run before any report can be made (exit code 2)."""

from __future__ import annotations


class KippError(Exception):
    """Base of the errors the CLI turns into a message and an exit code."""


class UsageError(KippError):
    """Bad flags, a missing proposal file or a bad rule pack: exit code 2.

    The message is already rendered in the user's language.
    """
