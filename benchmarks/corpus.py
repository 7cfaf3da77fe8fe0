"""A deterministic benchmark corpus: documents with figures made from the shipped raw documents
(figures, dates and surrounding text varied), and plain news text without figures, which is
most of a real archive. Writes the documents it is asked for; the same seed gives the same bytes.

    python benchmarks/corpus.py --documents 1000 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from casualties.parse import parse_text
from casualties.parse.lexicon import load_lexicon
from casualties.parse.sentences import split_sentences
from casualties.raw import read_known_issues, read_raw_documents
from casualties.report import Report

RAW_DIR = Path(__file__).resolve().parent.parent / "data" / "raw"
TEMPLATE_FIELDS = ("killed", "injured", "total", "children_killed", "children_injured")
FIRST_DAY = dt.date(2025, 3, 1)  # after every shipped figure, so the series keeps rising
CITIES = ("Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia", "Kherson", "Sumy", "Mykolaiv")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TOPICS = ("grain exports", "the energy grid", "reconstruction", "the harvest", "rail links")
# Plain news in our own words: numbers that are not casualty figures, casualty words without
# numbers, dates, places. {n}, {city}, {day}, {topic} and {year} are filled at random.
NEWS_SENTENCES = (
    "Officials in {city} said on {day} that talks on {topic} would resume next week.",
    "The regional council approved a budget of {n} million hryvnias for {topic}.",
    "About {n} buildings were damaged in {city}, the mayor's office said.",
    "Trains between {city} and the capital ran {n} minutes late on {day}.",
    "Several civilians were reported killed in the shelling, but no figures were given.",
    "Aid agencies delivered {n} tonnes of food to {city} over the weekend.",
    "The ministry said the repairs to {topic} would take until {year}.",
    "Residents of {city} queued for water as temperatures fell to minus {small} degrees.",
    "A delegation of {small} foreign ministers visited {city} on {day}.",
    "The central bank kept its key rate at {small} per cent.",
    "Schools in {city} moved classes underground after air raid alerts lasting {small} hours.",
    "Analysts expect {topic} to recover by {year}, according to a report published on {day}.",
    "The exhibition in {city} shows {n} photographs taken since {year}.",
    "Volunteers in {city} repaired {small} ambulances for frontline hospitals.",
    "The casualty lists are still being checked, a spokesperson for the region said.",
    "Power was restored to {n} households in {city} by {day} evening.",
    "Farmers near {city} planted wheat on fields cleared of mines.",
    "The parliament will vote on {topic} in its session on {day}.",
    "Prices for bread in {city} rose by {small} per cent over the year.",
    "The match in {city} drew a crowd of {n} spectators.",
)
SPACE_GROUPED = 0.2  # share of figures written "13 005" rather than "13,005"
WITH_FIGURES, PLAIN = "with figures", "plain news"  # said in each document's provenance


@dataclass(frozen=True)
class Template:
    """A sentence of a shipped document with its figures and as-of date as placeholders."""

    text: str  # str.format text: {killed}, {injured}, ..., {as_of}
    fields: tuple[str, ...]
    document_id: str


def _placeholders(sentence: str, report: Report, offset: int) -> str | None:
    spans = sorted(
        (report.evidence[name].start - offset, report.evidence[name].end - offset, name)
        for name in (*TEMPLATE_FIELDS, "as_of")
        if name in report.evidence
    )
    text, at = [], 0
    for start, end, name in spans:
        if start < at or start < 0 or end > len(sentence):
            return None
        text += [sentence[at:start].replace("{", "{{").replace("}", "}}"), f"{{{name}}}"]
        at = end
    return "".join(text) + sentence[at:].replace("{", "{{").replace("}", "}}")


def _usable(report: Report) -> bool:
    """A nationwide cumulative report of exact counts, with no sex and age breakdown."""
    stated = {n for n in report.evidence if n not in ("as_of", "period_start")}
    return (
        report.scope == "cumulative"
        and report.area is None
        and report.as_of is not None
        and {"killed", "injured"} <= stated <= set(TEMPLATE_FIELDS)
        and all(report.evidence[n].qualifier is None for n in stated)
    )


def figure_templates(raw_dir: Path = RAW_DIR) -> list[Template]:
    """Sentences of the shipped documents that state one nationwide report on their own."""
    lexicon = load_lexicon("en")
    flagged = {issue.document for issue in read_known_issues(raw_dir / "known_issues.csv")}
    templates = []
    for raw in read_raw_documents(raw_dir):
        if raw.document_id in flagged:
            continue
        for sentence in split_sentences(raw.document.text, lexicon):
            reports = parse_text(sentence.text, published=raw.document.published)
            if len(reports) != 1 or not _usable(reports[0]):
                continue
            text = _placeholders(sentence.text, reports[0], 0)
            fields = tuple(n for n in TEMPLATE_FIELDS if n in reports[0].evidence)
            if text is not None:
                templates.append(Template(text, fields, raw.document_id))
    return templates


def _grouped(value: int, rng: random.Random) -> str:
    text = f"{value:,}"
    return text.replace(",", " ") if rng.random() < SPACE_GROUPED else text


def figures_on(step: int) -> dict[str, int]:
    """The synthetic series: every count rises with the step, and killed + injured = total."""
    killed, injured = 13_000 + 5 * step, 30_000 + 11 * step
    return {
        "killed": killed,
        "injured": injured,
        "total": killed + injured,
        "children_killed": 700 + step // 3,
        "children_injured": 2_000 + step // 2,
    }


def _news_sentence(rng: random.Random) -> str:
    return rng.choice(NEWS_SENTENCES).format(
        n=f"{rng.randrange(20, 90_000):,}",
        small=rng.randrange(2, 40),
        city=rng.choice(CITIES),
        day=rng.choice(WEEKDAYS),
        topic=rng.choice(TOPICS),
        year=rng.randrange(2026, 2031),
    )


def _paragraphs(rng: random.Random, sentences: int) -> list[str]:
    out, left = [], sentences
    while left > 0:
        size = min(left, rng.randrange(2, 6))
        out.append(" ".join(_news_sentence(rng) for _ in range(size)))
        left -= size
    return out


def _front_matter(document_id: str, published: dt.date, *, figures: bool) -> str:
    return (
        f"---\npublished: {published.isoformat()}\n"
        f"source_url: https://example.org/benchmark/{document_id}\n"
        "kind: news\nlanguage: en\n"
        f"provenance: generated by benchmarks/corpus.py, {WITH_FIGURES if figures else PLAIN}\n"
        "---\n"
    )


def figure_document(template: Template, step: int, rng: random.Random) -> tuple[str, Report]:
    """A news article around a template sentence filled with the series on `step`."""
    as_of = FIRST_DAY + dt.timedelta(days=step)
    values = figures_on(step)
    sentence = template.text.format(
        **{name: _grouped(values[name], rng) for name in template.fields},
        as_of=f"{as_of.day} {as_of:%B %Y}",
    )
    paragraphs = _paragraphs(rng, rng.randrange(4, 30))
    paragraphs.insert(rng.randrange(0, len(paragraphs) + 1), sentence)
    title = f"{rng.choice(CITIES)}: the latest on {rng.choice(TOPICS)}"
    expected = Report(as_of=as_of, **{name: values[name] for name in template.fields})
    return "\n\n".join([title, *paragraphs]) + "\n", expected


def plain_document(rng: random.Random) -> str:
    """A news article without casualty figures."""
    title = f"{rng.choice(CITIES)}: {rng.choice(TOPICS)} on the agenda"
    return "\n\n".join([title, *_paragraphs(rng, rng.randrange(8, 45))]) + "\n"


def write_corpus(
    out_dir: Path, documents: int, *, seed: int = 2022, figure_share: float = 0.1
) -> list[Path]:
    """Write `documents` files under out_dir/<batch>/ (a known share with figures); their paths."""
    rng = random.Random(seed)
    templates = figure_templates()
    paths, step = [], 0
    for index in range(documents):
        document_id = f"bench-{index:06d}"
        figures = rng.random() < figure_share
        if figures:
            text, _ = figure_document(rng.choice(templates), step, rng)
            published, step = FIRST_DAY + dt.timedelta(days=step + 1), step + 1
        else:
            text, published = plain_document(rng), FIRST_DAY
        path = out_dir / f"batch-{index // 1000:03d}" / f"{document_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        front_matter = _front_matter(document_id, published, figures=figures)
        path.write_text(front_matter + text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args()
    paths = write_corpus(args.out, args.documents, seed=args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} documents, {size / 1e6:.1f} MB, under {args.out}")


if __name__ == "__main__":
    main()
