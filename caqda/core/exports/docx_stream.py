"""Writing a long Word report's body as a stream instead of one tree in memory.

A report of 60,000 coded segments is 120,000 paragraphs; as lxml elements they take hundreds
of megabytes and most of the export's time. Here the body's XML goes, in order, into a
temporary file: elements already built are serialized and dropped, and the bulk paragraphs are
written as XML text directly (``paragraph_xml``, byte for byte what ``docx_common.paragraph``
and ``run`` serialize to). On save the package is written by python-docx around a marker, and
the marker in ``word/document.xml`` is replaced by the streamed body while zipping.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import IO

from lxml import etree

from caqda.core.exports.common import xml_safe
from caqda.core.fast_deflate import open_entry, write_entry

MARKER = "caqda-streamed-body"
_MARKER_BYTES = f"<!--{MARKER}-->".encode()
_DOCUMENT_PART = "word/document.xml"
# The namespace declarations lxml repeats on an element serialized on its own: the document's
# root already declares them.
_DECLARATIONS = re.compile(rb'^(<[\w:]+)((?: xmlns:\w+="[^"]*")+)')
_ATTRIBUTE_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"}
)
_CHUNK = 1 << 20


def element_xml(element: etree._Element) -> bytes:
    """A body element serialized as it appears inside the whole document (no repeated
    namespace declarations), in UTF-8."""
    return _DECLARATIONS.sub(rb"\1", etree.tostring(element, encoding="UTF-8"), count=1)


def _escaped(text: str) -> str:
    """Text content escaped as lxml writes it (``str.replace`` is far faster than a table)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;") if "\r" in text else text


def _text_xml(text: str) -> str:
    if text[:1].isspace() or text[-1:].isspace():
        return f'<w:t xml:space="preserve">{_escaped(text)}</w:t>'
    return f"<w:t>{_escaped(text)}</w:t>"


def run_xml(text: str, *, bold: bool = False) -> str:
    """What ``docx_common.run(parent, text, bold=bold)`` appends, as XML text."""
    text = xml_safe(text)
    head = "<w:r><w:rPr><w:b/></w:rPr>" if bold else "<w:r>"
    if not text:
        return head + "</w:r>" if bold else "<w:r/>"
    if "\t" not in text and "\n" not in text:
        return head + _text_xml(text) + "</w:r>"
    parts = [head]
    for line_index, line in enumerate(text.split("\n")):
        if line_index:
            parts.append("<w:br/>")
        for piece_index, piece in enumerate(line.split("\t")):
            if piece_index:
                parts.append("<w:tab/>")
            if piece:
                parts.append(_text_xml(piece))
    parts.append("</w:r>")
    return "".join(parts)


def paragraph_xml(
    style: str | None = None,
    text: str | None = None,
    *,
    keep_next: bool = False,
    left_border: str | None = None,
    space_after: int | None = None,
    runs: tuple[tuple[str, bool], ...] = (),
) -> str:
    """What ``docx_common.paragraph`` builds with the same arguments, as XML text; ``runs``
    are further ``(text, bold)`` runs appended after ``text``'s."""
    parts = ["<w:p>", paragraph_properties_xml(style, keep_next, left_border, space_after)]
    if text:
        parts.append(run_xml(text))
    for run_text, bold in runs:
        parts.append(run_xml(run_text, bold=bold))
    if len(parts) == 2 and not parts[1]:
        return "<w:p/>"
    parts.append("</w:p>")
    return "".join(parts)


@lru_cache(maxsize=256)
def paragraph_properties_xml(
    style: str | None, keep_next: bool, left_border: str | None, space_after: int | None
) -> str:
    """A paragraph's ``w:pPr`` as ``paragraph_xml`` writes it (few distinct ones in a report:
    made once each)."""
    if not (style or keep_next or left_border or space_after is not None):
        return ""
    parts = ["<w:pPr>"]
    if style:
        parts.append(f'<w:pStyle w:val="{style.translate(_ATTRIBUTE_ESCAPES)}"/>')
    if keep_next:
        parts.append("<w:keepNext/>")
    if left_border:
        colour = left_border.translate(_ATTRIBUTE_ESCAPES)
        parts.append(f'<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="{colour}"/></w:pBdr>')
    if space_after is not None:
        parts.append(f'<w:spacing w:after="{space_after}"/>')
    parts.append("</w:pPr>")
    return "".join(parts)


class BodyStream:
    """The streamed part of a document's body, kept in a temporary file until saved."""

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="caqda-docx-")  # noqa: SIM115 (closed on save)
        self._pending: list[str] = []
        self._pending_size = 0
        # The body in order: runs of this stream's own file, and ranges of other files
        # (``write_ranges``), copied into the package on save.
        self._parts: list[tuple[IO[bytes], int, int]] = []
        self._own_start = 0

    def write(self, xml: str) -> None:
        self._pending.append(xml)
        self._pending_size += len(xml)
        if self._pending_size > _CHUNK:
            self._drain()

    def write_ranges(self, file: IO[bytes], ranges: list[tuple[int, int]]) -> None:
        """Append body XML (UTF-8) that lies in ``file`` at ``(offset, length)`` ranges: not
        copied until saved (``file`` must stay open until then)."""
        self._end_own_part()
        self._parts.extend((file, offset, length) for offset, length in ranges)

    def write_elements(self, elements: list[etree._Element]) -> None:
        self._drain()
        for element in elements:
            self._file.write(element_xml(element))

    def _drain(self) -> None:
        if self._pending:
            self._file.write("".join(self._pending).encode("utf-8"))
            self._pending.clear()
            self._pending_size = 0

    def _end_own_part(self) -> None:
        self._drain()
        end = self._file.tell()
        if end > self._own_start:
            self._parts.append((self._file, self._own_start, end - self._own_start))
            self._own_start = end

    def size(self) -> int:
        self._end_own_part()
        return sum(length for _, _, length in self._parts)

    def _copy(self, out: IO[bytes]) -> None:
        for file, offset, length in self._parts:
            file.seek(offset)
            while length > 0:
                data = file.read(min(length, _CHUNK))
                if not data:
                    raise RuntimeError("a streamed part of the body ended early")
                out.write(data)
                length -= len(data)

    def save(self, write_package: Callable[[IO[bytes]], None], target: Path) -> None:
        """Write the package (``write_package(file)`` saves python-docx's document, whose body
        holds the marker comment where the stream goes) to ``target`` with the stream in place."""
        streamed = self.size()
        package = io.BytesIO()
        write_package(package)
        package.seek(0)
        # Deflated by ISA-L (fast_deflate): 0.4 s of zlib's level 3 for the 192 MB body of
        # 300,000 segments (the 50 MB project). Level 3 is zlib's, should ISA-L be missing.
        with (
            zipfile.ZipFile(package) as source,
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as out,
        ):
            for info in source.infolist():
                data = source.read(info)
                if info.filename != _DOCUMENT_PART:
                    write_entry(out, info.filename, data)
                    continue
                before, found, after = data.partition(_MARKER_BYTES)
                if not found:
                    raise RuntimeError("the streamed body's marker is missing from the document")
                force_zip64 = len(data) + streamed > zipfile.ZIP64_LIMIT * 0.9
                with open_entry(out, info.filename, force_zip64=force_zip64) as part:
                    part.write(before)
                    self._copy(part)
                    part.write(after)
        self.close()

    def close(self) -> None:
        self._file.close()
