"""Who a sentence quotes, which area its counts are for, and whether they are sub-counts. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from casualties.parse.lexicon import AREA_KINDS, Conflict, Lexicon, alternation
from casualties.parse.mentions import Mention
from casualties.parse.sentences import capitals_class

__all__ = ["UNKNOWN_AREA", "AreaReader", "SourceReader", "area_name", "name_alternation"]

DATELINE_AFTER = re.compile(
    r"""(?:,\s*[^\n]{3,30}?)?   # ", 1 March 2014", ", 1 Mar. 2014"
        (?:\s*\([^()\n]{2,20}\))?  # "(AFP)"
        \s*[-–—]\s""",  # the dash that ends a dateline
    re.VERBOSE,
)
WORD = r"(?:[^\W\d]+(?:['’]s)?\s+)"  # a word and the space after it ("Ethiopia's ")
UP_TO_A_CLAUSE_END = r"(?:[^,;:]|,(?=\d{3}))*"
"""The text up to a comma, semicolon or colon that ends a clause ("1,500" has a comma of its own)."""
POSSESSIVE = re.compile(r"['’]s(?!\w)")  # "Ethiopia's": it qualifies what follows
PARENTHESIS_AFTER = re.compile(
    r"""\s*\(            # an opening bracket right after the phrase
        (?P<inside>[^()]*)  # what it holds: the area's own counts
        \)""",
    re.VERBOSE,
)


def name_alternation(words: list[str]) -> str:
    """Acronyms (UN, WHO) match as written; other phrases in any case."""
    acronyms = [w for w in words if w.isupper()]
    rest = [w for w in words if not w.isupper()]
    parts = [alternation(acronyms, case_sensitive=True)] if acronyms else []
    parts += [alternation(rest)] if rest else []
    return "|".join(parts)


def _named_phrases(
    words_by_kind: dict[str, list[str]], *, unknown: str = "", possessive: str = "(?!)"
) -> re.Pattern[str]:
    """One group per kind; a phrase stands alone: no word, dot or hyphen beside it, nor the
    ending of a possessive after it ("in Ukraine's Kharkiv region" is no count of Ukraine's).
    The edges are tested once for all kinds, not once per kind: the same matches, faster.
    `unknown`, a pattern tried after every named phrase, is a place of no kind."""
    groups = [f"(?P<{k}>{name_alternation(words)})" for k, words in words_by_kind.items() if words]
    if unknown:
        groups.append(f"(?P<{UNKNOWN_AREA}>{unknown})")
    return re.compile(rf"(?<![\w.-])(?:{'|'.join(groups)})(?![\w-])(?!{possessive})")


SUBJECT_REACH = 60
"""Characters between a place in a subject and the count its verb gives ("in Tripoli in August
had killed 55")."""
CLAUSE_MARK = re.compile(r"[;:()]|,(?!\d{3})|\s[-–—]\s")  # where a clause ends
STRONG_CLAUSE_MARK = re.compile(r"[;:()]|\s[-–—]\s")  # where one ends, a comma aside

NUMBER_END = re.compile(r"\d\s*$")  # a number right before: "4,000 of them in"
APPOSITION = re.compile(r"\s*,\s*")  # between a place and the area it lies in

UNPUBLISHED = "unpublished"
"""The kind of a phrase of those kinds in a conflict that publishes none ("the rest of the
country" in Iraq): a part of the country, read as an unknown place."""
UNKNOWN_AREA = "unknown"
"""The kind of a place the conflict's profile does not name ("in the Kharkiv region"): its
counts are that place's, which no published area names, so they are left out."""


def _parts_of_country(lexicon: Lexicon, conflict: Conflict) -> dict[str, str]:
    """Other names of a conflict's areas that are a part of its country ("north-west Syria"):
    "the north-west of the country", as the language's templates write them."""
    suffix = f" {conflict.country_name}".lower()
    parts = {}
    for area in conflict.areas:
        if area.lower().endswith(suffix):
            part = area[: -len(suffix)]
            for template in lexicon.words("areas", "part_of_country"):
                name = template.format(part=part, country=conflict.country_name)
                parts[" ".join(name.lower().split())] = area
    return parts


def _unknown_place(lexicon: Lexicon, conflict: Conflict) -> str:
    """A part of a country the profile does not list, with the locative before it: "in the
    Kharkiv region", "in Zhytomyr oblast", "in the city of Lyman", "in the province" (one named
    before). Never the conflict's own country ("the territory of Ukraine"), nor one of its
    areas ("In Ituri province"); the locative must come right before it, so "attacks by Islamic
    State Khorasan Province" is not a place. And the conflict's cities, in this language too."""
    nouns = lexicon.words("areas", "place_nouns")
    cities = _unknown_city(lexicon, conflict)
    if not nouns:
        return cities
    known = alternation([conflict.country_name, *conflict.areas])
    name = rf"(?!(?:{known})(?!\w))[{capitals_class()}][\w-]*"  # a name, never "Ukraine's"
    noun, of = alternation(nouns), lexicon.pattern("grammar", "of")
    article = lexicon.pattern("grammar", "the")
    locatives = alternation(lexicon.words("areas", "locatives"))
    # "in the province", named in a sentence before: which area, the counts do not say
    anaphoric = rf"{article}\s+(?:{noun})(?!\s+{of}\s)(?![\w-])"
    # "..., Kharkiv region (40 killed, 180 injured)": a list's next place, its counts after it
    listed = rf"(?:{name}\s+){{1,3}}(?:{noun})(?![\w-])(?=\s*\([^()]*\d)"
    # "The Donetsk region had the most casualties (48 killed ...)": the subject of a sentence
    subject = rf"^\W*{article}\s+(?:{name}\s+){{1,3}}(?:{noun})(?![\w-])"
    # "in Kharkiv and Sumy regions", "dans les régions de Kharkiv et de Soumy": two names
    # joined, never a published area's own phrase ("in Donetsk and Luhansk regions")
    published = alternation([w for k in conflict.area_kinds for w in lexicon.words("areas", k)])
    and_ = lexicon.pattern("grammar", "and")
    # "in Ukraine's Kharkiv region": the country that owns the place, before it
    possessive = lexicon.pattern("grammar", "possessive")
    owner = rf"(?:{alternation([conflict.country_name])}{possessive}\s+)?"
    joined = rf"{name}\s+{and_}\s+{name}\s+"
    named = rf"(?:{of}\s+)?{name}(?:\s+{and_}\s+(?:{of}\s+)?{name})?"
    # "w obwodzie chersońskim", "w obwodach charkowskim i sumskim": a name as an adjective in
    # lower case after its noun, told by its ending
    endings = lexicon.words("areas", "place_adjective_endings")
    if endings:
        adjective = rf"[^\W\d]+(?:{alternation(endings)})(?![\w-])"
        named = rf"(?:{named}|{adjective}(?:\s+{and_}\s+{adjective})?)"
    return (
        (rf"{cities}|" if cities else "")
        + rf"{listed}|{subject}|{locatives}\s+{owner}(?!(?:{article}\s+)?{published}(?!\w))"
        rf"(?:{anaphoric}|(?:{article}\s+)?"
        rf"(?:{joined}(?:{noun})|(?:{name}\s+){{1,3}}(?:{noun})"
        rf"|(?:{noun})\s+{named}))"  # "im Gebiet Cherson"
    )


def _unknown_city(lexicon: Lexicon, conflict: Conflict) -> str:
    """A city of the conflict's `places` where counts are: after their outcome or their noun
    ("12 civilians were killed in Kharkiv", "12 civilians in Kharkiv", "and 20 in Sumy"),
    opening a sentence with its comma, its outcome or its count right after it ("In Kharkiv,
    12 ...", "In Kharkiv alone, 12 ...", "In Kharkiv in May, 12 ...", "У Харкові загинули 12
    ..."), or with its own counts in brackets
    ("..., Kharkiv (40 killed, 180 injured)"). Empty when none."""
    named = lexicon.conflict_places(conflict)
    if not named:
        return ""
    outcomes = alternation(
        [w for key in ("killed", "injured") for w in lexicon.words("outcomes", key)]
    )
    places = alternation(list(named))
    locatives = alternation(lexicon.words("areas", "locatives"))
    civilians = alternation(lexicon.words("groups", "all"))
    auxiliaries = alternation(lexicon.words("verbs", "auxiliaries"))
    alone = alternation(lexicon.words("grammar", "short_emphasis"))  # "In Kharkiv alone, ..."
    month = lexicon.month_names()
    during = rf"[^\W\d]+\s+(?:{month})(?:\s+\d{{4}})?"  # "In Kharkiv in May, ..."
    word_before = rf"\s+[^\W\d]+(?=\s+(?:{outcomes})(?!\w))"  # "У Харкові торік загинули"
    return (
        rf"(?:{outcomes}|{civilians})(?:\s+{during})?\s+{locatives}\s+(?:{places})(?![\w-])"
        rf"|(?<=\d\s){locatives}\s+(?:{places})(?![\w-])"  # "and 20 in Sumy"
        # "Laut UN wurden in Charkiw ... 712 getötet": after the verb that opens the counts
        rf"|(?<!\w)(?:{auxiliaries})\s+{locatives}\s+(?:{places})(?![\w-])"
        rf"|^\W*{locatives}\s+(?:{places})(?:\s+{alone}(?!\w)|\s+{during}(?!\w)|{word_before})?"
        rf"(?=\s*,|\s+(?:{outcomes})(?!\w)|\s+\d)"
        # "За даними ООН, у Харкові торік загинули 12": after a comma, its outcome or count next
        rf"|(?<=[,;:])\s*{locatives}\s+(?:{places})(?:{word_before})?"
        rf"(?=\s+(?:{outcomes})(?!\w)|\s+\d)"
        rf"|(?:{places})(?![\w-])(?=\s*\([^()]*\d)"
    )


PLACE_COUNTRY_GAP = re.compile(r"\W{0,3}")  # ", " in "regione di Kherson, in Ucraina"


def _countries_of_places_dropped(
    text: str, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The area phrases less a country right after a place no profile names, which is that
    place's country ("nella regione di Kherson, in Ucraina", "v Chersonské oblasti na
    Ukrajině"), no area of its own."""
    return [
        (start, end, kind)
        for i, (start, end, kind) in enumerate(found)
        if not (
            kind == "country"
            and i > 0
            and found[i - 1][2] == UNKNOWN_AREA
            and PLACE_COUNTRY_GAP.fullmatch(text, found[i - 1][1], start)
        )
    ]


def _names(phrase: re.Match[str], source: tuple[int, int, str]) -> bool:
    """Whether a citing phrase ("according to figures from") introduces a source found."""
    return phrase.start() < source[0] <= phrase.end() + 1


CITED_WORDS = 4  # words between "according to" and the source: "figures from the Sudanese"
RECIPIENT_WINDOW = 40  # characters before a body's name where "informed" or "told the" stands
PREPOSITION_REACH = 16  # characters before a place's name where "in" or "of" stands


@dataclass(frozen=True)
class SourceReader:
    """Finds who is quoted: the monitoring body, someone else, or "the office" (the same as before)."""

    pattern: re.Pattern[str]
    recipient_before: re.Pattern[str]  # "informed UNAMI": the body is told, another speaks
    other: re.Pattern[str] | None = None  # another speaker's name alone
    citing: re.Pattern[str] | None = None  # "according to (figures from) "
    acting: re.Pattern[str] | None = None  # "offensive" after "the LNA": an agent, no speaker
    # "el hospital de Kiev": a place the conflict names, after "in" or "of", is no speaker
    # ("Kyiv says ..." is)
    places: frozenset[str] = frozenset()
    placed: re.Pattern[str] | None = None
    basis: re.Pattern[str] | None = None  # "based on": data a named body worked from
    joint: re.Pattern[str] | None = None  # " and the ": a body joined to the monitor
    joint_work: re.Pattern[str] | None = None  # "joint": a work the two did together

    @classmethod
    @cache
    def for_lexicon(cls, lexicon: Lexicon, conflict: Conflict) -> SourceReader:
        """The language's words for the UN and for other speakers, with the names of the
        conflict's monitoring bodies and of the other speakers there."""
        words = {
            "monitor": [*lexicon.words("sources", "monitor"), *lexicon.monitor_names(conflict)],
            "other": [*lexicon.words("sources", "other"), *conflict.other],
            "anaphoric": lexicon.words("sources", "anaphoric"),
        }
        recipient = alternation(lexicon.words("sources", "recipient_before"))
        other = _named_phrases({"other": words["other"]}) if words["other"] else None
        citing_words = lexicon.words("sources", "citing")
        word = r"[^\W\d]+(?:['’][^\W\d]+)?"  # "figures", "Gaza's"
        citing = (
            re.compile(rf"(?<!\w){alternation(citing_words)}\s+(?:{word}\s+){{0,{CITED_WORDS}}}")
            if citing_words
            else None
        )
        acting_words = lexicon.words("sources", "not_speaking_after")
        acting = (  # "the LNA offensive", "the Libyan National Army's offensive"
            re.compile(rf"(?:{POSSESSIVE.pattern})?\s+{alternation(acting_words)}(?!\w)")
            if acting_words
            else None
        )
        recipient_before = re.compile(rf"(?<!\w){recipient}\s+$")
        places = frozenset(name.lower() for name in lexicon.conflict_names(conflict))
        prepositions = lexicon.words("areas", "locatives") + lexicon.words("grammar", "of")
        placed = re.compile(rf"(?<!\w){alternation(prepositions)}\s+$") if prepositions else None
        basis_words = lexicon.words("sources", "basis")
        basis = re.compile(alternation(basis_words)) if basis_words else None
        the, joint_words = lexicon.pattern("grammar", "the"), lexicon.words("sources", "joint")
        joint = (
            re.compile(rf"\s+{lexicon.pattern('grammar', 'and')}\s+(?:{the}\s+)?")
            if joint_words
            else None
        )
        joint_work = re.compile(rf"(?<!\w){alternation(joint_words)}") if joint_words else None
        return cls(
            _named_phrases(words),
            recipient_before,
            other,
            citing,
            acting,
            places,
            placed,
            basis,
            joint,
            joint_work,
        )

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, kind) of each source phrase; an acronym in brackets after a name is its
        alias; another speaker whose name runs past a body's ("the UN Refugee Agency") is that
        speaker, not the body."""
        found: list[tuple[int, int, str]] = []
        others = list(self.other.finditer(text)) if self.other is not None else []
        reached = 0
        for m in self.pattern.finditer(text):
            if m.start() < reached:
                continue
            kind = next(k for k in ("monitor", "other", "anaphoric") if m[k])
            longer = next(
                (o for o in others if m.start() <= o.start() < m.end() < o.end()),
                None,
            )
            if kind == "monitor" and longer is not None:
                found.append((longer.start(), longer.end(), "other"))
                reached = longer.end()
                continue
            if found and re.fullmatch(r"\s*\(", text[found[-1][1] : m.start()]):
                continue
            window = max(m.start() - RECIPIENT_WINDOW, 0)
            if kind == "monitor" and self.recipient_before.search(text, window, m.start()):
                continue
            if kind == "other" and self.acting is not None and self.acting.match(text, m.end()):
                continue  # "the LNA offensive": the party acts here, it does not speak
            if kind == "other" and self._joined_to_monitor(text, found, m):
                continue  # "by OHCHR and the Ethiopian Human Rights Commission": the monitor's
            if kind == "other" and (self._placed(text, m) or self._dateline(text, m)):
                continue  # "el hospital de Kiev", "KIEV, 28 mar (EFE) –": a place, not Kyiv speaking
            found.append((m.start(), m.end(), kind))
        return found

    def _joined_to_monitor(
        self, text: str, found: list[tuple[int, int, str]], m: re.Match[str]
    ) -> bool:
        """Whether a speaker is joined by "and" to the monitor named right before it: the two
        speak as one ("a joint investigation by OHCHR and the Ethiopian Human Rights
        Commission")."""
        if self.joint is None or self.joint_work is None or not found:
            return False
        start, end, kind = found[-1]
        near = (max(0, start - JOINT_REACH), m.end() + JOINT_REACH)
        return (
            kind == "monitor"
            and self.joint.fullmatch(text, end, m.start()) is not None
            and self.joint_work.search(text, *near) is not None
        )

    def _dateline(self, text: str, m: re.Match[str]) -> bool:
        """Whether a speaker's name is one of the conflict's places that opens a dateline."""
        return (
            m.group().lower() in self.places
            and not text[: m.start()].strip()
            and DATELINE_AFTER.match(text, m.end()) is not None
        )

    def _placed(self, text: str, m: re.Match[str]) -> bool:
        """Whether a speaker's name is one of the conflict's places, or opens with one ("the
        Mission in Ukraine said"), after "in" or "of"."""
        name = m.group().lower()
        return (
            self.placed is not None
            and (name in self.places or name.split(maxsplit=1)[0] in self.places)
            and self.placed.search(text, max(0, m.start() - PREPOSITION_REACH), m.start())
            is not None
        )

    def speakers(self, text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The sources a sentence names that no citing phrase introduces: who speaks in it."""
        if self.citing is None:
            return found
        phrases = self._phrases(self.citing, text)
        return [f for f in found if not any(_names(phrase, f) for phrase in phrases)]

    @staticmethod
    def _phrases(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
        """Each citing phrase, those inside another's words too ("according to information
        UNAMI obtained from the Health Committee")."""
        out, found = [], pattern.search(text)
        while found is not None:
            out.append(found)
            found = pattern.search(text, found.start() + 1)
        return out

    def cited(self, text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
        """(position, kind) of each source a citing phrase names ("according to figures from
        the Doctors Union"): whose figures its clause gives, whoever speaks."""
        if self.citing is None:
            return []
        out = []
        for phrase in self._phrases(self.citing, text):
            # "according to information UNAMI obtained from the Health Committee": the last
            # source the phrase names is where the figures come from
            named = [f for f in found if _names(phrase, f)]
            if named and named[-1][2] != "anaphoric" and not self._worked_from(text, phrase, found):
                out.append((phrase.start(), named[-1][2]))
        return out

    def _worked_from(
        self, text: str, phrase: re.Match[str], found: list[tuple[int, int, str]]
    ) -> bool:
        """Whether a citing phrase names data the monitoring body, named before it, worked from:
        "The office verified 10,006 deaths, based on lists from the Ministry" is the office's."""
        return (
            self.basis is not None
            and self.basis.match(text, phrase.start()) is not None
            and any(kind == "monitor" and end <= phrase.start() for _, end, kind in found)
        )

    @staticmethod
    def nearest(found: list[tuple[int, int, str]], at: int) -> str | None:
        """The kind of the source phrase nearest to a position; anaphoric ones are None."""
        named = [f for f in found if f[2] != "anaphoric"]
        if not named:
            return None
        return min(named, key=lambda f: min(abs(f[0] - at), abs(f[1] - at)))[2]


JOINT_REACH = 100
"""Characters around two joined bodies within which a word of joint work makes them one."""


CONTROL_KINDS = frozenset({"government", "occupied"})
"""The kinds of area that say who controls a territory, not where it is."""


def _both_sides_dropped(
    found: list[tuple[int, int, str]], both: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The area phrases less who controls a territory inside a phrase that names both sides
    ("1,997 in Donetsk and Luhansk regions, in both government- and Russian-held territory"):
    the counts are of the whole region."""
    return [
        f for f in found if f[2] not in CONTROL_KINDS or not any(a <= f[0] < b for a, b in both)
    ]


@dataclass(frozen=True)
class AreaReader:
    """Finds area phrases: a region pair, other regions, who controls the territory, the country."""

    pattern: re.Pattern[str]
    names: dict[str, str]
    label_after: re.Pattern[str]

    areas: dict[str, str]  # a conflict's named areas, lower-cased, to their published names
    part_of: dict[str, str]  # a conflict's area to the area it is part of
    labels_forward: re.Pattern[str]  # "Baghdad followed with 22 killed": the counts after
    # "recorded in Aleppo (governorate), with 51,731": the counts after, when none is before
    labels_after_comma: re.Pattern[str]
    part_before: re.Pattern[str]  # "of which in ...": the area of a part, forward
    clause_end: re.Pattern[str]  # "while": the counts before it are not the next area's
    included_after: re.Pattern[str]  # "Anbar included": no area of the counts
    locative_before: re.Pattern[str]  # "in (Ethiopia's) Amhara": a named area after its counts
    including: re.Pattern[str]  # "including 1,500 in Baghdad": a part and its area
    area_inclusion: re.Pattern[str]  # "the West Bank, including East Jerusalem": one area
    whole_opener: re.Pattern[str]  # "Of the 7,031 killed, ...": the whole of the parts after
    share: re.Pattern[str]  # "90 per cent of them in ...": an area after it is the share's
    unit_after: re.Pattern[str]  # "(governorate)(,)" between an area and what follows it
    elliptic_and: re.Pattern[str]  # ", and more than" right before a count of another outcome
    # "147 killed, the office said, noting that an attack in Hroza ...": a place after who
    # spoke is of the clause after, not of the counts before
    speech: re.Pattern[str] | None
    list_joiner: re.Pattern[str]  # ", " or " and " between the areas of a list
    fronted: re.Pattern[str]  # "In (the province of) Helmand, ...", "Baghdad was ...": a clause
    # opens with a place
    # "in both government- and Russian-held territory": no one side's territory
    both_controls: re.Pattern[str] | None

    @classmethod
    @cache
    def for_lexicon(cls, lexicon: Lexicon, conflict: Conflict) -> AreaReader:
        # the kinds of area the conflict publishes ("other regions of Ukraine"); elsewhere
        # "government-controlled areas" or "the rest of the country" are a part no published
        # area names, as an unknown place is
        words = {k: lexicon.words("areas", k) for k in conflict.area_kinds}
        words[UNPUBLISHED] = [
            w for k in AREA_KINDS if k not in conflict.area_kinds for w in lexicon.words("areas", k)
        ]
        locatives = lexicon.words("areas", "locatives")
        # "in Iraq", "across Afghanistan": the whole country, wherever the conflict is
        country = [f"{at} {conflict.country_name}" for at in locatives]
        words["country"] = [*lexicon.words("areas", "country"), *country]
        areas = {" ".join(a.lower().split()): a for a in conflict.areas}
        areas |= _parts_of_country(lexicon, conflict)
        return cls(
            pattern=_named_phrases(
                {**words, "named": list(areas)},
                unknown=_unknown_place(lexicon, conflict),
                possessive=lexicon.pattern("grammar", "possessive"),
            ),
            names=lexicon.words("areas", "names"),
            areas=areas,
            part_of=dict(conflict.area_parts),
            labels_forward=re.compile(
                rf"""(?:\s+{lexicon.pattern("areas", "label_words")}
                     | (?:\s+{lexicon.pattern("areas", "unit_nouns")})?\s*,?\s*
                       {lexicon.pattern("areas", "relative_after")} )(?!\w)""",
                re.VERBOSE,
            ),
            speech=(
                re.compile(rf"(?<!\w){lexicon.pattern('grammar', 'release_verbs')}(?!\w)")
                if lexicon.words("grammar", "release_verbs")
                else None
            ),
            elliptic_and=re.compile(
                rf"(?<!\w){lexicon.pattern('grammar', 'and')}\s+"
                rf"(?:{alternation(list(lexicon.data['qualifiers']))}\s+)?$"
            ),
            unit_after=re.compile(rf"(?:\s+{lexicon.pattern('areas', 'unit_nouns')})?\s*,?\s*"),
            labels_after_comma=re.compile(
                rf"""(?:\s+{lexicon.pattern("areas", "unit_nouns")})?\s*,\s*
                     {lexicon.pattern("areas", "label_words")}(?!\w)""",
                re.VERBOSE,
            ),
            # "z czego w obwodach ...", "of which in Donetsk ...": a part of the counts before,
            # labelling the counts after it
            part_before=re.compile(
                rf"(?<!\w)(?:{lexicon.pattern('structure', 'of_them')}|"
                rf"{lexicon.pattern('structure', 'including')})\s+(?:\w{{1,3}}\s+)?$"
            ),
            # "..., while in the rest of the country": a contrast ends the clause an area is of
            # "..., while in the rest of the country": the counts before it are not the area's
            clause_end=re.compile(rf"(?<!\w){lexicon.pattern('grammar', 'contrasts')}(?!\w)"),
            # "..., including 1,500 in Baghdad" (up to the next comma): an area inside is of the
            # counts inside alone
            including=re.compile(
                rf"(?<!\w){lexicon.pattern('structure', 'including')}(?!\w){UP_TO_A_CLAUSE_END}"
            ),
            area_inclusion=re.compile(
                rf"(?:\s+{lexicon.pattern('areas', 'unit_nouns')})?"  # "Banadir region, which"
                rf"\s*,?\s*(?:{lexicon.pattern('structure', 'including')}"
                rf"|{lexicon.pattern('areas', 'inclusion_relatives')})\s+"  # "which includes"
                rf"(?:{lexicon.pattern('grammar', 'the')}\s+)?"
            ),
            # "Of the 7,031 civilians killed, 6,536 died in ...": the whole, before the comma,
            # is not of the parts' areas
            whole_opener=re.compile(
                rf"^\W*{lexicon.pattern('grammar', 'among')}\s+[^,;:]*?\d{UP_TO_A_CLAUSE_END},"
            ),
            share=re.compile(
                rf"""(?:\d[\d.,]*\s*{lexicon.pattern("numbers", "percent")}   # "90 per cent"
                     | (?<!\w){lexicon.pattern("areas", "majority")} )(?!\w)  # "the vast majority"
                """,
                re.VERBOSE,
            ),
            locative_before=re.compile(
                rf"""(?<!\w){alternation(locatives)}\s+
                     (?: {WORD}{{0,4}}                                   # "in (Ethiopia's) Amhara"
                       | {WORD}{{0,5}}[^\W\d]+['’]s\s+        # "in the Democratic Republic of Congo's"
                       | {WORD}{{0,8}}?{lexicon.pattern("areas", "unit_nouns")}\s+
                         {lexicon.pattern("grammar", "of")}\s+ )$          # "the Congo provinces of"
                """,
                re.VERBOSE,
            ),
            # "Jonglei State and the Greater Pibor Administrative Area": an article may follow
            list_joiner=re.compile(
                rf"""(?: \s*,\s*(?:{lexicon.pattern("grammar", "and")}\s+)?
                       | \s+{lexicon.pattern("grammar", "and")}\s+ )
                     (?:{lexicon.pattern("grammar", "the")}\s+)?""",
                re.VERBOSE,
            ),
            fronted=re.compile(
                rf"""(?: (?:^|[,;:(])\W*                                # a clause opens
                         (?:(?:[^\W\d]+\s+)?                           # "particularly"
                            {alternation(locatives)}\s+{WORD}{{0,3}})?
                         (?:{lexicon.pattern("grammar", "the")}\s+)?      # "The Mopti region was"
                       | (?<!\w){lexicon.pattern("grammar", "statement_words")}\s+
                         {lexicon.pattern("grammar", "complementizers")}\s+  # "said that in"
                         {alternation(locatives)}\s+{WORD}{{0,3}}
                       | (?<!\w){lexicon.pattern("areas", "ranking_next")}\s+  # "followed by"
                     )$""",
                re.VERBOSE,
            ),
            included_after=re.compile(rf"\s+{lexicon.pattern('areas', 'included_after')}(?!\w)"),
            both_controls=(
                re.compile(rf"(?<!\w){lexicon.pattern('areas', 'both_controls')}(?!\w)")
                if lexicon.words("areas", "both_controls")
                else None
            ),
            # "In Donetsk and Luhansk regions:", "Government-controlled territory:", "(...),"
            label_after=re.compile(r"^[^\d:;,.]{0,60}?(?:\([^()]*\))?[^\d:;.]{0,80}?:"),
        )

    def _kind(self, found: re.Match[str]) -> str:
        """The kind of an area phrase; for a conflict's named area, its published name."""
        if found["named"] if "named" in found.groupdict() else None:
            return self.areas[" ".join(found["named"].lower().split())]
        if found.groupdict().get(UNKNOWN_AREA) or found.groupdict().get(UNPUBLISHED):
            return UNKNOWN_AREA
        return next(k for k in self.names.keys() | {"country"} if found.groupdict().get(k))

    @cached_property
    def area_names(self) -> frozenset[str]:
        """The published names of the conflict's areas."""
        return frozenset(self.areas.values())

    def names_control_only(self, text: str) -> bool:
        """Whether a text names who controls a territory, and no region or country."""
        kinds = {self._kind(m) for m in self.pattern.finditer(text)}
        return bool(kinds) and kinds <= CONTROL_KINDS

    def _lists_joined(
        self, text: str, found: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """A list of a conflict's areas ("in Ituri, North Kivu and South Kivu provinces") is one
        area, the list as written: its counts are of them all, not of the first."""
        joined: list[tuple[int, int, str]] = []
        for start, end, kind in found:
            if (
                joined
                and self.part_of.get(kind) == joined[-1][2]
                and self.list_joiner.fullmatch(text, joined[-1][1], start)
            ):
                joined[-1] = (joined[-1][0], end, joined[-1][2])  # "West Bank and East Jerusalem"
                continue
            if (
                joined
                and self.part_of.get(joined[-1][2]) == kind
                and APPOSITION.fullmatch(text, joined[-1][1], start)
            ):
                # "El Fasher, North Darfur": a city, then the state it lies in
                joined[-1] = (joined[-1][0], end, kind)
                continue
            if (
                joined
                and kind in self.area_names
                and joined[-1][2] not in self.names
                and joined[-1][2] != "country"
                and self.list_joiner.fullmatch(text, joined[-1][1], start)
            ):
                first = joined.pop()
                kind = " ".join(text[first[0] : end].split())
                start = first[0]
            joined.append((start, end, kind))
        return joined

    @staticmethod
    def _in_parentheses_after(
        text: str, end: int, offset: int, mentions: list[Mention]
    ) -> list[int]:
        """The counts in a parenthesis right after an area phrase."""
        found = PARENTHESIS_AFTER.match(text, end)
        if found is None:
            return []
        low, high = found.start("inside"), found.end("inside")
        return [i for i, m in enumerate(mentions) if low <= m.start - offset < high]

    def _inclusions_dropped(
        self, text: str, found: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """The area phrases less those an area names as its own part ("the West Bank,
        including East Jerusalem"): the counts are the including area's."""
        kept: list[tuple[int, int, str]] = []
        for phrase in found:
            previous = kept[-1] if kept else None
            if previous and self.area_inclusion.fullmatch(text, previous[1], phrase[0]):
                kept[-1] = (previous[0], phrase[1], previous[2])  # one phrase, the whole's
                continue
            kept.append(phrase)
        return kept

    def _parts_after(
        self,
        text: str,
        end: int,
        parts: list[tuple[int, int]],
        found: list[tuple[int, int, str]],
        offset: int,
        mentions: list[Mention],
    ) -> list[int]:
        """The counts of the parts listed right after an area phrase that follows counts ("47
        casualties in Marib governorate, including 16 killed and 31 injured"): parts of the
        area's counts are in it too, unless they name an area of their own."""
        for low, high in parts:
            if low < end or not self.unit_after.fullmatch(text, end, low):
                continue
            if any(low <= start < high for start, _, _ in found):
                return []
            return [i for i, m in enumerate(mentions) if low <= m.start - offset < high]
        return []

    def _elliptic_after(
        self,
        text: str,
        end: int,
        found: list[tuple[int, int, str]],
        offset: int,
        mentions: list[Mention],
        before: list[int],
    ) -> list[int]:
        """The count of the other outcome that "and" adds after an area phrase, in its clause
        ("275 civilians had been killed in Khartoum state between 1 and 7 January, and more
        than 200 injured"): the same place, left out."""
        after = [i for i, m in enumerate(mentions) if m.start - offset >= end]
        if not after:
            return []
        count = mentions[after[0]]
        between = text[end : count.start - offset]
        clause_end = CLAUSE_MARK.search(text, count.end - offset)
        limit = clause_end.start() if clause_end else len(text)
        return (
            [after[0]]
            if count.outcome is not None
            and count.outcome not in {mentions[i].outcome for i in before}
            and self.elliptic_and.search(between)
            and not STRONG_CLAUSE_MARK.search(between)
            # no place of its own, before it or in the rest of its clause
            and not any(end <= start < limit for start, _, _ in found)
            else []
        )

    def _area_of_counts(self, text: str, found: re.Match[str]) -> bool:
        """Whether an area phrase can be where counts are: not a dateline ("Baghdad, 1 March -",
        but "В інших регіонах України - 1895 загиблих" is), nor "Anbar included", nor
        "Ethiopia's" before an area."""
        dateline = (
            found.start() <= 2
            and DATELINE_AFTER.match(text, found.end())
            and not self.locative_before.search(text, 0, found.start())
        )
        return not (
            dateline
            or self.included_after.match(text, found.end())
            or POSSESSIVE.match(text, found.end())
        )

    def _in_subject(
        self, text: str, since: int, start: int, end: int, offset: int, mentions: list[Mention]
    ) -> list[int]:
        """The counts a place is in the subject of, in one clause ("fighting in Tripoli in
        August had killed 55"); none when a clause ends between ("fighting the government in
        Kabul, the UN reported 3,035 killed")."""
        if not self.locative_before.search(text, since, start):
            return []
        after = [i for i, m in enumerate(mentions) if m.start - offset >= end]
        if not after or mentions[after[0]].start - offset - end > SUBJECT_REACH:
            return []
        clause_end = CLAUSE_MARK.search(text, end)
        limit = clause_end.start() if clause_end else len(text)
        return [i for i in after if mentions[i].start - offset < limit]

    @staticmethod
    def _part_placed(
        text: str, start: int, offset: int, mentions: list[Mention], before: list[int]
    ) -> bool:
        """Whether a place right after a part of a count before it, in the part's own clause,
        is the part's alone ("3,887 civilians killed, 2,975 of them in government-controlled
        territory"), not the whole's."""
        part = mentions[before[-1]]
        return (
            part.parent is not None
            and part.parent in before
            and CLAUSE_MARK.search(text, part.end - offset, start) is None
            and CLAUSE_MARK.search(text, mentions[part.parent].end - offset, part.start - offset)
            is not None
        )

    @staticmethod
    def _counted_place(text: str, found: re.Match[str]) -> bool:
        """Whether a place no profile names is where counts are: not in brackets that name
        what an area holds ("other regions of Ukraine (Kyiv city and the Cherkasy, ...
        Zhytomyr regions)") with no number of their own."""
        opened, closed = text.rfind("(", 0, found.start()), text.rfind(")", 0, found.start())
        end = text.find(")", found.end())
        if opened <= closed or end < 0:
            return True
        return any(c.isdigit() for c in text[opened:end])

    def assign(
        self, text: str, offset: int, mentions: list[Mention], *, region: str | None
    ) -> tuple[dict[int, tuple[str | None, str | None]], str | None]:
        """(region, control) for each mention, and the region in force at the sentence's end.

        A phrase after counts of its clause ("338 dead ... in government-controlled territory")
        applies to them; a phrase before counts, or one that labels ("In Donetsk and Luhansk
        regions:"), applies to the counts after it.
        """
        found = [
            (m.start(), m.end(), self._kind(m))
            for m in self.pattern.finditer(text)
            if (
                self._counted_place(text, m)
                if m.groupdict().get(UNKNOWN_AREA)
                else self._area_of_counts(text, m)
            )
        ]
        found = self._lists_joined(text, self._inclusions_dropped(text, found))
        found = _countries_of_places_dropped(text, found)
        if self.both_controls is not None:
            both = [(m.start(), m.end()) for m in self.both_controls.finditer(text)]
            found = _both_sides_dropped(found, both)
        parts = [(m.start(), m.end()) for m in self.including.finditer(text)]
        regions: dict[int, str | None] = {}
        controls: dict[int, str | None] = {}
        forward = {"region": region, "control": None}
        last = {"region": 0, "control": 0}
        # a phrase of this sentence labelled the counts after it: a later one of the same kind
        # labels the counts after it too, not those before ("На подконтрольной правительству
        # территории ... погибли 3887 человек, на оккупированной территории - 2089")
        labelled = {"region": False, "control": False}
        by_country = False  # the label in force is the whole country's ("In Ethiopia, ...")
        boundaries = [m.end() for m in re.finditer(r"[:;]", text)]
        boundaries += [m.end() for m in self.clause_end.finditer(text)]
        boundaries += [m.end() for m in self.whole_opener.finditer(text)]
        boundaries += [m.end() for m in self.share.finditer(text)]
        for start, end, kind in found:
            dimension = "control" if kind in CONTROL_KINDS else "region"
            value = None if kind == "country" else kind
            since = max(
                [
                    last[dimension],
                    *(b for b in boundaries if b <= start),
                    *(a for a, b in parts if a <= start < b),
                    _bracket_opened(text, start),  # "3,939 in ... (2,500 in Government-...)"
                ]
            )
            assigned = regions if dimension == "region" else controls
            inside = self._in_parentheses_after(text, end, offset, mentions)
            if inside:  # "Tripoli (six killed and seven injured), Benghazi (...)": its own counts
                # ... and "3,939 in Donetsk and Luhansk regions (2,500 in ...)": the count its
                # parts break down, before it
                wholes = {w for i in inside if (w := mentions[i].parent) is not None and w >= 0}
                for i in [*inside, *(w for w in wholes if since <= mentions[w].start - offset)]:
                    assigned[i] = value
                last[dimension] = end
                continue
            before = [
                i
                for i, m in enumerate(mentions)
                if since <= m.start - offset < start
                and i not in assigned
                and not (self.speech and self.speech.search(text, m.end - offset, start))
            ]
            if before and (
                mentions[before[-1]].listed_place
                or self._part_placed(text, start, offset, mentions, before)
            ):
                before = before[-1:]  # "9,369 ..., 4,000 in Donetsk and Luhansk regions": its own
            colon = self.label_after.match(text[end:])
            part = self.part_before.search(text, 0, start)
            labels = (
                colon
                or self.labels_forward.match(text, end)
                # "of which in Donetsk ...", but not "4,000 of them in Donetsk": that count's
                or (part and not NUMBER_END.search(text, 0, part.start()))
                or (not before and self.labels_after_comma.match(text, end))
            )
            # a conflict's named area after counts is theirs only where the text puts them
            # in it ("killed in Helmand"), not in "with Kabul and Helmand the worst affected"
            located = (
                kind in self.names
                or kind in (UNKNOWN_AREA, "country")  # its locative is in the phrase
                or self.locative_before.search(text, since, start)
            )
            # ... and before counts, only where a clause opens with it ("In Kabul, 12 ...",
            # "Baghdad was the worst affected, with 790"), not in "fighting the government in
            # Kabul, the UN reported 3,035 killed"
            opens = kind in self.names or labels or self.fronted.search(text, 0, start)
            # "Podle OSN bylo loni v Chersonské oblasti ... zabito 712": a place no area names
            # before every count of its sentence is theirs (left out, never the country's), but
            # not where someone speaks between ("Speaking in the city of Uzhhorod, the UN
            # official said 10,582 ...")
            opens = opens or (
                kind == UNKNOWN_AREA
                and bool(mentions)
                and not any(m.start - offset < start for m in mentions)
                and not (self.speech and self.speech.search(text, end, mentions[0].start - offset))
            )
            # "In Kyiv, Türk said 10,000 civilians had been killed in Ukraine": the country
            # after the counts is theirs, not the place no area names that opened the sentence
            overrides = kind == "country" and forward[dimension] == UNKNOWN_AREA
            # "In Ethiopia, OHCHR recorded 183 killed in Amhara": a region within the country
            # the sentence opened on is the counts' own
            overrides = overrides or (dimension == "region" and kind != "country" and by_country)
            if before and not labels and (not labelled[dimension] or overrides):
                for i in before if located else ():
                    assigned[i] = value
                    if kind == "country":
                        # "7,169 were killed in Ukraine, 5,000 in government-controlled
                        # territory and ...": the whole country's, no side's
                        controls.setdefault(i, None)
                parted = self._parts_after(text, end, parts, found, offset, mentions)
                parted += self._elliptic_after(text, end, found, offset, mentions, before)
                for i in parted if located else ():
                    assigned.setdefault(i, value)
            elif opens:
                if (
                    colon
                    and not any(labelled.values())
                    and (kind == UNKNOWN_AREA or self.locative_before.search(text, since, start))
                ):  # an unnamed place holds its own locative: "712 died in the Kherson region:"
                    # "8,950 casualties (...) in Donetsk and Luhansk regions: in Government-
                    # controlled territory: ...": the counts before it are its own, then its parts
                    # (not after a label's counts: "In Donetsk and Luhansk regions: 4,026 ... On
                    # Government-controlled territory: 3,475", run together, opens the next)
                    for i in before:
                        assigned[i] = value
                for i, m in enumerate(mentions):
                    if m.start - offset < start and i not in assigned:
                        assigned[i] = forward[dimension]
                forward[dimension] = value
                labelled[dimension] = True
                if dimension == "region":
                    by_country = kind == "country"
            elif value is not None and dimension == "region":
                # "fighting in Tripoli in August had killed 55": the counts after a place in
                # their subject may be the place's, or the country's: which, none can tell
                for i in self._in_subject(text, since, start, end, offset, mentions):
                    assigned.setdefault(i, UNKNOWN_AREA)
            last[dimension] = end
        out = {
            i: (regions.get(i, forward["region"]), controls.get(i, forward["control"]))
            for i in range(len(mentions))
        }
        _region_carried(out, regions, mentions)
        return out, forward["region"]


def _bracket_opened(text: str, at: int) -> int:
    """Where the brackets a position stands in open (the counts before them are not of a place
    inside them), else 0."""
    opened, closed = text.rfind("(", 0, at), text.rfind(")", 0, at)
    return opened + 1 if opened > closed else 0


def _region_carried(
    out: dict[int, tuple[str | None, str | None]],
    regions: dict[int, str | None],
    mentions: list[Mention],
) -> None:
    """ "3,939 in government-controlled territory of Donetsk and Luhansk regions and 2,018 in
    occupied territory": a count that names only who controls its territory, after one of the
    other side's in a region, is in that region too; so is a part of a count in a region, of
    either side ("3,887 killed in Donetsk and Luhansk regions, 2,975 of them in government-
    controlled territory")."""
    before: tuple[str | None, str | None] = (None, None)
    for i in sorted(out):
        region, control = out[i]
        held, side = before
        whole = mentions[i].parent
        if region is None and i not in regions and control and held and side not in (None, control):
            out[i] = (held, control)
        elif (
            region is None
            and i not in regions
            and control
            and whole is not None
            and whole in out
            and out[whole][0] is not None
            and out[whole][1] is None
        ):
            out[i] = (out[whole][0], control)
        elif region is not None:
            before = (region, control)  # "1,200 in other regions": no side of a region


def area_name(region: str | None, control: str | None, names: dict[str, str]) -> str | None:
    """The published area name of a (region, control) pair; None for the whole country. A
    region that is none of the lexicon's kinds is a conflict's named area, published as is."""
    if region == "other_regions":
        return names["other_regions"]
    if region == "donetsk_luhansk":
        return names[f"donetsk_luhansk_{control}"] if control else names["donetsk_luhansk"]
    if region is not None:
        return region
    return names[control] if control else None
