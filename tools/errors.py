"""Errors a person sees. Each says what was wrong and what would work; none changes data."""

from __future__ import annotations


class AtelierError(Exception):
    """Base for errors shown to the user as they are (no traceback)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotFound(AtelierError):
    pass


class Ambiguous(AtelierError):
    def __init__(self, message: str, candidates: list[str]):
        super().__init__(message)
        self.candidates = candidates


class InvalidInput(AtelierError):
    pass


class Conflict(AtelierError):
    """The request makes no sense in the current state (e.g. archiving an archived session)."""


class InsufficientCredits(AtelierError):
    pass
