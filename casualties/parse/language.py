"""Tell the language of a text that does not state it, offline (py3langid's bundled model).
Pure: reads only the detector's package data."""

from __future__ import annotations

from functools import cache

from casualties.parse.lexicon import languages, load_lexicon

__all__ = ["CANDIDATES", "DEFAULT_LANGUAGE", "MIN_LETTERS", "SAMPLE", "detect_language"]

DEFAULT_LANGUAGE = "en"
"""The language of a text too short to tell (an empty file, a line of numbers)."""
MIN_LETTERS = 20
"""Fewer letters than this (in the text's first MIN_LETTERS * 10 characters) tell no language."""
SAMPLE = 20_000
"""Characters of a text the detector reads: a few pages tell its language, and reading the rest
of a long file would only take longer."""

CANDIDATES = (
    "en", "uk", "ru", "de", "fr", "es", "it", "pl", "pt", "cs", "sk", "sr", "hr", "bs", "mk",
    "bg", "nl", "sv", "da", "no", "fi", "ro", "hu", "el", "tr", "ar", "sl", "lt", "lv", "et",
)  # fmt: skip
"""The languages a text is told between: the press of Europe and the conflicts' regions. A
language outside the package's lexicons is told too, so that its text is reported as
unsupported rather than read with the wrong words."""


@cache
def _identifier():  # py3langid LanguageIdentifier
    # imported here: the model is read only when a text without a language is met
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(CANDIDATES))
    return identifier


@cache
def _read_as() -> dict[str, str]:
    """Detected code -> the lexicon that reads it (Bosnian and Croatian text with Serbian's)."""
    return {
        code: language
        for language in languages()
        for code in (language, *load_lexicon(language).data["detected_as"])
    }


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language `text` is written in: the lexicon's that reads the
    detected language, else the detected code itself (a language the package cannot read yet);
    DEFAULT_LANGUAGE for a text with too few letters to tell.

    >>> detect_language("Управление ООН по правам человека зафиксировало гибель мирных жителей.")
    'ru'
    """
    if sum(c.isalpha() for c in text[: MIN_LETTERS * 10]) < MIN_LETTERS:
        return DEFAULT_LANGUAGE  # too few words to tell: no language has figures to read there
    code, _ = _identifier().classify(text[:SAMPLE])
    return _read_as().get(code, code)
