"""OpenDocument text (.odt): paragraphs and headings in order, including those in lists and
tables. Comments (office:annotation), footnote bodies and deleted tracked changes are not
transcript text and are skipped.

content.xml is read as a stream (lxml's ``iterparse``), one top-level block of the body at a
time, each let go once its paragraphs are read: odfpy, used before, built a Python object for
every element and run of the whole document (about ten times the text in memory), and took a
pretty-printed body (whitespace before ``office:text``) for an empty one.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any
from xml.parsers import expat

from lxml import etree

from caqda.core.errors import DocumentImportError
from caqda.core.importers.base import ExtractedDocument, LineJoiner
from caqda.core.importers.budget import SAFE_XML, check_zip_bytes

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
_BODY = f"{{{_OFFICE}}}body"
_SKIPPED = {f"{{{_OFFICE}}}annotation", f"{{{_TEXT}}}note-body", f"{{{_TEXT}}}tracked-changes"}
_BLOCKS = {f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"}
_SPACES, _TAB, _LINE_BREAK, _NOTE = (f"{{{_TEXT}}}{name}" for name in ("s", "tab", "line-break", "note"))
_COUNT = f"{{{_TEXT}}}c"


def extract(data: bytes, name: str) -> ExtractedDocument:
    check_zip_bytes(data, name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            mimetype = _check_package(package, name)
            if "opendocument.text" not in mimetype:
                raise DocumentImportError(f"'{name}' is an OpenDocument file, but not a text document.")
            paragraphs = _paragraphs(package)
    except DocumentImportError:
        raise
    except Exception as error:  # BadZipFile, KeyError, XML errors, zlib.error, a bad text:c...
        raise DocumentImportError(_damaged(name)) from error
    return ExtractedDocument(text=paragraphs.text(), source_format="odt")


def _damaged(name: str) -> str:
    return (
        f"'{name}' is not a readable OpenDocument text (.odt): the file is damaged or of "
        "another type; nothing was imported."
    )


def _check_package(package: zipfile.ZipFile, name: str) -> str:
    """Refuse a password-protected package, and one whose manifest or content.xml is missing or
    content.xml not XML; return the package's type (from ``mimetype``, else the manifest)."""
    names = set(package.namelist())
    manifest = package.read("META-INF/manifest.xml")
    if b"encryption-data" in manifest:
        raise DocumentImportError(
            f"'{name}' is password-protected; save it without a password and import again."
        )
    with package.open("content.xml") as content:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.ParseFile(content)
    if "mimetype" in names:
        try:
            return package.read("mimetype").decode("utf-8")
        except (UnicodeDecodeError, zipfile.BadZipFile, OSError):
            pass
    root = etree.fromstring(manifest, etree.XMLParser(**SAFE_XML))
    for entry in root.iter(f"{{{_MANIFEST}}}file-entry"):
        if entry.get(f"{{{_MANIFEST}}}full-path") == "/":
            return entry.get(f"{{{_MANIFEST}}}media-type") or ""
    return "application/vnd.oasis.opendocument.text"


def _paragraphs(package: zipfile.ZipFile) -> LineJoiner:
    """The text of each paragraph and heading of the body that is not blank, read one
    top-level block at a time."""
    paragraphs = LineJoiner()
    block: list[str] = []
    body: Any = None
    document: Any = None  # the body's first element: office:text
    with package.open("content.xml") as content:
        events = etree.iterparse(
            content,
            events=("start", "end"),
            huge_tree=True,
            **SAFE_XML,
        )
        for event, element in events:
            if event == "start":
                if body is None and element.tag == _BODY:
                    body = element
                elif document is None and body is not None and element.getparent() is body:
                    document = element
                continue
            if document is not None and element.getparent() is document:
                _collect_one(element, block)
                for paragraph in block:
                    paragraphs.add_text(paragraph)
                block.clear()
                element.clear(keep_tail=False)
                while element.getprevious() is not None:
                    del document[0]
    return paragraphs


def _collect(element: Any, paragraphs: list[str]) -> None:
    for child in element:
        _collect_one(child, paragraphs)


def _collect_one(child: Any, paragraphs: list[str]) -> None:
    tag = child.tag
    if not isinstance(tag, str) or tag in _SKIPPED:  # comments, annotations, notes, deletions
        return
    if tag in _BLOCKS:
        parts: list[str] = []
        _inline_text(child, parts)
        paragraphs.append("".join(parts))
    else:
        _collect(child, paragraphs)


def _inline_text(element: Any, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in _SKIPPED:
            if tag == _SPACES:
                parts.append(" " * int(child.get(_COUNT) or 1))
            elif tag == _TAB:
                parts.append("\t")
            elif tag == _LINE_BREAK:
                parts.append("\n")
            elif tag != _NOTE:
                _inline_text(child, parts)
        if child.tail:
            parts.append(child.tail)
