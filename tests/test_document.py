"""Reading documents: decodings, front matter, and the errors a user meets."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from casualties import DocumentError, read_document

TEXT = "OHCHR recorded 1,417 civilians killed — «as stated»."


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8 with BOM"),
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), id="utf-16 LE with BOM"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16 BE with BOM"),
        pytest.param(TEXT.encode("cp1252"), id="cp1252"),
    ],
)
def test_text_decodes_whatever_the_encoding(tmp_path, raw: bytes) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(raw)
    assert read_document(path).text == TEXT


def test_front_matter_gives_metadata_and_is_not_text(tmp_path) -> None:
    path = tmp_path / "doc.md"
    path.write_text(
        "---\npublished: 2022-04-05\nsource_url: https://example.org/a\nlanguage: en\n---\n"
        + TEXT
        + "\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.published == dt.date(2022, 4, 5)
    assert document.source_url == "https://example.org/a"
    assert document.text == TEXT


def test_front_matter_codes_stay_strings(tmp_path) -> None:
    """YAML 1.2: Norway's codes are not the YAML 1.1 boolean 'no'."""
    path = tmp_path / "doc.md"
    path.write_text("---\nlanguage: no\ncountry: NO\n---\n" + TEXT, encoding="utf-8")
    document = read_document(path)
    assert (document.language, document.metadata["country"]) == ("no", "NO")


@pytest.mark.parametrize(
    ("name", "raw", "problem"),
    [
        ("nul.txt", b"abc\x00def", "not a text document"),
        ("bad-date.txt", b"---\npublished: 2022-13-45\n---\ntext", "front matter"),
        ("not-a-date.txt", b"---\npublished: soon\n---\ntext", "not a date"),
        ("yaml.txt", b"---\npublished: [1\n---\ntext", "malformed front matter"),
        ("unclosed.txt", b"---\npublished: 2022-01-01\ntext", "no closing"),
        ("twice.txt", b"---\nkind: news\nkind: bulletin\n---\ntext", "duplicate mapping key"),
        ("doc.pdf", b"%PDF-1.4", "not a readable PDF"),
        ("doc.docx", b"PK", "unsupported file type"),
    ],
)
def test_unreadable_documents_raise_a_document_error_naming_the_file(
    tmp_path, name, raw, problem
) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    with pytest.raises(DocumentError, match=problem) as caught:
        read_document(path)
    assert str(path) in str(caught.value)


def test_missing_file_and_directory_are_document_errors(tmp_path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(DocumentError, match="directory"):
        read_document(tmp_path)
