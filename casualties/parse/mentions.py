"""Read what each number of a sentence counts: killed, injured or casualties, of whom. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from casualties.parse.dates import YEAR, DateMention
from casualties.parse.lexicon import AREA_KINDS, Lexicon, alternation
from casualties.parse.numbers import NumberToken
from casualties.parse.sentences import capitals_class
from casualties.vocabulary import GROUPS, UNKNOWN_SEX_GROUPS

__all__ = ["Grammar", "Mention", "grammar_for", "label_numbers"]

# Digits as they stand inside a longer pattern (any grouping).
RESPECTIVE_REACH = 60
"""How near the outcomes of "killed and injured, respectively" follow their second count."""
PRIOR_REACH = 24
"""How near an earlier value's offset ("a day earlier") follows it."""
SUBJECT_REACH = 200
"""Characters before a part of an outcome's count where the subject that names its group
stands ("Civilians accounted for 680 of the dead (...) and 1,360 of the injured")."""
BREAKDOWN_GAP = 60
"""Characters from a count to the parenthesis that breaks it down ("1,940 casualties in Donetsk
and Luhansk regions (1,019 killed and 921 injured)"), no clause ending between."""
MODIFIER_REACH = 100
"""Characters before a count where "military casualties" makes it another population's."""
RANGE_OPENER_REACH = 30
"""How far before a range's first bound a "from" opens it as a change instead."""
SUBPERIOD_REACH = 20
"""How near the start of a part's shorter stretch follows it ("375 of them since March")."""
DATE_AFTER_ELLIPSIS = 12
"""How near a date may follow a bare number for it to be the count before it, of that date."""
# The text of a count: "9 083" (grouped by a plain space, as numbers.DIGITS reads it), "9,083"
DIGITS_TEXT = r"(?:[1-9]\d{0,2}(?:[ ]\d{3})+(?!\d|[,.]\d)|\d[\d,.\u00a0\u202f\u2009]*\d|\d)"
DIGIT = re.compile(r"\d")  # a number between a context and its count
TIME_COLON = re.compile(r":(?!\s)")  # "10:30": a colon that opens no list
BREAKDOWN_OPENER = re.compile(
    r"""  :                  # "712 people died: 140 men, 95 women"
        | \s[-\u2013\u2014]\s  # "95 people - 82 men, five women and eight children"
    """,
    re.VERBOSE,
)

DASH_ASIDE = re.compile(
    r"""(?<=\s)[-\u2013\u2014](?=\s)  # a spaced dash opens the aside
        (?P<inner>[^-\u2013\u2014();:]*\d[^-\u2013\u2014();:]*)  # a count, no other aside
        (?<=\s)[-\u2013\u2014](?=\s)  # a spaced dash closes it
    """,
    re.VERBOSE,
)
"""Words between two spaced dashes, read as a parenthesis: "647 casualties in 2019 - 284 deaths
and 363 injuries - compared with 468 in 2018"."""
# "на окупованій території – 2018.": a count after a place and a dash, the clause's last word,
# is no year (a range of years, "2014 – 2018", has digits before its dash)
COLON_BETWEEN = re.compile(r"[^\d:;.]*:\s*")  # "children: " between a whole and its first part
BOUND_DASH_AFTER = re.compile(r"[-\u2013]\d")  # a dash with no space, then the upper bound
DASHED_LAST = re.compile(r"[^\W\d]\s+[-\u2013\u2014]\s+$")
CLAUSE_END = re.compile(r"\s*(?:[.;,)]|$)")
APPOSITION_CLOSE = re.compile(r"\s*[),]")  # "(158)", ", 158,": a count in apposition ends
DASHES = re.compile(r"\s[-\u2013\u2014]\s.*\s[-\u2013\u2014]\s", re.DOTALL)  # two of them


def parenthesis_around(text: str, at: int) -> tuple[int, int] | None:
    """Where the parenthesis around `at` opens and closes; None when `at` is in none."""
    opening, close = text.rfind("(", 0, at), text.find(")", at)
    if opening < 0 or close < 0 or ")" in text[opening:at] or "(" in text[at:close]:
        return None
    return opening, close


def with_asides_bracketed(text: str) -> str:
    """The text with each dashed aside in parentheses, of the same length and offsets."""
    if not DASHES.search(text):
        return text
    return DASH_ASIDE.sub(lambda m: f"({m['inner']})", text)


GROUP_NAMES = (
    "children_or_boys",
    *(group for group in GROUPS if group not in UNKNOWN_SEX_GROUPS),
    "adults",
)
"""The groups a count may name: the vocabulary's, but for those of unknown sex (the words
around the count tell them), and two the word alone cannot settle. children_or_boys is the word
for both ("niños"), read as boys where the sentence names girls too, else as children; adults
count only where their sex is not known (adults_unknown_sex)."""


@dataclass(slots=True)
class Mention:
    """A number of a sentence and what it counts, as far as the sentence says."""

    token: NumberToken
    qualifier: str | None = None
    group: str | None = None  # all, children, men, women, boys, girls, adults, *_unknown_sex
    outcome: str | None = None  # killed, injured, total
    own_outcome: bool = False  # the outcome word stands next to the number
    rejected: bool = False  # not a figure of the civilian population
    parent: int | None = None  # the count a parenthesis or "of them" breaks down
    prior: bool = False  # an earlier report's value
    increment: bool = False  # "rose by 217": how much a count changed, never a count
    prior_days: int | None = None
    prior_date: DateMention | None = None
    partitive: bool = False  # "200 of the deaths": a part, a count only of a group named
    whole_of_part: bool = False  # 1,018 in "117 of the 1,018 injured": no head of parts
    by_agent: bool = False  # "633 were killed by Israeli security forces": who killed them
    among_victims: bool = False  # "tra le vittime ci sono 560 bambini": killed, or casualties
    whole_at: int | None = None  # where the whole of this part stands, in the text
    placed: bool = False  # "4,000 of them in ...": a part only its place tells from the whole
    # "..., 4,000 in Donetsk and Luhansk regions and ...": a count of a list by place, whose
    # outcome is the count's before it: the place after it is its own
    listed_place: bool = False
    subject_part: bool = False  # "X accounted for 74 of the casualties": X's part, if a place
    rejected_with_parent: bool = False  # rejected as a part of a rejected count
    # where the words of a ranking stand ("X recorded the highest number of casualties, with
    # 1,563": X's count, if a place); its subject's verb ends there
    ranked_at: int | None = None

    @property
    def start(self) -> int:
        return self.token.start

    @property
    def end(self) -> int:
        return self.token.end


@dataclass(frozen=True)
class Grammar:
    """The compiled patterns of one lexicon."""

    lexicon: Lexicon
    qualifier_before: re.Pattern[str]
    rose_to_before: re.Pattern[str] | None
    qualifiers: dict[str, str]
    group_after: re.Pattern[str]
    group_predicate: re.Pattern[str]
    outcome_predicate: re.Pattern[str]
    civilians_among_after: re.Pattern[str]
    fraction: re.Pattern[str] | None
    excluded_after: re.Pattern[str]
    excluded_modifier: re.Pattern[str] | None
    group_adjective: re.Pattern[str]
    group_word: re.Pattern[str]
    excluded_outcome_before: re.Pattern[str] | None
    average_before: re.Pattern[str] | None
    rate_after: re.Pattern[str] | None
    rate_gap: re.Pattern[str]
    attributed_before: re.Pattern[str] | None
    attributed_after: re.Pattern[str] | None
    attributed_to_war: re.Pattern[str] | None
    range_to: re.Pattern[str] | None
    range_between: re.Pattern[str] | None
    range_and: re.Pattern[str]
    count_next: re.Pattern[str]
    range_from: re.Pattern[str] | None
    victims: re.Pattern[str] | None
    ages: re.Pattern[str] | None
    attack: re.Pattern[str] | None
    auxiliaries: re.Pattern[str]
    outcome_after: re.Pattern[str]
    adjective_outcome: re.Pattern[str]
    outcome_and_gap: re.Pattern[str]
    counted_clause: re.Pattern[str] | None
    of_them: re.Pattern[str]
    of_them_before: re.Pattern[str]
    of_outcome: re.Pattern[str]
    among_after: re.Pattern[str]
    outcome_before: re.Pattern[str]
    label_before: re.Pattern[str]
    superlative_before: re.Pattern[str] | None
    linking_before: re.Pattern[str]
    mark_before: re.Pattern[str] | None
    linking_the_before: re.Pattern[str]
    mark_after: re.Pattern[str] | None
    mark_phrase_before: re.Pattern[str] | None
    crossing_verb: re.Pattern[str] | None
    subjects: re.Pattern[str]
    subject_apposed_before: re.Pattern[str]
    including_before: re.Pattern[str]
    context_outcome: re.Pattern[str]
    unknown_after: re.Pattern[str]
    unknown_before: re.Pattern[str]
    list_tail: re.Pattern[str]
    incident_participle: re.Pattern[str]
    incident_relative: re.Pattern[str] | None
    disaster: re.Pattern[str] | None
    disaster_noun: re.Pattern[str] | None
    civilian_after: re.Pattern[str]
    civilians_noun_after: re.Pattern[str]
    civilian_before: re.Pattern[str]
    civilian_subject: re.Pattern[str]
    group_subject_before: re.Pattern[str]
    occurred_after: re.Pattern[str]
    group_share_before: re.Pattern[str]
    group_outcome_before: re.Pattern[str]
    group_subject_opening: re.Pattern[str]
    group_label_before: re.Pattern[str]
    group_label_opening: re.Pattern[str]
    duration_after: re.Pattern[str]
    group_pronoun_before: re.Pattern[str] | None
    appositive: re.Pattern[str]
    prior_filler: re.Pattern[str]
    prior_offsets: dict[str, int]
    prior_opener: re.Pattern[str] | None
    rose_from_before: re.Pattern[str]
    rose_by_before: re.Pattern[str] | None
    other_date_from: re.Pattern[str] | None
    comparison: re.Pattern[str] | None
    when_after: re.Pattern[str] | None
    change_opener: re.Pattern[str]
    change_clause_end: re.Pattern[str]
    teaser: re.Pattern[str] | None
    change_after: re.Pattern[str]
    not_a_count_after: re.Pattern[str]
    ratio_before: re.Pattern[str]
    weapons: re.Pattern[str]
    weapon_agent: re.Pattern[str] | None
    cause_after: re.Pattern[str] | None
    count_of_them: re.Pattern[str]
    figures_include: re.Pattern[str] | None
    whole_by_number: re.Pattern[str]
    whole_opening: re.Pattern[str]
    ranked_before: re.Pattern[str] | None
    part_opener: re.Pattern[str]
    incident: re.Pattern[str]
    list_divider: re.Pattern[str]
    contrast: re.Pattern[str]
    short_period: re.Pattern[str]
    short_duration: re.Pattern[str]
    emphasis: re.Pattern[str] | None
    event_day: re.Pattern[str] | None
    fronted_day: re.Pattern[str] | None
    running_total_words: re.Pattern[str] | None
    stated_before: re.Pattern[str] | None
    release_before: re.Pattern[str] | None
    release_after: re.Pattern[str] | None
    sum_before: re.Pattern[str] | None
    sum_after: re.Pattern[str] | None
    earlier_release: re.Pattern[str] | None
    continuing: re.Pattern[str] | None
    comparison_opener: re.Pattern[str] | None
    back_reference: re.Pattern[str] | None
    same_period_phrase: re.Pattern[str] | None
    same_period_opener: re.Pattern[str] | None
    added_count: re.Pattern[str]
    subject_after: re.Pattern[str] | None
    reporting_period: re.Pattern[str] | None
    previous_period_clause: re.Pattern[str] | None
    clause_of_period: re.Pattern[str] | None
    statement: re.Pattern[str] | None
    recent_period: re.Pattern[str]
    outcome_named: re.Pattern[str]
    outcome_words: dict[str, re.Pattern[str]]
    girls: re.Pattern[str]
    and_opener: re.Pattern[str]
    respectively: re.Pattern[str]
    and_gap: re.Pattern[str]
    respective_gap: re.Pattern[str]
    group_of_after: re.Pattern[str]
    other_harms_after: re.Pattern[str]
    other_harm: re.Pattern[str]
    other_harm_after: re.Pattern[str]
    either_outcome_after: re.Pattern[str]
    locative_after: re.Pattern[str]
    area_kind_after: re.Pattern[str]
    placed_by_verb: re.Pattern[str]
    parts_after_colon: re.Pattern[str]
    sibling_gap: re.Pattern[str]
    ellipsis_opener: re.Pattern[str]
    locative: re.Pattern[str]
    place_before_count: re.Pattern[str]
    ranking_next_before: re.Pattern[str]
    coordination: re.Pattern[str]
    cumulative_opener: re.Pattern[str]
    cumulative_since: re.Pattern[str]
    running_total: re.Pattern[str]
    phrase_before_outcome: re.Pattern[str]
    agent_after: re.Pattern[str]


def _stretch_units(lexicon: Lexicon) -> list[str]:
    """The units of a recent stretch: those after a number ("the past three weeks") and those
    of one unit with none ("w ostatnim tygodniu", "the past week")."""
    units = [*lexicon.words("dates", "durations"), *lexicon.words("dates", "one_durations")]
    return list(dict.fromkeys(units))


def _if_listed(words: list[str], pattern: Callable[[str], str]) -> re.Pattern[str] | None:
    """The pattern built around a word list's alternation; None when the language lists none
    (a pattern of an empty list would match nothing, and cost a search each sentence)."""
    return re.compile(pattern(alternation(words))) if words else None


AGENT_WORDS = 4
"""Words of who did it that may stand between an outcome and its day ("killed by security
forces on Saturday")."""


def _agent_phrase(lexicon: Lexicon) -> str:
    """An optional "by <a few words>" after an outcome; nothing when the language lists no
    agent word."""
    agent = lexicon.words("structure", "agent")
    if not agent:
        return ""
    return rf"(?:\s+{alternation(agent)}(?:\s+[^\W\d]+){{1,{AGENT_WORDS}}}?)?"


def _outcome_alternation(lexicon: Lexicon) -> str:
    # total first: "killed or injured" is a total, not "killed" followed by other words
    names = ("total", "killed", "injured")
    return "|".join(f"(?P<{n}>{alternation(lexicon.words('outcomes', n))})" for n in names)


