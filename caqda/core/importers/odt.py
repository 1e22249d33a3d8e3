"""OpenDocument text (.odt) through odfpy.

Paragraphs and headings in order, including those in lists and tables. Comments
(office:annotation), footnote bodies and deleted tracked changes are not transcript text and
are skipped, which odfpy's own ``teletype.extractText`` would not do.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from xml.parsers import expat

from odf import opendocument
from odf.element import Element, Node
from odf.namespaces import OFFICENS, TEXTNS

from caqda.core.errors import DocumentImportError
from caqda.core.importers.base import ExtractedDocument
from caqda.core.importers.budget import check_zip_bytes

_SKIPPED = {(OFFICENS, "annotation"), (TEXTNS, "note-body"), (TEXTNS, "tracked-changes")}
_BLOCKS = {(TEXTNS, "p"), (TEXTNS, "h")}


def extract(data: bytes, name: str) -> ExtractedDocument:
    check_zip_bytes(data, name)
    try:
        _check_package(data, name)
        # odfpy swallows XML errors in a part, printing the whole part to stdout, and returns an
        # empty document; content.xml is checked above, and the printing is silenced.
        with contextlib.redirect_stdout(io.StringIO()):
            document = opendocument.load(io.BytesIO(data))
    except DocumentImportError:
        raise
    except Exception as error:  # BadZipFile, KeyError, ExpatError, zlib.error, NotImplementedError...
        raise DocumentImportError(_damaged(name)) from error
    if "opendocument.text" not in (document.mimetype or ""):
        raise DocumentImportError(f"'{name}' is an OpenDocument file, but not a text document.")
    paragraphs: list[str] = []
    _collect(document.text, paragraphs)
    text = "\n".join(paragraph for paragraph in paragraphs if paragraph.strip())
    return ExtractedDocument(text=text, source_format="odt")


def _damaged(name: str) -> str:
    return (
        f"'{name}' is not a readable OpenDocument text (.odt): the file is damaged or of "
        "another type; nothing was imported."
    )


def _check_package(data: bytes, name: str) -> None:
    """Refuse a password-protected package, and one whose content.xml is missing or not XML."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = set(package.namelist())
        if "META-INF/manifest.xml" in names and b"encryption-data" in package.read("META-INF/manifest.xml"):
            raise DocumentImportError(
                f"'{name}' is password-protected; save it without a password and import again."
            )
        content = package.read("content.xml")
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.Parse(content, True)


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
