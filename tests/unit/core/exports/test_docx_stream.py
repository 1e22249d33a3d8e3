"""The streamed body of a Word report is byte for byte what the element tree would serialize
to: ``paragraph_xml`` is checked against lxml's serialization of ``docx_common.paragraph``,
and a streamed report reads back with python-docx in the order it was written."""

from __future__ import annotations

import zipfile

import docx
import pytest
from lxml import etree

from caqda.core.exports.docx_common import WordReport, paragraph, run, table
from caqda.core.exports.docx_stream import element_xml, paragraph_xml
from caqda.core.project import Project

TEXTS = [
    "plain words",
    " leading and trailing ",
    "a & b < c > d \"quoted\" 'single'",
    "line one\nline two\n\nafter a blank",
    "tab\tseparated\t\tcells\t",
    "\ttab first",
    "carriage\r\nreturn",
    "acentuação, 日本語, emoji 🙂",
    "control \x01\x0b chars \ufffe removed",
    "\x01",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    "options",
    [
        {},
        {"style": "Quote", "left_border": "1F77B4"},
        {"style": "SegmentMeta", "keep_next": True, "space_after": 0},
        {"style": "SegmentMeta"},
        {"space_after": 120},
    ],
)
def test_paragraph_xml_is_what_lxml_serializes(text: str, options: dict) -> None:
    document = docx.Document()  # a body with the document's namespaces, as in a report
    element = paragraph(options.get("style"), text, parent=document.element.body, **_without_style(options))
    assert paragraph_xml(options.get("style"), text, **_without_style(options)).encode() == element_xml(
        element
    )


@pytest.mark.parametrize("memo", ["a memo", " spaced\tmemo\nwith lines ", "&<>"])
def test_memo_runs_are_what_lxml_serializes(memo: str) -> None:
    document = docx.Document()
    element = paragraph("SegmentMemo", parent=document.element.body)
    run(element, "Memo: ", bold=True)
    run(element, memo)
    expected = etree.tostring(element, encoding="UTF-8")
    assert b"xmlns" in expected  # serialized alone, lxml repeats the declarations ...
    assert b"xmlns" not in element_xml(element)  # ... which the stream leaves to the root
    streamed = paragraph_xml("SegmentMemo", runs=(("Memo: ", True), (memo, False))).encode()
    assert streamed == element_xml(element)


def _without_style(options: dict) -> dict:
    return {key: value for key, value in options.items() if key != "style"}


def test_a_streamed_report_keeps_its_order_contents_and_ending(tmp_path) -> None:
    project = Project.create(tmp_path / "p.caqda")
    try:
        report = WordReport(project, kind="Test", title="Streamed")
        report.title_block("Title", "Subtitle", ["info"])
        report.table_of_contents()
        report.heading(1, "First")
        for index in range(3):
            report.write_xml(paragraph_xml("Quote", f"quote {index}", left_border="FF0000"))
        report.heading(2, "Second")
        report.write_xml(paragraph_xml("SegmentMeta", "streamed & escaped"))
        report.add(table([["a", "b"], ["1", "2"]], [2000, 2000]))  # a table after the stream
        target = tmp_path / "streamed.docx"
        report.save(target)
    finally:
        project.close()
    read = docx.Document(str(target))
    texts = [p.text for p in read.paragraphs]
    first = len(texts) - 1 - texts[::-1].index("First")  # the heading, after its contents entry
    assert texts[first : first + 6] == [
        "First",
        "quote 0",
        "quote 1",
        "quote 2",
        "Second",
        "streamed & escaped",
    ]
    # The contents, filled on save, list the headings written after it, before the body.
    contents = texts.index("Contents")
    assert texts[contents + 1 : contents + 3] == ["First", "Second"] and contents + 3 <= first
    assert [[cell.text for cell in row.cells] for row in read.tables[0].rows] == [["a", "b"], ["1", "2"]]
    body = read.element.body
    assert body[-1].tag.endswith("sectPr") and body[-2].tag.endswith("}p")  # a paragraph ends it
    with zipfile.ZipFile(target) as package:
        assert package.testzip() is None
        assert b"caqda-streamed-body" not in package.read("word/document.xml")


def test_ranges_of_another_file_go_into_the_body_in_their_place(tmp_path) -> None:
    """The segments report hands the stream ranges of its spool file (not copied until saved):
    they land between what was written before and after them, in the order given."""
    spool = tmp_path / "spool.xml"
    pieces = [paragraph_xml("Quote", f"spooled {index}").encode() for index in range(3)]
    spool.write_bytes(b"junk" + pieces[0] + b"junk" + pieces[1] + pieces[2])
    ranges = [(4, len(pieces[0])), (8 + len(pieces[0]), len(pieces[1]) + len(pieces[2]))]
    project = Project.create(tmp_path / "p.caqda")
    try:
        report = WordReport(project, kind="Test", title="Ranges")
        report.table_of_contents()
        report.heading(1, "Before")
        with spool.open("rb") as file:
            report.write_ranges(file, ranges)
            report.write_xml(paragraph_xml("Quote", "written after"))
            report.heading(1, "After")
            report.write_ranges(file, ranges[:1])
            report.save(tmp_path / "ranges.docx")
    finally:
        project.close()
    texts = [p.text for p in docx.Document(str(tmp_path / "ranges.docx")).paragraphs]
    before = len(texts) - 1 - texts[::-1].index("Before")
    assert texts[before : before + 7] == [
        "Before",
        "spooled 0",
        "spooled 1",
        "spooled 2",
        "written after",
        "After",
        "spooled 0",
    ]
