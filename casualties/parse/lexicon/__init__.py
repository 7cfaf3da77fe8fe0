"""Per-language word lists and the regex alternations built from them. Reads package data only."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import product
from typing import Any

from casualties.errors import LexiconError

__all__ = [
    "AREA_KINDS",
    "Conflict",
    "Lexicon",
    "alternation",
    "conflicts",
    "has_lexicon",
    "languages",
    "load_conflict",
    "load_lexicon",
    "plain_words",
    "spelled_out",
]


NOTHING = "(?!)"
AREA_KINDS = ("donetsk_luhansk", "other_regions", "government", "occupied")
"""The kinds of area a lexicon names ([areas]), for the conflicts that publish them."""
"""The alternation of no phrase: it matches nowhere."""


def _word_pattern(word: str) -> str:
    """One word of a phrase; a trailing '*' makes it a stem that takes any ending (before a
    comma the phrase writes: "територі*, підконтрольн* уряду"), and an apostrophe matches the
    typographic one too ("dall'inizio", "dall’inizio")."""
    comma = len(word) > 2 and word.endswith("*,")
    word = word[:-1] if comma else word
    stem = len(word) > 1 and word.endswith("*")
    escaped = re.escape(word[:-1] if stem else word).replace("'", "['’]")
    return (escaped + r"\w*" if stem else escaped) + ("," if comma else "")


def alternation(phrases: list[str] | dict[str, Any], *, case_sensitive: bool = False) -> str:
    """A non-capturing regex alternation of phrases, longest first, spaces matching any space;
    a word in brackets is optional (never the first); words between bars are alternatives.

    >>> bool(re.fullmatch(alternation(["at least", "over"]), "At  least"))
    True
    >>> bool(re.fullmatch(alternation(["загибл*"]), "загиблих"))
    True
    >>> bool(re.fullmatch(alternation(["number [confirmed|verified] killed"]), "number killed"))
    True
    >>> bool(re.fullmatch(alternation(["whose (sex|gender) is unknown"]), "whose gender is unknown"))
    True
    >>> bool(re.fullmatch(alternation(["(zone|zones) occupées"]), "zones occupées"))
    True
    >>> bool(re.fullmatch(alternation(["територі*, підконтрольн* уряду"]), "території, підконтрольній уряду"))
    True

    Phrases are grouped by their first letter, keeping their order within a group. At any place
    in a text at most one group can match, so the result is the same as a flat alternation, but
    the regex engine tries a group, not every phrase, at each word: several times faster.
    """
    words = sorted(
        {q for p in phrases if p.strip() for q in _first_choices(p)}, key=lambda p: (-len(p), p)
    )
    if not words:
        return NOTHING
    groups: dict[str, list[str]] = {}
    for phrase in words:
        first, *others = phrase.split()
        # the escaping is per character: the first word's pattern begins with its head's
        rest = _word_pattern(first)[len(_word_pattern(first[0])) :] + _later_words(others)
        groups.setdefault(first[0] if case_sensitive else first[0].lower(), []).append(rest)
    if not case_sensitive and _letters_overlap(list(groups)):
        return _flat_alternation(words, case_sensitive=case_sensitive)
    body = "|".join(f"{re.escape(head)}(?:{'|'.join(rests)})" for head, rests in groups.items())
    return f"(?:{body})" if case_sensitive else f"(?i:{body})"


def _first_choices(phrase: str) -> list[str]:
    """A phrase whose first word is a choice ("(territoire|territoires) contrôlé*") as one
    phrase per choice: the grouping by first letter needs the first word written out."""
    first, _, rest = phrase.strip().partition(" ")
    if _is_choice(first) and "|" in first:
        return [f"{word} {rest}".strip() for word in first[1:-1].split("|")]
    return [phrase]


def _letters_overlap(heads: list[str]) -> bool:
    """Whether a character could match two of these first letters when case is ignored (as
    "K" and the Kelvin sign do): then grouping could change which phrase matches first."""
    return any(
        len(head) != 1
        or any(re.fullmatch(f"(?i:{re.escape(head)})", other) for other in heads if other != head)
        for head in heads
    )


def _later_words(words: list[str]) -> str:
    """The words of a phrase after its first, each after its space. A word in brackets may be
    left out ("number of civilians [confirmed] killed" is also "number of civilians killed");
    words between bars are alternatives, in brackets or in parentheses ("whose (sex|gender)
    [is|has]")."""
    return "".join(
        rf"(?:\s+{_choice(f'({w[1:-1]})')})?" if _optional(w) else rf"\s+{_choice(w)}"
        for w in words
    )


def _choice(word: str) -> str:
    """One word of a phrase, or "(a|b)": either word."""
    if _is_choice(word):
        return "(?:" + "|".join(_word_pattern(w) for w in word[1:-1].split("|")) + ")"
    return _word_pattern(word)


def _is_choice(word: str) -> bool:
    return len(word) > 2 and word[0] == "(" and word[-1] == ")"


def _optional(word: str) -> bool:
    return len(word) > 2 and word.startswith("[") and word.endswith("]")


def plain_words(phrase: str) -> list[str]:
    """The words a phrase always holds: its optional words and alternatives left out, stems
    without their '*'."""
    return [w.removesuffix("*") for w in phrase.split() if not _optional(w) and "|" not in w]


def spelled_out(phrase: str) -> list[str]:
    """The phrase once per choice of each of its words in parentheses, its optional words kept
    as written.

    >>> spelled_out("(zabitých|mrtvých) nebo (zraněných|raněných)")[:2]
    ['zabitých nebo zraněných', 'zabitých nebo raněných']
    """
    options = [w[1:-1].split("|") if _is_choice(w) else [w] for w in phrase.split()]
    return [" ".join(words) for words in product(*options)]


def _flat_alternation(words: list[str], *, case_sensitive: bool) -> str:
    body = "|".join(_word_pattern(p.split()[0]) + _later_words(p.split()[1:]) for p in words)
    return f"(?:{body})" if case_sensitive else f"(?i:{body})"


# Hashed by identity: one instance per language (load_lexicon caches), so compiled
# patterns can be cached per lexicon.
@dataclass(frozen=True, eq=False)
class Lexicon:
    """The words of one language, as loaded from `lexicon/<language>.toml`."""

    language: str
    data: dict[str, Any]

    def words(self, section: str, key: str) -> Any:
        """One entry of the lexicon; a missing entry is a LexiconError, not a KeyError."""
        try:
            return self.data[section][key]
        except KeyError as err:
            raise LexiconError(f"lexicon {self.language!r} has no {section}.{key}") from err

    def pattern(self, section: str, key: str) -> str:
        """The alternation of one word list, for use inside a larger regex."""
        return alternation(self.words(section, key))

    def month_names(self) -> str:
        """The alternation of the month names, case-sensitive as the date patterns read them;
        a name in capitals only before its year ("MAY 2024", not "TOLL MAY BE HIGHER")."""
        written = [k for k in self.data["months"] if k not in self.data["months_in_capitals"]]
        names = alternation(written, case_sensitive=True)
        if not self.data["months_in_capitals"]:
            return names
        capitals = alternation(list(self.data["months_in_capitals"]), case_sensitive=True)
        # its year right after it, or after a short word: "MAYO DE 2024"
        year_after = r"(?=\.?,?\s+(?:[^\W\d]{1,3}\s+)?(?:19|20)\d\d(?!\d))"
        return rf"(?:{names}|{capitals}{year_after})"

    def conflict_names(self, conflict: Conflict) -> tuple[str, ...]:
        """The names that tell a text is about a conflict: the profile's, and this language's
        forms of them ([profiles] of the lexicon)."""
        return (*conflict.names, *self.data["profiles"].get(conflict.key, ()))

    def conflict_places(self, conflict: Conflict) -> tuple[str, ...]:
        """The cities of a conflict whose areas are not published by name: the profile's, and
        this language's forms of them ([places] of the lexicon)."""
        return (*conflict.places, *self.data["places"].get(conflict.key, ()))

    def body_names(self, body: str, names: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The ways texts name a monitoring body: `names` (the profile's), and this language's
        ([bodies] of the lexicon)."""
        return (*names, *self.data["bodies"].get(body, ()))

    def monitor_names(self, conflict: Conflict) -> tuple[str, ...]:
        """Every name of every body that keeps the conflict's count, in this language too."""
        return tuple(n for body, names in conflict.bodies for n in self.body_names(body, names))


@dataclass(frozen=True)
class Conflict:
    """A monitored situation (a profile of conflicts.toml): its country, the bodies that keep
    its count and their names, the day the count starts (None: each report covers its own
    period), the names that tell a text is about it, its areas and the other speakers."""

    key: str
    country: str
    country_name: str
    count_start: dt.date | None
    bodies: tuple[tuple[str, tuple[str, ...]], ...]  # (published name, names in texts)
    names: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    other: tuple[str, ...] = ()
    count_start_events: tuple[str, ...] = ()
    area_parts: tuple[tuple[str, str], ...] = ()  # (an area, the area it is part of)
    places: tuple[str, ...] = ()  # cities no published area names: "killed in Kharkiv"
    area_kinds: tuple[str, ...] = ()  # kinds of area the lexicons name: "occupied territory"
    parties: tuple[str, ...] = ()  # who fights, as subjects: "ISIL killed 3,855": its share
    agents: tuple[str, ...] = ()  # whose weapons tell the whole count: "military air strikes"

    @property
    def default_body(self) -> str:
        return self.bodies[0][0]


def _read_toml(name: str) -> dict[str, Any]:
    path = resources.files(__package__).joinpath(name)
    if not path.is_file():
        raise LexiconError(f"no lexicon file {name!r} in the package")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def has_lexicon(language: str) -> bool:
    """Whether the package has a lexicon for this language."""
    try:
        load_lexicon(language)
    except LexiconError:
        return False
    return True


@cache
def load_lexicon(language: str = "en") -> Lexicon:
    """The lexicon of a language (ISO 639-1 code), read over base.toml; LexiconError when
    there is none."""
    if not re.fullmatch(r"[a-z]{2,3}", language or ""):
        raise LexiconError(f"not a language code: {language!r}")
    own = _read_toml(f"{language}.toml")
    data = _over(_read_toml("base.toml"), own)
    if data.get("months_capitalized"):
        # a month first in a sentence: "Juillet 2024 a été ..."
        data["months"] = {
            **{k[:1].upper() + k[1:]: v for k, v in data["months"].items()},
            **data["months"],
        }
    # a headline in capitals: "174 CIVILIANS KILLED IN MAY 2024" (read only before a year:
    # "TOLL MAY BE HIGHER")
    data["months_in_capitals"] = {
        k.upper(): v for k, v in data["months"].items() if k.upper() not in data["months"]
    }
    data["months"] = {**data["months_in_capitals"], **data["months"]}
    return Lexicon(language=language, data=data)


OPEN_SECTIONS = ("months", "qualifiers", "profiles", "places", "bodies")
"""Sections whose keys are the language's words, not names that base.toml lists."""


def _over(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """The base's sections with the language's entries over them. A key that base.toml does
    not have is a LexiconError: a misspelt key would otherwise go unused without a word."""
    unknown = [section for section in own if section not in base]
    unknown += [
        f"{section}.{key}"
        for section, entries in own.items()
        if isinstance(entries, dict) and section in base and section not in OPEN_SECTIONS
        for key in entries
        if key not in base[section]
    ]
    if unknown:
        raise LexiconError(f"lexicon {own.get('language')!r}: unknown keys {', '.join(unknown)}")
    return {
        section: {**entries, **own.get(section, {})}
        if isinstance(entries, dict)
        else own.get(section, entries)
        for section, entries in base.items()
    }


def languages() -> tuple[str, ...]:
    """The languages the package has a lexicon for."""
    folder = resources.files(__package__)
    return tuple(
        sorted(
            p.name.removesuffix(".toml")
            for p in folder.iterdir()
            if p.name.endswith(".toml") and p.name not in ("base.toml", "conflicts.toml")
        )
    )


@cache
def _profiles() -> dict[str, Conflict]:
    data = _read_toml("conflicts.toml")
    bodies = data.pop("bodies")
    return {
        key: Conflict(
            key=key,
            country=entry["country"],
            country_name=entry["country_name"],
            count_start=entry.get("count_start"),
            bodies=tuple((body, tuple(bodies[body])) for body in entry["bodies"]),
            names=tuple(entry.get("names", ())),
            areas=tuple(entry.get("areas", ())),
            other=tuple(entry.get("other", ())),
            count_start_events=tuple(entry.get("count_start_events", ())),
            area_parts=tuple(entry.get("area_parts", {}).items()),
            places=tuple(entry.get("places", ())),
            area_kinds=tuple(entry.get("area_kinds", ())),
            parties=tuple(entry.get("parties", ())),
            agents=tuple(entry.get("agents", ())),
        )
        for key, entry in data.items()
    }


def conflicts() -> tuple[Conflict, ...]:
    """Every conflict profile the package knows."""
    return tuple(_profiles().values())


def load_conflict(key: str = "ukraine") -> Conflict:
    """The conflict profile named by its key ("ukraine") or its country code ("UA");
    LexiconError when it is unknown."""
    profiles = _profiles()
    if key in profiles:
        return profiles[key]
    by_country = {c.country: c for c in profiles.values()}
    if key.upper() in by_country:
        return by_country[key.upper()]
    raise LexiconError(f"unknown conflict {key!r}; known: {', '.join(sorted(profiles))}")
