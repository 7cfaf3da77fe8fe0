"""The package's typed errors. Pure: no I/O."""

from __future__ import annotations

__all__ = [
    "CasualtiesError",
    "DocumentError",
    "LexiconError",
    "LoadError",
    "RawInputError",
    "ValidationFailed",
]


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


class RawInputError(CasualtiesError):
    """The raw inputs break a rule of data/raw: a changed or missing recorded file, a duplicate
    document id, a document without provenance, a malformed known-issues file."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ValidationFailed(CasualtiesError):
    """The built tables break checks that no known issue explains; `failures` lists them all."""

    def __init__(self, failures: list) -> None:
        noun = "failure" if len(failures) == 1 else "failures"
        super().__init__(f"validation: {len(failures)} {noun}")
        self.failures = failures


class LoadError(CasualtiesError):
    """Published tables that cannot be loaded: missing, not matching their schema, unreachable,
    or a download whose sha256 differs from its datapackage.json."""
