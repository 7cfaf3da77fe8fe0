"""Which conflict a text is about, and which body's figures it gives: read from the names of
the conflicts' places and monitoring bodies it holds. Pure: no file, network or clock access."""

from __future__ import annotations

import re
from functools import cache

from casualties.parse.context import name_alternation
from casualties.parse.lexicon import Conflict, Lexicon, alternation, conflicts, load_lexicon

__all__ = ["BODY_WEIGHT", "conflict_names", "infer_conflict", "monitoring_body"]

BODY_WEIGHT = 3
"""A body that keeps one conflict's count ("UNAMA") tells more than a place name: it counts as
this many mentions."""


@cache
def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """The phrases standing alone (no letter, digit or hyphen beside them); None if none."""
    if not phrases:
        return None
    return re.compile(rf"(?<![\w-])(?:{name_alternation(list(phrases))})(?![\w-])")


@cache
def _own_bodies(conflict: Conflict, lexicon: Lexicon) -> tuple[str, ...]:
    """The names of the bodies that keep only this conflict's count (not OHCHR's, say)."""
    shared = {name for c in conflicts() if c is not conflict for name in lexicon.monitor_names(c)}
    return tuple(n for n in lexicon.monitor_names(conflict) if n not in shared)


@cache
def _telling_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """One pattern for every profile's places (group p_<key>) and own bodies (b_<key>), in
    the lexicon's language too: the text is scanned once, whatever the number of profiles."""
    groups, firsts = [], set()
    for conflict in conflicts():
        names = lexicon.conflict_names(conflict)
        # in capitals too: "UKRAINE: 174 CIVILIANS KILLED ..." in a headline
        names = tuple(dict.fromkeys((*names, *(n.upper() for n in names))))
        for prefix, phrases in (("b", _own_bodies(conflict, lexicon)), ("p", names)):
            firsts |= {phrase[0] for phrase in phrases}
            if phrases:
                # as the profile writes them: place names and bodies are proper names
                groups.append(
                    f"(?P<{prefix}_{conflict.key}>{alternation(list(phrases), case_sensitive=True)})"
                )
    # the first letters first: at most places of a text no phrase can start, and one character
    # class says so faster than the alternation
    first = "".join(re.escape(c) for c in sorted(firsts))
    return re.compile(rf"(?=[{first}])(?<![\w-])(?:{'|'.join(groups)})(?![\w-])")


def conflict_names(text: str, *, lexicon: Lexicon) -> tuple[tuple[int, str, int], ...]:
    """Where the text names a conflict's place or own body: (offset, conflict key, weight)."""
    out = []
    for found in _telling_pattern(lexicon).finditer(text):
        kind, key = str(found.lastgroup).split("_", 1)
        out.append((found.start(), key, BODY_WEIGHT if kind == "b" else 1))
    return tuple(out)


def _scores(text: str, lexicon: Lexicon) -> dict[str, int]:
    scores = dict.fromkeys((c.key for c in conflicts()), 0)
    for _, key, weight in conflict_names(text, lexicon=lexicon):
        scores[key] += weight
    return scores


def infer_conflict(text: str, *, lexicon: Lexicon | None = None) -> Conflict | None:
    """The conflict whose places and bodies the text names most, in the lexicon's language
    (English by default); None when it names none, or two as often (a text that cannot be told
    is read for no conflict, never a default one)."""
    lexicon = lexicon or load_lexicon("en")
    scores = sorted(((score, key) for key, score in _scores(text, lexicon).items()), reverse=True)
    best, runner_up = scores[0], scores[1]
    if best[0] == 0 or best[0] == runner_up[0]:
        return None
    return next(c for c in conflicts() if c.key == best[1])


def monitoring_body(text: str, conflict: Conflict, *, lexicon: Lexicon | None = None) -> str:
    """The conflict's body the text names first (in the lexicon's language too); its default
    body when it names none."""
    lexicon = lexicon or load_lexicon("en")
    first: tuple[int, str] | None = None
    for body, own in conflict.bodies:
        names = lexicon.body_names(body, own)
        found = _pattern(names).search(text) if names else None
        if found and (first is None or found.start() < first[0]):
            first = (found.start(), body)
    return first[1] if first else conflict.default_body
