"""The nouns of the data, defined once: outcomes, groups, the count fields they make and what each
means. Pure: no I/O, no imports of the package.

The Report's count fields, both count blocks of the schemas, the long view's (outcome, group)
slots and the data dictionary's meanings are all generated from OUTCOMES x GROUPS here.
"""

from __future__ import annotations

__all__ = [
    "BREAKDOWN_GROUPS",
    "CHILD_GROUPS",
    "COUNT_FIELDS",
    "GROUPED_OUTCOMES",
    "GROUPS",
    "MEANINGS",
    "NATIONWIDE",
    "OUTCOMES",
    "TOTAL",
    "UNKNOWN_SEX_GROUPS",
    "count_field",
    "figure_slot",
]

GROUPED_OUTCOMES = ("killed", "injured")
"""What happened to the civilians a count is of, told by group (children, men, ...)."""
TOTAL = "total"
"""Casualties: killed and injured together, never told by group."""
OUTCOMES = (*GROUPED_OUTCOMES, TOTAL)

BREAKDOWN_GROUPS = ("men", "women", "boys", "girls", "children_unknown_sex", "adults_unknown_sex")
"""The sex/age breakdown of an outcome: its parts add up to it when all are stated."""
CHILD_GROUPS = ("boys", "girls", "children_unknown_sex")
"""The parts of the children's count."""
UNKNOWN_SEX_GROUPS = ("children_unknown_sex", "adults_unknown_sex")
"""The groups whose sex the monitor has not yet established: they shrink as it does."""
GROUPS = ("all", "children", *BREAKDOWN_GROUPS)
"""Who a count is of: everyone (all), children, or a group of the breakdown."""

GROUP_MEANINGS = {
    "all": "Civilians",
    "children": "Children",
    "men": "Men",
    "women": "Women",
    "boys": "Boys",
    "girls": "Girls",
    "children_unknown_sex": "Children",
    "adults_unknown_sex": "Adults",
}
UNKNOWN_SEX = " whose sex is not yet known"

NATIONWIDE = "national"
"""The area of a report for the whole country, where an area must be named (a report's key, a
grouping of reports): the `area` column itself is null."""


def count_field(outcome: str, group: str) -> str:
    """The column of a count: `killed`, `children_killed`, `killed_boys`, `total`.

    >>> count_field("killed", "all"), count_field("injured", "children"), count_field("killed", "men")
    ('killed', 'children_injured', 'killed_men')
    """
    if group == "all":
        return outcome
    if group == "children":
        return f"children_{outcome}"
    return f"{outcome}_{group}"


def figure_slot(field: str) -> tuple[str, str]:
    """(outcome, group) of a count field: the long view's names for a column.

    >>> figure_slot("children_killed"), figure_slot("injured_boys"), figure_slot("total")
    (('killed', 'children'), ('injured', 'boys'), ('total', 'all'))
    """
    return _SLOTS[field]


def _meaning(outcome: str, group: str) -> str:
    if outcome == TOTAL:
        return "Civilian casualties, killed and injured together"
    suffix = UNKNOWN_SEX if group in UNKNOWN_SEX_GROUPS else ""
    return f"{GROUP_MEANINGS[group]} {outcome}{suffix}"


_SLOTS = {
    count_field(outcome, group): (outcome, group)
    for outcome, group in [
        *((o, "all") for o in OUTCOMES),
        *((o, "children") for o in GROUPED_OUTCOMES),
        *((o, g) for o in GROUPED_OUTCOMES for g in BREAKDOWN_GROUPS),
    ]
}
COUNT_FIELDS = tuple(_SLOTS)
"""Every count column, in the published order: killed, injured, total, children's, breakdowns."""
MEANINGS = {field: _meaning(*slot) for field, slot in _SLOTS.items()}
"""What each count column counts, for the data dictionary."""