@cache
def grammar_for(lexicon: Lexicon) -> Grammar:
    """Compile the sentence patterns of a lexicon (once per language)."""
    words = lexicon.words
    qualifiers = {k.lower(): v for k, v in lexicon.data["qualifiers"].items()}
    qual = alternation(list(lexicon.data["qualifiers"]))
    qual_gap = rf"{qual}(?:\s+|(?<=[^\w\s]))"  # "at least ", "~": a sign needs no space

    def right_before_count(phrases: str) -> str:
        """A phrase that ends right before a count, a qualifier between: "rose to at least "."""
        return rf"(?<!\w){phrases}\s+(?:{qual_gap})?$"

    def in_clause_after(phrases: str) -> str:
        """A phrase a few words after a count, in its clause: " civilian casualties to"."""
        return rf"^[^,;:.()\d]{{0,{RATE_REACH}}}?(?<!\w){phrases}(?!\w)"

    groups = lexicon.data["groups"]
    group = "|".join(f"(?P<{g}>{alternation(groups[g])})" for g in GROUP_NAMES)
    outcomes = _outcome_alternation(lexicon)
    aux = alternation(words("verbs", "auxiliaries"))
    include = alternation(words("verbs", "include"))
    any_outcome = alternation(
        words("outcomes", "killed") + words("outcomes", "injured") + words("outcomes", "total")
    )
    kid_or_adult = alternation(groups["children"] + groups["adults"])
    subjects = "|".join(
        f"(?P<{n}>{alternation(words('outcomes', 'subjects_' + n))})"
        for n in ("total", "killed", "injured")  # "number of civilians killed and injured"
    )
    number_words = alternation(
        [*lexicon.data["numbers"]["units"], *lexicon.data["numbers"]["tens"]]
    )
    number = rf"(?:{DIGITS_TEXT}|{number_words}(?:[-\s]{number_words})*)"
    scales = alternation(list(lexicon.data["numbers"]["scales"]))  # "mille": a round whole
    percent = alternation(words("numbers", "percent"))
    excluded = alternation(words("populations", "excluded"))
    of, and_ = lexicon.pattern("grammar", "of"), lexicon.pattern("grammar", "and")
    relatives = alternation(
        words("weapons", "incident_relatives") + words("grammar", "complementizers")
    )
    listed = rf"(?:{qual_gap})?(?:{number}\s+)?\w+"  # one item of a list: "at least 15 children"
    # ", more than 600 of them children," or " -- 639 of them children --", or ", including
    # 15 children and one woman,"
    appositive = rf"""(?: \s*(?:,|--|—|–|-|\()\s*       # ", including", " - among them", " (among them"
                    (?: (?:{qual_gap})?{number}\s+{alternation(words("structure", "of_them"))}\s+\w+
                      | {alternation(words("structure", "including"))}\s+{listed}(?:\s*,?\s*{and_}\s+{listed}|\s*,\s*{listed}){{0,4}} )
                    \s*(?:,|--|—|–|-|\))
                  | \s+{alternation(words("structure", "including"))}\s+{listed}(?=\s) )  # "35.548 lidí včetně 2234 dětí bylo zraněno"
    """
    among, those = lexicon.pattern("grammar", "among"), lexicon.pattern("grammar", "those")
    counting = words("grammar", "counting_verbs")
    counted = (  # "the UN has verified as": who counted, between a count's noun and outcome
        rf"""(?:[^\W\d]+\s+){{1,3}}?(?:{aux}\s+)*{alternation(counting)}
             (?:\s+{lexicon.pattern("grammar", "counted_as")})?"""
        if counting
        else None
    )
    counted_gap = rf"(?:{counted}\s+)?" if counted else ""
    # "The number of ...", "Le nombre de ...": the article of a subject
    subject_article = alternation(words("grammar", "the") + words("grammar", "subject_articles"))
    # "Of the total, 3,588 were children": a word for the whole before, no outcome of its own
    anaphoric_whole = rf"{lexicon.pattern('grammar', 'anaphoric_wholes')}\s*,"
    linking, the = (
        alternation(words("outcomes", "linking_verbs")),
        lexicon.pattern("grammar", "the"),
    )
    another = lexicon.pattern("grammar", "another")
    ratios = lexicon.pattern("grammar", "ratios")
    articles = lexicon.pattern("grammar", "articles")
    # the areas a count may stand in before its outcome, an "and" in their names
    area_kinds = alternation([w for k in AREA_KINDS for w in words("areas", k)])
    capitals = capitals_class()
    locative = lexicon.pattern("areas", "locatives")
    pronoun = lexicon.pattern("grammar", "group_pronouns")
    # where a clause's subject starts: "Children accounted for", "OHCHR said (that) children"
    # "32 per cent of all civilian casualties (", "..., with": a share, the group's counts after
    share_with = alternation(words("grammar", "share_with"))
    fractions = words("numbers", "fractions")
    fraction = rf"|(?:{qual_gap})?{alternation(fractions)}" if fractions else ""
    share = (
        # "of all casualties", "des victimes", "aller Opfer": what the share is of
        rf"(?:\d+(?:[.,]\d+)?\s*{percent}{fraction})(?:\s+(?:{of}|[^\W\d]{{1,5}})\s+[^\d()]{{1,60}}?)?"
        rf"(?:\s*\(|\s*,\s+{share_with}\s+|\s*:\s*)"  # "(", ", with ", ": "
    )
    the = lexicon.pattern("grammar", "the")
    any_group = "|".join(alternation(groups[g]) for g in GROUP_NAMES)  # no group's name
    # "in der Ukraine" between a whole and its outcome: a place before a participle
    place_before = (
        rf"{lexicon.pattern('areas', 'locatives')}\s+(?:(?:{articles}|{the})\s+)?[^\W\d]+"
    )
    stretch_before_unit = lexicon.pattern("structure", "stretch_before_unit")
    back_after_unit = lexicon.pattern("structure", "back_after_unit")
    # the words an earlier value's brackets may hold: the lexicon's, and those of its offsets
    # ("тиждень тому – 23 821")
    prior_fillers = sorted(
        {*words("priors", "filler"), *(w for k in words("priors", "offsets") for w in k.split())}
    )
    subject_start = rf"""(?:^|[.;:]\s|(?<!\w){lexicon.pattern("grammar", "statement_words")}
                         ,?\s+(?:[^\W\d]+\s+)??)"""  # "podała, że dzieci"
    return Grammar(
        lexicon=lexicon,
        # "at least 1,417", "more than 600"
        # "at least 3,000", "~3,000": a sign needs no space before its number
        qualifier_before=re.compile(rf"(?<!\w)(?P<q>{qual})(?:\s+|(?<=[^\w\s]))(?:{of}\s+)?$"),
        qualifiers=qualifiers,
        # "зросла " before "до 10 582": the word is the verb's "to", no qualifier
        rose_to_before=_if_listed(
            words("structure", "rose_to_verbs"), lambda w: rf"(?<!\w){w}\s+$"
        ),
        # " civilians", " Ukrainian civilians", " were men", " more children"
        group_after=re.compile(
            rf"""^(?:\s+{aux})*(?:\s+(?:[–—]|-(?=\s)))?  # "were" in "224 were men", "38 – діти", "8,006 - civilians"
                 \s*(?:{lexicon.pattern("grammar", "more")}\s+)?
                 (?:{articles}\s+)?                      # "sono 1.081 i civili morti"
                 (?:{lexicon.pattern("grammar", "noun_adjectives")}\s+)?  # "identified"
                 (?:{lexicon.pattern("grammar", "nationality")}\s+)?
                 (?:{group})(?!\w)
                 (?:\s+{lexicon.pattern("groups", "ages")}(?!\w))?     # "children aged 17 or younger"
            """,
            re.VERBOSE,
        ),
        # " in Ukraine were children": the group a clause's copula gives its subject, past a
        # few words of its place or time
        group_predicate=re.compile(
            rf"""(?:\s+[^\s,;:.()–—-]+){{0,6}}?     # " in Ukraine", " since February 2022"
                 (?: (?:\s+{aux})+\s+ | \s+[–—-]\s+    # " were", " étaient", " –"
                   | \s+(?=(?:{any_group})\s*(?:[.;]|$)) )  # a verb before the count: "waren ... Kinder."
                 (?:{articles}\s+)?(?:{group})(?!\w)    # " children", " des enfants" """,
            re.VERBOSE,
        ),
        # " verified in Ukraine were fatalities": the outcome a clause's copula gives its subject
        outcome_predicate=re.compile(
            rf"""(?:\s+[^\s,;:.()–—-]+){{0,6}}?     # " verified in Ukraine"
                 (?P<copula>(?:\s+{aux})+)?          # " were"
                 \s+(?:{outcomes})(?!\w)              # " fatalities", " murieron" """,
            re.VERBOSE,
        ),
        fraction=_if_listed(fractions, lambda w: rf"{w}(?!\w)"),  # "one third": no count
        # ", including civilians,": a count of people of whom civilians are only some
        civilians_among_after=re.compile(
            rf"""\s*,?\s*{alternation(words("structure", "including"))}\s+
                 {lexicon.pattern("groups", "civilian_words")}(?!\w)""",
            re.VERBOSE,
        ),
        # " aid workers", " days": a count of something other than civilians
        # ("495 in regions ..." is a count in a place, not of regions)
        excluded_after=re.compile(rf"^\s*(?:(?!{locative}\s)\w+\s+)?{excluded}(?!\w)"),
        victims=_if_listed(words("outcomes", "victims"), lambda w: rf"(?<!\w){w}(?!\w)"),
        ages=_if_listed(words("groups", "ages"), lambda w: rf"(?<!\w){w}(?!\w)"),
        # "Russian forces struck Dobropillia", "the attack on": an attack told
        attack=_if_listed(
            words("grammar", "attack_verbs") + words("weapons", "incidents"),
            lambda w: rf"(?<!\w){w}(?!\w)",
        ),
        # "child" in "Child casualties rose to 1,509": the group of the subject's count
        group_adjective=re.compile(rf"(?<!\w)(?:{group})\s+$"),
        group_word=re.compile(rf"(?<!\w)(?:{group})(?!\w)"),
        excluded_modifier=_if_listed(
            words("populations", "excluded_modifiers"), lambda w: rf"(?<!\w){w}\s+$"
        ),
        range_to=_if_listed(words("structure", "pair_to"), lambda w: rf"\s+{w}\s+"),
        # "between 7,000 and 9,000 injured": an estimate between two bounds
        range_between=_if_listed(words("structure", "range_between"), right_before_count),
        range_and=re.compile(rf"\s+{and_}\s+(?:{qual_gap})?"),
        # an outcome that leads the count after it: "ранены 400 человек"
        count_next=re.compile(rf"\s+(?:{qual_gap})?\d"),
        # "from 1,335 to 1,417", "up from at least 1,335 to", "rose by 217 to 9,083": a change,
        # not a range
        range_from=_if_listed(
            words("structure", "pair_from") + words("structure", "rose_by"),
            right_before_count,
        ),
        # "an average of 42 civilians", "six a day", "5 were killed per day": a rate, no count
        average_before=_if_listed(words("structure", "averages"), right_before_count),
        # ... in the count's own clause: not "killed and more are killed every day"
        rate_after=_if_listed(
            words("structure", "per_unit"),
            # "in" before "a month", or "earlier" after it: a stretch or a time back
            lambda w: (
                rf"(?<!\w)(?:(?P<stretch>{stretch_before_unit})\s+)?(?P<unit>{w})(?!\w)"
                rf"(?P<back>\s+{back_after_unit}(?!\w))?"
            ),
        ),
        rate_gap=re.compile(rf"[,;:.()\d]|(?<!\w)(?:{and_}|{relatives})(?!\w)"),
        # "UNAMA attributed 2,001 civilian casualties to the Taliban", "ISIL was responsible for
        # 1,200 civilian deaths", "3,336 casualties attributed to Anti-Government Elements": a
        # party's share of the count, no count of its own
        attributed_before=_if_listed(
            words("structure", "attribution_before"),
            right_before_count,
        ),
        attributed_after=_if_listed(
            words("structure", "attribution_after"),
            in_clause_after,
        ),
        # "... to the conflict": the war itself, no party
        attributed_to_war=_if_listed(words("structure", "attributed_to_war"), in_clause_after),
        # "military casualties were approaching 70,000 killed": the clause's counts are theirs
        excluded_outcome_before=_if_listed(
            words("populations", "excluded_modifiers"),
            lambda w: rf"(?<!\w){w}\s+(?:{any_outcome})(?!\w)[^,;:.\d]{{0,40}}$",
        ),
        # "were", "had been", and "more" words: "15 993 ďalších bolo zranených"
        auxiliaries=re.compile(rf"^(?:\s+(?:{aux}|{lexicon.pattern('grammar', 'more')})(?!\w))*"),
        # " killed", " civilian casualties", " deaths"
        outcome_after=re.compile(
            rf"""^(?:\s+[–—-])?                      # "ще 29 392 – поранені": a dash for the verb
                 \s*(?:{articles}\s+)?(?:{lexicon.pattern("grammar", "civilian")}\s+)?
                 (?:{outcomes})(?!\w)""",
            re.VERBOSE,
        ),
        # " it has verified as", " OHCHR recorded": a clause on who counted, before the outcome
        counted_clause=(
            re.compile(rf"^\s+{counted}(?=\s+(?:{outcomes})(?!\w))", re.VERBOSE)
            if counted
            else None
        ),
        # " killed and ": a count's outcome, then "and" and the next count
        outcome_and_gap=re.compile(rf"\s+(?:{outcomes})\s+{and_}\s+"),
        # " injured children", " wounded civilians"
        adjective_outcome=re.compile(
            rf"^\s+(?:{outcomes})\s+(?=(?:{alternation([w for g in GROUP_NAMES for w in groups[g]])})(?!\w))"
        ),
        of_them=re.compile(rf"^\s+{alternation(words('structure', 'of_them'))}(?!\w)"),
        # "из них 4000 – в Донбассе": the part after the words
        of_them_before=re.compile(
            rf"(?<!\w){alternation(words('structure', 'of_them'))}\s*[,:]?\s*(?:{qual_gap})?$"
        ),
        # "121 of the dead were children", "117 of the 1,018 injured": a part of the outcome's
        # count, of the group after it or of its subject
        of_outcome=re.compile(
            rf"""^\s+{lexicon.pattern("structure", "partitive")}\s+
                 (?:(?:{qual_gap})?(?P<whole>{number})\s+       # "of the more than 34,500"
                    (?:{alternation(groups["all"])}\s+)?         # "of the 10,582 civilians killed"
                    (?:{place_before}\s+)?)?                     # "der 10.582 in der Ukraine getöteten"
                 (?:{outcomes})(?!\w)""",
            re.VERBOSE,
        ),
        # "with 272 children among the dead", "560 children are among the 10,000 civilians
        # killed"
        among_after=re.compile(
            rf"""^(?:\s+{aux})*\s+{among}\s+(?:{those}\s+)?   # " are among the"
                 (?:(?:{qual_gap})?{number}\s+(?:[^\W\d]+\s+)?)?  # "10,000 civilians"
                 (?:{outcomes})(?!\w)""",
            re.VERBOSE,
        ),
        # "deaths of 4,031", "killed more than 12,300", "injured another 1,803"
        outcome_before=re.compile(
            rf"""(?: (?P<killed>{lexicon.pattern("outcomes", "killed_before_of")}\s+{of}
                            | {lexicon.pattern("outcomes", "killed_before")} )
                   | (?P<injured>{lexicon.pattern("outcomes", "injured_before")} )
                   | (?P<total>{lexicon.pattern("outcomes", "total_before")}  # "погибли или были ранены"
                       | {lexicon.pattern("outcomes", "killed_before")}     # "zabito nebo zraněno"
                         \s+{lexicon.pattern("grammar", "or")}(?:\s+{aux})*
                         \s+{lexicon.pattern("outcomes", "injured_before")} )
                 )
                 (?:\s+{aux})*                                 # "Zraněno bylo 15 993"
                 \s*(?::\s*|\(\s*|[–—]\s*|-\s+|\s+)          # "Killed: 9,083", "killed (9,614)", "killed – 9,083"
                 (?:{lexicon.pattern("grammar", "phrase_before_count")}   # "zahynulo na Ukrajině 1049"
                      (?:\s+(?:[^\W\d]+\.?|\d{{1,2}}\.)){{1,8}}?\s+){{0,3}}  # "od 24. února", "podle Úřadu ... OSN", "2022 r."
                 (?:{pronoun}\s+)?                             # "ranjeno njih 459"
                 (?:{lexicon.pattern("grammar", "total_adverbs")}\s+)?  # "zginęło łącznie 10 378"
                 (?:{another}\s+)?(?:{qual_gap})?$""",
            re.VERBOSE,
        ),
        # "Civilian casualties: 4,335", "| Total: 27,149": an outcome's label, with its colon
        label_before=re.compile(
            rf"""(?:^|(?<=[\n;.|])|(?<=\s[-–—]))\W*           # a line, an item, a dash
                 (?: (?P<killed>{lexicon.pattern("outcomes", "killed_label")})
                   | (?P<injured>{lexicon.pattern("outcomes", "injured_label")})
                   | (?P<total>{lexicon.pattern("outcomes", "total_label")}) )
                 (?:\s+{lexicon.pattern("groups", "civilian_words")}(?:\s+[^\W\d]+)?)?  # "Погибшие мирные жители"
                 (?:\s+{locative}\s+(?:(?:{articles}|{the})\s+)?[{capitals}][\w'’-]*)?  # "Civilians killed in Ukraine:"
                 \s*:\s*(?:{qual_gap})?$""",
            re.VERBOSE,
        ),
        # "the highest number of civilian casualties, with 1,563": a ranking's count
        superlative_before=_if_listed(
            words("outcomes", "superlatives"),
            lambda w: (
                rf"""(?x)(?<!\w){w}\s+(?:{lexicon.pattern("grammar", "civilian")}\s+)?
                           (?:{subjects})\s*,\s*                        # "civilian casualties,"
                           (?:{alternation(words("areas", "label_words"))}\s+)?  # "with"
                           (?:{qual_gap})?$"""
            ),
        ),
        # "casualties ... reached 16,784", "the death toll is 133"
        linking_before=re.compile(right_before_count(linking)),
        # "passed the grim milestone of 10,000", "a franchi la barre des 10 000": a linking verb,
        # then the mark the count is; "passed the 10,000 mark": the mark after the count
        mark_before=_if_listed(
            words("outcomes", "mark_nouns"),
            lambda w: right_before_count(rf"{linking}\s+(?:{the}\s+)?(?:[^\W\d]+\s+)?{w}"),
        ),
        linking_the_before=re.compile(right_before_count(rf"{linking}\s+{the}")),
        # "überschritt die Zahl der getöteten Zivilisten ... die Marke von 10.000": the mark,
        # its verb before the subject
        mark_phrase_before=_if_listed(
            words("outcomes", "mark_nouns"),
            lambda w: right_before_count(rf"{the}\s+(?:[^\W\d]+\s+)?{w}"),
        ),
        crossing_verb=_if_listed(words("dates", "crossing_verbs"), lambda w: rf"(?<!\w){w}(?!\w)"),
        mark_after=_if_listed(words("outcomes", "mark_nouns"), lambda w: rf"\s+{w}(?!\w)"),
        subjects=re.compile(rf"(?<!\w)(?:{subjects})(?!\w)"),
        # "The number of civilians killed in Ukraine in January (158) was": the sentence's
        # subject, its count in apposition after its place and period
        subject_apposed_before=re.compile(
            rf"""{subject_start}\W*(?:{subject_article}\s+)?(?:{subjects})(?!\w)
                 (?:[^\d()\[\],;:.]|(?<!\d)\d{{4}}(?!\d)(?:\s+[^\W\d]{{1,2}}\.)?){{0,80}}?  # " in July 2024", "w lipcu 2024 r."
                 (?:\s*\(|\s*,)\s*$""",
            re.VERBOSE,
        ),
        # "eleva a 6.702 el número de civiles muertos": the subject after its count
        subject_after=_if_listed(
            words("grammar", "subject_articles"),
            lambda w: rf"\s+(?:{w}\s+)?(?:{subjects})(?!\w)",
        ),
        including_before=re.compile(
            right_before_count(alternation(words("structure", "including")))
        ),
        # "Of the 5,718, 372 were children": the count before, named by its number alone
        whole_by_number=re.compile(rf"^\W*{among}\s+(?:{those}\s+)?(?P<n>{number})\s*,"),
        # "Of the total of 5,183 civilian casualties, 2,400 ...": a whole that opens the
        # sentence, its parts after the comma (or its verb: "Von den 5.183 Opfern wurden 2.400")
        whole_opening=re.compile(
            rf"""^\W*{among}\s+(?:{those}\s+)?     # "Of the"
                 (?:[^\W\d]+\s+){{0,3}}?             # "total of"
                 (?:{qual_gap})?{number}            # "5,183"
                 [^\d,;:()]{{0,60}}(?:,|(?=\d))       # " civilian casualties,", "Opfern wurden" """,
            re.VERBOSE,
        ),
        # "Of those killed,", "The 10,189 wounded include", "Among the 15,117 wounded are"
        context_outcome=re.compile(
            rf"""(?: {among}\s+(?!(?:{those}\s+)?{anaphoric_whole})               # not "Of the total,"
                     (?:{those}\s+)?
                     (?:(?:{qual_gap})?(?:{number}|{scales})\s+)?  # "oltre mille"
                     (?:[^\W\d]+\s+)?                                                # "civilians"
                     {counted_gap}                                  # "the UN has verified as"
                   | (?:{lexicon.pattern("grammar", "the")}|{those})\s+(?:{number}\s+)?
                     (?=(?:{any_outcome})\s+{include}(?!\w)) )   # "Those killed were"
                 (?:{outcomes})(?!\w)""",
            re.VERBOSE,
        ),
        # "9 children and 201 adults whose sex is yet unknown"
        unknown_after=re.compile(
            rf"""^(?:\s*(?:,|[–—-]|{and_}|{qual}|{number}|{kid_or_adult}|{aux}|{articles})(?!\w))*?
                 \s*{alternation(groups["unknown_sex_after"])}  # " are children whose sex ..." """,
            re.VERBOSE,
        ),
        # "The sex of another 52 children and 628 adults"
        unknown_before=re.compile(
            rf"""{alternation(groups["unknown_sex_before"])}\s+
                 (?:{another}\s+)?
                 (?:(?:{number}|{qual}|{kid_or_adult}|,|{and_})\s*)*$""",
            re.VERBOSE,
        ),
        # ", some 206 boys and 172 girls were killed": the outcome after a list of groups
        list_tail=re.compile(
            rf"""^(?:\s*(?:,|{and_})\s*(?:{qual_gap})?{number}(?:\s+{aux})*\s+(?:{group}))*
                 (?:\s+{aux}(?!\w))*\s+
                 (?:{among}\s+(?:{those}\s+)?)?              # "... were among the dead"
                 (?:{outcomes})(?!\w)""",
            re.VERBOSE,
        ),
        appositive=re.compile(f"^{appositive}", re.VERBOSE),
        prior_filler=re.compile(
            rf"^(?:\s*(?:{alternation(prior_fillers)}|{qual}|{number}|[:,–—-]))*\s*$"
        ),
        prior_offsets={k.lower(): v for k, v in words("priors", "offsets").items()},
        # "A week earlier, it reported 3,930 killed": the sentence gives earlier values
        prior_opener=_if_listed(
            words("priors", "openers"), lambda w: rf"^\W*(?P<offset>{w})(?!\w)"
        ),
        # "more than double the number in 2022": a period to compare with, not the counts'
        comparison=_if_listed(words("structure", "comparison"), lambda w: rf"(?<!\w){w}(?!\w)"),
        # ", when 194 were killed": a clause of the period before it
        when_after=_if_listed(words("dates", "when"), lambda w: rf"\W*{w}(?!\w)"),
        # "fell to 126 in May from 181 in April": after a count, the same count at another date
        other_date_from=(
            re.compile(
                rf"""^[^.;:()\d]{{0,60}}?(?<!\w){alternation(words("structure", "other_date_from"))}
                     \s+(?:{qual_gap})?$""",
                re.VERBOSE,
            )
            if words("structure", "other_date_from")
            else None
        ),
        rose_from_before=re.compile(
            right_before_count(alternation(words("structure", "rose_from")))
        ),
        # "rose by 217 to 9,083": the change since an earlier report, not a count
        rose_by_before=_if_listed(words("structure", "rose_by"), right_before_count),
        change_opener=re.compile(rf"^\W*{alternation(words('structure', 'change_openers'))}(?!\w)"),
        # where the clause a change opens ends: a semicolon, a contrast, or the whole's word
        # after a comma ("In the past 24 hours, three were killed, while overall ...", "...,
        # а загалом ООН ...")
        change_clause_end=re.compile(
            rf"""; | (?<!\w){lexicon.pattern("grammar", "contrasts")}(?:(?<=['’])|(?!\w))
                  | ,\s*(?:[^\W\d]{{1,3}}\s+)?{lexicon.pattern("dates", "cumulative_openers")}(?!\w)""",
            re.VERBOSE,
        ),
        # "Read more: UN says 300 aid workers killed in 2024": a link to another article
        teaser=_if_listed(
            words("structure", "teasers"), lambda w: rf"^\W*{w}(?!\w)\s*(?:[:|]|[–—-]\s)"
        ),
        change_after=re.compile(rf"^\s+{alternation(words('structure', 'change_words'))}(?!\w)"),
        # "45%", "84 percent", "12-year-old", "5 a.m.", "2 million": never a count of civilians
        not_a_count_after=re.compile(
            rf"""^(?: \s*{percent}
                   | -[A-Za-z]
                   | \s*{lexicon.pattern("grammar", "clock")}\b
                   | \s+{lexicon.pattern("grammar", "amounts")}\b
                   | \s+{of}\s+(?:{lexicon.pattern("grammar", "the")}\s+)?     # "one of the deadliest
                     {lexicon.pattern("grammar", "ranking_words")}(?!\w)         # months": a rank
                   | \s+{ratios}\s+(?!{YEAR}){number}(?!\w) )  # "9 out of 10", not "in 2023"
            """,
            re.VERBOSE,
        ),
        ratio_before=re.compile(rf"(?<![\w.,]){number}\s+{ratios}\s+$"),  # "10" in "9 out of 10"
        weapons=re.compile(rf"(?<!\w){alternation(words('weapons', 'words'))}(?!\w)"),
        # "Russian shelling has killed 1,430": the war's whole toll, told by its weapon
        weapon_agent=_if_listed(words("weapons", "agents"), lambda w: rf"(?<!\w){w}\s+$"),
        # " civilian casualties from aerial operations": a count of one cause, after the number
        # ... but not after the party that wields it: "killed in Russian shelling" is the toll
        cause_after=_if_listed(
            words("weapons", "causes_after"),
            lambda w: (
                rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{any_outcome})"  # " civilian casualties"
                rf"\s+{w}\s+(?:(?!{alternation(words('weapons', 'agents'))}\s)[\w-]+\s+){{0,2}}?"
                rf"{alternation(words('weapons', 'words'))}(?!\w)"  # "aerial operations"
            ),
        ),
        # "It said 121 of them were children": a part of the count before, in a sentence
        # that may name no outcome
        count_of_them=re.compile(
            rf"(?<!\w){number}\s+{alternation(words('structure', 'of_them'))}(?!\w)"
        ),
        # "Of these, 30 ...": the sentence goes on with the parts of a sub-count
        part_opener=re.compile(
            rf"""^\W*{lexicon.pattern("grammar", "part_openers")}\b
                 (?!\s+{lexicon.pattern("grammar", "part_opener_not_before")})""",
            re.VERBOSE,
        ),
        # "in the missile strike", "An attack on a train station"
        incident=re.compile(
            rf"""(?: ^\W*(?:[^\W\d][^,;:]{{0,40}},\s+)?   # "In April, an attack on ..."
                   | (?<!\w){lexicon.pattern("weapons", "incident_openers")}\s+ )
                 {_article_before(lexicon)}                                    # "a", none in Slavic
                 (?:[0-3]?\d\.?\s+{lexicon.month_names()}\s+)?                  # "the 8 April"
                 (?:{lexicon.pattern("weapons", "incident_adjectives")}\s+){{0,2}}  # "the deadliest single"
                 (?:[{capitals}][\w'’-]*\s+                                      # "an RSF attack"
                    (?:{lexicon.pattern("weapons", "incident_targets")}\s+)?)?      # "station"
                 (?: (?:{alternation(words("weapons", "words"))}\s+)?
                     {lexicon.pattern("weapons", "incidents")}(?!\w)              # "drone attack"
                   | {alternation(words("weapons", "words"))}                     # "a missile hit"
                     \s+{lexicon.pattern("weapons", "incident_verbs")}(?!\w) )""",
            re.VERBOSE,
        ),
        # "564 civilians", "415 Iraqi civilians", "3,021 civilian deaths": civilians by name
        # " civilians." and " civilians, were": the noun alone, not "civilian police"
        civilians_noun_after=re.compile(
            rf"""\s+{lexicon.pattern("groups", "civilian_words")}
                 (?=\s*[,.;:()]|\s*$|\s+(?:{and_}|{aux})(?!\w))""",
            re.VERBOSE,
        ),
        civilian_after=re.compile(
            rf"""\s+(?:{of}\s+{those}\s+(?:{outcomes})\s+)?   # "1,531 of the dead were civilians"
                 (?:{alternation(words("structure", "of_them"))}\s+)?  # "300 of them civilians"
                 (?:[^\W\d]+\s+)?{lexicon.pattern("groups", "civilian_words")}(?!\w)""",
            re.VERBOSE,
        ),
        # "The number of civilians killed was 926": a count of civilians by its subject
        civilian_before=re.compile(
            rf"""(?<!\w){lexicon.pattern("groups", "civilian_words")}\s+
                 (?:[^\W\d]+\s+){{0,2}}?
                 (?:\([^()\d]{{1,40}}\)\s+)?              # "(excluding Anbar)"
                 {linking}\s+(?:{qual_gap})?$""",
            re.VERBOSE,
        ),
        # "Children accounted for 554 (of the deaths)": the group of the count
        # "Children made up 32 per cent of all civilian casualties (468 killed ...)": the counts
        # in brackets after the group's share
        group_subject_before=re.compile(
            rf"""{subject_start}\W*(?:{the}\s+)?(?:{group})(?:\s+{aux})*   # "Les enfants"
                 \s+{lexicon.pattern("groups", "civilian_subject_verbs")}
                 \s+(?:{share}\s*)?(?:{qual_gap})?$""",
            re.VERBOSE,
        ),
        # "... and women 14 per cent (219 killed ...)", "32 per cent were children (468 killed
        # ...)": the counts in brackets after the group's share
        group_share_before=re.compile(
            rf"""(?: (?<!\w){and_}                    # "and women"
                   | (?<![\w.,])\d+(?:[.,]\d+)?\s*{percent}  # "32 per cent were children"
                     (?:\s+(?:{aux}|{lexicon.pattern("groups", "civilian_subject_verbs")}))+ )
                 \s+(?:{articles}\s+)?(?:{group})
                 (?:\s+{share}|\s*\()\s*$               # its share, or its counts in brackets""",
            re.VERBOSE,
        ),
        # "... and women casualties 540 (...)": a group's count, its verb left out
        group_outcome_before=re.compile(
            rf"(?<!\w){and_}\s+(?:{group})\s+(?:{outcomes})\s+(?:{qual_gap})?$"
        ),
        # "Civilians accounted for 680 of the dead (...) and 1,360 of the injured": the subject
        # of every part its verb is followed by
        group_subject_opening=re.compile(
            rf"""{subject_start}\W*(?:{the}\s+)?(?:{group})(?:\s+{aux})*
                 \s+{lexicon.pattern("groups", "civilian_subject_verbs")}(?!\w)""",
            re.VERBOSE,
        ),
        # "Men: 3,986; women: 2,422": a sentence that opens on a group's label, no outcome's
        group_label_opening=re.compile(rf"^\W*(?:{group})\s*:\s*(?:{qual_gap})?{number}"),
        # "Children: 560 killed, 1,200 injured", "| Children killed: 587": a group as the
        # label of its clause's counts
        group_label_before=re.compile(
            rf"""(?:^|[;|]\s*)\W*(?:{group})      # "Children" opens the sentence or clause
                 (?:\s+(?:{outcomes}))?\s*:        # "killed:"
                 [^:;|]*$                        # and no other label comes after it""",
            re.VERBOSE,
        ),
        # " years", " days": a number of a stretch of time, which counts no one
        duration_after=re.compile(
            rf"^\s+(?:{lexicon.pattern('grammar', 'more')}\s+)?{alternation(list(words('dates', 'durations')))}(?!\w)"
        ),
        # "dok je ranjeno njih 459": a pronoun for the group of the count before
        group_pronoun_before=_if_listed(
            words("grammar", "group_pronouns"), lambda w: rf"(?<!\w){w}\s+$"
        ),
        # "Civilians accounted for 680 of the dead": the sentence's counts are of civilians
        civilian_subject=re.compile(
            rf"""^\W*{lexicon.pattern("groups", "civilian_words")}
                 (?:\s+{aux})*\s+{lexicon.pattern("groups", "civilian_subject_verbs")}(?!\w)""",
            re.VERBOSE,
        ),
        # ", killing six" after the clause of one event: the event's toll too
        # "an RSF attack on El Fasher and the nearby camp that killed at least 40": the toll
        # of the event a relative clause follows, over any "and" between them
        incident_relative=_incident_relative(lexicon),
        disaster=(
            re.compile(
                rf"""(?<!\w){lexicon.pattern("weapons", "incident_openers")}\s+
                     (?:[^\W\d]+\s+){{0,2}}                    # "October", "the massive"
                     {lexicon.pattern("weapons", "disasters")}(?!\w)""",
                re.VERBOSE,
            )
            if words("weapons", "disasters") and words("weapons", "incident_openers")
            else None
        ),
        # most sentences name no disaster: the noun alone, searched first, spares them the rest
        disaster_noun=_if_listed(words("weapons", "disasters"), lambda w: rf"(?<!\w){w}(?!\w)"),
        incident_participle=re.compile(
            rf"[\s,;]*(?:{and_}\s+)?{lexicon.pattern('weapons', 'incident_participles')}(?!\w)"
        ),
        # a comma inside "1,100" groups digits; it does not divide the list
        list_divider=re.compile(
            rf"[()]|,(?!\d{{3}}\b)|[;:]|\b{lexicon.pattern('grammar', 'list_dividers')}\b"
        ),
        contrast=re.compile(rf";|\b{lexicon.pattern('grammar', 'contrasts')}\b"),
        short_period=re.compile(
            rf"(?<!\w){alternation(words('grammar', 'short_periods') + words('grammar', 'short_emphasis'))}(?!\w)"
        ),
        # "were killed yesterday", "killed by security forces on Saturday": that day's counts
        event_day=_if_listed(
            words("grammar", "event_days"),
            lambda w: rf"(?<!\w)(?:{outcomes}){_agent_phrase(lexicon)}\s+{w}(?!\w)",
        ),
        # "Yesterday, 14 people were killed": a day that opens the sentence, its count right
        # after the comma (not "On Monday, OHCHR said 10,000 ...")
        fronted_day=_if_listed(
            words("grammar", "event_days"),
            lambda w: rf"^\W*{w}\s*,\s*(?:{qual_gap})?(?=\d)",
        ),
        # "in a single week": shorter than any month, whatever date stands beside it
        short_duration=re.compile(rf"(?<!\w){lexicon.pattern('grammar', 'short_periods')}(?!\w)"),
        # "in May and June alone": a part of a longer period the text set apart
        emphasis=_if_listed(words("grammar", "short_emphasis"), lambda w: rf"(?<!\w){w}(?!\w)"),
        statement=_if_listed(words("grammar", "statement_words"), lambda w: rf"(?<!\w){w}(?!\w)"),
        continuing=_if_listed(words("grammar", "continuing_openers"), lambda w: rf"^\W*{w}(?!\w)"),
        # "the deadliest month this year": a rank, a few words before the year it is the scope of
        ranked_before=_if_listed(
            words("grammar", "ranking_words"),
            lambda w: rf"(?<!\w){w}(?:\s+[^\W\d]+){{0,4}}\s+$",
        ),
        # "The figures, which run to August 14, include 356 children": parts of the counts before
        figures_include=_if_listed(
            words("grammar", "figures_subjects"),
            lambda w: (
                rf"""(?x)^\W*(?:[^,.;:\d]{{1,100}}?\s)?         # "The mission said"
                          {w}(?!\w)
                          (?:\s*,[^,.;:]{{1,80}},                  # ", which run to August 14,"
                           | \s+[-–—]\s[^.;:]{{1,80}}?\s[-–—])?     # " - 10,000 as of 19 November -"
                          \s+{alternation(words("verbs", "include"))}(?!\w)"""
            ),
        ),
        comparison_opener=_if_listed(
            words("structure", "comparison_openers"), lambda w: rf"^\W*{w}(?!\w)"
        ),
        # "This is stated in the report of HRMMU": what came before is that source's
        back_reference=_if_listed(words("sources", "back_reference"), lambda w: rf"^\W*{w}(?!\w)"),
        # "Over the same period, 2,500 were injured", "151 were injured over the same period":
        # the place of the counts before goes on
        same_period_phrase=_if_listed(
            words("dates", "same_period_phrases"), lambda w: rf"(?<!\w){w}(?!\w)"
        ),
        # "In the same period of 2023, it recorded ...": a sentence on those months of that year
        same_period_opener=_if_listed(
            words("dates", "same_period_phrases"), lambda w: rf"^\W*{w}(?!\w)"
        ),
        # "More than 700 others were injured", "A further 30 were wounded": counts added to
        # those before, of their place
        added_count=re.compile(
            rf"""(?<!\w)(?: {another}\s+(?:{qual_gap})?{number}          # "a further 30"
                         | {number}\s+{lexicon.pattern("grammar", "more")} )(?!\w)  # "700 others"
            """,
            re.VERBOSE,
        ),
        reporting_period=_if_listed(
            words("dates", "reporting_period"), lambda w: rf"(?<!\w){w}(?!\w)"
        ),
        # ", when 1,491 were verified" after a period: that period's counts follow
        clause_of_period=_if_listed(
            words("dates", "previous_period_clause"), lambda w: rf"\s*,?\s+{w}(?!\w)"
        ),
        # "the previous reporting period, when OHCHR recorded 4,986": that period's counts follow
        previous_period_clause=(
            re.compile(
                rf"""(?<!\w){lexicon.pattern("dates", "previous_period")}\s*,?\s+
                     {lexicon.pattern("dates", "previous_period_clause")}(?!\w)""",
                re.VERBOSE,
            )
            if words("dates", "previous_period") and words("dates", "previous_period_clause")
            else None
        ),
        # "had been killed", "since": a running total, of no stretch a statement's time names
        running_total_words=_if_listed(
            words("grammar", "release_totals"), lambda w: rf"(?<!\w){w}(?!\w)"
        ),
        # "said last week that", "reported last week": the time of a statement, after its verb
        stated_before=_if_listed(words("grammar", "statement_words"), lambda w: rf"(?<!\w){w}\s+$"),
        # "The UN said last month that ...": the time of a statement, right after its verb
        release_before=_if_listed(words("grammar", "release_verbs"), lambda w: rf"(?<!\w){w}\s+$"),
        # "OSN minulý měsíc uvedla, že ...": the verb of a statement right after its time
        release_after=_if_listed(words("grammar", "release_verbs"), lambda w: rf"\s+{w}(?!\w)"),
        # "a total of ", "total: ", "bringing the total to ": a sum right before a count
        sum_before=_if_listed(
            words("grammar", "sum_words"), lambda w: rf"(?<!\w){w}\s*:?\s+(?:{qual_gap})?$"
        ),
        # " in total", " altogether": a sum right after a count
        sum_after=_if_listed(words("grammar", "sum_words"), lambda w: rf"\s+{w}(?!\w)"),
        earlier_release=(
            re.compile(
                rf"""^\W*(?P<when>{lexicon.pattern("dates", "in_year")}\s+[^,.;:]{{1,30}}),?\s+
                     (?:[^\W\d][\w'’.-]*\s+){{0,5}}?                   # "it", "the UN office"
                     {lexicon.pattern("grammar", "release_verbs")}(?!\w)
                     (?=.*(?<!\w){lexicon.pattern("grammar", "release_totals")}(?!\w))  # "had been"
                """,
                re.VERBOSE,
            )
            if words("grammar", "release_verbs")
            and words("grammar", "release_totals")
            and words("dates", "in_year")
            else None
        ),
        # "in the past three weeks", "in just 10 days": a period whose days no date gives
        # "in the past three weeks", "during the month": a stretch of time no date bounds
        recent_period=re.compile(
            rf"""(?<!\w)(?: {lexicon.pattern("dates", "recent_openers")}\s+
                    (?:(?P<n>{number})\s+)?(?P<unit>{alternation(_stretch_units(lexicon))})
                  | (?P<stretch>{alternation(list(words("dates", "stretches")))}) )
                 (?!\w)""",
            re.VERBOSE,
        ),
        # every outcome word, each in its group: "the most civilian casualties" is total's
        outcome_named=re.compile(rf"(?<!\w)(?:{outcomes})(?!\w)"),
        outcome_words={
            n: re.compile(rf"(?<!\w){alternation(words('outcomes', n))}(?!\w)")
            for n in ("killed", "injured")
        },
        girls=re.compile(rf"(?<!\w){alternation(groups['girls'])}(?!\w)"),
        # "495 in occupied territory" after "6,536 died in ...": the same count, elsewhere
        # " in Donetsk", " – у Донецькій" (a dash for the words left out)
        # (a dashed aside is read in brackets: " – на" may come as " ( на")
        # not a month: "dont 174 en juin" is June's count, no place's
        locative_after=re.compile(
            rf"^\s+(?:[–—()-]\s+)?{locative}\s+(?!\d)(?!{lexicon.month_names()}(?!\w))"
        ),
        # " in Donetsk and Luhansk regions", " in the other regions": a kind of area a profile
        # publishes, after its locative
        area_kind_after=re.compile(rf"^\s+{locative}(?:\s+[^\W\d]+)?\s+{area_kinds}"),
        # " occurred", " took place": a count's happening, its place after it
        occurred_after=re.compile(rf"^\s+{lexicon.pattern('grammar', 'occurrence_verbs')}(?!\w)"),
        # "3,339 of those killed died in Donetsk", "200 of the deaths were in Kharkiv": a part
        # its verb places (not "caused 200 of the deaths in Kharkiv": the agent's share there)
        # the text since a count up to a part of it after a colon: " as of 6 August 2023: ",
        # then " ...: 7,200 in territory controlled by the Government and " for the next part
        # from a place's part to the next: " in territory controlled by the Government and "
        sibling_gap=re.compile(rf"(?:[^:;()\d]|\([^()\d]*\))*(?:,|\s{and_})\s+"),
        parts_after_colon=re.compile(
            rf"[^:;]*:\s*(?:(?:[^:;()]|\([^()]*\))*(?:,|\s{and_})\s+)?$"  # brackets closed
        ),
        placed_by_verb=re.compile(rf"(?:\s+(?:{aux}|{outcomes})(?!\w))+\s+{locative}\s+(?!\d)"),
        locative=re.compile(rf"(?<!\w){locative}\s+(?!\d)"),
        # "на оккупированной территории - 2089", "in other regions 1,763", "en el territorio
        # ocupado por Rusia, 2.091": a place, then its count; not "killed in Ukraine and 18,500",
        # whose place is before "and"
        place_before_count=re.compile(
            rf"(?<!\w){locative}\s+(?:(?!(?<!\w){and_}(?!\w))[^\d,;:.]){{1,60}}?(?:\s[-–—]|,)?\s*$"
        ),
        # "..., followed by Kabul with 1,366": the next place of a ranking, and its count
        ranking_next_before=re.compile(
            rf"""(?<!\w){lexicon.pattern("areas", "ranking_next")}\s+
                 [^\d,;:.]{{1,60}}?\s{lexicon.pattern("areas", "label_words")}\s+
                 (?:{qual_gap})?$""",
            re.VERBOSE,
        ),
        # ", injured or kidnapped" after an outcome: a count of the victims of other harms too
        # " or were injured" after "lost their lives": one count of both outcomes, a total
        either_outcome_after=re.compile(
            rf"""\s+{lexicon.pattern("grammar", "or")}\s+(?:{aux}\s+)*
                 (?:(?P<killed>{alternation(words("outcomes", "killed"))})
                   |(?P<injured>{alternation(words("outcomes", "injured"))}))(?!\w)""",
            re.VERBOSE,
        ),
        other_harms_after=re.compile(
            rf"""(?:\s*,\s*(?:{any_outcome}))*                            # ", injured"
                 (?:\s*,\s*|\s+)(?:(?:{and_}|{lexicon.pattern("grammar", "or")})\s+)?  # ", or"
                 {lexicon.pattern("outcomes", "other_harms")}(?!\w)""",
            re.VERBOSE,
        ),
        # "(288 killed, 260 injured, 100 abducted ...)": victims of other harms too
        other_harm=re.compile(rf"(?<!\w){lexicon.pattern('outcomes', 'other_harms')}(?!\w)"),
        # "586 abducted": a count of victims of another harm, not an outcome's
        other_harm_after=re.compile(rf"^\s+{lexicon.pattern('outcomes', 'other_harms')}(?!\w)"),
        # "323 killings of civilians", "669 deaths among children": the group after the outcome
        group_of_after=re.compile(rf"^\s+(?:{of}|{among})\s+(?:{group})(?!\w)"),
        # "killed and injured, respectively": each count with its outcome
        respectively=re.compile(rf"(?<!\w){lexicon.pattern('grammar', 'respectively')}(?!\w)"),
        and_gap=re.compile(rf"\s+{and_}\s+"),
        # " and ", " bzw. ": between the respective parts of two counts
        respective_gap=re.compile(
            rf"\s+(?:{and_}|{lexicon.pattern('grammar', 'respectively')})\s+"
        ),
        # ", celui des blessés 19 139", " y la de heridos a 19.139": a clause after a count
        # that names another outcome, its verb left out
        ellipsis_opener=re.compile(rf"\s*(?:[,;]|{and_}(?!\w))"),
        # a clause that "and" opens: "... and 539 injured in January"
        and_opener=re.compile(rf"\s*{and_}(?!\w)"),
        # the words between two counts of one clause: "and" or a comma
        coordination=re.compile(rf"[^.;:()]*?(?:(?<!\w){and_}(?!\w)|,)[^.;:()]*"),
        # "174 Zivilisten in der Ukraine getötet": a short phrase before a verb-final outcome
        phrase_before_outcome=re.compile(
            rf"""^(?:\s+{lexicon.pattern("grammar", "phrase_before_outcome")}
                   (?: (?:\s+(?!{and_}(?!\w))[^\W\d]+){{1,3}}?  # "seit Kriegsbeginn in der Ukraine"
                     | (?:\s+[^\W\d]+)?\s+{area_kinds} )        # "in den Gebieten Donezk und Luhansk"
                 ){{1,2}}?
                 (?=(?:{appositive})?\s+(?:{aux}\s+)*(?:{outcomes})(?!\w))""",  # "— including 560 children —"
            re.VERBOSE,
        ),
        # "42 of them by the coalition": a split by perpetrator
        agent_after=re.compile(rf"^\s+{lexicon.pattern('structure', 'agent')}(?!\w)"),
        # "Overall, ...", "Celkem ...": the counts since the start, whatever came before
        cumulative_opener=re.compile(
            rf"^\W*{lexicon.pattern('dates', 'cumulative_openers')}(?!\w)"
        ),
        # "In the 16 months since the Russian Federation's invasion began, ...": cumulative
        cumulative_since=re.compile(
            rf"""(?<!\w){alternation(words("dates", "since_clause"))}\s+
                 (?:{alternation(words("dates", "since_articles"))}\s+)?  # "the"
                 (?:[^\W\d]+(?:['’]s)?\s+){{0,3}}?                       # "start of Russia's"
                 {lexicon.pattern("dates", "cumulative_since")}(?![\w-])""",
            re.VERBOSE,
        ),
        # "That brings the number of civilians killed to 12,340": a running total
        running_total=re.compile(
            rf"""(?<!\w){lexicon.pattern("dates", "running_total_verbs")},?\s+  # "Таким чином, загальна"
                 (?:{lexicon.pattern("grammar", "the")}\s+)?(?:[^\W\d]+\s+){{0,2}}  # "the overall death"
                 {lexicon.pattern("dates", "running_total_nouns")}(?!\w)""",
            re.VERBOSE,
        ),
    )


