"""Counts in context -> reports: frames (scope and dates), areas, earlier values, merging. Pure."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache

from casualties.parse.comparisons import (
    ChangePair,
    change_pairs,
    compared_period,
    same_months_named,
    same_period_starts,
)
from casualties.parse.context import UNKNOWN_AREA, AreaReader, SourceReader, area_name
from casualties.parse.dates import (
    RELATIVE_PERIODS,
    DateMention,
    WarAge,
    YearContext,
    crossed_before,
    cut_off_before,
    distinctive_start,
    end_of_before,
    find_dates,
    month_end,
    names_month,
    resolve_day,
    since_clause_before,
    totalled_on_before,
    war_age,
)
from casualties.parse.lexicon import Conflict, Lexicon, alternation
from casualties.parse.mentions import (
    RELATIVE_REACH,
    SUBPERIOD_REACH,
    Grammar,
    Mention,
    and_joined,
    at_other_date,
    coordinated,
    grammar_for,
    label_numbers,
    outcome_of,
    parenthesis_around,
    with_asides_bracketed,
)
from casualties.parse.numbers import NumberToken, find_numbers
from casualties.parse.prefilter import has_outcome_stem
from casualties.parse.profile import conflict_names, monitoring_body
from casualties.parse.sentences import Sentence, split_sentences
from casualties.report import Dropped, Evidence, Report
from casualties.vocabulary import COUNT_FIELDS, TOTAL, count_field

__all__ = ["Reading", "assemble_reading", "assemble_reports"]

# Values written as a round lower or upper bound ("more than 12,300") that restate an exact
# figure of the same document within this share are the same figure, rounded.
ROUNDING_TOLERANCE = 0.05
# "More than 1,000" restates an exact 1,095: a bound that names its side covers this much more.
BOUND_TOLERANCE = 0.1
ABOVE_QUALIFIERS = ("more_than",)
BELOW_QUALIFIERS = ("nearly", "less_than", "at_most")
LOWER_BOUNDS = ("at_least",)
PARENTHESIS = re.compile(r"\([^()]*\)")  # a bracketed aside, no brackets inside
DIGIT = re.compile(r"\d")
EXACT_QUALIFIERS = (None, "at_least")
"""A count "at least" N is the monitor's recorded minimum, exact; the others bound or estimate."""
YEAR_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year as a text writes it
WHOLE_COUNT = 0.8
"""A recent stretch ("over the past ten months") this share as long as the conflict's count
so far is the count since its start."""
SHORTER_THAN_ANY_COUNT = 31
"""Days of a recent stretch ("in the last week") that no conflict's count is as short as."""
BARE_IN_PARENTHESES = re.compile(r"[^\w,.]\((?=[\d.,\s]+\))")  # "Nangarhar (1,494)"
CREDIT_REACH = 2
"""Sentences after a count where one that credits what came before to a source may stand."""
WEAPON_REACH = 60
"""Characters before a sentence's first count where a weapon or cause makes its counts a part
("Shelling accounted for most casualties (six killed ...)"); one named further back is in
another clause ("Air strikes were the leading cause, it said, adding that 8,749 ...")."""
DAY_OPENER_REACH = 12
"""Characters before a day that opens a sentence ("On the 2 March")."""
PERIOD_KINDS = ("month", "months", "range", "first_days", "beginning_of_month", "year")


@dataclass(frozen=True, slots=True)
class Frame:
    """What a count covers: cumulative or a period, its first and last day."""

    scope: str = "cumulative"
    period_start: dt.date | None = None
    as_of: dt.date | None = None
    open_end: bool = False  # "since the beginning of May": to the document's cut-off
    evidence: tuple[tuple[str, DateMention, int], ...] = ()


@dataclass(frozen=True, order=True, slots=True)
class Strength:
    """How strongly a reading of a value is evidenced; a clash keeps the stronger reading.
    Compared field by field, in this order."""

    exact: bool  # a count as stated, not a round bound or estimate ("more than 3,000")
    body: bool  # read in the body, not in a headline
    whole: bool  # everyone's count, not the share of who did it ("305 killed by the army")
    civilian: bool  # a count of civilians by name ("564 civilians"), not of people or Iraqis
    dated: bool  # its sentence names its own date, or the count's own period
    named: bool  # its sentence names the monitoring body

    def reason_over(self, weaker: Strength) -> str:
        """Why this reading beat `weaker`: the first way it is stronger."""
        for name, why in STRENGTH_REASONS.items():
            if getattr(self, name) and not getattr(weaker, name):
                return why
        return "as strong as another reading of the same field"


STRENGTH_REASONS = {
    "exact": "another reading states the exact count, this one a round bound or estimate",
    "body": "another reading is in the body, this one in a headline",
    "whole": "another reading counts everyone, this one the share of who did it",
    "civilian": "another reading counts civilians by name, this one a wider group",
    "dated": "another reading is in a sentence that names its own date",
    "named": "another reading is in a sentence that names the monitoring body",
}
TIE = "two readings of the field, as strongly evidenced, disagree: both left out"
CIVILIAN_REASON = STRENGTH_REASONS["civilian"]
# the readings a stronger one beat, which come back when that one proves of a wider group
RESTORABLE = frozenset(STRENGTH_REASONS.values()) - {CIVILIAN_REASON}
WIDER_GROUP = (
    "read beside a count of a wider group than civilians, which civilians by name replaced"
)
GROUP_REACH = 40
"""Characters after a count where the group it counts is named ("1,792 Iraqis")."""
WHOLE_FIELDS = ("killed", "injured", "total")  # the counts of everyone, no group's part


@dataclass
class Builder:
    """A report being filled: values by field, their evidence and strength, where it was first
    seen, and the readings left out (a clash keeps the reading with the strongest evidence)."""

    frame: Frame
    area: str | None
    prior: bool
    first: int
    values: dict[str, int] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    strength: dict[str, Strength] = field(default_factory=dict)
    clashes: set[str] = field(default_factory=set)
    dropped: list[Dropped] = field(default_factory=list)
    # where the count a field's value is part of stands ("107 people, including seven
    # children": seven's whole is 107)
    wholes: dict[str, int] = field(default_factory=dict)
    # an earlier value's distance back from the count it is set against ("a day earlier"),
    # while that count's day is still to be read
    prior_days: int | None = None

    def add(
        self, slot: str, value: int, evidence: Evidence, strength: Strength, *, whole: int | None
    ) -> None:
        if slot not in self.values:
            self.values[slot], self.evidence[slot], self.strength[slot] = value, evidence, strength
            self._set_whole(slot, whole)
        elif self.values[slot] != value:
            held = self.strength[slot]
            if _rounds(self.values[slot], self.evidence[slot].qualifier, value):
                # "at least 690" beside 691: the same count, rounded in the telling
                self.dropped.append(Dropped(slot, self.values[slot], self.evidence[slot], ROUNDED))
                self.values[slot], self.evidence[slot], self.strength[slot] = (
                    value,
                    evidence,
                    strength,
                )
                self._set_whole(slot, whole)
                self.clashes.discard(slot)
            elif _rounds(value, evidence.qualifier, self.values[slot]):
                self.dropped.append(Dropped(slot, value, evidence, ROUNDED))
            elif strength > held:
                self.dropped.append(
                    Dropped(
                        slot, self.values[slot], self.evidence[slot], strength.reason_over(held)
                    )
                )
                self.values[slot], self.evidence[slot], self.strength[slot] = (
                    value,
                    evidence,
                    strength,
                )
                self._set_whole(slot, whole)
                self.clashes.discard(slot)
            elif strength < held:
                self.dropped.append(Dropped(slot, value, evidence, held.reason_over(strength)))
            else:
                self.clashes.add(slot)
                self.dropped.append(Dropped(slot, value, evidence, TIE))

    def _set_whole(self, slot: str, whole: int | None) -> None:
        if whole is None:
            self.wholes.pop(slot, None)
        else:
            self.wholes[slot] = whole

    def drop(self, slot: str, reason: str) -> None:
        """Leave out the value held for a field, recording why; a clash it held goes with it."""
        self.dropped.append(Dropped(slot, self.values.pop(slot), self.evidence.pop(slot), reason))
        self.clashes.discard(slot)

    def agrees(self, slot: str, value: int, qualifier: str | None) -> bool:
        """Whether a value agrees with the one held: the same, or one the other rounded ("more
        than 1800" beside 1834)."""
        held = self.values[slot]
        return (
            held == value
            or _rounds(held, self.evidence[slot].qualifier, value)
            or _rounds(value, qualifier, held)
        )

    def compatible(self, other: Builder) -> bool:
        """Whether two reports agree on every field both hold."""
        shared = self.values.keys() & other.values.keys()
        return all(self.agrees(k, other.values[k], other.evidence[k].qualifier) for k in shared)


def _slot(group: str | None, outcome: str | None) -> str | None:
    """The count field a mention fills; None when it fills none (adults of known sex, a
    group's total: the published counts have no such field)."""
    if outcome is None or group is None or (outcome == TOTAL and group != "all"):
        return None
    field = count_field(outcome, group)
    return field if field in COUNT_FIELDS else None


CLAUSE_OPENING = re.compile(r"(?:^|[.;:]\s+|,\s+)\W*")  # where a clause's subject may stand
SHORT_VERB = re.compile(r"\s+(?:[^\W\d]+\s+){1,3}")  # "accounted for", "made up"
# ", which includes Mogadishu, accounted for": an aside between commas, then the verb
ASIDE_SHORT_VERB = re.compile(r"(?:\s+[^\W\d]+)?,[^,;:.()\d]{1,80},\s+(?:[^\W\d]+\s+){1,3}")

RECENT_YEARS = 16
"""How many years before the publication's next year a number written alone is a year of."""
MAX_YEAR = 2099  # the latest year a number may name when the publication date is unknown

# between a count and the phrase of its earlier year: " in ", " during ", " over "
SAME_PERIOD_GAP = re.compile(r"\s+(?:[^\W\d]+\s+)?")

LABEL_LINE = re.compile(r"^[^\d:;.]{1,120}:")
"""A line that opens with a label ("In Donetsk and Luhansk regions: 8,391 casualties")."""


@dataclass
class _State:
    """What carries from one sentence to the next."""

    frame: Frame | None = None
    region: str | None = None
    # the line of the last counts and their region: a sentence of the same line (a list item)
    # that names who controls a territory, and no region, goes on with the region's parts
    # ("... in Donetsk and Luhansk regions. In Government-controlled territory: ...")
    line_region: tuple[int, str | None] = (-1, None)
    # ... and so goes a label line of who controls ("On territory controlled by the Government:
    # ...") on the line right after a label line of the region: a list without its bullets
    label_line: int = -1
    breakdown_outcome: str | None = None
    # the outcome of the last sentence's count of everyone: "Of them, 673 were children."
    head_outcome: str | None = None
    # ... and the values and outcomes of the last such counts: "Of the 5,718, ..." names one
    head_counts: tuple[tuple[int | None, str], ...] = ()
    # the outcomes the text has given counts of everyone for: "the victims" are the dead
    # where it told the dead and no casualties
    told: frozenset[str] = frozenset()
    head_area: tuple[str | None, str | None] = (None, None)
    # the frame of the first such count: "1,379 killed or injured between April and June,
    # compared with 2,505 in the first quarter. Of these, 1,065 were killed." (April to June)
    head_frame: Frame | None = None
    subcount: bool = False
    prior_days: int | None = None
    prior_date: dt.date | None = None
    month_chain: tuple[int, int] | None = None
    paragraph: int = -1
    paragraph_start: int = 0  # the index of the paragraph's first sentence
    # the period a sentence without counts names ("In June, the UN recorded its highest toll
    # in three years."): the frame of the next counts of its paragraph that name none
    named_period: Frame | None = None
    # the text's first period with both its days ("between 1 January and 30 June 2021"): a new
    # paragraph goes back to it from a part of it the text set apart ("in May and June alone")
    outer_period: Frame | None = None
    part_alone: bool = False


PARTY_REACH = 80
"""Characters before a count where the party whose verb it is may stand."""
PARTY_GAP = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}")  # " has reportedly ", " "


@cache
def _parties(conflict: Conflict) -> re.Pattern[str] | None:
    """The parties to a conflict, as written in its profile."""
    if not conflict.parties:
        return None
    return re.compile(
        rf"(?<![\w-]){alternation(list(conflict.parties), case_sensitive=True)}(?![\w-])"
    )


@cache
def _agents(conflict: Conflict) -> re.Pattern[str] | None:
    """Who wields the weapons of a conflict's whole count, right before a weapon's name."""
    if not conflict.agents:
        return None
    return re.compile(rf"(?<![\w-]){alternation(list(conflict.agents))}\s+$")


RANK_REACH = 60
"""Characters before a relative year where the rank it is the scope of may stand."""


def _shift(d: DateMention, by: int) -> DateMention:
    return replace(d, start=d.start + by, end=d.end + by)


def _year_of_start(
    start: DateMention, end_date: dt.date | None, context: YearContext
) -> dt.date | None:
    if start.year:
        return _safe(start.year, start.month, start.day)
    if end_date is not None and start.month is not None:
        year = end_date.year if start.month <= end_date.month else end_date.year - 1
        candidate = _safe(year, start.month, start.day)
        if (
            candidate
            and distinctive_start(context)
            and (start.month, start.day) == (context.count_start.month, context.count_start.day)
        ):
            return context.count_start
        return candidate
    return resolve_day(start.month, start.day, context, role="start")


def _safe(year: int, month: int | None, day: int | None) -> dt.date | None:
    try:
        return dt.date(year, month or 0, day or 0)
    except (ValueError, TypeError):
        return None


def _end_date(d: DateMention, context: YearContext, start: dt.date | None) -> dt.date | None:
    if d.kind == "day":
        if d.year:
            return _safe(d.year, d.month, d.day)
        if context.published is not None:
            return resolve_day(d.month, d.day, context, role="end")
        if start is not None:
            # the document's own years (or the war's age) date it: "In August 2023, ... This
            # brings the total since 24 February 2022 to 9,614 as of 31 August"
            told = resolve_day(d.month, d.day, context, role="end")
            if told is not None and told >= start:
                return told
            candidate = _safe(start.year, d.month, d.day)
            if candidate and candidate < start:
                candidate = _safe(start.year + 1, d.month, d.day)
            return candidate
        return resolve_day(d.month, d.day, context, role="end")
    if d.kind == "end_of_month" and d.month:
        year = d.year or _latest_year(d.month, context)
        return month_end(year, d.month) if year else None
    if d.kind == "day_of_war" and d.count and context.count_start:
        return context.count_start + dt.timedelta(days=d.count - 1)
    if d.kind == "relative" and context.published is not None:
        return context.published - dt.timedelta(days=d.count or 0)
    if d.kind == "weekday":  # "through midnight on Sunday": this day, or the last one before
        return _last_weekday(d.count, context, today=True)
    return None


def _latest_year(month: int, context: YearContext, *, whole: bool = True) -> int | None:
    """The year of the latest such month that had ended (or begun, and the month of
    publication) by publication; None when that month is before the count began (no figure of
    the count can be for it)."""
    if context.published is None:
        return _document_year(month, context)
    if month == context.published.month:
        whole = False  # the month of publication: the month so far ("232 killed in June alone")
    for year in (context.published.year, context.published.year - 1):
        edge = month_end(year, month) if whole else dt.date(year, month, 1)
        if edge <= context.published:
            began = context.count_start is None or (
                dt.date(year, month, 1) >= context.count_start.replace(day=1)
            )
            return year if began else None
    return None


def _within_named(named: Frame | None, current: Frame | None) -> Frame | None:
    """The period a count-less sentence names, unless the current period lies within it:
    "between July 1 and 30 ... Distribution of the July casualties:" is still July 1 to 30."""
    if (
        named is not None
        and current is not None
        and current.scope == named.scope == "period"
        and None not in (named.period_start, named.as_of, current.period_start, current.as_of)
        and named.period_start <= current.period_start <= current.as_of <= named.as_of
    ):
        return current
    return named


def _document_year(month: int, context: YearContext) -> int | None:
    """Lacking a publication date, the document's latest year: the one its dated sentences
    speak of last. None when it names none, or when that month is before the count began."""
    latest = context.written_by
    if latest is not None:  # the latest such month begun by then
        year = latest.year if month <= latest.month else latest.year - 1
    elif context.document_years:
        year = max(context.document_years)
    else:
        return None
    began = context.count_start is None or dt.date(year, month, 1) >= context.count_start.replace(
        day=1
    )
    return year if began else None


def _holds_a_count(paren: re.Match[str], dates: list[DateMention], offset: int) -> bool:
    """Whether a parenthesis holds a number besides its dates: then its dates are an earlier
    value's ("(23,015 as of April 24)"); one that holds only dates ("(from 26 March 2015 to
    17 March 2016)") gives the sentence its period."""
    inner = list(paren.group())
    for d in dates:
        for i in range(
            max(d.start - offset - paren.start(), 0),
            min(d.end - offset - paren.start(), len(inner)),
        ):
            inner[i] = " "
    return DIGIT.search("".join(inner)) is not None


