"""Word .docx: body paragraphs and table text in document order.

Headers, footers, comments, text boxes and deleted tracked changes are not transcript text and
are left out; inserted tracked changes, hyperlinks, fields, smart tags and content controls are
kept, since they are what the reader sees. A table row becomes one line, its cells separated by
tabs (merged cells once).

The body is read from the XML rather than through python-docx's ``Paragraph.text``, which sees
only runs directly under a paragraph and would drop tracked insertions and content controls.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError

from caqda.core.errors import DocumentImportError
from caqda.core.importers.base import ExtractedDocument
from caqda.core.importers.budget import check_zip_bytes

# Office's compound-file signature: an old .doc renamed, or a password-protected .docx (Word
# wraps those in an encrypted compound file, not a zip package).
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def extract(data: bytes, name: str) -> ExtractedDocument:
    check_zip_bytes(data, name)
    if data.startswith(_COMPOUND_FILE):
        raise DocumentImportError(
            f"'{name}' is a password-protected Word document or an old .doc file renamed to .docx; "
            "open it in Word, remove the password or save it as .docx, and import again."
        )
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise DocumentImportError(
            f"'{name}' is not a readable Word document (.docx): the file is damaged or of "
            "another type; nothing was imported."
        ) from error
    except Exception as error:  # python-docx raises lxml errors for broken XML parts
        raise DocumentImportError(f"'{name}' could not be read as a Word document: {error}.") from error
    lines = list(_block_lines(document.element.body))
    attributes = {}
    title = (document.core_properties.title or "").strip()
    if title:
        attributes["Title"] = title
    author = (document.core_properties.author or "").strip()
    if author:
        attributes["Author"] = author
    text = "\n".join(line for line in lines if line.strip())
    return ExtractedDocument(text=text, source_format="docx", attributes=attributes)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Never reader-visible body text: deletions and moved-away text, properties, the duplicate
# rendering Word keeps for old readers, text boxes, content-control settings.
_SKIPPED = {
    _W + "del",
    _W + "moveFrom",
    _W + "pPr",
    _W + "rPr",
    _W + "tcPr",
    _W + "sdtPr",
    _W + "sdtEndPr",
    _W + "txbxContent",
    _MC_FALLBACK,
}


def _block_lines(container: Any) -> Iterator[str]:
    """Paragraph and table-row lines of a body, a table cell or a block content control."""
    for child in container:
        if child.tag == _W + "p":
            yield _paragraph_text(child)
        elif child.tag == _W + "tbl":
            yield from _table_lines(child)
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _block_lines(content)
        elif child.tag == _W + "customXml":
            yield from _block_lines(child)


def _paragraph_text(paragraph: Any) -> str:
    parts: list[str] = []
    _inline_text(paragraph, parts)
    return "".join(parts)


def _inline_text(element: Any, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == _W + "t":
            parts.append(child.text or "")
            # An entity reference the parser leaves unresolved is a child node; the text after
            # it is that node's tail, which ``.text`` alone would drop.
            parts.extend(inner.tail or "" for inner in child)
        elif tag in (_W + "tab", _W + "ptab"):
            parts.append("\t")
        elif tag == _W + "br":
            parts.append("" if child.get(_W + "type") in ("page", "column") else "\n")
        elif tag == _W + "cr":
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        else:  # runs, hyperlinks, insertions, fields, smart tags, inline content controls
            _inline_text(child, parts)


def _table_lines(table: Any) -> Iterator[str]:
    for row in table.iter(_W + "tr"):
        if _enclosing_table(row) is not table:
            continue  # a row of a nested table: read with its cell
        cells = []
        for cell in row.iter(_W + "tc"):
            if _enclosing_row(cell) is not row:
                continue  # a cell of a nested table, read with the cell holding it
            if _continues_vertical_merge(cell):
                cells.append("")  # merged into the cell above, whose text is already out
                continue
            cells.append(" ".join(line.strip() for line in _block_lines(cell) if line.strip()))
        if any(cells):
            yield "\t".join(cells)


def _enclosing_table(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != _W + "tbl":
        parent = parent.getparent()
    return parent


def _enclosing_row(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != _W + "tr":
        parent = parent.getparent()
    return parent


def _continues_vertical_merge(cell: Any) -> bool:
    merge = cell.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(_W + "val", "continue") == "continue"