CHANGE_REACH = 40
"""Characters before a count where the words of a change stand ("has risen by at least ")."""
PHRASE_REACH = 80
"""Characters before a count that a phrase ending at it may take: a qualifier ("по меньшей
мере"), "including", "up from" and a qualifier after them, with room for long spaces. Searching
only there spares a search through the whole sentence before each count."""
RATE_REACH = 60
"""Characters from a count to the words after it that make it a rate ("were killed or injured
every day") or a party's share ("casualties attributed to")."""
RATE_UNIT_LENGTH = 20
"""Characters the words of a rate may take ("every month", "щомісяця")."""
RELATIVE_REACH = 40
"""Characters from a relative word ("that killed at least") to the count it introduces."""


def _incident_relative(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A relative word and the words up to a count: "that killed at least " (None when the
    language lists no relative words)."""
    relatives = lexicon.words("weapons", "incident_relatives")
    if not relatives:
        return None
    return re.compile(
        rf"""(?<!\w){alternation(relatives)}\s+      # "that", "which"
             [^\d,;:.()]{{0,{RELATIVE_REACH}}}$      # the words up to the count, no clause break""",
        re.VERBOSE,
    )


def _article_before(lexicon: Lexicon) -> str:
    """The article that stands before an event's noun ("in the strike"), with the space after
    it (none after "l'"); nothing in a language that writes none (Ukrainian "внаслідок удару")."""
    articles = lexicon.words("weapons", "incident_articles")
    # "l'attacco": an elided article takes no space after it
    return rf"{alternation(articles)}(?:\s+|(?<=['’]))" if articles else ""


