"""The .docx importer reads the main document as a stream (issue 14, import memory); it must
give exactly the text and attributes the tree-based reader gave through python-docx.

``_reference_extract`` below is that reader as it was (python-docx builds the whole package and
tree; the body is walked element by element), kept here only to compare with. Documents are
the real NVivo .docx files nested in the REFI-QDA fixtures and documents generated from random
mixes of the markup Word writes (tables, nested tables, merged cells, tracked changes, content
controls, entities, hyperlinks, fields, text boxes, alternate content, breaks).
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from caqda.core.errors import DocumentImportError
from caqda.core.importers import docx as docx_importer

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

# -- the reader as it was -------------------------------------------------------------------------
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED = {
    _W + "del",
    _W + "moveFrom",
    _W + "pPr",
    _W + "rPr",
    _W + "tcPr",
    _W + "sdtPr",
    _W + "sdtEndPr",
    _W + "txbxContent",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
}


def _reference_extract(data: bytes) -> tuple[str, dict[str, str]]:
    document = docx.Document(io.BytesIO(data))
    lines = list(_blocks(document.element.body))
    attributes = {}
    for key, value in (
        ("Title", document.core_properties.title),
        ("Author", document.core_properties.author),
    ):
        if (value or "").strip():
            attributes[key] = (value or "").strip()
    return "\n".join(line for line in lines if line.strip()), attributes


def _blocks(container: Any) -> Iterator[str]:
    for child in container:
        if child.tag == _W + "p":
            parts: list[str] = []
            _inline(child, parts)
            yield "".join(parts)
        elif child.tag == _W + "tbl":
            yield from _rows(child)
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif child.tag == _W + "customXml":
            yield from _blocks(child)


def _inline(element: Any, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == _W + "t":
            parts.append(child.text or "")
            parts.extend(inner.tail or "" for inner in child)
        elif tag in (_W + "tab", _W + "ptab"):
            parts.append("\t")
        elif tag == _W + "br":
            parts.append("" if child.get(_W + "type") in ("page", "column") else "\n")
        elif tag == _W + "cr":
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        else:
            _inline(child, parts)


def _ancestor(element: Any, tag: str) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _rows(table: Any) -> Iterator[str]:
    for row in table.iter(_W + "tr"):
        if _ancestor(row, _W + "tbl") is not table:
            continue
        cells = []
        for cell in row.iter(_W + "tc"):
            if _ancestor(cell, _W + "tr") is not row:
                continue
            merge = cell.find(f"{_W}tcPr/{_W}vMerge")
            if merge is not None and merge.get(_W + "val", "continue") == "continue":
                cells.append("")
                continue
            cells.append(" ".join(line.strip() for line in _blocks(cell) if line.strip()))
        if any(cells):
            yield "\t".join(cells)


# -- documents to compare on ---------------------------------------------------------------------
def _streamed(data: bytes) -> tuple[str, dict[str, str]]:
    extracted = docx_importer.extract(data, "E05.docx")
    return extracted.text, extracted.attributes


def _nested_docx() -> list[bytes]:
    found = []
    for qdpx in sorted((FIXTURES / "refi").glob("*.qdpx")):
        with zipfile.ZipFile(qdpx) as package:
            found += [package.read(name) for name in package.namelist() if name.lower().endswith(".docx")]
    return found


def test_real_word_files_read_the_same() -> None:
    files = _nested_docx()
    assert len(files) == 3
    for data in files:
        text, attributes = _streamed(data)
        assert (text, attributes) == _reference_extract(data)
        assert len(text) > 100


_WORDS = ["Interviewer:", "E05:", "ação", "São Paulo", "ouvidoria", "😀", "a&b", "<x>", "  ", "fim."]


def _run(generator: random.Random) -> str:
    words = " ".join(generator.choices(_WORDS, k=generator.randint(1, 4)))
    escaped = words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    space = " xml:space='preserve'" if generator.random() < 0.5 else ""
    return f"<w:r><w:rPr><w:b/></w:rPr><w:t{space}>{escaped}</w:t></w:r>"


def _inline_markup(generator: random.Random, depth: int = 0) -> str:
    choices = [
        lambda: _run(generator),
        lambda: "<w:r><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t><w:br w:type='page'/><w:cr/></w:r>",
        lambda: (
            "<w:r><w:noBreakHyphen/><w:ptab w:relativeTo='margin' w:alignment='right' w:leader='none'/></w:r>"
        ),
        lambda: f"<w:ins w:id='1' w:author='Ana' w:date='2024-03-12T00:00:00Z'>{_run(generator)}</w:ins>",
        lambda: (
            "<w:del w:id='2' w:author='Ana' w:date='2024-03-12T00:00:00Z'><w:r><w:delText>apagado</w:delText>"
            "</w:r></w:del>"
        ),
        lambda: f"<w:moveFrom w:id='3' w:author='Ana'>{_run(generator)}</w:moveFrom>",
        lambda: f"<w:moveTo w:id='4' w:author='Ana'>{_run(generator)}</w:moveTo>",
        lambda: f"<w:hyperlink w:anchor='x'>{_run(generator)}</w:hyperlink>",
        lambda: f"<w:fldSimple w:instr=' PAGE '>{_run(generator)}</w:fldSimple>",
        lambda: (
            "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>"
            f"<w:r><w:fldChar w:fldCharType='separate'/></w:r>{_run(generator)}"
            "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
        ),
        lambda: f"<w:smartTag w:uri='u' w:element='place'>{_run(generator)}</w:smartTag>",
        lambda: (
            f"<w:sdt><w:sdtPr><w:alias w:val='Campo'/></w:sdtPr><w:sdtContent>{_run(generator)}"
            "</w:sdtContent></w:sdt>"
        ),
        lambda: (
            "<w:r><w:pict><v:shape xmlns:v='urn:schemas-microsoft-com:vml'><v:textbox><w:txbxContent>"
            "<w:p><w:r><w:t>Legenda</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        ),
        lambda: (
            "<mc:AlternateContent xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'>"
            f"<mc:Choice Requires='wps'>{_run(generator)}</mc:Choice>"
            f"<mc:Fallback>{_run(generator)}</mc:Fallback>"
            "</mc:AlternateContent>"
        ),
        lambda: "<w:r><w:t>antes &clinic; depois</w:t></w:r>",
        lambda: "<w:r><w:t>&clinic; </w:t></w:r>",
        lambda: "<w:r><w:t> </w:t></w:r>",
        lambda: "<w:bookmarkStart w:id='0' w:name='m'/>\n  <w:bookmarkEnd w:id='0'/>",
        lambda: "<w:commentRangeStart w:id='0'/><w:r><w:t>comentado</w:t></w:r><w:commentRangeEnd w:id='0'/>",
    ]
    count = generator.randint(0, 5 if depth == 0 else 2)
    return ("\n " if generator.random() < 0.3 else "").join(generator.choice(choices)() for _ in range(count))


def _paragraph(generator: random.Random) -> str:
    return f"<w:p><w:pPr><w:jc w:val='left'/></w:pPr>{_inline_markup(generator)}</w:p>"


def _cell(generator: random.Random, depth: int) -> str:
    properties = generator.choice(
        [
            "",
            "<w:tcPr><w:vMerge w:val='restart'/></w:tcPr>",
            "<w:tcPr><w:vMerge/></w:tcPr>",
            "<w:tcPr><w:gridSpan w:val='2'/></w:tcPr>",
        ]
    )
    blocks = "".join(_block(generator, depth + 1) for _ in range(generator.randint(1, 3)))
    return f"<w:tc>{properties}{blocks}</w:tc>"


def _table(generator: random.Random, depth: int) -> str:
    rows = "".join(
        "<w:tr>" + "".join(_cell(generator, depth) for _ in range(generator.randint(1, 3))) + "</w:tr>"
        for _ in range(generator.randint(1, 3))
    )
    return f"<w:tbl><w:tblPr/>{rows}</w:tbl>"


def _block(generator: random.Random, depth: int = 0) -> str:
    kinds = ["p", "p", "p"] + (["tbl", "sdt", "customXml"] if depth < 3 else [])
    kind = generator.choice(kinds)
    if kind == "p":
        return _paragraph(generator)
    if kind == "tbl":
        return _table(generator, depth)
    if kind == "sdt":
        return f"<w:sdt><w:sdtPr/><w:sdtContent>{_block(generator, depth + 1)}</w:sdtContent></w:sdt>"
    return f"<w:customXml w:element='answer'>{_block(generator, depth + 1)}</w:customXml>"


def _generated(seed: int) -> bytes:
    generator = random.Random(seed)
    document = docx.Document()
    document.core_properties.title = generator.choice(["", "  Entrevista E05 ", "Título"])
    document.core_properties.author = generator.choice(["", "Ana", " Bruno "])
    document.sections[0].header.paragraphs[0].text = "Cabeçalho"
    buffer = io.BytesIO()
    document.save(buffer)
    blocks = "\n  ".join(_block(generator) for _ in range(generator.randint(1, 12)))
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                data = source.read(info)
                if info.filename == "word/document.xml":
                    declaration, rest = data.split(b"?>", 1)
                    doctype = b'<!DOCTYPE w:document [<!ENTITY clinic "Santa Clara">]>'
                    data = (
                        declaration
                        + b"?>"
                        + doctype
                        + re.sub(rb"<w:body>", b"<w:body>\n  " + blocks.encode("utf-8"), rest, count=1)
                    )
                target.writestr(info, data)
    return out.getvalue()


@pytest.mark.parametrize("seed", range(60))
def test_generated_documents_read_the_same(seed: int) -> None:
    data = _generated(seed)
    assert _streamed(data) == _reference_extract(data)


def test_the_generated_documents_hold_what_they_should() -> None:
    # The comparison above means something only if the markup reaches the text.
    texts = [_streamed(_generated(seed))[0] for seed in range(60)]
    joined = "\n".join(texts)
    for expected in ("ação", "a&b", "<x>", "antes  depois", "\t", "Santa Clara"[:0] + "depois", "-"):
        assert expected in joined
    assert "apagado" not in joined and "Legenda" not in joined and "Cabeçalho" not in joined


def test_a_fragment_by_hand(tmp_path: Path) -> None:
    # An independent check of the generator's markup: the expected text is written out here.
    document = docx.Document()
    body = document.element.body
    body.insert(
        0,
        parse_xml(
            f"<w:tbl {nsdecls('w')}><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p>"
            "<w:r><w:t>inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc><w:tc><w:tcPr>"
            "<w:vMerge w:val='restart'/></w:tcPr><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr>"
            "<w:tr><w:tc><w:p><w:r><w:t>C</w:t></w:r></w:p>"
            "</w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"
        ),
    )
    buffer = io.BytesIO()
    document.save(buffer)
    assert _streamed(buffer.getvalue())[0] == "A inner\tB\nC\t"


def _repacked(data: bytes, change: dict[str, bytes | None]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    target.writestr(info, change[info.filename])  # type: ignore[arg-type]
            else:
                target.writestr(info, source.read(info))
    return out.getvalue()


def _plain() -> bytes:
    document = docx.Document()
    document.add_paragraph("Interviewer: Olá.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "change",
    [
        {"[Content_Types].xml": None},
        {"_rels/.rels": None},
        {"word/document.xml": None},
        {
            "_rels/.rels": b"<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'/>"
        },
    ],
)
def test_a_package_without_its_main_document_is_refused_as_before(change: dict[str, bytes | None]) -> None:
    data = _repacked(_plain(), change)
    with pytest.raises((KeyError, ValueError)):
        docx.Document(io.BytesIO(data))  # python-docx refused it too
    with pytest.raises(DocumentImportError, match="is not a readable Word document"):
        docx_importer.extract(data, "E05.docx")


def test_a_macro_enabled_or_template_package_is_refused_as_before() -> None:
    data = _plain()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        types = package.read("[Content_Types].xml")
    changed = _repacked(
        data, {"[Content_Types].xml": types.replace(b"document.main+xml", b"template.main+xml")}
    )
    with pytest.raises(ValueError):
        docx.Document(io.BytesIO(changed))
    with pytest.raises(DocumentImportError, match="is not a readable Word document"):
        docx_importer.extract(changed, "E05.docx")


def test_broken_xml_in_the_main_document_is_named() -> None:
    data = _plain()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        document = package.read("word/document.xml")
    broken = _repacked(data, {"word/document.xml": document[: len(document) // 2]})
    with pytest.raises(DocumentImportError, match="could not be read as a Word document: "):
        docx_importer.extract(broken, "E05.docx")


def test_a_package_without_core_properties_gets_no_invented_title() -> None:
    # python-docx made up the title "Word Document" for a package without docProps/core.xml.
    data = _plain()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        relationships = package.read("_rels/.rels")
    without = _repacked(
        data,
        {
            "docProps/core.xml": None,
            "_rels/.rels": re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", relationships),
        },
    )
    assert _reference_extract(without)[1] == {"Title": "Word Document"}
    assert _streamed(without) == ("Interviewer: Olá.", {})
