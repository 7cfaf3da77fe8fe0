"""Test documents in our own words: an OHCHR-style news page whose navigation, sidebar and footer
carry numbers of their own, and small PDF bulletins made with fpdf2."""

from __future__ import annotations

import datetime as dt
import json

UPDATE_PARAGRAPHS = (
    "From 4 a.m. on 24 February 2022, when the armed attack by the Russian Federation started, "
    "to 24:00 midnight on 3 April 2022 (local time), OHCHR recorded 3,455 civilian casualties "
    "in the country: 1,417 killed and 2,038 injured.",
    "This included a total of 121 children killed and 171 children injured.",
    "Most of the civilian casualties recorded were caused by the use of explosive weapons with a "
    "wide impact area.",
)

NAVIGATION_WITH_NUMBERS = """
<header><nav><ul>
  <li><a href="/en">Home</a></li>
  <li><a href="/en/news">News (1,234)</a></li>
  <li><a href="/en/countries">193 countries</a></li>
</ul></nav></header>
<aside class="sidebar"><h2>Related</h2>
  <p><a href="/en/other">Elsewhere: 9,999 killed and 8,888 injured in 2019</a></p>
</aside>
"""
FOOTER_WITH_NUMBERS = """
<footer><p>OHCHR, Palais Wilson, 52 rue des Paquis, CH-1201 Geneva. Tel. +41 22 917 9000.
2,500 staff; 1,000 killed and 2,000 injured in page counts that are not figures.</p></footer>
"""


def update_page(
    paragraphs: tuple[str, ...] = UPDATE_PARAGRAPHS,
    *,
    title: str = "Ukraine: civilian casualty update 4 April 2022",
    published: str | None = "2022-04-04T10:00:00+02:00",
) -> str:
    """An OHCHR-style news page: the update in <article>, numbers all around it."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | OHCHR</title>{meta}
<script type="application/ld+json">{json.dumps({"@type": "WebSite", "name": "OHCHR"})}</script>
</head><body>{NAVIGATION_WITH_NUMBERS}
<main><article><h1>{title}</h1>
{body}
</article></main>{FOOTER_WITH_NUMBERS}</body></html>
"""


def bulletin_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with the given lines on each page (as a word processor breaks them), byte-stable."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2022, 5, 27, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", size=11)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


MAY_UPDATE_PAGES = [
    [
        "Ukraine: civilian casualties as of 24:00 26 May 2022",
        "",
        "From 4 a.m. on 24 February 2022, when the Russian Federation's armed attack",
        "against Ukraine started, to 24:00 midnight on 26 May 2022 (local time), OHCHR",
        "recorded 8,766 civilian casualties in the country: 4,031 killed and 4,735 in-",
    ],
    [
        "jured.",
        "",
        "The actual figures are considerably higher, as the receipt of information from",
        "some locations where intense hostilities have been going on has been delayed.",
    ],
]
"""A May 2022 update whose key sentence runs across a hyphenated word and a page break."""
