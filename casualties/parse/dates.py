"""Find date phrases and the part they play (start, end, month); resolve their years. Pure."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from casualties.parse.lexicon import Lexicon, alternation

__all__ = [
    "DateMention",
    "WarAge",
    "YearContext",
    "find_dates",
    "month_end",
    "names_month",
    "resolve_day",
    "war_age",
]

YEAR = r"(?:19|20)\d\d(?!\d)"
CENTURY = 2000
"""The century of a year written with two digits after a slash ("24/2/22")."""
DASH = r"(?:-|–|—)"
MONTHS_IN_YEAR = 12


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase: what it names and the part it plays for the figures near it.

    kind: day (a calendar day), month (a whole month), months (whole months from first_month
    to month: "from July to September", "the first half of 2024", "Q3"), range (days of one
    month),
    end_of_month, beginning_of_month, first_days (the first N days of a month),
    day_of_war (the Nth day of the count), relative (days before publication), year (a whole
    year: "in 2023"); last_month, previous_month, last_year_alone, this_year (placed by the
    parser against publication or the sentence's month, then a month or a year).
    role: "start", "end", "between" (the start of a between ... and ... pair) or None.
    """

    kind: str
    text: str
    start: int
    end: int
    month: int | None = None
    day: int | None = None
    year: int | None = None
    last_day: int | None = None
    count: int | None = None
    last_year: bool = False
    role: str | None = None
    first_month: int | None = None  # months: the first month of the span
    first_year: int | None = None  # months: the year of the first month, when stated
    fuzzy: bool = False  # month, months or year after "late", "early", "mid-": no day bounds it
    # a last day after a stretch: "the 12 months to 31 January" (12 months), "the 10 days to
    # 9 May" (10 days), how far back from it the count runs
    months_back: int | None = None
    days_back: int | None = None
    back_at: int | None = None  # where the stretch's words start: "12 months to"


@dataclass(frozen=True, slots=True)
class YearContext:
    """What a year left out is inferred from: publication, the document's own years, the count."""

    published: dt.date | None
    document_years: tuple[int, ...]
    count_start: dt.date | None  # None where each report covers its own period
    written_by: dt.date | None = None  # lacking publication, the last day the war's age allows


