"""A commented transcript: the document's text with every coding as a Word comment.

Each line of the normalised text becomes a paragraph, numbered in the margin as caqda numbers
lines (so "lines 12–14" in a segments report can be checked here), with speaker labels in
bold. Coded passages are shaded in their code's colour (darker where codings overlap), and
every coding is a real comment anchored on exactly its passage: author the coder, text the
code and the memo. A supervisor can read, reply to and resolve them in Word.

Runs are cut at every coding boundary, so overlapping codings each get their own comment
range; a range may run over several paragraphs. A range that begins or ends on a line break
is anchored from the first to the last character that is not a line break, because a comment
cannot start or end between paragraphs.
"""

from __future__ import annotations

import os
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from docx.comments import Comments
from lxml import etree

from caqda.core.codebook import list_codes
from caqda.core.coders import list_coders
from caqda.core.coding import CodingFilter, list_codings
from caqda.core.documents import document_text, get_document, speaker_turns
from caqda.core.exports import docx_styles as styles
from caqda.core.exports.common import ExportError, ExportSummary, check_target, counted, xml_safe
from caqda.core.exports.docx_common import WordReport, hex_color, lighten, run
from caqda.core.models import Code, Coding
from caqda.core.project import Project
from caqda.core.text import line_number, line_starts

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def export_transcript_docx(
    project: Project,
    path: str | os.PathLike[str],
    document_id: int,
    *,
    coder_ids: Iterable[int] | None = None,
    line_numbers: bool = True,
) -> ExportSummary:
    """Write one document as a Word transcript with each coding as a comment; ``items`` is the
    number of comments (codings) written.

    ``coder_ids`` keeps only those coders' codings. Line numbers are in a character style of
    their own ("line number"); ``line_numbers=False`` leaves them out. A document without
    codings is still exported, as a plain numbered transcript. Raises :class:`ExportError`
    when the file cannot be written and ``NotFoundError`` for an unknown document.
    """
    target = check_target(path, (".docx",))
    document = get_document(project, document_id)
    text = document_text(project, document_id)
    codings = list_codings(
        project,
        CodingFilter(document_ids=(document_id,), coder_ids=None if coder_ids is None else tuple(coder_ids)),
    )
    codes = {code.id: code for code in list_codes(project)}
    coder_names = {coder.id: coder.name for coder in list_coders(project)}

    report = WordReport(project, kind=f"Transcript: {document.name}", title=document.name)
    coders_present = sorted({coder_names[coding.coder_id] for coding in codings})
    report.title_block(
        document.name,
        f"Project: {report.project_name}",
        [
            (
                f"{counted(len(codings), 'coding')} by {', '.join(coders_present)}, each shown as a comment "
                "on its passage; passages are shaded in their code's colour, darker where codings overlap."
            )
            if codings
            else "No codings to show.",
            f"Exported from {project.path.name} on {report.date}. Line numbers count the lines of the "
            "transcript as caqda shows them.",
        ],
    )
    _legend(report, codings, codes)
    anchors = [_Anchor.of(coding, text, codes[coding.code_id]) for coding in codings]
    if not hasattr(report.document, "comments"):
        raise ExportError("Commented transcripts need python-docx 1.2 or later; update it and export again.")
    comment_ids = _add_comments(report.document.comments, codings, codes, coder_names)
    _TranscriptBody(report, text, anchors, comment_ids, line_numbers).write(
        [(turn.start, turn.content_start) for turn in speaker_turns(project, document_id)]
    )
    report.save(target)
    return ExportSummary(target, len(codings))


@dataclass(frozen=True)
class _Anchor:
    """Where a coding's comment range starts and ends (line breaks at its ends left out)."""

    start: int
    end: int
    length: int
    color: str

    @classmethod
    def of(cls, coding: Coding, text: str, code: Code) -> _Anchor:
        start, end = coding.start, coding.end
        while start < end and text[start] == "\n":
            start += 1
        while end > start and text[end - 1] == "\n":
            end -= 1
        return cls(start, end, coding.end - coding.start, code.color)


def _legend(report: WordReport, codings: list[Coding], codes: dict[int, Code]) -> None:
    """One line naming each code used, in its colour, with how often."""
    if not codings:
        return
    uses = Counter(coding.code_id for coding in codings)
    order = {code_id: index for index, code_id in enumerate(codes)}
    report.paragraph(styles.FIELD_LABEL, "Codes in this transcript")
    legend = report.paragraph(styles.REPORT_INFO, space_after=240)
    for index, code_id in enumerate(sorted(uses, key=order.__getitem__)):
        code = codes[code_id]
        run(legend, ("   " if index else "") + "■\u00a0", color=hex_color(code.color), size=22)
        run(legend, f"{code.name}\u00a0({uses[code_id]})")
    report.paragraph(styles.FIELD_LABEL, "Transcript")