def outcome_of(found: re.Match[str]) -> str | None:
    """The outcome a match of an outcome alternation names (killed, injured or total)."""
    return next((n for n in ("killed", "injured", "total") if found.groupdict().get(n)), None)


def _group_of(found: re.Match[str]) -> str | None:
    return next((g for g in GROUP_NAMES if found.groupdict().get(g)), None)


LAST_YEAR_WRITTEN = 2049
"""The last year a text of these conflicts can name: "2097 injured" is a count, "2024" a year."""


def _is_year(token: NumberToken) -> bool:
    plain = token.text.isdigit() and len(token.text) == 4
    return plain and 1900 <= (token.value or 0) <= LAST_YEAR_WRITTEN


def _date_start(date: DateMention) -> int:
    """Where a date's words start: at the stretch it ends ("12 months to 31 January"), if any."""
    return date.start if date.back_at is None else date.back_at


def _candidates(
    text: str, offset: int, numbers: list[NumberToken], dates: list[DateMention], grammar: Grammar
) -> list[Mention]:
    """The numbers that can be counts: not in a date or an age ("children under 18"), not a
    fraction, a year or a percentage."""
    out = []
    ages = [m.span() for m in grammar.ages.finditer(text)] if grammar.ages is not None else []
    for token in numbers:
        a, b = token.start - offset, token.end - offset
        after = text[b:]
        if token.value is None or any(_date_start(d) <= a < d.end for d in dates):
            continue  # "12 months to 31 January": the stretch is the date's
        if any(low <= a < high for low, high in ages):
            continue
        if grammar.not_a_count_after.match(after) or grammar.ratio_before.search(text[:a]):
            continue
        if grammar.fraction is not None and grammar.fraction.match(text, a):
            continue  # "un tercio", "one third": a share in words
        if (
            _is_year(token)
            and not grammar.group_after.match(after)
            and not grammar.outcome_after.match(after)  # "(1938 killed and 2599 injured)"
            and not (DASHED_LAST.search(text, 0, a) and CLAUSE_END.match(after))
        ):
            continue
        # "10:30", "1/2", "#3"; but "sono 16.295: 6.490 morti e ..." opens a breakdown
        if (a > 0 and text[a - 1] in "+:/#-") or after[:1] == "/" or TIME_COLON.match(after):
            continue
        if BOUND_DASH_AFTER.match(after):
            continue  # "51,000-54,000": the lower bound of an estimate, no count

        out.append(Mention(token=token))
    return out


