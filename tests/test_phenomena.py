"""Parser behaviour by example, grouped by phenomenon. Sentences are written for these tests.

Each case: the text, its publication date, and the reports expected (only stated values).
A known gap is a strict xfail: when it is fixed, the test fails until it is promoted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from casualties import parse_text
from casualties.document import document_from_text
from casualties.parse import read_reports
from casualties.parse.assemble import assemble_reading
from casualties.parse.lexicon import load_conflict, load_lexicon

D = dt.date


def _stated(text: str, published: dt.date | None, conflict: str | None = "ukraine") -> list[dict]:
    """The stated values of each report, less what every case shares (cumulative scope, the
    country and body, the evidence); `conflict` None tells it from the text."""
    out = []
    for report in parse_text(text, published=published, conflict=conflict):
        row = {
            k: v
            for k, v in report.to_dict().items()
            if v is not None and k not in ("evidence", "dropped", "country", "monitoring_body")
        }
        if row.get("scope") == "cumulative":
            row.pop("scope")
        out.append(row)
    return out


def cases(*rows: tuple) -> list:
    return [
        pytest.param(text, published, expected, id=name) for name, text, published, expected in rows
    ]


MARCH_2022 = {"scope": "period", "period_start": "2022-03-01", "as_of": "2022-03-31"}
AUGUST_2024 = {"scope": "period", "period_start": "2024-08-01", "as_of": "2024-08-31"}

NUMBER_FORMATS = cases(
    ("comma", "OHCHR has recorded 1,417 civilians killed.", None, [{"killed": 1417}]),
    ("space", "OHCHR has recorded 1 417 civilians killed.", None, [{"killed": 1417}]),
    ("no-break space", "OHCHR has recorded 1\u00a0417 civilians killed.", None, [{"killed": 1417}]),
    ("thin space", "OHCHR has recorded 1\u2009417 civilians killed.", None, [{"killed": 1417}]),
    (
        "dot groups thousands",
        "OHCHR has recorded 1.417 civilians killed.",
        None,
        [{"killed": 1417}],
    ),
    (
        "no grouping",
        "The UN human rights office counted 9614 people injured.",
        None,
        [{"injured": 9614}],
    ),
    (
        "millions are never counts",
        "The UN said 2.2 million people fled; 40 civilians were killed.",
        None,
        [{"killed": 40}],
    ),
)

NUMBER_WORDS = cases(
    ("a word", "OHCHR said seven children were killed.", None, [{"children_killed": 7}]),
    ("hyphenated", "OHCHR said twenty-one civilians were injured.", None, [{"injured": 21}]),
    ("hundred and", "OHCHR said one hundred and two civilians died.", None, [{"killed": 102}]),
)

QUALIFIERS = cases(
    ("at least", "OHCHR: at least 376 civilian casualties.", None, [{"total": 376}]),
    (
        "more than",
        "According to the UN, more than 600 civilians have been killed.",
        None,
        [{"killed": 600}],
    ),
    ("an estimated", "The UN said an estimated 90 people were wounded.", None, [{"injured": 90}]),
)

DISTRACTORS = cases(
    (
        "a recent year written alone before a noun is a year, no count",
        "Ukraine: UN says 2023 civilian casualties highest since 2022\n\nThe UN said 1,974"
        " civilians were killed.",
        D(2024, 1, 20),
        [{"killed": 1974}],
    ),
    (
        "'one of the deadliest months' is a rank, no count",
        "UN monitors said 184 civilians were killed and 856 injured in Ukraine in August, one of "
        "the deadliest months this year.",
        D(2024, 9, 10),
        [{**AUGUST_2024, "killed": 184, "injured": 856}],
    ),
    (
        "two bounds joined by a dash, no space between, are no count",
        "OHCHR estimated the civilian casualties in Ukraine in 2023 at 11,000-12,000, and said"
        " it had verified 1,974 civilians killed.",
        D(2024, 1, 27),
        [{"scope": "period", "period_start": "2023-01-01", "as_of": "2023-12-31", "killed": 1974}],
    ),
    (
        "a range 'between' two bounds is no count",
        "OHCHR said 3,393 civilians were killed in Ukraine in 2023. Between 7,000 and 9,000"
        " civilians were injured.",
        D(2024, 1, 27),
        [
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "as_of": "2023-12-31",
                "killed": 3393,
            }
        ],
    ),
    (
        "a clause of military casualties, and a range of two bounds, are no civilian counts",
        "U.S. officials put Ukrainian military casualties at close to 70,000 killed and 100,000"
        " to 120,000 wounded. The UN has confirmed 9,444 civilian deaths.",
        None,
        [{"killed": 9444}],
    ),
    (
        "a range of two bounds is no count, a change 'from' one 'to' another is",
        "OHCHR said 300 to 400 civilians were injured. The number of civilians"
        " killed rose from 1,335 to 1,417.",
        None,
        [{"killed": 1417}],
    ),
    (
        "an average, or a count per day, is a rate, no count",
        "OHCHR said an average of 42 civilians were killed or injured every day in Ukraine in"
        " 2024. It said that on average 5 civilians were killed per day in June. OHCHR recorded"
        " 2,088 civilians killed in Ukraine in 2024, or six a day.",
        D(2025, 1, 10),
        [{"scope": "period", "period_start": "2024-01-01", "as_of": "2024-12-31", "killed": 2088}],
    ),
    (
        "a group's count of casualties, and its parts after 'including'",
        "OHCHR said child casualties in Ukraine reached 2,406, including 669 killed.",
        D(2025, 3, 1),
        [{"children_killed": 669}],
    ),
    (
        "a group after its outcome, with 'among'",
        "OHCHR recorded 669 deaths among children in Ukraine.",
        D(2025, 3, 1),
        [{"children_killed": 669}],
    ),
    (
        "parts after 'included'",
        "OHCHR said the 12,700 civilians killed in Ukraine included 669 children and 1,900 women.",
        D(2025, 3, 1),
        [{"killed": 12700, "children_killed": 669, "killed_women": 1900}],
    ),
    (
        "a rate's words in a clause after the count's own are no rate of it",
        "OHCHR said 10,582 civilians had been killed and more are killed every day. OHCHR said"
        " 19,875 civilians had been injured in a war that maims people every day.",
        D(2024, 2, 20),
        [{"killed": 10582, "injured": 19875}],
    ),
    (
        "how much a count rose 'by' is no count, the count it rose 'to' is",
        "The number of civilians killed in Ukraine rose by 217 to 9,083, OHCHR said.",
        None,
        [{"killed": 9083}],
    ),
    (
        "a recent stretch after how much a count rose is how long it took, no period",
        "The civilian death toll in Ukraine rose by 217 over the past month to 9,083, OHCHR said.",
        None,
        [{"killed": 9083}],
    ),
    (
        "a participle between a subject's civilians and their outcome",
        "The number of civilians confirmed killed in Ukraine reached 9,083, and the number of"
        " civilians reported injured 15,779, OHCHR said.",
        None,
        [{"killed": 9083, "injured": 15779}],
    ),
    (
        "military casualties are another population's",
        "OHCHR has verified 8,006 civilian deaths. Western estimates put Russian and Ukrainian"
        " military casualties at around 200,000 each.",
        None,
        [{"killed": 8006}],
    ),
    (
        "a split by perpetrator is no group",
        "OHCHR said 58 civilians were killed in Ukraine from 17 to 24 August, 42 of them by the "
        "Russian armed forces.",
        D(2023, 8, 29),
        [{"scope": "period", "period_start": "2023-08-17", "as_of": "2023-08-24", "killed": 58}],
    ),
    ("victims who were interviewed", "OHCHR interviewed 200 victims and witnesses.", None, []),
    (
        "a share is no count",
        "OHCHR said 9 out of 10 civilian casualties were caused by explosive weapons.",
        None,
        [],
    ),
    ("a share in words", "OHCHR said one in three casualties was a child.", None, []),
    (
        "a prosecutor's child count",
        "The Prosecutor General said 232 children had been killed. "
        "OHCHR recorded 3,811 civilians killed as of 19 May.",
        D(2022, 5, 20),
        [{"as_of": "2022-05-19", "killed": 3811}],
    ),
    ("percentages", "OHCHR said 84% of casualties were in government-held areas.", None, []),
    (
        "ages",
        "OHCHR said a 12-year-old girl was among 3 civilians injured.",
        None,
        [{"injured": 3}],
    ),
    (
        "aid workers are not the civilian count",
        "The UN said nine aid workers were killed and 35 injured.",
        None,
        [],
    ),
    (
        "a weapon sub-count",
        "OHCHR recorded 355 civilians killed in July. Shelling accounted for 240 killed and 747 injured.",
        D(2022, 8, 1),
        [{"scope": "period", "period_start": "2022-07-01", "as_of": "2022-07-31", "killed": 355}],
    ),
    (
        "a cause named right after the outcome: 'casualties from aerial operations'",
        "OHCHR recorded 355 civilians killed in July. It also recorded 240 civilian casualties "
        "from aerial operations, and 90 civilians injured due to landmines.",
        D(2022, 8, 1),
        [{"scope": "period", "period_start": "2022-07-01", "as_of": "2022-07-31", "killed": 355}],
    ),
    (
        "a weapon right after the outcome, after 'in': 'killed in air strikes'",
        "OHCHR recorded 355 civilians killed in July. In the past week alone, at least 40"
        " civilians were killed in air strikes, the office said.",
        D(2022, 8, 1),
        [{"scope": "period", "period_start": "2022-07-01", "as_of": "2022-07-31", "killed": 355}],
    ),
    (
        "a weapon after 'in' and the party that wields it tells the war's toll",
        "OHCHR said 9,614 civilians have been killed in Russian shelling and air strikes since"
        " the invasion began.",
        D(2023, 9, 12),
        [{"killed": 9614}],
    ),
    (
        "a total below a part of its report, read in another sentence, is another count's",
        "OHCHR recorded 1,692 civilians killed and 3,430 injured in July. The mission also "
        "recorded 353 civilian casualties among displaced people.",
        D(2022, 8, 1),
        [
            {
                "scope": "period",
                "period_start": "2022-07-01",
                "as_of": "2022-07-31",
                "killed": 1692,
                "injured": 3430,
            }
        ],
    ),
    (
        "a weapon after the party that wields it tells the war's toll, not a sub-count",
        "Russian shelling has injured 2,097 civilians and killed 1,430 since the invasion began "
        "on 24 February, the UN human rights office said.",
        D(2022, 4, 5),
        [{"period_start": "2022-02-24", "killed": 1430, "injured": 2097}],
    ),
    (
        "a change since the last update",
        "OHCHR recorded 100 civilians killed as of 3 March. Compared to the previous day, four children were killed.",
        D(2022, 3, 4),
        [{"as_of": "2022-03-03", "killed": 100}],
    ),
    ("no monitoring body", "The mayor said 12 civilians were killed overnight.", None, []),
    ("refugees", "The UN refugee agency said 368,000 people had crossed the border.", None, []),
)

DATES = cases(
    (
        "deaths that rose to a count in a month are that month's, not a total's",
        "According to the UN, civilian deaths in Ukraine rose to 219 in July from 174 in June.",
        D(2023, 12, 5),
        [
            {"scope": "period", "period_start": "2023-07-01", "as_of": "2023-07-31", "killed": 219},
            {"scope": "period", "period_start": "2023-06-01", "as_of": "2023-06-30", "killed": 174},
        ],
    ),
    (
        "the first counts of a body that dates nothing are of the period its title names",
        "UN: July among deadliest months for Ukraine civilians\n\nThe UN human rights monitoring"
        " mission said 219 civilians were killed and 1,018 injured. Overall, it has verified"
        " 11,743 civilian deaths since February 2022.",
        D(2024, 8, 9),
        [
            {
                "scope": "period",
                "period_start": "2024-07-01",
                "as_of": "2024-07-31",
                "killed": 219,
                "injured": 1018,
            },
            {"killed": 11743},
        ],
    ),
    (
        "labelled counts under a title that names their month, then the counts since the start",
        "Ukraine: civilian casualties in August 2023\n\nKEY FIGURES\nKilled: 181 (incl. 9"
        " children)\nInjured: 585 (incl. 42 children)\n\nCumulative (24 Feb 2022 - 31 Aug"
        " 2023)\nKilled: 9,511 (incl. 545 children)\nInjured: 17,206 (incl. 1,139 children)\n\n"
        "Source: UN Human Rights Monitoring Mission in Ukraine (HRMMU).",
        D(2023, 9, 8),
        [
            {
                "scope": "period",
                "period_start": "2023-08-01",
                "as_of": "2023-08-31",
                "killed": 181,
                "injured": 585,
                "children_killed": 9,
                "children_injured": 42,
            },
            {
                "period_start": "2022-02-24",
                "as_of": "2023-08-31",
                "killed": 9511,
                "injured": 17206,
                "children_killed": 545,
                "children_injured": 1139,
            },
        ],
    ),
    (
        "the start of the month to a day is from the first of that day's month",
        "Since the beginning of the month to 10 March, the UN recorded 58 civilians killed in"
        " Ukraine.",
        D(2024, 3, 12),
        [{"scope": "period", "period_start": "2024-03-01", "as_of": "2024-03-10", "killed": 58}],
    ),
    (
        "the week to a day, or ending on it, is the seven days to that day",
        "The UN mission said 58 civilians were killed and 222 injured in Ukraine in the week"
        " ending 10 March.",
        D(2024, 3, 12),
        [
            {
                "scope": "period",
                "period_start": "2024-03-04",
                "as_of": "2024-03-10",
                "killed": 58,
                "injured": 222,
            }
        ],
    ),
    (
        "a month joined to a year no date phrase reads bounds nothing",
        "Between October 2023 and 2024, the UN recorded 2,100 civilians killed in Ukraine.",
        D(2025, 2, 1),
        [{"scope": "period", "killed": 2100}],
    ),
    (
        "'respectively' pairs the counts with the months in their order",
        "OHCHR said 174 and 219 civilians were killed in Ukraine in May and June 2024,"
        " respectively.",
        D(2024, 7, 10),
        [
            {"scope": "period", "period_start": "2024-05-01", "as_of": "2024-05-31", "killed": 174},
            {"scope": "period", "period_start": "2024-06-01", "as_of": "2024-06-30", "killed": 219},
        ],
    ),
    (
        "'from 174 in May to 219 in June': a month as near before a count as after is the other's",
        "The number of civilians killed in Ukraine rose from 174 in May to 219 in June 2024, OHCHR"
        " said.",
        D(2024, 7, 10),
        [
            {"scope": "period", "period_start": "2024-05-01", "as_of": "2024-05-31", "killed": 174},
            {"scope": "period", "period_start": "2024-06-01", "as_of": "2024-06-30", "killed": 219},
        ],
    ),
    (
        "a year that a rank is of ('the deadliest month this year') is no period of the counts",
        "UN monitors said August was one of the deadliest months this year in Ukraine, with 184 "
        "civilians killed and 856 injured.",
        D(2024, 9, 10),
        [{**AUGUST_2024, "killed": 184, "injured": 856}],
    ),
    (
        "the number of months of a part of a year written in digits",
        "In the first 9 months of 2024, UN monitors verified 1,609 civilians killed and 7,350 "
        "injured in Ukraine.",
        D(2024, 10, 10),
        [
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-09-30",
                "killed": 1609,
                "injured": 7350,
            }
        ],
    ),
    (
        "this month is the month of publication so far",
        "Russian attacks have killed 120 civilians in Ukraine this month, the UN human rights"
        " monitoring mission said.",
        D(2024, 7, 21),
        [{"scope": "period", "period_start": "2024-07-01", "killed": 120}],
    ),
    (
        "a stretch the text named before ('during the month'): a period whose days it does not tell",
        "OHCHR said 87 civilians were killed in Ukraine during the month.",
        D(2024, 7, 1),
        [{"scope": "period", "killed": 87}],
    ),
    (
        "the month a statement was made ('said last month that') is none of its figures'",
        "The UN said last month that 10,582 civilians had been killed in Ukraine.",
        D(2024, 3, 20),
        [{"killed": 10582}],
    ),
    (
        "the week a statement was made is none of its figures' ('said last week that')",
        "The UN said last week that 10,582 civilians had been killed in Ukraine since the"
        " full-scale invasion began.",
        D(2024, 3, 20),
        [{"killed": 10582}],
    ),
    (
        "last week's count: a period whose days the text does not tell",
        "Last week, 40 civilians were killed in Ukraine, the UN human rights monitoring mission"
        " said.",
        D(2024, 3, 20),
        [{"scope": "period", "killed": 40}],
    ),
    (
        "last week as the time of a statement of a running total ('had been killed since')",
        "Last week, the UN said 10,582 civilians had been killed in Ukraine since February 2022.",
        D(2024, 3, 20),
        [{"killed": 10582}],
    ),
    (
        "a vague year ('in early 2025'): a period whose days the text does not tell",
        "In early 2025, the UN mission recorded 1,174 civilians killed in Ukraine.",
        D(2025, 7, 10),
        [{"scope": "period", "killed": 1174}],
    ),
    (
        "last month is the month before publication",
        "OHCHR said that last month 219 civilians were killed and 1,018 injured in Ukraine.",
        D(2024, 8, 9),
        [
            {
                "scope": "period",
                "period_start": "2024-07-01",
                "as_of": "2024-07-31",
                "killed": 219,
                "injured": 1018,
            }
        ],
    ),
    (
        "since the start of the year: the year so far",
        "Since the start of the year, OHCHR has verified 848 civilians killed in Ukraine.",
        D(2025, 5, 9),
        [{"scope": "period", "period_start": "2025-01-01", "killed": 848}],
    ),
    (
        "last year is the year before publication",
        "Last year, OHCHR verified 2,064 civilians killed in Ukraine.",
        D(2025, 1, 10),
        [{"scope": "period", "period_start": "2024-01-01", "as_of": "2024-12-31", "killed": 2064}],
    ),
    (
        "the previous month is the month before the one the sentence names",
        "In November, OHCHR recorded 109 civilians killed in Ukraine, fewer than in the previous"
        " month, when 194 were killed.",
        D(2023, 12, 8),
        [
            {"scope": "period", "period_start": "2023-11-01", "as_of": "2023-11-30", "killed": 109},
            {"scope": "period", "period_start": "2023-10-01", "as_of": "2023-10-31", "killed": 194},
        ],
    ),
    (
        "the sentence's subject, its count in brackets after its period, set against a month",
        "The number of civilians killed in Ukraine in January (158) was lower than in December"
        " (237), the UN human rights monitoring mission said.",
        D(2024, 2, 7),
        [
            {"scope": "period", "period_start": "2024-01-01", "as_of": "2024-01-31", "killed": 158},
            {"scope": "period", "period_start": "2023-12-01", "as_of": "2023-12-31", "killed": 237},
        ],
    ),
    (
        "the sentence's subject, its count between commas after its period",
        "The number of civilians killed in Ukraine in January, 158, was the lowest in a year,"
        " the UN human rights monitoring mission said.",
        D(2024, 2, 7),
        [{"scope": "period", "period_start": "2024-01-01", "as_of": "2024-01-31", "killed": 158}],
    ),
    (
        "a change from a month ('a decrease from February, when ...') sets that month against",
        "OHCHR recorded 164 civilians killed in Ukraine in March 2025, a slight decrease from"
        " February, when 112 were killed.",
        D(2025, 4, 10),
        [
            {"scope": "period", "period_start": "2025-03-01", "as_of": "2025-03-31", "killed": 164},
            {"scope": "period", "period_start": "2025-02-01", "as_of": "2025-02-28", "killed": 112},
        ],
    ),
    (
        "no publication date: the war's age gives the year of a month without one",
        "Children pay a heavy price in the war Russia launched more than a year ago. In March"
        " alone, OHCHR recorded 765 civilian casualties in Ukraine.",
        None,
        [{"scope": "period", "period_start": "2023-03-01", "as_of": "2023-03-31", "total": 765}],
    ),
    (
        "no publication date: a year of another subject's figures does not date the counts",
        "OHCHR recorded 181 civilians killed in Ukraine in August, the most of any month in 2023."
        " The World Food Programme said 17.6 million people would need aid in 2024.",
        None,
        [{"scope": "period", "period_start": "2023-08-01", "as_of": "2023-08-31", "killed": 181}],
    ),
    (
        "no publication date: an anniversary of the invasion gives the year of a cut-off",
        "On the second anniversary of Russia's full-scale invasion, the UN said 10,582 civilians"
        " had been killed in Ukraine as of 15 February.",
        None,
        [{"as_of": "2024-02-15", "killed": 10582}],
    ),
    (
        "no publication date: months of war date a cut-off past a new year",
        "UN: 6,919 civilians killed in Ukraine in ten months of war\n\nThe UN human rights office"
        " said 6,919 civilians had been killed and 11,075 injured in Ukraine up to 2 January.",
        None,
        [{"as_of": "2023-01-02", "killed": 6919, "injured": 11075}],
    ),
    (
        "no publication date: the document's year dates a cut-off after a start of another year",
        "In August 2023, OHCHR recorded 181 civilians killed in Ukraine. This brings the total "
        "since 24 February 2022 to 9,614 killed and 17,535 injured as of 31 August.",
        None,
        [
            {"scope": "period", "period_start": "2023-08-01", "as_of": "2023-08-31", "killed": 181},
            {"period_start": "2022-02-24", "as_of": "2023-08-31", "killed": 9614, "injured": 17535},
        ],
    ),
    (
        "no publication date: months of a year are no age of the war",
        "In the first six months of 2023, the war in Ukraine went on. The UN human rights office"
        " said 9,000 civilians had been killed there up to 20 November.",
        None,
        [{"as_of": "2023-11-20", "killed": 9000}],
    ),
    (
        "a child's years of age are no age of the war",
        "A girl of three years of age was among 10,582 civilians the UN said had been killed in"
        " the war in Ukraine as of 15 February.",
        None,
        [{"killed": 10582}],
    ),
    (
        "two days with a dash between them are a range",
        "OHCHR recorded 1,842 civilians killed and 2,493 injured in Ukraine, 24 February - 10"
        " April 2022.",
        D(2022, 4, 12),
        [{"period_start": "2022-02-24", "as_of": "2022-04-10", "killed": 1842, "injured": 2493}],
    ),
    (
        "a month, then who spoke: an earlier release's figures, of a day not told",
        "OHCHR said 6,952 civilians had been killed in Ukraine as of 8 January. In November, it"
        " said 6,557 civilians had been killed.",
        D(2023, 1, 10),
        [{"as_of": "2023-01-08", "killed": 6952}],
    ),
    (
        "a month, then who spoke, then the month's own events: the month's figures",
        "In July, HRMMU said at least 286 people were killed in Ukraine and another 1,388"
        " injured, the vast majority in government-controlled territory.",
        D(2025, 8, 8),
        [
            {
                "scope": "period",
                "period_start": "2025-07-01",
                "as_of": "2025-07-31",
                "killed": 286,
                "injured": 1388,
            }
        ],
    ),
    (
        "a dash between the two days of a range",
        "Between 24 Feb-9 May 2022, OHCHR recorded 7,256 civilian casualties in Ukraine.",
        D(2022, 5, 12),
        [{"period_start": "2022-02-24", "as_of": "2022-05-09", "total": 7256}],
    ),
    (
        "a year, then the counts of its 'when' clause",
        "In 2024, OHCHR verified 2,064 civilians killed and 9,138 injured in Ukraine, a rise on "
        "2023, when 1,974 were killed and 6,651 injured.",
        D(2025, 1, 14),
        [
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-12-31",
                "killed": 2064,
                "injured": 9138,
            },
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "as_of": "2023-12-31",
                "killed": 1974,
                "injured": 6651,
            },
        ],
    ),
    (
        "months from one 'through' another",
        "OHCHR said 1,753 civilians were killed in Ukraine from January through September.",
        D(2025, 10, 10),
        [{"scope": "period", "period_start": "2025-01-01", "as_of": "2025-09-30", "killed": 1753}],
    ),
    (
        "the year so far up to a day: from its first day to that day",
        "OHCHR recorded 1,753 civilians killed in Ukraine in the year to date, as of 30 September.",
        D(2025, 10, 10),
        [{"scope": "period", "period_start": "2025-01-01", "as_of": "2025-09-30", "killed": 1753}],
    ),
    (
        "the first four months of a year",
        "OHCHR said 848 civilians were killed in Ukraine in the first four months of 2025.",
        D(2025, 5, 9),
        [{"scope": "period", "period_start": "2025-01-01", "as_of": "2025-04-30", "killed": 848}],
    ),
    (
        "an earlier value 'up from' it, a day earlier",
        "OHCHR said 1,430 civilians had been killed as of April 3, up from 1,417 a day earlier.",
        D(2022, 4, 4),
        [{"as_of": "2022-04-03", "killed": 1430}, {"as_of": "2022-04-02", "killed": 1417}],
    ),
    (
        "earlier values of both outcomes 'up from' them, a day earlier",
        "OHCHR said 1,430 civilians had been killed and 2,097 injured as of April 3, up from"
        " 1,417 killed and 2,038 injured the day before.",
        D(2022, 4, 4),
        [
            {"as_of": "2022-04-03", "killed": 1430, "injured": 2097},
            {"as_of": "2022-04-02", "killed": 1417, "injured": 2038},
        ],
    ),
    (
        "two bare earlier values 'up from' them, each of the count in its place",
        "As of midnight on 13 March, 636 civilians had been killed in Ukraine and 1,125 injured,"
        " up from 406 and 801 a week earlier, OHCHR said.",
        D(2022, 3, 14),
        [
            {"as_of": "2022-03-13", "killed": 636, "injured": 1125},
            {"as_of": "2022-03-06", "killed": 406, "injured": 801},
        ],
    ),
    (
        "an earlier value 'a day earlier', when the day is told in the next sentence",
        "OHCHR said it had confirmed 953 civilian deaths, up from 925 a day earlier. "
        "The count runs to midnight on 21 March.",
        D(2022, 3, 22),
        [{"as_of": "2022-03-21", "killed": 953}, {"as_of": "2022-03-20", "killed": 925}],
    ),
    (
        "an earlier value 'a month earlier': no rate, an earlier value of an untold day",
        "The UN said the number of civilians killed in Ukraine rose to 10,582, up from 10,378 a"
        " month earlier.",
        D(2024, 2, 22),
        [{"killed": 10582}, {"killed": 10378}],
    ),
    (
        "a rise 'in a month' is the stretch it took, no rate",
        "The UN said the number of civilians killed in Ukraine rose from 10,378 to 10,582 in a"
        " month.",
        D(2024, 2, 22),
        [{"killed": 10582}],
    ),
    (
        "a place no area names before someone speaks is where they spoke, not the counts'",
        "Speaking in the city of Uzhhorod, the UN official said 10,582 civilians had been killed"
        " in the war since February 2022.",
        D(2024, 2, 22),
        [{"killed": 10582}],
    ),
    (
        "a place no area names, after the country that owns it: that place's, left out",
        "The UN said 50 civilians were killed in May in Ukraine's Kharkiv region.",
        D(2024, 6, 10),
        [],
    ),
    (
        "a city the profile names, after a month and 'in and around': that city's, left out",
        "The UN said 50 civilians were killed in May in and around Kharkiv, Ukraine.",
        D(2024, 6, 10),
        [],
    ),
    (
        "territory under Ukrainian control, as the Ukrainian Government's",
        "OHCHR recorded 1,950 civilians killed in territory controlled by the Ukrainian "
        "Government in Donetsk and Luhansk regions. In June, it recorded 120 killed in areas of "
        "Donetsk and Luhansk regions under Ukrainian control.",
        D(2022, 7, 7),
        [
            {
                "area": "government-controlled territory of Donetsk and Luhansk regions",
                "killed": 1950,
            },
            {
                "scope": "period",
                "area": "government-controlled territory of Donetsk and Luhansk regions",
                "period_start": "2022-06-01",
                "as_of": "2022-06-30",
                "killed": 120,
            },
        ],
    ),
    (
        "territory 'under Ukrainian government control', areas 'Russian-held'",
        "OHCHR recorded 4,014 civilians killed in territory under Ukrainian government control"
        " in Donetsk and Luhansk regions, and 1,900 in Russian-held areas of Donetsk and Luhansk regions.",
        D(2023, 9, 8),
        [
            {
                "area": "government-controlled territory of Donetsk and Luhansk regions",
                "killed": 4014,
            },
            {"area": "occupied territory of Donetsk and Luhansk regions", "killed": 1900},
        ],
    ),
    (
        "areas 'controlled by Russian-backed armed groups' are occupied territory",
        "OHCHR recorded 2,665 civilians killed in Ukraine as of 24 April. In the Donetsk and"
        " Luhansk regions, 1,700 civilians were killed: 1,500 in government-controlled territory"
        " and 200 in areas controlled by Russian-backed armed groups.",
        D(2022, 4, 26),
        [
            {"as_of": "2022-04-24", "killed": 2665},
            {"area": "Donetsk and Luhansk regions", "as_of": "2022-04-24", "killed": 1700},
            {
                "area": "government-controlled territory of Donetsk and Luhansk regions",
                "as_of": "2022-04-24",
                "killed": 1500,
            },
            {
                "area": "occupied territory of Donetsk and Luhansk regions",
                "as_of": "2022-04-24",
                "killed": 200,
            },
        ],
    ),
    (
        "the territory of both sides is no one side's: the count is the region's",
        "OHCHR said 4,889 civilians had been killed in Ukraine as of 3 July. Of the deaths, 1,997 "
        "were recorded in Donetsk and Luhansk regions, in both government- and Russian-held "
        "territory.",
        D(2022, 7, 5),
        [
            {"as_of": "2022-07-03", "killed": 4889},
            {"area": "Donetsk and Luhansk regions", "as_of": "2022-07-03", "killed": 1997},
        ],
    ),
    (
        "a count that names only the other side's territory, after one in a region, is there too",
        "OHCHR recorded 7,068 civilians killed in Ukraine. Of them, 3,939 were killed in"
        " government-controlled territory of Donetsk and Luhansk regions and 2,018 in occupied"
        " territory, while 1,111 were killed in other regions.",
        D(2023, 1, 17),
        [
            {"killed": 7068},
            {
                "area": "government-controlled territory of Donetsk and Luhansk regions",
                "killed": 3939,
            },
            {"area": "occupied territory of Donetsk and Luhansk regions", "killed": 2018},
            {"area": "other regions of Ukraine", "killed": 1111},
        ],
    ),
    (
        "'N of them in' an area: the area's count of the outcome; Donbas is the two regions",
        "OHCHR recorded 10,000 civilians killed in Ukraine, 4,000 of them in Donbas.",
        D(2023, 6, 1),
        [{"killed": 10000}, {"area": "Donetsk and Luhansk regions", "killed": 4000}],
    ),
    (
        "'N of them in custody': a part no place tells, left out",
        "OHCHR recorded 2,940 civilians killed in Ukraine, at least 767 of them in custody.",
        D(2023, 6, 1),
        [{"killed": 2940}],
    ),
    (
        "'Of (all) those killed, N were in' an area: the area's count of the outcome",
        "OHCHR said 5,024 civilians had been killed in Ukraine from 24 February to 10 July. Of"
        " all those killed, 3,009 were in the Donetsk and Luhansk regions.",
        D(2022, 7, 12),
        [
            {"period_start": "2022-02-24", "as_of": "2022-07-10", "killed": 5024},
            {
                "area": "Donetsk and Luhansk regions",
                "period_start": "2022-02-24",
                "as_of": "2022-07-10",
                "killed": 3009,
            },
        ],
    ),
    (
        "a first line that ends as a sentence does is a lead, not a title: its day holds on",
        "From 24 February 2022 to midnight on 5 June 2022, OHCHR recorded 9,197 civilian "
        "casualties.\n\nIn Donetsk and Luhansk regions: 5,066 casualties.",
        D(2022, 6, 7),
        [
            {"period_start": "2022-02-24", "as_of": "2022-06-05", "total": 9197},
            {
                "area": "Donetsk and Luhansk regions",
                "period_start": "2022-02-24",
                "as_of": "2022-06-05",
                "total": 5066,
            },
        ],
    ),
    (
        "a sentence that opens 'A week earlier' gives earlier values, a week before",
        "OHCHR says 4,031 civilians have been killed and 4,735 injured as of 26 May. A week "
        "earlier, it reported 3,930 killed and 4,532 injured.",
        D(2022, 5, 30),
        [
            {"as_of": "2022-05-26", "killed": 4031, "injured": 4735},
            {"as_of": "2022-05-19", "killed": 3930, "injured": 4532},
        ],
    ),
    (
        "a day after a slash is a post's place in its thread, not a day: '1/3 September 2024'",
        "1/3 September 2024 was another deadly month in #Ukraine: @UNHumanRightsUA verified 208 "
        "killed and 1,220 injured.",
        D(2024, 10, 11),
        [
            {
                "scope": "period",
                "period_start": "2024-09-01",
                "as_of": "2024-09-30",
                "killed": 208,
                "injured": 1220,
            }
        ],
    ),
    (
        "'The figures were last updated on' a day gives the counts' cut-off",
        "According to OHCHR, 5,996 civilians have been killed since the start of the war. The "
        "figures were last updated on September 25.",
        D(2022, 9, 27),
        [{"as_of": "2022-09-25", "killed": 5996}],
    ),
    (
        "'A week ago, the count stood at' an earlier value; a previous update 'on 15 March'",
        "OHCHR said at least 902 civilians had been killed as of March 20. A week ago, the count "
        "stood at 636 killed. In its previous update on 15 March, it had recorded 726 deaths.",
        D(2022, 3, 21),
        [
            {"as_of": "2022-03-20", "killed": 902},
            {"as_of": "2022-03-13", "killed": 636},
            {"as_of": "2022-03-15", "killed": 726},
        ],
    ),
    (
        "'the total of civilians killed ... reached' is the killed count",
        "OHCHR said the total of civilians killed since February 2022 reached 10,378 by the end"
        " of January 2024.",
        D(2024, 2, 10),
        [{"as_of": "2024-01-31", "killed": 10378}],
    ),
    (
        "the month of publication is the month so far",
        "OHCHR said at least 232 civilians were killed and 1,343 injured in June alone.",
        D(2025, 6, 20),
        [{"scope": "period", "period_start": "2025-06-01", "killed": 232, "injured": 1343}],
    ),
    (
        "since the invasion began on a day, without 'on'",
        "OHCHR said at least 406 civilians have been confirmed killed since Russia's invasion "
        "began Feb. 24.",
        D(2022, 3, 7),
        [{"period_start": "2022-02-24", "killed": 406}],
    ),
    (
        "the end of a year is its last day",
        "By the end of 2024, OHCHR had recorded 12,456 civilians killed in Ukraine.",
        D(2025, 3, 1),
        [{"as_of": "2024-12-31", "killed": 12456}],
    ),
    (
        "between a start no date gives and a date",
        "Between the start of the invasion and the end of 2024, OHCHR said 669 children were "
        "killed and 1,833 injured.",
        D(2025, 3, 1),
        [{"as_of": "2024-12-31", "children_killed": 669, "children_injured": 1833}],
    ),
    (
        "a year is the period of its counts",
        "In 2023, OHCHR recorded 1,900 civilians killed and 6,000 injured.",
        D(2024, 6, 1),
        [
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "as_of": "2023-12-31",
                "killed": 1900,
                "injured": 6000,
            }
        ],
    ),
    (
        "each count with its year",
        "OHCHR recorded 7,000 civilians killed in 2022 and 2,000 in 2023.",
        D(2024, 6, 1),
        [
            {
                "scope": "period",
                "period_start": "2022-01-01",
                "as_of": "2022-12-31",
                "killed": 7000,
            },
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "as_of": "2023-12-31",
                "killed": 2000,
            },
        ],
    ),
    (
        "a year not yet over has no last day",
        "OHCHR recorded 500 civilians killed in 2024.",
        D(2024, 6, 1),
        [{"scope": "period", "period_start": "2024-01-01", "killed": 500}],
    ),
    (
        "a year before the count began is another count",
        "OHCHR recorded 3,404 civilians killed in 2014.",
        D(2023, 2, 21),
        [],
    ),
    (
        "a month named again with another count is no year earlier when the count had not begun",
        "OHCHR recorded 1,000 civilians killed in March 2022. In the whole of Ukraine, 50 civilians"
        " were killed in March, the UN said.",
        D(2022, 4, 5),
        [],
    ),
    (
        "a period with no such day is no period",
        "OHCHR recorded 300 civilians killed from 1 to 31 June.",
        D(2023, 2, 21),
        [],
    ),
    (
        "a month before the count began is no month of it",
        "OHCHR recorded 355 civilians killed in July.",
        D(2022, 6, 7),
        [{"scope": "period", "killed": 355}],
    ),
    (
        "the year of a line that links another article dates nothing",
        "In March, OHCHR recorded 178 civilians killed and 587 injured in Ukraine.\n\nRead"
        " more: UN says 300 aid workers killed worldwide in 2024",
        None,
        [{"scope": "period", "killed": 178, "injured": 587}],
    ),
    (
        "a label line with the count's start and no count dates the label lines after it",
        "HRMMU figures for Ukraine\n\nCivilian casualties, October 2024:\nKilled: 183\nInjured:"
        " 903\n\nTotal since 24 February 2022:\nKilled: 12,162\nInjured: 26,919",
        D(2024, 11, 8),
        [
            {
                "scope": "period",
                "period_start": "2024-10-01",
                "as_of": "2024-10-31",
                "killed": 183,
                "injured": 903,
            },
            {"period_start": "2022-02-24", "killed": 12162, "injured": 26919},
        ],
    ),
    (
        "a day of the week as the count's first day, the last one before publication",
        "The UN human rights office said it had recorded 240 civilian casualties in Ukraine,"
        " including 64 killed, since Russia's invasion began on Thursday.",
        D(2022, 2, 26),
        [{"period_start": "2022-02-24", "killed": 64, "total": 240}],
    ),
    (
        "a day of the week a statement was made on dates nothing",
        "The UN said on Tuesday that 240 civilians had been killed in Ukraine.",
        D(2022, 3, 2),
        [{"killed": 240}],
    ),
    (
        "a day that opens the sentence, its count right after: that day's toll",
        "OHCHR said 1,430 civilians had been killed as of 3 April. Yesterday, 14 civilians were"
        " injured, most of them in a strike on a market.",
        D(2022, 4, 4),
        [{"as_of": "2022-04-03", "killed": 1430}],
    ),
    (
        "a day of the war written in words",
        "According to the UN, as of the thirty-third day of the war 1,179 civilians had died.",
        None,
        [{"as_of": "2022-03-28", "killed": 1179}],
    ),
    (
        "a day of the war past a thousand",
        "As of the 1,000th day of the full-scale invasion, OHCHR had verified 12,162 civilians "
        "killed.",
        None,
        [{"as_of": "2024-11-19", "killed": 12162}],
    ),
    (
        "as of with the year from publication",
        "OHCHR recorded 50 civilians killed as of 2 March.",
        D(2022, 3, 4),
        [{"as_of": "2022-03-02", "killed": 50}],
    ),
    (
        "to midnight on a day",
        "From 24 February 2022 to midnight on 3 April 2022, OHCHR recorded 3,455 civilian casualties.",
        None,
        [{"period_start": "2022-02-24", "as_of": "2022-04-03", "total": 3455}],
    ),
    (
        "between two days",
        "OHCHR recorded 1,900 civilian casualties between 24 February and 15 March.",
        D(2022, 3, 18),
        [{"period_start": "2022-02-24", "as_of": "2022-03-15", "total": 1900}],
    ),
    (
        "to the end of a month",
        "From 24 February 2022 to the end of October 2024, the mission recorded 12,162 civilians killed.",
        None,
        [{"period_start": "2022-02-24", "as_of": "2024-10-31", "killed": 12162}],
    ),
    (
        "a time of day and its zone, no brackets, between the cut-off word and the day",
        "As of 10 a.m. Kyiv time on 21 March, OHCHR had recorded 925 civilians killed in Ukraine.",
        D(2022, 3, 22),
        [{"as_of": "2022-03-21", "killed": 925}],
    ),
    (
        "midnight last night",
        "As of midnight last night, OHCHR had recorded 1,000 civilian casualties.",
        D(2022, 3, 10),
        [{"as_of": "2022-03-09", "total": 1000}],
    ),
    (
        "a cut-off on a day of the week: the last such day",
        "The UN rights office said Tuesday it had confirmed 1,842 civilian deaths in Ukraine since"
        " the invasion began on Feb. 24 through midnight on Sunday.",
        D(2022, 4, 12),
        [{"period_start": "2022-02-24", "as_of": "2022-04-10", "killed": 1842}],
    ),
    (
        "a cut-off on the day of the week of publication: that day",
        "As of Monday, OHCHR had recorded 1,000 civilian casualties.",
        D(2022, 3, 14),
        [{"as_of": "2022-03-14", "total": 1000}],
    ),
    (
        "a day of the week a statement was made is no cut-off",
        "The UN said on Sunday it had recorded 1,000 civilian casualties in Ukraine.",
        D(2022, 3, 15),
        [{"total": 1000}],
    ),
    (
        "a month is a period",
        "OHCHR recorded 219 civilians killed and 1,018 injured in July 2024.",
        None,
        [
            {
                "scope": "period",
                "period_start": "2024-07-01",
                "as_of": "2024-07-31",
                "killed": 219,
                "injured": 1018,
            }
        ],
    ),
    (
        "a statement date is not the cut-off",
        "In a statement on February 22, OHCHR said it had verified 30,457 civilian casualties.",
        D(2024, 2, 22),
        [{"total": 30457}],
    ),
    (
        "an earlier value in parentheses",
        "Civilian casualties from February 24 to May 1, 2023 totalled 23,375 (23,015 as of April 24), OHCHR said.",
        D(2023, 5, 2),
        [
            {"period_start": "2022-02-24", "as_of": "2023-05-01", "total": 23375},
            {"period_start": "2022-02-24", "as_of": "2023-04-24", "total": 23015},
        ],
    ),
    (
        "no year anywhere",
        "OHCHR recorded 40 civilians killed as of 3 April.",
        None,
        [{"killed": 40}],
    ),
    (
        "an undated document's month takes the year its own sentences speak of",
        "OHCHR documented 31 civilian casualties in Ukraine in June: 16 killed and 15 injured. "
        "It was the highest monthly toll the mission recorded in 2023.",
        None,
        [
            {
                "scope": "period",
                "period_start": "2023-06-01",
                "as_of": "2023-06-30",
                "killed": 16,
                "injured": 15,
                "total": 31,
            }
        ],
    ),
    (
        "the count's start gives an undated document's months no year",
        "Since Russia invaded in February 2022, OHCHR has recorded 22,607 civilian casualties in "
        "Ukraine. In March alone, 765 civilian casualties were recorded. The war began in "
        "February 2022.",
        None,
        [{"total": 22607}, {"scope": "period", "total": 765}],
    ),
    (
        "a month named again keeps the days of its period",
        "Update\n\nOHCHR recorded 748 civilian casualties in Ukraine between July 1 and 30, 2023."
        "\n\nDistribution of the July casualties:\n  - Government-controlled territory: 125 "
        "deaths and 536 injuries.",
        D(2023, 8, 8),
        [
            {"scope": "period", "period_start": "2023-07-01", "as_of": "2023-07-30", "total": 748},
            {
                "scope": "period",
                "area": "government-controlled territory",
                "period_start": "2023-07-01",
                "as_of": "2023-07-30",
                "killed": 125,
                "injured": 536,
            },
        ],
    ),
    (
        "since the invasion began, the counts are cumulative, not the month's before",
        "In June, OHCHR recorded 50 civilians killed and 100 injured in Ukraine. In the 16 "
        "months since the Russian Federation's invasion began, 9,083 civilians have been killed.",
        D(2023, 7, 5),
        [
            {
                "scope": "period",
                "period_start": "2023-06-01",
                "as_of": "2023-06-30",
                "killed": 50,
                "injured": 100,
            },
            {"killed": 9083},
        ],
    ),
    (
        "a day of the week between the cut-off word and its date",
        "The UN human rights office said it had confirmed 6,306 civilian deaths in Ukraine"
        " through Sunday, Oct. 16, and 9,602 injuries.",
        D(2022, 10, 18),
        [{"as_of": "2022-10-16", "killed": 6306, "injured": 9602}],
    ),
    (
        "'up to and including' a day is its cut-off",
        "OHCHR has recorded 4,149 civilians killed and 5,043 injured in Ukraine from 24 February"
        " up to and including 30 May 2022.",
        D(2022, 6, 1),
        [{"period_start": "2022-02-24", "as_of": "2022-05-30", "killed": 4149, "injured": 5043}],
    ),
    (
        "a sentence without counts that names days from one to another dates the counts after",
        "The investigation covered the period from 3 November 2020 to 28 June 2021. OHCHR"
        " recorded at least 1,500 civilians killed during that period.",
        D(2021, 11, 4),
        [{"scope": "period", "period_start": "2020-11-03", "as_of": "2021-06-28", "killed": 1500}],
    ),
    (
        "'the reporting period' is the one the title names; the clause on the one before",
        "Report on the human rights situation in Ukraine, 1 February - 31 July 2023\n\n"
        "During the reporting period, OHCHR recorded 3,582 civilian casualties (1,009 killed and"
        " 2,573 injured). This is fewer than in the previous reporting period, when OHCHR"
        " recorded 4,986 civilian casualties.",
        D(2023, 9, 26),
        [
            {
                "scope": "period",
                "period_start": "2023-02-01",
                "as_of": "2023-07-31",
                "killed": 1009,
                "injured": 2573,
                "total": 3582,
            },
            {"scope": "period", "period_start": "2022-08-01", "as_of": "2023-01-31", "total": 4986},
        ],
    ),
    (
        "a count's start before 'when' is no period of its own: 'Since February 2022, when ...'",
        "Since February 2022, when Russia launched its full-scale invasion, OHCHR has recorded"
        " 12,654 civilians killed.",
        D(2025, 2, 21),
        [{"killed": 12654}],
    ),
    (
        "a count since the start after an earlier dated one keeps no cut-off of that one's",
        "In its first update, OHCHR said that as of 3 March 2022, 227 civilians had been killed."
        " Since the invasion began, OHCHR has recorded 10,000 civilian deaths.",
        D(2023, 11, 21),
        [{"as_of": "2022-03-03", "killed": 227}, {"killed": 10000}],
    ),
    (
        "'That compares with 110 in December and 122 in November': the same count, other months",
        "The UN monitoring mission in Ukraine said 136 civilians were killed in January. That"
        " compares with 110 in December and 122 in November.",
        D(2024, 2, 10),
        [
            {"scope": "period", "period_start": "2024-01-01", "as_of": "2024-01-31", "killed": 136},
            {"scope": "period", "period_start": "2023-12-01", "as_of": "2023-12-31", "killed": 110},
            {"scope": "period", "period_start": "2023-11-01", "as_of": "2023-11-30", "killed": 122},
        ],
    ),
    (
        "a clause on the period compared with: 'the first quarter of 2024, when 1,491 ...'",
        "Between 1 April and 30 June 2024, HRMMU verified 2,053 civilian casualties (436 killed"
        " and 1,617 injured), a 38 per cent increase compared with the first quarter of 2024,"
        " when 1,491 civilian casualties were verified.",
        D(2024, 7, 10),
        [
            {
                "scope": "period",
                "period_start": "2024-04-01",
                "as_of": "2024-06-30",
                "killed": 436,
                "injured": 1617,
                "total": 2053,
            },
            {"scope": "period", "period_start": "2024-01-01", "as_of": "2024-03-31", "total": 1491},
        ],
    ),
    (
        "'the reporting period' with no title that names it: a period of unknown days",
        "During the reporting period, OHCHR recorded 3,582 civilian casualties.",
        D(2023, 9, 26),
        [{"scope": "period", "total": 3582}],
    ),
    (
        "the first half of a month is no half-year",
        "OHCHR recorded 1,080 civilian casualties in the first half of January.",
        D(2023, 1, 17),
        [{"scope": "period", "total": 1080}],
    ),
    (
        "the first week of a month is no month",
        "OHCHR recorded 240 civilian casualties in the first week of December.",
        D(2023, 1, 17),
        [{"scope": "period", "total": 240}],
    ),
    (
        "a month joined to a vague stretch bounds nothing alone",
        "OHCHR said 1,080 civilian casualties (426 killed and 654 injured) were recorded in"
        " December and the first half of January.",
        D(2023, 1, 17),
        [{"scope": "period", "killed": 426, "injured": 654, "total": 1080}],
    ),
)

BREAKDOWNS = cases(
    (
        "'Among the N civilians killed' gives its outcome to the groups after it",
        "Among the 3,496 civilians killed in Ukraine as of 9 May, OHCHR counted 92 girls and 99"
        " boys.",
        D(2022, 5, 10),
        [{"as_of": "2022-05-09", "killed": 3496, "killed_girls": 92, "killed_boys": 99}],
    ),
    (
        "sex and age in parentheses",
        "OHCHR recorded 331 killed (71 men, 40 women, 7 boys, and 3 girls, as well as 9 children "
        "and 201 adults whose sex is yet unknown).",
        None,
        [
            {
                "killed": 331,
                "killed_men": 71,
                "killed_women": 40,
                "killed_boys": 7,
                "killed_girls": 3,
                "killed_children_unknown_sex": 9,
                "killed_adults_unknown_sex": 201,
            }
        ],
    ),
    (
        "children among the killed and the injured",
        "The UN said 726 people were killed, including 52 children, and 1,174 injured, including 63 children.",
        None,
        [{"killed": 726, "injured": 1174, "children_killed": 52, "children_injured": 63}],
    ),
    (
        "of them children",
        "The UN said 11,662 civilians have been killed -- 639 of them children.",
        None,
        [{"killed": 11662, "children_killed": 639}],
    ),
    (
        "a breakdown in the next sentence",
        "OHCHR recorded 1,119 civilian deaths. Of those killed, 224 were men and 168 women. "
        "The sex of another 52 children has not yet been determined.",
        None,
        [
            {
                "killed": 1119,
                "killed_men": 224,
                "killed_women": 168,
                "killed_children_unknown_sex": 52,
            }
        ],
    ),
    (
        "regions and who controls them",
        "In Donetsk and Luhansk regions, OHCHR recorded 440 casualties (77 killed and 363 injured): "
        "331 (54 killed and 277 injured) in Government-controlled territory.",
        None,
        [
            {"area": "Donetsk and Luhansk regions", "total": 440, "killed": 77, "injured": 363},
            {
                "area": "government-controlled territory of Donetsk and Luhansk regions",
                "total": 331,
                "killed": 54,
                "injured": 277,
            },
        ],
    ),
)

BREAKDOWNS += cases(
    (
        "children in an apposition before the verb",
        "The U.N. says at least 977 civilians, including 81 children, have been killed.",
        None,
        [{"killed": 977, "children_killed": 81}],
    ),
    (
        "children in an apposition between dashes or in parentheses",
        "OHCHR said at least 4,169 civilians - among them 263 children - have been killed, and "
        "5,028 (including 400 children) injured.",
        None,
        [{"killed": 4169, "children_killed": 263, "injured": 5028, "children_injured": 400}],
    ),
    (
        "a region's count broken down in brackets after its long name",
        "OHCHR recorded 10,631 civilian casualties in Ukraine. This included a total of 1,940"
        " casualties in Donetsk and Luhansk regions (1,019 killed and 921 injured).",
        None,
        [
            {"total": 10631},
            {"area": "Donetsk and Luhansk regions", "killed": 1019, "injured": 921, "total": 1940},
        ],
    ),
    (
        "a cause in the line after a listed count is not that count's",
        "UN Human Rights: one year on, our monitors in Ukraine have verified:\n➡️ 8,006 civilians"
        " killed\n➡️ 13,287 injured\nMost casualties caused by explosive weapons with wide area"
        " effects.",
        D(2023, 2, 21),
        [{"killed": 8006, "injured": 13287}],
    ),
    (
        "a run-together bulletin with regions",
        "In Donetsk and Luhansk regions: 4,026 casualties (2,055 killed and 1,971 injured) "
        "On Government-controlled territory: 3,475 casualties (1,930 killed and 1,545 injured), OHCHR said.",
        None,
        [
            {"area": "Donetsk and Luhansk regions", "killed": 2055, "injured": 1971, "total": 4026},
            {
                "area": "government-controlled territory of Donetsk and Luhansk regions",
                "killed": 1930,
                "injured": 1545,
                "total": 3475,
            },
        ],
    ),
    (
        "a part of an outcome's count, its group after: '121 of the dead were children'",
        "The war has killed 1,430 civilians since 24 February, the UN human rights office said. "
        "It said 121 of the dead were children and 30 of those killed were women.",
        None,
        [
            {
                "period_start": "2022-02-24",
                "killed": 1430,
                "children_killed": 121,
                "killed_women": 30,
            }
        ],
    ),
    (
        "a list of groups 'among the dead' is the list of the killed",
        "OHCHR recorded 9,083 civilians killed. According to the verified data, 3,986 men, 2,422"
        " women, 282 boys and 223 girls were among the dead.",
        None,
        [
            {
                "killed": 9083,
                "killed_men": 3986,
                "killed_women": 2422,
                "killed_boys": 282,
                "killed_girls": 223,
            }
        ],
    ),
    (
        "'N of them' in a sentence that names no outcome is a part of the count before",
        "OHCHR said 1,430 civilians had been killed. It said 121 of them were children.",
        None,
        [{"killed": 1430, "children_killed": 121}],
    ),
)

KNOWN_GAPS = cases(
    (
        "a month with no year and no publication date",
        "OHCHR recorded 765 casualties in March alone. The war began in February 2022.",
        None,
        [{"scope": "period", "period_start": "2023-03-01", "as_of": "2023-03-31", "total": 765}],
    ),
)


OUTCOMES = cases(
    (
        "'perished', 'sustained injuries', 'were left injured'",
        "OHCHR said 8,006 civilians have perished and 13,287 have sustained injuries in Ukraine"
        " since 24 February 2022. In May, 174 were killed and 690 were left injured.",
        D(2023, 6, 7),
        [
            {"period_start": "2022-02-24", "killed": 8006, "injured": 13287},
            {
                "scope": "period",
                "period_start": "2023-05-01",
                "as_of": "2023-05-31",
                "killed": 174,
                "injured": 690,
            },
        ],
    ),
    (
        "a subject that names both outcomes is the total's: 'the number of civilians killed and"
        " injured ... was'",
        "OHCHR said the number of civilians killed and injured in the first six months of 2025 "
        "was 6,754. The total number of civilians killed and injured in 2024 was 11,285.",
        D(2025, 7, 10),
        [
            {"scope": "period", "period_start": "2025-01-01", "as_of": "2025-06-30", "total": 6754},
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-12-31",
                "total": 11285,
            },
        ],
    ),
    (
        "an age after a group's name is read with it, and its number is no count",
        "The UN said at least 600 children under 18 had been killed in Ukraine as of 31 May 2024.",
        D(2024, 6, 1),
        [{"as_of": "2024-05-31", "children_killed": 600}],
    ),
    (
        "'bringing the total to' after a month's counts is the running total, not the month's",
        "In January 2024, OHCHR recorded 158 civilians killed and 483 injured in Ukraine,"
        " bringing the total to 10,378 killed and 19,632 injured.",
        D(2024, 2, 9),
        [
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-01-31",
                "killed": 158,
                "injured": 483,
            },
            {"killed": 10378, "injured": 19632},
        ],
    ),
    (
        "a place before 'and' is the clause's before it, no place of the count after it",
        "OHCHR said 10,000 people have been killed in Ukraine and 18,500 were evacuated.",
        None,
        [{"killed": 10000}],
    ),
    (
        "a place before 'and' is the clause's before it; an adverb before the outcome",
        "OHCHR said 10,000 civilians have been killed in Ukraine and 18,500 were seriously"
        " injured.",
        None,
        [{"killed": 10000, "injured": 18500}],
    ),
    (
        "'others' between a count and its outcome",
        "OHCHR said more than 10,000 civilians have been killed in Ukraine and 18,500 others"
        " injured.",
        None,
        [{"killed": 10000, "injured": 18500}],
    ),
    (
        "killed or injured is a total",
        "OHCHR said 1,000 civilians had been killed or injured.",
        None,
        [{"total": 1000}],
    ),
    (
        "a toll that has risen to a figure",
        "The death toll has risen to 8,006, with 13,287 wounded, according to OHCHR.",
        None,
        [{"killed": 8006, "injured": 13287}],
    ),
)

SHORT_PERIODS = cases(
    (
        "a short stretch after a pair of outcomes is of both",
        "OHCHR verified 413 civilians killed since January, and said 31 civilians were"
        " killed and 200 injured in a single week this month.",
        D(2025, 3, 5),
        [{"scope": "period", "period_start": "2025-01-01", "killed": 413}],
    ),
    (
        "a sentence that opens with a bare day and names no one reporting tells that day's toll",
        "OHCHR said 10,703 civilians had been killed in Ukraine. On 2 March, 12 people were"
        " killed in Odesa.",
        D(2024, 3, 15),
        [{"killed": 10703}],
    ),
    (
        "a day that opens a statement dates the statement, not an event",
        "On 3 April, OHCHR said 1,430 civilians had been killed in Ukraine.",
        D(2022, 4, 4),
        [{"killed": 1430}],
    ),
    (
        "a count and its part before the short time, over the part's clause",
        "At least 103 civilians, 26 of them children, have been killed in just 10 days of"
        " strikes on the north of the country, OHCHR said.",
        D(2024, 7, 26),
        [{"scope": "period", "killed": 103, "children_killed": 26}],
    ),
    (
        "the previous week is a period of its own, of unstated days",
        "OHCHR recorded 8,317 civilians killed as of 26 March. In the previous week, 32 "
        "civilians were killed and 139 injured.",
        D(2023, 3, 28),
        [
            {"as_of": "2023-03-26", "killed": 8317},
            {"scope": "period", "killed": 32, "injured": 139},
        ],
    ),
    (
        "the last week alone is a period, not a day",
        "In the last week alone, OHCHR documented at least 21 deaths in Ukraine.",
        D(2025, 2, 21),
        [{"scope": "period", "killed": 21}],
    ),
    (
        "a stretch as long as the count so far is cumulative",
        "OHCHR said the war in Ukraine has killed at least 8,000 civilians over the past 15 "
        "months.",
        D(2023, 5, 30),
        [{"killed": 8000}],
    ),
    (
        "a day's count is no cumulative count",
        "On 5 June alone, OHCHR recorded 12 civilians killed and 30 injured.",
        D(2022, 6, 7),
        [],
    ),
    (
        "a day's count after the total",
        "OHCHR recorded 4,302 civilians killed as of 5 June, 12 of them on that day alone.",
        D(2022, 6, 7),
        [{"as_of": "2022-06-05", "killed": 4302}],
    ),
    ("a night's count", "Overnight, 12 civilians were killed, OHCHR said.", None, []),
    (
        "a count in a single day",
        "OHCHR recorded 12 civilians killed in a single day, the highest toll since March.",
        None,
        [],
    ),
    (
        "a month alone is a period",
        "In May alone, OHCHR recorded 600 civilian casualties.",
        D(2022, 6, 7),
        [{"scope": "period", "period_start": "2022-05-01", "as_of": "2022-05-31", "total": 600}],
    ),
    (
        "the day of a statement is no short period",
        "OHCHR said yesterday that 1,119 civilians had been killed.",
        D(2022, 6, 7),
        [{"killed": 1119}],
    ),
)

INCIDENTS = cases(
    (
        "a toll 'in a massacre' is one event's",
        "OHCHR recorded 1,200 civilians killed in Ukraine in 2024. In December alone, at least"
        " 207 people were killed in a massacre in Bucha.",
        D(2025, 1, 10),
        [{"scope": "period", "period_start": "2024-01-01", "as_of": "2024-12-31", "killed": 1200}],
    ),
    (
        "an attack after a fronted date and a comma is one event",
        "In April, an attack on a market in Kharkiv killed at least 40 civilians, OHCHR said.",
        D(2024, 6, 1),
        [],
    ),
    (
        "a toll 'in the airstrike on' a place is one event's",
        "OHCHR said at least 53 civilians were killed in the airstrike on the Kharkiv market.",
        D(2022, 7, 16),
        [],
    ),
    (
        "a sentence that opens with a day and tells an attack before its toll is that day's",
        "Since January, OHCHR has verified 413 civilians killed in Ukraine. On 7 March, Russian"
        " forces struck Dobropillia; OHCHR confirmed at least 11 killed and 48 injured.",
        D(2025, 3, 20),
        [{"scope": "period", "period_start": "2025-01-01", "killed": 413}],
    ),
    (
        "a day that dates a statement is no event",
        "On 3 April, OHCHR said 1,430 civilians had been killed in Ukraine since 24 February.",
        D(2022, 4, 5),
        [{"period_start": "2022-02-24", "killed": 1430}],
    ),
    (
        "an event that opens the sentence: the main clause's counts and their parts are its toll",
        "In a single strike on Odesa on 2 March, 12 people were killed, including five children."
        " OHCHR said 10,703 civilians had been killed in Ukraine.",
        D(2024, 3, 15),
        [{"killed": 10703}],
    ),
    (
        "a relative clause after the event, over an 'and' between them",
        "OHCHR highlighted a Russian attack on Kharkiv and the nearby village that killed at"
        " least 40 civilians.",
        D(2025, 5, 1),
        [],
    ),
    (
        "a number that counts nothing between the event and its toll",
        "OHCHR cited an attack three days earlier on the town and a camp that killed 40 civilians.",
        D(2025, 5, 1),
        [],
    ),
    (
        "killed in one strike",
        "The UN said 40 civilians were killed in the strike on Kramatorsk station.",
        None,
        [],
    ),
    (
        "an attack as the subject",
        "An attack on a train station killed 50 civilians, OHCHR said.",
        None,
        [],
    ),
    (
        "the war's armed attack is no incident",
        "OHCHR recorded 10,000 civilians killed since the start of the armed attack by the "
        "Russian Federation, including 50 in the missile strike on Kramatorsk.",
        None,
        [{"killed": 10000}],
    ),
)

ONE_TO_FIVE_MARCH = {"period_start": "2022-02-24", "as_of": "2022-03-05"}

ATTRIBUTION = cases(
    (
        "officials installed by Russia are other speakers",
        "OHCHR recorded 12,340 civilians killed in Ukraine. Russian-installed officials in Donetsk"
        " said 230 civilians had been killed in May.",
        D(2024, 6, 10),
        [{"killed": 12340}],
    ),
    (
        "separatist authorities are other speakers",
        "OHCHR recorded 12,340 civilians killed in Ukraine. Separatist authorities in Luhansk said"
        " 230 civilians had been killed since January.",
        D(2024, 6, 10),
        [{"killed": 12340}],
    ),
    (
        "a Kremlin-backed administration is another speaker",
        "OHCHR recorded 12,340 civilians killed in Ukraine. The Kremlin-backed administration said"
        " 230 civilians had been killed in May.",
        D(2024, 6, 10),
        [{"killed": 12340}],
    ),
    (
        "a UN briefing's 'human rights colleagues' are the monitor",
        "Spokesman: Our human rights colleagues tell us that as of 29 February, they have "
        "verified 10,675 civilians killed and 20,080 injured in Ukraine since February 2022.",
        D(2024, 3, 1),
        [{"as_of": "2024-02-29", "killed": 10675, "injured": 20080}],
    ),
    (
        "another speaker's single attack, in a paragraph of its own, is no speaker after it",
        "From 24 February to 5 March 2022, OHCHR recorded 1,006 civilian casualties in Ukraine."
        "\n\nIn a separate incident, a missile strike on a market killed 16 people, officials"
        " said.\n\nIn Donetsk and Luhansk regions, 440 casualties were recorded.",
        D(2022, 3, 6),
        [
            {**ONE_TO_FIVE_MARCH, "total": 1006},
            {**ONE_TO_FIVE_MARCH, "area": "Donetsk and Luhansk regions", "total": 440},
        ],
    ),
    (
        "another speaker's count of fighters, in a paragraph of its own, is no speaker after it",
        "From 24 February to 5 March 2022, OHCHR recorded 1,006 civilian casualties in Ukraine."
        "\n\nThe defence ministry claimed its forces had killed 300 fighters in the past week."
        "\n\nIn Donetsk and Luhansk regions, 440 casualties were recorded.",
        D(2022, 3, 6),
        [
            {**ONE_TO_FIVE_MARCH, "total": 1006},
            {**ONE_TO_FIVE_MARCH, "area": "Donetsk and Luhansk regions", "total": 440},
        ],
    ),
    (
        "another speaker's tally, in a paragraph of its own, stays the speaker after it",
        "From 24 February to 5 March 2022, OHCHR recorded 1,006 civilian casualties in Ukraine."
        "\n\nSeparately, the prosecutor general said 512 children had been killed."
        "\n\nMore than 1,100 children have been injured.",
        D(2022, 3, 6),
        [{**ONE_TO_FIVE_MARCH, "total": 1006}],
    ),
    (
        "another speaker's single attack stays the speaker in its own paragraph",
        "From 24 February to 5 March 2022, OHCHR recorded 1,006 civilian casualties in Ukraine."
        "\n\nA missile strike on a market killed 16 people, officials said. Since February,"
        " 512 children have been killed.",
        D(2022, 3, 6),
        [{**ONE_TO_FIVE_MARCH, "total": 1006}],
    ),
    (
        "the mission's handle '@UN_HRMMU' names it; a list of emoji bullets",
        "Since 24 Feb 2022, @UN_HRMMU has verified:\n\U0001f534 10,582 civilians killed, including"
        " 587 children\n\U0001f534 19,875 civilians injured, including 1,298 children",
        D(2024, 2, 22),
        [
            {
                "period_start": "2022-02-24",
                "killed": 10582,
                "injured": 19875,
                "children_killed": 587,
                "children_injured": 1298,
            }
        ],
    ),
    (
        "'my Office' in the High Commissioner's statement is OHCHR",
        "Mr. President, in Ukraine, my Office has verified that 10,810 civilians have been killed"
        " and 20,556 injured since 24 February 2022; the real figures are higher.",
        D(2024, 3, 26),
        [{"period_start": "2022-02-24", "killed": 10810, "injured": 20556}],
    ),
    (
        "another UN agency whose name starts with 'the UN' is another speaker",
        "OHCHR verified 8,773 civilian deaths in Ukraine. The UN Development Programme"
        " estimates that the war will have caused 377,000 deaths by the end of 2025.",
        D(2024, 11, 23),
        [{"killed": 8773}],
    ),
    (
        "figures a clause cites from another source are not the monitor's",
        "A UN human rights office spokesperson said at least 1,000 civilians had been killed in"
        " Ukraine, according to figures from the regional health department.",
        D(2023, 6, 16),
        [],
    ),
    (
        "another speaker relays figures 'verified by' the monitor: the monitor's",
        "According to UNICEF, at least 525 children have been killed and 1,047 injured in"
        " Ukraine, figures verified by the UN human rights office show.",
        D(2023, 6, 1),
        [{"children_killed": 525, "children_injured": 1047}],
    ),
    (
        "the monitor 'citing Ukraine's Ministry of Health' relays the ministry's figures",
        "According to the UN human rights office, citing Ukraine's Ministry of Health, 1,000"
        " civilians have been killed.",
        D(2022, 3, 20),
        [],
    ),
    (
        "a source named for another subject's figures speaks no later counts",
        "The UN human rights office said it was alarmed by the situation in Ukraine. About 6.2"
        " million refugees have fled the country, according to UNHCR. Since 24 February 2022,"
        " 10,000 civilians have been killed, a spokesperson told reporters.",
        D(2023, 11, 21),
        [{"period_start": "2022-02-24", "killed": 10000}],
    ),
    (
        "'UN-verified' deaths are the monitor's",
        "UN-verified civilian deaths in Ukraine stood at 9,177 on Sunday.",
        D(2023, 7, 10),
        [{"killed": 9177}],
    ),
    (
        "the body is named after its figures",
        "1,000 civilians were killed and 2,000 injured, according to figures published on "
        "Monday. The figures come from OHCHR.",
        None,
        [{"killed": 1000, "injured": 2000}],
    ),
    (
        "another body named before carries over",
        "The Prosecutor General's office gave new figures on Monday. In all, 232 children were "
        "killed.",
        None,
        [],
    ),
    (
        "the headline's body yields to the sentence's own",
        "UN warns of rising toll\n\nThe prosecutor said 500 civilians were killed.",
        None,
        [],
    ),
    (
        "the last body named is the one in force",
        "OHCHR published its update. The mayor visited the site. In all, 500 civilians were "
        "killed.",
        None,
        [],
    ),
    (
        "a body named only in the headline",
        "OHCHR: civilian toll rises\n\nIn all, 1,000 civilians were killed and 2,000 injured.",
        None,
        [{"killed": 1000, "injured": 2000}],
    ),
    (
        "no body named at all",
        "Officials gave no figures. In all, 500 civilians were killed.",
        None,
        [],
    ),
    (
        "the office is the body named before",
        "OHCHR recorded 300 civilians killed. The office said 400 were injured.",
        None,
        [{"killed": 300, "injured": 400}],
    ),
    (
        "a body does not reach across a contrast",
        "Ukrainian authorities say more than 9,000 civilians, including 461 children, have been "
        "killed, while the UN has confirmed 7,199 deaths.",
        None,
        [{"killed": 7199}],
    ),
    (
        "a body named inside the monitor's name is not another body",
        "The UN mission in Ukraine said 10,000 civilians had been killed.",
        None,
        [{"killed": 10000}],
    ),
    (
        "a government's own count, by its possessive, is another source's",
        "According to OHCHR, 7,199 civilians had been killed as of 12 February. She said "
        "Ukraine's Government had reported more than 400 children killed.",
        D(2023, 2, 17),
        [{"as_of": "2023-02-12", "killed": 7199}],
    ),
    (
        "a separatist body's count, by its possessive, is another source's",
        "OHCHR has confirmed 3,496 civilian deaths since February 24. The DPR's mission to the "
        "JCCC reported that 72 civilians were killed in the republic over the past week.",
        D(2022, 5, 10),
        [{"period_start": "2022-02-24", "killed": 3496}],
    ),
    (
        "counts with no speaker that the next source credits ('This is stated in the report"
        " of HRMMU') are that source's, not the speaker's before",
        "The prosecutor general said 512 children had been killed. At least 183 civilians were "
        "killed and 903 injured in Ukraine in October 2024.\n\nThis is stated in the report of "
        "HRMMU.",
        D(2024, 11, 17),
        [
            {
                "scope": "period",
                "period_start": "2024-10-01",
                "as_of": "2024-10-31",
                "killed": 183,
                "injured": 903,
            }
        ],
    ),
    (
        "each count takes the body nearest to it",
        "UNICEF said 50 children were killed. OHCHR put the toll at 300 civilians killed.",
        None,
        [{"killed": 300}],
    ),
    (
        "a monitor's handle: '@UNHumanRights recorded'",
        "#Ukraine: As of 15 May 2022, @UNHumanRights recorded 8,089 civilian casualties in the "
        "country: 3,752 killed and 4,337 injured.",
        None,
        [{"as_of": "2022-05-15", "killed": 3752, "injured": 4337, "total": 8089}],
    ),
)

CLASHES = cases(
    (
        "an exact count over a round bound",
        "More than 1,400 civilians have been killed, the UN said. OHCHR said 1,417 civilians "
        "had been killed and 2,038 injured.",
        None,
        [{"killed": 1417, "injured": 2038}],
    ),
    (
        "the body over a headline",
        "UN: 1,400 civilians killed in Ukraine\n\nAs of 2 April, OHCHR had recorded 1,417 "
        "civilians killed and 2,038 injured.",
        D(2022, 4, 5),
        [{"as_of": "2022-04-02", "killed": 1417, "injured": 2038}],
    ),
    (
        "a sentence naming the monitor over one that inherits it",
        "OHCHR recorded 1,417 civilians killed. In all, 1,400 were killed and 2,038 injured, "
        "the office said.",
        None,
        [{"killed": 1417, "injured": 2038}],
    ),
    (
        "an undated count with a round total joins the dated report it agrees with",
        "More than 1,800 civilian casualties in Ukraine\n\nSince the start of the war, UN"
        " agencies count 691 civilians killed and 1,143 injured in Ukraine. From 24 February to"
        " 14 March, OHCHR recorded 1,834 civilian casualties: 691 killed and 1,143 injured.",
        D(2022, 3, 15),
        [
            {
                "period_start": "2022-02-24",
                "as_of": "2022-03-14",
                "killed": 691,
                "injured": 1143,
                "total": 1834,
            }
        ],
    ),
    (
        "an undated count of everyone joins no dated count of children",
        "Since the start of the full-scale invasion, OHCHR has verified that more than 12,700"
        " civilians have been killed and more than 30,000 injured in Ukraine. Between the start"
        " of the invasion and the end of 2024, some 669 children were killed and 1,833 injured.",
        D(2025, 3, 3),
        [
            {"killed": 12700, "injured": 30000},
            {"as_of": "2024-12-31", "children_killed": 669, "children_injured": 1833},
        ],
    ),
    (
        "an undated round bound for an area restates the exact count of the whole",
        "OHCHR said more than 1,000 civilians have been killed in and around Pokrovsk. Its "
        "office had verified the deaths of 1,089 civilians between 29 April and 29 August.",
        D(2024, 9, 4),
        [{"scope": "period", "period_start": "2024-04-29", "as_of": "2024-08-29", "killed": 1089}],
    ),
    (
        "two readings as strong: both left out",
        "OHCHR said 1,417 civilians were killed and 2,038 injured. OHCHR said 1,430 civilians "
        "were killed.",
        None,
        [{"injured": 2038}],
    ),
    (
        "the parts of a count a stronger reading replaced go with it, every one of the list",
        "In all, 1,260 civilians, including 70 children and 300 women, were killed, the UN said."
        " Since 24"
        " February, OHCHR has verified the deaths of 1,189 civilians.",
        D(2022, 4, 1),
        [{"period_start": "2022-02-24", "killed": 1189}],
    ),
)

CONSTRUCTIONS = cases(
    (
        "a comparison's counts take the total that heads the counts before, and frame nothing after",
        "In July 2023, OHCHR recorded 896 civilian casualties in Ukraine: 183 killed and 713"
        " injured. That compares with 688 in June. Of the 896 casualties, 812 were in territory"
        " controlled by the Government.",
        D(2023, 8, 9),
        [
            {
                "scope": "period",
                "period_start": "2023-07-01",
                "as_of": "2023-07-31",
                "killed": 183,
                "injured": 713,
                "total": 896,
            },
            {"scope": "period", "period_start": "2023-06-01", "as_of": "2023-06-30", "total": 688},
            {
                "scope": "period",
                "area": "government-controlled territory",
                "period_start": "2023-07-01",
                "as_of": "2023-07-31",
                "total": 812,
            },
        ],
    ),
    (
        "a thread's numbered posts are items of one list ('2/ Of these, ...')",
        "1/ The UN's latest figures: 12,340 civilians killed in Ukraine as of 30 Nov 2024.\n2/ Of"
        " these, 659 were children.\n3/ Another 27,836 civilians have been injured.",
        D(2024, 12, 10),
        [{"as_of": "2024-11-30", "killed": 12340, "injured": 27836, "children_killed": 659}],
    ),
    (
        "a subject of the killed that 'now number' its count",
        "Civilian fatalities in Ukraine now number 10,582, the UN said.",
        D(2024, 3, 12),
        [{"killed": 10582}],
    ),
    (
        "the day a running total stood at its count on is its cut-off",
        "Civilian deaths in Ukraine stood at 9,614 on 10 September, according to the UN, while"
        " 16,401 people had been hurt.",
        D(2023, 9, 12),
        [{"as_of": "2023-09-10", "killed": 9614, "injured": 16401}],
    ),
    (
        "a month's count that rose to its last figure on the month's last day stays the month's",
        "The UN said civilian deaths in Ukraine in May rose to 174 on 31 May.",
        D(2023, 6, 12),
        [{"scope": "period", "period_start": "2023-05-01", "as_of": "2023-05-31", "killed": 174}],
    ),
    (
        "a count 'non-combatants' is of civilians",
        "The UN said 9,614 non-combatants had been killed in Ukraine by 10 September.",
        D(2023, 9, 12),
        [{"as_of": "2023-09-10", "killed": 9614}],
    ),
    (
        "a month's name in capitals is a month only before its year ('TOLL MAY BE FAR HIGHER' is"
        " no May)",
        "UKRAINE: 10,000 CIVILIANS KILLED, TRUE TOLL MAY BE FAR HIGHER, UN SAYS",
        D(2023, 11, 21),
        [{"killed": 10000}],
    ),
    (
        "a running total that reached a mark in a month is the total's ('reached the 10,000 mark"
        " in November'), a count that reached a number in a month the month's",
        "The UN said the number of civilians killed in Ukraine reached 200 in July. It said the"
        " number of civilians killed in Ukraine reached the 10,000 mark in November.",
        D(2023, 12, 21),
        [
            {"scope": "period", "period_start": "2023-07-01", "as_of": "2023-07-31", "killed": 200},
            {"killed": 10000},
        ],
    ),
    (
        "a month as a cut-off after a month's count is the total's, whatever came before ('As of"
        " November 2024, 10,000 ...' after July's count)",
        "Civilian deaths in Ukraine topped 200 in July, the UN said. As of November 2024, 10,000"
        " civilians had been killed, it said.",
        D(2024, 12, 15),
        [
            {"scope": "period", "period_start": "2024-07-01", "as_of": "2024-07-31", "killed": 200},
            {"killed": 10000},
        ],
    ),
    (
        "a month's count that crossed a mark is the month's; only a total's is no month's"
        " ('Civilian deaths topped 200 in July' against 'the death toll topped 10,000 in"
        " November')",
        "Civilian deaths in Ukraine topped 200 in July, the UN said. The death toll among"
        " civilians topped 10,000 in November, it said.",
        D(2024, 12, 15),
        [
            {"scope": "period", "period_start": "2024-07-01", "as_of": "2024-07-31", "killed": 200},
            {"killed": 10000},
        ],
    ),
    (
        "a count by a word of a sum that is the killed and injured before it added up is their"
        " total ('(total: 3,527)')",
        "OHCHR recorded 1,430 civilians killed and 2,097 injured (total: 3,527).",
        None,
        [{"killed": 1430, "injured": 2097, "total": 3527}],
    ),
    (
        "a running total that is the killed and injured before it added up is their total"
        " ('bringing the total to 3,600')",
        "OHCHR recorded 1,500 civilians killed and 2,100 injured, bringing the total to 3,600.",
        None,
        [{"killed": 1500, "injured": 2100, "total": 3600}],
    ),
    (
        "a count by a word of a sum that is not the killed and injured added up is no total",
        "OHCHR recorded 1,600 civilians killed and 2,200 injured, a total of 3,900.",
        None,
        [{"killed": 1600, "injured": 2200}],
    ),
    (
        "the mission's update by its title, its day a cut-off ('Protection of Civilians in"
        " Ukraine / Update, 31 December 2024 / Key figures: ...')",
        "Protection of Civilians in Ukraine\nUpdate, 31 December 2024\n\nKey figures\n- 574"
        " civilian casualties in December 2024 (148 killed, 426 injured).\n- Since 24 February"
        " 2022: 12,456 civilians killed and 28,382 injured.",
        D(2025, 1, 9),
        [
            {
                "scope": "period",
                "period_start": "2024-12-01",
                "as_of": "2024-12-31",
                "killed": 148,
                "injured": 426,
                "total": 574,
            },
            {
                "period_start": "2022-02-24",
                "as_of": "2024-12-31",
                "killed": 12456,
                "injured": 28382,
            },
        ],
    ),
    (
        "a sentence that opens on the overall toll is the count since the start, after a month's",
        "OHCHR said 189 civilians were killed in Ukraine in July 2023. The overall toll now stands"
        " at 9,369 killed and 16,646 injured.",
        D(2023, 8, 8),
        [
            {"scope": "period", "period_start": "2023-07-01", "as_of": "2023-07-31", "killed": 189},
            {"killed": 9369, "injured": 16646},
        ],
    ),
    (
        "a running total named by a bare 'total' is of the outcome before it",
        "OHCHR said 189 civilians were killed in Ukraine in July 2023, bringing the total to"
        " 9,369.",
        D(2023, 8, 8),
        [
            {"scope": "period", "period_start": "2023-07-01", "as_of": "2023-07-31", "killed": 189},
            {"killed": 9369},
        ],
    ),
    (
        "running totals after 'bringing the totals to' are no counts of the month",
        "OHCHR said 157 civilians were killed and 722 injured in Ukraine in June 2023, bringing"
        " the totals to 9,180 killed and 15,640 injured.",
        D(2023, 7, 8),
        [
            {
                "scope": "period",
                "period_start": "2023-06-01",
                "as_of": "2023-06-30",
                "killed": 157,
                "injured": 722,
            },
            {"killed": 9180, "injured": 15640},
        ],
    ),
    (
        "'bringing the overall death toll to': two words between the article and the noun",
        "OHCHR said 110 civilians were killed in Ukraine in May 2023, bringing the overall death"
        " toll to 9,023.",
        D(2023, 6, 8),
        [
            {"scope": "period", "period_start": "2023-05-01", "as_of": "2023-05-31", "killed": 110},
            {"killed": 9023},
        ],
    ),
    (
        "a group's count, a colon, then its outcomes",
        "OHCHR said 10,582 civilians had been killed and 19,875 injured in Ukraine. Among the"
        " casualties were 1,885 children: 587 killed and 1,298 injured.",
        None,
        [
            {
                "killed": 10582,
                "injured": 19875,
                "children_killed": 587,
                "children_injured": 1298,
            }
        ],
    ),
    (
        "no year anywhere and no publication date, but the count's first day: its first year",
        "OHCHR verified 3,496 civilians killed in Ukraine since 4 a.m. on 24 February, when the"
        " armed attack by the Russian Federation began. The report covers cases confirmed up to"
        " midnight on 10 May.",
        None,
        [{"period_start": "2022-02-24", "as_of": "2022-05-10", "killed": 3496}],
    ),
    (
        "a place after who spoke is of the clause after, not of the counts before",
        "OHCHR said it had recorded 9,806 civilian deaths in Ukraine. In September 2023 alone, 147"
        " civilians were killed and 473 injured, the office said, noting that a single attack on a"
        " cafe in the village of Hroza on 5 October killed 59 people.",
        D(2023, 10, 11),
        [
            {"killed": 9806},
            {
                "scope": "period",
                "period_start": "2023-09-01",
                "as_of": "2023-09-30",
                "killed": 147,
                "injured": 473,
            },
        ],
    ),
    (
        "a part of an earlier sentence's count that its verb places is the place's count",
        "The number of civilians killed in Ukraine has risen to 8,791, OHCHR said. It said 3,339"
        " of those killed died in the Donetsk and Luhansk regions, and 2,100 of them were in"
        " other regions of Ukraine.",
        None,
        [
            {"killed": 8791},
            {"area": "Donetsk and Luhansk regions", "killed": 3339},
            {"area": "other regions of Ukraine", "killed": 2100},
        ],
    ),
    (
        "an agent's share of the deaths in a place, or of an earlier sentence's count, is no count",
        "The number of civilians killed in Ukraine has risen to 8,791, OHCHR said. Russian forces"
        " caused 3,339 of the deaths in the Donetsk and Luhansk regions. Russian armed forces"
        " killed 7,500 of them.",
        None,
        [{"killed": 8791}],
    ),
    (
        "a round total that is a lower bound of its exact parts is kept as stated",
        "OHCHR said it had recorded more than 3,000 civilian casualties in Ukraine as of 28 March"
        " 2022: 1,179 killed and 1,860 injured.",
        D(2022, 3, 29),
        [{"as_of": "2022-03-28", "killed": 1179, "injured": 1860, "total": 3000}],
    ),
    (
        "the parts listed after a region no area publishes are not the country's",
        "OHCHR said that in September 2022 it had recorded 120 civilian casualties in Donetsk"
        " region, including 40 killed and 80 injured.",
        D(2022, 10, 5),
        [],
    ),
    (
        "a bare 'Total:' label after the outcomes' labels",
        "OHCHR: civilian casualties in Ukraine as of 10 April 2022\n\nKilled: 1,842\nInjured:"
        " 2,493\nTotal: 4,335",
        D(2022, 4, 12),
        [{"as_of": "2022-04-10", "killed": 1842, "injured": 2493, "total": 4335}],
    ),
    (
        "'most of the deaths', then the count in an aside, then its area",
        "OHCHR has verified 8,006 civilian deaths in Ukraine. Most of the deaths - 4,986 -"
        " occurred in the Donetsk and Luhansk regions, the office said.",
        None,
        [{"killed": 8006}, {"area": "Donetsk and Luhansk regions", "killed": 4986}],
    ),
    (
        "a count before 'total' is a total",
        "UN Human Rights Ukraine: civilian casualties as of 7 May 2023: 23,606 total. 8,791"
        " killed and 14,815 injured.",
        D(2023, 5, 9),
        [{"as_of": "2023-05-07", "killed": 8791, "injured": 14815, "total": 23606}],
    ),
    (
        "'a toll that includes' names a part",
        "The UN human rights office says 9,614 civilians have been killed in Ukraine as of 10"
        " September 2023, a toll that includes 554 children.",
        D(2023, 9, 12),
        [{"as_of": "2023-09-10", "killed": 9614, "children_killed": 554}],
    ),
    (
        "'up from' after a parenthesis is the value of the count the parenthesis follows",
        "UN monitors recorded 574 civilian casualties in Ukraine in October 2024 (164 killed and"
        " 410 injured), up from 491 in September.",
        D(2024, 11, 8),
        [
            {
                "scope": "period",
                "period_start": "2024-10-01",
                "as_of": "2024-10-31",
                "killed": 164,
                "injured": 410,
                "total": 574,
            },
            {"scope": "period", "period_start": "2024-09-01", "as_of": "2024-09-30", "total": 491},
        ],
    ),
    (
        "a count in a dashed aside is of no month after the aside",
        "UN monitors recorded 574 civilian casualties in Ukraine in October 2024 - 164 killed and"
        " 410 injured - up from 491 in September.",
        D(2024, 11, 8),
        [
            {
                "scope": "period",
                "period_start": "2024-10-01",
                "as_of": "2024-10-31",
                "killed": 164,
                "injured": 410,
                "total": 574,
            },
            {"scope": "period", "period_start": "2024-09-01", "as_of": "2024-09-30", "total": 491},
        ],
    ),
    (
        "'more' of another outcome adds to the count before it, not a change",
        "The UN says 12,654 civilians, among them 673 children, have died in Ukraine, with"
        " 29,392 more wounded, as of Feb. 23.",
        D(2025, 2, 24),
        [{"as_of": "2025-02-23", "killed": 12654, "injured": 29392, "children_killed": 673}],
    ),
    (
        "'the killing of' before its count",
        "UN monitors have verified the killing of 12,654 civilians in Ukraine and the injuring"
        " of 29,392 as of 23 February.",
        D(2025, 2, 24),
        [{"as_of": "2025-02-23", "killed": 12654, "injured": 29392}],
    ),
    (
        "'Of them' opens a sentence of parts of the count before it, in its place",
        "In Donetsk and Luhansk regions, OHCHR recorded 4,500 civilians killed. Of them, 300"
        " were children.",
        D(2022, 9, 6),
        [{"area": "Donetsk and Luhansk regions", "killed": 4500, "children_killed": 300}],
    ),
    (
        "a plural subject's count after 'were', month by month across a new year",
        "Civilian deaths in Ukraine recorded by OHCHR were 151 in October, 113 in November and"
        " 158 in January.",
        D(2024, 2, 10),
        [
            {"scope": "period", "period_start": "2023-10-01", "as_of": "2023-10-31", "killed": 151},
            {"scope": "period", "period_start": "2023-11-01", "as_of": "2023-11-30", "killed": 113},
            {"scope": "period", "period_start": "2024-01-01", "as_of": "2024-01-31", "killed": 158},
        ],
    ),
    (
        "'incl.' as 'including'",
        "OHCHR Ukraine: 8,006 civilians killed (incl. 487 children), 13,287 injured (incl. 954"
        " children) as of 26 Feb 2023.",
        D(2023, 3, 1),
        [
            {
                "as_of": "2023-02-26",
                "killed": 8006,
                "injured": 13287,
                "children_killed": 487,
                "children_injured": 954,
            }
        ],
    ),
    (
        "counts in parentheses after their outcomes",
        "The number of civilians killed (9,614) and injured (17,535) in Ukraine as of 10"
        " September continues to rise, OHCHR said.",
        D(2023, 9, 12),
        [{"as_of": "2023-09-10", "killed": 9614, "injured": 17535}],
    ),
    (
        "the total as a label, then its count",
        "OHCHR, Ukraine, as of 10 April 2022.\nKilled: 1,842\nInjured: 2,493\nTotal casualties:"
        " 4,335",
        D(2022, 4, 12),
        [{"as_of": "2022-04-10", "killed": 1842, "injured": 2493, "total": 4335}],
    ),
    (
        "an ungrouped count that looks like a year, before its outcome",
        "In other regions of Ukraine, OHCHR recorded 4537 civilian casualties (1938 killed and 2599"
        " injured) as of 23 June 2022.",
        D(2022, 6, 24),
        [
            {
                "area": "other regions of Ukraine",
                "as_of": "2022-06-23",
                "killed": 1938,
                "injured": 2599,
                "total": 4537,
            }
        ],
    ),
    (
        "a relative clause between the group and its outcome",
        "This July was the deadliest month for civilians in Ukraine in almost two years, OHCHR"
        " said, with at least 219 civilians who were killed and 1,018 injured.",
        D(2024, 8, 28),
        [
            {
                "scope": "period",
                "period_start": "2024-07-01",
                "as_of": "2024-07-31",
                "killed": 219,
                "injured": 1018,
            }
        ],
    ),
    (
        "one count of either outcome, in other words than the lexicon's total",
        "OHCHR said 9,000 civilians have lost their lives or were injured in Ukraine as of 1 May.",
        D(2022, 5, 3),
        [{"as_of": "2022-05-01", "total": 9000}],
    ),
    (
        "'up from' a count with its own year: that year's count",
        "In 2025, OHCHR verified 2,514 civilians killed in Ukraine, up from 1,974 in 2024.",
        D(2026, 2, 1),
        [
            {
                "scope": "period",
                "period_start": "2025-01-01",
                "as_of": "2025-12-31",
                "killed": 2514,
            },
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-12-31",
                "killed": 1974,
            },
        ],
    ),
    (
        "a place, then the count of the ellipsis after it",
        "According to OHCHR, 4,253 civilians were killed in Ukraine as of 5 June. In Donetsk and"
        " Luhansk regions 2,490 people were killed, in other regions 1,763.",
        D(2022, 6, 7),
        [
            {"as_of": "2022-06-05", "killed": 4253},
            {"area": "Donetsk and Luhansk regions", "as_of": "2022-06-05", "killed": 2490},
            {"area": "other regions of Ukraine", "as_of": "2022-06-05", "killed": 1763},
        ],
    ),
    (
        "an outcome as a label before a dash, then its count",
        "As of 31 December 2023, the mission in Ukraine had verified the following: killed –"
        " 10,191 civilians, including 560 children; injured — 19,139 civilians, including 1,356"
        " children.",
        D(2024, 1, 16),
        [
            {
                "as_of": "2023-12-31",
                "killed": 10191,
                "injured": 19139,
                "children_killed": 560,
                "children_injured": 1356,
            }
        ],
    ),
    (
        "a city the outcome puts the count in ('killed in Kharkiv') is no area published",
        "OHCHR said 50 civilians were killed in Kharkiv in May; the UN said so in Kyiv.",
        D(2022, 6, 10),
        [],
    ),
    (
        "a city that opens a sentence, with its comma, is no area published",
        "OHCHR recorded 1,000 civilians killed in Ukraine in March 2022. In Kharkiv, 50"
        " civilians were killed in March, OHCHR said.",
        D(2022, 4, 5),
        [{**MARCH_2022, "killed": 1000}],
    ),
    (
        "the period after a part ('4,000 of them in 2022') is the part's, not the whole's",
        "OHCHR recorded 12,000 civilian deaths in Ukraine, 4,000 of them in 2022.",
        D(2024, 6, 7),
        [
            {"killed": 12000},
            {
                "scope": "period",
                "period_start": "2022-01-01",
                "as_of": "2022-12-31",
                "killed": 4000,
            },
        ],
    ),
    (
        "the period after a part in a clause of its own ('including 2,000 in 2024')",
        "OHCHR recorded 12,000 civilian deaths in Ukraine since February 2022, including 2,000"
        " in 2024.",
        D(2025, 1, 10),
        [
            {"killed": 12000},
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-12-31",
                "killed": 2000,
            },
        ],
    ),
    (
        "an attack's toll as a part of the count ('including 60 killed in a missile attack')",
        "The UN says 12,000 civilians have been killed in Ukraine, including 60 killed in a"
        " missile attack on a railway station in April 2022.",
        D(2024, 6, 7),
        [{"killed": 12000}],
    ),
    (
        "an event named by its place and what it struck ('the Kramatorsk station attack')",
        "The UN says 12,000 civilians have been killed in Ukraine. The toll includes 60 killed in"
        " the Kramatorsk station attack in April 2022.",
        D(2024, 6, 7),
        [{"killed": 12000}],
    ),
    (
        "both outcomes of an event's pair: 'left 60 civilians dead and 111 injured'",
        "OHCHR said a missile strike on Kramatorsk railway station on 8 April left 60 civilians"
        " dead and 111 injured. OHCHR has recorded 2,224 civilians killed in Ukraine.",
        D(2022, 4, 20),
        [{"killed": 2224}],
    ),
    (
        "both outcomes of a pair before the event's 'when'",
        "OHCHR said 60 civilians died and 111 were injured when a missile struck Kramatorsk"
        " railway station on 8 April.",
        D(2022, 4, 20),
        [],
    ),
    (
        "an event with its day between the article and its noun: 'the 8 April missile attack'",
        "OHCHR verified 60 civilian deaths from the 8 April missile attack on the Kramatorsk"
        " railway station.",
        D(2022, 4, 20),
        [],
    ),
    (
        "the occupied parts of a region, and the regions elsewhere in the country",
        "OHCHR recorded 900 civilians killed in Russian-occupied parts of Donetsk and Luhansk"
        " regions. It recorded 3,092 civilians killed elsewhere in Ukraine.",
        D(2023, 1, 17),
        [
            {"area": "occupied territory of Donetsk and Luhansk regions", "killed": 900},
            {"area": "other regions of Ukraine", "killed": 3092},
        ],
    ),
    (
        "an ellipsis of the count before, placed 'elsewhere'",
        "OHCHR recorded 900 civilians killed in Donetsk and Luhansk regions and 3,092 elsewhere"
        " in Ukraine.",
        D(2023, 1, 17),
        [
            {"area": "Donetsk and Luhansk regions", "killed": 900},
            {"area": "other regions of Ukraine", "killed": 3092},
        ],
    ),
    (
        "an attack on the country is the war, no event",
        "OHCHR said the Russian attack on Ukraine has killed 10,000 civilians.",
        D(2023, 11, 21),
        [{"killed": 10000}],
    ),
    (
        "a fronted event, past an aside that names it",
        "In the deadliest single incident, the strike on the Kramatorsk railway station, OHCHR"
        " verified 60 civilians killed.",
        D(2022, 4, 20),
        [],
    ),
    (
        "an event's toll, named by a day's possessive, in a relative clause after a comma",
        "OHCHR is alarmed by the toll of Saturday's strike on a residential building in Dnipro,"
        " where at least 44 civilians, including five children, were killed.",
        D(2023, 1, 17),
        [],
    ),
    (
        "a country that says a figure is another speaker ('Russia said')",
        "The UN says 12,000 civilians have been killed in Ukraine. Russia said on Monday that 230"
        " civilians had been killed in May.",
        D(2024, 6, 7),
        [{"killed": 12000}],
    ),
    (
        "'Ukraine said' is another speaker, but not after the body's name ('the Mission in Ukraine')",
        "The UN Human Rights Monitoring Mission in Ukraine said 12,000 civilians had been killed."
        " Ukraine said on Monday that 230 civilians had been killed in May.",
        D(2024, 6, 7),
        [{"killed": 12000}],
    ),
    (
        "a city that opens a sentence with 'alone' after it is no area published",
        "OHCHR said 174 civilians were killed in Ukraine in May 2024. In Kharkiv alone, 93"
        " civilians were killed in May.",
        D(2024, 6, 7),
        [{"scope": "period", "period_start": "2024-05-01", "as_of": "2024-05-31", "killed": 174}],
    ),
    (
        "a city that opens a sentence with its month before the comma is no area published",
        "OHCHR said 174 civilians were killed in Ukraine in May 2024. In Kharkiv in May, 93"
        " civilians were killed.",
        D(2024, 6, 7),
        [{"scope": "period", "period_start": "2024-05-01", "as_of": "2024-05-31", "killed": 174}],
    ),
    (
        "the country after a count is its place, though a city opened the sentence",
        "In Kyiv, UN human rights chief Volker Türk said 10,000 civilians had been killed in"
        " Ukraine since February 2022.",
        D(2023, 11, 21),
        [{"killed": 10000}],
    ),
    (
        "a place no area names as a sentence's subject ('The Donetsk region had ...')",
        "OHCHR said 152 civilians were killed in Ukraine in November 2024. The Donetsk region had"
        " the most casualties (48 killed and 139 injured), followed by Kharkiv (20 killed and 116"
        " injured).",
        D(2024, 12, 10),
        [{"scope": "period", "period_start": "2024-11-01", "as_of": "2024-11-30", "killed": 152}],
    ),
    (
        "the next places of a list, each with its counts in brackets, are no published area",
        "OHCHR said most casualties in October were in Donetsk region (59 killed, 212 injured),"
        " Kharkiv region (40 killed, 180 injured) and Kherson region (20 killed, 150 injured).",
        D(2024, 11, 8),
        [],
    ),
    (
        "the next cities of a list, each with its counts in brackets, are no published area",
        "OHCHR said most casualties in October were in Donetsk region (59 killed, 212 injured),"
        " Kharkiv (40 killed, 180 injured) and Kherson (20 killed, 150 injured).",
        D(2024, 11, 8),
        [],
    ),
    (
        "a city after the count's noun, or after a bare count of a list, is no published area",
        "OHCHR said 174 civilians were killed in Ukraine in May 2024. Russian strikes killed 50"
        " civilians in Kharkiv in May 2024, and 20 in Sumy.",
        D(2024, 6, 7),
        [{"scope": "period", "period_start": "2024-05-01", "as_of": "2024-05-31", "killed": 174}],
    ),
    (
        "a month written with its year is no year earlier when it clashes",
        "OHCHR said 174 civilians were killed in Ukraine in May 2024. In May 2024, 50 civilians"
        " were killed in the east.",
        D(2024, 6, 7),
        [{"scope": "period", "period_start": "2024-05-01", "as_of": "2024-05-31", "killed": 174}],
    ),
    (
        "a region no published area names, then the country",
        "In the Kharkiv region alone, HRMMU recorded 74 civilians killed and 290 injured in May"
        " 2024. Nationwide, 174 civilians were killed and 690 injured in May. In the city of"
        " Kherson, 12 were killed.",
        D(2024, 6, 10),
        [
            {
                "scope": "period",
                "period_start": "2024-05-01",
                "as_of": "2024-05-31",
                "killed": 174,
                "injured": 690,
            }
        ],
    ),
    (
        "a group as the label of the counts after it",
        "The mission said 10,000 civilians had been killed in Ukraine as of 19 November 2023."
        " Children: 560 killed, 1,200 injured.",
        D(2023, 11, 22),
        [
            {
                "as_of": "2023-11-19",
                "killed": 10000,
                "children_killed": 560,
                "children_injured": 1200,
            }
        ],
    ),
    (
        "the beginning of a year starts a period",
        "From the start of 2024 to 30 June, the UN mission in Ukraine verified 1,163 civilians"
        " killed and 4,061 injured.",
        D(2024, 7, 11),
        [
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-06-30",
                "killed": 1163,
                "injured": 4061,
            }
        ],
    ),
    (
        "a month to compare with, then a clause of its own after 'when'",
        "In November, OHCHR recorded 109 civilians killed and 427 injured in Ukraine, fewer than"
        " in the previous month, when 194 were killed.",
        D(2023, 12, 8),
        [
            {
                "scope": "period",
                "period_start": "2023-11-01",
                "as_of": "2023-11-30",
                "killed": 109,
                "injured": 427,
            },
            {"scope": "period", "period_start": "2023-10-01", "as_of": "2023-10-31", "killed": 194},
        ],
    ),
    (
        "a number of years before an ellipsis counts no one",
        "June 2025 was the deadliest month for civilians in Ukraine in three years, with 232"
        " killed and 1,343 injured, the UN Human Rights Monitoring Mission said on Thursday.",
        D(2025, 7, 10),
        [
            {
                "scope": "period",
                "period_start": "2025-06-01",
                "as_of": "2025-06-30",
                "killed": 232,
                "injured": 1343,
            }
        ],
    ),
    (
        "the same count at another month after 'from'",
        "OHCHR said civilian deaths in Ukraine fell to 126 in May from 181 in April, while 594"
        " people were injured in May.",
        D(2023, 6, 5),
        [
            {
                "scope": "period",
                "period_start": "2023-05-01",
                "as_of": "2023-05-31",
                "killed": 126,
                "injured": 594,
            },
            {"scope": "period", "period_start": "2023-04-01", "as_of": "2023-04-30", "killed": 181},
        ],
    ),
    (
        "a clause with no months after one with two: its counts take those months in order",
        "OHCHR said civilian deaths in Ukraine fell to 181 in August from 231 in July, while "
        "injuries fell to 754 from 785.",
        D(2023, 9, 10),
        [
            {
                "scope": "period",
                "period_start": "2023-08-01",
                "as_of": "2023-08-31",
                "killed": 181,
                "injured": 754,
            },
            {
                "scope": "period",
                "period_start": "2023-07-01",
                "as_of": "2023-07-31",
                "killed": 231,
                "injured": 785,
            },
        ],
    ),
    (
        "with one month before, an earlier value with none of its own is left out",
        "OHCHR said civilian deaths in Ukraine fell to 181 in August, while injuries fell to 754 "
        "from 785.",
        D(2023, 9, 10),
        [
            {
                "scope": "period",
                "period_start": "2023-08-01",
                "as_of": "2023-08-31",
                "killed": 181,
                "injured": 754,
            }
        ],
    ),
    (
        "parts of the outcomes' counts: a group's by its subject, no group's left out",
        "OHCHR said 219 people were killed and 1,018 injured in July 2024. Children accounted "
        "for 21 of the dead and 117 of the 1,018 injured. Russian forces caused 200 of the deaths.",
        D(2024, 8, 12),
        [
            {
                "scope": "period",
                "period_start": "2024-07-01",
                "as_of": "2024-07-31",
                "killed": 219,
                "injured": 1018,
                "children_killed": 21,
                "children_injured": 117,
            }
        ],
    ),
    (
        "the whole after a part ('117 of the 1,018 injured') is a count, but no head of parts",
        "OHCHR said 219 civilians were killed in July 2024. Children accounted for 117 of the "
        "1,018 injured.",
        D(2024, 8, 12),
        [
            {
                "scope": "period",
                "period_start": "2024-07-01",
                "as_of": "2024-07-31",
                "killed": 219,
                "children_injured": 117,
                "injured": 1018,
            }
        ],
    ),
    (
        "an outcome as a label, then its breakdown in brackets",
        "OHCHR recorded 25,170 civilian casualties.\n\nKilled: 9,083 (3,610 men, 2,434 women, "
        "286 girls and 239 boys).",
        None,
        [
            {
                "total": 25170,
                "killed": 9083,
                "killed_men": 3610,
                "killed_women": 2434,
                "killed_girls": 286,
                "killed_boys": 239,
            }
        ],
    ),
    (
        "another state's representative is another speaker",
        "OHCHR recorded 23,606 civilian casualties in Ukraine: 8,791 people killed and 14,815 "
        "injured. The representative of the Russian Federation said Kyiv had killed 4,600 "
        "civilians in Donbas.",
        None,
        [{"killed": 8791, "injured": 14815, "total": 23606}],
    ),
    (
        "a breakdown after a colon",
        "OHCHR recorded 712 civilians killed: 140 men, 95 women, 20 boys and 12 girls.",
        None,
        [
            {
                "killed": 712,
                "killed_men": 140,
                "killed_women": 95,
                "killed_boys": 20,
                "killed_girls": 12,
            }
        ],
    ),
    (
        "N of them fatal",
        "OHCHR recorded 1,200 civilian casualties, 232 of them fatal.",
        None,
        [{"killed": 232, "total": 1200}],
    ),
    (
        "put the number at N",
        "The UN human rights office put the number of civilians killed at 13,580.",
        None,
        [{"killed": 13580}],
    ),
    (
        "fell to X in May from Y in April",
        "The number of civilians killed fell to 86 in May from 112 in April, OHCHR said.",
        D(2025, 7, 10),
        [
            {"scope": "period", "period_start": "2025-05-01", "as_of": "2025-05-31", "killed": 86},
            {"scope": "period", "period_start": "2025-04-01", "as_of": "2025-04-30", "killed": 112},
        ],
    ),
    (
        "takes the number killed to N, M of them children, and the number injured to K",
        "The latest OHCHR update takes the number killed to 13,580, 716 of them children, and "
        "the number injured to 33,900.",
        None,
        [{"killed": 13580, "injured": 33900, "children_killed": 716}],
    ),
    (
        "a list of groups after 'including'",
        "OHCHR said 69 civilians, including 15 children and one woman, have been killed.",
        None,
        [{"killed": 69, "children_killed": 15, "killed_women": 1}],
    ),
    (
        "an ISO date, and a range of two",
        "From 2022-02-24 to 2024-03-15, OHCHR verified 10,703 civilians killed in Ukraine.",
        D(2024, 3, 20),
        [{"period_start": "2022-02-24", "as_of": "2024-03-15", "killed": 10703}],
    ),
    (
        "a numeric date, day first",
        "OHCHR recorded 13,580 civilians killed as of 30/06/2025.",
        None,
        [{"as_of": "2025-06-30", "killed": 13580}],
    ),
    (
        "numeric dates month first, where one day could be no month ('2/24/2022 to 4/3/2022')",
        "From 2/24/2022 to 4/3/2022, OHCHR recorded 3,527 civilian casualties in Ukraine: 1,430"
        " killed and 2,097 injured.",
        D(2022, 4, 5),
        [
            {
                "period_start": "2022-02-24",
                "as_of": "2022-04-03",
                "killed": 1430,
                "injured": 2097,
                "total": 3527,
            }
        ],
    ),
    (
        "numeric dates day first beside one whose month could be no day ('24/02/2022 to 3/4/2022')",
        "From 24/02/2022 to 3/4/2022, OHCHR recorded 3,527 civilian casualties in Ukraine: 1,430"
        " killed and 2,097 injured.",
        D(2022, 4, 5),
        [
            {
                "period_start": "2022-02-24",
                "as_of": "2022-04-03",
                "killed": 1430,
                "injured": 2097,
                "total": 3527,
            }
        ],
    ),
    (
        "a cause in another clause makes no sub-count",
        "Air strikes were the leading cause of child casualties, OHCHR said, adding that 8,749 "
        "civilians had been injured.",
        None,
        [{"injured": 8749}],
    ),
    (
        "an event of an agent named",
        "OHCHR highlighted an RSF attack on the camp that killed at least 40 civilians in Ukraine.",
        None,
        [],
    ),
    (
        "a part after 'including' with an outcome of its own",
        "OHCHR documented 632 violations in Ukraine, including 323 killings of civilians.",
        None,
        [{"killed": 323}],
    ),
    (
        "an event with adjectives",
        "A large-scale drone attack killed 27 civilians, OHCHR said.",
        None,
        [],
    ),
    (
        "an event and its participle clause",
        "A missile hit the market, killing six civilians and wounding 20, OHCHR said.",
        None,
        [],
    ),
    (
        "a round bound beside the exact count is the same count",
        "The UN said at least 690 civilians were killed in Ukraine. 'OHCHR confirmed 691 killed "
        "and 1,143 injured,' the statement said.",
        None,
        [{"killed": 691, "injured": 1143}],
    ),
    (
        "a title's cut-off dates the undated counts of the body",
        "Civilian casualties in Ukraine: update as of 17 April 2023\n\nSince 24 February 2022, "
        "OHCHR recorded 8,534 civilians killed and 14,370 injured.",
        None,
        [{"period_start": "2022-02-24", "as_of": "2023-04-17", "killed": 8534, "injured": 14370}],
    ),
    (
        "a sentence without counts gives the cut-off of the counts",
        "OHCHR verified 3,496 civilians killed in Ukraine. The report covers cases confirmed "
        "until 10 May.",
        D(2022, 5, 11),
        [{"as_of": "2022-05-10", "killed": 3496}],
    ),
    (
        "the cut-off said with the parts of the count before is the count's too",
        "The UN rights office says it has confirmed 4,731 civilian deaths in Ukraine since 24 "
        "February, and 5,900 wounded. Among the dead were 330 children, it said in an update "
        "covering the period up to June 26.",
        D(2022, 6, 28),
        [
            {
                "period_start": "2022-02-24",
                "as_of": "2022-06-26",
                "killed": 4731,
                "injured": 5900,
                "children_killed": 330,
            }
        ],
    ),
    (
        "'The figures, which run to ..., include' parts: the cut-off is of the counts before",
        "The UN said 5,514 civilians had been killed in Ukraine and 7,698 injured since the war "
        "began. The figures, which run to August 14, include 356 children killed.",
        D(2022, 8, 15),
        [{"as_of": "2022-08-14", "killed": 5514, "injured": 7698, "children_killed": 356}],
    ),
    (
        "'the figure included' parts, told by the monitor, an aside in dashes: the count before's",
        "More than 10,000 civilians have been killed in Ukraine, the UN says. The UN Human Rights"
        " Monitoring Mission said the figure - 10,000 exactly as of 19 November - included more"
        " than 560 children.",
        D(2023, 11, 21),
        [{"as_of": "2023-11-19", "killed": 10000, "children_killed": 560}],
    ),
    (
        "'The figures include' parts after counts of two outcomes names neither: left out",
        "OHCHR said 10,000 civilians had been killed and 18,000 injured in Ukraine. The figures"
        " include more than 560 children.",
        D(2023, 11, 21),
        [{"killed": 10000, "injured": 18000}],
    ),
    (
        "'the toll included' parts a prosecutor tells are not the monitor's",
        "More than 10,000 civilians have been killed in Ukraine, the UN says. Ukraine's"
        " prosecutor general's office said the toll included 510 children.",
        D(2023, 11, 21),
        [{"killed": 10000}],
    ),
    (
        "'Of the 5,718, ...' opens on the count before of that number, and its outcome",
        "OHCHR said it had recorded 5,718 civilians killed and 8,199 injured in Ukraine. About 40%"
        " of the deaths were in Donetsk and Luhansk regions. Of the 5,718, 372 were children.",
        D(2022, 9, 8),
        [{"killed": 5718, "injured": 8199, "children_killed": 372}],
    ),
    (
        "'Of those, ...' after counts of two outcomes names neither: its parts are left out",
        "OHCHR said it had recorded 5,718 civilians killed and 8,199 injured in Ukraine. Of those,"
        " 372 were children.",
        D(2022, 9, 8),
        [{"killed": 5718, "injured": 8199}],
    ),
    (
        "the parts of the count before, opened by 'Of those killed', carry its cut-off too",
        "OHCHR verified 3,496 civilians killed in Ukraine since 24 February. Of those killed, "
        "243 were children, in figures that run to 10 May.",
        D(2022, 5, 11),
        [
            {
                "period_start": "2022-02-24",
                "as_of": "2022-05-10",
                "killed": 3496,
                "children_killed": 243,
            }
        ],
    ),
    (
        "the parts of the count before, a sentence of its dates between, are of the same report",
        "OHCHR recorded 3,455 civilian casualties in Ukraine: 1,417 killed and 2,038 injured."
        " This was from 4 a.m. on 24 February 2022 to midnight on 2 April 2022. Of those killed,"
        " 121 were children; of those injured, 171 were children.",
        D(2022, 4, 4),
        [
            {
                "period_start": "2022-02-24",
                "as_of": "2022-04-02",
                "killed": 1417,
                "injured": 2038,
                "total": 3455,
                "children_killed": 121,
                "children_injured": 171,
            }
        ],
    ),
    (
        "a sentence without counts gives the first day too, a day before 'to' opening the range",
        "OHCHR verified 5,718 civilians killed in Ukraine. The figures cover 24 February 2022"
        " (4 a.m.) to 4 September 2022 (midnight).",
        D(2022, 9, 6),
        [{"period_start": "2022-02-24", "as_of": "2022-09-04", "killed": 5718}],
    ),
    (
        "a sentence without counts gives the first day of counts a title dates",
        "OHCHR civilian casualty update, Ukraine (as of 4 September 2022)\n\n"
        "* Total civilian casualties: 13,917\n* Killed: 5,718 (incl. 372 children)\n\n"
        "Figures cover the period from 24 February 2022 to 4 September 2022.",
        D(2022, 9, 6),
        [
            {
                "period_start": "2022-02-24",
                "as_of": "2022-09-04",
                "total": 13917,
                "killed": 5718,
                "children_killed": 372,
            }
        ],
    ),
    (
        "counts and outcomes in turn, 'respectively'",
        "OHCHR said 7,155 and 11,662 civilians had been killed and injured in Ukraine, "
        "respectively, as of 29 January 2023.",
        D(2023, 2, 1),
        [{"as_of": "2023-01-29", "killed": 7155, "injured": 11662}],
    ),
    (
        "a group as the subject of its share",
        "OHCHR has verified 9,614 civilian deaths in Ukraine. Children accounted for 554 of the "
        "deaths.",
        None,
        [{"killed": 9614, "children_killed": 554}],
    ),
    (
        "a place after a share is the share's",
        "In May, 174 civilians were killed and 690 injured in Ukraine, according to OHCHR, 90 "
        "percent of them in government-controlled territory.",
        D(2024, 6, 15),
        [
            {
                "scope": "period",
                "period_start": "2024-05-01",
                "as_of": "2024-05-31",
                "killed": 174,
                "injured": 690,
            }
        ],
    ),
    (
        "a group 'were among the dead'",
        "OHCHR said 10,000 civilians had been killed. It said 560 children were among the dead.",
        None,
        [{"killed": 10000, "children_killed": 560}],
    ),
    (
        "the tally of civilians killed 'now stands at', with 'more injured'",
        "The UN's tally of civilians killed in Ukraine now stands at 10,242, with 19,343 more"
        " injured, according to its human rights monitoring mission.",
        None,
        [{"killed": 10242, "injured": 19343}],
    ),
    (
        "counts before a hyphen and their label, as a list of figures",
        "One year of war in Ukraine in numbers\n\n8,006 - civilians killed, according to the UN"
        " human rights office (as of 15 February)\n13,287 - civilians injured, according to the"
        " same source\n8 million - refugees from Ukraine recorded across Europe",
        dt.date(2023, 2, 24),
        [{"as_of": "2023-02-15", "killed": 8006, "injured": 13287}],
    ),
    (
        "a clause on who counted between a whole's noun and its outcome",
        "The UN has confirmed 525 child deaths among the 8,983 civilians it verified killed in"
        " Ukraine as of 28 May.",
        dt.date(2023, 6, 1),
        [{"as_of": "2023-05-28", "killed": 8983, "children_killed": 525}],
    ),
    (
        "a part after a whole whose noun a clause on who counted parts from its outcome",
        "Of the 8,983 civilians the UN has verified as killed in Ukraine, 525 were children.",
        None,
        [{"killed": 8983, "children_killed": 525}],
    ),
    (
        "a count in a place no published area names, before the colon of its breakdown",
        "A total of 712 people died in the Kherson region: 140 men, 95 women, 12 boys and 9"
        " girls, OHCHR said.",
        None,
        [],
    ),
    (
        "a count in apposition to its subject after a month and its year",
        "The number of civilian casualties in Ukraine in July 2024 (1,237) was the highest since"
        " October 2022, HRMMU said.",
        dt.date(2024, 8, 8),
        [{"scope": "period", "period_start": "2024-07-01", "as_of": "2024-07-31", "total": 1237}],
    ),
    (
        "a count in apposition to its subject after the verb of a statement",
        "HRMMU said the number of civilians killed in Ukraine in July 2024 (219) was the highest"
        " in two years.",
        dt.date(2024, 8, 8),
        [{"scope": "period", "period_start": "2024-07-01", "as_of": "2024-07-31", "killed": 219}],
    ),
    (
        "a post's 'civs' and '&', and numeric dates with two digits of their year",
        "OHCHR #Ukraine: 9,083 civs killed & 15,779 injured since 24/2/22 (data to 11/6/23).",
        dt.date(2023, 6, 13),
        [{"period_start": "2022-02-24", "as_of": "2023-06-11", "killed": 9083, "injured": 15779}],
    ),
    (
        "'maimed or wounded' are the injured",
        "The UN said 19,875 civilians had been maimed or wounded in Ukraine.",
        None,
        [{"injured": 19875}],
    ),
    (
        "the tally of 'civilian dead' as a subject",
        "The UN's tally of civilian dead in Ukraine stands at 10,582, with 19,875 wounded.",
        None,
        [{"killed": 10582, "injured": 19875}],
    ),
    (
        "'the civilian dead' as the subject of 'number'",
        "The civilian dead in Ukraine number 10,582, according to the UN.",
        None,
        [{"killed": 10582}],
    ),
    (
        "the outcome of a breakdown after 'Among the more than 10,000 killed'",
        "OHCHR said 10,582 civilians had been killed. Among the more than 10,000 killed, 560"
        " were children.",
        None,
        [{"killed": 10582, "children_killed": 560}],
    ),
    (
        "children listed beside girls and boys are those whose sex is not known",
        "OHCHR said 1,081 civilians were killed in Ukraine. They included 165 women, 48"
        " children, 15 girls and 30 boys.",
        None,
        [
            {
                "killed": 1081,
                "killed_women": 165,
                "killed_boys": 30,
                "killed_girls": 15,
                "killed_children_unknown_sex": 48,
            }
        ],
    ),
    (
        "children broken down into girls and boys are all the children",
        "OHCHR said 1,081 civilians were killed, including 48 children (15 girls and 30 boys).",
        None,
        [{"killed": 1081, "children_killed": 48, "killed_boys": 30, "killed_girls": 15}],
    ),
    (
        "labels between bars, the total's too",
        "OHCHR Ukraine update | Killed: 9,614 | Injured: 17,535 | Total: 27,149",
        None,
        [{"killed": 9614, "injured": 17535, "total": 27149}],
    ),
    (
        "a group and its outcome as a label between bars",
        "OHCHR Ukraine update | Civilians killed: 10,582 | Civilians injured: 19,875 | Children"
        " killed: 587",
        None,
        [{"killed": 10582, "injured": 19875, "children_killed": 587}],
    ),
    (
        "'civilian fatalities ... had reached' a count",
        "OHCHR said civilian fatalities in Ukraine had reached 9,177 since 24 February 2022.",
        None,
        [{"period_start": "2022-02-24", "killed": 9177}],
    ),
    (
        "UNHRMMU is the mission",
        "According to UNHRMMU, 10,242 civilians have been killed and 19,343 injured in Ukraine"
        " since the start of the full-scale invasion.",
        None,
        [{"killed": 10242, "injured": 19343}],
    ),
    (
        "a group 'among the 10,000 civilians killed'",
        "At least 560 children are among the 10,000 civilians killed since the invasion began, "
        "OHCHR said.",
        None,
        [{"killed": 10000, "children_killed": 560}],
    ),
    (
        "a group's count split in brackets is the group's total, after 'Of them'",
        "In 2024, OHCHR verified that 2,641 civilians were killed or injured (428 killed and "
        "2,213 injured). Of them, 164 were children (24 killed and 140 injured).",
        None,
        [
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "killed": 428,
                "injured": 2213,
                "total": 2641,
                "children_killed": 24,
                "children_injured": 140,
            }
        ],
    ),
    (
        "a group's count split in brackets is the group's total, after 'including'",
        "OHCHR recorded 731 civilians injured, including 85 children (12 killed and 73 injured).",
        None,
        [{"injured": 731, "children_killed": 12, "children_injured": 73}],
    ),
    (
        "a running total after a month's counts is cumulative",
        "OHCHR said 128 civilians were killed and 524 injured in November 2024. That brings the "
        "number of civilians killed since the start of Russia's full-scale invasion to 12,340.",
        D(2024, 12, 11),
        [
            {
                "scope": "period",
                "period_start": "2024-11-01",
                "as_of": "2024-11-30",
                "killed": 128,
                "injured": 524,
            },
            {"killed": 12340},
        ],
    ),
    (
        "'and' joins a count to the month of the next",
        "OHCHR recorded 141 civilians killed in February 2023, down from 198 killed and 539 "
        "injured in January.",
        D(2023, 3, 8),
        [
            {"scope": "period", "period_start": "2023-02-01", "as_of": "2023-02-28", "killed": 141},
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "as_of": "2023-01-31",
                "killed": 198,
                "injured": 539,
            },
        ],
    ),
    (
        "an area after 'including' is of the part",
        "OHCHR recorded 3,000 civilians killed, including 1,500 in Donetsk and Luhansk regions.",
        None,
        [{"killed": 3000}, {"area": "Donetsk and Luhansk regions", "killed": 1500}],
    ),
    (
        "the whole before its parts' places, and a part elsewhere by ellipsis",
        "Of the 7,031 civilians killed that OHCHR recorded in Ukraine, 6,536 died in "
        "government-controlled territory and 495 in occupied territory.",
        None,
        [
            {"killed": 7031},
            {"area": "government-controlled territory", "killed": 6536},
            {"area": "occupied territory", "killed": 495},
        ],
    ),
    (
        "a place after its counts that labels its parts after a colon",
        "OHCHR recorded a total of 8,950 casualties (3,765 killed and 5,185 injured) in Donetsk "
        "and Luhansk regions: in Government-controlled territory: 7,227 casualties (3,108 "
        "killed and 4,119 injured).",
        None,
        [
            {"area": "Donetsk and Luhansk regions", "killed": 3765, "injured": 5185, "total": 8950},
            {
                "area": "government-controlled territory of Donetsk and Luhansk regions",
                "killed": 3108,
                "injured": 4119,
                "total": 7227,
            },
        ],
    ),
    (
        "a list item goes on with the parts of its region",
        "OHCHR recorded:\n- 2,649 casualties (1,394 killed and 1,255 injured) in Donetsk and "
        "Luhansk regions. In Government-controlled territory: 2,227 casualties (1,185 killed "
        "and 1,042 injured).",
        None,
        [
            {
                "area": "Donetsk and Luhansk regions",
                "killed": 1394,
                "injured": 1255,
                "total": 2649,
            },
            {
                "area": "government-controlled territory of Donetsk and Luhansk regions",
                "killed": 1185,
                "injured": 1042,
                "total": 2227,
            },
        ],
    ),
    (
        "label lines of who controls, right under a region's label line, are its parts",
        "OHCHR recorded:\nIn Donetsk and Luhansk regions: 8,391 casualties (3,557 killed and"
        " 4,834 injured)\nOn territory controlled by the Government: 5,193 casualties (2,046"
        " killed and 3,147 injured)\nOn territory controlled by the Russian Armed Forces and"
        " affiliated armed groups: 3,198 casualties (1,511 killed and 1,687 injured)",
        None,
        [
            {
                "area": "Donetsk and Luhansk regions",
                "killed": 3557,
                "injured": 4834,
                "total": 8391,
            },
            {
                "area": "government-controlled territory of Donetsk and Luhansk regions",
                "killed": 2046,
                "injured": 3147,
                "total": 5193,
            },
            {
                "area": "occupied territory of Donetsk and Luhansk regions",
                "killed": 1511,
                "injured": 1687,
                "total": 3198,
            },
        ],
    ),
    (
        "a control label line after a blank line is no part of the region before",
        "In Donetsk and Luhansk regions: 8,391 casualties, OHCHR said.\n\nOn territory"
        " controlled by the Government: 5,193 casualties.",
        None,
        [
            {"area": "Donetsk and Luhansk regions", "total": 8391},
            {"area": "government-controlled territory", "total": 5193},
        ],
    ),
    (
        "a children's-rights commissioner is another speaker",
        "The children's rights commissioner said 650 children had been killed; OHCHR has "
        "verified 716 children killed.",
        None,
        [{"children_killed": 716}],
    ),
    (
        "a place between a count's noun and its outcome",
        "According to the UN human rights office, at least 8,895 civilians in Ukraine have been"
        " killed and 15,117 injured.",
        None,
        [{"killed": 8895, "injured": 15117}],
    ),
    (
        "a place before 'and' is no phrase before the next outcome",
        "Russian attacks killed 57 civilians in Ukraine and wounded 226 others, the UN mission"
        " said.",
        None,
        [{"killed": 57, "injured": 226}],
    ),
    (
        "a place, then a part between dashes, before the outcome",
        "At least 10,000 civilians in Ukraine — including more than 560 children — have been"
        " killed, the UN said.",
        None,
        [{"killed": 10000, "children_killed": 560}],
    ),
    (
        "'civ.' for civilian in a social post",
        "#Ukraine: As of 15 Jan, @UNHumanRights recorded 18,358 civ. casualties: 7,031 killed,"
        " 11,327 injured.",
        D(2023, 1, 16),
        [{"as_of": "2023-01-15", "killed": 7031, "injured": 11327, "total": 18358}],
    ),
    (
        "'&' for 'and' between a part's counts on a line of its own",
        "#Ukraine: civilian casualties, 1-31 Oct 2024 (@UN_HRMMU)\n183 killed\n903 injured\n"
        "incl. 9 children killed & 49 injured",
        D(2024, 11, 8),
        [
            {
                "scope": "period",
                "period_start": "2024-10-01",
                "as_of": "2024-10-31",
                "killed": 183,
                "injured": 903,
                "children_killed": 9,
                "children_injured": 49,
            }
        ],
    ),
    (
        "a plus sign after a count ('560+') and 'k' for thousand in a social post",
        "UN Human Rights Ukraine: 10k+ civilians killed, incl. 560+ children, and 18,500+ injured"
        " since 24 Feb 2022.",
        D(2023, 11, 21),
        [
            {
                "period_start": "2022-02-24",
                "killed": 10000,
                "children_killed": 560,
                "injured": 18500,
            }
        ],
    ),
)

YEAR_2019 = {"scope": "period", "period_start": "2019-01-01", "as_of": "2019-12-31"}

OTHER_MONITORS = cases(
    (
        "'Of the victims,' opens the parts of the count before, its outcome theirs",
        "The UN said 8,119 civilians were killed in Gaza between November 2023 and April 2024."
        " Of the victims, 3,588 were children and 2,036 were women.",
        D(2024, 11, 8),
        [
            {
                "scope": "period",
                "area": "Gaza",
                "period_start": "2023-11-01",
                "as_of": "2024-04-30",
                "killed": 8119,
                "children_killed": 3588,
                "killed_women": 2036,
            }
        ],
    ),
    (
        "a new paragraph goes back to the period of which a sentence set a part apart",
        "UNAMA documented 5,183 civilian casualties (1,659 killed and 3,524 injured) between 1"
        " January and 30 June 2021.\n\nUNAMA recorded 2,392 civilian casualties (783 killed and"
        " 1,609 injured) in May and June alone.\n\nUNAMA documented 1,682 child casualties (468"
        " killed and 1,214 injured).",
        D(2021, 7, 26),
        [
            {
                "scope": "period",
                "period_start": "2021-01-01",
                "as_of": "2021-06-30",
                "killed": 1659,
                "injured": 3524,
                "total": 5183,
                "children_killed": 468,
                "children_injured": 1214,
            },
            {
                "scope": "period",
                "period_start": "2021-05-01",
                "as_of": "2021-06-30",
                "killed": 783,
                "injured": 1609,
                "total": 2392,
            },
        ],
    ),
    (
        "a division two missions have names no conflict; the mission's name before it does",
        "MINUSMA's Human Rights Division documented 599 civilians killed between April and June"
        " 2022.",
        D(2022, 8, 1),
        [{"scope": "period", "period_start": "2022-04-01", "as_of": "2022-06-30", "killed": 599}],
    ),
    (
        "a monitoring project the profile names is another source, whatever the UN says after",
        "In Yemen, the Civilian Impact Monitoring Project recorded 1,000 civilian casualties in"
        " 2023; the UN human rights office verified 300 of them.",
        D(2024, 5, 1),
        [],
    ),
    (
        "a part after 'including' that a place no area names tells from the whole is left out",
        "The UN says at least 2,890 people have been killed by the junta in Myanmar since"
        " February 2021, including 767 in custody.",
        D(2023, 1, 31),
        [{"killed": 2890}],
    ),
    (
        "a part after 'including' in a named area is the area's",
        "UNAMA documented 1,659 civilians killed in Afghanistan in the first half of 2021,"
        " including 261 in Kabul province.",
        D(2021, 7, 26),
        [
            {
                "scope": "period",
                "period_start": "2021-01-01",
                "as_of": "2021-06-30",
                "killed": 1659,
            },
            {
                "scope": "period",
                "area": "Kabul",
                "period_start": "2021-01-01",
                "as_of": "2021-06-30",
                "killed": 261,
            },
        ],
    ),
    (
        "a party's share with its name in lower case is no count of the war",
        "Pro-Government forces killed 717 civilians and injured 680 in Afghanistan in the first"
        " half of 2019, UNAMA said.",
        D(2019, 7, 30),
        [],
    ),
    (
        "civilians by name beat a wider group, an aside between their subject and verb",
        "UNAMI said 1,375 Iraqis were killed and 2,244 injured in January 2014. Civilian"
        " casualties (excluding Anbar) numbered 1,076 killed and 1,769 injured.",
        D(2014, 2, 1),
        [
            {
                "scope": "period",
                "period_start": "2014-01-01",
                "as_of": "2014-01-31",
                "killed": 1076,
                "injured": 1769,
            }
        ],
    ),
    (
        "a count in a named area before the colon of its breakdown is the area's",
        "UNAMA said a total of 712 civilians died in Kabul province: 140 men, 95 women, 12 boys"
        " and 9 girls.",
        D(2024, 2, 22),
        [
            {
                "area": "Kabul",
                "killed": 712,
                "killed_men": 140,
                "killed_women": 95,
                "killed_boys": 12,
                "killed_girls": 9,
            }
        ],
    ),
    (
        "victims whose deaths were verified, then the parts 'of the total'",
        "An OHCHR analysis of 8,119 victims whose deaths it has verified in Gaza between"
        " November 2023 and April 2024 found that close to 70 per cent were women and children."
        " Of the total, 3,588 were children and 2,036 were women.",
        D(2024, 6, 10),
        [
            {
                "scope": "period",
                "area": "Gaza",
                "period_start": "2023-11-01",
                "as_of": "2024-04-30",
                "killed": 8119,
                "children_killed": 3588,
                "killed_women": 2036,
            }
        ],
    ),
    (
        "a count of a few weeks inside a month is no count of the month",
        "The UN human rights office recorded 542 civilians killed in North Darfur in a"
        " three-week period in April 2025.",
        D(2025, 6, 1),
        [],
    ),
    (
        "the end of a month in a since-clause is no last day",
        "At least 1,089 civilians have been killed in Syria since the escalation of hostilities"
        " at the end of April, OHCHR said.",
        D(2019, 9, 5),
        [{"killed": 1089}],
    ),
    (
        "a title's year is the period of the body's first undated counts",
        "Afghanistan: record 3,804 civilians killed in 2018, UN says\n\nThe war killed more"
        " civilians than in any other year, the UN said. UNAMA documented 10,993 civilian"
        " casualties (3,804 deaths and 7,189 injured), an 11 per cent increase in deaths"
        " compared with 2017.",
        D(2019, 2, 24),
        [
            {
                "scope": "period",
                "period_start": "2018-01-01",
                "as_of": "2018-12-31",
                "killed": 3804,
                "injured": 7189,
                "total": 10993,
            }
        ],
    ),
    (
        "a region after a count of the country the sentence opened on is the count's",
        "In Ethiopia, OHCHR recorded 183 civilians killed in Amhara region in July 2023.",
        D(2023, 8, 29),
        [
            {
                "scope": "period",
                "area": "Amhara",
                "period_start": "2023-07-01",
                "as_of": "2023-07-31",
                "killed": 183,
            }
        ],
    ),
    (
        "months from the count's own first month are the count since its start; 'the injury of'",
        "OHCHR has verified the deaths of 7,025 civilians in Yemen, including 2,138 children, and"
        " the injury of 11,140 others, between March 2015 and April 2019.",
        D(2019, 5, 30),
        [{"as_of": "2019-04-30", "killed": 7025, "injured": 11140, "children_killed": 2138}],
    ),
    (
        "a count of people 'including civilians' is no count of civilians",
        "At least 32 people, including civilians, were killed and 159 injured in clashes in"
        " Tripoli in August, UNSMIL said.",
        D(2022, 9, 5),
        [],
    ),
    (
        "a count set against the same period of an earlier year is of those months, its place",
        "The UN Joint Human Rights Office documented 601 civilians killed in Ituri province"
        " between January and June 2024, compared with 432 in the same period of 2023. In North"
        " Kivu, 289 civilians were killed over the same six months.",
        D(2024, 7, 31),
        [
            {
                "scope": "period",
                "area": "Ituri",
                "period_start": "2024-01-01",
                "as_of": "2024-06-30",
                "killed": 601,
            },
            {
                "scope": "period",
                "area": "Ituri",
                "period_start": "2023-01-01",
                "as_of": "2023-06-30",
                "killed": 432,
            },
            {
                "scope": "period",
                "area": "North Kivu",
                "period_start": "2024-01-01",
                "as_of": "2024-06-30",
                "killed": 289,
            },
        ],
    ),
    (
        "a nationality before the outcome's noun: 'Palestinian fatalities'",
        "OHCHR recorded 12 Palestinian fatalities in the West Bank in May.",
        D(2024, 6, 10),
        [
            {
                "scope": "period",
                "area": "West Bank",
                "period_start": "2024-05-01",
                "as_of": "2024-05-31",
                "killed": 12,
            }
        ],
    ),
    (
        "a nationality before civilians as an adjective: 'Afghan civilian deaths'",
        "UNAMA documented 3,804 Afghan civilian deaths in 2018.",
        D(2019, 2, 24),
        [
            {
                "scope": "period",
                "period_start": "2018-01-01",
                "as_of": "2018-12-31",
                "killed": 3804,
            }
        ],
    ),
    (
        "an area after an article opens its clause: 'The Mopti region was the most affected'",
        "At least 95 civilians were killed and 78 injured in Mali in the first quarter of 2023,"
        " MINUSMA said. The Mopti region was the worst affected, with 51 civilians killed and 30"
        " injured.",
        D(2023, 4, 13),
        [
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "as_of": "2023-03-31",
                "killed": 95,
                "injured": 78,
            },
            {
                "scope": "period",
                "area": "Mopti",
                "period_start": "2023-01-01",
                "as_of": "2023-03-31",
                "killed": 51,
                "injured": 30,
            },
        ],
    ),
    (
        "an area that ranks first, its counts in brackets, past the toll of one event and its day",
        "UNAMA documented 1,662 civilian deaths in Afghanistan in the first half of 2017. Kabul"
        " province recorded the highest number of civilian casualties, 1,048 (219 deaths and 829"
        " injured), largely due to the 31 May truck bomb attack in Kabul city, which killed 92"
        " civilians and injured 491.",
        D(2017, 7, 17),
        [
            {
                "scope": "period",
                "period_start": "2017-01-01",
                "as_of": "2017-06-30",
                "killed": 1662,
            },
            {
                "scope": "period",
                "area": "Kabul",
                "period_start": "2017-01-01",
                "as_of": "2017-06-30",
                "killed": 219,
                "injured": 829,
                "total": 1048,
            },
        ],
    ),
    (
        "a party to the conflict as the subject of the count: its share, no count of the war",
        "UNAMI said at least 18,802 civilians were killed in Iraq between 1 January 2014 and 31"
        " October 2015, and 36,245 wounded. ISIL killed at least 3,855 civilians in 2015.",
        D(2016, 2, 1),
        [
            {
                "scope": "period",
                "period_start": "2014-01-01",
                "as_of": "2015-10-31",
                "killed": 18802,
                "injured": 36245,
            }
        ],
    ),
    (
        "a party's share goes on to the outcome after 'and'",
        "UNAMA said Anti-Government Elements killed 1,127 civilians and injured 2,286 in the"
        " first half of 2018.",
        D(2018, 7, 15),
        [],
    ),
    (
        "a paragraph that opens on another conflict is that conflict's, to its end",
        "Press briefing notes\n\n1) Ukraine\nSince 24 February 2022, our Monitoring Mission has"
        " verified 10,582 civilians killed and 19,875 injured in Ukraine.\n\n2) Sudan\nIn Sudan,"
        " fighting continues. According to reports, more than 14,600 people have been killed"
        " since April 2023, and 26,000 injured.",
        D(2024, 2, 20),
        [{"period_start": "2022-02-24", "killed": 10582, "injured": 19875}],
    ),
    (
        "an area's own part in a relative clause ('which includes') is of the area's counts",
        "BINUH said 1,660 people were killed and 845 injured in Haiti between January and March"
        " 2024. Most of the victims were in the Ouest department, which includes Port-au-Prince,"
        " where 1,393 people were killed.",
        D(2024, 5, 20),
        [
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-03-31",
                "killed": 1660,
                "injured": 845,
            },
            {
                "scope": "period",
                "area": "Ouest department",
                "period_start": "2024-01-01",
                "as_of": "2024-03-31",
                "killed": 1393,
            },
        ],
    ),
    (
        "a later start after a part ('including 230 in Rakhine State since November') is the part's",
        "The UN human rights office said at least 4,250 civilians had been killed in Myanmar since"
        " the February 2021 coup, including 230 in Rakhine State since fighting resumed there in"
        " November.",
        D(2023, 12, 19),
        [{"period_start": "2021-02-01", "killed": 4250}],
    ),
    (
        "a range after a breakdown between spaced hyphens is the whole count's",
        "UNSMIL documented 358 civilian casualties in Libya - 106 deaths and 252 injuries - from 1"
        " April to 30 June 2020.",
        D(2020, 8, 5),
        [
            {
                "scope": "period",
                "period_start": "2020-04-01",
                "as_of": "2020-06-30",
                "killed": 106,
                "injured": 252,
                "total": 358,
            }
        ],
    ),
    (
        "a second group's count after 'and', its verb left out, with its split in brackets",
        "UNAMA documented 3,774 civilian casualties in the first half of 2023. Child casualties"
        " numbered 1,251 (340 deaths and 911 injured) and women casualties 540 (150 deaths and"
        " 390 injured).",
        D(2023, 7, 26),
        [
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "as_of": "2023-06-30",
                "total": 3774,
                "children_killed": 340,
                "children_injured": 911,
                "killed_women": 150,
                "injured_women": 390,
            }
        ],
    ),
    (
        "the outcomes after a colon that follows a group's count are the group's",
        "UNAMA documented 5,183 civilian casualties in the first half of 2021, among them 1,682"
        " children: 468 killed and 1,214 injured.",
        D(2021, 7, 26),
        [
            {
                "scope": "period",
                "period_start": "2021-01-01",
                "as_of": "2021-06-30",
                "total": 5183,
                "children_killed": 468,
                "children_injured": 1214,
            }
        ],
    ),
    (
        "an earlier period's count whose period the text does not say is left out",
        "MINUSMA documented 323 civilians killed between 1 April and 30 June 2020, up from 178 in"
        " the previous quarter.",
        D(2020, 10, 8),
        [
            {
                "scope": "period",
                "period_start": "2020-04-01",
                "as_of": "2020-06-30",
                "killed": 323,
            }
        ],
    ),
    (
        "everyone's count beats the share of who did it, whichever comes first",
        "UNAMA said 305 civilians were killed by pro-government forces in the first quarter of"
        " 2019, compared with 227 by anti-government elements. Overall, it documented 1,773"
        " civilian casualties (581 deaths and 1,192 injured) from 1 January to 31 March 2019.",
        D(2019, 4, 24),
        [
            {
                "scope": "period",
                "period_start": "2019-01-01",
                "as_of": "2019-03-31",
                "killed": 581,
                "injured": 1192,
                "total": 1773,
            }
        ],
    ),
    (
        "a share 'of them' of an earlier sentence's count, of no group, is no count",
        "OHCHR said 589 Palestinians had been killed in the occupied West Bank between 7 October"
        " 2023 and 19 August 2024. Israeli security forces killed 570 of them.",
        D(2024, 8, 20),
        [
            {
                "area": "West Bank",
                "period_start": "2023-10-07",
                "as_of": "2024-08-19",
                "killed": 589,
            }
        ],
    ),
    (
        "the other outcome that 'and' adds after an area is in it too",
        "The UN human rights office said at least 275 civilians had been killed in Sudan's"
        " Khartoum and North Darfur states between 1 and 7 January 2025, and more than 200"
        " injured.",
        D(2025, 1, 31),
        [
            {
                "scope": "period",
                "area": "Khartoum and North Darfur",
                "period_start": "2025-01-01",
                "as_of": "2025-01-07",
                "killed": 275,
                "injured": 200,
            }
        ],
    ),
    (
        "a count after 'and' in another area keeps its own",
        "UNAMA said 60 civilians were killed in Kabul and 100 injured in Kandahar in May 2021.",
        D(2021, 6, 10),
        [
            {
                "scope": "period",
                "area": "Kabul",
                "period_start": "2021-05-01",
                "as_of": "2021-05-31",
                "killed": 60,
            },
            {
                "scope": "period",
                "area": "Kandahar",
                "period_start": "2021-05-01",
                "as_of": "2021-05-31",
                "injured": 100,
            },
        ],
    ),
    (
        "a round total that only comes near the exact parts beside it is no stated total",
        "UNSMIL said it had documented almost 700 civilian casualties in Libya in the second"
        " half of 2019, including 312 killed and 374 injured.",
        D(2020, 2, 1),
        [
            {
                "scope": "period",
                "period_start": "2019-07-01",
                "as_of": "2019-12-31",
                "killed": 312,
                "injured": 374,
            }
        ],
    ),
    (
        "the parts listed after an area are in the area too",
        "The UN human rights office said that between 1 September and 10 October it had verified"
        " 47 civilian casualties in Yemen's Marib governorate, including 16 killed and 31 injured.",
        D(2021, 10, 15),
        [
            {
                "scope": "period",
                "area": "Marib",
                "period_start": "2021-09-01",
                "as_of": "2021-10-10",
                "killed": 16,
                "injured": 31,
                "total": 47,
            }
        ],
    ),
    (
        "a party's share of the count, attributed to it, is no count of its own",
        "UNAMA attributed 2,001 civilian casualties to the Taliban in the first half of 2021. UNAMI"
        " said ISIL was responsible for at least 1,200 civilian deaths in Ninewa in 2016. UNAMA"
        " documented 5,183 civilian casualties in the first half of 2021, with 3,336 attributed to"
        " Anti-Government Elements.",
        D(2021, 7, 26),
        [{"scope": "period", "period_start": "2021-01-01", "as_of": "2021-06-30", "total": 5183}],
    ),
    (
        "Ukraine's kinds of area name no area of another conflict: a part no published area names",
        "UNAMI said 300 civilians were killed in Baghdad and 500 in the rest of the country in May"
        " 2014. It said 200 were killed in government-controlled territory.",
        D(2014, 6, 1),
        [
            {
                "scope": "period",
                "area": "Baghdad",
                "period_start": "2014-05-01",
                "as_of": "2014-05-31",
                "killed": 300,
            }
        ],
    ),
    (
        "a list of areas with an article after 'and', as written",
        "UNMISS documented 406 civilians killed in Jonglei State and the Greater Pibor"
        " Administrative Area in 2022.",
        D(2023, 3, 1),
        [
            {
                "scope": "period",
                "area": "Jonglei State and the Greater Pibor Administrative Area",
                "period_start": "2022-01-01",
                "as_of": "2022-12-31",
                "killed": 406,
            }
        ],
    ),
    (
        "an event of two or more adjectives: 'a double suicide bombing', 'a roadside bomb attack'",
        "According to UNAMI, 35 civilians were killed in a double suicide bombing in Baghdad on 21"
        " January. UNAMA said 12 civilians were killed in a roadside bomb attack in Helmand.",
        D(2021, 1, 25),
        [],
    ),
    (
        "a list of areas after 'provinces of', far from its locative",
        "About 1,300 civilians have been killed in the eastern Democratic Republic of the Congo"
        " provinces of Ituri, North Kivu and South Kivu, UNJHRO said.",
        D(2020, 6, 5),
        [{"area": "Ituri, North Kivu and South Kivu", "killed": 1300}],
    ),
    (
        "an area an area includes is the including area's",
        "OHCHR said 813 Palestinians were killed in the West Bank, including East Jerusalem,"
        " between 7 October 2023 and 31 December 2024, including 174 children.",
        D(2025, 1, 15),
        [
            {
                "area": "West Bank",
                "period_start": "2023-10-07",
                "as_of": "2024-12-31",
                "killed": 813,
                "children_killed": 174,
            }
        ],
    ),
    (
        "a party named as the agent of an act does not speak",
        "UNSMIL said at least 106 civilians had been killed and 294 injured in Libya since the"
        " LNA offensive began.",
        D(2019, 7, 1),
        [{"killed": 106, "injured": 294}],
    ),
    (
        "a paragraph that points back goes on with the period the one before named",
        "Mali: UN report\n\nMINUSMA released its report covering the first quarter of 2023 in"
        " Mali.\n\nThese violations resulted in the deaths of at least 95 people.",
        D(2023, 5, 2),
        [{"scope": "period", "period_start": "2023-01-01", "as_of": "2023-03-31", "killed": 95}],
    ),
    (
        "a natural disaster's toll is no count of the conflict, article or not",
        "UNAMA documented 270 civilians killed in Afghanistan in 2023. In Herat, 111 civilians"
        " were killed in October earthquakes.",
        D(2024, 2, 20),
        [{"scope": "period", "period_start": "2023-01-01", "as_of": "2023-12-31", "killed": 270}],
    ),
    (
        "since a vague day of the count's own first month ('mid-April'): since the count's start",
        "Since the war in Sudan erupted in mid-April 2023, the UN human rights office has"
        " recorded 4,200 civilians killed.",
        D(2025, 2, 21),
        [{"killed": 4200}],
    ),
    (
        "a dateline is no area",
        "Baghdad, 1 March 2014 - UNAMI said 703 Iraqis were killed in Iraq in February.",
        D(2014, 3, 1),
        [{"scope": "period", "period_start": "2014-02-01", "as_of": "2014-02-28", "killed": 703}],
    ),
    (
        "a count of civilians by name beats one of a wider group",
        "UNAMI said 703 Iraqis were killed in Iraq in February. Of these, 564 civilians were "
        "killed (including 152 civilian police).",
        D(2014, 3, 1),
        [{"scope": "period", "period_start": "2014-02-01", "as_of": "2014-02-28", "killed": 564}],
    ),
    (
        "a group's split in brackets",
        "UNAMA recorded 2,829 child casualties in Afghanistan (733 deaths and 2,096 injured).",
        None,
        [{"children_killed": 733, "children_injured": 2096}],
    ),
    (
        "security forces are no civilians",
        "UNAMI said 564 civilians were killed in Iraq. Another 139 members of the security "
        "forces were killed and 202 injured.",
        None,
        [{"killed": 564}],
    ),
    (
        "an area with its counts after it",
        "UNAMI said Ninewa had 289 civilians killed in Iraq. Baghdad followed with 22 killed "
        "and 88 injured, Babil with 24 killed and 26 injured.",
        None,
        [
            {"area": "Ninewa", "killed": 289},
            {"area": "Baghdad", "killed": 22, "injured": 88},
            {"area": "Babil", "killed": 24, "injured": 26},
        ],
    ),
    (
        "a perpetrator named is no speaker",
        "At least 103 civilians have been killed by the Syrian government's air strikes in "
        "Syria, the UN human rights chief said.",
        None,
        [{"killed": 103}],
    ),
    (
        "civilians by their subject beat a wider group",
        "UNAMI said a total of 1,959 Iraqis were killed in Iraq in November 2016. The number of "
        "civilians killed was 926.",
        D(2016, 12, 1),
        [{"scope": "period", "period_start": "2016-11-01", "as_of": "2016-11-30", "killed": 926}],
    ),
    (
        "civilians of a nation by name",
        "UNAMI said a total of 415 Iraqi civilians were killed in Iraq in June 2017. The number "
        "of civilians killed was 411, not including police.",
        D(2017, 7, 1),
        [{"scope": "period", "period_start": "2017-06-01", "as_of": "2017-06-30", "killed": 415}],
    ),
    (
        "an area, then where its counts were",
        "MINUSMA documented 323 killings of civilians in Mali between April and June 2020. Most "
        "took place in the Mopti region, where 241 civilians were killed.",
        D(2020, 8, 5),
        [
            {"scope": "period", "period_start": "2020-04-01", "as_of": "2020-06-30", "killed": 323},
            {
                "scope": "period",
                "area": "Mopti",
                "period_start": "2020-04-01",
                "as_of": "2020-06-30",
                "killed": 241,
            },
        ],
    ),
    (
        "a place inside a clause before the counts is not theirs",
        "In 2020, when the Taliban were still fighting the government in Kabul, UNAMA reported "
        "3,035 civilians killed in Afghanistan.",
        D(2023, 5, 30),
        [{"scope": "period", "period_start": "2020-01-01", "as_of": "2020-12-31", "killed": 3035}],
    ),
    (
        "a dateline with its agency is no area",
        "MOGADISHU (AP) - UNSOM says 1,228 civilians have been killed in Somalia.",
        None,
        [{"killed": 1228}],
    ),
    (
        "'Those killed were' breaks down the count",
        "UNSMIL documented eight civilian deaths in Libya in January 2019. Those killed were six "
        "men and two women.",
        D(2019, 3, 13),
        [
            {
                "scope": "period",
                "period_start": "2019-01-01",
                "as_of": "2019-01-31",
                "killed": 8,
                "killed_men": 6,
                "killed_women": 2,
            }
        ],
    ),
    (
        "victims of other harms too are no count of the killed",
        "BINUH said 1,512 people were killed, injured or kidnapped in Haiti between April and "
        "June 2023. Of these, 624 were killed and 348 injured.",
        D(2023, 7, 28),
        [
            {
                "scope": "period",
                "period_start": "2023-04-01",
                "as_of": "2023-06-30",
                "killed": 624,
                "injured": 348,
            }
        ],
    ),
    (
        "a part is of its whole's place",
        "OHCHR said at least 10,500 Palestinians had been killed in Gaza since 7 October, "
        "including 4,324 children.",
        D(2023, 11, 9),
        [
            {
                "area": "Gaza",
                "period_start": "2023-10-07",
                "killed": 10500,
                "children_killed": 4324,
            }
        ],
    ),
    (
        "a list of areas is one area",
        "UNJHRO said armed groups killed at least 1,261 civilians in Ituri and North Kivu "
        "provinces in 2021.",
        D(2022, 3, 15),
        [
            {
                "scope": "period",
                "area": "Ituri and North Kivu",
                "period_start": "2021-01-01",
                "as_of": "2021-12-31",
                "killed": 1261,
            }
        ],
    ),
    (
        "no ellipsis reaches over another count",
        "UNMISS documented 295 incidents affecting 1,153 civilians in South Sudan, of whom 519 "
        "were killed, 396 injured and 159 abducted.",
        None,
        [{"killed": 519, "injured": 396}],
    ),
    (
        "an area's count restated without its place is the area's",
        "At least 183 people have been killed in Ethiopia's Amhara region, the UN human rights "
        'office said. "At least 183 people have been killed in clashes," a spokesperson said.',
        None,
        [{"area": "Amhara", "killed": 183}],
    ),
    (
        "a part's area is not the whole's",
        "UNAMI recorded 3,000 civilians killed in Iraq in 2014, including 1,500 in Baghdad.",
        D(2015, 1, 5),
        [
            {
                "scope": "period",
                "period_start": "2014-01-01",
                "as_of": "2014-12-31",
                "killed": 3000,
            },
            {
                "scope": "period",
                "area": "Baghdad",
                "period_start": "2014-01-01",
                "as_of": "2014-12-31",
                "killed": 1500,
            },
        ],
    ),
    (
        "an area named after the counts without 'in' is not theirs",
        "UNAMI recorded 3,000 civilians killed in 2014, with Baghdad and Anbar the worst affected.",
        D(2015, 1, 5),
        [{"scope": "period", "period_start": "2014-01-01", "as_of": "2014-12-31", "killed": 3000}],
    ),
    (
        "a country's possessive is no area",
        "At least 183 people have been killed since July in clashes in Ethiopia's Amhara "
        "region, the UN human rights office said.",
        D(2023, 8, 29),
        [{"area": "Amhara", "period_start": "2023-07-01", "killed": 183}],
    ),
    (
        "civilians as the subject make the sentence's counts civilians'",
        "UNAMI said 1,000 Iraqis were killed in Iraq in March. Civilians accounted for 680 of "
        "the dead and 1,360 of the injured.",
        D(2014, 4, 1),
        [
            {
                "scope": "period",
                "period_start": "2014-03-01",
                "as_of": "2014-03-31",
                "killed": 680,
                "injured": 1360,
            }
        ],
    ),
    (
        "the body told is no speaker",
        "The Health Directorate in Anbar informed UNAMI that 300 civilians were killed.",
        D(2014, 4, 1),
        [],
    ),
    (
        "an area said to be included is no area of the counts",
        "UNAMI recorded 1,775 civilians killed and 2,351 injured in Iraq in March (Anbar "
        "included).",
        D(2014, 4, 1),
        [
            {
                "scope": "period",
                "period_start": "2014-03-01",
                "as_of": "2014-03-31",
                "killed": 1775,
                "injured": 2351,
            }
        ],
    ),
    (
        "a breakdown after a dash",
        "UNMISS said 95 people were killed in South Sudan - 82 men, five women and eight children.",
        None,
        [{"killed": 95, "killed_men": 82, "killed_women": 5, "children_killed": 8}],
    ),
    (
        "a place no profile names is where its counts are: they are left out",
        "In the Urgun district, UNAMA recorded 31 civilians killed in 2023. Across"
        " Afghanistan, 270 civilians were killed and 738 injured in 2023, most of them in attacks"
        " by Islamic State Khorasan Province.",
        None,
        [
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "killed": 270,
                "injured": 738,
            }
        ],
    ),
    (
        "the civilians among a wider group's count replace it, and its other counts go",
        "A total of 1,792 Iraqis were killed and another 1,358 injured in October 2016,"
        " according to UNAMI. Of those killed, 1,120 were civilians.",
        D(2016, 11, 1),
        [
            {
                "scope": "period",
                "period_start": "2016-10-01",
                "as_of": "2016-10-31",
                "killed": 1120,
            }
        ],
    ),
    (
        "the civilians among a wider group's count, 'Of them' the sentence after: its outcome",
        "UNAMI said 1,792 Iraqis were killed in June. Of them, 1,120 were civilians.",
        D(2014, 7, 1),
        [{"scope": "period", "period_start": "2014-06-01", "as_of": "2014-06-30", "killed": 1120}],
    ),
    (
        "the civilians among a wider group's count of a month are of that month, not a year before",
        "UNAMI said 1,792 Iraqis were killed in June, of whom 1,120 were civilians.",
        D(2014, 7, 1),
        [{"scope": "period", "period_start": "2014-06-01", "as_of": "2014-06-30", "killed": 1120}],
    ),
    (
        "an area after a country's long name in the possessive",
        "Attacks by armed groups killed at least 1,512 civilians in the Democratic Republic of"
        " Congo's Ituri province in 2023, according to the UN Joint Human Rights Office.",
        D(2024, 4, 8),
        [
            {
                "scope": "period",
                "area": "Ituri",
                "period_start": "2023-01-01",
                "as_of": "2023-12-31",
                "killed": 1512,
            }
        ],
    ),
    (
        "a part of a year after the year in the possessive ('2016's first half')",
        "UNAMA documented 3,804 civilian casualties (1,366 killed and 2,438 injured) in"
        " Afghanistan in 2016's first half.",
        D(2016, 7, 25),
        [
            {
                "scope": "period",
                "period_start": "2016-01-01",
                "as_of": "2016-06-30",
                "killed": 1366,
                "injured": 2438,
                "total": 3804,
            }
        ],
    ),
    (
        "a month after a cut-off word ('as of February 2024') is no period: the count's day untold",
        "The UN human rights office said 14,600 people had been killed in Sudan's war as of"
        " February 2024.",
        D(2024, 3, 1),
        [{"killed": 14600}],
    ),
    (
        "a group's share of the counts, its own counts after ', with'",
        "UNAMA documented 1,293 civilian casualties (533 killed and 760 injured) in the first three"
        " months of 2020. Children made up 30 per cent of all civilian casualties, with 152 killed"
        " and 265 injured.",
        D(2020, 4, 28),
        [
            {
                "scope": "period",
                "period_start": "2020-01-01",
                "as_of": "2020-03-31",
                "killed": 533,
                "injured": 760,
                "total": 1293,
                "children_killed": 152,
                "children_injured": 265,
            }
        ],
    ),
    (
        "a party in the possessive before what it does is no speaker ('the LNA's offensive')",
        "Since the start of the Libyan National Army's offensive on Tripoli on 4 April, at least 23"
        " civilians have been killed and 38 injured, UNSMIL said.",
        D(2019, 4, 30),
        [{"period_start": "2019-04-04", "killed": 23, "injured": 38}],
    ),
    (
        "an area of a profile with a word of its kind in its name ('the Kurdistan Region')",
        "UNAMI documented the deaths of 45 civilians in the Kurdistan Region between 1 January and"
        " 30 June 2023.",
        D(2023, 8, 24),
        [
            {
                "scope": "period",
                "area": "Kurdistan Region",
                "period_start": "2023-01-01",
                "as_of": "2023-06-30",
                "killed": 45,
            }
        ],
    ),
    (
        "a weapon its profile's agent wields tells the whole count ('military air strikes')",
        "The UN human rights office said military air strikes had killed at least 2,940 civilians"
        " in Myanmar since the coup on 1 February 2021.",
        D(2023, 2, 1),
        [{"period_start": "2021-02-01", "killed": 2940}],
    ),
    (
        "a year to compare with frames no count after it",
        "BINUH said that 4,789 people were killed in Haiti in 2023, more than double the number"
        " in 2022, and 1,698 injured.",
        D(2024, 1, 24),
        [
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "as_of": "2023-12-31",
                "killed": 4789,
                "injured": 1698,
            }
        ],
    ),
    (
        "a part of the country for the area named after it",
        "At least 103 civilians, 26 of them children, have been killed in just 10 days of air"
        " strikes in the north-west of the country, the UN human rights chief said of Syria.",
        D(2019, 7, 27),
        [{"scope": "period", "area": "north-west Syria", "killed": 103, "children_killed": 26}],
    ),
    (
        "the High Commissioner by name speaks for the office",
        "Volker Türk told the Human Rights Council that more than 5,000 civilians had been killed"
        " by the military in Myanmar since it seized power.",
        D(2024, 6, 18),
        [{"killed": 5000}],
    ),
    (
        "a period to compare with ('the same period last year') dates no count",
        "Civilian casualties in Afghanistan hit a record high in the first six months of 2021."
        " UNAMA documented 1,659 civilians killed and 3,524 injured, a 47 per cent increase on"
        " the same period last year.",
        D(2021, 7, 26),
        [
            {
                "scope": "period",
                "period_start": "2021-01-01",
                "as_of": "2021-06-30",
                "killed": 1659,
                "injured": 3524,
            }
        ],
    ),
    (
        "a sentence opening on the same months of another year is about those months",
        "The mission recorded 905 civilians killed and 3,265 injured in Ukraine in the first half"
        " of 2024, the UN Human Rights Monitoring Mission said. In the same period of 2023, it"
        " recorded 1,054 killed and 3,280 injured.",
        D(2024, 7, 11),
        [
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-06-30",
                "killed": 905,
                "injured": 3265,
            },
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "as_of": "2023-06-30",
                "killed": 1054,
                "injured": 3280,
            },
        ],
    ),
    (
        "a named area in the subject of the counts: whose they are, none can tell",
        "UNSMIL said that fighting in Tripoli in August had killed 55 people in Libya. In 2023,"
        " UNSMIL documented 112 civilians killed across Libya.",
        D(2024, 2, 1),
        [
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "as_of": "2023-12-31",
                "killed": 112,
            }
        ],
    ),
    (
        "the next place of a ranking goes on with the outcome before",
        "UNAMA documented 8,050 civilian casualties in Afghanistan between 1 January and 30"
        " September 2018. Nangarhar recorded 1,494 civilian casualties, followed by Kabul with"
        " 1,366.",
        D(2018, 10, 10),
        [
            {"scope": "period", "period_start": "2018-01-01", "as_of": "2018-09-30", "total": 8050},
            {
                "scope": "period",
                "area": "Nangarhar",
                "period_start": "2018-01-01",
                "as_of": "2018-09-30",
                "total": 1494,
            },
            {
                "scope": "period",
                "area": "Kabul",
                "period_start": "2018-01-01",
                "as_of": "2018-09-30",
                "total": 1366,
            },
        ],
    ),
    (
        "'Of these, 633 were killed by ...': a perpetrator's share, no count of its own",
        "OHCHR has verified that 652 Palestinians have been killed in the West Bank. Of these,"
        " 633 were killed by Israeli security forces, and 12 by settlers.",
        None,
        [{"area": "West Bank", "killed": 652}],
    ),
    (
        "'Eight of them were killed by settlers': a perpetrator's share, no count of its own",
        "Since 7 October 2023, 121 Palestinians, including 33 children, have been killed in the"
        " occupied West Bank, OHCHR said. Eight of them were killed by settlers. Over the same"
        " period, 2,110 Palestinians were injured.",
        D(2023, 10, 31),
        [
            {
                "area": "West Bank",
                "period_start": "2023-10-07",
                "killed": 121,
                "injured": 2110,
                "children_killed": 33,
            }
        ],
    ),
    (
        "victims of every harm, broken down in brackets, are no total of casualties",
        "From April to June 2024, UNMISS documented 206 incidents of violence affecting 692"
        " civilians (288 killed, 260 injured, 100 abducted and 44 subjected to conflict-related"
        " sexual violence).",
        D(2024, 8, 20),
        [
            {
                "scope": "period",
                "period_start": "2024-04-01",
                "as_of": "2024-06-30",
                "killed": 288,
                "injured": 260,
            }
        ],
    ),
    (
        "a monitor's handle names it: '@UNAMAnews'",
        "@UNAMAnews: 1,692 civilians killed and 3,430 injured between 1 January and 30 June 2018.",
        D(2018, 7, 15),
        [
            {
                "scope": "period",
                "period_start": "2018-01-01",
                "as_of": "2018-06-30",
                "killed": 1692,
                "injured": 3430,
            }
        ],
    ),
    (
        "an area joined to the area it is part of is that area: 'the West Bank and East Jerusalem'",
        "The UN human rights office said 300 Palestinians had been killed in the occupied West"
        " Bank and East Jerusalem since 7 October.",
        D(2024, 5, 8),
        [{"area": "West Bank", "period_start": "2023-10-07", "killed": 300}],
    ),
    (
        "a round headline restates an exact count the civilians' count replaced",
        "UN: more than 350,000 people killed in Syria's war\n\nThe UN human rights office said"
        " it had identified 350,209 people killed in the conflict in Syria between March 2011 and"
        " March 2021, including 143,350 civilians.",
        D(2021, 9, 24),
        [
            {
                "scope": "period",
                "period_start": "2011-03-01",
                "as_of": "2021-03-31",
                "killed": 143350,
            }
        ],
    ),
    (
        "a sentence with no count on the period under review dates the counts after it",
        "Mali: MINUSMA quarterly note on human rights trends, January-March 2021\n\nDuring the"
        " period under review, MINUSMA documented 168 cases of human rights violations. At least"
        " 58 civilians were killed, 43 injured and 40 abducted.",
        D(2021, 6, 1),
        [
            {
                "scope": "period",
                "period_start": "2021-01-01",
                "as_of": "2021-03-31",
                "killed": 58,
                "injured": 43,
            }
        ],
    ),
    (
        "the period under review, in a text whose title names none: a period of unknown days",
        "During the period under review, MINUSMA documented 168 cases of human rights violations"
        " in Mali. At least 58 civilians were killed.",
        D(2021, 6, 1),
        [{"scope": "period", "killed": 58}],
    ),
    (
        "a clause's period ('in May and June, when 2,392 ...') is no frame of the counts after it",
        "UNAMA documented 5,183 civilian casualties in the first six months of 2021. The rise was"
        " sharpest in May and June, when 2,392 civilians were killed or injured.\n\nNangarhar"
        " (745 casualties) and Kabul (524) were the most affected provinces.",
        D(2021, 7, 26),
        [
            {"scope": "period", "period_start": "2021-01-01", "as_of": "2021-06-30", "total": 5183},
            {"scope": "period", "period_start": "2021-05-01", "as_of": "2021-06-30", "total": 2392},
            {
                "scope": "period",
                "area": "Nangarhar",
                "period_start": "2021-01-01",
                "as_of": "2021-06-30",
                "total": 745,
            },
            {
                "scope": "period",
                "area": "Kabul",
                "period_start": "2021-01-01",
                "as_of": "2021-06-30",
                "total": 524,
            },
        ],
    ),
    (
        "the counts in brackets after a group's share are the group's ('and women 14 per cent (...)')",
        "UNAMA documented 5,183 civilian casualties in Afghanistan in 2021. Children made up 32"
        " per cent of all civilian casualties (468 killed and 1,214 injured), and women 14 per"
        " cent (219 killed and 508 injured).",
        D(2022, 1, 26),
        [
            {
                "scope": "period",
                "period_start": "2021-01-01",
                "as_of": "2021-12-31",
                "total": 5183,
                "children_killed": 468,
                "children_injured": 1214,
                "killed_women": 219,
                "injured_women": 508,
            }
        ],
    ),
    (
        "a year after 'since' is a count's first day, a clause after it no matter ('Since 2009,"
        " when UNAMA began ..., more than 100,000')",
        "UNAMA said the conflict killed 3,403 civilians in Afghanistan in 2019. Since 2009, when"
        " UNAMA began systematic documentation, more than 100,000 civilians have been killed or"
        " injured.",
        D(2020, 2, 22),
        [
            {
                "scope": "period",
                "period_start": "2019-01-01",
                "as_of": "2019-12-31",
                "killed": 3403,
            },
            {"period_start": "2009-01-01", "total": 100000},
        ],
    ),
    (
        "a recent stretch after a list of counts ending in another harm is the whole list's"
        " ('150 killed, 92 injured and 20,000 displaced ... over the past week')",
        "The UN human rights office said at least 150 people had been killed, 92 injured and"
        " 20,000 displaced in Haiti over the past week.",
        D(2024, 11, 15),
        [{"scope": "period", "killed": 150, "injured": 92}],
    ),
    (
        "a year that opens its clause alone is the counts' ('2023 saw', '2023 was')",
        "UNAMA said 2023 was the deadliest year, with 1,974 civilians killed in Afghanistan. 2022"
        " saw 1,100 civilians killed.",
        D(2024, 4, 15),
        [
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "as_of": "2023-12-31",
                "killed": 1974,
            },
            {
                "scope": "period",
                "period_start": "2022-01-01",
                "as_of": "2022-12-31",
                "killed": 1100,
            },
        ],
    ),
    (
        "a stretch of days or months before a last day starts that far back ('the three months"
        " to the end of March', 'the 10 days to 9 April')",
        "UNAMA said 1,000 civilians were killed in Afghanistan in the three months to the end of"
        " March. Another 100 were killed in the 10 days to 9 April.",
        D(2024, 4, 15),
        [
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-03-31",
                "killed": 1000,
            },
            {"scope": "period", "period_start": "2024-03-31", "as_of": "2024-04-09", "killed": 100},
        ],
    ),
    (
        "a part that happened in a place is the place's ('More than half of the deaths, 218,"
        " occurred in Mopti region', 'Of the deaths, 218 occurred in ...')",
        "MINUSMA said 400 civilians were killed in Mali in the first quarter. More than half of"
        " the deaths, 218, occurred in Mopti region.",
        D(2024, 4, 30),
        [
            {"scope": "period", "period_start": "2024-01-01", "as_of": "2024-03-31", "killed": 400},
            {
                "scope": "period",
                "area": "Mopti",
                "period_start": "2024-01-01",
                "as_of": "2024-03-31",
                "killed": 218,
            },
        ],
    ),
    (
        "an area that takes its part is the subject past an aside ('Banadir region, which"
        " includes Mogadishu, accounted for 466')",
        "UNSOM recorded 1,154 civilian casualties in Somalia in 2022. Banadir region, which"
        " includes Mogadishu, accounted for 466 of the casualties.",
        D(2023, 2, 15),
        [
            {"scope": "period", "period_start": "2022-01-01", "as_of": "2022-12-31", "total": 1154},
            {
                "scope": "period",
                "area": "Banadir",
                "period_start": "2022-01-01",
                "as_of": "2022-12-31",
                "total": 466,
            },
        ],
    ),
    (
        "a body joined to the monitor in a joint work speaks with it ('a joint investigation by"
        " OHCHR and the Ethiopian Human Rights Commission'), not without one",
        "The joint investigation by OHCHR and the Ethiopian Human Rights Commission documented at"
        " least 1,200 civilians killed in the Amhara region between August and December 2022."
        " OHCHR and the Ethiopian Human Rights Commission said 300 civilians were killed in Tigray"
        " in January 2023.",
        D(2023, 2, 3),
        [
            {
                "scope": "period",
                "area": "Amhara",
                "period_start": "2022-08-01",
                "as_of": "2022-12-31",
                "killed": 1200,
            }
        ],
    ),
    (
        "the count's start by the event that began it ('since the war broke out')",
        "In Sudan, 14,600 civilians have been killed since the war broke out, the UN human rights"
        " office said.",
        D(2024, 3, 5),
        [{"period_start": "2023-04-15", "killed": 14600}],
    ),
    (
        "a month alone tells no day of the count's start ('since April 2023')",
        "In Sudan, 14,600 civilians have been killed since April 2023, the UN human rights office"
        " said.",
        D(2024, 3, 5),
        [{"killed": 14600}],
    ),
    (
        "the counts in brackets after a share that is a group's are the group's ('32 per cent"
        " were children (468 killed ...)')",
        "UNAMA documented 5,183 civilian casualties (1,659 killed and 3,524 injured) in the first"
        " six months of 2021. Women and children made up almost half of all casualties: 32 per"
        " cent were children (468 killed and 1,214 injured).",
        D(2021, 7, 26),
        [
            {
                "scope": "period",
                "period_start": "2021-01-01",
                "as_of": "2021-06-30",
                "killed": 1659,
                "injured": 3524,
                "total": 5183,
                "children_killed": 468,
                "children_injured": 1214,
            }
        ],
    ),
    (
        "figures a body obtained from another ('information obtained by UNAMI from the Health"
        " Directorate') are the other's",
        "According to casualty figures released today by UNAMI, 936 civilians were killed in Iraq"
        " in November 2014. According to information obtained by UNAMI from the Health"
        " Directorate in Anbar, the total civilian casualties in the Governorate up to 28"
        " November were 247 killed and 629 injured.",
        D(2014, 12, 1),
        [{"scope": "period", "period_start": "2014-11-01", "as_of": "2014-11-30", "killed": 936}],
    ),
    (
        "a count the monitor gives citing another monitor by its full name is the other's",
        "The UN human rights office said at least 20,000 people had been killed in Sudan since the"
        " conflict began in April 2023, citing data from the Armed Conflict Location and Event"
        " Data Project. OHCHR itself has documented the killing of 4,200 civilians in Darfur"
        " between April 2023 and June 2024.",
        D(2024, 9, 6),
        # from the count's own first month (April 2023): the count since its start
        [{"area": "Darfur", "as_of": "2024-06-30", "killed": 4200}],
    ),
    (
        "'N of them civilians' after a wider group's count of a month is the civilians' count",
        "UNAMI said 500 Iraqis were killed in Iraq in March 2014, 300 of them civilians.",
        D(2014, 4, 1),
        [{"scope": "period", "period_start": "2014-03-01", "as_of": "2014-03-31", "killed": 300}],
    ),
    (
        "'of whom N were civilians' after a wider group's count, dates between them",
        "Michelle Bachelet said her Office had documented 350,209 identified individuals killed"
        " in the conflict in Syria between March 2011 and March 2021, of whom 143,350 were"
        " civilians.",
        D(2021, 9, 24),
        [
            {
                "scope": "period",
                "period_start": "2011-03-01",
                "as_of": "2021-03-31",
                "killed": 143350,
            }
        ],
    ),
    (
        "the next place of a ranking, after a comma: its counts are its own",
        "UNAMI recorded 559 civilians killed in October 2015. Baghdad was the worst affected"
        " governorate with 1,039 civilian casualties (297 killed, 742 injured), followed by"
        " Diyala, with 53 killed and 76 injured.",
        D(2015, 11, 1),
        [
            {"scope": "period", "period_start": "2015-10-01", "as_of": "2015-10-31", "killed": 559},
            {
                "scope": "period",
                "area": "Baghdad",
                "period_start": "2015-10-01",
                "as_of": "2015-10-31",
                "killed": 297,
                "injured": 742,
                "total": 1039,
            },
            {
                "scope": "period",
                "area": "Diyala",
                "period_start": "2015-10-01",
                "as_of": "2015-10-31",
                "killed": 53,
                "injured": 76,
            },
        ],
    ),
    (
        "a paragraph that opens 'Of the 862 victims' goes on with the period before",
        "UNMISS documented violence affecting 862 civilians between January and March 2024."
        "\n\nOf the 862 victims, 406 were killed, 293 injured and 110 abducted.",
        D(2024, 6, 5),
        [
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-03-31",
                "killed": 406,
                "injured": 293,
            }
        ],
    ),
    (
        "a day right after the outcome: that day's toll is left out",
        "OHCHR has documented 4,862 civilians injured in Yemen since 26 March. The office said"
        " 131 civilians were killed yesterday, when a wedding party was struck.",
        D(2015, 9, 29),
        [{"period_start": "2015-03-26", "injured": 4862}],
    ),
    (
        "a day after the outcome and who did it: that day's toll and its parts are left out",
        "At least 91 people, including six children, were killed by security forces in"
        " Myanmar on Saturday, the UN human rights office said. Since the 1 February coup, the"
        " office has verified the deaths of at least 423 people.",
        D(2021, 3, 29),
        [{"period_start": "2021-02-01", "killed": 423}],
    ),
    (
        "'a decrease from' after a total's list of outcomes is the total's earlier value",
        "UNSOM recorded 1,093 civilian casualties in Somalia in 2024, including 385 people killed"
        " and 708 injured, a decrease from 1,386 in 2023.",
        D(2025, 1, 28),
        [
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-12-31",
                "killed": 385,
                "injured": 708,
                "total": 1093,
            },
            {"scope": "period", "period_start": "2023-01-01", "as_of": "2023-12-31", "total": 1386},
        ],
    ),
    (
        "a pair of a comparison gives the value of the months it is set against",
        "UNMISS said 739 civilians were killed and 679 injured in South Sudan between January and"
        " March 2025. Compared with the October to December 2024 quarter, this is an 86 per cent"
        " increase in victims (866 to 1,607), a 110 per cent increase in civilians killed (352 to"
        " 739) and a 94 per cent increase in those injured (350 to 679).",
        D(2025, 4, 20),
        [
            {
                "scope": "period",
                "period_start": "2025-01-01",
                "as_of": "2025-03-31",
                "killed": 739,
                "injured": 679,
            },
            {
                "scope": "period",
                "period_start": "2024-10-01",
                "as_of": "2024-12-31",
                "killed": 352,
                "injured": 350,
            },
        ],
    ),
    (
        "a pair set against the same quarter of another year, or the quarter before",
        "UNMISS said 739 civilians were killed and 679 injured in South Sudan between January and"
        " March 2025. Against the same quarter of 2024, killings rose by 58 per cent (468 to 739)."
        " Compared with the previous quarter, injuries rose by 94 per cent (350 to 679).",
        D(2025, 4, 20),
        [
            {
                "scope": "period",
                "period_start": "2025-01-01",
                "as_of": "2025-03-31",
                "killed": 739,
                "injured": 679,
            },
            {"scope": "period", "period_start": "2024-01-01", "as_of": "2024-03-31", "killed": 468},
            {
                "scope": "period",
                "period_start": "2024-10-01",
                "as_of": "2024-12-31",
                "injured": 350,
            },
        ],
    ),
    (
        "a pair whose second is no count already read is left out",
        "UNMISS said 739 civilians were killed in South Sudan between January and March 2025."
        " Against the same quarter of 2024, killings in Jonglei rose (120 to 180).",
        D(2025, 4, 20),
        [{"scope": "period", "period_start": "2025-01-01", "as_of": "2025-03-31", "killed": 739}],
    ),
    (
        "a part of a period's count from a later start is the count of that shorter stretch",
        "UNAMA recorded 1,200 civilians killed in Afghanistan between 1 January and 30 June 2021,"
        " 400 of them since May.",
        D(2021, 7, 5),
        [
            {
                "scope": "period",
                "period_start": "2021-01-01",
                "as_of": "2021-06-30",
                "killed": 1200,
            },
            {"scope": "period", "period_start": "2021-05-01", "as_of": "2021-06-30", "killed": 400},
        ],
    ),
    (
        "'in the province' names no area the counts can be given",
        "UNJHRO said armed groups killed at least 531 civilians in Ituri between 1 October 2019"
        " and 31 May 2020. The Congolese armed forces (FARDC) and police (PNC) allegedly killed"
        " another 17 civilians in the province over the same period.",
        D(2020, 6, 5),
        [
            {
                "scope": "period",
                "area": "Ituri",
                "period_start": "2019-10-01",
                "as_of": "2020-05-31",
                "killed": 531,
            }
        ],
    ),
    (
        "'Of them' after a count of no outcome in one period takes that period",
        "In 2022, UNMISS documented 3,469 civilians subjected to violence in South Sudan, compared"
        " with 3,414 in 2021. Of them, 1,600 were killed and 982 injured.",
        D(2023, 3, 31),
        [
            {
                "scope": "period",
                "period_start": "2022-01-01",
                "as_of": "2022-12-31",
                "killed": 1600,
                "injured": 982,
            }
        ],
    ),
    (
        "'Of these' after a comparison is of the first count, not the one compared with",
        "Between April and June 2024, BINUH recorded 1,379 people killed or injured in Haiti,"
        " compared with 2,505 in the first quarter. Of these, 1,065 were killed.",
        D(2024, 7, 31),
        [
            {
                "scope": "period",
                "period_start": "2024-04-01",
                "as_of": "2024-06-30",
                "killed": 1065,
                "total": 1379,
            },
            {"scope": "period", "period_start": "2024-01-01", "as_of": "2024-03-31", "total": 2505},
        ],
    ),
    (
        "'For 2015 as a whole' after a month's counts is the year's",
        "UNAMI said 489 civilians were killed in Iraq in December 2015. For 2015 as a whole, UNAMI"
        " recorded a total of 7,515 civilians killed and 14,855 injured.",
        D(2016, 1, 1),
        [
            {"scope": "period", "period_start": "2015-12-01", "as_of": "2015-12-31", "killed": 489},
            {
                "scope": "period",
                "period_start": "2015-01-01",
                "as_of": "2015-12-31",
                "killed": 7515,
                "injured": 14855,
            },
        ],
    ),
    (
        "a date followed by 'and has since' starts a count; 'the whole of 2024' names a year",
        "UNAMA began documenting civilian casualties in Afghanistan in 2009 and has since "
        "recorded 100,002 civilian casualties. In 2019 it recorded 3,403 killed, and 3,804 in "
        "the whole of 2018.",
        D(2020, 2, 22),
        [
            {"period_start": "2009-01-01", "total": 100002},
            {
                "scope": "period",
                "period_start": "2019-01-01",
                "as_of": "2019-12-31",
                "killed": 3403,
            },
            {
                "scope": "period",
                "period_start": "2018-01-01",
                "as_of": "2018-12-31",
                "killed": 3804,
            },
        ],
    ),
    (
        "victims of a list of harms, each after a comma, are no count of one outcome",
        "UNMISS documented 920 civilians who were killed, injured, abducted or subjected to "
        "sexual violence in South Sudan between January and March 2023. Of the victims, 345 were"
        " killed and 232 injured.",
        D(2023, 6, 5),
        [
            {
                "scope": "period",
                "period_start": "2023-01-01",
                "as_of": "2023-03-31",
                "killed": 345,
                "injured": 232,
            }
        ],
    ),
    (
        "'N of the dead were civilians' counts civilians; the wider group's counts go",
        "Violence in Iraq killed 2,417 people in June 2014, the UN said. UNAMI said 1,531 of the"
        " dead were civilians. A further 2,287 people were wounded.",
        D(2014, 7, 1),
        [{"scope": "period", "period_start": "2014-06-01", "as_of": "2014-06-30", "killed": 1531}],
    ),
    (
        "'the final quarter of 2020' and 'the year 2020' are periods",
        "UNSMIL documented 30 civilian casualties in Libya during the final quarter of 2020. The"
        " total for the year 2020 was 269 civilian casualties.",
        D(2021, 2, 3),
        [
            {"scope": "period", "period_start": "2020-10-01", "as_of": "2020-12-31", "total": 30},
            {"scope": "period", "period_start": "2020-01-01", "as_of": "2020-12-31", "total": 269},
        ],
    ),
    (
        "a place that opens a reported clause, and 'Over the same period' after it",
        "OHCHR said that in the West Bank, 186 Palestinians had been killed between 7 October "
        "and 13 November. Over the same period, 2,500 Palestinians were injured.",
        D(2023, 11, 14),
        [
            {
                "area": "West Bank",
                "period_start": "2023-10-07",
                "as_of": "2023-11-13",
                "killed": 186,
                "injured": 2500,
            }
        ],
    ),
    (
        "a sentence that names only another conflict's places gives none of this one's counts; the mission names Ukraine",
        "Two years into the war in Ukraine, the UN human rights monitoring mission has verified "
        "10,582 civilian deaths. By comparison, in Syria the UN estimated in 2022 that 306,887 "
        "civilians had been killed over ten years of conflict.",
        D(2024, 2, 26),
        [{"killed": 10582}],
    ),
    (
        "a sentence without counts names its period, not the one it is compared with",
        "In the first quarter of 2022, MINUSMA documented 812 violations in Mali, a 150 percent "
        "increase compared with the last quarter of 2021. At least 543 civilians were killed.",
        D(2022, 5, 31),
        [{"scope": "period", "period_start": "2022-01-01", "as_of": "2022-03-31", "killed": 543}],
    ),
    (
        "'over the same period' at a sentence's end goes on with the place of the counts before",
        "At least 296 civilians were killed in Ituri province in the Democratic Republic of "
        "Congo between October 2019 and April 2020, UNJHRO said. At least 151 were injured over "
        "the same period.",
        D(2020, 5, 10),
        [
            {
                "scope": "period",
                "area": "Ituri",
                "period_start": "2019-10-01",
                "as_of": "2020-04-30",
                "killed": 296,
                "injured": 151,
            }
        ],
    ),
    (
        "civilians in the including-list of a wider group's count are the civilians' count",
        "The UN human rights office said 350,209 people were killed in Syria between March 2011"
        " and March 2021, including 143,350 civilians.",
        D(2022, 6, 28),
        [
            {
                "scope": "period",
                "period_start": "2011-03-01",
                "as_of": "2021-03-31",
                "killed": 143350,
            }
        ],
    ),
    (
        "'civilian police' in the including-list is no count of civilians",
        "UNAMI said 1,119 Iraqis were killed in Iraq in March 2017, including 29 civilian police.",
        D(2017, 4, 1),
        [{"scope": "period", "period_start": "2017-03-01", "as_of": "2017-03-31", "killed": 1119}],
    ),
    (
        "a bare count in brackets after a place is its count of the sentence's one outcome",
        "UNAMA documented 10,392 civilian casualties in Afghanistan in 2019. The provinces with "
        "the most civilian casualties were Nangarhar (1,494) and Kabul (1,366). Most were "
        "caused by IEDs (1,200).",
        D(2020, 2, 22),
        [
            {
                "scope": "period",
                "period_start": "2019-01-01",
                "as_of": "2019-12-31",
                "total": 10392,
            },
            {
                "scope": "period",
                "area": "Nangarhar",
                "period_start": "2019-01-01",
                "as_of": "2019-12-31",
                "total": 1494,
            },
            {
                "scope": "period",
                "area": "Kabul",
                "period_start": "2019-01-01",
                "as_of": "2019-12-31",
                "total": 1366,
            },
        ],
    ),
    (
        "'The office' is the body named before, though another source is named after it",
        "The UN human rights office said most of the fatalities it verified in Gaza were women "
        "and children. The office verified 8,119 of the more than 34,500 deaths reported by "
        "Gaza's Ministry of Health between November 2023 and April 2024; of these, 3,588 were "
        "children and 2,036 women.",
        D(2024, 11, 8),
        [
            {
                "scope": "period",
                "period_start": "2023-11-01",
                "as_of": "2024-04-30",
                "killed": 8119,
                "children_killed": 3588,
                "killed_women": 2036,
            }
        ],
    ),
    (
        "the data a body verified from ('based on lists from the Ministry') is no other source",
        "The UN Human Rights Office said it had verified the deaths of 10,006 Palestinians in"
        " Gaza, based on lists from the Ministry of Health, cross-checked with other sources."
        " Based on figures from the Ministry of Health, more than 40,000 people have been killed.",
        D(2024, 11, 8),
        [{"area": "Gaza", "killed": 10006}],
    ),
    (
        "'between January and the end of March 2025'; a title's 'more than 3,380' restates 3,384",
        "Sudan: more than 3,380 civilians killed, UN says\n\nThe UN human rights office says at"
        " least 3,384 civilians were killed in Sudan between January and the end of March 2025.",
        D(2025, 6, 20),
        [{"scope": "period", "period_start": "2025-01-01", "as_of": "2025-03-31", "killed": 3384}],
    ),
    (
        "the parts of a part of no group ('of whom') are left out with it",
        "OHCHR said it had verified the identities of 24,686 of the dead in Gaza, of whom 7,797"
        " were children and 4,959 women.",
        D(2024, 5, 10),
        [],
    ),
    (
        "a source a profile names as another's ('the emergency medicine centre')",
        "UNSMIL said it was concerned by clashes in Tripoli this week that according to the "
        "emergency medicine centre killed 55 people and injured 146 in Libya.",
        D(2023, 8, 17),
        [],
    ),
    (
        "'it said' after a sentence that cites another source is its speaker's",
        "The UN human rights office said it had verified the deaths of at least 34,789"
        " Palestinians in Gaza as of 6 May, citing the Ministry of Health. In the occupied West"
        " Bank, it said, 492 Palestinians had been killed since 7 October.",
        D(2024, 5, 8),
        [{"area": "West Bank", "period_start": "2023-10-07", "killed": 492}],
    ),
    (
        "'and the number injured' after 'the number of civilians killed' counts civilians too",
        "According to UNAMI, a total of 691 Iraqis were killed and 1,016 injured in August 2016."
        " The number of civilians killed was 472 and the number injured 997.",
        D(2016, 9, 1),
        [
            {
                "scope": "period",
                "period_start": "2016-08-01",
                "as_of": "2016-08-31",
                "killed": 472,
                "injured": 997,
            }
        ],
    ),
    (
        "a group before the subject's outcome ('Child casualties rose to ...') is the count's",
        "UNAMA documented 5,166 civilian casualties (1,601 deaths and 3,565 injured) in Afghanistan"
        " between 1 January and 30 June 2016. Child casualties rose to 1,509 (388 deaths and 1,121"
        " injured).",
        D(2016, 7, 25),
        [
            {
                "scope": "period",
                "period_start": "2016-01-01",
                "as_of": "2016-06-30",
                "killed": 1601,
                "injured": 3565,
                "total": 5166,
                "children_killed": 388,
                "children_injured": 1121,
            }
        ],
    ),
    (
        "words between two spaced dashes are an aside: the count after it is not of its last",
        "UNSMIL documented 647 civilian casualties in Libya in 2019 - 284 deaths and 363"
        " injuries - compared with 468 in 2018.",
        D(2020, 2, 18),
        [
            {
                "scope": "period",
                "period_start": "2019-01-01",
                "as_of": "2019-12-31",
                "killed": 284,
                "injured": 363,
                "total": 647,
            }
        ],
    ),
    (
        "a headline's round figure of a quarter restates the body's exact one, in the same year",
        "Haiti: more than 2,500 killed or injured in first quarter - UN\n\nAt least 2,505 people"
        " were killed or injured in Haiti from January to March 2024, BINUH said.",
        D(2024, 4, 22),
        [{"scope": "period", "period_start": "2024-01-01", "as_of": "2024-03-31", "total": 2505}],
    ),
    (
        "since the month the count began, with no day, starts no period (as in Ukraine)",
        "Volker Türk said at least 14,000 civilians had been killed in Sudan since April 2023.",
        D(2024, 6, 18),
        [{"killed": 14000}],
    ),
    (
        "since a day, where each report counts on its own, is a count from that day",
        "UNSMIL said it had documented 106 civilian deaths and 294 injuries in Libya since"
        " 4 April.",
        D(2019, 7, 16),
        [{"period_start": "2019-04-04", "killed": 106, "injured": 294}],
    ),
    (
        "a dateline with an abbreviated month names no area of the counts",
        "Baghdad, 1 Mar. 2014 - A total of 703 Iraqis were killed and 1,381 injured in"
        " February 2014, according to UNAMI.",
        D(2014, 3, 1),
        [
            {
                "scope": "period",
                "period_start": "2014-02-01",
                "as_of": "2014-02-28",
                "killed": 703,
                "injured": 1381,
            }
        ],
    ),
    (
        "the week to a day is that week's count, no count since the start",
        "OHCHR said civilians accounted for 312 of the dead in Gaza in the week to 3 March. In"
        " all, it has verified 8,119 killed in Gaza since 7 October 2023.",
        D(2024, 3, 5),
        [
            {
                "scope": "period",
                "area": "Gaza",
                "period_start": "2024-02-26",
                "as_of": "2024-03-03",
                "killed": 312,
            },
            {"area": "Gaza", "period_start": "2023-10-07", "killed": 8119},
        ],
    ),
    (
        "'alone' after an area stresses the area: its count, not a short time's",
        "OHCHR has documented at least 4,200 civilians killed in Sudan. In North Darfur alone,"
        " at least 782 civilians have been killed since May.",
        D(2024, 11, 1),
        [
            {"killed": 4200},
            {
                "scope": "period",
                "area": "North Darfur",
                "period_start": "2024-05-01",
                "killed": 782,
            },
        ],
    ),
    (
        "'since' an event 'of' a month is the count's start, not that month",
        "Since the military coup of February 2021, at least 5,280 civilians have been killed by"
        " the military in Myanmar, according to the UN Human Rights Office.",
        D(2024, 6, 5),
        [{"period_start": "2021-02-01", "killed": 5280}],
    ),
    (
        "'recorded in <area>, with N killed': the area of the count after it",
        "OHCHR said 306,887 civilians were killed in Syria between 1 March 2011 and 31 March"
        " 2021. The highest number was recorded in Aleppo governorate, with 51,731 civilians"
        " killed.",
        D(2022, 6, 28),
        [
            {
                "scope": "period",
                "period_start": "2011-03-01",
                "as_of": "2021-03-31",
                "killed": 306887,
            },
            {
                "scope": "period",
                "area": "Aleppo",
                "period_start": "2011-03-01",
                "as_of": "2021-03-31",
                "killed": 51731,
            },
        ],
    ),
    (
        "'700 others were injured' after a place's count: of that place",
        "At least 226 civilians have been killed in El Fasher since 10 May, the UN Human Rights"
        " Office said. More than 700 others have been injured.",
        D(2024, 6, 14),
        [
            {
                "scope": "period",
                "area": "El Fasher",
                "period_start": "2024-05-10",
                "killed": 226,
                "injured": 700,
            }
        ],
    ),
    (
        "'586 abducted' after the outcomes' counts is no count of theirs",
        "UNMISS documented 1,561 civilians killed, 1,054 injured and 586 abducted in 2024, an"
        " increase of 8 per cent compared to 2023.",
        D(2025, 2, 20),
        [
            {
                "scope": "period",
                "period_start": "2024-01-01",
                "as_of": "2024-12-31",
                "killed": 1561,
                "injured": 1054,
            }
        ],
    ),
    (
        "a city or another spelling of a province is the profile's area",
        "UNAMI said 50 civilians were killed in Mosul in May 2015.",
        D(2015, 6, 1),
        [
            {
                "scope": "period",
                "area": "Mosul",
                "period_start": "2015-05-01",
                "as_of": "2015-05-31",
                "killed": 50,
            }
        ],
    ),
    (
        "a province spelt another way is the profile's area",
        "OHCHR said 12 civilians were killed in Taizz, Yemen, in May 2018.",
        D(2018, 6, 1),
        [
            {
                "scope": "period",
                "area": "Taizz",
                "period_start": "2018-05-01",
                "as_of": "2018-05-31",
                "killed": 12,
            }
        ],
    ),
    (
        "figures a monitor 'obtained from' another body are that body's",
        "According to information UNAMI obtained from the Health Committee of the Anbar"
        " Provincial Council, civilian casualties in Anbar in February 2014 totalled 298 killed"
        " and 1,198 injured: 189 killed and 550 injured in Ramadi.",
        D(2014, 3, 1),
        [],
    ),
    (
        "an area as the subject of a share ('Tripoli accounted for 74 of the casualties')",
        "UNSMIL documented 131 civilian casualties in Libya between 1 January and 31 March 2020."
        " Tripoli accounted for 74 of the casualties; ground fighting caused 60 of them.",
        D(2020, 4, 30),
        [
            {"scope": "period", "period_start": "2020-01-01", "as_of": "2020-03-31", "total": 131},
            {
                "scope": "period",
                "area": "Tripoli",
                "period_start": "2020-01-01",
                "as_of": "2020-03-31",
                "total": 74,
            },
        ],
    ),
    (
        "a relative clause between a count and its outcome",
        "In Afghanistan, UNAMA said, the 2,790 civilians the mission recorded as killed "
        "outnumber those of any year.",
        None,
        [{"killed": 2790}],
    ),
    (
        "one party's share of a tally read before, in a sentence with no date of its own",
        "Since 7 October, OHCHR has verified that 69 Palestinians have been killed in the West"
        " Bank. Settler violence has also increased, it said: six Palestinians have been killed"
        " by armed Israeli settlers.",
        D(2023, 10, 28),
        [{"area": "West Bank", "period_start": "2023-10-07", "killed": 69}],
    ),
    (
        "a range of months that opens a sentence of no count of its own dates the next",
        "From April to June 2024, BINUH documented at least 1,379 people killed, injured or"
        " kidnapped in Haiti. Of these, 1,000 were killed and 279 injured.",
        D(2024, 7, 15),
        [
            {
                "scope": "period",
                "period_start": "2024-04-01",
                "as_of": "2024-06-30",
                "killed": 1000,
                "injured": 279,
            }
        ],
    ),
    (
        "an exact count that a round one of an area restates, its sentence naming no place,"
        " is the area's",
        "More than 1,000 civilians have been killed in and around the Idlib de-escalation zone"
        " in Syria, the UN rights chief said.\n\nHer office had verified the deaths of 1,089"
        " civilians between 29 April and 29 August.",
        D(2019, 9, 4),
        [
            {
                "scope": "period",
                "area": "Idlib de-escalation zone",
                "period_start": "2019-04-29",
                "as_of": "2019-08-29",
                "killed": 1089,
            }
        ],
    ),
    (
        "an exact count in a sentence that names the country is not the area's",
        "More than 1,000 civilians have been killed in and around the Idlib de-escalation zone,"
        " the UN rights chief said.\n\nHer office had verified the deaths of 1,089 civilians in"
        " Syria between 29 April and 29 August.",
        D(2019, 9, 4),
        [
            {
                "scope": "period",
                "period_start": "2019-04-29",
                "as_of": "2019-08-29",
                "killed": 1089,
            }
        ],
    ),
    (
        "a city, then after a comma the state it lies in: the state's count",
        "In El Fasher, North Darfur, at least 226 civilians were killed between 10 May and 20"
        " June 2024, the UN human rights office said.",
        D(2024, 6, 21),
        [
            {
                "scope": "period",
                "area": "North Darfur",
                "period_start": "2024-05-10",
                "as_of": "2024-06-20",
                "killed": 226,
            }
        ],
    ),
    (
        "a place's ranking, its count after a comma",
        "UNAMA documented 10,392 civilian casualties in Afghanistan in 2019. Kabul province"
        " recorded the most civilian casualties, with 1,563, followed by Nangarhar with 1,070.",
        D(2020, 2, 22),
        [
            {**YEAR_2019, "total": 10392},
            {**YEAR_2019, "area": "Kabul", "total": 1563},
            {**YEAR_2019, "area": "Nangarhar", "total": 1070},
        ],
    ),
    (
        "a ranking of what caused the casualties is no place's count",
        "UNAMA documented civilian casualties in Afghanistan in 2019. Anti-Government Elements"
        " caused the highest number of civilian casualties, 4,070.",
        D(2020, 2, 22),
        [],
    ),
    (
        "a reading beaten by a wider group's, which civilians by name then replaced, returns",
        "A total of 759 Iraqis were killed and another 1,120 were injured in July 2016, UNAMI"
        " said. The number of civilians killed was 660, and the number injured was 1,046.",
        D(2016, 8, 1),
        [
            {
                "scope": "period",
                "period_start": "2016-07-01",
                "as_of": "2016-07-31",
                "killed": 660,
                "injured": 1046,
            }
        ],
    ),
)


@pytest.mark.parametrize(("text", "published", "expected"), OTHER_MONITORS)
def test_other_monitors_read_with_the_profile_the_text_names(text, published, expected):
    assert _stated(text, published, conflict=None) == expected


PERIODS = cases(
    (
        "since late in a month: a period whose first day the text does not tell",
        "UNMISS said 1,031 civilians have been killed since late April.",
        D(2019, 9, 4),
        [{"scope": "period", "killed": 1031}],
    ),
    (
        "vague bounds of a range bound nothing",
        "From late August 2022 to early February, UNMISS recorded 1,059 civilian casualties,"
        " including 382 deaths.",
        D(2023, 2, 22),
        [{"scope": "period", "killed": 382, "total": 1059}],
    ),
    (
        "a vague month between two others",
        "Between mid-January and mid-March 2023, UNAMA documented 95 civilian deaths.",
        D(2023, 4, 20),
        [{"scope": "period", "killed": 95}],
    ),
    (
        "months from one to another",
        "UNAMA documented 1,174 civilians killed between July and September.",
        D(2019, 10, 17),
        [{"scope": "period", "period_start": "2019-07-01", "as_of": "2019-09-30", "killed": 1174}],
    ),
    (
        "months across years",
        "UNJHRO said 701 people were killed from December 2017 to September 2019.",
        D(2020, 1, 10),
        [{"scope": "period", "period_start": "2017-12-01", "as_of": "2019-09-30", "killed": 701}],
    ),
    (
        "the first nine months of a year",
        "Over the first nine months of 2019 UNAMA documented 2,563 civilians killed.",
        D(2019, 10, 17),
        [{"scope": "period", "period_start": "2019-01-01", "as_of": "2019-09-30", "killed": 2563}],
    ),
    (
        "a quarter in short",
        "UNAMA documented 1,174 civilians killed in Q3 2019.",
        D(2019, 10, 17),
        [{"scope": "period", "period_start": "2019-07-01", "as_of": "2019-09-30", "killed": 1174}],
    ),
    (
        "a half-year not yet over has no end",
        "UNMISS documented 739 civilians killed in the first half of 2025.",
        D(2025, 4, 20),
        [{"scope": "period", "period_start": "2025-01-01", "killed": 739}],
    ),
    (
        "since a month, where each report counts on its own, is a count from that month",
        "UNMISS said at least 183 people have been killed since July in clashes.",
        D(2023, 8, 29),
        [{"period_start": "2023-07-01", "killed": 183}],
    ),
    (
        "a range of days in parentheses gives its sentence the period",
        "UNAMA recorded 3,218 civilians killed (from 1 July 2015 to 30 June 2016).",
        None,
        [{"scope": "period", "period_start": "2015-07-01", "as_of": "2016-06-30", "killed": 3218}],
    ),
)

PHENOMENA = {
    "number formats": NUMBER_FORMATS,
    "number words": NUMBER_WORDS,
    "qualifiers keep the value as stated": QUALIFIERS,
    "distractors are never reports": DISTRACTORS,
    "dates": DATES,
    "breakdowns": BREAKDOWNS,
    "outcomes": OUTCOMES,
    "attribution": ATTRIBUTION,
    "short periods are not cumulative counts": SHORT_PERIODS,
    "one event's count is no count of the war": INCIDENTS,
    "a clash keeps the reading with the strongest evidence": CLASHES,
    "constructions": CONSTRUCTIONS,
}

# The other monitors' periods, read with their profile (the conflict named: "AF" and the like).
PERIOD_CONFLICTS = {"UNAMA": "AF", "UNJHRO": "CD", "UNMISS": "SS"}


@pytest.mark.parametrize(("text", "published", "expected"), PERIODS)
def test_periods_of_other_monitors(text, published, expected):
    conflict = next(c for body, c in PERIOD_CONFLICTS.items() if body in text)
    assert _stated(text, published, conflict=conflict) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(*case.values, id=f"{name}: {case.id}")
        for name, table in PHENOMENA.items()
        for case in table
    ],
)
def test_text_parses_to_the_stated_reports(text, published, expected):
    assert _stated(text, published) == expected


# Each a sentence with no date after "In July, 200 civilians were killed in Ukraine, the UN
# said.": more than the month's own count of the same, the war's total since its start.
TOTALS_AFTER_A_MONTH = [
    "The UN has verified 12,000 civilian deaths since the full-scale invasion.",
    "To date, 12,000 civilians have been killed.",
    "Altogether, 12,000 civilians have been killed.",
    "All told, 12,000 civilians have been killed.",
    "So far, 12,000 civilians have been killed.",
    "In all, 12,000 civilians have been killed in the war.",
    "The war has killed 12,000 civilians.",
    "The cumulative toll stands at 12,000.",
    "More than 12,000 civilians have been killed in the war so far.",
    "That brings the number of civilians killed to 12,000.",
    "Some 12,000 civilians have now been killed.",
]


@pytest.mark.parametrize("total", TOTALS_AFTER_A_MONTH)
def test_a_larger_count_with_no_date_after_a_months_is_the_wars_total(total: str) -> None:
    text = f"In July, 200 civilians were killed in Ukraine, the UN said. {total}"
    assert _stated(text, D(2024, 8, 10)) == [
        {"scope": "period", "period_start": "2024-07-01", "as_of": "2024-07-31", "killed": 200},
        {"killed": 12000},
    ]


def test_qualifier_is_recorded_in_evidence():
    report = parse_text("According to OHCHR, at least 516 people have died.", conflict="UA")[0]
    assert report.evidence["killed"].qualifier == "at_least"


def test_a_count_a_present_tense_verb_says_is_passed_is_a_lower_bound():
    report = parse_text("UN: civilian casualties in Ukraine exceed 39,000.", conflict="UA")[0]
    assert report.total == 39000
    assert report.evidence["total"].qualifier == "more_than"


def test_a_plus_sign_after_a_count_is_a_lower_bound():
    report = parse_text("OHCHR: 10,000+ civilians killed in Ukraine.", conflict="UA")[0]
    assert report.killed == 10000
    assert report.evidence["killed"].qualifier == "more_than"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("OHCHR: ~3,000 civilians killed in Ukraine.", "approximately"),
        ("OHCHR: >3,000 civilians killed in Ukraine.", "more_than"),
        ("OHCHR says 3,000-plus civilians killed in Ukraine.", "more_than"),
        ("OHCHR: c. 3,000 civilians killed in Ukraine.", "approximately"),
        ("OHCHR said civilian deaths in Ukraine reached ~3,000.", "approximately"),
    ],
)
def test_a_sign_or_an_abbreviation_qualifies_a_count(text, qualifier):
    report = parse_text(text, conflict="UA")[0]
    assert (report.killed, report.evidence["killed"].qualifier) == (3000, qualifier)


def test_a_count_attributed_to_the_war_itself_is_no_partys_share():
    text = "In Syria, OHCHR attributed 306,887 civilian deaths to the conflict between March 2011 and March 2021."
    (report,) = parse_text(text, published=D(2022, 6, 28))
    assert (report.country, report.killed) == ("SY", 306887)


def test_a_number_the_count_passed_is_a_lower_bound():
    text = "The UN monitoring mission said the number of civilians killed had passed 10,000."
    report = parse_text(text, conflict="UA")[0]
    assert (report.killed, report.evidence["killed"].qualifier) == (10000, "more_than")


def test_a_reading_left_out_is_recorded_with_its_reason():
    (report,) = parse_text(
        "UN: 1,400 civilians killed in Ukraine\n\nOHCHR had recorded 1,417 civilians killed."
    )
    (dropped,) = report.to_dict()["dropped"]
    assert dropped == {
        "field": "killed",
        "value": 1400,
        "text": "1,400",
        "start": 4,
        "end": 9,
        "qualifier": None,
        "reason": "another reading is in the body, this one in a headline",
    }


def test_two_readings_as_strong_are_both_recorded():
    (report,) = parse_text(
        "OHCHR said 1,417 civilians were killed and 2,038 injured. OHCHR said 1,430 civilians "
        "were killed.",
        conflict="ukraine",
    )
    assert [(d.value, d.reason) for d in report.dropped] == [
        (1417, "two readings of the field, as strongly evidenced, disagree: both left out"),
        (1430, "two readings of the field, as strongly evidenced, disagree: both left out"),
    ]


def test_readings_of_a_report_left_with_no_value_are_kept_with_the_document():
    document = document_from_text(
        "OHCHR said 1,417 civilians were killed. OHCHR said 1,430 civilians were killed."
    )
    result = read_reports(document, conflict="ukraine")
    assert result.reports == []
    assert [(d.field, d.value, d.reason) for d in result.dropped] == [
        (
            "killed",
            1417,
            "two readings of the field, as strongly evidenced, disagree: both left out",
        ),
        (
            "killed",
            1430,
            "two readings of the field, as strongly evidenced, disagree: both left out",
        ),
    ]


def test_a_reading_no_report_can_take_and_a_rounded_total_are_recorded_with_why():
    mali = document_from_text(
        "MINUSMA documented 323 civilians killed in Mali between 1 April and 30 June 2020, up"
        " from 178 in the previous quarter."
    )
    assert [(d.field, d.value, d.reason) for d in read_reports(mali).dropped] == [
        ("killed", 178, "an earlier period's count, of a period the text does not say")
    ]
    (libya,) = read_reports(
        document_from_text(
            "UNSMIL documented almost 700 civilian casualties in Libya in the second half of"
            " 2019, including 312 killed and 374 injured."
        )
    ).reports
    assert [(d.field, d.value, d.reason) for d in libya.dropped] == [
        ("total", 700, "a round total beside the exact killed and injured it rounds")
    ]


@pytest.mark.xfail(strict=True, reason="known gaps of the English grammar (issue 2)")
@pytest.mark.parametrize(("text", "published", "expected"), KNOWN_GAPS)
def test_known_gaps(text, published, expected):
    assert _stated(text, published) == expected


def test_a_value_held_in_a_tie_and_then_dropped_leaves_no_clash_behind():
    # lines cut out of a wrapped bulletin, read line by line: the total 331 ties with 109,
    # then goes as below a part of it; the clash it held must go with it
    text = (
        "the Office of the UN High Commissioner for Human Rights, recorded 1,006\n"
        "unknown) and 675 injured (51 men, 40 women, 9 girls, and 2 boys, as well\n"
        "injured) were recorded: 331 (54 killed and 277 injured) in Government-\n"
        "controlled territory and 109 (23 killed and 86 injured) in territory"
    )
    reading = assemble_reading(
        text, lexicon=load_lexicon("en"), conflict=load_conflict("ukraine"), published=None
    )
    dropped = [d for r in reading.reports for d in r.dropped] + reading.dropped
    assert all(r.total is None for r in reading.reports)
    assert {d.value for d in dropped if d.field == "total"} == {331, 109}
