"""Word .docx: body paragraphs and table text in document order.

Headers, footers, comments, text boxes and deleted tracked changes are not transcript text and
are left out; inserted tracked changes, hyperlinks, fields, smart tags and content controls are
kept, since they are what the reader sees. A table row becomes one line, its cells separated by
tabs (merged cells once).

The main document part is found the way Word and python-docx find it (the package's
``officeDocument`` relationship, its content type checked in ``[Content_Types].xml``) and read
as a stream (lxml's ``iterparse``), one top-level block of the body at a time, each let go once
its lines are read: python-docx, used before, read every part of the package and built the
whole document's tree (about eight times the text in memory). The XML is parsed as
python-docx parses it (blank text between elements dropped, entities left unresolved), so the
text is the same. Title and author come from ``docProps/core.xml``.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from typing import Any

from lxml import etree

from caqda.core.errors import DocumentImportError
from caqda.core.importers.base import ExtractedDocument, LineJoiner
from caqda.core.importers.budget import SAFE_XML, check_zip_bytes

# Office's compound-file signature: an old .doc renamed, or a password-protected .docx (Word
# wraps those in an encrypted compound file, not a zip package).
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_MAIN_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_CORE_RELATIONSHIP = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_DC = "{http://purl.org/dc/elements/1.1/}"


def extract(data: bytes, name: str) -> ExtractedDocument:
    check_zip_bytes(data, name)
    if data.startswith(_COMPOUND_FILE):
        raise DocumentImportError(
            f"'{name}' is a password-protected Word document or an old .doc file renamed to .docx; "
            "open it in Word, remove the password or save it as .docx, and import again."
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            main, core = _main_and_core_parts(package)
            attributes = _core_attributes(package, core)
            lines = _body_lines(package, main)
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise DocumentImportError(
            f"'{name}' is not a readable Word document (.docx): the file is damaged or of "
            "another type; nothing was imported."
        ) from error
    except Exception as error:  # lxml errors for broken XML parts, zlib errors
        raise DocumentImportError(f"'{name}' could not be read as a Word document: {error}.") from error
    return ExtractedDocument(text=lines.text(), source_format="docx", attributes=attributes)


def _parse(package: zipfile.ZipFile, member: str) -> Any:
    """A small XML part of the package, parsed as python-docx parses it."""
    parser = etree.XMLParser(remove_blank_text=True, **SAFE_XML)
    return etree.fromstring(package.read(member), parser)


def _main_and_core_parts(package: zipfile.ZipFile) -> tuple[str, str | None]:
    """The ZIP member names of the main document part and of the core properties (None when
    there are none), found through the package relationships. A missing part or relationship
    raises KeyError and a main part of another type (a template, a macro-enabled document)
    ValueError, as python-docx does."""
    overrides, defaults = {}, {}
    for entry in _parse(package, "[Content_Types].xml"):
        if entry.tag == _TYPES + "Override":
            overrides[(entry.get("PartName") or "").lower()] = entry.get("ContentType")
        elif entry.tag == _TYPES + "Default":
            defaults[(entry.get("Extension") or "").lower()] = entry.get("ContentType")
    targets: dict[str, list[str]] = {_OFFICE_DOCUMENT: [], _CORE_RELATIONSHIP: []}
    for relationship in _parse(package, "_rels/.rels").iter(_RELATIONSHIPS):
        kind = relationship.get("Type")
        if kind in targets and relationship.get("TargetMode") != "External":
            targets[kind].append(posixpath.abspath(posixpath.join("/", relationship.get("Target") or "")))
    if len(targets[_OFFICE_DOCUMENT]) != 1:
        raise KeyError("no single main document relationship")

    def content_type(part: str) -> str | None:
        extension = posixpath.splitext(part)[1]
        return overrides.get(part.lower(), defaults.get(extension[1:].lower()))

    main = targets[_OFFICE_DOCUMENT][0]
    if content_type(main) is None:
        raise KeyError(f"no content type for {main}")
    if content_type(main) != _MAIN_DOCUMENT:
        raise ValueError(f"not a Word document: {content_type(main)}")
    package.getinfo(main[1:])  # KeyError when the part is missing
    core = targets[_CORE_RELATIONSHIP]
    if len(core) == 1 and content_type(core[0]) == _CORE_PROPERTIES and core[0][1:] in package.NameToInfo:
        return main[1:], core[0][1:]
    return main[1:], None


def _core_attributes(package: zipfile.ZipFile, core: str | None) -> dict[str, str]:
    """Title and Author (``dc:title``, ``dc:creator``) of the core properties."""
    attributes: dict[str, str] = {}
    if core is None:
        return attributes
    root = _parse(package, core)
    for attribute, tag in (("Title", "title"), ("Author", "creator")):
        element = root.find(_DC + tag)
        value = ((element.text if element is not None else None) or "").strip()
        if value:
            attributes[attribute] = value
    return attributes


def _body_lines(package: zipfile.ZipFile, member: str) -> LineJoiner:
    """The lines of the body's blocks that are not blank, read one top-level block at a time."""
    lines = LineJoiner()
    root: Any = None
    body: Any = None
    with package.open(member) as content:
        events = etree.iterparse(
            content,
            events=("start", "end"),
            remove_blank_text=True,
            **SAFE_XML,
        )
        for event, element in events:
            if event == "start":
                if root is None:
                    root = element
                elif (
                    body is None
                    and root.tag == _W + "document"
                    and element.tag == _W + "body"
                    and element.getparent() is root
                ):
                    body = element
                continue
            if body is not None and element.getparent() is body:
                for line in _block_lines((element,)):
                    lines.add_text(line)
                element.clear(keep_tail=False)
                while element.getprevious() is not None:
                    del body[0]
    return lines


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
    """Paragraph and table-row lines of blocks: those of the body, a table cell or a block
    content control."""
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