def _label_right(mention: Mention, after: str, grammar: Grammar) -> int:
    """Group and outcome from the words after the number; returns how far it read."""
    pos = 0
    if grammar.of_them.match(after):
        pos = grammar.of_them.match(after).end()
        mention.parent = -1  # resolved by the caller: the count this one is part of
        if grammar.agent_after.match(after[pos:]):
            mention.rejected = True  # "42 of them by the coalition": who killed, not whom
            return pos
    partitive = None if pos else grammar.of_outcome.match(after)
    if partitive:
        mention.outcome, mention.own_outcome = outcome_of(partitive), True
        # "verified 8,119 of the more than 34,500 deaths": a count of its own, of the whole
        # another may have given; "21 of the dead": a part, that only its group makes a count
        mention.partitive = partitive["whole"] is None
        mention.whole_at = None if mention.partitive else mention.end + partitive.start("whole")
        pos = partitive.end()
        predicate = grammar.group_predicate.match(after, pos) if partitive["whole"] else None
        told = grammar.outcome_predicate.match(after, pos) if partitive["whole"] else None
        if told is not None and not told["copula"] and not CLAUSE_END.match(after, told.end()):
            told = None  # a verb with no copula only where its clause ends: "... murieron."
        if predicate is not None and _group_of(predicate) != "all":
            # "587 of the 10,582 civilians killed in Ukraine were children": a part, of a group
            mention.group, mention.partitive, mention.whole_at = _group_of(predicate), True, None
            pos = predicate.end()
        elif told is not None and mention.outcome == "total" and outcome_of(told) != "total":
            # "10,582 of the 30,457 civilian casualties verified were fatalities": the killed
            # among the casualties, a count of its own
            mention.outcome = outcome_of(told)
            pos = told.end()
    adjective = grammar.adjective_outcome.match(after[pos:])
    if adjective:
        mention.outcome, mention.own_outcome = outcome_of(adjective), True
        pos += adjective.end()
    found = grammar.group_after.match(after[pos:])
    if found:
        mention.group = _group_of(found)
        pos += found.end()
        if mention.group == "all" and grammar.civilians_among_after.match(after, pos):
            mention.rejected = True  # "32 people, including civilians, were killed": not only
            return pos
    elif grammar.excluded_after.match(after[pos:]):
        mention.rejected = True
        return pos
    if mention.outcome is None:
        skip = grammar.appositive.match(after[pos:])
        look = pos + (skip.end() if skip else 0)
        look += grammar.auxiliaries.match(after[look:]).end()
        found = grammar.outcome_after.match(after[look:])
        phrase = None if found else grammar.phrase_before_outcome.match(after[look:])
        if phrase:  # "174 Zivilisten in der Ukraine getötet"
            look += phrase.end()
            inner = None if skip else grammar.appositive.match(after[look:])
            if inner:  # "10,000 civilians in Ukraine — including 560 children — have been killed"
                skip, look = inner, look + inner.end()
            look += grammar.auxiliaries.match(after[look:]).end()
            found = grammar.outcome_after.match(after[look:])
        counted = None if found else grammar.counted_clause
        if counted is not None and mention.group and (clause := counted.match(after[look:])):
            look += clause.end()  # "the 8,983 civilians it has verified as killed"
            found = grammar.outcome_after.match(after[look:])
        if found is None and grammar.subject_after is not None:
            found = grammar.subject_after.match(after, pos)  # "a 6.702 el número de muertos"
            look = 0 if found else look
        if found is None and grammar.other_harm_after.match(after[look:]):
            mention.rejected = True  # "1,054 injured and 586 abducted"
            return look
        if found and skip and _next_counts(after, look, found, grammar):
            found = None  # "136 жителей, в том числе 13 детей, ранены 400": the next count's
        if found and grammar.other_harms_after.match(after, look + found.end()):
            mention.rejected = True  # "1,512 killed, injured or kidnapped": victims of all harms
            return look + found.end()
        if found:
            mention.outcome, mention.own_outcome = outcome_of(found), True
            pos = look + found.end()
            mention.by_agent = bool(grammar.agent_after.match(after[pos:]))
            if mention.by_agent and mention.parent == -1:
                mention.rejected = True  # "Eight of them were killed by settlers": whose share
            either = grammar.either_outcome_after.match(after, pos)
            if either and mention.outcome != "total" and outcome_of(either) != mention.outcome:
                mention.outcome, pos = "total", either.end()  # "lost their lives or were injured"
            group = None if mention.group else grammar.group_of_after.match(after[pos:])
            if group:  # "323 killings of civilians", "52 deaths of children"
                mention.group = _group_of(group)
                pos += group.end()
        else:
            among = grammar.among_after.match(after[pos:])
            if among:
                mention.outcome = outcome_of(among)
    return pos


def _next_counts(after: str, look: int, found: re.Match[str], grammar: Grammar) -> bool:
    """Whether the outcome found after a count's aside is the next count's, before it: "...,
    в том числе 13 детей, ранены 400", "..., ранения получили 19 875"."""
    if grammar.count_next.match(after, look + found.end()):
        return True
    digit = DIGIT.search(after, look + found.end(), look + found.end() + NEXT_COUNT_REACH)
    if digit is None:
        return False
    verb = grammar.outcome_before.search(after, look, digit.start())
    return verb is not None and not after[look : verb.start()].strip()


NEXT_COUNT_REACH = 40
"""Characters after an outcome word within which the count its verb phrase is of may stand."""


def _group_of_linked_subject(mention: Mention, before: str, grammar: Grammar) -> None:
    """The group a subject's adjective names, for a count with an outcome of its own after the
    verb that links them ("The child toll stands at 587 killed")."""
    if mention.group not in (None, "all"):
        return
    linking = grammar.linking_before.search(before)
    subjects = list(grammar.subjects.finditer(before, 0, linking.start())) if linking else []
    if not subjects:
        return
    # "The child toll", or "Die Zahl der Opfer unter Kindern liegt bei": before it, or between
    # it and the verb
    named = grammar.group_adjective.search(before, 0, subjects[-1].start())
    if named is None and linking.start() - subjects[-1].end() <= SUBJECT_GROUP_REACH:
        named = grammar.group_word.search(before, subjects[-1].end(), linking.start())
    if named:
        mention.group = _group_of(named)


SUBJECT_GROUP_REACH = 30
"""Characters between a subject and its linking verb within which the group it counts stands."""


