"""Reading HTML pages and PDF files: the main text only, the publication date from metadata only,
lines mended, and a clear error for bytes that are neither."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from documents import MAY_UPDATE_PAGES, bulletin_pdf, update_page
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties.document import read_document
from casualties.errors import DocumentError
from casualties.extract import html_text, pdf_text, repair_line_breaks
from casualties.parse import parse_document, parse_text


def test_page_text_leaves_out_navigation_sidebar_and_footer() -> None:
    text = html_text(update_page().encode()).text
    assert "3,455 civilian casualties" in text
    for boilerplate in ("1,234", "193 countries", "9,999", "2,500 staff", "917 9000"):
        assert boilerplate not in text


def test_numbers_around_the_article_never_become_figures() -> None:
    reports = parse_text(html_text(update_page().encode()).text)
    assert [(r.killed, r.injured, r.total) for r in reports] == [(1417, 2038, 3455)]
    assert (reports[0].children_killed, reports[0].children_injured) == (121, 171)


def test_a_soft_hyphen_inside_a_word_is_left_out_of_a_pages_text() -> None:
    page = "<html><body><article><p>OHCHR recorded 3,455 civil&shy;ian casualties in Ukraine:"
    page += " 1,417 killed and 2,038 in&shy;jured.</p></article></body></html>"
    text = html_text(page.encode()).text
    assert "civilian casualties" in text and "2,038 injured" in text


def page_with_head(head: str, body: str = "<p>The update.</p>") -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


JSON_LD = '<script type="application/ld+json">{}</script>'


@pytest.mark.parametrize(
    ("page", "published"),
    [
        pytest.param(
            page_with_head(
                '<meta property="article:published_time" content="2022-04-04T10:00:00Z">'
            ),
            dt.date(2022, 4, 4),
            id="open-graph-meta",
        ),
        pytest.param(
            page_with_head('<meta name="DC.date.issued" content="2022-05-27">'),
            dt.date(2022, 5, 27),
            id="dublin-core-meta",
        ),
        pytest.param(
            page_with_head(
                JSON_LD.format(json.dumps({"@graph": [{"datePublished": "2022-06-24T08:00"}]}))
            ),
            dt.date(2022, 6, 24),
            id="json-ld-graph",
        ),
        pytest.param(
            page_with_head("", '<article><time datetime="2022-07-31">31 July</time></article>'),
            dt.date(2022, 7, 31),
            id="time-in-article",
        ),
        pytest.param(
            page_with_head(
                '<meta property="article:published_time" content="2022-04-04">',
                '<article><time datetime="2021-01-01">old</time></article>',
            ),
            dt.date(2022, 4, 4),
            id="meta-before-time",
        ),
        pytest.param(
            page_with_head(
                '<meta property="article:published_time" content="2022-04-04">'
                '<meta name="citation_publication_date" content="2022-04-05">'
            ),
            None,
            id="two-dates-is-none",
        ),
        pytest.param(
            page_with_head("", "<p>Published on 2021-01-01. As of 3 April 2022.</p>"),
            None,
            id="dates-in-text-are-not-metadata",
        ),
        pytest.param(
            page_with_head("", '<aside><time datetime="2020-02-02">other</time></aside>'),
            None,
            id="time-outside-the-article",
        ),
        pytest.param(page_with_head(JSON_LD.format("{broken")), None, id="broken-json-ld"),
        pytest.param(
            page_with_head('<meta property="article:published_time" content="April 4">'),
            None,
            id="not-iso",
        ),
    ],
)
def test_publication_date_comes_from_the_page_metadata(page: bytes, published) -> None:
    assert html_text(page).published == published


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        pytest.param(
            "3,455 civil-\nian casualties", "3,455 civilian casualties\n", id="hyphenated"
        ),
        pytest.param("4,735 in-\n\x0cjured.", "4,735 injured.\n", id="hyphen-across-a-page"),
        pytest.param("1,417 killed\nand 2,038", "1,417 killed and 2,038\n", id="line-in-sentence"),
        pytest.param(
            "killed and\n\n2,038 injured", "killed and 2,038 injured\n", id="blank-line-in-sentence"
        ),
        pytest.param("Update\n\nFrom 24 February", "Update\n\nFrom 24 February\n", id="heading"),
        pytest.param("injured.\n\n\n\nMost", "injured.\n\nMost\n", id="paragraphs-stay-apart"),
        pytest.param(
            "Russian-\nControlled areas", "Russian-Controlled areas\n", id="compound-kept"
        ),
        pytest.param("3 455 цивіль-\nних жертв", "3 455 цивільних жертв\n", id="any-script"),
        pytest.param(
            "3,455 civil\u00adian\u200b casualties", "3,455 civilian casualties\n", id="soft-hyphen"
        ),
        pytest.param("", "", id="empty"),
    ],
)
def test_line_breaks_of_a_page_layout_are_mended(text: str, repaired: str) -> None:
    assert repair_line_breaks(text) == repaired


def test_a_pdf_bulletin_reads_in_order_across_pages() -> None:
    text = pdf_text(bulletin_pdf(MAY_UPDATE_PAGES)).text
    assert "recorded 8,766 civilian casualties in the country: 4,031 killed and 4,735 injured." in (
        text
    )
    reports = parse_text(text)
    assert [(r.as_of, r.killed, r.injured, r.total) for r in reports] == [
        (dt.date(2022, 5, 26), 4031, 4735, 8766)
    ]


def test_read_document_takes_metadata_from_the_provenance_sidecar(tmp_path: Path) -> None:
    page = tmp_path / "update.html"
    page.write_bytes(update_page(published=None).encode())
    sidecar = {"source_url": "https://example.org/u", "published": "2022-04-04", "kind": "news"}
    (tmp_path / "update.html.provenance.json").write_text(json.dumps(sidecar))
    document = read_document(page)
    assert (document.source_url, document.published) == (
        "https://example.org/u",
        dt.date(2022, 4, 4),
    )
    assert document.metadata["kind"] == "news"
    [report] = parse_document(document)
    assert document.text[report.evidence["total"].start : report.evidence["total"].end] == "3,455"


def test_a_page_without_a_sidecar_still_reads_with_its_own_date(tmp_path: Path) -> None:
    page = tmp_path / "update.htm"
    page.write_bytes(update_page().encode())
    document = read_document(page)
    assert (document.source_url, document.published) == (None, dt.date(2022, 4, 4))


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.html", b"", "not an HTML page"),
        ("text.pdf", b"OHCHR recorded 3,455 civilian casualties", "not a PDF file"),
        ("cut.pdf", bulletin_pdf(MAY_UPDATE_PAGES)[:300], "not a readable PDF"),
    ],
)
def test_bytes_that_are_not_html_or_pdf_give_one_clear_error(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=f"{name}: {problem}"):
        read_document(path)


def test_a_broken_sidecar_is_named(tmp_path: Path) -> None:
    page = tmp_path / "update.html"
    page.write_bytes(update_page().encode())
    (tmp_path / "update.html.provenance.json").write_text("{not json")
    with pytest.raises(DocumentError, match=r"update\.html\.provenance\.json: not a readable"):
        read_document(page)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_either_extract_or_raise_value_error(data: bytes) -> None:
    for extract in (html_text, pdf_text):
        try:
            result = extract(data)
        except ValueError:
            continue
        assert isinstance(result.text, str)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab- \n\x0c.A1,"), max_size=60))
def test_mending_never_changes_the_words_and_numbers_other_than_joining(text: str) -> None:
    repaired = repair_line_breaks(text)
    squeeze = "".join(ch for ch in text if ch not in " \n\x0c-")
    assert "".join(ch for ch in repaired if ch not in " \n-") == squeeze
