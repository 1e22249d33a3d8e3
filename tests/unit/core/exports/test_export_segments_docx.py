"""The coded-segments Word report, read back with python-docx: headings, quotes, metadata,
table of contents, page numbers, groupings, filters and refusals."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from caqda.core import codebook, coders, documents
from caqda.core.coding import list_codings
from caqda.core.exports import ExportError, export_segments_docx
from caqda.core.exports.segments import SegmentQuery, collect_segments
from caqda.core.models import Code
from caqda.core.project import Project
from caqda.core.summary import coded_segments
from caqda.core.text import line_number, line_starts


def _paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph."""
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def _headings(path: Path, level: int) -> list[str]:
    return [text for style, text in _paragraphs(path) if style == f"Heading {level}"]


def _instructions(element) -> str:  # type: ignore[no-untyped-def]
    return "".join(node.text or "" for node in element.iter(qn("w:instrText")))


def _expected_meta(project: Project, document_name: str, coder: str, start: int, end: int) -> str:
    """document · speaker · lines · coder, worked out here from the core, not from the export."""
    document = documents.find_document(project, document_name)
    text = documents.document_text(project, document.id)
    starts = line_starts(text)
    first, last = line_number(starts, start), line_number(starts, end - 1)
    speaker = next(
        (t.speaker for t in documents.speaker_turns(project, document.id) if t.start <= start < t.end), None
    )
    lines = f"line {first}" if first == last else f"lines {first}–{last}"
    return " · ".join(part for part in (document_name, speaker, lines, coder) if part)