def _label_left(
    mention: Mention, before: str, grammar: Grammar, *, undated: str | None, after: str
) -> None:
    """Label a count by the words before it; `undated` is `before` with its dates as words,
    None when no date stands near enough to stand in a phrase before the count; `after` is
    the text after the count."""
    qualifier = grammar.qualifier_before.search(before, max(0, len(before) - PHRASE_REACH))
    rose_to = grammar.rose_to_before
    if qualifier and rose_to is not None and rose_to.search(before, 0, qualifier.start()):
        qualifier = None  # "зросла до 10 582": rose to, not up to
    if qualifier:
        mention.qualifier = grammar.qualifiers.get(re.sub(r"\s+", " ", qualifier["q"].lower()))
    elif mention.token.text.endswith(("+", "plus")):
        mention.qualifier = "more_than"  # "560+"
    subject = None if mention.group else grammar.group_subject_before.search(before)
    subject = subject or (None if mention.group else grammar.group_label_before.search(before))
    subject = subject or (None if mention.group else grammar.group_share_before.search(before))
    elided = (
        None
        if mention.group
        else grammar.group_outcome_before.search(before, max(0, len(before) - PHRASE_REACH))
    )
    if elided and mention.outcome is None:  # "and women casualties 540 (...)"
        mention.outcome, mention.own_outcome = outcome_of(elided), True
    subject = subject or elided
    if subject:  # "Children accounted for 554 of the deaths"
        mention.group = _group_of(subject)
    if mention.outcome is not None:
        _group_of_linked_subject(mention, before, grammar)
        return
    found = grammar.outcome_before.search(before)
    if found is None and undated is not None:
        found = grammar.outcome_before.search(undated, max(0, len(undated) - DATED_PHRASE_REACH))
    if found:
        mention.outcome, mention.own_outcome = outcome_of(found), True
        return
    apposed = grammar.subject_apposed_before.search(before)
    if apposed and APPOSITION_CLOSE.match(after):
        # "The number of civilians killed in January (158)": the subject's count
        mention.outcome, mention.own_outcome = outcome_of(apposed), True
        return
    labelled = grammar.label_before.search(before)
    if labelled:  # "Total casualties: 4,335", "Civilian deaths: 11,743"
        mention.outcome, mention.own_outcome = outcome_of(labelled), True
        return
    ranked = grammar.superlative_before and grammar.superlative_before.search(before)
    if ranked:  # "the highest number of civilian casualties, with 1,563": whose, told later
        mention.outcome, mention.own_outcome = outcome_of(ranked), True
        mention.rejected = mention.subject_part = True
        mention.ranked_at = mention.start - len(before) + ranked.start()
        return

    elided = _outcome_since_count(before, grammar)
    if elided is not None:
        mention.outcome, mention.own_outcome = elided, True
        return
    linking = grammar.linking_before.search(before) or _linked_mark(before, after, grammar)
    if linking:
        subjects = list(grammar.subjects.finditer(before[: linking.start()]))
        if subjects:
            mention.outcome, mention.own_outcome = outcome_of(subjects[-1]), True
            adjective = grammar.group_adjective.search(before, 0, subjects[-1].start())
            if adjective and mention.group is None:  # "Child casualties rose to 1,509"
                mention.group = _group_of(adjective)
            modifier = grammar.excluded_modifier
            if modifier is not None and modifier.search(before, 0, subjects[-1].start()):
                mention.rejected = True  # "military casualties at around 200,000"


def _linked_mark(before: str, after: str, grammar: Grammar) -> re.Match[str] | None:
    """The linking verb of a count that is a mark a total crossed: "passed the grim milestone
    of 10,000", "passed the 10,000 mark"; None when the count is no mark."""
    if grammar.mark_before is None or grammar.mark_after is None:
        return None
    marked = grammar.mark_before.search(before)
    if marked is None and grammar.mark_after.match(after):
        marked = grammar.linking_the_before.search(before)
    phrase, crossing = grammar.mark_phrase_before, grammar.crossing_verb
    if marked is None and phrase is not None and crossing is not None:
        found = phrase.search(before)
        if found is not None and crossing.search(before, 0, found.start()):
            marked = found  # the verb first: "überschritt die Zahl ... die Marke von 10.000"
    return marked


ELLIPSIS_REACH = 40
"""Characters between a count and the next within which a clause names the next one's outcome,
its verb left out."""
LAST_DIGIT = re.compile(r"\d(?=\D*$)")


def _outcome_since_count(before: str, grammar: Grammar) -> str | None:
    """The one outcome a clause names between the count before and this one, its verb left
    out: "la cifra de muertos asciende a 10.191 y la de heridos a 19.139", "le nombre de civils
    tués a atteint 10 191, celui des blessés 19 139"; None when it names none, or more."""
    last = LAST_DIGIT.search(before, max(0, len(before) - ELLIPSIS_REACH))
    if last is None:
        return None
    segment = before[last.end() :]
    if not grammar.ellipsis_opener.match(segment):
        return None
    named = list(grammar.outcome_named.finditer(segment))
    return outcome_of(named[0]) if len(named) == 1 else None


def _second_of_prior_pair(
    i: int, mentions: list[Mention], reading: str, offset: int, grammar: Grammar
) -> bool:
    """Whether a bare count is the second of two earlier values after "up from", set against
    the two counts of other outcomes before them ("636 killed and 1,125 injured, up from 406
    and 801 a week earlier")."""
    mention = mentions[i]
    if i < 3 or mention.outcome is not None or mention.group is not None:
        return False
    first = mentions[i - 1]
    if not first.prior or first.own_outcome:
        return False
    between = reading[first.end - offset : mention.start - offset]
    if not grammar.and_gap.fullmatch(between):
        return False
    if not grammar.rose_from_before.search(reading[: first.start - offset]):
        return False
    heads = [m for m in mentions[: i - 1] if m.own_outcome and not m.prior]
    return len(heads) >= 2 and heads[-2].outcome != heads[-1].outcome


PRIOR_GAP = re.compile(r"\s*(?:[^\W\d_]+\s*){0,2}")  # up to two words, in any script
TOLD_PRIOR_GAP = re.compile(r"\s*(?:[^\W\d_]+\s*){0,4}")  # four, when it tells its value's time


def _prior_parens(
    text: str, offset: int, mentions: list[Mention], dates: list[DateMention], grammar: Grammar
) -> dict[int, tuple[int, tuple[int, int]]]:
    """Parentheses that hold one earlier value: {its mention: (owner mention, paren span)}.

    "3,167 people (3,090 in the report a day earlier)", "338 (328) dead", "(23,015 as of April 24)".
    """
    found: dict[int, tuple[int, tuple[int, int]]] = {}
    for paren in re.finditer(r"\((?P<inner>[^()]*)\)", text):
        lowered = re.sub(r"\s+", " ", paren["inner"].lower())
        told = [k for k in grammar.prior_offsets if k in lowered]
        inside = [
            i
            for i, m in enumerate(mentions)
            if paren.start() < m.start - offset < paren.end()
            # "(eine Woche zuvor: 23.821)": the word of a number in the offset is none
            and not (m.token.is_word and any(m.token.text.lower() in k.split() for k in told))
        ]
        before = [i for i, m in enumerate(mentions) if m.end - offset <= paren.start()]
        if len(inside) != 1 or not before:
            continue
        inner_start = paren.start("inner")
        if not grammar.prior_filler.match(_strip_dates(paren["inner"], inner_start, dates)):
            continue
        owner = before[-1]
        gap = text[mentions[owner].end - offset : paren.start()]
        j = inside[0]
        dated = bool(told) or any(paren.start() < d.start < paren.end() for d in dates)
        # "3,167 people (3,090 ...)", "338 (328) dead", "8 895 загиблих (8 836)": the paren
        # follows its owner closely; a little further when it tells when its value was
        # ("24 012 жертв серед цивільного населення (тиждень тому – 23 821)")
        if not (TOLD_PRIOR_GAP if dated else PRIOR_GAP).fullmatch(gap):
            continue
        mentions[j].prior = True
        # the longest offset told: "tydzień wcześniej", not the "dzień wcześniej" inside it
        mentions[j].prior_days = grammar.prior_offsets[max(told, key=len)] if told else None
        mentions[j].prior_date = next(
            (d for d in dates if paren.start() < d.start < paren.end()), None
        )
        found[j] = (owner, (paren.start(), paren.end()))
    return found


def _strip_dates(inner: str, inner_start: int, dates: list[DateMention]) -> str:
    for d in sorted(dates, key=lambda d: -d.start):
        a, b = d.start - inner_start, d.end - inner_start
        if 0 <= a < len(inner):
            inner = inner[:a] + " " + inner[b:]
    return inner