def _sentence_frame(
    dates: list[DateMention], context: YearContext, text: str, offset: int
) -> Frame | None:
    """The frame a sentence's own day-level dates give its counts, or None.

    Dates in parentheses belong to an earlier value ("(23,015 as of April 24)"), not the sentence.
    """
    parens = [
        (m.start() + offset, m.end() + offset)
        for m in PARENTHESIS.finditer(text)
        if _holds_a_count(m, dates, offset)
    ]
    dates = [d for d in dates if not any(a < d.start < b for a, b in parens)]
    starts = [
        d
        for d in dates
        if d.role in ("start", "between")
        and (
            d.kind in ("day", "end_of_month", "weekday")
            or _since_month(d, context)
            or (d.kind == "month" and d.role == "between")  # "between January and the end of"
        )
    ]
    ends = [
        d
        for d in dates
        if d.role == "end"
        and d.kind in ("day", "end_of_month", "day_of_war", "relative", "weekday")
    ]
    if not starts and not ends:
        return None
    end_mention = ends[-1] if ends else None
    end = None
    start_mention = starts[0] if starts else None
    start = None
    if start_mention is not None and start_mention.kind == "day":
        provisional_end = _end_date(end_mention, context, None) if end_mention else None
        start = _year_of_start(start_mention, provisional_end, context)
    elif start_mention is not None and start_mention.kind == "weekday":
        start = _last_weekday(start_mention.count, context)
    elif start_mention is not None and start_mention.kind == "month":  # "since January"
        provisional_end = _end_date(end_mention, context, None) if end_mention else None
        if start_mention.year:
            start = _safe(start_mention.year, start_mention.month, 1)
        elif provisional_end is not None:  # "between January and the end of March 2025"
            year = provisional_end.year - (start_mention.month > provisional_end.month)
            start = _safe(year, start_mention.month, 1)
        else:
            start = resolve_day(start_mention.month, 1, context, role="start")
    if end_mention is not None:
        end = _end_date(end_mention, context, start)
    back = start_mention is None and end_mention is not None and end is not None
    if back and (end_mention.months_back or end_mention.days_back):
        start = _stretch_start(end, months=end_mention.months_back, days=end_mention.days_back)
        at = end_mention.back_at if end_mention.back_at is not None else end_mention.start
        # "the 12 months to 31 January": the stretch and its last day give the first
        start_mention = replace(
            end_mention, start=at, text=text[at - offset : end_mention.end - offset]
        )
    if start is not None and end is not None and start > end:
        return None
    if start is None and start_mention is not None and start_mention.kind == "month":
        return Frame("period", None, end)  # "since January" of a year the text does not tell
    if (
        start is None
        and end is None
        and not (start_mention and start_mention.kind == "end_of_month")
    ):
        return None
    evidence = []
    if start is not None and start_mention is not None:
        evidence.append(("period_start", start_mention, 0))
    if end is not None and end_mention is not None:
        evidence.append(("as_of", end_mention, 0))
    if start is None or start == context.count_start:
        return Frame("cumulative", start, end, evidence=tuple(evidence))
    if (
        context.count_start is None
        and start_mention is not None
        and (start_mention.kind == "month" or (start_mention.kind == "day" and end is None))
    ):
        # "since July", "since 4 April" where each report counts on its own: the count runs
        # from that day
        return Frame("cumulative", start, end, evidence=tuple(evidence))
    return Frame("period", start, end, evidence=tuple(evidence))


