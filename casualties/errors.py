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


class _PathProblem(CasualtiesError):
    """An error about one file: its path and the problem, shown as "path: problem"."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple:  # a worker process sends it back to the parent whole
        return type(self), (self.path, self.problem)


class DocumentError(_PathProblem):
    """A document that cannot be read: missing, not text, or with malformed front matter."""


class LexiconError(CasualtiesError):
    """A language or conflict the package has no lexicon for."""


class RawInputError(_PathProblem):
    """The raw inputs break a rule of data/raw: a changed or missing recorded file, a duplicate
    document id, a document without provenance, a malformed known-issues file."""


class ValidationFailed(CasualtiesError):
    """The built tables break checks that no known issue explains; `failures` lists them all."""

    def __init__(self, failures: list) -> None:
        noun = "failure" if len(failures) == 1 else "failures"
        super().__init__(f"validation: {len(failures)} {noun}")
        self.failures = failures


class LoadError(CasualtiesError):
    """Published tables that cannot be loaded: missing, not matching their schema, unreachable,
    or a download whose sha256 differs from its datapackage.json."""