def test_grouped_by_code_has_spheres_as_heading1_and_codes_as_heading2(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "segments.docx"
    summary = export_segments_docx(demo, path)
    all_segments = coded_segments(demo)
    assert summary.path == path and summary.items == len(all_segments) == len(list_codings(demo))

    used = {segment.code for segment in all_segments}
    codes = codebook.list_codes(demo)
    spheres = [code.name for code in codes if code.parent_id is None]
    children = [code.name for code in codes if code.parent_id is not None and code.name in used]
    assert _headings(path, 1) == spheres
    assert _headings(path, 2) == children
    quotes = [text for style, text in _paragraphs(path) if style == "Quote"]
    assert len(quotes) == len(all_segments)


def test_each_code_section_opens_with_definition_and_count(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "segments.docx"
    export_segments_docx(demo, path)
    paragraphs = _paragraphs(path)
    code = codebook.find_code(demo, "Monitoring and listening")
    count = len(coded_segments(demo, code_ids=[code.id]))
    index = paragraphs.index(("Heading 2", code.name))
    assert paragraphs[index + 1][1] == code.definition
    assert paragraphs[index + 2][1].startswith(f"{count} segments · ")
    # and then exactly that many quotes before the next heading
    following = []
    for style, _ in paragraphs[index + 3 :]:
        if style.startswith("Heading"):
            break
        following.append(style)
    assert following.count("Quote") == count


def test_quote_is_exact_and_followed_by_its_metadata_line(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "segments.docx"
    export_segments_docx(demo, path)
    paragraphs = _paragraphs(path)
    segments = coded_segments(demo)
    texts = Counter(s.text for s in segments)
    segment = next(
        s for s in segments if s.code == "Peer support" and s.coder == "Bruno" and texts[s.text] == 1
    )
    index = paragraphs.index(("Quote", segment.text))
    assert paragraphs[index + 1] == (
        "Segment Meta",
        _expected_meta(demo, segment.document, segment.coder, segment.start, segment.end),
    )
    assert " · lines " in paragraphs[index + 1][1] or " · line " in paragraphs[index + 1][1]


def test_memo_follows_the_metadata_line(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "segments.docx"
    export_segments_docx(demo, path)
    paragraphs = _paragraphs(path)
    segments = coded_segments(demo)
    texts = Counter(s.text for s in segments)
    segment = next(s for s in segments if s.memo and texts[s.text] == 1)
    index = paragraphs.index(("Quote", segment.text))
    assert paragraphs[index + 2] == ("Segment Memo", f"Memo: {segment.memo.strip()}")


def test_quote_bar_has_the_code_colour(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "segments.docx"
    export_segments_docx(demo, path)
    code = codebook.find_code(demo, "Emotional value")
    segment = coded_segments(demo, code_ids=[code.id])[0]
    quote = next(p for p in docx.Document(str(path)).paragraphs if p.text == segment.text)
    border = quote._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:left')}")
    assert border.get(qn("w:color")) == code.color.lstrip("#").upper()


def test_toc_field_update_on_open_header_and_page_numbers(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "segments.docx"
    export_segments_docx(demo, path)
    document = docx.Document(str(path))
    body = document.element.body
    assert 'TOC \\o "1-3" \\h \\z \\u' in _instructions(body)
    toc_entries = [p.text for p in document.paragraphs if p.style.name.lower() in ("toc 1", "toc 2")]
    assert toc_entries[:2] == ["Provider sphere", "Social media strategy and planning"]
    update = document.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"

    section = document.sections[0]
    footer_fields = _instructions(section.footer._element)
    assert "PAGE" in footer_fields.split() and "NUMPAGES" in footer_fields.split()
    header = section.header.paragraphs[0].text
    assert demo.path.stem in header and "exported 20" in header
    assert document.paragraphs[0].text == "Coded segments"
    assert document.paragraphs[0].style.name == "Title"
    # the first section starts on a fresh page after the contents: no blank page before it
    first_heading = next(p for p in document.paragraphs if p.style.name == "Heading 1")
    assert first_heading.paragraph_format.page_break_before
    assert not any(p.paragraph_format.page_break_before for p in document.paragraphs if p.text == "")


@pytest.mark.parametrize(
    ("group_by", "expected_headings"),
    [
        ("coder", ["Ana", "Bruno"]),
        ("document", None),  # the documents in project order
        ("speaker", None),
        ("attribute:department", None),
    ],
)
def test_other_groupings(
    demo: Project, tmp_path: Path, group_by: str, expected_headings: list[str] | None
) -> None:
    path = tmp_path / "segments.docx"
    summary = export_segments_docx(demo, path, group_by=group_by)
    headings = _headings(path, 1)
    segments = coded_segments(demo)
    if group_by == "document":
        expected_headings = [d.name for d in documents.list_documents(demo)]
    elif group_by == "speaker":
        speakers = {row.speaker or "(no speaker)" for row in collect_segments(demo, SegmentQuery())}
        assert set(headings) == speakers
        expected_headings = sorted(speakers)
        assert "E05" in headings
    elif group_by.startswith("attribute"):
        departments = {
            documents.attributes(demo, d.id).get("Department", "(no value)")
            for d in documents.list_documents(demo)
        }
        assert set(headings) == departments
        expected_headings = headings
    assert headings == expected_headings
    quotes = [text for style, text in _paragraphs(path) if style == "Quote"]
    assert summary.items == len(quotes) == len(segments)


def test_filters_select_the_same_segments_as_the_core(demo: Project, tmp_path: Path) -> None:
    ana = coders.find_coder(demo, "Ana")
    code = codebook.find_code(demo, "Complaint handling and service recovery")
    path = tmp_path / "filtered.docx"
    summary = export_segments_docx(demo, path, code_ids=[code.id], coder_ids=[ana.id])
    expected = coded_segments(demo, code_ids=[code.id], coder_ids=[ana.id])
    assert summary.items == len(expected) > 0
    quotes = [text for style, text in _paragraphs(path) if style == "Quote"]
    assert quotes == [segment.text for segment in expected]
    info = " ".join(text for style, text in _paragraphs(path) if style == "Report Info")
    assert "coders: Ana" in info and code.name in info


def test_attribute_filter_keeps_matching_documents_only(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "nursing.docx"
    summary = export_segments_docx(
        demo, path, group_by="document", attribute_filter={"Department": "nursing"}
    )
    nursing = documents.find_document(demo, "E05 Nursing coordinator")
    assert _headings(path, 1) == [nursing.name]
    assert summary.items == len(coded_segments(demo, document_ids=[nursing.id]))


def test_parent_code_segments_come_before_its_subcodes(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "segments.docx"
    export_segments_docx(demo, path)
    paragraphs = _paragraphs(path)
    sphere: Code = codebook.find_code(demo, "Provider sphere")
    own = coded_segments(demo, code_ids=[sphere.id])
    start = paragraphs.index(("Heading 1", sphere.name))
    first_child = next(i for i in range(start + 1, len(paragraphs)) if paragraphs[i][0] == "Heading 2")
    quotes = [text for style, text in paragraphs[start:first_child] if style == "Quote"]
    assert quotes == [segment.text for segment in own]


def test_refusals_are_plain_and_leave_no_file(demo: Project, project: Project, tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    with pytest.raises(ExportError, match="cannot be grouped by 'colour'"):
        export_segments_docx(demo, path, group_by="colour")
    with pytest.raises(ExportError, match="No document has an attribute called 'Shoe size'"):
        export_segments_docx(demo, path, group_by="attribute:Shoe size")
    with pytest.raises(ExportError, match="Nothing to export"):
        export_segments_docx(demo, path, attribute_filter={"Department": "Astronomy"})
    with pytest.raises(ExportError, match="Nothing to export"):
        export_segments_docx(project, path)
    with pytest.raises(ExportError, match="does not exist"):
        export_segments_docx(demo, tmp_path / "missing" / "x.docx")
    with pytest.raises(ExportError, match=r"should end in \.docx"):
        export_segments_docx(demo, tmp_path / "x.pdf")
    assert sorted(p.name for p in tmp_path.iterdir() if "x." in p.name) == []


def test_export_replaces_an_existing_report(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "segments.docx"
    path.write_bytes(b"old")
    export_segments_docx(demo, path, group_by="coder")
    assert _headings(path, 1) == ["Ana", "Bruno"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