def distinctive_start(context: YearContext) -> bool:
    """Whether a day without a year that falls on the count's first day is that day: "since 24
    February" is the war's start, but "from 1 January" is any year's (a count that starts on a
    month's first day, as UNAMA's in 2009, shares its day with every report's period)."""
    return context.count_start is not None and context.count_start.day != 1


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month.

    >>> month_end(2024, 2)
    datetime.date(2024, 2, 29)
    """
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_day(month: int, day: int, context: YearContext, *, role: str | None) -> dt.date | None:
    """The year of a day written without one.

    A start that matches the count's start day takes its year; otherwise the latest such day
    on or before publication; lacking a publication date, the document's latest year.
    """
    start = context.count_start
    distinctive = distinctive_start(context)
    if distinctive and role in ("start", "between") and (month, day) == (start.month, start.day):
        return start
    if context.published:
        for year in (context.published.year, context.published.year - 1):
            candidate = _safe_date(year, month, day)
            if candidate and candidate <= context.published:
                return candidate
        return None
    latest = context.written_by
    if latest is not None:
        for year in (latest.year, latest.year - 1):
            candidate = _safe_date(year, month, day)
            if candidate and candidate <= latest and (start is None or candidate >= start):
                return candidate
    if context.document_years:
        candidate = _safe_date(max(context.document_years), month, day)
        return candidate if candidate and (start is None or candidate >= start) else None
    if distinctive and (month, day) == (start.month, start.day):
        return start
    return None


@cache
def _parts_of_year(lexicon: Lexicon) -> dict[str, list[int]]:
    """The parts of a year the lexicon names, lower-cased, to their first and last months; a
    number word in one may be written in digits ("the first 9 months")."""
    units = {k.lower(): v for k, v in lexicon.data["numbers"]["units"].items()}
    parts = {}
    for phrase, months in lexicon.data["dates"]["parts_of_year"].items():
        words = phrase.lower().split()
        parts[" ".join(words)] = months
        digits = [str(units[w]) if w in units else w for w in words]
        parts.setdefault(" ".join(digits), months)
    return parts


@cache
def _patterns(lexicon: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    month = lexicon.month_names()
    words = lexicon.data["dates"]
    end_of, beginning_of = alternation(words["end_of"]), alternation(words["beginning_of"])
    first, days = alternation(words["first_days"]), alternation(words["days"])
    of_last_year, this = alternation(words["of_last_year"]), alternation(words["this"])
    day_of_war = alternation(words["day_of_war"])
    relative = alternation(words["last_night"] + words["yesterday"] + words["today"])
    weekday = alternation(words["weekdays"]) if words["weekdays"] else ""
    units = alternation(list(lexicon.data["numbers"]["units"]))
    joiner, of = alternation(words["range_joiners"]), alternation(words["of"])
    ordinal = alternation(words["ordinal_suffixes"])
    tens = alternation(list(lexicon.data["numbers"]["tens"]))
    ordinal_unit = alternation(list(words["ordinal_units"]))
    ordinal_ten = alternation(list(words["ordinal_tens"]))
    day = rf"(?:[0-3]?\d)(?:{ordinal})?"  # "24", "24th"
    m = rf"(?P<m>{month})\b\.?"
    y = rf"(?:,?\s+(?:{of}\s+)?(?P<y>{YEAR}))?"  # "2024", "de 2024"
    parts = alternation(list(_parts_of_year(lexicon)))
    # "the first six months of the war", "of Russia's invasion": the war's months, no year's
    war_nouns = words.get("war_nouns") or []
    war = rf"(?:[^\W\d]+\s+){{0,2}}?{alternation(war_nouns)}(?!\w)" if war_nouns else "(?!)"
    the_year = alternation(words["the_year"])
    year_of = alternation(words["year_possessive"])  # nothing matches where a language has none
    first_months, month_nouns = (
        alternation(words["first_months"]),
        alternation(words["month_nouns"]),
    )
    specs = {
        # "from December 2017 to September 2019", "between July and September" (not "24
        # February to 3 April": days are the day patterns')
        "month_span": rf"""(?<!\d\s)(?P<m1>{month})\b\.?(?:,?\s+(?P<y1>{YEAR}))?
                           \s*(?:{DASH}|{joiner})\s*
                           {m}(?!\s+[0-3]?\d\b){y}""",
        # "the first half of 2024", "the first nine months of the year", "the third quarter", "Q2
        # 2024", "2016's first half"
        "part_of_year": rf"""(?<![\w-])(?:(?P<yp>{YEAR}){year_of}\s+)?   # "2016's first half"
                             (?P<part>{parts})(?![\w-])
                             (?!\s+(?:{of}\s+)?{month}\b)     # not "the first half of January",
                                                             # "першій половині лютого"
                             (?!\s+(?:{of}\s+)?{war})          # nor "... of the war", "... des Krieges"
                             (?:\s+(?:{of}\s+)?(?:(?P<y>{YEAR})(?![\w-]|[.,]\d)|{the_year}))?""",
        # "1 to 31 July 2022", "24-28 February"
        "range_dm": rf"(?<![\d,.])(?P<d1>{day})\s*(?:{DASH}|{joiner})\s*(?P<d2>{day})\s+(?:{of}\s+)?{m}{y}",
        # "July 1 and 31", "February 24-28", "July 1 and 30, 2023" (not "February 24 and 15 March")
        "range_md": rf"{m}\s+(?P<d1>{day})\s*(?:{DASH}|{joiner})\s*(?P<d2>{day})(?![\d,]\d|\s+(?:{of}\s+)?{month}){y}",
        # "the first 21 days of November"
        "first_days": rf"{first}\s+(?P<n>\d{{1,2}}|{units})\s+{days}\s+{of}\s+{m}{y}",
        # "the first five months of 2025", "les cinq premiers mois de 2025": months from January
        "first_months": rf"""(?<![\w-])(?:{first_months}\s+(?P<n>\d{{1,2}}|{units})
                                        | (?P<n2>\d{{1,2}}|{units})\s+{first_months})
                             \s+{month_nouns}(?![\w-])
                             (?!\s+(?:{of}\s+)?{war})          # not "... of the war"
                             (?:\s+(?:{of}\s+)?(?:(?P<y>{YEAR})(?![\w-]|[.,]\d)|{the_year}))?"""
        if words["first_months"]
        else "",
        "end_of_month": rf"{end_of}\s+{m}{y}",
        # "the end of 2024", "la fin de l'année 2024", "конца 2024 года": its last day
        "end_of_year": rf"""{end_of}\s+(?:[^\W\d]+(?:['’][^\W\d]+)?\s+)?(?P<y>{YEAR})
                           (?![\w-]|[.,]\d)""",
        "beginning_of_month": rf"{beginning_of}\s+{m}{y}",
        # "since the beginning of 2024", "from the start of 2023": its first day
        "beginning_of_year": rf"{beginning_of}\s+(?P<y>{YEAR})(?![\w-]|[.,]\d)",
        # "24 February 2022", "24th Feb"
        "day_month": rf"(?<![\d,./])(?P<d>{day})\s+(?:{of}\s+)?{m}{y}",  # not "1/3 September"
        # "February 24, 2022", "April 3" (not "July 1,100", "bis Mitte Februar 10.582")
        "month_day": rf"{m}\s+(?P<d>{day})(?!\d|[,.]\d{{3}}|[ \u00a0]\d{{3}}){y}",
        # "October 2024", "March of last year", "this July", "July"
        "month": rf"(?:(?P<this>{this})\s+)?{m}(?:,?\s+(?:{of}\s+)?(?P<y>{YEAR})|\s+(?P<last>{of_last_year}))?",
        # "the 33rd day of the war"
        # "the 33rd day of the war", "the 1,000th day of the full-scale invasion", "the
        # thirty-third day of the war"
        "day_of_war": rf"""(?: (?<![\d,])(?P<n>\d{{1,2}},\d{{3}}|\d{{1,4}})(?:{ordinal})
                             | (?<![\w-])(?P<nw>(?:{tens}[-\s])?{ordinal_unit}|{ordinal_ten}) )
                           \s+{day_of_war}""",
        "relative": rf"(?P<rel>{relative})",
        # "since Thursday": a day of the week, kept only as a count's first day (not "said on
        # Tuesday", nor "Sunday, 27 February": that day's own pattern reads it)
        "weekday": rf"""(?<![\w-])(?P<wd>{weekday})(?![\w-])
                        (?!,?\s+(?:{of}\s+)?(?:[0-3]?\d(?![\d,])|{month}))"""
        if weekday
        else "",
        # "30/06/2025", "3.4.2022": day, month, year, as UN documents write them; "2/24/2022":
        # month first, as in the US, where the day could be no month
        # "24. 2. 2022": Czech and Slovak put a space after each dot
        "numeric_day": rf"""(?<![\d/.])(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<gap>(?<=\.)\x20)?
                            (?P<mm>[0-3]?\d)(?P=sep)(?(gap)\x20)
                            (?: (?P<y>{YEAR}) | (?<=/)(?P<yy>2\d)(?!\d) )  # "24/2/22": this century
                            (?![\d/.]\d)""",
        # "2024-03-15": ISO 8601
        "iso_day": rf"(?<![\w-])(?P<y>{YEAR})-(?P<mm>[01]\d)-(?P<d>[0-3]\d)(?![\w-])",
        # "last month", "the previous month", "last year", "since the start of the year"
        "relative_period": _relative_period(words),
        # "in 2023": last, so that a year that belongs to a month or a day is read with it
        # "in 2023", and "2023, when 1,974 were killed" (the counts of the clause after it)
        "year": rf"""(?: (?<![\w-]){alternation(words["in_year"])}\s+
                       (?P<fz>{alternation(words["fuzzy"])}(?:\s+|(?<=-)))?   # "in early 2025"
                       (?P<y>{YEAR})(?![\w-]|[.,]\d)
                       | (?<![\w-])(?P<y2>{YEAR}),\s+(?={alternation(words["when"])}(?!\w))
                       | (?<![\w.,-])(?P<y3>{YEAR})                # "2023 in der Ukraine"
                         (?=\s+{alternation(words["bare_year_after"])}(?!\w)) )""",
    }
    return [(kind, re.compile(pattern, re.VERBOSE)) for kind, pattern in specs.items() if pattern]


RELATIVE_PERIODS = ("last_month", "previous_month", "this_month", "last_year_alone", "this_year")
"""The lexicon's words for a month or year that publication, or the sentence, places."""


def _relative_period(words: dict) -> str:
    """One group per kind of relative period; empty when the language lists none."""
    groups = [
        rf"(?P<{key}>{alternation(words[key])})" for key in RELATIVE_PERIODS if words.get(key)
    ]
    return rf"(?<![\w-])(?:{'|'.join(groups)})(?![\w-])" if groups else ""


KINDS_WITHOUT_MONTH = frozenset(
    {
        "day_of_war",
        "relative",
        "weekday",
        "relative_period",
        "year",
        "part_of_year",
        "first_months",
        "numeric_day",
        "iso_day",
        "end_of_year",
        "beginning_of_year",
    }
)
"""The date patterns of _patterns that match without a month name."""


@cache
def _patterns_without_month(lexicon: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, p) for kind, p in _patterns(lexicon) if kind in KINDS_WITHOUT_MONTH]


@cache
def _month_name(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(lexicon.month_names())


def names_month(text: str, lexicon: Lexicon) -> bool:
    """Whether `text` holds a month name (case-sensitive, as in the patterns), even inside a
    word. Only such text can match a pattern that needs a month, or state a year."""
    return _month_name(lexicon).search(text) is not None


@cache
def _marker(lexicon: Lexicon) -> re.Pattern[str]:
    words = lexicon.data["dates"]
    as_of, start, and_ = (alternation(words[k]) for k in ("as_of", "from", "and"))
    clock = alternation(words["time_of_day"])
    suffix = alternation(words["time_suffixes"])
    zone = alternation(words["time_zones"])
    since, since_end = alternation(words["since_clause"]), alternation(words["since_clause_end"])
    not_since = alternation(words["since_clause_not_before"])
    before_day = alternation(words["before_day"])
    weekday = alternation(words["weekdays"])
    fuzzy = alternation(words["fuzzy"])
    return re.compile(
        rf"""
        (?:(?<=\W)|^)
        (?: (?P<end>{as_of}) | (?P<start>{start}) | (?P<and>{and_})     # the date's role word
          | (?P<since>{since}(?:\b|(?<=['’]))(?!\s+{not_since}(?!\w))  # not "з прав людини"
             [^,.;:()\d]{{0,100}}?,?\s{since_end}) )  # "since Russia invaded ... on", no count between
        :?\s+                                                         # "(Stand: 23. Februar)"
        (?: (?:\d{{1,2}}(?::\d\d)?\s*{suffix}?(?!\w) \s*)? {clock}?     # "4 a.m.", "12 midnight"
            \s* (?:\(\s*{zone}\s*\)|{zone})? ,? \s+ )?              # "(EET),", "Kyiv time"
        (?:{weekday},?\s+)?                                            # "Sunday,"
        (?:{before_day}(?:\s+|(?<=-)))?                                # "on", "the", "mid-"
        (?:{fuzzy}(?:\s+|(?<=-)))?                                     # "середину", "Mitte"
        $
        """,
        re.VERBOSE,
    )


def _role(
    text: str, start: int, lexicon: Lexicon, open_between: bool, *, since_only: bool = False
) -> str | None:
    """The part a date at `start` plays by the word before it; with `since_only`, only as the
    end of a since-clause ("since the invasion in 2022": a word of its own phrase, "no ano de
    2024", is no role word)."""
    before = text[max(0, start - 120) : start]
    found = _marker(lexicon).search(before)
    if not found or (since_only and not found["since"]):
        return None
    if found["end"]:
        return "end"
    if found["since"]:
        # "desde el 24 de febrero hasta el 2 de abril": the since-clause ends at its first day
        return "end" if _as_of_marker(lexicon).search(before) else "start"
    if found["start"]:
        if _change_before(lexicon).search(before, 0, found.start()):
            return None  # "a decrease from February, when ...": that month's own count
        word = " ".join(found["start"].lower().split())
        between = {w.lower() for w in lexicon.data["dates"]["between"]}
        return "between" if word in between else "start"
    if open_between:
        return "end"
    # "between the start of the invasion and the end of 2024": a start no date gives
    between = _between_before(lexicon).search(before, 0, found.start())
    return "end" if between else None


MONTH_DAYS, YEAR_DAYS = 30, 365
"""A month's and a year's days as the lexicons' durations give them."""


@cache
def _stretch_before_end(lexicon: Lexicon) -> re.Pattern[str]:
    """A stretch of time right before the word that ends a count: "12 months to ", "the week
    to "."""
    words = lexicon.data["dates"]
    units = alternation(list(lexicon.data["numbers"]["units"]))
    one = alternation(list(words["one_durations"]))
    return re.compile(
        rf"""(?<![\w-])
             (?: (?P<n>\d{{1,2}}|{units})\s+                        # "12", "three"
                 (?P<unit>{alternation(list(words["durations"]))})  # "months"
               | (?P<one>{one}) )                                  # "week"
             \s+(?:{alternation(words["as_of"])})\s+                # "to"
             (?:{alternation(words["before_day"])}\s+)?$           # "the" """,
        re.VERBOSE,
    )


@cache
def _part_of_before(lexicon: Lexicon) -> re.Pattern[str]:
    """The words of a part of a time, right before its duration's noun: "the start of the ",
    "half of the ", "début de l'"."""
    words = [*lexicon.data["dates"]["beginning_of"], *lexicon.data["dates"]["of"]]
    return re.compile(
        rf"""(?<!\w)(?:{alternation(words)})   # "start of", "début"
             (?:\s+\w{{1,4}}['’]?){{0,2}}\s*$   # "the", "de l'" """,
        re.VERBOSE,
    )


PART_OF_REACH = 30
"""Characters before a duration's noun within which the words of a part of it stand."""


def _stretch_back(text: str, start: int, lexicon: Lexicon) -> dict[str, int]:
    """How far back from a last day its count runs, when a stretch ends there ("in the 12
    months to 31 January": 12 months, "the week to 10 March": 7 days); empty when none does."""
    found = _stretch_before_end(lexicon).search(text, max(0, start - 60), start)
    if found is None:
        return {}
    if found["one"]:
        if _part_of_before(lexicon).search(
            text, max(0, found.start() - PART_OF_REACH), found.start()
        ):
            return {}  # "from the start of the year to 30 June", "the first half of the year to"
        ones = {k.lower(): v for k, v in lexicon.data["dates"]["one_durations"].items()}
        count, days = 1, ones.get(found["one"].lower())
    else:
        units = {k.lower(): v for k, v in lexicon.data["numbers"]["units"].items()}
        durations = {k.lower(): v for k, v in lexicon.data["dates"]["durations"].items()}
        n = found["n"].lower()
        count = int(n) if n.isdigit() else units.get(n)
        days = durations.get(found["unit"].lower())
    if not count or not days:
        return {}
    if days in (MONTH_DAYS, YEAR_DAYS):
        return {"months_back": count * (12 if days == YEAR_DAYS else 1), "back_at": found.start()}
    return {"days_back": count * days, "back_at": found.start()}


@cache
def _beginning(lexicon: Lexicon) -> re.Pattern[str]:
    """The words of "the beginning of" a month or year, at a date phrase's start."""
    return re.compile(alternation(lexicon.data["dates"]["beginning_of"]))


@cache
def _change_before(lexicon: Lexicon) -> re.Pattern[str]:
    """A change right before a start word: its "from" sets a month against another."""
    return re.compile(rf"(?<!\w){alternation(lexicon.words('dates', 'changes_from'))}\s+$")


@cache
def _range_gap(lexicon: Lexicon, *, ending: bool) -> re.Pattern[str]:
    """The gap from a range's first day to its last, by a word that joins a range, a time in
    brackets before it ("24 February 2022 (4 a.m.) to"); with `ending`, only by one that also ends
    a count ("to", "bis", "au"), not "a" in "de 24 de fevereiro a 31 de agosto"."""
    words = lexicon.data["dates"]
    joiners = [w for w in words["range_joiners"] if not ending or w in words["as_of"]]
    return re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?{alternation(joiners)}\s+")


@cache
def _since_after(lexicon: Lexicon) -> re.Pattern[str] | None:
    """Words right after a date that count from it ("in 2009 and has since recorded")."""
    words = lexicon.data["dates"]["since_after"]
    return re.compile(rf",?\s+{alternation(words)}(?!\w)") if words else None


@cache
def _as_of_marker(lexicon: Lexicon) -> re.Pattern[str]:
    """A cut-off word right before a date ("hasta el"), but for one that also closes a
    since-clause ("desde o início da invasão, em 2022")."""
    dates = lexicon.data["dates"]
    closing = {w.lower() for w in dates["since_clause_end"]}
    as_of = alternation([w for w in dates["as_of"] if w.lower() not in closing])
    before_day = alternation(dates["before_day"])
    return re.compile(rf"(?:(?<=\W)|^){as_of}:?\s+(?:{before_day}\s+)?$")


@cache
def _between_before(lexicon: Lexicon) -> re.Pattern[str]:
    """A "between" word: a start stands before it, dated or not."""
    return re.compile(rf"(?<!\w){alternation(lexicon.data['dates']['between'])}(?!\w)")


def _ordinal_value(words: str, lexicon: Lexicon) -> int:
    """The value of an ordinal in words: "thirty-third" is 33."""
    dates, tens = lexicon.data["dates"], lexicon.data["numbers"]["tens"]
    *ten, last = re.split(r"[-\s]+", words.lower())
    ordinals = {k.lower(): v for k, v in (dates["ordinal_units"] | dates["ordinal_tens"]).items()}
    return sum(v for k, v in tens.items() if ten and k.lower() == ten[0]) + ordinals[last]


def _mention(
    kind: str, found: re.Match[str], lexicon: Lexicon, *, month_first: bool = False
) -> DateMention | None:
    months = lexicon.data["months"]
    groups = found.groupdict()
    month = months.get(groups.get("m") or "")
    found_year = groups.get("y") or groups.get("y2") or groups.get("y3") or groups.get("yp")
    year = int(found_year) if found_year else None
    if groups.get("yy"):  # "24/2/22": two digits of a year of this century
        year = CENTURY + int(groups["yy"])
    base = {"kind": kind, "text": found.group(), "start": found.start(), "end": found.end()}
    number = lambda key: int(re.match(r"\d+", groups[key])[0])  # noqa: E731
    if kind == "month_span":
        first_month = months.get(groups["m1"])
        if first_month is None or month is None or (first_month, groups.get("y1")) == (month, None):
            return None
        first_year = int(groups["y1"]) if groups.get("y1") else None
        return DateMention(
            **base | {"kind": "months"},
            month=month,
            year=year,
            first_month=first_month,
            first_year=first_year,
        )
    if kind == "part_of_year":
        parts = _parts_of_year(lexicon)
        first_month, last_month = parts[" ".join(groups["part"].lower().split())]
        return DateMention(
            **base | {"kind": "months"}, month=last_month, year=year, first_month=first_month
        )
    if kind in ("range_dm", "range_md"):
        first, last = number("d1"), number("d2")
        if not 1 <= first < last <= 31:
            return None
        return DateMention(
            **base | {"kind": "range"}, month=month, day=first, last_day=last, year=year
        )
    if kind == "first_months":
        n = groups["n"] or groups["n2"]
        units = {k.lower(): v for k, v in lexicon.data["numbers"]["units"].items()}
        last_month = int(n) if n.isdigit() else units.get(n.lower())
        if last_month is None or not 1 < last_month < MONTHS_IN_YEAR:
            return None
        return DateMention(**base | {"kind": "months"}, month=last_month, year=year, first_month=1)
    if kind == "first_days":
        n = groups["n"]
        count = int(n) if n.isdigit() else lexicon.data["numbers"]["units"].get(n.lower())
        return DateMention(**base, month=month, day=1, last_day=count, year=year)
    if kind in ("numeric_day", "iso_day"):
        day, month_number = int(groups["d"]), int(groups["mm"])
        if kind == "numeric_day" and (month_first or month_number > MONTHS_IN_YEAR >= day):
            day, month_number = month_number, day  # "2/24/2022": the day is second
        if not (1 <= day <= 31 and 1 <= month_number <= 12):
            return None
        return DateMention(**base | {"kind": "day"}, month=month_number, day=day, year=year)
    if kind in ("day_month", "month_day"):
        day = number("d")
        return (
            DateMention(**base | {"kind": "day"}, month=month, day=day, year=year)
            if 1 <= day <= 31
            else None
        )
    if kind == "month":
        return DateMention(**base, month=month, year=year, last_year=bool(groups.get("last")))
    if kind == "year":
        if groups.get("fz"):  # "in early 2025": the year, its vague word before it
            base |= {"text": groups["y"], "start": found.start("y")}
        return DateMention(**base, year=year)
    if kind == "relative_period":  # placed later, against publication or the sentence's month
        which = next(key for key in RELATIVE_PERIODS if groups.get(key))
        return DateMention(**base | {"kind": which})
    if kind == "end_of_year":
        return DateMention(**base | {"kind": "day"}, month=12, day=31, year=year)
    if kind == "beginning_of_year":
        return DateMention(**base | {"kind": "day"}, month=1, day=1, year=year)
    if kind in ("end_of_month", "beginning_of_month"):
        return DateMention(**base, month=month, year=year)
    if kind == "day_of_war":
        count = groups["n"]
        return DateMention(
            **base,
            count=int(count.replace(",", "")) if count else _ordinal_value(groups["nw"], lexicon),
        )
    if kind == "weekday":
        names = [w.lower() for w in lexicon.data["dates"]["weekdays"]]
        return DateMention(**base, count=names.index(groups["wd"].lower()))
    rel = groups["rel"].lower()
    words = lexicon.data["dates"]
    offset = 0 if rel in {w.lower() for w in words["today"]} else 1
    return DateMention(**base, count=offset)


WAR_WORD_REACH = 80
"""Characters around a war's age where the war is named ("the war ... more than a year ago")."""
MONTHS_WAR_REACH = 30
"""Characters after a number of months where the war is named ("ten months of the war")."""
WAR_AGE_LIMIT = 30
"""The most years a war's age is read as ("a third anniversary", not "100 years of")."""
DASH_BETWEEN = re.compile(r"\s*[-–—]\s*")
"""The dash between the two dates of a range ("24 Feb-9 May 2022")."""
FUZZY_REACH = 40
"""Characters before a date where its vague word stands ("the middle of ")."""
FUZZY_KINDS = ("month", "months", "year")
"""Kinds of date a vague word before them ("late August", "early 2023") leaves without bounds."""


@cache
def _fuzzy_before(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A vague word right before a date: "late", "mid-" (None when the language lists none)."""
    words = lexicon.data["dates"].get("fuzzy") or []
    if not words:
        return None
    return re.compile(
        rf"""
        (?:(?<=\W)|^) {alternation(words)}    # "late", "mid-"
        (?:\s+|(?<=-))                        # then a space, or nothing after a hyphen
        $
        """,
        re.VERBOSE,
    )


def _is_fuzzy(text: str, mention: DateMention, lexicon: Lexicon) -> bool:
    vague = _fuzzy_before(lexicon)
    if vague is None or mention.kind not in FUZZY_KINDS:
        return False
    return vague.search(text, max(0, mention.start - FUZZY_REACH), mention.start) is not None


@cache
def _hints(lexicon: Lexicon) -> dict[str, re.Pattern[str]]:
    """Cheap tests that a sentence could hold a date of a kind: most hold none, and are spared
    that kind's pattern. Each finds a part that every match of the kind holds: a part of a year
    ends in one of a few words ("half", "quarter", "Q3"); a numeric date has a slash or dot
    (and a space) between digits; a day, a year, "the end of", "the first" or "day of the war"
    are written as such."""
    words = lexicon.data["dates"]
    last_words = {p.split()[-1] for p in words["parts_of_year"]}
    digit = re.compile(r"\d")
    return {
        "part_of_year": re.compile(alternation(sorted(last_words))),
        "numeric_day": re.compile(r"\d(?:/|\.\x20?)\d"),
        "iso_day": re.compile(r"\d-[01]\d-"),
        "year": re.compile(YEAR),
        "day_of_war": re.compile(alternation(words["day_of_war"])),
        "first_days": re.compile(alternation(words["first_days"])),
        "first_months": re.compile(alternation(words["month_nouns"])),
        "end_of_month": re.compile(alternation(words["end_of"])),
        "end_of_year": re.compile(alternation(words["end_of"])),
        "beginning_of_month": re.compile(alternation(words["beginning_of"])),
        "beginning_of_year": re.compile(alternation(words["beginning_of"])),
        **dict.fromkeys(("range_dm", "range_md", "day_month", "month_day"), digit),
    }


@cache
def _since_words(lexicon: Lexicon, *, with_from: bool = True) -> re.Pattern[str]:
    """The words of a since-clause ("since", "desde"), and with `with_from` of a range ("from")."""
    words = lexicon.data["dates"]
    found = words["since_clause"] + (words["from"] if with_from else [])
    return re.compile(rf"(?<!\w){alternation(found)}(?!\w)")


def since_clause_before(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a "since" opens the words before a position, no number between ("since the
    escalation of hostilities at the end of April"; not "з них 174 – у червні")."""
    since = _since_words(lexicon, with_from=False)
    found = list(since.finditer(text, max(0, at - SINCE_REACH), at))
    return bool(found) and not any(c.isdigit() for c in text[found[-1].end() : at])


def _opens_since(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a "since" or "from" stands in the words before a position ("since Russia's
    invasion began on Thursday")."""
    return _since_words(lexicon).search(text, max(0, at - SINCE_REACH), at) is not None


def _weekday_bounds(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a day of the week at a position bounds a count: a "since" or "between" before it
    opens one, a cut-off word right before it ends one ("through midnight on Sunday"; not "gave
    the update on Wednesday")."""
    return _opens_since(text, at, lexicon) or cut_off_before(text, at, lexicon)


def cut_off_before(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a word that only ends a count stands right before a position ("as of February
    2024", "through midnight on Sunday")."""
    cut_off = _cut_off(lexicon)
    return cut_off is not None and cut_off.search(text, max(0, at - SINCE_REACH), at) is not None


@cache
def _cut_off(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A word that only ends a count, right before a date, a time of day between them."""
    words = lexicon.data["dates"]
    if not words["cut_offs"]:
        return None
    return re.compile(
        rf"""(?<!\w){alternation(words["cut_offs"])}\s+   # "through"
             (?:{alternation(words["time_of_day"])}\s+)?        # "midnight"
             (?:{alternation(words["before_day"])}\s+)?$        # "on"
        """,
        re.VERBOSE,
    )


def crossed_before(text: str, at: int, lexicon: Lexicon, *, end: int | None = None) -> bool:
    """Whether a month at `at` (ending at `end`) is when a running total crossed a mark ("the
    toll passed 12,000 in November", "počet zabitých v listopadu přesáhl 12 000"), or a total
    reached its count ("the total number of civilians killed rose to 10,000 in November"; not
    "the number killed rose to 219 in July", July's): no month's count, the total's."""
    return (
        _after_its_noun(text, at, _crossed(lexicon))
        or _after_its_noun(text, at, _linked_total(lexicon))
        or (end is not None and _crossing_after(text, at, end, lexicon))
    )


def _crossing_after(text: str, at: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a verb of crossing and its count follow a month right after it, a running total's
    noun before it ("počet zabitých civilistů v listopadu přesáhl 12 000")."""
    verb, noun = _crossing_next(lexicon), _crossed(lexicon)[1]
    if verb is None or noun is None or not verb.match(text, end):
        return False
    return noun.search(text, max(0, at - CROSSING_REACH), at) is not None


@cache
def _crossing_next(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A verb of crossing and its count right after a month (None when the language lists
    none)."""
    verbs = lexicon.data["dates"]["crossing_verbs"]
    if not verbs:
        return None
    return re.compile(
        rf"""\s+{alternation(verbs)}\s+                 # " přesáhl"
             (?:[^\W\d]+\s+){{0,2}}?\d                    # "12 000", "the 12,000" """,
        re.VERBOSE,
    )


def _after_its_noun(
    text: str, at: int, patterns: tuple[re.Pattern[str] | None, re.Pattern[str] | None]
) -> bool:
    """Whether a verb's pattern ends right before `at`, its noun's pattern standing before it."""
    verb, noun = patterns
    if verb is None or noun is None:
        return False
    found = verb.search(text, max(0, at - CROSSING_REACH), at)
    if found is None:
        return False
    return noun.search(text, max(0, found.start() - CROSSING_REACH), found.start()) is not None


@cache
def _linked_total(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A linking verb, its count and a preposition right before a month; and the noun of a
    total that must stand before the verb."""
    nouns, linking = lexicon.data["dates"]["total_nouns"], lexicon.data["outcomes"]["linking_verbs"]
    if not nouns or not linking:
        return None, None
    linked = re.compile(
        rf"""(?<!\w){alternation(linking)}\s+            # "rose to"
             (?:[^\W\d]+\s+){{0,2}}?                      # "more than"
             \d[\d\s.,'’]*(?:[^\W\d]{{1,4}}\s+)?$          # "10,000 in" """,
        re.VERBOSE,
    )
    return linked, re.compile(rf"(?<!\w){alternation(nouns)}(?!\w)")


@cache
def _crossed(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A verb of crossing a mark (or a linking verb and the mark's word: "reached the 10,000
    mark"), its count, and a preposition, right before a month; and the noun of a running total
    that must stand before the verb."""
    words = lexicon.data["dates"]
    if not words["crossing_verbs"] or not words["running_total_nouns"]:
        return None, None
    outcomes, the = lexicon.data["outcomes"], lexicon.pattern("grammar", "the")
    linking, mark = alternation(outcomes["linking_verbs"]), alternation(outcomes["mark_nouns"])
    crossed = re.compile(
        rf"""(?<!\w)
             (?: {alternation(words["crossing_verbs"])}\s+      # "passed"
                 (?:[^\W\d]+\s+){{0,2}}?                      # "the", "more than"
                 \d[\d\s.,'’]*(?:[^\W\d]+\s+)?              # "12,000", "12,000 mark"
               | {linking}\s+(?:{the}\s+)?(?:[^\W\d]+\s+)?{mark}  # "reached the milestone of
                 \s+\d[\d\s.,'’]*                                 # 10,000"
               | {linking}\s+{the}\s+\d[\d\s.,'’]*{mark}\s+ )     # "reached the 10,000 mark"
             (?:[^\W\d]{{1,4}}\s+)?$                           # "in" """,
        re.VERBOSE,
    )
    return crossed, re.compile(rf"(?<!\w){alternation(words['running_total_nouns'])}(?!\w)")


def totalled_on_before(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a day at `at` is when a running total stood at its count ("the death toll stood
    at 9,614 on 10 September", "the number killed reached 10,000 on 19 November"): the
    total's cut-off, not a day's count."""
    return _after_its_noun(text, at, _totalled_on(lexicon))


@cache
def _totalled_on(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A linking verb, its count and the preposition of a day, right before the day; and the
    noun of a running total, or a subject of the killed or injured, before the verb."""
    words, outcomes = lexicon.data["dates"], lexicon.data["outcomes"]
    subjects = [
        *words["running_total_nouns"],
        *outcomes["subjects_killed"],
        *outcomes["subjects_injured"],
        *outcomes["subjects_total"],
    ]
    if not words["day_of_total"] or not outcomes["linking_verbs"] or not subjects:
        return None, None
    linked = re.compile(
        rf"""(?<!\w){alternation(outcomes["linking_verbs"])}\s+   # "stood at"
             (?:[^\W\d]+\s+){{0,2}}?                         # "more than"
             \d[\d\s.,'’]*                                   # "9,614"
             {alternation(words["day_of_total"])}\s+$          # "on" """,
        re.VERBOSE,
    )
    return linked, re.compile(rf"(?<!\w){alternation(subjects)}(?!\w)", re.IGNORECASE)


def end_of_before(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether the words of a stretch's end stand right before a position ("by the end of last
    month": the last day of that month)."""
    return _end_of(lexicon).search(text, max(0, at - SINCE_REACH), at) is not None


@cache
def _end_of(lexicon: Lexicon) -> re.Pattern[str]:
    """The words of a stretch's end ("the end of"), right before where a search stops."""
    return re.compile(rf"(?<!\w){alternation(lexicon.data['dates']['end_of'])}\s+$")


CROSSING_REACH = 80
"""Characters before a month where the verb of crossing a mark, and before that verb where the
noun of a running total, may stand."""


SINCE_REACH = 100
"""Characters before a date where the "since" of its clause, or a cut-off word, may stand."""


def find_dates(text: str, lexicon: Lexicon) -> list[DateMention]:
    """Every date phrase of a sentence, in order, each with its role."""
    taken: list[DateMention] = []
    # Most sentences name no month: that spares them the patterns that need one.
    patterns = (
        _patterns(lexicon) if names_month(text, lexicon) else _patterns_without_month(lexicon)
    )
    hints = _hints(lexicon)
    for kind, pattern in patterns:
        if kind in hints and not hints[kind].search(text):
            continue
        matches = list(pattern.finditer(text))
        month_first = kind == "numeric_day" and _month_first(matches)
        for found in matches:
            if any(found.start() < d.end and d.start < found.end() for d in taken):
                continue
            if kind == "weekday" and not _weekday_bounds(text, found.start(), lexicon):
                continue  # "on Thursday" of a statement: only a count's first or last day is read
            mention = _mention(kind, found, lexicon, month_first=month_first)
            if mention:
                taken.append(mention)
    taken.sort(key=lambda d: d.start)
    out, open_between = [], False
    for mention in taken:
        # a year's role word stands before its own "in": "since the invasion in 2022"; and
        # before the year itself in "since 2009, when ..."
        at = (
            mention.start + mention.text.rindex(str(mention.year))
            if mention.kind == "year"
            else mention.start
        )
        role = _role(text, at, lexicon, open_between, since_only=at > mention.start)
        dashed = bool(out) and DASH_BETWEEN.fullmatch(text, out[-1].end, mention.start) is not None
        if role is None and dashed and out[-1].role in ("start", "between"):
            role = "end"  # "between 24 Feb-9 May 2022": a dash from a start to its end
        elif (
            role is None
            and dashed
            and out[-1].role is None
            and {out[-1].kind, mention.kind} == {"day"}
        ):
            # "24 February - 10 April 2022": two days and a dash between them are a range
            out[-1], role = replace(out[-1], role="start"), "end"
        elif (
            role is None
            and out
            and out[-1].role == "start"
            and _range_gap(lexicon, ending=False).fullmatch(text, out[-1].end, mention.start)
        ):
            role = "end"  # "de 24 de fevereiro de 2022 a 31 de agosto de 2023": the range's end
        elif (
            role == "end"
            and out
            and out[-1].role is None
            and {out[-1].kind, mention.kind} == {"day"}
            and _range_gap(lexicon, ending=True).fullmatch(text, out[-1].end, mention.start)
        ):
            # "Figures cover 24 February 2022 (4 a.m.) to 4 September 2022": a day right before
            # the word that ends a range opens it
            out[-1] = replace(out[-1], role="start")
        since_after = _since_after(lexicon)
        if role is None and since_after is not None and since_after.match(text, mention.end):
            role = "start"  # "began documenting in 2009 and has since recorded 100,002"
        open_between = role == "between" or (open_between and role is None)
        # "в начале 2025 года", "at the beginning of 2025": no count starts there, a stretch
        # whose days are untold
        fuzzy = (
            _is_fuzzy(text, mention, lexicon)
            or (role is None and mention.kind == "day" and _beginning(lexicon).match(mention.text))
            # "by the beginning of February": no day a running total stood on
            or (role == "end" and mention.kind in ("beginning_of_month", "beginning_of_year"))
            or _joined_to_a_bare_year(text, mention, lexicon)
        )
        if (
            fuzzy
            and out
            and out[-1].kind in FUZZY_KINDS
            and _joined(text, out[-1], mention, lexicon)
        ):
            # "in December and the first half of January": together, a stretch no month bounds
            out[-1] = replace(out[-1], fuzzy=True)
        if mention.kind == "weekday" and role not in ("start", "between", "end"):
            continue  # "the UN said on Tuesday": the day of a statement, not of the figures
        back = _stretch_back(text, mention.start, lexicon) if role == "end" else {}
        out.append(replace(mention, role=role, fuzzy=fuzzy, **back))
    return _unpaired_starts_dropped(text, out, lexicon)


def _month_first(numeric: list[re.Match[str]]) -> bool:
    """Whether a sentence writes its numeric dates month first: one of them has a day where the
    month would stand ("from 2/24/2022 to 4/3/2022"), and none a month where the day would."""
    pairs = [(int(found["d"]), int(found["mm"])) for found in numeric]
    return any(b > MONTHS_IN_YEAR >= a for a, b in pairs) and not any(
        a > MONTHS_IN_YEAR >= b for a, b in pairs
    )


@cache
def _joiner_before_vague(lexicon: Lexicon) -> re.Pattern[str] | None:
    """What stands between a date and a vague one it is joined to: " and the first half of"."""
    words = lexicon.data["dates"]
    if not words.get("fuzzy") or not words.get("range_joiners"):
        return None
    return re.compile(
        rf"\s*(?:{alternation(words['range_joiners'])})\s+(?:{alternation(words['fuzzy'])})\s*"
    )


def _joined_to_a_bare_year(text: str, date: DateMention, lexicon: Lexicon) -> bool:
    """Whether a month or year is joined to a year that no date phrase reads ("in 2019 and 2020",
    "between October 2019 and 2020", "in den Jahren 2023 und 2024"): a stretch whose bounds the
    text does not give."""
    if date.kind not in FUZZY_KINDS:
        return False
    after, before = _bare_year_joined(lexicon)
    return (
        after.match(text, date.end) is not None
        or before.search(text, max(0, date.start - BARE_YEAR_REACH), date.start) is not None
    )


BARE_YEAR_REACH = 12
"""Characters before a year within which a year joined to it stands ("2023 und ")."""


@cache
def _bare_year_joined(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A joiner and a year right after a date, and a year and a joiner right before one."""
    words = lexicon.data["dates"].get("range_joiners") or []
    joiner = alternation([*words, *lexicon.words("grammar", "and")])
    after = re.compile(
        rf"""\.?\s*(?:{joiner})\s+          # " and", ". i"
             {YEAR}(?![\d.,]?\d)             # "2020", no count's digits after""",
        re.VERBOSE,
    )
    before = re.compile(rf"(?<![\d.,]){YEAR}\.?\s+(?:{joiner})\s+$")
    return after, before


def _joined(text: str, date: DateMention, vague: DateMention, lexicon: Lexicon) -> bool:
    joiner = _joiner_before_vague(lexicon)
    return joiner is not None and joiner.fullmatch(text, date.end, vague.start) is not None


@cache
def _starts_meaning_of(lexicon: Lexicon) -> frozenset[str]:
    """The start words that also mean "of" ("del")."""
    words = lexicon.data["dates"]
    of = [*words["of"], *lexicon.data["grammar"]["of"]]
    return frozenset({w.lower() for w in words["from"]} & {w.lower() for w in of})


def _unpaired_starts_dropped(
    text: str, found: list[DateMention], lexicon: Lexicon
) -> list[DateMention]:
    """A start whose word also means "of" ("del 3 de abril": "from" in "del 1 al 31 de marzo",
    "of" in "su recuento del 3 de abril") is a start only when an end follows it, or when a
    since-clause holds it ("desde a invasão de fevereiro de 2022")."""
    both = _starts_meaning_of(lexicon)
    if not both:
        return found
    out = list(found)
    for i, d in enumerate(found):
        if d.role != "start" or any(e.role == "end" for e in found[i + 1 :]):
            continue
        before = text[max(0, d.start - 20) : d.start].split()
        marker = _marker(lexicon).search(text[max(0, d.start - 120) : d.start])
        if marker is not None and marker["since"]:
            continue  # "desde a invasão russa de fevereiro de 2022": "since", then "of"
        if before and before[-1].lower() in both:
            out[i] = replace(d, role=None)
    return out


@cache
def _war_age(lexicon: Lexicon) -> re.Pattern[str] | None:
    """How long the war has lasted: "the second anniversary", "three years into", "ten months
    of war"."""
    words = lexicon.data["dates"]
    anniversary, years_into = words.get("anniversary") or [], words.get("years_into") or []
    a_year, months_into = words.get("a_year_into") or [], words.get("months_into") or []
    if not (anniversary or years_into or a_year or months_into):
        return None
    ordinals = alternation(list(words["ordinal_units"]))
    units = alternation(list(lexicon.data["numbers"]["units"]))
    parts = []
    if anniversary:
        parts.append(rf"(?P<ordinal>{ordinals})\s+{alternation(anniversary)}")
    if years_into:
        parts.append(rf"(?P<n>\d{{1,2}}|{units})\s+{alternation(years_into)}")
    if a_year:
        parts.append(rf"(?P<one>{alternation(a_year)})")
    if months_into:
        parts.append(rf"(?P<months>\d{{1,2}}|{units})\s+{alternation(months_into)}")
    # "three years of age" is a child's, not the war's
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)(?!\s+age\b)")


@cache
def _war_age_hint(lexicon: Lexicon) -> re.Pattern[str]:
    """The last word every war's age ends with ("anniversary", "ago", "into"): most texts hold
    none, and are spared the full pattern."""
    words = lexicon.data["dates"]
    phrases = [
        *words.get("anniversary", []),
        *words.get("years_into", []),
        *words.get("a_year_into", []),
        *words.get("months_into", []),
    ]
    return re.compile(alternation(sorted({p.split()[-1] for p in phrases})))


@cache
def _war_words(lexicon: Lexicon) -> re.Pattern[str] | None:
    words = [
        *(lexicon.data["dates"].get("cumulative_since") or []),
        *(lexicon.data["dates"].get("war_nouns") or []),
    ]
    return re.compile(rf"(?<!\w){alternation(words)}(?!\w)") if words else None


@dataclass(frozen=True)
class WarAge:
    """What a text without a publication date says of the war's age: the years it names ("the
    second anniversary"), and the last day it can have been written ("ten months of war":
    before the eleventh month ended)."""

    years: tuple[int, ...] = ()
    written_by: dt.date | None = None


def war_age(text: str, lexicon: Lexicon, count_start: dt.date) -> WarAge:
    """The war's age a text names ("on the second anniversary of the invasion": the count's
    first year plus two; "in ten months of war": written by the end of the eleventh month)."""
    pattern = _war_age(lexicon)
    if pattern is None or not _war_age_hint(lexicon).search(text):
        return WarAge()
    war = _war_words(lexicon)
    years, bounds = [], []
    for found in pattern.finditer(text):
        if found["months"] if "months" in found.groupdict() else None:
            # "ten months of war", not "the first six months of 2024 ... the war"
            if war is None or not war.search(text, found.end(), found.end() + MONTHS_WAR_REACH):
                continue
            months = _count_value(found["months"], lexicon)
            if 0 < months <= 12 * WAR_AGE_LIMIT:
                bounds.append(_months_after(count_start, months + 1))
                years.append(_months_after(count_start, months).year)
            continue
        near = (max(0, found.start() - WAR_WORD_REACH), found.end() + WAR_WORD_REACH)
        if war is None or not war.search(text, *near):
            continue  # "a year ago" alone is a year before the text, not the war's age
        age = _age_in_years(found, lexicon)
        if 0 < age <= WAR_AGE_LIMIT:
            years.append(count_start.year + age)
    return WarAge(tuple(years), min(bounds) if bounds else None)


def _count_value(written: str, lexicon: Lexicon) -> int:
    units = {k.lower(): v for k, v in lexicon.data["numbers"]["units"].items()}
    return int(written) if written.isdigit() else units[written.lower()]


def _age_in_years(found: re.Match[str], lexicon: Lexicon) -> int:
    if found["one"] if "one" in found.groupdict() else None:
        return 1
    if found["ordinal"] if "ordinal" in found.groupdict() else None:
        ordinals = {k.lower(): v for k, v in lexicon.data["dates"]["ordinal_units"].items()}
        return ordinals[found["ordinal"].lower()]
    return _count_value(found["n"], lexicon)


def _months_after(day: dt.date, months: int) -> dt.date:
    """The day `months` months after `day` (the month's last day where it has fewer days)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return min(dt.date(year, month, 1) + dt.timedelta(days=day.day - 1), month_end(year, month))
