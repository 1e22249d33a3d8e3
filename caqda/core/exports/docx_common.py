"""Building Word reports in bulk: paragraphs, runs, fields and tables as XML elements.

python-docx's ``add_paragraph`` costs about a millisecond a paragraph, which is half a minute
for a 10,000-segment report. Here a report is python-docx's template (styles, header, footer,
settings: the parts that need the package machinery) plus a body written directly as lxml
elements appended in order. The elements follow the WordprocessingML schema order, which
Word enforces.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import docx
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.settings import CT_Settings
from docx.shared import Cm
from lxml import etree

from caqda import __version__
from caqda.core.codebook_versions import codebook_version
from caqda.core.exports import docx_styles as styles
from caqda.core.exports.common import export_date, project_name, write_atomically, xml_safe
from caqda.core.exports.docx_stream import MARKER, BodyStream
from caqda.core.privacy.status import pseudonymised_note
from caqda.core.project import Project

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _PPR, _PSTYLE, _R, _RPR, _RSTYLE, _T = (
    f"{_W}{tag}" for tag in ("p", "pPr", "pStyle", "r", "rPr", "rStyle", "t")
)
_B, _I, _COLOR, _SZ, _SZCS, _SHD = (f"{_W}{tag}" for tag in ("b", "i", "color", "sz", "szCs", "shd"))
_TAB, _BR, _VAL = f"{_W}tab", f"{_W}br", f"{_W}val"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_SubElement = etree.SubElement
# What follows w:updateFields inside w:settings, in the schema's order.
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr",
    "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown", "w:smartTagType",
    "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


def run(
    parent: etree._Element,
    text: str,
    *,
    style: str | None = None,
    bold: bool = False,
    italic: bool = False,
    color: str | None = None,
    size: int | None = None,
    shading: str | None = None,
) -> etree._Element:
    """Append a ``w:r`` holding ``text`` (tabs and line breaks kept) to ``parent``.

    ``color`` and ``shading`` are ``RRGGBB`` hex; ``size`` is in half-points.
    """
    element = _SubElement(parent, _R)
    if style or bold or italic or color or size or shading:
        properties = _SubElement(element, _RPR)  # children in schema order
        if style:
            _SubElement(properties, _RSTYLE).set(_VAL, style)
        if bold:
            _SubElement(properties, _B)
        if italic:
            _SubElement(properties, _I)
        if color:
            _SubElement(properties, _COLOR).set(_VAL, color)
        if size:
            _SubElement(properties, _SZ).set(_VAL, str(size))
            _SubElement(properties, _SZCS).set(_VAL, str(size))
        if shading:
            shd = _SubElement(properties, _SHD)
            shd.set(_VAL, "clear")
            shd.set(f"{_W}color", "auto")
            shd.set(f"{_W}fill", shading)
    add_text(element, text)
    return element


def add_text(run_element: etree._Element, text: str) -> None:
    """Append ``text`` to a run as ``w:t``, with ``w:tab`` for tabs and ``w:br`` for line breaks."""
    text = xml_safe(text)
    if not text:
        return
    if "\t" not in text and "\n" not in text:
        _text(run_element, text)
        return
    for line_index, line in enumerate(text.split("\n")):
        if line_index:
            _SubElement(run_element, _BR)
        for piece_index, piece in enumerate(line.split("\t")):
            if piece_index:
                _SubElement(run_element, _TAB)
            if piece:
                _text(run_element, piece)


def _text(run_element: etree._Element, text: str) -> None:
    element = _SubElement(run_element, _T)
    element.text = text
    if text[:1].isspace() or text[-1:].isspace():
        element.set(_XML_SPACE, "preserve")


def paragraph(
    style: str | None = None,
    text: str | None = None,
    *,
    keep_next: bool = False,
    page_break_before: bool = False,
    left_border: str | None = None,
    space_after: int | None = None,
    align: str | None = None,
    parent: etree._Element | None = None,
) -> etree._Element:
    """A new ``w:p`` (appended to ``parent`` if given) with an optional single run of ``text``.

    ``left_border`` is an ``RRGGBB`` colour for the bar beside a quote; ``space_after`` is in
    twips and overrides the style's; ``align`` is a ``w:jc`` value (``right``, ``center``).
    """
    element = etree.Element(_P) if parent is None else _SubElement(parent, _P)
    if style or keep_next or page_break_before or left_border or space_after is not None or align:
        properties = _SubElement(element, _PPR)  # children in schema order
        if style:
            _SubElement(properties, _PSTYLE).set(_VAL, style)
        if keep_next:
            _SubElement(properties, f"{_W}keepNext")
        if page_break_before:
            _SubElement(properties, f"{_W}pageBreakBefore")
        if left_border:
            borders = _SubElement(properties, f"{_W}pBdr")
            left = _SubElement(borders, f"{_W}left")
            for name, value in (("val", "single"), ("sz", "18"), ("space", "8"), ("color", left_border)):
                left.set(f"{_W}{name}", value)
        if space_after is not None:
            _SubElement(properties, f"{_W}spacing").set(f"{_W}after", str(space_after))
        if align:
            _SubElement(properties, f"{_W}jc").set(_VAL, align)
    if text:
        run(element, text)
    return element


def field(paragraph_element: etree._Element, instruction: str, shown: str) -> None:
    """Append a field (``PAGE``, ``NUMPAGES``...) showing ``shown`` until Word updates it."""
    _field_char(paragraph_element, "begin")
    instruction_run = _SubElement(paragraph_element, _R)
    instruction_text = _SubElement(instruction_run, f"{_W}instrText")
    instruction_text.text = f" {instruction} "
    instruction_text.set(_XML_SPACE, "preserve")
    _field_char(paragraph_element, "separate")
    run(paragraph_element, shown)
    _field_char(paragraph_element, "end")


def _field_char(paragraph_element: etree._Element, kind: str, *, dirty: bool = False) -> None:
    character = _SubElement(_SubElement(paragraph_element, _R), f"{_W}fldChar")
    character.set(f"{_W}fldCharType", kind)
    if dirty:
        character.set(f"{_W}dirty", "true")


def hex_color(color: str) -> str:
    """``#1f77b4`` → ``1F77B4`` as WordprocessingML writes colours."""
    return color.lstrip("#").upper()