def _add_comments(
    comments: Comments, codings: list[Coding], codes: dict[int, Code], coder_names: dict[int, str]
) -> list[int]:
    """Write one ``w:comment`` per coding straight into the comments part, as python-docx's
    ``add_comment`` writes it (a ``CommentText`` paragraph per line, the first opening with the
    annotation mark), and return their ids. python-docx looks for a free id by scanning every
    comment on each call: 1,199 comments took a second that way."""
    element = comments._comments_elm  # python-docx has no bulk API for comments
    used = [int(value) for value in element.xpath("./w:comment/@w:id")]
    first_id = max(used, default=-1) + 1
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    ids = []
    for offset, coding in enumerate(codings):
        code = codes[coding.code_id]
        parent = codes.get(code.parent_id) if code.parent_id is not None else None
        lines = [f"{code.name} ({parent.name})" if parent else code.name]
        if coding.memo.strip():
            lines.extend(f"Memo: {coding.memo.strip()}".split("\n"))
        comment_id = first_id + offset
        coder = coder_names[coding.coder_id]
        comment = etree.SubElement(element, f"{_W}comment")
        comment.set(f"{_W}id", str(comment_id))
        comment.set(f"{_W}author", xml_safe(coder))
        comment.set(f"{_W}date", _comment_date(coding.created_at) or now)  # the coding's own time
        comment.set(f"{_W}initials", xml_safe(_initials(coder)))
        for index, line in enumerate(lines):
            paragraph = etree.SubElement(comment, f"{_W}p")
            etree.SubElement(etree.SubElement(paragraph, f"{_W}pPr"), f"{_W}pStyle").set(
                f"{_W}val", "CommentText"
            )
            if index == 0:
                mark = run(paragraph, "", style="CommentReference")
                etree.SubElement(mark, f"{_W}annotationRef")
            if line:
                run(paragraph, line)
        ids.append(comment_id)
    return ids


def _comment_date(created_at: str) -> str | None:
    """A coding's ISO time as a comment's ``w:date`` (UTC, to the second); None if unreadable."""
    try:
        return datetime.fromisoformat(created_at).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (TypeError, ValueError):
        return None


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word)[:4].upper()


class _TranscriptBody:
    """Writes the lines of the text as paragraphs, cutting runs at every boundary."""

    def __init__(
        self,
        report: WordReport,
        text: str,
        anchors: list[_Anchor],
        comment_ids: list[int],
        line_numbers: bool,
    ) -> None:
        self.report = report
        self.text = text
        self.anchors = anchors
        self.comment_ids = comment_ids
        self.line_numbers = line_numbers
        self.starting: dict[int, list[int]] = {}
        self.ending: dict[int, list[int]] = {}
        # A coding of nothing but line breaks has no character to anchor on: its comment gets
        # an empty range at the start of the line after them.
        self.empty_at_line: dict[int, list[int]] = {}
        starts = line_starts(text)
        for index, anchor in enumerate(anchors):
            if anchor.start == anchor.end:
                self.empty_at_line.setdefault(line_number(starts, anchor.start), []).append(index)
            else:
                self.starting.setdefault(anchor.start, []).append(index)
                self.ending.setdefault(anchor.end, []).append(index)

    def write(self, labels: list[tuple[int, int]]) -> None:
        label_starts = [start for start, _ in labels]
        boundaries = sorted({*self.starting, *self.ending, *(p for label in labels for p in label)})
        active: set[int] = set()
        starts = line_starts(self.text)
        for number, line_start in enumerate(starts, start=1):
            line_end = starts[number] - 1 if number < len(starts) else len(self.text)
            paragraph = self.report.paragraph(styles.TRANSCRIPT)
            if self.line_numbers:
                run(paragraph, f"{number}\t", style=styles.LINE_NUMBER)
            for index in self.empty_at_line.get(number, ()):
                self._range_start(paragraph, index)
                self._range_end(paragraph, index)
            cuts = boundaries[bisect_right(boundaries, line_start) : bisect_left(boundaries, line_end)]
            piece_start = line_start
            for piece_end in [*cuts, line_end]:
                if piece_start == piece_end:
                    continue
                for index in self.starting.get(piece_start, ()):
                    self._range_start(paragraph, index)
                    active.add(index)
                label = bisect_right(label_starts, piece_start) - 1
                bold = label >= 0 and labels[label][0] <= piece_start < labels[label][1]
                run(
                    paragraph,
                    self.text[piece_start:piece_end],
                    bold=bold,
                    shading=self._shading(active),
                )
                for index in self.ending.get(piece_end, ()):
                    if index in active:
                        self._range_end(paragraph, index)
                        active.discard(index)
                piece_start = piece_end
        for index in sorted(active):  # cannot happen with valid offsets; keep the file valid anyway
            self._range_end(self.report.paragraph(), index)

    def _shading(self, active: set[int]) -> str | None:
        if not active:
            return None
        innermost = min(active, key=lambda index: self.anchors[index].length)
        return lighten(self.anchors[innermost].color, 0.55 if len(active) == 1 else 0.35)

    def _range_start(self, paragraph: etree._Element, index: int) -> None:
        etree.SubElement(paragraph, f"{_W}commentRangeStart").set(f"{_W}id", str(self.comment_ids[index]))

    def _range_end(self, paragraph: etree._Element, index: int) -> None:
        comment_id = str(self.comment_ids[index])
        etree.SubElement(paragraph, f"{_W}commentRangeEnd").set(f"{_W}id", comment_id)
        reference = run(paragraph, "", style="CommentReference")
        etree.SubElement(reference, f"{_W}commentReference").set(f"{_W}id", comment_id)
