"""The look of caqda's Word reports: page, fonts, headings, quotes, metadata lines.

Everything is a named style, so a researcher who pastes a section into a thesis can restyle
it in one place, and Word's navigation pane and table of contents see real headings. Styles
are written as WordprocessingML because the order of elements inside ``w:pPr`` and ``w:rPr``
is fixed by the schema and Word refuses files that break it; a string keeps that order in
view. Sizes: ``w:sz`` in half-points, spacing and indents in twentieths of a point (twips).
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.styles import CT_Styles
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm

# A4 with 2.5 cm margins: the text is 16 cm (9072 twips) wide.
PAGE_WIDTH = Cm(21.0)
PAGE_HEIGHT = Cm(29.7)
MARGIN = Cm(2.5)
TEXT_WIDTH_TWIPS = 9072

# Style ids the report builders use.
TITLE = "Title"
SUBTITLE = "Subtitle"
REPORT_INFO = "ReportInfo"
TOC_HEADING = "TOCHeading"
QUOTE = "Quote"
SEGMENT_META = "SegmentMeta"
SEGMENT_MEMO = "SegmentMemo"
CODE_NOTE = "CodeNote"
FIELD_LABEL = "FieldLabel"
TABLE_TEXT = "TableText"
TRANSCRIPT = "Transcript"
LINE_NUMBER = "LineNumber"
HEADER = "Header"
FOOTER = "Footer"


def heading_style(level: int) -> str:
    return f"Heading{max(1, min(level, 9))}"


def toc_style(level: int) -> str:
    return f"TOC{max(1, min(level, 9))}"


BODY_FONT = "Calibri"
MUTED = "6B7280"
INK = "1F2937"
HEADING_INK = "1F3A5F"
RULE = "CBD5E1"

# (style id, name, type, based on, pPr children, rPr children). ``None`` for pPr or rPr keeps
# what the template has; a string replaces it.
_RIGHT_TAB = f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH_TWIPS}"/></w:tabs>'
_HEADINGS = [
    (
        "Heading1",
        "heading 1",
        f'<w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="3" w:color="{RULE}"/>'
        '</w:pBdr><w:spacing w:before="360" w:after="160"/><w:outlineLvl w:val="0"/>',
        f'<w:b/><w:bCs/><w:color w:val="{HEADING_INK}"/><w:sz w:val="34"/><w:szCs w:val="34"/>',
    ),
    (
        "Heading2",
        "heading 2",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="320" w:after="60"/><w:outlineLvl w:val="1"/>',
        '<w:b/><w:bCs/><w:color w:val="2F5D8A"/><w:sz w:val="26"/><w:szCs w:val="26"/>',
    ),
    (
        "Heading3",
        "heading 3",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="40"/><w:outlineLvl w:val="2"/>',
        '<w:b/><w:bCs/><w:color w:val="3B6EA5"/><w:sz w:val="23"/><w:szCs w:val="23"/>',
    ),
]
_STYLES: list[tuple[str, str, str, str | None, str | None, str | None]] = [
    (
        TITLE,
        "Title",
        "paragraph",
        "Normal",
        '<w:spacing w:before="0" w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>',
        f'<w:b/><w:bCs/><w:color w:val="{HEADING_INK}"/><w:kern w:val="28"/>'
        '<w:sz w:val="52"/><w:szCs w:val="52"/>',
    ),
    (
        SUBTITLE,
        "Subtitle",
        "paragraph",
        "Normal",
        '<w:spacing w:after="240"/>',
        '<w:color w:val="4B5563"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
    ),
    (
        REPORT_INFO,
        "Report Info",
        "paragraph",
        "Normal",
        '<w:spacing w:after="40"/>',
        f'<w:color w:val="{MUTED}"/><w:sz w:val="19"/><w:szCs w:val="19"/>',
    ),
    (
        QUOTE,
        "Quote",
        "paragraph",
        "Normal",
        f'<w:keepNext/><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="{RULE}"/></w:pBdr>'
        '<w:spacing w:before="160" w:after="40" w:line="264" w:lineRule="auto"/>'
        '<w:ind w:left="454" w:right="284"/>',
        f'<w:color w:val="{INK}"/><w:sz w:val="21"/><w:szCs w:val="21"/>',
    ),
    (
        SEGMENT_META,
        "Segment Meta",
        "paragraph",
        "Normal",
        '<w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:left="454"/>',
        f'<w:color w:val="{MUTED}"/><w:sz w:val="17"/><w:szCs w:val="17"/>',
    ),
    (
        SEGMENT_MEMO,
        "Segment Memo",
        "paragraph",
        "Normal",
        '<w:spacing w:before="20" w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:left="454"/>',
        '<w:i/><w:iCs/><w:color w:val="4B5563"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
    ),
    (
        CODE_NOTE,
        "Code Note",
        "paragraph",
        "Normal",
        '<w:keepNext/><w:spacing w:after="80"/>',
        '<w:color w:val="374151"/><w:sz w:val="20"/><w:szCs w:val="20"/>',
    ),
    (
        FIELD_LABEL,
        "Field Label",
        "paragraph",
        "Normal",
        '<w:keepNext/><w:spacing w:before="120" w:after="20"/>',
        f'<w:b/><w:bCs/><w:caps/><w:color w:val="{MUTED}"/><w:spacing w:val="10"/><w:sz w:val="16"/>'
        '<w:szCs w:val="16"/>',
    ),
    (
        TABLE_TEXT,
        "Table Text",
        "paragraph",
        "Normal",
        '<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>',
        '<w:sz w:val="19"/><w:szCs w:val="19"/>',
    ),
    (
        TRANSCRIPT,
        "Transcript",
        "paragraph",
        "Normal",
        '<w:spacing w:after="100" w:line="269" w:lineRule="auto"/><w:ind w:left="567" w:hanging="567"/>',
        '<w:sz w:val="21"/><w:szCs w:val="21"/>',
    ),
    (
        LINE_NUMBER,
        "line number",
        "character",
        None,
        None,
        '<w:color w:val="9CA3AF"/><w:sz w:val="16"/><w:szCs w:val="16"/>',
    ),
    ("TOC1", "toc 1", "paragraph", "Normal", '<w:spacing w:before="80" w:after="20"/>', "<w:b/><w:bCs/>"),
    ("TOC2", "toc 2", "paragraph", "Normal", '<w:spacing w:after="0"/><w:ind w:left="284"/>', None),
    (
        "TOC3",
        "toc 3",
        "paragraph",
        "Normal",
        '<w:spacing w:after="0"/><w:ind w:left="567"/>',
        '<w:color w:val="4B5563"/><w:sz w:val="20"/><w:szCs w:val="20"/>',
    ),
    (
        TOC_HEADING,
        "TOC Heading",
        "paragraph",
        "Heading1",
        '<w:spacing w:before="480" w:after="160"/><w:outlineLvl w:val="9"/>',
        None,
    ),
    (
        "CommentText",
        "annotation text",
        "paragraph",
        "Normal",
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
        '<w:sz w:val="20"/><w:szCs w:val="20"/>',
    ),
    (
        "CommentReference",
        "annotation reference",
        "character",
        None,
        None,
        '<w:sz w:val="16"/><w:szCs w:val="16"/>',
    ),
    (
        HEADER,
        "header",
        "paragraph",
        "Normal",
        f'{_RIGHT_TAB}<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
        f'<w:color w:val="{MUTED}"/><w:sz w:val="17"/><w:szCs w:val="17"/>',
    ),
    (
        FOOTER,
        "footer",
        "paragraph",
        "Normal",
        f'{_RIGHT_TAB}<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
        f'<w:color w:val="{MUTED}"/><w:sz w:val="17"/><w:szCs w:val="17"/>',
    ),
]
_CUSTOM = {REPORT_INFO, SEGMENT_META, SEGMENT_MEMO, CODE_NOTE, FIELD_LABEL, TABLE_TEXT, TRANSCRIPT}
# Children of w:style that come after w:pPr and w:rPr in the schema.
_AFTER_PPR = ("w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")
_AFTER_RPR = ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")


def install_styles(document: WordDocument) -> None:
    """Give a new python-docx document caqda's report styles (replacing the template's look)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        fonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
        if fonts is not None:  # the template's theme would give Cambria; name the font outright
            for script in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
                fonts.attrib.pop(qn(script), None)
            for script in ("w:ascii", "w:hAnsi", "w:cs"):
                fonts.set(qn(script), BODY_FONT)
        spacing = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
        if spacing is not None:
            spacing.set(qn("w:after"), "120")
            spacing.set(qn("w:line"), "264")
    for style_id, name, pPr, rPr in _HEADINGS:
        _define(styles, style_id, name, "paragraph", "Normal", pPr, rPr)
    for style_id, name, kind, based_on, pPr, rPr in _STYLES:
        _define(styles, style_id, name, kind, based_on, pPr, rPr)


def _define(
    styles: CT_Styles,
    style_id: str,
    name: str,
    kind: str,
    based_on: str | None,
    pPr: str | None,
    rPr: str | None,
) -> None:
    style = styles.get_by_id(style_id)
    if style is None:
        based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
        custom = ' w:customStyle="1"' if style_id in _CUSTOM else ""
        style = parse_xml(
            f'<w:style {nsdecls("w")} w:type="{kind}"{custom} w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'{based}<w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/></w:style>'
        )
        styles.append(style)
    else:
        for hidden in style.findall(qn("w:semiHidden")):
            style.remove(hidden)
    if pPr is not None:
        _replace(style, "w:pPr", pPr, _AFTER_PPR)
    if rPr is not None:
        _replace(style, "w:rPr", rPr, _AFTER_RPR)


def _replace(style: BaseOxmlElement, tag: str, children: str, successors: tuple[str, ...]) -> None:
    old = style.find(qn(tag))
    if old is not None:
        style.remove(old)
    style.insert_element_before(parse_xml(f"<{tag} {nsdecls('w')}>{children}</{tag}>"), *successors)
