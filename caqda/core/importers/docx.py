"""Word .docx: body paragraphs and table text in document order.

Headers, footers, comments and deleted tracked changes are not transcript text and are left
out. A table row becomes one line, its cells separated by tabs (merged cells once).
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from caqda.core.errors import DocumentImportError
from caqda.core.importers.base import ExtractedDocument


# Office's compound-file signature: an old .doc renamed, or a password-protected .docx (Word
# wraps those in an encrypted compound file, not a zip package).
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def extract(data: bytes, name: str) -> ExtractedDocument:
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
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    attributes = {}
    title = (document.core_properties.title or "").strip()
    if title:
        attributes["Title"] = title
    author = (document.core_properties.author or "").strip()
    if author:
        attributes["Author"] = author
    text = "\n".join(line for line in lines if line.strip())
    return ExtractedDocument(text=text, source_format="docx", attributes=attributes)


def _table_lines(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        if any(cells):
            lines.append("\t".join(cells))
    return lines
