"""Metadata written by WeasyPrint and by set_metadata, and the PDF/A and PDF/UA variants."""

from __future__ import annotations

import io
import logging
import xml.etree.ElementTree as ET

import pytest
import weasyprint
from pypdf import PdfReader

from edition.press.pdfmeta import check_metadata, set_metadata, variant_options

NS = {
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
}
HTML = """<html lang="en"><head><title>Small</title>
<meta name="author" content="Ann"><meta name="description" content="About it">
<meta name="keywords" content="one, two"></head>
<body><style>@page { size: A5 }</style><h1>Heading</h1><p>Body text.</p></body></html>"""
VALUES = {
    "title": "銀行與長城",
    "author": "陳信翰",
    "subject": "A study booklet",
    "keywords": ["中文", "pinyin"],
    "language": "zh-Hant",
    "creator": "edition 0.1.0",
}


@pytest.fixture
def weasyprint_logs(caplog):
    """Everything the 'weasyprint' logger says at warning level or above during the test."""
    caplog.set_level(logging.WARNING, logger="weasyprint")
    return lambda: [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")]


@pytest.fixture
def no_source_date(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def xmp_values(reader: PdfReader, namespace: str) -> dict[str, str]:
    """The properties of one XMP namespace, written as attributes or as elements."""
    root = ET.fromstring(reader.trailer["/Root"]["/Metadata"].get_object().get_data())
    found = {}
    for element in root.iter():
        for key, value in element.attrib.items():
            if key.startswith(f"{{{NS[namespace]}}}"):
                found[key.split("}")[1]] = value
        if element.tag.startswith(f"{{{NS[namespace]}}}"):
            found[element.tag.split("}")[1]] = element.text
    return found


def test_weasyprint_fills_info_and_lang_from_the_html_but_writes_no_xmp(weasyprint_logs):
    reader = PdfReader(io.BytesIO(weasyprint.HTML(string=HTML).write_pdf()))
    info = reader.metadata
    assert (info.title, info.author, info.subject, info["/Keywords"]) == (
        "Small",
        "Ann",
        "About it",
        "one, two",
    )
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert "/Metadata" not in reader.trailer["/Root"]
    assert "/Outlines" in reader.trailer["/Root"]  # bookmarks from <h1>, without being asked
    assert "/CreationDate" not in info
    assert weasyprint_logs() == []


def test_set_metadata_writes_info_xmp_and_lang(no_source_date):
    source = weasyprint.HTML(string=HTML).write_pdf()
    reader = PdfReader(io.BytesIO(set_metadata(source, **VALUES)))
    info = reader.metadata
    assert (info.title, info.author, info.subject, info["/Keywords"], info.creator) == (
        "銀行與長城",
        "陳信翰",
        "A study booklet",
        "中文, pinyin",
        "edition 0.1.0",
    )
    assert info.producer == "WeasyPrint 70.0"
    xmp = reader.xmp_metadata
    assert xmp.dc_title == {"x-default": "銀行與長城"}
    assert xmp.dc_creator == ["陳信翰"]
    assert xmp.dc_description == {"x-default": "A study booklet"}
    assert xmp.pdf_keywords == "中文, pinyin"
    assert sorted(xmp.dc_subject) == ["pinyin", "中文"]
    assert xmp.dc_language == ["zh-Hant"]
    assert xmp.xmp_create_date is None
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "zh-Hant"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (BooleanObject)
    assert "/CreationDate" not in info
    assert "/ModDate" not in info


def test_set_metadata_is_deterministic(no_source_date):
    source = weasyprint.HTML(string=HTML).write_pdf()
    first, second = set_metadata(source, **VALUES), set_metadata(source, **VALUES)
    assert first == second
    assert len(PdfReader(io.BytesIO(first)).trailer["/ID"]) == 2


def test_dates_come_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1753920000")  # 2025-07-31 00:00 UTC
    reader = PdfReader(io.BytesIO(set_metadata(weasyprint.HTML(string=HTML).write_pdf(), **VALUES)))
    assert reader.metadata["/CreationDate"] == "D:20250731000000Z"
    assert reader.metadata["/ModDate"] == "D:20250731000000Z"
    assert reader.xmp_metadata.xmp_create_date.isoformat() == "2025-07-31T00:00:00"
    assert reader.xmp_metadata.xmp_modify_date.isoformat() == "2025-07-31T00:00:00"


def test_bad_source_date_epoch_is_reported(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(
        ValueError, match=(r"^SOURCE_DATE_EPOCH must be whole seconds since 1970, got 'yesterday'$")
    ):
        set_metadata(weasyprint.HTML(string=HTML).write_pdf(), **VALUES)


@pytest.mark.parametrize("language", ["zh_TW", "Chinese", "", "zh-hant"])
def test_bad_language_is_refused(language):
    with pytest.raises(
        ValueError,
        match=(rf"^language '{language}' is not a BCP 47 tag such as 'zh', 'zh-Hant' or 'zh-CN'$"),
    ):
        set_metadata(b"", **{**VALUES, "language": language})


def test_check_metadata_names_what_is_missing(no_source_date):
    bare = weasyprint.HTML(string="<p>x</p>").write_pdf()
    assert check_metadata(bare) == [
        "no document title: give the HTML a <title> or call set_metadata()",
        "no /Lang in the catalog: give <html> a lang attribute",
        "no XMP metadata: WeasyPrint writes it only for a pdf_variant; call set_metadata()",
    ]
    assert check_metadata(set_metadata(bare, **VALUES)) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("pdf/a-3b", {"pdf_variant": "pdf/a-3b", "pdf_identifier": True}),
        ("pdf/ua-1", {"pdf_variant": "pdf/ua-1", "pdf_identifier": True}),
    ],
)
def test_variant_options(name, expected):
    assert variant_options(name) == expected


def test_unknown_variant_is_refused():
    with pytest.raises(
        ValueError,
        match=(r"^unknown PDF variant 'pdf/x-4'; expected one of 'pdf/a-3b', 'pdf/ua-1'$"),
    ):
        variant_options("pdf/x-4")


def test_pdf_a_3b_markers(weasyprint_logs, no_source_date):
    pdf = weasyprint.HTML(string=HTML).write_pdf(**variant_options("pdf/a-3b"))
    assert weasyprint_logs() == []
    reader = PdfReader(io.BytesIO(pdf))
    assert xmp_values(reader, "pdfaid") == {"part": "3", "conformance": "B"}
    intent = reader.trailer["/Root"]["/OutputIntents"][0]
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/DestOutputProfile"].get_object()["/N"] == 3  # WeasyPrint's own sRGB profile
    assert reader.pdf_header == "%PDF-1.7"
    assert len(reader.trailer["/ID"]) == 2
    # set_metadata keeps the identification and makes Info and XMP agree
    rewritten = PdfReader(io.BytesIO(set_metadata(pdf, **VALUES)))
    assert xmp_values(rewritten, "pdfaid") == {"part": "3", "conformance": "B"}
    assert rewritten.xmp_metadata.dc_title == {"x-default": rewritten.metadata.title}


def test_pdf_ua_1_markers(weasyprint_logs):
    html = HTML.replace(
        "<p>Body",
        '<img alt="dot" src="data:image/svg+xml,'
        '<svg xmlns=%22http://www.w3.org/2000/svg%22 width=%224%22 height=%224%22/>">'
        "<p>Body",
    )
    pdf = weasyprint.HTML(string=html).write_pdf(**variant_options("pdf/ua-1"))
    assert weasyprint_logs() == []
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (pypdf BooleanObject)
    assert root["/StructTreeRoot"].get_object()["/Type"] == "/StructTreeRoot"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    assert xmp_values(reader, "pdfuaid") == {"part": "1"}
    assert root["/Lang"] == "en"
    assert reader.xmp_metadata.dc_title == {"x-default": "Small"}
