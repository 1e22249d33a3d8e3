"""OpenDocument text (.odt) through odfpy.

Paragraphs and headings in order, including those in lists and tables. Comments
(office:annotation), footnote bodies and deleted tracked changes are not transcript text and
are skipped, which odfpy's own ``teletype.extractText`` would not do.
"""

from __future__ import annotations

import io
import zipfile
from xml.parsers.expat import ExpatError

from odf import opendocument
from odf.element import Element, Node
from odf.namespaces import OFFICENS, TEXTNS

from caqda.core.errors import DocumentImportError
from caqda.core.importers.base import ExtractedDocument

_SKIPPED = {(OFFICENS, "annotation"), (TEXTNS, "note-body"), (TEXTNS, "tracked-changes")}
_BLOCKS = {(TEXTNS, "p"), (TEXTNS, "h")}


def extract(data: bytes, name: str) -> ExtractedDocument:
    try:
        document = opendocument.load(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ExpatError, ValueError) as error:
        raise DocumentImportError(
            f"'{name}' is not a readable OpenDocument text (.odt): the file is damaged or of "
            "another type; nothing was imported."
        ) from error
    if "opendocument.text" not in (document.mimetype or ""):
        raise DocumentImportError(f"'{name}' is an OpenDocument file, but not a text document.")
    paragraphs: list[str] = []
    _collect(document.text, paragraphs)
    text = "\n".join(paragraph for paragraph in paragraphs if paragraph.strip())
    return ExtractedDocument(text=text, source_format="odt")


def _collect(element: Element, paragraphs: list[str]) -> None:
    for child in element.childNodes:
        if child.nodeType != Node.ELEMENT_NODE or child.qname in _SKIPPED:
            continue
        if child.qname in _BLOCKS:
            parts: list[str] = []
            _inline_text(child, parts)
            paragraphs.append("".join(parts))
        else:
            _collect(child, paragraphs)


def _inline_text(element: Element, parts: list[str]) -> None:
    for child in element.childNodes:
        if child.nodeType == Node.TEXT_NODE:
            parts.append(str(child.data))
        elif child.nodeType == Node.ELEMENT_NODE and child.qname not in _SKIPPED:
            local = child.qname[1]
            if child.qname[0] == TEXTNS and local == "s":
                parts.append(" " * int(child.getAttribute("c") or 1))
            elif child.qname[0] == TEXTNS and local == "tab":
                parts.append("\t")
            elif child.qname[0] == TEXTNS and local == "line-break":
                parts.append("\n")
            elif child.qname[0] == TEXTNS and local == "note":
                continue
            else:
                _inline_text(child, parts)