def lighten(color: str, amount: float) -> str:
    """A colour mixed with white (``amount`` 0 keeps it, 1 gives white), as ``RRGGBB``."""
    value = color.lstrip("#")
    channels = [int(value[index : index + 2], 16) for index in (0, 2, 4)]
    mixed = [round(channel + (255 - channel) * amount) for channel in channels]
    return "".join(f"{channel:02X}" for channel in mixed)


def table(
    rows: list[list[str]],
    widths: list[int],
    *,
    header: bool = True,
    shading: dict[tuple[int, int], str] | None = None,
    right_aligned: set[int] | frozenset[int] = frozenset(),
    total_row: bool = False,
) -> etree._Element:
    """A ``w:tbl`` with thin horizontal rules; ``widths`` in twips, ``shading`` maps
    ``(row, column)`` to a cell fill colour (``RRGGBB``); ``right_aligned`` columns hold numbers;
    a ``total_row`` (the last) is bold. No row is split across pages; short tables are kept on
    one page where they fit."""
    shading = shading or {}
    element = etree.Element(f"{_W}tbl")
    properties = _SubElement(element, f"{_W}tblPr")
    width = _SubElement(properties, f"{_W}tblW")
    width.set(f"{_W}w", str(sum(widths)))
    width.set(f"{_W}type", "dxa")
    borders = _SubElement(properties, f"{_W}tblBorders")
    for side, size, color in (("top", "8", "9CA3AF"), ("bottom", "8", "9CA3AF"), ("insideH", "4", "E5E7EB")):
        border = _SubElement(borders, f"{_W}{side}")
        for name, value in (("val", "single"), ("sz", size), ("space", "0"), ("color", color)):
            border.set(f"{_W}{name}", value)
    _SubElement(properties, f"{_W}tblLayout").set(f"{_W}type", "fixed")
    margins = _SubElement(properties, f"{_W}tblCellMar")
    for side in ("left", "right"):
        margin = _SubElement(margins, f"{_W}{side}")
        margin.set(f"{_W}w", "85")
        margin.set(f"{_W}type", "dxa")
    look = _SubElement(properties, f"{_W}tblLook")
    look.set(_VAL, "04A0")
    grid = _SubElement(element, f"{_W}tblGrid")
    for column_width in widths:
        _SubElement(grid, f"{_W}gridCol").set(f"{_W}w", str(column_width))
    for row_index, cells in enumerate(rows):
        row = _SubElement(element, f"{_W}tr")
        row_properties = _SubElement(row, f"{_W}trPr")
        _SubElement(row_properties, f"{_W}cantSplit")  # a row is never cut across two pages
        if header and row_index == 0:
            _SubElement(row_properties, f"{_W}tblHeader")
        for column_index, (cell_text, column_width) in enumerate(zip(cells, widths, strict=True)):
            cell = _SubElement(row, f"{_W}tc")
            cell_properties = _SubElement(cell, f"{_W}tcPr")
            cell_width = _SubElement(cell_properties, f"{_W}tcW")
            cell_width.set(f"{_W}w", str(column_width))
            cell_width.set(f"{_W}type", "dxa")
            fill = shading.get((row_index, column_index))
            if fill:
                shd = _SubElement(cell_properties, _SHD)
                shd.set(_VAL, "clear")
                shd.set(f"{_W}color", "auto")
                shd.set(f"{_W}fill", fill)
            cell_paragraph = paragraph(
                styles.TABLE_TEXT,
                # Short tables stay on one page; long ones keep only the header with a first row.
                keep_next=row_index == 0 or (len(rows) <= 16 and row_index < len(rows) - 1),
                align="right" if column_index in right_aligned else None,
                parent=cell,
            )
            if cell_text:
                bold = (header and row_index == 0) or (total_row and row_index == len(rows) - 1)
                run(cell_paragraph, cell_text, bold=bold)
    return element