def _stretch_start(end: dt.date, *, months: int | None, days: int | None) -> dt.date:
    """The first day of a stretch that ends on `end`: "the 12 months to 31 January 2024" run
    from 1 February 2023, "the 10 days to 9 May" from 30 April."""
    if days:
        return end - dt.timedelta(days=days - 1)
    after = end + dt.timedelta(days=1)
    index = after.year * 12 + after.month - 1 - (months or 0)
    return _safe(index // 12, index % 12 + 1, min(after.day, 28)) or after


def _last_weekday(
    weekday: int | None, context: YearContext, *, today: bool = False
) -> dt.date | None:
    """The last such day of the week before publication ("since Thursday", on a Saturday: two
    days before), or on it with `today` (a cut-off: "as of Monday", on a Monday); None when
    publication is unknown."""
    if weekday is None or context.published is None:
        return None
    back = (context.published.weekday() - weekday) % 7 or (0 if today else 7)
    return context.published - dt.timedelta(days=back)


def _part_since(mention: Mention, dates: list[DateMention], whole: Frame | None) -> Frame | None:
    """ "531 killed between 1 October and 31 May, 375 of them since March": a part of a period's
    count from a later start to the period's end; None when no start follows the part."""
    if whole is None or whole.scope != "period" or whole.as_of is None:
        return None
    since = next(
        (
            d
            for d in dates
            if d.role == "start"
            and d.kind in ("month", "day")
            and 0 <= d.start - mention.end <= SUBPERIOD_REACH
        ),
        None,
    )
    if since is None or since.month is None:
        return None
    end = whole.as_of
    year = since.year or (end.year if since.month <= end.month else end.year - 1)
    start = _safe(year, since.month, since.day or 1)
    if start is None or start > end or (whole.period_start and start <= whole.period_start):
        return None
    return Frame("period", start, end, evidence=(("period_start", since, 0),))


def _month_year(d: DateMention, chain: tuple[int, int] | None, context: YearContext) -> int | None:
    if d.year:
        return d.year
    if d.last_year:
        return context.published.year - 1 if context.published else None
    if chain is not None:
        best = None
        for year in (chain[0] - 1, chain[0], chain[0] + 1):
            distance = abs((year * 12 + d.month) - (chain[0] * 12 + chain[1]))
            start = dt.date(year, d.month, 1)
            if context.count_start and start < context.count_start.replace(day=1):
                continue
            if context.published and start > context.published:
                continue
            if best is None or distance < best[0]:
                best = (distance, year)
        return best[1] if best else None
    whole = d.kind in ("month", "range") and not (
        d.kind == "range" and d.last_day and d.last_day < 28
    )
    return _latest_year(d.month, context, whole=whole)


def _period_frame(d: DateMention, year: int, context: YearContext) -> Frame | None:
    if d.kind == "year":
        if context.count_start and year < context.count_start.year:
            return None  # a year before the count began: another count's figures
        # the last day only once the year is over: an unfinished year ends at no stated day
        end = dt.date(year, 12, 31)
        over = context.published is not None and end <= context.published
        evidence = (("period_start", d, 0), ("as_of", d, 0)) if over else (("period_start", d, 0),)
        return Frame("period", dt.date(year, 1, 1), end if over else None, evidence=evidence)
    if d.kind == "months":
        return _months_frame(d, year, context)
    start = _safe(year, d.month, d.day or 1)
    if start is None:
        return None
    if d.kind == "month":
        end = month_end(year, d.month)
        if context.published is not None and end > context.published:
            return Frame("period", start, None, evidence=(("period_start", d, 0),))  # not over
    elif d.kind in ("range", "first_days"):
        end = _safe(year, d.month, d.last_day)
    else:  # beginning_of_month: to the document's cut-off
        return Frame("period", start, None, open_end=True, evidence=(("period_start", d, 0),))
    if end is None:
        return None
    evidence = (("period_start", d, 0), ("as_of", d, 0))
    return Frame("period", start, end, evidence=evidence)


def _months_frame(d: DateMention, year: int, context: YearContext) -> Frame | None:
    """Whole months from first_month to month (of `year`); the first in the year before when
    it comes later in the calendar ("from November to February")."""
    first_month = d.first_month or d.month
    first_year = d.first_year or (year if first_month <= d.month else year - 1)
    start, end = dt.date(first_year, first_month, 1), month_end(year, d.month)
    if start > end or (context.count_start and end < context.count_start):
        return None
    if context.published is not None and end > context.published:
        return Frame("period", start, None, evidence=(("period_start", d, 0),))  # not over yet
    counted = context.count_start
    if counted is not None and (first_year, first_month) == (counted.year, counted.month):
        # "between March 2015 and April 2019": from the count's own first month, the count
        # since its start; its first day only where the month's first is the count's
        if start == counted:
            return Frame(
                "cumulative", start, end, evidence=(("period_start", d, 0), ("as_of", d, 0))
            )
        return Frame("cumulative", None, end, evidence=(("as_of", d, 0),))
    return Frame("period", start, end, evidence=(("period_start", d, 0), ("as_of", d, 0)))


def _names_count_start(text: str, lexicon: Lexicon, conflict: Conflict) -> bool:
    """Whether the text dates a count from the start of the conflict's count by naming its
    event ("since the coup", "since March 2015"), not its day; in a language whose press gives
    a running total as the war's, whatever it names ("жертвы войны", "убиты 9 287"), always."""
    if conflict.count_start is not None and lexicon.data["dates"]["running_totals_from_start"]:
        return True
    pattern = _count_start_pattern(lexicon, conflict)
    return pattern is not None and pattern.search(text) is not None


@cache
def _count_start_pattern(lexicon: Lexicon, conflict: Conflict) -> re.Pattern[str] | None:
    events = [*conflict.count_start_events, *lexicon.words("dates", "war_start")]
    if conflict.count_start is None or not events:
        return None
    # "since the start of the war", "between the start of the invasion and ..."
    since = alternation([*lexicon.words("dates", "since_clause"), *lexicon.words("dates", "from")])
    article = alternation(lexicon.words("dates", "since_articles"))
    # "since the start of the war", "dall'inizio della guerra" (the article elided)
    return re.compile(
        rf"(?<!\w){since}(?:\s+|(?<=['’]))(?:{article}(?:\s+|(?<=['’])))?{alternation(events)}(?![\w-])"
    )


def _compared_outcome(heads: tuple[tuple[int | None, str], ...]) -> str | None:
    """The outcome a comparison's counts ("That compares with 688 in June") share with the
    counts before: theirs if they have one, the total's if a total heads them ("896 civilian
    casualties: 183 killed and 713 injured"), else none (which one is untold)."""
    outcomes = [outcome for _, outcome in heads]
    if len(set(outcomes)) == 1:
        return outcomes[0]
    return "total" if outcomes and outcomes[0] == "total" else None


def _since_month(d: DateMention, context: YearContext) -> bool:
    """Whether a date is a month that starts a period ("since January"); the count's own first
    month ("since February 2022") names the war's start, not a period."""
    start = context.count_start
    first_month = start is not None and d.month == start.month and d.year in (None, start.year)
    return d.kind == "month" and d.role == "start" and not first_month


def _starts_at_cut_off(builder: Builder, cut_off: Frame) -> bool:
    """Whether a count since the start, of the one cut-off the text gives, takes the first day
    a sentence without counts gives with that cut-off."""
    frame = builder.frame
    return (
        frame.scope == "cumulative"
        and frame.period_start is None
        and frame.as_of in (None, cut_off.as_of)
        and not builder.prior
        and not frame.open_end
    )


@cache
def _war_target(lexicon: Lexicon, conflict: Conflict) -> re.Pattern[str] | None:
    """What follows an event's noun when it names the war ("the attack on Ukraine"): the
    lexicon's phrases with the conflict's country in them."""
    phrases = lexicon.words("weapons", "war_targets")
    if not phrases:
        return None
    named = [p.format(country=conflict.country_name) for p in phrases]
    return re.compile(rf"\s+{alternation(named)}(?!\w)")


def _spans_a_change(found: re.Match[str], sentence: Sentence, mentions: list[Mention]) -> bool:
    """Whether a recent stretch of time is how long a change took ("rose by 217 over the past
    month to 9,083"): it follows the change's amount, and the count after it is a level."""
    start = sentence.start + found.start()
    before = [m for m in mentions if m.end <= start]
    return bool(before) and before[-1].increment


def _segment_bounds(text: str, grammar: Grammar) -> list[int]:
    """Where a list of counts divides: commas, semicolons, "and", "while", "against"."""
    depth, cuts = 0, [0]
    for m in grammar.list_divider.finditer(with_asides_bracketed(text)):
        if m.group() == "(":
            depth += 1
        elif m.group() == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            cuts.append(m.start())
    return [*cuts, len(text)]


def _pair_months(
    mentions: list[Mention],
    periods: list[DateMention],
    text: str,
    offset: int,
    grammar: Grammar,
    *,
    since: list[int],
    respectively: bool,
    only_own: bool = False,
) -> dict[int, int]:
    """For each count, the index of the month (or days of a month) it is for; none for a count
    whose clause names its own start and no month ("..., bringing the total since February
    2022 to 9,369"); with `respectively`, the months in the order of the counts; with
    `only_own`, only for the counts whose clause names their month."""
    if not periods:
        return {}
    cuts = _segment_bounds(text, grammar)
    starts = [p.start - offset for p in periods]
    comparing = grammar.comparison is not None and grammar.comparison.search(text) is not None
    compared = [comparing and _compared(text, cuts, p, mentions, offset, grammar) for p in starts]
    bracketed = with_asides_bracketed(text)
    out = {}
    segments: dict[int, list[int]] = {}  # the counts of each segment, by where it starts
    own: set[int] = set()  # the counts whose month is in their own segment
    for i, m in enumerate(mentions):
        at = m.start - offset
        low = max(c for c in cuts if c <= at)
        segments.setdefault(low, []).append(i)
    alike = _alike_before(segments)
    if respectively:
        out = _respectively_paired(len(mentions), compared)
    for i, m in enumerate(mentions):
        if i in out:
            continue
        at = m.start - offset
        low = max(c for c in cuts if c <= at)
        # "574 casualties in October - 164 killed and 410 injured - up from 491 in September":
        # a count in an aside is of no month after the aside
        high = min(c for c in [*cuts, _aside_end(bracketed, at)] if c > at)
        same = [j for j, p in enumerate(starts) if low <= p < high]
        # "de 174 en mai à 219 en juin": a month right after another count, a preposition
        # between, is that count's
        mine = [j for j in same if _month_attached(text, mentions, starts[j], offset) in (None, i)]
        same = mine or same
        left = [j for j, p in enumerate(starts) if p < at and not compared[j]]
        following = _and_joined_period(text, cuts, high, starts, mentions, offset, grammar)
        parallel = None if same else _parallel_month(segments, alike, low, i, own, out)
        if not same and any(
            low <= at < high and _own_start(text, mentions, i, offset, at) for at in since
        ):
            continue  # a running total from its own start
        if same:
            # the nearest month, and one no comma sets apart first: "в декабре – 110, в ноябре";
            # as near before as after, the one after ("from 174 in May to 219 in June")
            out[i] = min(
                same,
                key=lambda j: (
                    "," in text[min(starts[j], at) : max(starts[j], at)],
                    abs(starts[j] - at),
                    starts[j] < at,
                ),
            )
            own.add(i)
        elif following is not None:
            out[i] = following
        elif parallel is not None:
            out[i] = parallel
        elif left:
            out[i] = left[-1]
        elif not _period_of_a_part(
            mentions, i, starts[0], text, offset, grammar
        ) and not _set_against_its_own_count(text, cuts, starts[0], mentions, offset, grammar):
            out[i] = 0
    return {i: j for i, j in out.items() if i in own} if only_own else out


def _set_against_its_own_count(
    text: str, cuts: list[int], at: int, mentions: list[Mention], offset: int, grammar: Grammar
) -> bool:
    """Whether the period at `at` is of a count its clause sets against the counts before
    ("10,582 had been killed, compared with 7,031 in 2022"): that count's alone."""
    if grammar.comparison is None:
        return False
    low = max(c for c in cuts if c <= at)
    high = min(c for c in cuts if c > at)
    own = [m.start - offset for m in mentions if low <= m.start - offset < high]
    return bool(own) and grammar.comparison.search(text, low, own[0]) is not None


def _month_attached(text: str, mentions: list[Mention], at: int, offset: int) -> int | None:
    """The count a month at `at` follows right after, a short preposition between ("174 en
    mai", "174 in May"), if any."""
    before = [k for k, m in enumerate(mentions) if m.end - offset <= at]
    if not before:
        return None
    k = before[-1]
    return k if ATTACHED_GAP.fullmatch(text, mentions[k].end - offset, at) else None


ATTACHED_GAP = re.compile(r"\s+(?:[^\W\d]{1,4}\s+)?")  # " in ", " en ", " w ", " "


def _respective_months(
    periods: list[DateMention], text: str, offset: int, grammar: Grammar
) -> list[DateMention]:
    """The months of "174 and 219 were killed in May and June, respectively" one by one: two
    months joined by "and" are not the stretch from one to the other there."""
    out = []
    for d in periods:
        joined = grammar.and_gap.search(text, d.start - offset, d.end - offset)
        if d.kind != "months" or d.first_month is None or joined is None:
            out.append(d)
            continue
        split = joined.start() + offset
        first_year = d.first_year if d.first_year is not None else d.year
        out.append(replace(d, kind="month", month=d.first_month, year=first_year, end=split))
        out.append(replace(d, kind="month", first_month=None, start=joined.end() + offset))
    return out


def _respectively_paired(counts: int, compared: list[bool]) -> dict[int, int]:
    """ "174 and 219 were killed in May and June, respectively": each count with the month in
    its place in the sentence's list of months, when there are as many."""
    months = [j for j, c in enumerate(compared) if not c]
    return dict(zip(range(counts), months, strict=True)) if 1 < counts == len(months) else {}


def _own_start(text: str, mentions: list[Mention], i: int, offset: int, at: int) -> bool:
    """Whether a start named at `at`, in count i's segment, is its own: after the count before
    it ("bringing the total since February 2022 to 9,369"), or after it in its clause ("9 369 le
    nombre total de morts depuis février 2022"; not "1018 zostało rannych – to najwyższa liczba
    od ...")."""
    low = mentions[i - 1].end - offset if i else 0
    start, end = mentions[i].start - offset, mentions[i].end - offset
    return low <= at < start or (end <= at and not CLAUSE_BREAK.search(text, end, at))


CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")  # a clause (or a part's aside) ends there


def _period_of_a_part(
    mentions: list[Mention], whole: int, at: int, text: str, offset: int, grammar: Grammar
) -> bool:
    """Whether the period at `at`, after the count `whole`, follows a part of it nearest: "12,000
    civilian deaths, 4,000 of them in 2022", "..., including 2,000 in 2024" date the part."""
    before = [k for k, m in enumerate(mentions) if m.start - offset < at]
    if not before or before[-1] == whole:
        return False
    part = mentions[before[-1]]
    if CLAUSE_BREAK.search(text, part.end - offset, at):
        return False  # "527 casualties, including 193 killed, in Mali during the first half"
    return part.parent == whole or (
        grammar.including_before.search(text, 0, part.start - offset) is not None
    )


def _alike_before(segments: dict[int, list[int]]) -> dict[int, int]:
    """For each segment of two counts or more, where the last one before it with as many
    counts starts (segments in the order they stand)."""
    last: dict[int, int] = {}
    out = {}
    for start, counts in segments.items():
        if len(counts) > 1:
            if len(counts) in last:
                out[start] = last[len(counts)]
            last[len(counts)] = start
    return out


def _parallel_month(
    segments: dict[int, list[int]],
    alike: dict[int, int],
    low: int,
    i: int,
    own: set[int],
    out: dict[int, int],
) -> int | None:
    """The month of the count in the same place of the last segment before that gives each of
    its counts a month of its own, as many counts as this one's ("deaths fell to 181 in August
    from 231 in July, while injuries fell to 754 from 785": 754 is August's)."""
    if low not in alike:
        return None
    earlier = segments[alike[low]]
    if not all(k in own for k in earlier):
        return None
    months = [out[k] for k in earlier]
    if len(set(months)) != len(months):
        return None
    return months[segments[low].index(i)]


def _aside_end(text: str, at: int) -> int:
    """Where the parenthesis around `at` closes; the text's end when `at` is in none."""
    around = parenthesis_around(text, at)
    return around[1] if around else len(text)


def _month_ends_as_last_days(
    dates: list[DateMention], mentions: list[Mention], sentence: Sentence, lexicon: Lexicon
) -> list[DateMention]:
    """A sentence's dates, where the end of a month no role word opens is the last day of its
    counts ("At the end of May, the UN had recorded 11,126"), but for an earlier value's own
    ("up from 11,126 at the end of May") or one in a since-clause ("since the escalation of
    hostilities at the end of April")."""
    priors = {m.prior_date.start + sentence.start for m in mentions if m.prior_date is not None}
    return [
        replace(d, role="end")
        if d.kind == "end_of_month"
        and d.role is None
        and d.start not in priors
        and not since_clause_before(sentence.text, d.start - sentence.start, lexicon)
        else d
        for d in dates
    ]


def _within(part: Frame | None, whole: Frame | None) -> bool:
    """Whether a period lies inside another, and is not all of it."""
    if part is None or whole is None or part == whole or part.scope != "period":
        return False
    days = (part.period_start, part.as_of, whole.period_start, whole.as_of)
    if any(d is None for d in days):
        return False
    return whole.period_start <= part.period_start and part.as_of <= whole.as_of


def _heading_dates_dropped(
    dates: list[DateMention], mentions: list[Mention], sentence: Sentence
) -> list[DateMention]:
    """A sentence's dates, less those of a heading before a colon when the counts after it
    name their own period first ("OHCHR update, 10 July 2024: In June, 174 were killed"): the
    heading's day is the update's, not the counts'."""
    colon = HEADING_COLON.search(sentence.text)
    if colon is None or not mentions:
        return dates
    at = colon.start() + sentence.start
    counts_after = [m.start for m in mentions if m.start > at]
    if len(counts_after) < len(mentions) or not any(d.start < at for d in dates):
        return dates
    own = any(
        at < d.start < counts_after[0] and d.kind in PERIOD_KINDS and d.role != "end" for d in dates
    )
    return [d for d in dates if d.start > at] if own else dates


HEADING_COLON = re.compile(r":(?=\s)")
"""The colon after a heading: not one inside a time ("10:00")."""


def _months_under_cut_off(
    periods: list[DateMention], own: Frame, sentence: Sentence, lexicon: Lexicon
) -> list[DateMention]:
    """The one month a sentence with a last day of its own may give a count ("11,284 by 30
    June 2024, including 174 in June"): none that bounds its frame ("between January and ...",
    "прошле године", "since ... last February"); none when it names several ("..., 2400 w maju
    i czerwcu": which counts are whose, none can tell)."""
    bounds = [told for _, told, _ in own.evidence]
    months = [
        p
        for p in periods
        if p.role in (None, "end")
        and p.kind != "year"
        and p not in bounds
        and not since_clause_before(sentence.text, p.start - sentence.start, lexicon)
    ]
    return months if len(months) == 1 else []


def _dated_after_clause(
    sentence: Sentence, at: int, mentions: list[Mention], dates: list[DateMention], grammar: Grammar
) -> set[int]:
    """The counts after the first semicolon, contrast or whole's word past `at` (in the
    sentence), when a date stands after it: a clause of its own time ("Over the past week, 12
    were killed; overall, the UN has verified 10,582 deaths since February 2022", "..., while
    overall ...")."""
    found = grammar.change_clause_end.search(sentence.text, at)
    if found is None:
        return set()
    cut = sentence.start + found.start()
    if not any(d.start > cut for d in dates):
        return set()
    return {i for i, m in enumerate(mentions) if m.start > cut}


def _compared(
    text: str, cuts: list[int], at: int, mentions: list[Mention], offset: int, grammar: Grammar
) -> bool:
    """Whether a period stands in a comparison with no count of its own ("4,789 were killed
    in 2023, more than double the number in 2022, and 1,698 injured"): the counts after it
    are not its."""
    if grammar.comparison is None:
        return False
    low = max(c for c in cuts if c <= at)
    high = min(c for c in cuts if c > at)
    # "un aumento del 26 % respecto a noviembre": an article read as "one" counts nothing
    counted = any(
        low <= m.start - offset < high and (m.outcome or not m.token.is_word) for m in mentions
    )
    # "fewer than in the previous month, when 194 were killed": the clause after is its own
    its_clause_after = grammar.when_after is not None and grammar.when_after.match(text, high)
    return (
        not counted
        and not its_clause_after
        and grammar.comparison.search(text, low, at) is not None
    )


def _and_joined_period(
    text: str,
    cuts: list[int],
    at: int,
    starts: list[int],
    mentions: list[Mention],
    offset: int,
    grammar: Grammar,
) -> int | None:
    """The period of the clause that "and" joins to a clause without one, when that clause
    holds the next count and its period: "198 killed and 539 injured in January" are
    January's both."""
    if at >= len(text) or not grammar.and_opener.match(text, at):
        return None
    end = min(c for c in cuts if c > at)
    counts = [m for m in mentions if at <= m.start - offset < end]
    periods = [j for j, p in enumerate(starts) if at <= p < end]
    return periods[0] if counts and periods else None


def _named(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The source phrases that name a source ("the office" names none)."""
    return [f for f in found if f[2] != "anaphoric"]


class _Assembler:
    def __init__(self, text: str, lexicon: Lexicon, conflict: Conflict, published: dt.date | None):
        self.text = text
        self.lexicon = lexicon
        self.grammar: Grammar = grammar_for(lexicon)
        self.sources = SourceReader.for_lexicon(lexicon, conflict)
        self.areas = AreaReader.for_lexicon(lexicon, conflict)
        self.conflict = conflict
        self.sentences = split_sentences(text, lexicon)
        # what is read of a sentence is kept only while it is read (a long text would hold
        # several copies of itself), but for who is quoted up to the last one read
        self._sources: dict[int, list[tuple[int, int, str]]] = {}
        # the last sentence asked about, the source in force there, and where it is named
        self._named_up_to: tuple[int, str | None, int | None] = (-1, None, None)
        self._first_named_source: str | None = None  # "" once known to be none
        # the paragraphs that gave a tally, and the sentences whose counts were all left out
        # (one attack's toll, fighters): a speaker of these only is no speaker of a later
        # paragraph's counts
        self._tallied: set[int] = set()
        self._no_tally: set[int] = set()
        self._before_digression: dict[int, str | None] = {}  # by digression: who spoke before
        self._dates: dict[int, list[DateMention]] = {}
        self._vague: set[int] = set()  # sentences dated by a vague stretch: unknown days
        # the document's own years are read with what publication alone places
        self.context = YearContext(published, (), conflict.count_start)
        age = (
            war_age(text, lexicon, conflict.count_start)
            if published is None and conflict.count_start is not None
            else WarAge()
        )
        years = (*self._document_years(), *age.years) if published is None else ()
        if published is None and not years and self._names_first_day_alone():
            # "с 4:00 24 февраля ... до конца суток 10 мая", no year anywhere: the text is of
            # the count's first year, which needed no year to name its first day
            years = (conflict.count_start.year,) if conflict.count_start else ()
        self.context = YearContext(published, years, conflict.count_start, age.written_by)
        self.builders: dict[tuple, Builder] = {}
        self.state = _State()
        self.unplaced: list[Dropped] = []  # readings left out whose reports kept no value
        self.left_out: list[Dropped] = []  # readings no report could take
        self.count_start_stated = _names_count_start(text, lexicon, conflict)
        self._body: set[int | None] | None = None
        self.cut_offs: list[Frame] = []  # of sentences without counts
        self._head_parts: set[int] = set()  # where the counts stand read as parts of the head
        self._paragraph_openers: dict[int, str | None] = {}  # the conflicts they name, by index

    def _names_first_day_alone(self) -> bool:
        """Whether the text names the count's first day as a start, without a year ("since 24
        February"), and no year at all."""
        start = self.conflict.count_start
        if start is None or YEAR_DIGITS.search(self.text):
            return False
        return any(
            d.kind == "day"
            and d.year is None
            and d.role == "start"
            and (d.month, d.day) == (start.month, start.day)
            for index, s in enumerate(self.sentences)
            if DIGIT.search(s.text)
            for d in self._dates_of(index)
        )

    def _document_years(self) -> tuple[int, ...]:
        """The years a document without a publication date speaks of: those of its dates that
        are not a start ("since February 2022" dates the count, not the document), but in a
        sentence of another subject's figures ("17.6 million people needed aid in 2024"). Only
        a sentence with a four-digit number can name one: the others are not dated here."""
        return tuple(
            d.year + 1 if d.role == "end" and (d.month, d.day) == (12, 31) else d.year
            for index, s in enumerate(self.sentences)
            if YEAR_DIGITS.search(s.text)
            and not self._others_figures(index)
            and not self._teaser(s)
            for d in self._dates_of(index)
            if d.year and d.role not in ("start", "between") and not self._names_count_start(d)
        )  # a count to the end of 2024 was told in 2025 at the earliest

    def _teaser(self, sentence: Sentence) -> bool:
        """Whether a sentence links another article ("Read more: ...")."""
        teaser = self.grammar.teaser
        return teaser is not None and teaser.match(sentence.text) is not None

    def _others_figures(self, index: int) -> bool:
        """Whether a sentence gives another subject's figures: a number besides its dates, and
        no word of casualties ("About 6.2 million refugees have fled, according to UNHCR")."""
        sentence = self.sentences[index]
        if not DIGIT.search(sentence.text) or has_outcome_stem(sentence.text, self.lexicon):
            return False
        kept = index in self._dates
        dates = self._dates_of(index)
        if not kept:
            del self._dates[index]  # read again if need be: a long text holds no copy of itself
        cuts = [0, *(x for d in dates for x in (d.start - sentence.start, d.end - sentence.start))]
        pieces = zip(cuts[::2], [*cuts[1::2], None], strict=True)
        return any(DIGIT.search(sentence.text[a:b]) for a, b in pieces)

    def _names_count_start(self, d: DateMention) -> bool:
        """Whether a date is the count's start ("The war began in February 2022")."""
        start = self.conflict.count_start
        return (
            start is not None
            and (d.year, d.month) == (start.year, start.month)
            and d.day in (None, start.day)
        )

    def _dates_of(self, index: int) -> list[DateMention]:
        """The date phrases of a sentence, at their offsets in the text."""
        if index not in self._dates:
            sentence = self.sentences[index]
            found = find_dates(sentence.text, self.lexicon)
            ranked = self.grammar.ranked_before
            if ranked is not None:
                # "August was one of the deadliest months this year": the year ranks, dates none
                found = [
                    d
                    for d in found
                    if d.kind not in ("this_year", "last_year_alone")
                    or not ranked.search(sentence.text, max(0, d.start - RANK_REACH), d.start)
                ]
            # a vague month or year ("from late August to early February") bounds nothing,
            # unless it names the count's own start ("since the war began in mid-April 2023")
            # "The UN said last month that 10,582 had been killed": the statement's month, none
            # of the figures'
            found = [
                d
                for d in found
                if d.kind not in RELATIVE_PERIODS
                or not self._released_at(sentence.text, d.start, d.end)
            ]
            if any(d.kind == "day" for d in found):
                # "the 31 May truck bomb attack": the day of one event, none of the counts
                events = [m.span() for m in self.grammar.incident.finditer(sentence.text)]
                found = [d for d in found if not any(a <= d.start < d.end <= b for a, b in events)]
            vague = [d for d in found if d.fuzzy and not self._names_count_start(d)]
            clear = [d for d in found if d not in vague]
            kept = [
                p for p in (self._placed(d, clear, sentence.text) for d in clear) if p is not None
            ]
            self._dates[index] = [_shift(d, sentence.start) for d in kept]
            if len(kept) < len(clear) or any(d.role != "end" for d in vague):
                # unknown days of a stretch; a vague cut-off alone ("as of mid-February")
                # leaves a running total what it is
                self._vague.add(index)
        return self._dates[index]

    def _placed(self, d: DateMention, dates: list[DateMention], text: str) -> DateMention | None:
        """A month or year named by where it stands ("last month", "this year", "the previous
        month") as the month or year it is, or its last day after the words of an end ("by the
        end of last month"), a day a running total stood at its count on as its cut-off ("the
        toll stood at 9,614 on 10 September"); None when nothing places it."""
        if (
            d.kind == "day"
            and d.role is None
            and not any(o.kind in PERIOD_KINDS for o in dates)  # "in May rose to 174 on 31 May"
            and totalled_on_before(text, d.start, self.lexicon)
        ):
            return replace(d, role="end")
        if d.kind not in RELATIVE_PERIODS:
            return d
        published, ended = self.context.published, end_of_before(text, d.start, self.lexicon)
        if ended and published is not None and d.kind in ("last_month", "last_year_alone"):
            last = (
                dt.date(published.year - 1, 12, 31)
                if d.kind == "last_year_alone"
                else published.replace(day=1) - dt.timedelta(days=1)
            )
            return replace(
                d, kind="day", day=last.day, month=last.month, year=last.year, role="end"
            )
        if d.kind == "previous_month":  # before the month the sentence names first
            named = next((m for m in dates if m.kind == "month" and m.start < d.start), None)
            if named is not None and named.month is not None:
                before = 12 if named.month == 1 else named.month - 1
                year = named.year - 1 if named.year and named.month == 1 else named.year
                return replace(d, kind="month", month=before, year=year)
        if published is None:
            return None
        if d.kind in ("last_month", "previous_month"):
            last = published.replace(day=1) - dt.timedelta(days=1)
            return replace(d, kind="month", month=last.month, year=last.year)
        end = next(
            (e for e in dates if e.role == "end" and e.kind == "day" and e.start > d.start), None
        )
        if d.kind == "this_month" and end is not None and end.month is not None:
            # "since the beginning of the month, to 10 March": from the first of that day's month
            return replace(d, kind="day", day=1, month=end.month, year=end.year, role="start")
        if d.kind == "this_month":  # the month of publication, so far
            return replace(d, kind="month", month=published.month, year=published.year)
        if d.kind == "this_year" and end is not None:
            # "so far this year, as of 30 September": from the year's first day to that day (but
            # "As of 30 September, 14,000, 1,753 of them this year" dates a part)
            return replace(d, kind="day", day=1, month=1, year=published.year, role="start")
        years_back = 1 if d.kind == "last_year_alone" else 0
        return replace(d, kind="year", year=published.year - years_back)

    # -- attribution ------------------------------------------------------------------------
    # Sources are found only when a count needs one: most sentences quote no figure.
    def _sources_of(self, index: int) -> list[tuple[int, int, str]]:
        """The source phrases of a sentence, anaphoric ones included."""
        if index not in self._sources:
            self._sources[index] = self.sources.mentions(self.sentences[index].text)
        return self._sources[index]

    def _named_sources(self, index: int) -> list[tuple[int, int, str]]:
        return _named(self._sources_of(index))

    def _source_in_force(self, index: int) -> str | None:
        """Who is quoted at a sentence: the last source named in the body up to it, else the
        first one the document names anywhere (its headline included); but the monitoring body
        when the next sentence to name a source credits it with what came before ("This is
        stated in the report of HRMMU")."""
        found = self._last_named(index) or self._first_named()
        if found not in (None, "monitor") and not self._sources_of(index):
            found = self._named_past_digressions(index) or found
        if found != "monitor" and self._credited_after(index):
            return "monitor"
        return found

    def _named_past_digressions(self, index: int) -> str | None:
        """The source in force before the paragraphs of others' single events ("Separately,
        the governor said three people were killed overnight"), for a later paragraph's
        counts that name no source; None when the last source named gave a tally, or stands in
        the sentence's own paragraph. Asked after _last_named(index), which found that source."""
        at = self._named_at
        if at is None or not self._digression(at, self.sentences[index].paragraph):
            return None
        if at not in self._before_digression:
            self._before_digression[at] = self._speaker_before(at)
        return self._before_digression[at]

    def _digression(self, at: int, paragraph: int) -> bool:
        """Whether a sentence that names a source is another paragraph's, whose counts were
        all left out and which gave no tally."""
        sentence = self.sentences[at]
        return (
            sentence.paragraph != paragraph
            and sentence.paragraph not in self._tallied
            and at in self._no_tally
        )

    def _speaker_before(self, at: int) -> str | None:
        """The source named last before a digression, past the digressions before it."""
        for before in range(at - 1, -1, -1):
            if before in self._before_digression:
                return self._before_digression[before]
            sentence = self.sentences[before]
            named = [] if sentence.title else self._unkept_named_sources(before)
            if not named or self._others_figures(before):
                continue
            if sentence.paragraph not in self._tallied and before in self._no_tally:
                continue  # another digression
            return (self.sources.speakers(sentence.text, named) or named)[-1][2]
        return None

    def _credited_after(self, index: int) -> bool:
        credit = self.grammar.back_reference
        if credit is None:
            return False
        for after in range(index + 1, min(index + 1 + CREDIT_REACH, len(self.sentences))):
            if credit.match(self.sentences[after].text):
                return any(k == "monitor" for _, _, k in self._unkept_named_sources(after))
        return False

    def _last_named(self, index: int) -> str | None:
        """The last source named in the body up to a sentence. Sentences are asked about in
        order, and each is read once: back to the last one asked about, whose answer holds
        when none between names a source."""
        known, found, at = self._named_up_to if self._named_up_to[0] <= index else (-1, None, None)
        for before in range(index, known, -1):
            sentence = self.sentences[before]
            named = (
                []
                if sentence.title or self._teaser(sentence)
                else self._unkept_named_sources(before)
            )
            if named and before < index and self._others_figures(before):
                continue  # "6.2 million refugees have fled, according to UNHCR": no speaker after
            if named:
                # "The UN office said ..., citing the Ministry of Health": "it" after is the UN's
                speakers = self.sources.speakers(self.sentences[before].text, named)
                found, at = (speakers or named)[-1][2], before
                break
        self._named_up_to = (index, found, at)
        return found

    @property
    def _named_at(self) -> int | None:
        """The sentence where the source the last _last_named found is named."""
        return self._named_up_to[2]

    def _first_named(self) -> str | None:
        """The first source the document names anywhere, its headline included."""
        if self._first_named_source is None:
            self._first_named_source = next(
                (
                    named[0][2]
                    for named in (self._unkept_named_sources(i) for i in range(len(self.sentences)))
                    if named
                ),
                "",
            )
        return self._first_named_source or None

    def _unkept_named_sources(self, index: int) -> list[tuple[int, int, str]]:
        """The named sources of a sentence, read and not kept (unless it is being read)."""
        if index in self._sources:
            return self._named_sources(index)
        return _named(self.sources.mentions(self.sentences[index].text))

    # -- the run ----------------------------------------------------------------------------
    def run(self) -> list[Report]:
        for index in range(len(self.sentences)):
            self._sentence(index)
            self._sources.pop(index, None)
            self._dates.pop(index, None)
        return self._finish()

    def _conflict_named(self, sentence: Sentence) -> str | None:
        """Whether a sentence names this conflict ("own"), only others ("other"), or none."""
        keys = {key for _, key, _ in conflict_names(sentence.text, lexicon=self.lexicon)}
        return None if not keys else "own" if self.conflict.key in keys else "other"

    def _of_another_conflict(self, index: int) -> bool:
        """Whether a sentence is of another conflict: it names only others, or it names none in
        a paragraph that opens on others ("2) Sudan / ... According to reports, 14,600 people
        have been killed since April 2023")."""
        named = self._conflict_named(self.sentences[index])
        if named is not None:
            return named == "other"
        first = self.state.paragraph_start
        if first not in self._paragraph_openers:
            self._paragraph_openers[first] = self._conflict_named(self.sentences[first])
        return first != index and self._paragraph_openers[first] == "other"

    def _numbers_of(self, sentence: Sentence) -> list[NumberToken]:
        """The numbers of a sentence that may be counts: not a recent year written alone ("UN
        says 2022 civilian casualties highest since 2017"), where the press groups every count
        of thousands; a year before no count's noun is never one (mentions._candidates)."""
        numbers = find_numbers(self.text, self.lexicon, start=sentence.start, end=sentence.end)
        published = self.context.published
        if not self.lexicon.data["numbers"]["thousands_always_grouped"]:
            return numbers  # "на окупованій території – 2018": a count
        latest = published.year + 1 if published else MAX_YEAR
        earliest = latest - RECENT_YEARS
        return [
            n
            for n in numbers
            if not (n.text.isdigit() and len(n.text) == 4 and earliest <= (n.value or 0) <= latest)
        ]

    def _body_values(self) -> set[int | None]:
        """The values of every number in the body (not in a headline), read once when asked."""
        if self._body is None:
            spans = self.sentences.body_spans()
            starts = [start for start, _ in spans]
            first = spans[0][0] if spans else len(self.text)
            self._body = {
                n.value
                for n in find_numbers(self.text, self.lexicon, start=first)
                if (i := bisect_right(starts, n.start) - 1) >= 0 and n.start < spans[i][1]
            }
        return self._body

    def _sentence(self, index: int) -> None:
        sentence = self.sentences[index]
        state = self.state
        if sentence.paragraph != state.paragraph:
            state.month_chain, state.paragraph = None, sentence.paragraph
            state.paragraph_start = index
            continuing = self.grammar.continuing
            if continuing is None or not continuing.match(sentence.text):
                state.named_period = None
                if state.part_alone and _within(state.frame, state.outer_period):
                    if state.head_frame == state.frame:  # its parts: the whole period's too
                        state.head_frame = state.outer_period
                    state.frame = state.outer_period
            state.breakdown_outcome = None
        if self._teaser(sentence):
            return  # "Read more: ...": another article's counts
        pairs = change_pairs(
            sentence.text, self.lexicon, lambda text: _segment_bounds(text, self.grammar)
        )
        if pairs:
            self._earlier_of_pairs(index, sentence, pairs)
        carried = state.breakdown_outcome
        compared = self.grammar.comparison_opener
        # "That compares with 110 in December": the outcome of the counts before, in other months
        compared_outcome = (
            _compared_outcome(state.head_counts)
            if compared and compared.match(sentence.text)
            else None
        )
        of_head = bool(
            state.head_outcome
            and (
                self.grammar.part_opener.match(sentence.text)
                or self.grammar.count_of_them.search(sentence.text)
            )
        )
        parts_of_head = of_head and carried is None
        # "Among the dead were 330 children": parts of the count before too, of one outcome
        figures = self.grammar.figures_include  # "The figures ... include 356 children"
        opens_on_parts = of_head or bool(
            state.head_outcome
            and (
                self.grammar.context_outcome.match(sentence.text)
                or (figures is not None and figures.match(sentence.text))
                # "9,083 killed. Men: 3,986; women: 2,422": the groups of the count before
                or self.grammar.group_label_opening.match(sentence.text)
            )
        )
        named_head = self._head_named(sentence)
        if named_head is not None:
            carried = named_head  # "5,718 killed and 8,199 injured. Of the 5,718, 372 ..."
            parts_of_head = opens_on_parts = True
        elif len({o for _, o in state.head_counts}) == 1 and (
            parts_of_head or (carried is None and opens_on_parts and state.head_outcome)
        ):
            # "12,654 were killed. Of them, 673 were children.", "... The figures include 560
            # children": the parts of the one outcome before
            carried = state.head_outcome
        if (
            carried is None
            and compared_outcome is None
            and not has_outcome_stem(sentence.text, self.lexicon)
        ):
            mentions, outcome = [], None  # no count here can have an outcome: nothing to label
        else:
            mentions, outcome = label_numbers(
                sentence.text,
                sentence.start,
                self._numbers_of(sentence),
                [_shift(d, -sentence.start) for d in self._dates_of(index)],
                self.grammar,
                breakdown_outcome=carried,
            )
        shares = bool(self.grammar.part_opener.match(sentence.text))
        shared: Mention | None = None  # the last count read as a party's share
        for i, m in enumerate(mentions):
            if m.subject_part and self._area_subject(sentence, m):
                m.rejected, m.group = False, "all"  # "Tripoli accounted for 74 of the casualties"
                for part in mentions[i + 1 :]:
                    if part.parent == i and part.rejected_with_parent:
                        # "..., 1,048 (219 deaths and 829 injured)": the area's too
                        part.rejected, part.group = False, part.group or "all"
            if compared_outcome and m.outcome is None and m.group is None:
                m.outcome, m.group = compared_outcome, "all"  # "compares with 110 in December"
            if any(p.earlier[0] <= m.start - sentence.start < p.later[1] for p in pairs):
                m.rejected = True  # read as a pair of the comparison
            if shares and m.by_agent and m.group == "all":
                m.rejected = True  # "Of these, 633 were killed by Israeli forces": whose share
            if self._caused_part(sentence, m):
                m.rejected = True  # "including 60 killed in a missile attack": its toll
            if self._party_share(sentence, m) or (
                shared is not None
                and coordinated(shared, m, sentence.text, sentence.start, self.grammar)
            ):
                m.rejected = True  # "ISIL killed at least 3,855 civilians": one party's share
                shared = m  # "... killed 1,127 civilians and injured 2,286": the share goes on
        if sentence.title:
            # a headline's figure that the body states too is read where the body states it
            for m in mentions:
                m.rejected = m.rejected or m.token.value in self._body_values()
        figures = [m for m in mentions if not m.rejected]
        if opens_on_parts:
            self._head_parts.update(m.start for m in figures)
        self._places_counts(sentence, figures)
        heads = [m for m in figures if m.group == "all" and m.outcome and not m.prior]
        # "That compares with 688 in June": another period's counts, no heads of the parts after
        heading = compared_outcome is None
        if (mentions or sentence.title) and heading:
            # a sentence of no count keeps it: "1,417 killed and 2,038 injured. This was from
            # 24 February to 2 April. Of those killed, 121 were children"
            state.head_outcome = heads[-1].outcome if heads and not sentence.title else None
        if heads and not sentence.title and heading:  # kept past sentences of no such count
            state.head_counts = tuple((m.token.value, m.outcome) for m in heads if m.outcome)
        state.told = state.told | {m.outcome for m in heads}
        if "killed" in state.told and "total" not in state.told:
            # "tra le vittime ci sono 560 bambini", after the dead; but not "entre las víctimas
            # hay 1.885 niños: 587 muertos y 1.298 heridos", whose victims were injured too
            injured = {m.group for m in figures if m.outcome == "injured"}
            for m in figures:
                if m.among_victims and m.group not in injured:
                    m.outcome = "killed"
        if not any(m.outcome for m in figures):
            if any(m.outcome for m in mentions):
                self._no_tally.add(index)  # "its forces had killed 300 fighters"
            reporting = self.grammar.reporting_period
            if not sentence.title and reporting and reporting.search(sentence.text):
                # "During the period under review, MINUSMA documented 168 cases": the title's
                # period dates the counts after
                state.named_period = self._reporting_period() or Frame("period")
            elif names_month(sentence.text, self.lexicon) or YEAR_DIGITS.search(sentence.text):
                if not sentence.title:
                    named = _within_named(self._named_period(index), state.frame)
                    state.named_period = named or state.named_period
                self._note_count_start(index)
            return
        state.breakdown_outcome = outcome
        if self._is_subcount(sentence, figures):
            state.subcount = True
            self._no_tally.add(index)  # "three were killed in shelling overnight"
            return
        state.subcount = False
        dates = _month_ends_as_last_days(self._dates_of(index), mentions, sentence, self.lexicon)
        dates = _heading_dates_dropped(dates, mentions, sentence)
        comparison = self.grammar.comparison
        named_dates = dates  # the periods compared with too: "..., when 1,491 were verified"
        if dates and comparison is not None and comparison.search(sentence.text):
            cuts = _segment_bounds(sentence.text, self.grammar)
            dates = [  # "a 47 per cent increase on the same period last year": dates no count
                d
                for d in dates
                if not _compared(
                    sentence.text,
                    cuts,
                    d.start - sentence.start,
                    mentions,
                    sentence.start,
                    self.grammar,
                )
            ]
        # "4,250 killed since the coup, including 230 in Rakhine State since November": the
        # later start is the part's
        whole_dates = [
            d
            for d in dates
            if d.role != "start"
            or not mentions
            or mentions[0].start > d.start
            or not _period_of_a_part(
                mentions, 0, d.start - sentence.start, sentence.text, sentence.start, self.grammar
            )
        ]
        own = _sentence_frame(whole_dates, self.context, sentence.text, sentence.start)
        parts_own_start = {  # the parts right before a start of their own
            max(k for k, m in enumerate(mentions) if m.start < d.start)
            for d in dates
            if d not in whole_dates
        }
        # "as of February 2024": a cut-off; "the toll passed 12,000 in November": when the
        # total crossed a mark; no month's count either, the total's
        totals_dated = [
            d
            for d in dates
            if d.kind in PERIOD_KINDS
            and (
                (d.role == "end" and cut_off_before(self.text, d.start, self.lexicon))
                or (
                    d.kind == "month"
                    and crossed_before(self.text, d.start, self.lexicon, end=d.end)
                )
            )
        ]
        periods = [
            d
            for d in dates
            if d.kind in PERIOD_KINDS
            and not (d.kind in ("month", "year") and d.role == "start")  # "since April 2023"
            and d not in totals_dated
        ]
        respectively = bool(periods and self.grammar.respectively.search(sentence.text))
        if respectively:
            periods = _respective_months(periods, sentence.text, sentence.start, self.grammar)
        pairing = {}
        since = self._starts_named(sentence, dates) if periods else []
        cut_off = own is not None and own.as_of is not None
        months = _months_under_cut_off(periods, own, sentence, self.lexicon) if cut_off else periods
        if months:
            pairing = _pair_months(
                mentions,
                months,
                sentence.text,
                sentence.start,
                self.grammar,
                since=since,
                respectively=respectively,
                only_own=cut_off,
            )
            pairing = {i: periods.index(months[j]) for i, j in pairing.items()}
        frame = own if own is not None or sentence.title else state.named_period or state.frame
        if frame is None and not dates and not sentence.title:
            # "UN: July among deadliest months for civilians ... The mission said 219 civilians
            # were killed", "... in August 2023 / Killed: 181": the first counts of a body that
            # dates nothing yet are of the period its title names
            frame = self._reporting_period()
        if own is None and not sentence.title and carried is None:
            # "3,469 civilians were subjected to violence in 2022. Of them, 1,600 were killed"
            frame = self._frame_of_head_before(index, sentence) or frame
        elif own is None and parts_of_head and state.head_frame is not None:
            frame = state.head_frame
        if own is None and not sentence.title and index in self._vague:
            frame = Frame("period")
        if own is None and not sentence.title:
            frame = self._same_months_named(sentence.text, state.frame) or frame
        reporting = self.grammar.reporting_period
        if own is None and not sentence.title and reporting and reporting.search(sentence.text):
            frame = self._reporting_period() or Frame("period")  # "During the reporting period"
        same_period = self.grammar.same_period_phrase
        if (
            own is None
            and not sentence.title
            and not (same_period is not None and same_period.search(sentence.text))
            and (
                self._dates_from_war_start(sentence, dates)
                or self.grammar.cumulative_opener.match(sentence.text)
                or self.grammar.cumulative_since.search(sentence.text)
                or self.grammar.running_total.search(sentence.text)
                or totals_dated
            )
        ):
            # "Since the invasion in 2022, ...", "As of November 2024, ...": cumulative, whatever
            # came before; but "Overall, the mission verified ..." after a count since the start
            # sums up to its cut-off
            summing_up = self.grammar.cumulative_opener.match(sentence.text)
            keep = summing_up and frame is not None and frame.scope == "cumulative"
            frame = frame if keep else Frame()
        state.named_period = None
        if self._states_count_start(own, dates):
            self.count_start_stated = True
        if own is not None and not sentence.title:
            self._set_frame(own, sentence)
        continuation = sentence.bullet or sentence.indent > 0
        region = state.region if continuation else None
        if region is None and (
            (same_period is not None and same_period.search(sentence.text))
            or (not dates and self.grammar.added_count.search(sentence.text))
        ):
            region = state.line_region[1]  # the place of the last counts read
        label = LABEL_LINE.match(sentence.text) is not None
        listed = label and state.label_line == state.line_region[0] == sentence.line - 1
        if (
            region is None
            and (state.line_region[0] == sentence.line or listed)
            and self.areas.names_control_only(sentence.text)
        ):
            region = state.line_region[1]
        areas, state.region = self.areas.assign(
            sentence.text, sentence.start, mentions, region=region
        )
        for i, m in enumerate(mentions):
            if m.parent is not None and m.parent >= 0 and areas[i] == (None, None) and not m.placed:
                # "10,500 killed in Gaza, including 4,324 children": the part is of its place
                areas[i] = areas[m.parent]
            elif parts_of_head and areas[i] == (None, None) and m.group not in (None, "all"):
                areas[i] = state.head_area  # "8,119 killed in Gaza. Of those, 3,588 children"
        heads = [i for i, m in enumerate(mentions) if m.group == "all" and m.outcome]
        heads = [i for i in heads if not mentions[i].rejected and not mentions[i].prior]
        state.head_area = areas[heads[-1]] if heads else (None, None)
        first_head = heads[0] if heads and not sentence.title and heading else None
        state.head_frame = None
        counted = [areas[i][0] for i, m in enumerate(mentions) if m.outcome and not m.rejected]
        state.line_region = (sentence.line, counted[-1] if counted else state.region)
        state.label_line = sentence.line if label and counted else -1
        sentence_outcome = self._sentence_outcome(sentence.text)
        resolved: dict[int, int | None] = {}
        shifted: set[int] = set()
        found_sources = self._sources_of(index)
        # who "the office" or "it" of this sentence is, the source before it: asked only when
        # the sentence names another speaker too, whom the nearest rule would pick
        kinds = {kind for _, _, kind in found_sources}
        referent = None
        if index and {"anaphoric", "other"} <= kinds:
            referent = self._last_named(index - 1)
        in_force = self._source_in_force(index)
        monitor_named = any(kind == "monitor" for _, _, kind in found_sources)
        civilians_subject = bool(self.grammar.civilian_subject.match(sentence.text))
        recent, recent_frame = (
            self._recent(sentence, mentions, dates) if own is None else (set(), Frame("period"))
        )
        left_out = self._left_out(sentence, mentions, pairing.keys() | recent)
        if self._earlier_release(sentence, dates):
            left_out |= set(range(len(mentions)))
        elif self._day_event(sentence, dates):
            left_out |= self._of_the_days_event(sentence, mentions, dates)
        if self._of_another_conflict(index):
            left_out |= set(range(len(mentions)))  # "in Syria, 306,887 had been killed"
        # "In the Kharkiv region, 74 were killed": a place no published area names; "767 of
        # them in custody": a part whose place is none
        left_out |= {i for i, (region, _) in areas.items() if region == UNKNOWN_AREA}
        left_out |= {i for i, m in enumerate(mentions) if m.placed and areas[i] == (None, None)}
        # "12 people were killed in a single strike, including five children": the parts too
        left_out |= {
            i for i, m in enumerate(mentions) if m.parent is not None and m.parent in left_out
        }
        clause_frames = self._clause_frames(sentence, mentions, dates)
        if pairing and self._whole_before_dated_parts(sentence, mentions, dates):
            # "Of the total of 5,183 civilian casualties, 2,400 were recorded in May and June":
            # the months are the parts'; the whole restates the count before
            pairing.pop(0, None)
            clause_frames[0] = frame
        clause_counts = self._period_clause_counts(sentence, mentions, frame, named_dates)
        for i, period in clause_counts.items():
            if period is None:
                left_out.add(i)  # another period, whose days the text does not tell
            else:
                clause_frames[i] = period
        if any(m.outcome and not m.rejected and i not in left_out for i, m in enumerate(mentions)):
            self._tallied.add(sentence.paragraph)
        else:
            self._no_tally.add(index)  # "a missile strike on a market killed 16 people"
        sides = [0, *(m.start() for m in self.grammar.contrast.finditer(sentence.text))]
        sides.append(len(sentence.text))
        citations = self.sources.cited(sentence.text, found_sources)
        targets: dict[int, Frame | None] = {}
        civilian_counts: set[int] = set()
        totalled = self._running_totals(sentence, mentions, own) if periods or own else set()
        spoken: dict[int, str | None] = {}  # the source of each count read
        bracketed = with_asides_bracketed(sentence.text)  # not the last count of an aside's
        framed = pairing.keys() | recent | clause_frames.keys()  # counts whose frame is told
        compared = self._counts_before_same_period(sentence, mentions)
        for i, mention in enumerate(mentions):
            if mention.rejected:
                continue
            source = self._source_of(
                mention.start - sentence.start, sides, found_sources, citations, referent
            )
            source = source or in_force
            if mention.parent is not None and mention.parent in spoken:
                source = spoken[mention.parent]  # "...; of these, 3,588 were children"
            spoken[i] = source
            if source != "monitor" or i in left_out:
                continue
            if mention.whole_of_part and any(k == "other" for _, _, k in found_sources):
                continue  # "verified 8,119 of the 34,500 deaths reported by the Ministry"
            target = clause_frames.get(i, recent_frame if i in recent else frame)
            if (
                own is None
                and not dates
                and i not in framed
                and mention.parent is None
                and self._outgrows_carried(mention, target, areas[i])
            ):
                # "In July, 200 were killed. The war has killed 12,000 civilians.": more than the
                # carried period's own count of the same is the total since the count's start
                target = Frame()
            if (
                i not in pairing
                and mention.outcome is None
                and mention.group is None
                and any(_own_start(sentence.text, mentions, i, sentence.start, at) for at in since)
            ):
                # "189 killed in July 2023 and 9,369 since the start of the invasion", "...,
                # seit Beginn der Invasion insgesamt 9369": the same outcome, from the start
                mention.outcome = sentence_outcome
                mention.group = "all" if sentence_outcome else None
            if i in totalled:
                # "In January, 158 were killed, bringing the total to 10,378": the running total
                # by the period's end
                target = Frame("cumulative", None, own.as_of if own is not None else None)
            elif i in pairing:
                j = pairing[i]
                # "up from 1,974 in 2024": its own period's count, not an earlier value
                mention.prior = mention.prior and periods[j].start < mention.start
                if j not in resolved:
                    resolved[j] = _month_year(periods[j], state.month_chain, self.context)
                    if resolved[j] is not None and periods[j].month is not None:
                        state.month_chain = (resolved[j], periods[j].month)
                if mention.outcome is None and mention.group is None and i:
                    earlier = mentions[i - 1]
                    if pairing.get(i - 1) not in (None, j) and at_other_date(
                        earlier, mention, bracketed, sentence.start, self.grammar
                    ):
                        # "injuries fell to 754 from 785": the same count, its other month
                        mention.outcome, mention.group = earlier.outcome, earlier.group
                if mention.outcome is None and mention.group is None:
                    mention.outcome, mention.group = (
                        sentence_outcome,
                        "all" if sentence_outcome else None,
                    )
                year = resolved[j]
                target = _period_frame(periods[j], year, self.context) if year else Frame("period")
                if (
                    year
                    and periods[j].month is not None
                    # "May 2024" is that May, unless the year before is named too ("the same
                    # period of 2024")
                    and (periods[j].year is None or str(year - 1) in sentence.text)
                    and j not in shifted
                    and mention.parent is None  # a part of a count is of its month
                    and self._counted(year - 1, periods[j].month)
                    and self._clashes(mention, target, areas[i])
                ):
                    # the same month given again with another value is that month a year before
                    shifted.add(j)
                    resolved[j] = year - 1
                    state.month_chain = (year - 1, periods[j].month)
                    target = _period_frame(periods[j], year - 1, self.context)
            part_since = None
            if mention.parent is not None and mention.parent >= 0:
                part_since = _part_since(mention, dates, targets.get(mention.parent))
                target = part_since or target
            if i in compared:
                # "601 killed in Ituri between January and June 2024, compared with 432 in the
                # same period of 2023": the months of the count before, in that year, its place
                before = [k for k in targets if k < i and k not in compared]
                if not before:
                    continue
                target = self._months_in_earlier_year(
                    sentence.text, len(sentence.text), targets[before[-1]]
                )
                if target is None:
                    continue
                areas[i] = areas[before[-1]]
            targets[i] = target
            slot = _slot(mention.group, mention.outcome)
            if slot is None or (i in pairing and target is None):
                continue  # no count of the war, or a period that is no stretch of it
            if part_since is None and i in parts_own_start:
                # "4,250 since the coup, including 230 in Rakhine State since November": the
                # part's own period, which the text does not bound
                token = mention.token
                evidence = Evidence(token.text, token.start, token.end, mention.qualifier)
                self.left_out.append(Dropped(slot, token.value, evidence, PART_OWN_START))
                continue
            civilian = (
                civilians_subject
                or bool(self.grammar.civilian_after.match(self.text, mention.token.end))
                or bool(
                    self.grammar.civilian_before.search(self.text, sentence.start, mention.start)
                )
                # "The number of civilians killed was 472 and the number injured 997"
                or (
                    i - 1 in civilian_counts
                    and and_joined(mentions[i - 1], mention, self.text, 0, self.grammar)
                )
            )
            if civilian:
                civilian_counts.add(i)
            strength = Strength(
                exact=mention.qualifier in EXACT_QUALIFIERS,
                body=not sentence.title,
                whole=not mention.by_agent,
                civilian=civilian,
                dated=own is not None or i in pairing,
                named=monitor_named,
            )
            if mention.by_agent and not dates and self._read_larger(slot, mention.token.value):
                continue  # "six have been killed by settlers", after 69 killed: one party's share
            parent = mention.parent
            whole = mentions[parent].token.start if parent is not None and parent >= 0 else None
            self._add(mention, slot, target or Frame(), areas[i], strength, whole=whole)
            # "..., in May and June, when 2,392 were killed or injured": a clause's period, or
            # the earlier year's a count is set against, is no frame of the counts after it
            if (
                not sentence.title
                and not mention.prior
                and target is not None
                and i not in clause_counts
                and i not in compared  # "..., compared with 432 in the same period of 2023"
                and heading  # "That compares with 688 in June."
            ):
                self._set_frame(target, sentence)
            if i == first_head:
                state.head_frame = target

    def _set_frame(self, frame: Frame, sentence: Sentence) -> None:
        """The frame in force for the counts after, and the text's first bounded period."""
        state = self.state
        state.frame = frame
        if frame.scope == "period" and frame.period_start and frame.as_of:
            state.outer_period = state.outer_period or frame
        alone = self.grammar.emphasis
        state.part_alone = alone is not None and alone.search(sentence.text) is not None

    def _counts_before_same_period(self, sentence: Sentence, mentions: list[Mention]) -> set[int]:
        """The counts right before the phrase of the same months in an earlier year ("compared
        with 432 in the same period of 2023"), past the sentence's first count."""
        starts = same_period_starts(sentence.text, self.lexicon)
        out = set()
        for i, m in enumerate(mentions[1:], start=1):
            end = m.end - sentence.start
            if any(SAME_PERIOD_GAP.fullmatch(sentence.text, end, at) for at in starts):
                out.add(i)
        return out

    def _same_months_named(self, text: str, current: Frame | None) -> Frame | None:
        """ "In the same period of 2023, it recorded 1,054 killed": the months of the counts
        before, in the year the sentence opens on; None when it opens on no such months."""
        opener = self.grammar.same_period_opener
        found = opener.match(text) if opener is not None else None
        return None if found is None else self._months_in_earlier_year(text, found.end(), current)

    def _months_in_earlier_year(self, text: str, end: int, current: Frame | None) -> Frame | None:
        """The months of a period in the earlier year a phrase before `end` names ("the same
        period of 2023"); None when the period has no whole bounds or the text names no year."""
        if current is None or current.scope != "period":
            return None
        if current.period_start is None or current.as_of is None:
            return None
        bounds = same_months_named(
            text,
            end,
            (current.period_start, current.as_of),
            self.lexicon,
            published=self.context.published,
        )
        return Frame("period", *bounds) if bounds is not None else None

    def _read_larger(self, slot: str, value: int) -> bool:
        """Whether a larger value of a field was read before, in any report."""
        return any(b.values.get(slot, 0) > value for b in self.builders.values())

    def _places_counts(self, sentence: Sentence, figures: list[Mention]) -> None:
        """ "The provinces with the most civilian casualties were Nangarhar (1,494) and Kabul
        (1,366)": a bare count in brackets after a place is the place's count of the one
        outcome its sentence names."""
        bare = [
            m
            for m in figures
            if m.outcome is None
            and m.group is None
            and BARE_IN_PARENTHESES.match(self.text, m.token.start - 2)
        ]
        if not bare:
            return
        kinds = {outcome_of(m) for m in self.grammar.outcome_named.finditer(sentence.text)}
        if len(kinds) != 1:
            return
        (outcome,) = kinds
        areas, _ = self.areas.assign(sentence.text, sentence.start, bare, region=None)
        for i, m in enumerate(bare):
            if areas[i][0] not in (None, UNKNOWN_AREA):
                m.outcome, m.group = outcome, "all"

    def _running_totals(
        self, sentence: Sentence, mentions: list[Mention], own: Frame | None
    ) -> set[int]:
        """The counts after "bringing the total to" in a sentence that dates a period: the
        running total, not the period's."""
        if own is not None and own.scope != "period":
            return set()
        found = self.grammar.running_total.search(sentence.text)
        if found is None:
            return set()
        after = {i for i, m in enumerate(mentions) if m.start - sentence.start > found.start()}
        before = [m for i, m in enumerate(mentions) if i not in after and m.group == "all"]
        nouns = {w.lower() for w in self.lexicon.words("dates", "running_total_nouns")}
        for i in sorted(after) if before and before[-1].outcome else ():
            named = [
                m.group().lower()
                for m in self.grammar.outcome_named.finditer(
                    sentence.text, found.start(), mentions[i].start - sentence.start
                )
            ]
            if set(named) <= nouns and mentions[i].outcome in (None, "total"):
                # "189 were killed in July, bringing the total to 9,369": the total of those
                # killed, not a count of casualties
                mentions[i].outcome, mentions[i].group = before[-1].outcome, "all"
            break  # the count the phrase runs up to
        return after

    def _earlier_of_pairs(self, index: int, sentence: Sentence, pairs: list[ChangePair]) -> None:
        """ "Compared with the October to December 2024 quarter, ... a 110 per cent increase in
        civilians killed (352 to 739)": where the second of a pair is a period's count already
        read, the first is the count of the period compared with."""
        for pair in pairs:
            earlier, later = (
                find_numbers(
                    self.text, self.lexicon, start=sentence.start + a, end=sentence.start + b
                )
                for a, b in (pair.earlier, pair.later)
            )
            slot = _slot("all", pair.outcome)
            if len(earlier) != 1 or len(later) != 1 or slot is None:
                continue
            holders = [
                b.frame
                for b in self.builders.values()
                if not b.prior
                and b.area is None
                and b.frame.scope == "period"
                and b.frame.period_start is not None
                and b.frame.as_of is not None
                and b.values.get(slot) == later[0].value
            ]
            if len(holders) != 1:
                continue
            current = holders[0]
            bounds = compared_period(
                sentence.text,
                self._dates_of(index),
                (current.period_start, current.as_of),
                self.lexicon,
                published=self.context.published,
            )
            if bounds is None or bounds[1] >= current.period_start:
                continue
            mention = Mention(token=earlier[0], group="all", outcome=pair.outcome)
            strength = Strength(
                exact=True,
                body=not sentence.title,
                whole=True,
                civilian=False,
                dated=True,
                named=False,
            )
            self._add(mention, slot, Frame("period", *bounds), (None, None), strength, whole=None)

    def _states_count_start(self, own: Frame | None, dates: list[DateMention]) -> bool:
        """Whether a sentence dates the war from the count's first day ("since the February 24,
        2022 invasion") or year ("since the invasion in 2022")."""
        start = self.context.count_start
        return start is not None and (
            (own is not None and own.period_start == start)
            or any(d.kind == "year" and d.role == "start" and d.year == start.year for d in dates)
        )

    def _dates_from_war_start(self, sentence: Sentence, dates: list[DateMention]) -> bool:
        """Whether a sentence dates its counts from the start of the war or count ("since the
        start of the war", "since the invasion in 2022"), not from a day."""
        if any(d.role == "start" and d.kind in ("month", "year") for d in dates):
            return not any(_since_month(d, self.context) for d in dates)
        pattern = _count_start_pattern(self.lexicon, self.conflict)
        return pattern is not None and pattern.search(sentence.text) is not None

    def _note_count_start(self, index: int) -> None:
        """A sentence without counts may still date the war from the count's start (the text
        states when its counts start), or give the cut-off of counts the text leaves undated
        ("Update as of 17 April 2023", "The report covers cases confirmed until 10 May")."""
        sentence, dates = self.sentences[index], self._dates_of(index)
        own = _sentence_frame(dates, self.context, sentence.text, sentence.start)
        if self._states_count_start(own, dates) and not sentence.title:
            self.count_start_stated = True
        start = self.context.count_start
        if (
            own is not None
            and own.scope == "cumulative"
            and own.as_of is not None
            and (start is None or own.as_of > start)  # the first day names the start
        ):
            self.cut_offs.append(own)

    def _frame_of_head_before(self, index: int, sentence: Sentence) -> Frame | None:
        """The period of the sentence before, when this one opens on its parts ("Of them, ...")
        and it gave a count of no outcome in one period, not set against another."""
        if index == 0 or not self.grammar.part_opener.match(sentence.text):
            return None
        before = self.sentences[index - 1]
        comparison = self.grammar.comparison
        periods = [
            d
            for d in self._dates_of(index - 1)
            if d.kind in PERIOD_KINDS
            and d.role != "start"
            and not (comparison and comparison.search(before.text, 0, d.start - before.start))
        ]
        dated = [(d.start, d.end) for d in self._dates_of(index - 1)]
        counts = [
            n
            for n in self._numbers_of(before)
            if n.value is not None and not any(a <= n.start < b for a, b in dated)
        ]
        if len(periods) != 1 or not counts:
            return None
        year = _month_year(periods[0], self.state.month_chain, self.context)
        return _period_frame(periods[0], year, self.context) if year else None

    def _named_period(self, index: int, *, years: bool = False) -> Frame | None:
        """The one period (a month, months, days of a month; a year too with `years`) a
        sentence names, as a frame; None when it names none, or several."""
        periods = [
            d
            for d in self._dates_of(index)
            if d.kind in PERIOD_KINDS
            and (years or d.kind != "year")
            and (d.role != "start" or d.kind == "months")  # "From April to June 2024"
        ]
        if len(periods) > 1 and self.grammar.comparison is not None:
            # "In the first quarter, ... compared with the last quarter of 2021": not the one
            # compared with
            sentence = self.sentences[index]
            cuts = _segment_bounds(sentence.text, self.grammar)
            periods = [
                d
                for d in periods
                if not _compared(sentence.text, cuts, d.start - sentence.start, [], 0, self.grammar)
            ]
        if not periods:
            # "The investigation covered the period from 3 November 2020 to 28 June 2021."
            sentence = self.sentences[index]
            days = _sentence_frame(
                self._dates_of(index), self.context, sentence.text, sentence.start
            )
            if days is not None and days.scope == "period" and days.period_start and days.as_of:
                return days
            if days is not None and days.scope == "cumulative" and days.period_start:
                return days  # "Total since 24 February 2022:": the count since its start
        if len(periods) != 1:
            return None
        year = _month_year(periods[0], self.state.month_chain, self.context)
        return _period_frame(periods[0], year, self.context) if year else None

    def _source_of(
        self,
        at: int,
        sides: list[int],
        found: list[tuple[int, int, str]],
        citations: list[tuple[int, str]],
        referent: str | None,
    ) -> str | None:
        """The named source nearest to a count at `at`, within its side of a contrast ("...,
        while the UN has confirmed 7,199") when that side names one; `sides` are the cuts. A
        source its side cites ("according to figures from ...") comes before the nearest. An
        anaphoric one ("The office verified 8,119 of the deaths reported by the Ministry") is
        the source named before its sentence, where it stands."""
        low, high = max(c for c in sides if c <= at), min(c for c in sides if c > at)
        cited = [kind for start, kind in citations if low <= start < high]
        if cited:  # "According to UNICEF, ..., figures verified by OHCHR": the last, the origin
            return cited[-1]
        if referent is not None:
            found = [(a, b, referent if k == "anaphoric" else k) for a, b, k in found]
        side = [f for f in found if low <= f[0] < high and f[2] != "anaphoric"]
        return self.sources.nearest(side or found, at)

    def _clause_frames(
        self, sentence: Sentence, mentions: list[Mention], dates: list[DateMention]
    ) -> dict[int, Frame]:
        """A sentence with several cut-offs ("1,000 as of 1 March and 1,417 as of 2 April")
        dates each count by the cut-off of its own clause; {} when it has one or none."""
        parens = [(m.start(), m.end()) for m in PARENTHESIS.finditer(sentence.text)]
        ends = [
            d
            for d in dates
            if d.role == "end"
            and d.kind in ("day", "end_of_month")
            and not any(a <= d.start - sentence.start < b for a, b in parens)  # an earlier value's
        ]
        if len(ends) < 2:
            return {}
        starts = [d for d in dates if d.role in ("start", "between")]
        cuts = _segment_bounds(sentence.text, self.grammar)

        def clause(at: int) -> int:
            return max(c for c in cuts if c <= at - sentence.start)

        frames = {}
        for i, (low, _) in enumerate(self._clauses(sentence, mentions)):
            own = [d for d in ends if clause(d.start) == low]
            if len(own) == 1:
                found = _sentence_frame(
                    [*starts, *own], self.context, sentence.text, sentence.start
                )
                if found is not None:
                    frames[i] = found
        return frames

    def _period_clause_counts(
        self,
        sentence: Sentence,
        mentions: list[Mention],
        frame: Frame,
        dates: list[DateMention],
    ) -> dict[int, Frame | None]:
        """The counts of a clause on a period, each with that period's frame: one a date names
        ("compared with the first quarter of 2024, when 1,491 ..."), or the one before ("the
        previous reporting period, when OHCHR recorded 4,986"): as long as the current period
        and just before it, or None when the current one is no whole months."""
        when = self.grammar.clause_of_period
        for d in dates if when is not None else ():
            clause = when.match(self.text, d.end)
            # not a count's start or end: "Since February 2022, when Russia invaded, ..."
            if d.kind in PERIOD_KINDS and d.role is None and clause is not None:
                year = _month_year(d, self.state.month_chain, self.context)
                named = _period_frame(d, year, self.context) if year else None
                return {i: named for i, m in enumerate(mentions) if m.start >= clause.end()}
        clause = self.grammar.previous_period_clause
        found = clause.search(sentence.text) if clause is not None else None
        if found is None:
            return {}
        bounds = None
        if frame.scope == "period" and frame.period_start and frame.as_of:
            bounds = compared_period(
                found.group(),
                [],
                (frame.period_start, frame.as_of),
                self.lexicon,
                published=self.context.published,
            )
        earlier = Frame("period", *bounds) if bounds is not None else None
        return {
            i: earlier for i, m in enumerate(mentions) if m.start - sentence.start >= found.end()
        }

    def _reporting_period(self) -> Frame | None:
        """The period the document's title names ("Report on ..., 1 February - 31 July 2023",
        "..., January-March 2021"): what "the reporting period" of its body is; None when its
        title names none."""
        for index, sentence in enumerate(self.sentences):
            if not sentence.title:
                return None
            # "Afghanistan: record 3,804 civilians killed in 2018": a title's year is its body's
            own = self._named_period(index, years=True)
            if own is not None and own.scope == "period" and own.period_start and own.as_of:
                return own
        return None

    def _clauses(self, sentence: Sentence, mentions: list[Mention]) -> list[tuple[int, int]]:
        """The clause (start, end in the sentence) of each count."""
        cuts = _segment_bounds(sentence.text, self.grammar)
        at = [m.start - sentence.start for m in mentions]
        return [(max(c for c in cuts if c <= a), min(c for c in cuts if c > a)) for a in at]

    def _left_out(self, sentence: Sentence, mentions: list[Mention], kept: set[int]) -> set[int]:
        """The counts of something other than the toll: a short time (but for those `kept`:
        a month alone, the last week alone, are periods) or one event."""
        first = next(
            (m for m in self.grammar.short_period.finditer(sentence.text) if not self._of_place(m)),
            None,
        )
        short = self._phrase_counts(first, sentence, mentions) - kept
        # "in a single week of March": shorter than the month beside it, so not the month's
        short |= self._phrase_counts(
            self.grammar.short_duration.search(sentence.text), sentence, mentions
        )
        return (
            short | self._day_counts(sentence, mentions) | self._incident_counts(sentence, mentions)
        )

    def _area_subject(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether the subject of a part's clause is a named area, right before its verb
        ("Tripoli accounted for 74 of the casualties"), not an agent ("Russian forces caused
        200 of the deaths"), or of its ranking ("Kabul recorded the most casualties, 1,563")."""
        at = (mention.ranked_at or mention.start) - sentence.start
        openings = [m.end() for m in CLAUSE_OPENING.finditer(sentence.text, 0, at)] or [0]
        # "Banadir region, which includes Mogadishu, accounted for 466": an aside after it
        tries = [(openings[-1], SHORT_VERB), *((o, ASIDE_SHORT_VERB) for o in openings[:-1])]
        for opening, verb in tries:
            found = self.areas.pattern.match(sentence.text, opening)
            if (
                found is not None
                and found.lastgroup not in ("country", UNKNOWN_AREA)
                and verb.fullmatch(sentence.text, found.end(), at) is not None
            ):
                return True
        return False

    def _of_place(self, emphasis: re.Match[str]) -> bool:
        """Whether a word of emphasis stresses the area right before it ("In North Darfur
        alone, 782 were killed": the area's count, not a short time's)."""
        before = emphasis.string[max(0, emphasis.start() - 200) : emphasis.start()].rstrip()
        return any(m.end() == len(before) for m in self.areas.pattern.finditer(before))

    def _day_counts(self, sentence: Sentence, mentions: list[Mention]) -> set[int]:
        """The counts of a clause whose outcome a day follows ("130 civilians were killed
        yesterday, when a wedding party was struck"): one day's toll."""
        fronted = self.grammar.fronted_day
        opening = fronted.match(sentence.text) if fronted is not None else None
        if opening:  # "Yesterday, 14 Palestinians were killed": the count it opens, and its parts
            first = next(
                (i for i, m in enumerate(mentions) if m.start - sentence.start == opening.end()),
                None,
            )
            if first is not None:
                return {first} | {i for i, m in enumerate(mentions) if m.parent == first}
        pattern = self.grammar.event_day
        days = list(pattern.finditer(sentence.text)) if pattern is not None else []
        if not days:
            return set()
        clauses = self._clauses(sentence, mentions)
        counts = set()
        for found in days:
            before = [i for i, m in enumerate(mentions) if m.start - sentence.start < found.start()]
            counts |= {i for i in before if clauses[i][0] <= found.start() < clauses[i][1]}
            # "107 people, including seven children, were killed on Saturday": the count whose
            # parts alone stand between it and its outcome
            heads = [i for i in before if mentions[i].parent is None]
            if heads and all(mentions[i].parent == heads[-1] for i in before if i > heads[-1]):
                counts.add(heads[-1])
        return counts

    def _recent(
        self, sentence: Sentence, mentions: list[Mention], dates: list[DateMention]
    ) -> tuple[set[int], Frame]:
        """The counts of a recent stretch of time no date bounds ("in the past three weeks"),
        and their frame: a period of unknown days, or the count since its start when the
        stretch is about as long as the conflict's count ("over the past ten months")."""
        found = self.grammar.recent_period.search(sentence.text)
        if found is None or _spans_a_change(found, sentence, mentions):
            return set(), Frame("period")
        if self._released_at(sentence.text, found.start(), found.end()) or (
            found["stretch"] and self._stretch_of_statement(sentence, found, dates)
        ):
            return set(), Frame("period")
        counts = self._phrase_counts(found, sentence, mentions) - _dated_after_clause(
            sentence, found.end(), mentions, dates, self.grammar
        )
        start, published = self.context.count_start, self.context.published
        if start is None:
            return counts, Frame("period")  # each report counts its own period
        days = self._days_of(found)
        if days is not None and days <= SHORTER_THAN_ANY_COUNT:
            return counts, Frame("period")
        if days is None or published is None:
            return set(), Frame("period")  # how it stands to the count cannot be told
        if days >= WHOLE_COUNT * (published - start).days:
            return counts, Frame()
        return counts, Frame("period")

    def _stretch_of_statement(
        self, sentence: Sentence, found: re.Match[str], dates: list[DateMention]
    ) -> bool:
        """Whether a stretch named before ("last week") is the time of a statement, not of the
        counts: "Last week, the UN said 10,582 had been killed", "1,335 reported last week",
        or its counts run from a start of their own ("... vergangene Woche mit, dass seit
        Februar 2022 ...", "Минулого тижня ООН повідомила, що з початку ... вторгнення")."""
        totals, stated = self.grammar.running_total_words, self.grammar.stated_before
        return (
            (totals is not None and totals.search(sentence.text) is not None)
            or (stated is not None and stated.search(sentence.text, 0, found.start()) is not None)
            or any(d.role == "start" for d in dates)
            or self._dates_from_war_start(sentence, dates)
        )

    def _released_at(self, text: str, start: int, end: int) -> bool:
        """Whether the verb of a statement stands right before or after a time ("said last
        month", "minulý měsíc uvedla"): the statement's time."""
        before, after = self.grammar.release_before, self.grammar.release_after
        return (before is not None and before.search(text, 0, start) is not None) or (
            after is not None and after.match(text, end) is not None
        )

    def _days_of(self, found: re.Match[str]) -> int | None:
        """The days of a stretch of time ("ten months": 300); None when its number is unread."""
        if found["stretch"]:  # "during the month": a stretch the text named before
            stretches = self.lexicon.words("dates", "stretches")
            return {k.lower(): v for k, v in stretches.items()}.get(found["stretch"].lower())
        durations = {
            k.lower(): v
            for k, v in (
                self.lexicon.words("dates", "one_durations")
                | self.lexicon.words("dates", "durations")
            ).items()
        }
        per_unit = durations.get(found["unit"].lower())
        if not found["n"]:
            return per_unit
        number = find_numbers(found["n"], self.lexicon)
        value = number[0].value if len(number) == 1 else None
        return per_unit * value if per_unit and value else None

    def _phrase_counts(
        self, first: re.Match[str] | None, sentence: Sentence, mentions: list[Mention]
    ) -> set[int]:
        """The counts a phrase of time ("on 5 June alone", "overnight", "in the past week"),
        found first at `first`, applies to: those after it in the sentence, and those before it
        in its clause."""
        if first is None:
            return set()
        clauses = self._clauses(sentence, mentions)
        ends = [end for _, end in clauses]
        cuts = [*_segment_bounds(sentence.text, self.grammar), len(sentence.text)]
        for i in range(len(mentions)):
            parts = [j for j, m in enumerate(mentions) if m.parent == i]
            if not parts or not all(clauses[j][0] == ends[i] for j in parts):
                continue
            # "103 civilians, 26 of them children, have been killed in just 10 days": a count
            # and the parts right after it reach over the clause that follows them, when it
            # holds no count of its own
            after = min((c for c in cuts if c > clauses[parts[-1]][1]), default=None)
            owned = [
                m
                for m in mentions
                if (m.outcome or m.group) and clauses[parts[-1]][1] <= m.start - sentence.start
            ]
            if after is not None and not any(m.start - sentence.start < after for m in owned):
                for k in (i, *parts):
                    ends[k] = after
        found = {i for i, end in enumerate(ends) if first.start() < end}
        # "150 killed, 92 injured and 20,000 displaced in the past week": what ends a list, its
        # last count joined by "and", is of every count in it
        in_list = False
        for i in range(len(mentions) - 1, 0, -1):
            in_list = i in found and self._listed_before(mentions, i, in_list=in_list)
            if in_list:
                found.add(i - 1)
        return found

    def _listed_before(self, mentions: list[Mention], i: int, *, in_list: bool) -> bool:
        """Whether the count before mention i is in one list with it: another outcome, or the
        toll before a count of another harm ("92 injured and 20,000 displaced"), joined by
        "and", or by a comma where a later "and" ends the list."""
        first, second = mentions[i - 1], mentions[i]
        if first.outcome is None or not (
            second.rejected or second.outcome not in (None, first.outcome)
        ):
            return False
        joined = coordinated if in_list else and_joined
        return joined(first, second, self.text, 0, self.grammar)

    def _paired_before(self, sentence: Sentence, mentions: list[Mention], i: int) -> bool:
        """Whether the count before mention i is the other outcome of one pair with it ("more
        than 30 were killed and 200 injured in a single week"): what ends the pair is of both."""
        if i == 0:
            return False
        first, second = mentions[i - 1], mentions[i]
        if None in (first.outcome, second.outcome) or first.outcome == second.outcome:
            return False
        return and_joined(first, second, self.text, 0, self.grammar)

    def _incident_counts(self, sentence: Sentence, mentions: list[Mention]) -> set[int]:
        """The counts in the clause of a single event ("killed in the strike on the station")."""
        war = _war_target(self.lexicon, self.conflict)
        marks = [
            m.start()
            for m in self.grammar.incident.finditer(sentence.text)
            if war is None or not war.match(sentence.text, m.end())
        ]
        noun = self.grammar.disaster_noun
        if self.grammar.disaster is not None and noun is not None and noun.search(sentence.text):
            marks += [m.start() for m in self.grammar.disaster.finditer(sentence.text)]
        if not marks:
            return set()
        clauses = self._clauses(sentence, mentions)
        inside = {i for i, (low, high) in enumerate(clauses) if any(low <= m < high for m in marks)}
        # "A missile hit the market, killing six": a participle clause right after the event's
        cuts = _segment_bounds(sentence.text, self.grammar)
        after = set()
        for i, (low, _) in enumerate(clauses):
            previous = max((c for c in cuts if c < low), default=None)
            if previous is not None and self.grammar.incident_participle.match(sentence.text, low):
                after |= {i} if any(previous <= m < low for m in marks) else set()
        fronted = self._fronted(sentence, mentions, marks)
        counts = inside | after | fronted | self._relative_counts(sentence, mentions, marks)
        # "left 60 civilians dead and 111 injured": the other outcome of a pair is the event's too
        partners = {i - 1 for i in counts if self._paired_before(sentence, mentions, i)} | {
            i + 1
            for i in counts
            if i + 1 < len(mentions) and self._paired_before(sentence, mentions, i + 1)
        }
        return counts | partners

    def _fronted(self, sentence: Sentence, mentions: list[Mention], marks: list[int]) -> set[int]:
        """The counts of the clause after an event that opens the sentence ("In a single strike
        on Odesa on 2 March, 12 people were killed, including five children"), past an aside
        with no count that names it ("In the deadliest incident, the strike on the station,
        OHCHR verified 60 killed")."""
        opening = [m for m in marks if not sentence.text[:m].strip(" \t\"'“‘«(")]
        if not opening:
            return set()
        end = len(sentence.text)
        cuts = [*_segment_bounds(sentence.text, self.grammar), end]
        starts = [m.start - sentence.start for m in mentions]
        first = min((c for c in cuts if c > opening[0]), default=end)
        main_end = min((c for c in cuts if c > first + 1), default=end)
        while main_end < end and not any(first <= at < main_end for at in starts):
            first, main_end = main_end, min((c for c in cuts if c > main_end + 1), default=end)
        return {i for i, at in enumerate(starts) if at < main_end}

    def _day_event(self, sentence: Sentence, dates: list[DateMention]) -> bool:
        """Whether a sentence opens with a bare day and names no one reporting ("On 2 March, 12
        people were killed in Odesa"), or tells an attack before anyone reports ("On 7 March,
        Russian forces struck Dobropillia; OHCHR confirmed 11 killed"): that day's events, not a
        count of the war."""
        statement = self.grammar.statement
        if not dates or statement is None:
            return False
        # the sentence's start, or that of the part after its colon ("...: 9 июля в Орехове ...")
        head = sentence.text.rfind(":", 0, dates[0].start - sentence.start) + 1
        opening = next(
            (d for d in dates if 0 <= d.start - sentence.start - head < DAY_OPENER_REACH), None
        )
        if opening is None or opening.kind != "day" or opening.role is not None:
            return False
        before = sentence.text[head : opening.start - sentence.start].strip(" \t\"'“‘«(,")
        words = {w.lower() for w in self.lexicon.words("dates", "before_day")}
        if before and before.lower() not in words:
            return False
        told = statement.search(sentence.text)
        if told is None:
            return True
        attack = self.grammar.attack
        told_first = sentence.text[opening.end - sentence.start : told.start()]
        return attack is not None and attack.search(told_first) is not None

    def _of_the_days_event(
        self, sentence: Sentence, mentions: list[Mention], dates: list[DateMention]
    ) -> set[int]:
        """The counts of a day's event: all but those in a part of the sentence that counts
        from a start of its own ("On 2 March, 12 were killed in an attack, and the UN has
        recorded 10,582 since February 2022", "...: Seit Beginn der Invasion wurden 10.582
        ...")."""
        cuts = _segment_bounds(sentence.text, self.grammar)
        starts = [d.start - sentence.start for d in dates if d.role == "start"]
        out = set()
        for i, m in enumerate(mentions):
            at = m.start - sentence.start
            low = max(c for c in cuts if c <= at)
            high = min((c for c in cuts if c > at), default=len(sentence.text))
            since = since_clause_before(sentence.text, at, self.lexicon)
            if not since and not any(low <= s < high for s in starts):
                out.add(i)
        return out

    def _earlier_release(self, sentence: Sentence, dates: list[DateMention]) -> bool:
        """Whether a sentence gives an earlier release's figures by the time it was made ("In
        November, it said ..."): they are of a day the text does not tell."""
        pattern = self.grammar.earlier_release
        found = pattern.match(sentence.text) if pattern is not None else None
        return found is not None and any(
            d.kind in ("month", "months", "year") and d.start - sentence.start < found.end("when")
            for d in dates
        )

    def _relative_counts(
        self, sentence: Sentence, mentions: list[Mention], marks: list[int]
    ) -> set[int]:
        """The counts of a relative clause whose nearest event before it is one ("an attack on
        the town and the nearby camp that killed at least 40"): no count stands between."""
        relative = self.grammar.incident_relative
        if relative is None:
            return set()
        counts = set()
        starts = [m.start - sentence.start for m in mentions]
        # a number that counts nothing ("three days earlier") stands between freely
        tolls = [at for at, m in zip(starts, mentions, strict=True) if m.outcome and not m.rejected]
        for i, at in enumerate(starts):
            found = relative.search(sentence.text, max(0, at - RELATIVE_REACH - 20), at)
            if found is None:
                continue
            event = max((m for m in marks if m < found.start()), default=None)
            if event is None or any(event < other < at for other in tolls):
                continue
            told = sentence.text[found.start() : at + RELATIVE_REACH]
            # "where at least 44 people, including five children, were killed": the count's
            # own outcome may stand past the reach, after its parts
            if mentions[i].own_outcome or any(
                p.search(told) for p in self.grammar.outcome_words.values()
            ):
                counts.add(i)
        return counts

    def _starts_named(self, sentence: Sentence, dates: list[DateMention]) -> list[int]:
        """Where a sentence names a start: a date's ("since February 2022"), or the war's ("since
        the start of the full-scale invasion")."""
        since = [d.start - sentence.start for d in dates if d.role == "start"]
        war_start = _count_start_pattern(self.lexicon, self.conflict)
        for pattern in (war_start, self.grammar.cumulative_since):
            since += [m.start() for m in pattern.finditer(sentence.text)] if pattern else []
        return since

    def _sentence_outcome(self, text: str) -> str | None:
        kinds = [k for k, p in self.grammar.outcome_words.items() if p.search(text)]
        return kinds[0] if len(kinds) == 1 else None

    def _is_subcount(self, sentence: Sentence, figures: list[Mention]) -> bool:
        """Counts named after a weapon or cause ("Mines ...: 13 killed") are a part, not a total."""
        first = min(m.start for m in figures) - sentence.start
        # not across a semicolon: "Three were killed in shelling; the UN has verified 10,582"
        low = max(0, first - WEAPON_REACH, sentence.text.rfind(";", 0, first) + 1)
        weapon = self.grammar.weapons.search(sentence.text, low, first)
        agent = self.grammar.weapon_agent
        wielded = _agents(self.conflict)  # "military air strikes": the whole count's agent
        if (
            weapon
            and not (agent and agent.search(sentence.text, 0, weapon.start()))
            and not (wielded and wielded.search(sentence.text, 0, weapon.start()))
        ):
            return True
        cause = self.grammar.cause_after
        # within the sentence: not "13,287 injured\nMost casualties caused by explosive ..."
        if cause is not None and any(
            cause.match(self.text, m.token.end, sentence.end) for m in figures
        ):
            return True
        return bool(self.grammar.part_opener.match(sentence.text)) and self.state.subcount

    def _caused_part(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a count is a part of the count before with a cause after it ("12,000
        civilians have been killed, including 60 killed in a missile attack"): the attack's
        toll, left out; the whole stays a count of the war."""
        cause = self.grammar.cause_after
        if cause is None or not cause.match(self.text, mention.token.end, sentence.end):
            return False
        return mention.parent is not None or bool(
            self.grammar.including_before.search(sentence.text, 0, mention.start - sentence.start)
        )

    def _party_share(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a count's verb has a party to the conflict for its subject ("ISIL killed at
        least 3,855 civilians in 2015"): that party's share, no count of the war."""
        parties = _parties(self.conflict)
        if parties is None:
            return False
        at = mention.start - sentence.start
        party = next(
            reversed(list(parties.finditer(sentence.text, max(0, at - PARTY_REACH), at))), None
        )
        if party is None:
            return False
        verb = self.grammar.outcome_before.search(sentence.text, party.end(), at)
        return verb is not None and PARTY_GAP.fullmatch(sentence.text, party.end(), verb.start())

    def _key(self, frame: Frame, area: str | None, prior: bool) -> tuple:
        period_start = frame.period_start if frame.scope == "period" else None
        return (
            frame.scope,
            area,
            period_start,
            frame.as_of,
            prior and frame.as_of is None,
            frame.open_end,
        )

    def _prior_frame(self, mention: Mention, frame: Frame) -> Frame:
        state = self.state
        date = None
        if mention.prior_date is not None:
            date = _end_date(
                replace(mention.prior_date, role="end"), self.context, frame.period_start
            )
            state.prior_days, state.prior_date = None, date
        elif mention.prior_days is not None and frame.as_of is not None:
            date = frame.as_of - dt.timedelta(days=mention.prior_days)
            state.prior_days, state.prior_date = mention.prior_days, None
        elif frame.as_of is not None and (
            state.prior_days is not None or state.prior_date is not None
        ):
            date = state.prior_date or frame.as_of - dt.timedelta(days=state.prior_days or 0)
        return Frame(frame.scope, frame.period_start, date)

    def _counted(self, year: int, month: int) -> bool:
        """Whether a month falls within the count: none before the day it starts."""
        start = self.context.count_start
        return start is None or dt.date(year, month, 1) >= start.replace(day=1)

    def _read_in(
        self, mention: Mention, frame: Frame, area: tuple[str | None, str | None]
    ) -> tuple[Builder | None, str | None]:
        """The report a count would join in a frame and area, and the count's slot there."""
        builder = self.builders.get(self._key(frame, area_name(*area, self.areas.names), False))
        return builder, _slot(mention.group, mention.outcome)

    def _outgrows_carried(
        self, mention: Mention, frame: Frame | None, area: tuple[str | None, str | None]
    ) -> bool:
        """Whether a count read in a period carried from a sentence before exceeds that
        period's own count of the same, read where its sentence named the period: a war's
        total, in a conflict whose count has a start."""
        if frame is None or frame.scope != "period" or self.context.count_start is None:
            return False
        builder, slot = self._read_in(mention, frame, area)
        value = mention.token.value
        return bool(
            builder is not None
            and slot in builder.values
            and builder.strength[slot].dated
            and value is not None
            and value > builder.values[slot]
        )

    def _clashes(
        self, mention: Mention, frame: Frame | None, area: tuple[str | None, str | None]
    ) -> bool:
        if frame is None:
            return False
        builder, slot = self._read_in(mention, frame, area)
        # "more than 2,500" beside 2,505 is the same count, rounded in the telling; a count of
        # civilians by name beside a wider group's replaces it ("350,209 people ..., including
        # 143,350 civilians", "..., of whom 1,120 were civilians"), as its reading does
        return bool(
            builder
            and slot in builder.values
            and not builder.agrees(slot, mention.token.value, mention.qualifier)
            and not (
                self.grammar.civilian_after.match(self.text, mention.token.end)
                and not builder.strength[slot].civilian
            )
        )

    def _add(
        self,
        mention: Mention,
        slot: str,
        frame: Frame,
        area: tuple[str | None, str | None],
        strength: Strength,
        *,
        whole: int | None,
    ) -> None:
        name = area_name(*area, self.areas.names)
        token = mention.token
        evidence = Evidence(token.text, token.start, token.end, mention.qualifier)
        if mention.prior:
            frame = self._prior_frame(mention, frame)
            if frame.scope == "period" and frame.as_of is None and mention.prior_days is None:
                # "323 killed between 1 April and 30 June, up from 178 in the previous quarter":
                # an earlier period's count, whose period the text does not say
                self.left_out.append(Dropped(slot, token.value, evidence, EARLIER_PERIOD))
                return
        key = self._key(frame, name, mention.prior)
        builder = self.builders.get(key)
        if builder is None:
            builder = self.builders[key] = Builder(frame, name, mention.prior, mention.start)
        elif builder.frame.period_start is None and frame.period_start is not None:
            builder.frame = replace(
                builder.frame, period_start=frame.period_start, evidence=frame.evidence
            )
        if mention.prior and frame.as_of is None:
            builder.prior_days = mention.prior_days
        builder.add(slot, token.value, evidence, strength, whole=whole)

    # -- after the last sentence ------------------------------------------------------------
    def _of_a_wider_group(self, b: Builder) -> set[str]:
        """The fields read beside a count that a count of civilians by name replaced ("1,792
        Iraqis were killed and another 1,358 injured. Of those killed, 1,120 were civilians"):
        they count the same wider group, not civilians."""
        replaced = [
            d.evidence.start
            for d in b.dropped
            if d.reason == CIVILIAN_REASON
            and d.evidence.end is not None
            and self.grammar.group_after.match(
                self.text[d.evidence.end : d.evidence.end + GROUP_REACH]
            )
        ]  # a count of a group named ("1,792 Iraqis"), not one that names none ("1,400 were")
        sentences = {self.sentences.index_at(at) for at in replaced if at is not None}
        beside = {
            k
            for k, e in b.evidence.items()
            if not b.strength[k].civilian
            and e.start is not None
            and self.sentences.index_at(e.start) in sentences
        }
        # elsewhere, a count that names the wider group too ("A further 2,287 people were
        # wounded")
        named = {
            k
            for k, e in b.evidence.items()
            if replaced
            and k in WHOLE_FIELDS
            and not b.strength[k].civilian
            and e.end is not None
            and self.grammar.group_after.match(self.text[e.end : e.end + GROUP_REACH])
        }
        return beside | named

    def _restore_beaten(self, b: Builder, wider: set[str]) -> set[str]:
        """The fields whose reading beside a wider group's count had beaten one of another
        sentence, now restored ("another 1,120 were injured" beside 1,792 Iraqis had beaten
        "the number injured was 1,046"): a clash never loses both. Not when the readings it
        beat disagree."""
        restored = set()
        for k in sorted(wider - b.clashes):
            held = b.evidence[k].start
            sentence = None if held is None else self.sentences.index_at(held)
            beaten = [
                d
                for d in b.dropped
                if d.field == k
                and d.reason in RESTORABLE
                and d.evidence.start is not None
                and d.evidence.end is not None
                and self.sentences.index_at(d.evidence.start) != sentence
                and not self._names_a_wider_group(d.evidence)
            ]
            if len({d.value for d in beaten}) != 1:
                continue
            b.dropped.remove(beaten[-1])
            b.values[k], b.evidence[k] = beaten[-1].value, beaten[-1].evidence
            restored.add(k)
        return restored

    def _names_a_wider_group(self, evidence: Evidence) -> bool:
        """Whether a count names a group after it that is not civilians ("1,792 Iraqis")."""
        end = evidence.end or 0
        after = self.text[end : end + GROUP_REACH]
        return bool(
            self.grammar.group_after.match(after)
            and not self.grammar.civilians_noun_after.match(self.text, end)
        )

    def _drop_totals_below_parts(self, builders: list[Builder]) -> None:
        """A total smaller than the killed or the injured of its report, read in another
        sentence, is no total of theirs ("1,692 killed and 3,430 injured. The mission also
        recorded 353 civilian casualties among returnees."): the later reading goes."""
        for b in builders:
            total = b.values.get("total")
            parts = [k for k in ("killed", "injured") if b.values.get(k, 0) > (total or 0)]
            if total is None or not parts:
                continue
            at = {k: b.evidence[k].start for k in ("total", *parts)}
            if None in at.values():
                continue
            sentence = {k: self.sentences.index_at(start) for k, start in at.items()}
            if all(sentence[k] == sentence["total"] for k in parts):
                continue  # one sentence's own figures: a slip of the source, kept as stated
            later = [max(("total", k), key=at.__getitem__) for k in parts]
            for k in dict.fromkeys(later):
                b.drop(k, BELOW_PARTS)  # a value held in a tie, gone: no clash is left to tell

    def _place_exact_restatements(
        self, builders: list[Builder], restated: list[tuple[Builder, str, set[int]]]
    ) -> None:
        """An exact count that a round one of an area restates, in a sentence that names no
        place, is the area's ("More than 1,000 civilians have been killed in the Idlib
        de-escalation zone", then "her office had verified the deaths of 1,089 civilians"):
        when the round figure was all its report held, and one report of the whole holds it."""
        keys = {(b.frame, b.area, b.prior) for b in builders}
        for rounded, slot, values in restated:
            if rounded.area is None or rounded.values or len(values) != 1:
                continue
            (value,) = values
            exact = [b for b in builders if b.area is None and b.values.get(slot) == value]
            if len(exact) != 1 or exact[0].prior:
                continue
            b = exact[0]
            if (b.frame, rounded.area, False) in keys or self._names_a_place(b.evidence[slot]):
                continue
            keys.discard((b.frame, None, False))
            b.area = rounded.area
            keys.add((b.frame, b.area, False))

    def _names_a_place(self, evidence: Evidence) -> bool:
        """Whether the sentence of a reading names a place, the country included."""
        if evidence.start is None:
            return True
        sentence = self.sentences[self.sentences.index_at(evidence.start)]
        return self.areas.pattern.search(sentence.text) is not None

    def _finish(self) -> list[Report]:
        self.unplaced = [d for b in self.builders.values() if not b.values for d in b.dropped]
        self.unplaced += self.left_out
        builders = [b for b in self.builders.values() if b.values]
        builders = self._merge_undated(builders)
        self._place_exact_restatements(builders, _drop_rounded_restatements(builders))
        self._drop_totals_below_parts(builders)
        _drop_rounded_totals(builders)
        self._date_by_cut_off(builders)
        builders = _without_area_restatements(builders)
        cut_off = max(
            (
                b.frame.as_of
                for b in builders
                if b.frame.scope == "cumulative"
                and b.area is None
                and not b.prior
                and b.frame.as_of
            ),
            default=None,
        )
        reports = []
        body = monitoring_body(self.text, self.conflict, lexicon=self.lexicon)
        lost = _lost_counts(builders)
        for b in sorted(builders, key=lambda b: b.first):
            wider = self._of_a_wider_group(b)
            left_out = [Dropped(k, b.values[k], b.evidence[k], WIDER_GROUP) for k in sorted(wider)]
            wider -= self._restore_beaten(b, wider)
            orphans = {k for k, at in b.wholes.items() if at in lost} - b.clashes - wider
            orphans -= _replacing_their_whole(b)
            values = {k: v for k, v in b.values.items() if k not in b.clashes | wider | orphans}
            left_out += [Dropped(k, b.values[k], b.evidence[k], TIE) for k in sorted(b.clashes)]
            left_out += [
                Dropped(k, b.values[k], b.evidence[k], WHOLE_LOST) for k in sorted(orphans)
            ]
            if not values:
                self.unplaced += [*b.dropped, *left_out]
                continue
            frame = b.frame
            if frame.open_end:
                frame = replace(frame, as_of=cut_off)
            if (
                frame.scope == "cumulative"
                and frame.period_start is None
                and self.count_start_stated
            ):
                frame = replace(frame, period_start=self.context.count_start)
            if frame.period_start and frame.as_of and frame.period_start > frame.as_of:
                frame = replace(frame, period_start=None, as_of=None)
            evidence = {k: v for k, v in b.evidence.items() if k in values}
            for name, d, _ in frame.evidence:
                if getattr(frame, name) is not None:
                    evidence[name] = Evidence(d.text, d.start, d.end)
            reports.append(
                Report(
                    country=self.conflict.country,
                    monitoring_body=body,
                    scope=frame.scope,
                    area=b.area,
                    period_start=frame.period_start,
                    as_of=frame.as_of,
                    evidence=evidence,
                    dropped=sorted([*b.dropped, *left_out], key=lambda d: d.evidence.start or 0),
                    **values,
                )
            )
        return reports

    def _date_by_cut_off(self, builders: list[Builder]) -> None:
        """Counts since the start that no sentence of theirs dates take the one cut-off that
        sentences without counts give (a title's "as of 17 April", "cases confirmed until the
        end of 10 May")."""
        if len({f.as_of for f in self.cut_offs}) != 1:
            return
        cut_off = self.cut_offs[0]
        starts = {f.period_start for f in self.cut_offs} - {None}
        start = starts.pop() if len(starts) == 1 else None
        start_evidence = next(
            (e for f in self.cut_offs for e in f.evidence if e[0] == "period_start"), None
        )
        for b in builders:
            if start is not None and start_evidence and _starts_at_cut_off(b, cut_off):
                # "Killed: 5,718 ... Figures cover 24 February 2022 to 4 September 2022."
                evidence = (*b.frame.evidence, start_evidence)
                b.frame = replace(b.frame, period_start=start, evidence=evidence)
            if b.prior and b.frame.as_of is None and b.prior_days is not None:
                # "953 deaths, up from 925 a day earlier. The count runs to 21 March."
                as_of = cut_off.as_of - dt.timedelta(days=b.prior_days)
                evidence = b.frame.evidence + tuple(e for e in cut_off.evidence if e[0] == "as_of")
                b.frame = replace(b.frame, as_of=as_of, evidence=evidence)
                continue
            if (
                b.frame.scope == "cumulative"
                and b.frame.as_of is None
                and not b.prior
                and not b.frame.open_end
                and (b.frame.period_start is None or b.frame.period_start <= cut_off.as_of)
            ):
                evidence = b.frame.evidence + tuple(e for e in cut_off.evidence if e[0] == "as_of")
                b.frame = replace(b.frame, as_of=cut_off.as_of, evidence=evidence)

    def _whole_before_dated_parts(
        self, sentence: Sentence, mentions: list[Mention], dates: list[DateMention]
    ) -> bool:
        """Whether the sentence opens on a whole ("Of the total of 5,183 casualties,") and its
        dates all stand after it, with its parts."""
        found = self.grammar.whole_opening.match(sentence.text)
        if found is None or len(mentions) < 2 or not dates:
            return False
        end = sentence.start + found.end()
        return mentions[0].end <= end <= mentions[1].start and all(d.start >= end for d in dates)

    def _head_named(self, sentence: Sentence) -> str | None:
        """The outcome of the count before that a sentence opens on by its number alone ("...
        5,718 killed and 8,199 injured. Of the 5,718, 372 were children"), if one has it."""
        if not self.state.head_counts:
            return None
        found = self.grammar.whole_by_number.match(sentence.text)
        if found is None:
            return None
        at = sentence.start + found.start("n")
        value = next((n.value for n in self._numbers_of(sentence) if n.start == at), None)
        outcomes = {o for v, o in self.state.head_counts if v == value and value is not None}
        return outcomes.pop() if len(outcomes) == 1 else None

    def _parts_of_head(self, b: Builder) -> bool:
        """Whether a report holds only the parts a sentence gave of the count before it: "...
        4,731 deaths since February 24. Among the dead were 330 children, in an update covering
        the period up to June 26": the cut-off said with the parts is the whole's too."""
        return all(e.start in self._head_parts for e in b.evidence.values())

    @staticmethod
    def _headline_target(headline: Builder, builders: list[Builder]) -> Builder | None:
        """A headline's undated figures restate the body's one dated count of their scope and
        area, even when they disagree (rounded, or a slip): the body's reading is stronger."""
        if any(s.body for s in headline.strength.values()):
            return None
        dated = [
            d
            for d in builders
            if d.frame.as_of is not None
            and not d.prior
            and d.frame.scope == headline.frame.scope
            and d.area == headline.area
        ]
        return dated[0] if len(dated) == 1 else None

    def _merge_undated(self, builders: list[Builder]) -> list[Builder]:
        """An undated count of the same scope and area joins the dated report it agrees with."""
        kept = []
        for b in builders:
            if b.frame.as_of is not None or b.prior or b.frame.scope != "cumulative":
                kept.append(b)
                continue
            dated = [
                d
                for d in builders
                if d is not b
                and d.frame.as_of is not None
                and not d.prior
                and d.frame.scope == "cumulative"
                and d.area == b.area
                and d.compatible(b)
                and not (_only_groups(d, b) and not self._parts_of_head(d))
            ]
            sharing = [d for d in dated if set(d.values.items()) & set(b.values.items())]
            target = (
                sharing[0]
                if len(sharing) == 1
                else (dated[0] if len(dated) == 1 and not sharing else None)
            )
            if target is None:
                target = self._headline_target(b, builders)
            if target is None:
                kept.append(b)
                continue
            for slot, value in b.values.items():
                target.add(
                    slot, value, b.evidence[slot], b.strength[slot], whole=b.wholes.get(slot)
                )
            target.dropped.extend(b.dropped)
            if target.frame.period_start is None and b.frame.period_start is not None:
                target.frame = replace(
                    target.frame,
                    period_start=b.frame.period_start,
                    evidence=target.frame.evidence
                    + tuple(e for e in b.frame.evidence if e[0] == "period_start"),
                )
            target.first = min(target.first, b.first)
        return kept


def _replacing_their_whole(b: Builder) -> set[str]:
    """The fields whose value is the civilians among their own whole, which it replaced ("500
    Iraqis were killed in March, 300 of them civilians"): no orphans of a lost whole."""
    replaced = {(d.field, d.evidence.start) for d in b.dropped if d.reason == CIVILIAN_REASON}
    return {k for k, at in b.wholes.items() if (k, at) in replaced}


HEADLINE_FIELDS = frozenset({"killed", "injured", "total"})


def _only_groups(dated: Builder, undated: Builder) -> bool:
    """Whether a dated report counts only groups (children, women) where the undated one
    counts everyone: "669 children were killed between the invasion and the end of 2024" dates
    no count of all civilians beside it."""
    return not dated.values.keys() & HEADLINE_FIELDS and bool(
        undated.values.keys() & HEADLINE_FIELDS
    )


ROUNDED = "a round restatement of an exact count"
ROUNDED_TOTAL = "a round total beside the exact killed and injured it rounds"
EARLIER_PERIOD = "an earlier period's count, of a period the text does not say"
PART_OWN_START = "a part of a count from a later start of its own, to a day the text does not say"
BELOW_PARTS = "a total below a part of it, read in another sentence: another count's"
WHOLE_LOST = "part of a count that a stronger reading replaced: it is of that count's frame"


def _lost_counts(builders: list[Builder]) -> set[int]:
    """Where the counts stand that a clash left out (not those only rounded): the parts read
    with them ("107 people, including seven children, were killed on Saturday") go too."""
    lost = {
        d.evidence.start
        for b in builders
        for d in b.dropped
        if d.reason != ROUNDED and d.evidence.start is not None
    }
    lost |= {b.evidence[k].start for b in builders for k in b.clashes}
    return {at for at in lost if at is not None}


def _trailing_zeros(value: int) -> int:
    zeros = 0
    while value and value % 10 == 0:
        value, zeros = value // 10, zeros + 1
    return zeros


def _rounds(value: int, qualifier: str | None, other: int) -> bool:
    """Whether a value given with a qualifier ("at least 690", "more than 12,300") is another
    of the same field rounded: rounder than it, and near it on the side the qualifier says."""
    return (
        qualifier is not None
        and _trailing_zeros(value) > _trailing_zeros(other)
        and _restates(value, qualifier, other)
    )


def _without_area_restatements(builders: list[Builder]) -> list[Builder]:
    """A report of the whole country with the very values and frame of an area's is the area's
    count restated without its place ("At least 183 killed in Amhara ..." then "At least 183
    people have been killed," in a quote): one report, the area's."""

    def stated(b: Builder) -> tuple:
        frame = b.frame
        return frame.scope, frame.period_start, frame.as_of, b.prior, sorted(b.values.items())

    with_area = [stated(b) for b in builders if b.area is not None]
    return [b for b in builders if b.area is not None or stated(b) not in with_area]


def _restates(bound: int, qualifier: str | None, exact: int) -> bool:
    """Whether a round bound restates an exact count: within ROUNDING_TOLERANCE of it, or,
    for a bound that says which side the count is on ("more than 1,000" for 1,095), within
    BOUND_TOLERANCE on that side."""
    if abs(exact - bound) <= ROUNDING_TOLERANCE * exact:
        return True
    if qualifier in ABOVE_QUALIFIERS:
        return bound < exact <= bound * (1 + BOUND_TOLERANCE)
    if qualifier in BELOW_QUALIFIERS:
        return bound * (1 - BOUND_TOLERANCE) <= exact < bound
    return False


def _drop_rounded_restatements(
    builders: list[Builder],
) -> list[tuple[Builder, str, set[int]]]:
    """ "More than 12,300" beside an exact 12,340 of the same kind is the same figure, rounded;
    an undated round figure ("more than 1,000 killed since the takeover") restates an exact one
    of any frame (the 1,095 of a dated period). A dated one restates only one of the same
    stretch: "some 1,030 in June" is not May's 1,016. Returns each round reading dropped, with
    the exact values it restates."""
    exact: dict[tuple, set[tuple[int, tuple]]] = {}
    found = []
    for b in builders:
        days = (b.frame.period_start, b.frame.as_of)
        # an exact reading left out (of a wider group) is restated by its round headline too
        read = [(k, v, b.evidence[k].qualifier) for k, v in b.values.items()]
        read += [(d.field, d.value, d.evidence.qualifier) for d in b.dropped]
        for slot, value, qualifier in read:
            if qualifier is None or value % 10:
                exact.setdefault((b.frame.scope, b.area, b.prior, slot), set()).add((value, days))
                exact.setdefault(("any", b.area, b.prior, slot), set()).add((value, days))
                exact.setdefault(("any area", b.prior, slot), set()).add((value, days))
    for b in builders:
        days = (b.frame.period_start, b.frame.as_of)
        undated = days == (None, None)
        for slot, value in list(b.values.items()):
            if b.evidence[slot].qualifier is None or value % 10:
                continue
            near = exact.get((b.frame.scope, b.area, b.prior, slot), set())
            if undated:
                # an undated round figure restates an exact one of any frame, and of the whole
                # when it names an area the exact one's sentence leaves to its reader
                near = near | exact.get(("any", b.area, b.prior, slot), set())
                if b.area is not None:
                    near = near | exact.get(("any area", b.prior, slot), set())
            else:
                near = {(v, d) for v, d in near if _same_stretch(days, d)}
            qualifier = b.evidence[slot].qualifier
            restated = {v for v, _ in near if v != value and _rounds(value, qualifier, v)}
            if restated:
                b.drop(slot, ROUNDED)
                found.append((b, slot, restated))
    return found


def _drop_rounded_totals(builders: list[Builder]) -> None:
    """A round total that only comes near the exact killed and injured beside it ("just
    under 9,000 casualties, including 3,218 killed and 5,778 injured") is their sum, rounded:
    no total the text states. A bound is ("more than 3,000 casualties": 1,179 and 1,860)."""
    for b in builders:
        total, killed, injured = (b.values.get(k) for k in ("total", "killed", "injured"))
        if total is None or killed is None or injured is None:
            continue
        qualifier = b.evidence["total"].qualifier
        exact = all(b.evidence[k].qualifier is None for k in ("killed", "injured"))
        if (
            exact
            and qualifier not in (*ABOVE_QUALIFIERS, *LOWER_BOUNDS)
            and killed + injured != total
            and _rounds(total, qualifier, killed + injured)
        ):
            b.drop("total", ROUNDED_TOTAL)


def _same_stretch(
    days: tuple[dt.date | None, dt.date | None], other: tuple[dt.date | None, dt.date | None]
) -> bool:
    """Whether two frames' first and last days may be one stretch: each pair in the same month,
    or unknown on one side ("since August 2021" and 15 August 2021 to 30 May 2023)."""
    return all(
        a is None or b is None or (a.year, a.month) == (b.year, b.month)
        for a, b in zip(days, other, strict=True)
    )


@dataclass(frozen=True)
class Reading:
    """What a text gives: its reports, and the readings left out of reports that were left
    with no value at all ("1,417 ... 1,430": as strong, both left out), with their reasons."""

    reports: list[Report]
    dropped: list[Dropped]


def assemble_reading(
    text: str, *, lexicon: Lexicon, conflict: Conflict, published: dt.date | None
) -> Reading:
    """The monitoring body's reports stated in `text`, in order of first appearance, and the
    readings no report holds."""
    assembler = _Assembler(text, lexicon, conflict, published)
    reports = assembler.run()
    return Reading(reports, sorted(assembler.unplaced, key=lambda d: d.evidence.start or 0))


def assemble_reports(
    text: str, *, lexicon: Lexicon, conflict: Conflict, published: dt.date | None
) -> list[Report]:
    """The monitoring body's reports stated in `text`, in order of first appearance."""
    return assemble_reading(text, lexicon=lexicon, conflict=conflict, published=published).reports
