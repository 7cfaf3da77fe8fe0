"""The package's typed errors. Pure: no I/O."""

from __future__ import annotations

__all__ = ["CasualtiesError", "DocumentError", "LexiconError"]


class CasualtiesError(Exception):
    """Base class: every error the package raises on purpose."""


class DocumentError(CasualtiesError):
    """A document that cannot be read: missing, not text, or with malformed front matter."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class LexiconError(CasualtiesError):
    """A language or conflict the package has no lexicon for."""