def _orient(section_properties: etree._Element, landscape: bool) -> None:
    """Set a ``w:sectPr``'s page size and orientation (A4 portrait, or A4 turned)."""
    size = section_properties.find(f"{_W}pgSz")
    if size is None:
        return
    short, long = int(styles.PAGE_WIDTH / 635), int(styles.PAGE_HEIGHT / 635)
    size.set(f"{_W}w", str(long if landscape else short))
    size.set(f"{_W}h", str(short if landscape else long))
    if landscape:
        size.set(f"{_W}orient", "landscape")
    elif f"{_W}orient" in size.attrib:
        del size.attrib[f"{_W}orient"]


@dataclass(frozen=True)
class TocEntry:
    level: int
    text: str


class WordReport:
    """A report being written: python-docx's package with caqda's styles, page set-up, header
    and footer, and a body filled by appending elements.

    Call :meth:`table_of_contents` where the contents belong; it is filled in from the headings
    written afterwards when the report is saved.
    """

    def __init__(self, project: Project, *, kind: str, title: str) -> None:
        self.document = docx.Document()
        self.project_name = project_name(project)
        self._privacy_note = pseudonymised_note(project)
        self.date = export_date()
        self.codebook = codebook_version(project)
        styles.install_styles(self.document)
        self._set_up_page(kind)
        self._ask_word_to_update_fields()
        properties = self.document.core_properties
        properties.title = xml_safe(title)
        properties.subject = xml_safe(f"{kind} exported from the caqda project '{self.project_name}'")
        properties.author = "caqda"
        properties.last_modified_by = "caqda"
        properties.comments = f"Exported by caqda {__version__} on {self.date}, {self.codebook.describe()}."
        properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0)
        properties.revision = 1
        package = self.document.part.package
        for key, relationship in list(package.rels.items()):
            if relationship.reltype == RT.THUMBNAIL:  # the template's picture, not this report's
                del package.rels[key]
        self.body = self.document.element.body
        self._section_properties = self.body.sectPr
        for child in list(self.body):
            self.body.remove(child)
        self._toc_anchor: etree._Element | None = None
        self._headings: list[TocEntry] = []
        self.landscape = False
        self._stream: BodyStream | None = None
        self._kept = 0  # the body's elements before the streamed part (title, contents)

    def text_width(self) -> int:
        """The width between the margins in twips, for the pages being written."""
        page = styles.PAGE_HEIGHT if self.landscape else styles.PAGE_WIDTH
        return int((page - 2 * styles.MARGIN) / 635)  # EMU per twip

    def new_section(self, *, landscape: bool) -> None:
        """End the pages so far (a section break, next page) and go on in portrait or landscape
        pages: a wide table gets landscape pages instead of numbers wrapped inside its cells.
        Every section shares the first one's header and footer."""
        ended = copy.deepcopy(self._section_properties)
        _orient(ended, self.landscape)
        holder = etree.SubElement(self.body, _P)
        etree.SubElement(holder, _PPR).append(ended)
        self.landscape = landscape

    # -- writing ---------------------------------------------------------------------------
    def add(self, element: etree._Element) -> etree._Element:
        self.body.append(element)
        return element

    def paragraph(
        self,
        style: str | None = None,
        text: str | None = None,
        *,
        keep_next: bool = False,
        page_break_before: bool = False,
        left_border: str | None = None,
        space_after: int | None = None,
    ) -> etree._Element:
        return paragraph(
            style,
            text,
            keep_next=keep_next,
            page_break_before=page_break_before,
            left_border=left_border,
            space_after=space_after,
            parent=self.body,
        )

    def heading(self, level: int, text: str, *, page_break_before: bool = False) -> etree._Element:
        """A heading in Word's ``Heading n`` style, listed in the table of contents up to level 3."""
        self._headings.append(TocEntry(level, text))
        return self.paragraph(styles.heading_style(level), text, page_break_before=page_break_before)

    def title_block(self, title: str, subtitle: str, info_lines: Iterable[str]) -> None:
        self.paragraph(styles.TITLE, title)
        self.paragraph(styles.SUBTITLE, subtitle)
        for line in info_lines:
            self.paragraph(styles.REPORT_INFO, line)
        self.paragraph(styles.REPORT_INFO, f"Made with {self.codebook.describe()}.")
        if self._privacy_note:  # readers of a pseudonymised corpus are told so on the front page
            self.paragraph(styles.REPORT_INFO, self._privacy_note)

    def write_xml(self, xml: str) -> None:
        """Append body XML written as text (e.g. ``docx_stream.paragraph_xml``): from here on
        the body is streamed to a temporary file, and the elements added so far (after the
        table of contents' place) are serialized and dropped from memory."""
        self._streaming().write(xml)

    def write_ranges(self, file: IO[bytes], ranges: list[tuple[int, int]]) -> None:
        """Append body XML (UTF-8) lying in ``file`` at ``(offset, length)`` ranges, as
        :meth:`write_xml` does; ``file`` is read when the report is saved."""
        self._streaming().write_ranges(file, ranges)

    def _streaming(self) -> BodyStream:
        if self._stream is None or len(self.body) > self._kept:
            self._flush()
        assert self._stream is not None
        return self._stream

    def _flush(self) -> None:
        if self._stream is None:
            self._stream = BodyStream()
        children = list(self.body)
        start = 0 if self._toc_anchor is None else children.index(self._toc_anchor) + 1
        if start < len(children):
            self._stream.write_elements(children[start:])
            for child in children[start:]:
                self.body.remove(child)
        self._kept = len(self.body)

    def table_of_contents(self) -> None:
        """Mark where the table of contents goes (a ``TOC`` field, filled in on save)."""
        assert self._stream is None, "the table of contents goes before any streamed body"
        self.paragraph(styles.TOC_HEADING, "Contents")
        self._toc_anchor = self.paragraph()

    def save(self, target: Path) -> None:
        """Finish the body and write the .docx atomically (raises ExportError)."""
        stream = self._stream
        if stream is not None:
            # The streamed text ends with a paragraph; elements added after it may not.
            if len(self.body) and self.body[-1] is not self._toc_anchor and self.body[-1].tag != _P:
                self.paragraph()  # Word wants a paragraph, not a table, to end the body
            self._flush()  # everything after the table of contents
        if self._toc_anchor is not None:
            self._fill_table_of_contents(self._toc_anchor)
        if stream is None and (len(self.body) == 0 or self.body[-1].tag != _P):
            self.paragraph()  # Word wants a paragraph, not a table, to end the body
        _orient(self._section_properties, self.landscape)
        if stream is None:
            self.body.append(self._section_properties)
            write_atomically(target, lambda temporary: self.document.save(str(temporary)))
            return
        self.body.append(etree.Comment(MARKER))
        self.body.append(self._section_properties)
        try:
            write_atomically(target, lambda temporary: stream.save(self.document.save, temporary))
        finally:
            stream.close()

    # -- set-up ----------------------------------------------------------------------------
    def _set_up_page(self, kind: str) -> None:
        section = self.document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = styles.PAGE_WIDTH, styles.PAGE_HEIGHT
        section.left_margin = section.right_margin = styles.MARGIN
        section.top_margin = section.bottom_margin = styles.MARGIN
        section.header_distance = section.footer_distance = Cm(1.2)
        header = section.header.paragraphs[0]._p
        run(header, f"{self.project_name} · {kind}")
        run(header, f"\texported {self.date}")
        footer = section.footer.paragraphs[0]._p
        run(footer, "Page ")
        field(footer, "PAGE", "1")
        run(footer, " of ")
        field(footer, "NUMPAGES", "1")

    def _ask_word_to_update_fields(self) -> None:
        """``w:updateFields`` makes Word refresh the table of contents and page count on open
        (it asks the reader first); LibreOffice shows the entries written here."""
        settings: CT_Settings = self.document.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.insert_element_before(update, *_AFTER_UPDATE_FIELDS)

    def _fill_table_of_contents(self, anchor: etree._Element) -> None:
        """Replace the anchor with a ``TOC \\o "1-3" \\h \\z \\u`` field whose current result
        lists the headings (without page numbers, which only Word's layout knows)."""
        entries = [entry for entry in self._headings if entry.level <= 3] or [TocEntry(1, "(no headings)")]
        first = paragraph(styles.toc_style(entries[0].level))
        _field_char(first, "begin", dirty=True)
        instruction = _SubElement(_SubElement(first, _R), f"{_W}instrText")
        instruction.text = ' TOC \\o "1-3" \\h \\z \\u '
        instruction.set(_XML_SPACE, "preserve")
        _field_char(first, "separate")
        run(first, entries[0].text)
        previous = first
        anchor.addprevious(first)
        for entry in entries[1:]:
            following = paragraph(styles.toc_style(entry.level), entry.text)
            anchor.addprevious(following)
            previous = following
        _field_char(previous, "end")
        anchor.getparent().remove(anchor)
