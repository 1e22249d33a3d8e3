"""The commented transcript: one Word comment per coding, anchored on exactly the coded text."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from caqda.core import codebook, coders, documents
from caqda.core.coding import CodingFilter, add_coding, list_codings
from caqda.core.errors import CaqdaError
from caqda.core.exports import export_transcript_docx
from caqda.core.project import Project


def _anchored_texts(path: Path) -> dict[int, str]:
    """The text between each comment's range start and end, walking the body in order.

    Paragraphs are the text's lines, so a range that runs on to the next paragraph gains a
    line break; line-number runs (style "line number") are margin labels, not text.
    """
    body = docx.Document(str(path)).element.body
    open_ids: set[int] = set()
    texts: dict[int, str] = defaultdict(str)
    for paragraph in body.iter(qn("w:p")):
        for element in paragraph.iter(qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:r")):
            if element.tag == qn("w:commentRangeStart"):
                open_ids.add(int(element.get(qn("w:id"))))
                texts[int(element.get(qn("w:id")))] += ""
            elif element.tag == qn("w:commentRangeEnd"):
                open_ids.discard(int(element.get(qn("w:id"))))
            else:
                style = element.find(f"{qn('w:rPr')}/{qn('w:rStyle')}")
                if style is not None and style.get(qn("w:val")) == "LineNumber":
                    continue
                content = "".join(
                    child.text if child.tag == qn("w:t") else "\t" if child.tag == qn("w:tab") else "\n"
                    for child in element
                    if child.tag in (qn("w:t"), qn("w:tab"), qn("w:br"))
                )
                for comment_id in open_ids:
                    texts[comment_id] += content
        for comment_id in open_ids:
            texts[comment_id] += "\n"
    assert not open_ids, "every comment range is closed"
    return dict(texts)


def _exported(path: Path) -> Counter[tuple[str, str, str]]:
    """(author, first line of the comment, anchored text) of every comment."""
    anchored = _anchored_texts(path)
    comments = list(docx.Document(str(path)).comments)
    return Counter((c.author, c.text.split("\n")[0], anchored[c.comment_id]) for c in comments)


def _expected(project: Project, document_id: int, coder_ids: tuple[int, ...] | None = None) -> Counter:
    text = documents.document_text(project, document_id)
    codes = {code.id: code for code in codebook.list_codes(project)}
    names = {coder.id: coder.name for coder in coders.list_coders(project)}
    expected: Counter[tuple[str, str, str]] = Counter()
    for coding in list_codings(project, CodingFilter(document_ids=(document_id,), coder_ids=coder_ids)):
        code = codes[coding.code_id]
        label = f"{code.name} ({codes[code.parent_id].name})" if code.parent_id else code.name
        expected[(names[coding.coder_id], label, text[coding.start : coding.end].strip("\n"))] += 1
    return expected


def test_every_coding_is_a_comment_anchored_on_its_text(demo: Project, tmp_path: Path) -> None:
    document = documents.find_document(demo, "E01 Marketing and communication manager")
    path = tmp_path / "E01.docx"
    summary = export_transcript_docx(demo, path, document.id)
    codings = list_codings(demo, CodingFilter(document_ids=(document.id,)))
    assert summary.items == len(codings) == len(docx.Document(str(path)).comments) > 20
    assert _exported(path) == _expected(demo, document.id)


def test_comment_author_initials_code_and_memo(demo: Project, tmp_path: Path) -> None:
    document = documents.find_document(demo, "E01 Marketing and communication manager")
    path = tmp_path / "E01.docx"
    export_transcript_docx(demo, path, document.id)
    comments = list(docx.Document(str(path)).comments)
    assert {c.author for c in comments} == {"Ana", "Bruno"}
    assert {(c.author, c.initials) for c in comments} == {("Ana", "A"), ("Bruno", "B")}
    codes = {code.id: code.name for code in codebook.list_codes(demo)}
    memos = [c for c in list_codings(demo, CodingFilter(document_ids=(document.id,))) if c.memo]
    assert memos
    texts = [c.text for c in comments]
    for coding in memos:
        assert any(codes[coding.code_id] in text and f"Memo: {coding.memo}" in text for text in texts)


def test_lines_are_numbered_paragraphs_with_bold_speaker_labels(demo: Project, tmp_path: Path) -> None:
    document = documents.find_document(demo, "E05 Nursing coordinator")
    path = tmp_path / "E05.docx"
    export_transcript_docx(demo, path, document.id)
    text = documents.document_text(demo, document.id)
    lines = text.split("\n")
    paragraphs = [p for p in docx.Document(str(path)).paragraphs if p.style.name == "Transcript"]
    assert len(paragraphs) == len(lines)
    for number, (paragraph, line) in enumerate(zip(paragraphs, lines, strict=True), start=1):
        assert paragraph.runs[0].text == f"{number}\t" and paragraph.runs[0].style.name == "line number"
        assert paragraph.text == f"{number}\t{line}"
    turn = documents.speaker_turns(demo, document.id)[3]
    line_index = text.count("\n", 0, turn.start)
    label = paragraphs[line_index].runs[1]
    assert label.bold and label.text == text[turn.start : turn.content_start]


def test_coded_runs_are_shaded(demo: Project, tmp_path: Path) -> None:
    document = documents.find_document(demo, "E01 Marketing and communication manager")
    path = tmp_path / "E01.docx"
    export_transcript_docx(demo, path, document.id)
    body = docx.Document(str(path)).element.body
    shaded = [run for run in body.iter(qn("w:r")) if run.find(f"{qn('w:rPr')}/{qn('w:shd')}") is not None]
    assert shaded
    # shading starts where a comment range starts
    start = next(body.iter(qn("w:commentRangeStart")))
    following = start.getnext()
    while following.tag == qn("w:commentRangeStart"):  # several codings start there
        following = following.getnext()
    assert following.find(f"{qn('w:rPr')}/{qn('w:shd')}") is not None


def test_coder_filter(demo: Project, tmp_path: Path) -> None:
    document = documents.find_document(demo, "E03 Ombudsman coordinator")
    ana = coders.find_coder(demo, "Ana")
    path = tmp_path / "E03.docx"
    summary = export_transcript_docx(demo, path, document.id, coder_ids=[ana.id])
    assert {c.author for c in docx.Document(str(path)).comments} == {"Ana"}
    assert summary.items == len(
        list_codings(demo, CodingFilter(document_ids=(document.id,), coder_ids=(ana.id,)))
    )
    assert _exported(path) == _expected(demo, document.id, (ana.id,))


@pytest.fixture
def overlapping(project: Project, tmp_path: Path):  # type: ignore[no-untyped-def]
    source = tmp_path / "E05.txt"
    source.write_text(
        "Interviewer: How was it?\n"
        "E05: The family thanked us on Facebook 😀. It was lovely.\n"
        "Interviewer: And then?\n"
        "E05: Then\tnothing happened, Dona Célia said.\n",
        "utf-8",
    )
    document = documents.import_file(project, source).document
    assert document is not None
    text = documents.document_text(project, document.id)
    praise = codebook.add_code(project, "Acknowledging praise", color="#98df8a")
    emotion = codebook.add_code(project, "Emotional value", color="#ffcc80")
    ana, bruno = coders.ensure_coder(project, "Ana"), coders.ensure_coder(project, "Bruno Souza")

    def code(fragment_start: str, fragment_end: str, code_id: int, coder_id: int, memo: str = "") -> None:
        start = text.index(fragment_start)
        end = text.index(fragment_end, start) + len(fragment_end)
        add_coding(
            project,
            document_id=document.id,
            code_id=code_id,
            coder_id=coder_id,
            start=start,
            end=end,
            memo=memo,
        )

    code("thanked", "And then?", praise.id, ana.id, memo="spans two lines")
    code("Facebook", "It was", emotion.id, ana.id)
    code("Facebook", "lovely.", emotion.id, bruno.id)  # same start, longer
    code("Facebook", "It was", praise.id, bruno.id)  # same range, another code and coder
    code("😀", "😀", emotion.id, bruno.id)  # one astral character
    code("Then\tnothing", "happened", praise.id, bruno.id, memo="with a tab")
    code("Interviewer: How", "said.", emotion.id, ana.id)  # the whole text
    start = text.index("\nInterviewer: And")  # begins on a line break
    add_coding(
        project, document_id=document.id, code_id=praise.id, coder_id=ana.id, start=start, end=start + 14
    )
    return project, document


def test_overlapping_and_multi_paragraph_codings_anchor_exactly(overlapping, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project, document = overlapping
    path = tmp_path / "overlapping.docx"
    summary = export_transcript_docx(project, path, document.id)
    assert summary.items == 8 == len(docx.Document(str(path)).comments)
    assert _exported(path) == _expected(project, document.id)
    comments = list(docx.Document(str(path)).comments)
    assert {(c.author, c.initials) for c in comments} == {("Ana", "A"), ("Bruno Souza", "BS")}


def test_document_without_codings_is_a_plain_transcript(project: Project, tmp_path: Path) -> None:
    source = tmp_path / "plain.txt"
    source.write_text("A: one\nB: two\nA: three\nB: four\n", "utf-8")
    document = documents.import_file(project, source).document
    assert document is not None
    path = tmp_path / "plain.docx"
    assert export_transcript_docx(project, path, document.id).items == 0
    result = docx.Document(str(path))
    assert len(result.comments) == 0
    assert [p.text for p in result.paragraphs if p.style.name == "Transcript"][-1] == "4\tB: four"


def test_unknown_document_is_a_plain_error(demo: Project, tmp_path: Path) -> None:
    with pytest.raises(CaqdaError, match="no document with id 999"):
        export_transcript_docx(demo, tmp_path / "x.docx", 999)
    assert not (tmp_path / "x.docx").exists()