def _blank(text: str, spans: list[tuple[int, int]], *, mark: str = " ") -> str:
    """The text with the spans replaced by spaces (or one word of `mark`s: "zahynulo do
    xxxxxxxxxxxxxxx nejméně", a date as a word of a phrase): offsets stay, the words are gone."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = mark * (b - a)
    return "".join(chars)


DATED_PHRASE_REACH = 160
"""Characters before a count within which the phrase between its verb and it may hold a date."""


def label_numbers(
    text: str,
    offset: int,
    numbers: list[NumberToken],
    dates: list[DateMention],
    grammar: Grammar,
    *,
    breakdown_outcome: str | None = None,
) -> tuple[list[Mention], str | None]:
    """Label each candidate number of a sentence; returns the mentions and the breakdown outcome.

    `text` is the sentence and `offset` its start in the document; the dates are the
    sentence's own, with offsets relative to the sentence. `breakdown_outcome` is the outcome
    the previous sentence's sex and age breakdown was of ("The sex of another 52 children...").
    """
    opened = grammar.change_opener.match(text)
    if opened:
        # "In the past 24 hours, three were killed; the UN has verified 10,582 deaths": the
        # change is the opening clause's; the clause after a semicolon, a contrast or the
        # whole's word is read on its own
        found = grammar.change_clause_end.search(text, opened.end())
        if found is None:
            return [], breakdown_outcome
        clause_end = found.start()
        text = " " * clause_end + text[clause_end:]
        numbers = [n for n in numbers if n.start - offset >= clause_end]
        dates = [d for d in dates if d.start >= clause_end]
    text = with_asides_bracketed(text)
    mentions = _candidates(text, offset, numbers, dates, grammar)
    priors = _prior_parens(text, offset, mentions, dates, grammar)
    reading = _blank(text, [span for _, span in priors.values()])
    owners = _paren_owners(reading, offset, mentions)
    context = [(c.end(), outcome_of(c)) for c in grammar.context_outcome.finditer(reading)]
    undated = _blank(reading, [(_date_start(d), d.end) for d in dates], mark="x") if dates else None
    head: int | None = None  # the last count of everyone with an outcome ("including N children")
    previous_own: Mention | None = None
    placed_after: Mention | None = None  # the last count that took its outcome with its place
    for i, mention in enumerate(mentions):
        if i and previous_own is not mentions[i - 1]:
            previous_own = None  # another count stands between: no ellipsis reaches over it
        if i in priors:
            owner = mentions[priors[i][0]]
            mention.parent, mention.outcome, mention.group = (
                priors[i][0],
                owner.outcome,
                owner.group,
            )
            mention.rejected = owner.rejected
            continue
        a, b = mention.start - offset, mention.end - offset
        after, before = reading[b:], reading[:a]
        change = grammar.change_after.match(after)
        if change:
            after = after[change.end() :]
        read = _label_right(mention, after, grammar)
        outcome_after = mention.outcome is not None
        if grammar.agent_after.match(after):
            mention.by_agent = True  # "compared with 227 by anti-government elements"
        if i and mentions[i - 1].whole_at == mention.start:
            mention.whole_of_part = True  # "117 of the 1,018 injured": no head of parts
        _settle_children_or_boys(mention, reading, before, after, grammar)
        dated = undated is not None and any(
            a - DATED_PHRASE_REACH < d.end <= a for d in dates
        )  # "zahynulo ... do 15. ledna 2023 nejméně 7 031": a date in the phrase before
        _label_left(mention, before, grammar, undated=undated[:a] if dated else None, after=after)
        # "Los niños representaron un tercio de las víctimas, con 388 muertos": the subject's
        _settle_children_or_boys(mention, reading, before, after, grammar)
        excluded = grammar.excluded_outcome_before
        if excluded is not None and excluded.search(before, max(0, len(before) - MODIFIER_REACH)):
            mention.rejected = True  # "military casualties were approaching 70,000 killed"
        if _a_rate(before, after, grammar):
            mention.rejected = True  # "an average of 42 civilians were killed every day"
        if _attributed(before, after, grammar):
            mention.rejected = True  # "UNAMA attributed 2,001 civilian casualties to the Taliban"
        if _ends_a_range(i, mentions, reading, offset, grammar):
            # "100,000 to 120,000 wounded": an estimate between two bounds, no count
            mention.rejected = mentions[i - 1].rejected = True
        if (
            mention.group is None
            and grammar.group_pronoun_before is not None
            and grammar.group_pronoun_before.search(before)
        ):  # "280 dece, dok je ranjeno njih 459": 459 of the children
            mention.group = next(
                (m.group for m in reversed(mentions[:i]) if m.group not in (None, "all")), None
            )
        earlier = previous_own or (mentions[head] if head is not None else None)
        if change and not _in_addition(earlier, mention):
            # "12 more were killed": the change since an earlier report, not a count
            mention.outcome = mention.group = None
            mention.own_outcome, mention.rejected = False, True
            continue
        rose_by = grammar.rose_by_before
        if rose_by is not None and rose_by.search(before, max(0, len(before) - CHANGE_REACH)):
            mention.outcome = mention.group = None  # "rose by 217 to 9,083": how much it rose
            mention.own_outcome = False
            mention.rejected = mention.increment = True
            continue
        if grammar.rose_from_before.search(before, max(0, len(before) - PHRASE_REACH)):
            mention.prior = True  # "up from 1,417 a day earlier": a day before the count's date
            mention.prior_days = next(
                (d for k, d in grammar.prior_offsets.items() if k in after[:PRIOR_REACH].lower()),
                None,
            )
            # "up from 11,126 at the end of May", "up from 1,417 on 2 April": its own date
            mention.prior_date = next(
                (
                    d
                    for d in dates
                    if b <= d.start <= b + PRIOR_REACH and not DIGIT.search(reading, b, d.start)
                ),
                None,
            )
            if mention.outcome is None and mention.group is None and previous_own is not None:
                # "1,430 killed as of 3 April, up from 1,417": the same count, earlier
                mention.outcome, mention.group = previous_own.outcome, previous_own.group
            whole = _before_aside(i, mentions, reading, offset)
            if whole is None:
                whole = _total_listed(i, mentions, reading, offset, grammar)
            if not mention.own_outcome and whole is not None:
                # "574 casualties (164 killed and 410 injured), up from 491": the whole's value
                mention.outcome, mention.group = mentions[whole].outcome, mentions[whole].group
        elif _second_of_prior_pair(i, mentions, reading, offset, grammar):
            # "636 killed and 1,125 injured, up from 406 and 801 a week earlier": each earlier
            # value of the count in its place
            first = mentions[i - 1]
            heads = [m for m in mentions[: i - 1] if m.own_outcome and not m.prior]
            first.outcome, first.group = heads[-2].outcome, heads[-2].group
            mention.outcome, mention.group = heads[-1].outcome, heads[-1].group
            mention.prior, mention.prior_date = True, first.prior_date
            mention.prior_days = first.prior_days
        elif (
            previous_own is not None
            and previous_own.prior
            and mention.outcome not in (None, previous_own.outcome)
            and coordinated(previous_own, mention, reading, offset, grammar)
        ):  # "up from 902 killed and 1,459 injured the day before": both earlier values
            mention.prior, mention.prior_date = True, previous_own.prior_date
            mention.prior_days = next(
                (d for k, d in grammar.prior_offsets.items() if k in after[:PRIOR_REACH].lower()),
                previous_own.prior_days,
            )
            if previous_own.prior_days is None:
                previous_own.prior_days = mention.prior_days
        owner = owners.get(i)
        if owner is not None:
            mention.parent = owner
            mention.prior = mentions[owner].prior
            mention.rejected = mention.rejected or mentions[owner].rejected
            if mention.group is None and mentions[owner].group not in (None, "all"):
                # "2,829 child casualties (733 deaths and 2,096 injured)": the children's split
                mention.group = mentions[owner].group
        if (
            head is not None
            and mention.group == "all"
            and mention.outcome is None
            and (
                grammar.including_before.search(before, max(0, len(before) - PHRASE_REACH))
                or mention.parent == -1
            )
            and _civilians_after_copula(_after_of_them(after, grammar), grammar)
            and not grammar.civilians_noun_after.match(reading, mentions[head].end - offset)
        ):
            # "350,209 people were killed, including 143,350 civilians", "..., of whom 143,350
            # were civilians", "500 Iraqis were killed, 300 of them civilians": the civilians'
            # count of the outcome, which replaces the wider group's
            mention.outcome, mention.own_outcome = mentions[head].outcome, True
        # "child casualties reached 2,406, including 669 killed", "among them 1,682 children:
        # 468 killed and 1,214 injured": the group's split
        whole = (
            mentions[i - 1]
            if i and COLON_BETWEEN.fullmatch(reading, mentions[i - 1].end - offset, a)
            else previous_own
            if grammar.including_before.search(before, max(0, len(before) - PHRASE_REACH))
            else None
        )
        if (
            whole is not None
            and mention.group is None
            and mention.outcome in ("killed", "injured")
            and whole.outcome == "total"
            and whole.group not in (None, "all")
        ):
            mention.group = whole.group
        if mention.parent == -1 and head is None and mention.group is None and not outcome_after:
            # "Israeli security forces killed 570 of them": the share of an earlier sentence's
            # count that its subject took, of no group of its own (but "3,339 of them died in
            # Donetsk" is its part of a place)
            mention.rejected = True
        if mention.parent == -1 or (
            grammar.including_before.search(before, max(0, len(before) - PHRASE_REACH))
            and head is not None
            and mention.group not in (None, "all")
        ):
            mention.parent = head
        elif _next_part(mentions[i - 1] if i else None, mention, head, reading, offset, grammar):
            mention.parent = head  # "including 59 children and 30 women": each a part
        if mention.parent is not None and mention.parent >= 0 and mentions[mention.parent].rejected:
            mention.rejected = True  # "24,686 of the dead, of whom 7,797 were children"
            mention.rejected_with_parent = True
        if (
            mention.parent is not None
            and mention.parent >= 0
            and mention.group is None
            and mention.outcome is None
            and any(d.role == "start" and 0 <= d.start - b <= SUBPERIOD_REACH for d in dates)
        ):  # "531 civilians killed between October and May, 375 of them since March"
            mention.group, mention.outcome = "all", mentions[mention.parent].outcome
        # the whole a part before this one broke down by place (past that part's own parts, in
        # brackets), else the count before
        whole, sibling = _whole_broken_down(mentions, i, head)
        whole_end = mentions[whole].end - offset if whole is not None else len(before)
        part = _placed_part(
            mention,
            whole,
            before,
            after,
            grammar,
            since_whole=before[whole_end:],
            since_sibling=None if sibling is None else before[mentions[sibling].end - offset :],
        )
        if part is not None:  # "10,000 civilians killed, 4,000 of them in Donetsk and Luhansk
            # regions", "из них 4000 – в Донбассе"
            mention.group, mention.outcome = "all", mentions[part].outcome
            mention.parent, mention.placed = part, True
        if mention.group in ("children", "adults"):
            mention.group = _unknown_sex(mention.group, before, after, grammar)
        if mention.rejected:
            # "42 soldiers were killed and 12 injured": the ellipsis is of soldiers too; but
            # "in three years, with 232 killed" counts no one before the 232
            previous_own = None if grammar.duration_after.match(after) else mention
            continue
        if (
            mention.own_outcome
            and mention.group is None
            and coordinated(previous_own, mention, reading, offset, grammar)
            and not grammar.including_before.search(
                before, max(0, len(before) - PHRASE_REACH)
            )  # a part, not an ellipsis
        ):
            # "nine children were killed and 49 injured": the group carries to the ellipsis
            mention.group = previous_own.group
            mention.rejected = previous_own.rejected
        if mention.partitive and mention.group is None:
            subject = list(grammar.group_subject_opening.finditer(before[-SUBJECT_REACH:]))
            if subject:
                mention.group = _group_of(subject[-1])
            elif grammar.placed_by_verb.match(after, read):
                mention.group = "all"  # "3,339 of those killed died in Donetsk": a place's part
            else:  # "Russian forces caused 200 of the deaths": a part of no group, no count
                mention.rejected = mention.subject_part = True
        if (
            mention.outcome is None
            and mention.group is None
            and coordinated(previous_own, mention, reading, offset, grammar)
            and any(0 <= d.start - b <= DATE_AFTER_ELLIPSIS for d in dates)
        ):  # "1,000 civilians killed as of 1 March and 1,417 as of 2 April": the same count, later
            mention.outcome, mention.group = previous_own.outcome, previous_own.group
        if (
            mention.outcome is None
            and mention.group is None
            and at_other_date(previous_own, mention, reading, offset, grammar)
            and any(0 <= d.start - b <= DATE_AFTER_ELLIPSIS for d in dates)
        ):  # "deaths fell to 126 in May from 181 in April": the same count, another month
            mention.outcome, mention.group = previous_own.outcome, previous_own.group
        if (
            mention.outcome is None
            and mention.group is None
            and coordinated(
                previous_own, mention, reading, offset, grammar, reach=PLACED_COORDINATION_REACH
            )
            and (
                (
                    grammar.locative_after.match(after)
                    and (
                        grammar.locative.search(reading, previous_own.end - offset, a)
                        or _places_listed(i, mentions, reading, offset, grammar)
                    )
                )
                or grammar.place_before_count.search(before)
                or grammar.ranking_next_before.search(before)
            )
        ):  # "6,536 died in government-controlled territory and 495 in occupied territory",
            # "погибли 3887 человек, на оккупированной территории - 2089"
            mention.outcome, mention.group = previous_own.outcome, previous_own.group
            if _placed_by_including(before, after, grammar):
                # "2,890 killed ..., including 767 in custody": a part of the count before that
                # only its place tells from it, not the next of a list of places
                mention.parent, mention.placed = mentions.index(previous_own), True
            else:
                mention.listed_place = True
                placed_after = mention  # "..., 5,000 in ... and 2,169 in ...": the list goes on
        if mention.group is None and mention.outcome is not None:
            mention.group = "all"
        if (
            mention.group is None
            and mention.outcome is None
            and mention.parent is None
            and _placed_after_copula(after, grammar)
        ):  # "Of those killed, 3,009 were in Donetsk": a count of the outcome before, placed
            mention.group, mention.placed = "all", True
        if mention.group == "all" and mention.outcome is None and mention.parent is None:
            # "Of those killed, 1,120 were civilians": the civilians among the outcome's count
            # (not "680 of the dead (including 29 civilian police)": a part of a part)
            stated = [o for end, o in context if end <= a and not DIGIT.search(reading, end, a)]
            if stated:
                mention.outcome = stated[-1]
            elif i == 0 and grammar.civilian_after.match(after):
                # "... 1,792 Iraqis were killed. Of them, 1,120 were civilians": the outcome
                # carried from the sentence before
                mention.outcome = breakdown_outcome
        if (
            mention.group not in (None, "all")
            and mention.outcome is None
            and head is not None
            and BREAKDOWN_OPENER.search(reading[mentions[head].end - offset : a])
        ):  # "a total of 712 people died: 140 men, 95 women, ...": the breakdown of the head
            mention.parent, mention.outcome = head, mentions[head].outcome
        if mention.group not in (None, "all") and mention.outcome is None:
            mention.outcome = _group_outcome(
                mention, mentions, a, context, breakdown_outcome, after[read:], grammar
            )
        if mention.group not in (None, "all") and mention.outcome is not None:
            breakdown_outcome = mention.outcome
        if mention.own_outcome or placed_after is mention:
            previous_own = mention
        if (
            mention.group == "all"
            and mention.outcome is not None
            and not mention.prior
            and not mention.whole_of_part
        ):
            head = i
    _totals_from_parentheses(mentions, priors, reading, offset, grammar)
    opener = grammar.prior_opener.match(reading) if grammar.prior_opener is not None else None
    if opener:
        days = grammar.prior_offsets.get(" ".join(opener["offset"].lower().split()))
        for mention in mentions:
            mention.prior, mention.prior_days = True, days
    _victims_against_injured(mentions, reading, offset, grammar)
    _sums_of_pairs(mentions, reading, offset, grammar)
    _among_victims(mentions, reading, offset, grammar)
    _children_beside_boys_and_girls(mentions, reading, offset, grammar)
    _group_noun_shared(mentions, reading, offset, grammar)
    if grammar.respectively.search(reading):
        _split_respectively(mentions, reading, offset, grammar)
    return mentions, breakdown_outcome


VICTIMS_REACH = 60
"""How far before a count its "victims" may stand ("Le vittime civili della guerra sono N")."""


def _victims_against_injured(
    mentions: list[Mention], text: str, offset: int, grammar: Grammar
) -> None:
    """ "Le vittime civili sono 6.322, e i feriti 9.634": victims set against the injured, with
    no count of the dead beside them, are the dead."""
    if grammar.victims is None:
        return
    counted = [m for m in mentions if not m.rejected]
    if any(m.outcome == "killed" for m in counted):
        return
    for k, m in enumerate(counted):
        later = counted[k + 1 :]
        if m.outcome != "total" or not any(n.outcome == "injured" for n in later):
            continue
        low = max(counted[k - 1].end - offset if k else 0, m.start - offset - VICTIMS_REACH)
        if grammar.victims.search(text, max(low, 0), later[0].start - offset):
            m.outcome = "killed"


def _sums_of_pairs(mentions: list[Mention], text: str, offset: int, grammar: Grammar) -> None:
    """ "1,430 killed and 2,097 injured, a total of 3,527", "..., 3,527 in total", "(total:
    3,527)": a count that a word of a sum stands by and that is the sum of the killed and the
    injured before it, of one group, is their total (the words alone would not tell the total
    of what; the sum tells it is no other reading, an earlier value or an outcome carried)."""
    if grammar.sum_before is None or grammar.sum_after is None or len(mentions) < 3:
        return  # a sum needs the two counts it adds up
    for i, mention in enumerate(mentions):
        if mention.rejected or mention.outcome == "total":
            continue
        a, b = mention.start - offset, mention.end - offset
        before = grammar.sum_before.search(text, max(0, a - SUM_REACH), a)
        near = before or grammar.sum_after.match(text, b)
        pair = [
            m
            for m in mentions[:i]
            if m.own_outcome and not (m.rejected or m.prior) and m.parent is None
        ]
        summed = len(pair) >= 2 and {pair[-2].outcome, pair[-1].outcome} == {"killed", "injured"}
        if (
            near
            and summed
            and pair[-2].group == pair[-1].group
            and pair[-2].token.value is not None
            and pair[-1].token.value is not None
            and pair[-2].token.value + pair[-1].token.value == mention.token.value
        ):
            mention.outcome, mention.own_outcome, mention.group = "total", True, pair[-1].group
            mention.parent = mention.prior_days = mention.prior_date = None
            mention.prior = False


SUM_REACH = 30
"""Characters before a count within which its word of a sum stands ("a total of")."""


LIST_GAP = re.compile(r"[^\d:;()]{1,40}")  # between two items of one flat list


def _children_beside_boys_and_girls(
    mentions: list[Mention], text: str, offset: int, grammar: Grammar
) -> None:
    """ "165 women, 48 children, 15 girls and 30 boys": children listed beside girls and boys,
    not broken down into them ("555 children, of whom 289 boys and 237 girls"), are those whose
    sex is not known."""
    if not any(m.group == "children" for m in mentions):
        return
    parents = {m.parent for m in mentions}  # "48 children (15 girls and 30 boys)": theirs
    run: list[int] = []  # the counts of one flat list
    for i in [*range(len(mentions)), None]:
        joined = (
            i is not None
            and run
            and LIST_GAP.fullmatch(text, mentions[run[-1]].end - offset, mentions[i].start - offset)
            and not grammar.including_before.search(text, 0, mentions[i].start - offset)
        )
        if i is not None and (joined or not run):
            run.append(i)
            continue
        groups = {(mentions[j].group, mentions[j].outcome) for j in run if not mentions[j].rejected}
        for j in run:
            x = mentions[j]
            boys_and_girls = {("boys", x.outcome), ("girls", x.outcome)}
            if x.group == "children" and boys_and_girls <= groups and j not in parents:
                x.group = "children_unknown_sex"
        run = [i] if i is not None else []


def _among_victims(mentions: list[Mention], text: str, offset: int, grammar: Grammar) -> None:
    """Mark the group counts whose outcome is that of "the victims" before them ("tra le
    vittime ci sono 560 bambini"): the dead, or all casualties, as the text told its counts."""
    lent = [
        m
        for m in mentions
        if not m.own_outcome and m.outcome == "total" and m.group not in (None, "all")
    ]
    if grammar.victims is None or not lent:
        return
    contexts = list(grammar.context_outcome.finditer(text))
    for m in lent:
        before = [c for c in contexts if c.end() <= m.start - offset]
        if before and grammar.victims.search(before[-1].group()):
            m.among_victims = True


def _split_respectively(mentions: list[Mention], text: str, offset: int, grammar: Grammar) -> None:
    """ "7,155 and 11,662 civilians killed and injured, respectively": the first count is the
    first outcome's, the second the second's, not one total; "10,582 killed and 19,875 injured,
    including 587 and 1,298 children respectively": the parts of the two counts before, in
    their order."""
    for k, (first, second) in enumerate(pairwise(mentions)):
        gap = text[first.end - offset : second.start - offset]
        heads = (
            _killed_and_injured_heads(mentions[:k])
            if first.outcome is None
            and first.group is None
            and second.outcome is None
            and second.group not in (None, "all")
            and grammar.respective_gap.fullmatch(gap)
            else None
        )
        if heads is not None:
            first.group = second.group
            (first.parent, first.outcome), (second.parent, second.outcome) = heads
            continue
        if (
            first.outcome is None
            and second.outcome == "total"
            and second.own_outcome
            and grammar.and_gap.fullmatch(gap)
        ):
            after = text[second.end - offset : second.end - offset + RESPECTIVE_REACH]
            found = {n: p.search(after) for n, p in grammar.outcome_words.items()}
            if all(found.values()):
                first.outcome, second.outcome = sorted(found, key=lambda n: found[n].start())
                first.group = second.group


def _killed_and_injured_heads(
    mentions: list[Mention],
) -> tuple[tuple[int, str], tuple[int, str]] | None:
    """The two counts of everyone before, one killed and one injured, each with its index, in
    their order; None when the counts before are not two such."""
    heads = [
        (j, m.outcome)
        for j, m in enumerate(mentions)
        if m.group == "all" and m.outcome in ("killed", "injured") and m.own_outcome
    ]
    if len(heads) != 2 or heads[0][1] == heads[1][1]:
        return None
    return heads[0], heads[1]


PART_OPENER_REACH = 100
"""Characters before a count within which "из них" and a qualifier open its clause."""


def _whole_broken_down(
    mentions: list[Mention], i: int, head: int | None
) -> tuple[int | None, int | None]:
    """The count the parts before mention i broke down by place ("9,369 killed: 7,200 in ...
    and"; "7,031 killed: 3,939 in Donetsk ... (2,500 in ... and 1,439 in ...) and": past a part's
    own parts), else `head`; and the last such part, if any."""
    k = i - 1
    while k > 0 and not mentions[k].placed:
        up = mentions[k].parent
        if up is None or not 0 <= up < k:
            break
        k = up  # a part's own part, in brackets: the part it breaks down
    while k >= 0 and mentions[k].placed:
        up = mentions[k].parent
        if up is None or not 0 <= up < k or not mentions[up].placed:
            break
        k = up  # a placed part of a placed part: the whole above both
    if k >= 0 and mentions[k].placed:
        return mentions[k].parent, k
    return head, None


def _placed_by_including(before: str, after: str, grammar: Grammar) -> bool:
    """Whether a count after "including" stands before its place ("including 767 in custody",
    "including 261 in Kabul province"), not before a stretch of time ("in the past month")."""
    return bool(
        grammar.including_before.search(before, max(0, len(before) - PHRASE_REACH))
        and grammar.locative_after.match(after)
        and not grammar.recent_period.match(after.lstrip())
    )


def _placed_part(
    mention: Mention,
    head: int | None,
    before: str,
    after: str,
    grammar: Grammar,
    *,
    since_whole: str,
    since_sibling: str | None,
) -> int | None:
    """The count a part of no group or outcome breaks down by its place ("4,000 of them in
    Donetsk", "из них 4000 – в Донбассе", "2,100 of them were in other regions", "9,369 killed:
    7,200 in ..."); None when it is none. `since_whole` is the text since `head`,
    `since_sibling` since the part before this one, if there is one."""
    if mention.group is not None or mention.outcome is not None:
        return None
    of_them = grammar.of_them.match(after)
    if of_them:
        part, rest = mention.parent, after[of_them.end() :]
    elif grammar.of_them_before.search(before, max(0, len(before) - PART_OPENER_REACH)):
        part, rest = head, after
    elif grammar.including_before.search(
        before, max(0, len(before) - PHRASE_REACH)
    ) and grammar.area_kind_after.match(after):
        part, rest = head, after  # "9,614 killed, including 3,942 in Donetsk and Luhansk"
    elif since_sibling is not None and grammar.sibling_gap.fullmatch(since_sibling):
        part, rest = head, after  # "davon 7200 in ... und 2169 in ...": the next part
    elif grammar.parts_after_colon.match(since_whole):
        part, rest = head, after  # "9,369 killed as of 6 August: 7,200 in ... and 2,169 in ..."
    elif mention.parent is not None and mention.parent >= 0:
        part, rest = mention.parent, after  # "3,939 in Donetsk ... (2,500 in Government-...)"
    else:
        return None
    placed = (
        part is not None
        and part >= 0
        and (grammar.locative_after.match(rest) or grammar.placed_by_verb.match(rest))
    )
    return part if placed else None


def _after_of_them(after: str, grammar: Grammar) -> str:
    """The words after a count, less its "of them" ("300 of them civilians")."""
    of_them = grammar.of_them.match(after)
    return after[of_them.end() :] if of_them else after


def _civilians_after_copula(after: str, grammar: Grammar) -> bool:
    """Whether civilians by name follow a count, or its copula ("143,350 were civilians")."""
    copula = grammar.auxiliaries.match(after).end()
    return grammar.civilians_noun_after.match(after[copula:]) is not None


def _placed_after_copula(after: str, grammar: Grammar) -> bool:
    """Whether a place follows the count's copula or a verb of its happening ("3,009 were in
    Donetsk", "218 occurred in Mopti region", "half of the deaths, 218, occurred in ...")."""
    after = after[APPOSITION_COMMA.match(after).end() :]
    occurred = grammar.occurred_after.match(after)
    copula = grammar.auxiliaries.match(after).end() or (occurred.end() if occurred else 0)
    return bool(copula) and grammar.locative_after.match(after[copula:]) is not None


APPOSITION_COMMA = re.compile(r"(?:\s*,(?=\s))?")
"""The comma that closes a count in apposition ("half of the deaths, 218, occurred")."""


COORDINATION_REACH = 80
"""The most characters between two counts of one clause joined by "and" or a comma."""

PLACED_COORDINATION_REACH = 120
"""The same for two counts each followed by its place, whose names may be long ("killed in
government-controlled territory of Donetsk and Luhansk regions, and 1,900 in occupied ...")."""


def _places_listed(
    i: int, mentions: list[Mention], text: str, offset: int, grammar: Grammar
) -> bool:
    """Whether a count placed by a locative right after it opens a list of such counts ("9369
    Zivilisten getötet, 4000 in den Gebieten Donezk und Luhansk und 5369 in anderen Regionen"):
    the count after it joins it and is placed too."""
    if i + 1 >= len(mentions):
        return False
    following = mentions[i + 1]
    # "4 000 — у Донецькій і Луганській областях, 5 369 — в інших": a dash's place is read
    # as an aside in brackets
    gap = text[mentions[i].end - offset : following.start - offset].translate(UNBRACKETED)
    return bool(
        grammar.locative_after.match(text[following.end - offset :])
        and len(gap) <= PLACED_COORDINATION_REACH
        and grammar.coordination.fullmatch(gap)
    )


UNBRACKETED = str.maketrans("()", "  ")


def coordinated(
    previous: Mention | None,
    mention: Mention,
    text: str,
    offset: int,
    grammar: Grammar,
    *,
    reach: int = COORDINATION_REACH,
) -> bool:
    """Whether a count joins the one before it by "and" or a comma, in the same clause."""
    if previous is None:
        return False
    gap = text[previous.end - offset : mention.start - offset]
    return len(gap) <= reach and grammar.coordination.fullmatch(gap) is not None


def _group_noun_shared(mentions: list[Mention], text: str, offset: int, grammar: Grammar) -> None:
    """ "587 killed and 1,298 injured children", "587 getötete und 1.298 verletzte Kinder": the
    group noun after the second count's outcome is the first's too."""
    for first, second in pairwise(mentions):
        gap = text[first.end - offset : second.start - offset]
        if (
            first.group == "all"
            and second.group not in (None, "all")
            and second.own_outcome
            and first.outcome not in (None, second.outcome)
            and grammar.outcome_and_gap.fullmatch(gap)
            and grammar.adjective_outcome.match(text[second.end - offset :])
        ):
            first.group = second.group


def and_joined(
    previous: Mention, mention: Mention, text: str, offset: int, grammar: Grammar
) -> bool:
    """Whether a count joins the one before it by "and", with no comma between: one clause's
    pair ("30 were killed and 200 injured", "the number of civilians killed was 472 and the
    number injured 997")."""
    gap = text[previous.end - offset : mention.start - offset]
    return "," not in gap and coordinated(previous, mention, text, offset, grammar)


def _next_part(
    previous: Mention | None,
    mention: Mention,
    head: int | None,
    text: str,
    offset: int,
    grammar: Grammar,
) -> bool:
    """Whether a count of a group goes on a list of the head's parts ("including 59 children
    and 30 women")."""
    return (
        previous is not None
        and head is not None
        and mention.parent is None
        and previous.parent == head
        and previous.group not in (None, "all")
        and mention.group not in (None, "all")
        and coordinated(previous, mention, text, offset, grammar)
    )


def _attributed(before: str, after: str, grammar: Grammar) -> bool:
    """Whether a count is a party's share, attributed to it ("attributed 2,001 ... to")."""
    by_verb, by_phrase = grammar.attributed_before, grammar.attributed_after
    to_war = grammar.attributed_to_war
    if to_war is not None and to_war.match(after):
        return False  # "attributed 306,887 civilian deaths to the conflict": the war's own count
    return bool(
        (by_verb is not None and by_verb.search(before, max(0, len(before) - PHRASE_REACH)))
        or (by_phrase is not None and by_phrase.match(after))
    )


def _a_rate(before: str, after: str, grammar: Grammar) -> bool:
    """Whether a number is a rate or an average ("an average of 42", "six a day"), no count."""
    average, rate = grammar.average_before, grammar.rate_after
    if average is not None and average.search(before, max(0, len(before) - RATE_REACH)):
        return True
    found = rate.search(after, 0, RATE_REACH + RATE_UNIT_LENGTH) if rate is not None else None
    if (
        found is None
        or found.start() > RATE_REACH
        or grammar.rate_gap.search(after, 0, found.start())
    ):
        return False
    if found["stretch"] or found["back"]:
        return False  # "rose to 10,582 in a month", "up from 10,378 a month earlier": no rate
    # "up from 1,417 a day earlier": an earlier value's day, no rate
    unit = after[found.start("unit") :].lower()
    return not any(unit.startswith(k) for k in grammar.prior_offsets)


def _ends_a_range(
    i: int, mentions: list[Mention], text: str, offset: int, grammar: Grammar
) -> bool:
    """Whether mention i closes a range: "A to B" whose A no "from" opens ("rose from 1,335 to
    1,417" is a change, "(352 to 739)" a comparison's pair), or "between A and B"."""
    if i == 0:
        return False
    first = mentions[i - 1]
    gap = text[first.end - offset : mentions[i].start - offset]
    opened = text[max(0, first.start - offset - RANGE_OPENER_REACH) : first.start - offset]
    if grammar.range_between is not None and grammar.range_between.search(opened):
        return grammar.range_and.fullmatch(gap) is not None
    return (
        grammar.range_to is not None
        and grammar.range_to.fullmatch(gap) is not None
        and "(" not in opened[-2:]
        and (grammar.range_from is None or grammar.range_from.search(opened) is None)
    )


def _total_listed(
    i: int, mentions: list[Mention], text: str, offset: int, grammar: Grammar
) -> int | None:
    """The total whose "including" list of outcomes runs up to mention i ("1,093 casualties,
    including 385 killed and 708 injured, down from 1,386"), if there is one."""
    for k in range(i - 1, 0, -1):
        if grammar.including_before.search(text, 0, mentions[k].start - offset):
            return k - 1 if mentions[k - 1].outcome == "total" else None
    return None


def _before_aside(i: int, mentions: list[Mention], text: str, offset: int) -> int | None:
    """The count a parenthesis follows, when the count before mention i stands inside that
    parenthesis and it closed before mention i."""
    if i == 0:
        return None
    around = parenthesis_around(text, mentions[i - 1].start - offset)
    if around is None or around[1] >= mentions[i].start - offset:
        return None
    before = [j for j in range(i - 1) if mentions[j].end - offset <= around[0]]
    return before[-1] if before and mentions[before[-1]].outcome else None


def _in_addition(previous: Mention | None, mention: Mention) -> bool:
    """Whether "more" adds a count of another outcome to the one before it ("12,654 killed,
    with 29,392 more wounded"), rather than a change of the same count."""
    if previous is None or previous.rejected or previous.outcome is None:
        return False
    outcomes = {previous.outcome, mention.outcome}
    return mention.outcome is not None and len(outcomes) == 2 and "total" not in outcomes


def at_other_date(
    previous: Mention | None, mention: Mention, text: str, offset: int, grammar: Grammar
) -> bool:
    """Whether a count follows the one before it as its value at another date ("from")."""
    if previous is None or grammar.other_date_from is None:
        return False
    gap = text[previous.end - offset : mention.start - offset]
    return grammar.other_date_from.match(gap) is not None


def _sex_unknown(before: str, after: str, grammar: Grammar) -> bool:
    """Whether the words around a count say its sex is not yet known."""
    return bool(grammar.unknown_after.match(after) or grammar.unknown_before.search(before))


def _unknown_sex(group: str, before: str, after: str, grammar: Grammar) -> str:
    return f"{group}_unknown_sex" if _sex_unknown(before, after, grammar) else group


def _settle_children_or_boys(
    mention: Mention, reading: str, before: str, after: str, grammar: Grammar
) -> None:
    """ "216 niños y 175 niñas": boys beside girls; children where the sentence names none."""
    if mention.group == "children_or_boys":
        girls = grammar.girls.search(reading) and not _sex_unknown(before, after, grammar)
        mention.group = "boys" if girls else "children"


def _group_outcome(
    mention: Mention,
    mentions: list[Mention],
    at: int,
    context: list[tuple[int, str | None]],
    breakdown_outcome: str | None,
    after: str,
    grammar: Grammar,
) -> str | None:
    """The outcome of a group count that has none of its own ("224 were men")."""
    if mention.parent is not None and mentions[mention.parent].outcome:
        return mentions[mention.parent].outcome
    stated = [m for end, m in context if end <= at]
    if stated:
        return stated[-1]
    tail = grammar.list_tail.match(after)
    if tail:
        return outcome_of(tail)
    return breakdown_outcome


def _paren_owners(text: str, offset: int, mentions: list[Mention]) -> dict[int, int]:
    """For each number inside a parenthesis, the number the parenthesis follows."""
    owners: dict[int, int] = {}
    for paren in re.finditer(r"\([^()]*\)", text):
        inside = [
            i for i, m in enumerate(mentions) if paren.start() < m.start - offset < paren.end()
        ]
        before = [i for i, m in enumerate(mentions) if m.end - offset <= paren.start()]
        if not inside or not before:
            continue
        owner = before[-1]
        gap = text[mentions[owner].end - offset : paren.start()]
        if len(gap) > BREAKDOWN_GAP or re.search(r"[.;:()]", gap):
            continue
        for i in inside:
            owners.setdefault(i, owner)
    return owners


def _totals_from_parentheses(
    mentions: list[Mention],
    priors: dict[int, tuple[int, tuple[int, int]]],
    text: str,
    offset: int,
    grammar: Grammar,
) -> None:
    """ "331 (54 killed and 277 injured)": a bare count broken into killed and injured is a total.

    So is a group's count without an outcome of its own, whatever outcome the sentences
    around it lent it: "164 were children (24 killed and 140 injured)". Not a count of the
    victims of other harms too: "692 civilians (288 killed, 260 injured, 100 abducted)".
    """
    for i, mention in enumerate(mentions):
        if mention.own_outcome or mention.rejected or i in priors:
            continue
        group = mention.group or "all"
        parts = [m for m in mentions if m.parent == i and m.group == group]
        if not {"killed", "injured"} <= {m.outcome for m in parts}:
            continue
        closing = text.find(")", parts[-1].end - offset)
        if grammar.other_harm.search(text, mention.end - offset, max(closing, 0)):
            mention.rejected = True  # the victims of every harm, no casualty count
            continue
        mention.outcome, mention.group = "total", group
