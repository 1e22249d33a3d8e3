"""The coded-segments report's quotes, written as Word XML one document at a time and kept on
disk by section until the report is put together.

A report of 300,000 segments (the 50 MB project) held as records took most of a gigabyte:
every segment's text and every document's text at once (issue 9). Here the codings (small
tuples) are put with their document, and the documents are rendered one at a time in report
order: each segment at once as its quote and source paragraphs (``docx_stream.paragraph_xml``'s
XML, UTF-8), appended to its section's list (a code, or a group and a code); the lists go to a
temporary file every 10,000 segments. Only one document's text, the sections' counts and an
index of where each section's pieces lie stay in memory. The report then hands each section's
byte ranges to its body stream, under the section's heading, in the report's order.

Most quotes are document text whose lines need no special care; they are cut from the
document's UTF-8 bytes and written by a few byte replacements (the lines joined by ``w:br``),
which gives exactly what ``run_xml`` writes piece by piece. A quote holding a tab, a line that
begins or ends with a blank inside it, or a character that needs care, a source line with
names that need care, a memo or a review mark goes through ``paragraph_xml`` itself.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import tempfile
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import numpy

from caqda.core.documents import turn_spans
from caqda.core.exports import docx_styles as styles
from caqda.core.exports.docx_common import hex_color
from caqda.core.exports.docx_stream import paragraph_properties_xml, paragraph_xml
from caqda.core.exports.segments import SegmentQuery, _matching_documents
from caqda.core.filters import grouped, where_in
from caqda.core.helper_process import SECOND_PROCESS_FROM, HelperFailed, HelperProcess, start_helper
from caqda.core.project import Project
from caqda.core.review import current_marks
from caqda.core.text import line_starts

_SPILL_SEGMENTS = 10_000  # rendered segments kept in memory before they go to the file
# From this many segments, a second process renders the later half (see helper_process): the
# Word export of 60,000 (the 10 MB project) took 0.67-0.77 s instead of 0.87-1.11 s, and of
# 300,000 (50 MB) 2.6-2.75 s instead of 3.7-4.0 s; below, starting it costs about what it
# saves.
HELPER_SEGMENTS = SECOND_PROCESS_FROM
_log = logging.getLogger(__name__)
_BREAK = b"</w:t><w:br/><w:t>"
_KEPT = b'<w:t xml:space="preserve">'
_END = b"</w:t></w:r></w:p>"
# What a fast-path text may not hold: characters XML cannot hold (``xml_safe``) or that lxml
# writes as references (carriage return), and blanks other than spaces, tabs and line breaks
# (where a piece of a line begins or ends with one, it is written with xml:space="preserve").
_NEEDS_CARE = re.compile(
    "[\x00-\x08\x0b-\x1f\ufffe\uffff\ud800-\udfff"
    + "".join(
        re.escape(chr(point)) for point in range(0x3001) if chr(point).isspace() and chr(point) not in " \t\n"
    )
    + "]"
)
REVIEW_SIGNS = {"approved": "✓ approved", "rejected": "✗ rejected", "discuss": "? to discuss"}

# (document id, document name, coder name, speaker or None) -> a section's group
GroupKey = Callable[[int, str, str, str | None], str]


@dataclass(frozen=True)
class GroupOf:
    """A segment's group when the report is grouped by ``kind``: its document's name, its
    coder, its speaker, or its document's value of an attribute (``values``), ``missing`` when
    it has none. A class, not a lambda, so that a second process can be given it."""

    kind: str  # document, coder, speaker or attribute
    missing: str = ""
    values: dict[int, str] = field(default_factory=dict)

    def __call__(self, document_id: int, name: str, coder: str, speaker: str | None) -> str:
        if self.kind == "document":
            return name
        if self.kind == "coder":
            return coder
        if self.kind == "speaker":
            return speaker or self.missing
        return self.values.get(document_id, self.missing)


@dataclass
class Tally:
    """What a section's notes say: how many segments, from how many documents, by whom (and,
    for a group, which codes and its first document)."""

    segments: int = 0
    documents: int = 0
    coders: Counter[str] = field(default_factory=Counter)
    first_document: int | None = None
    codes: set[int] = field(default_factory=set)

    def follow(self, later: Tally) -> None:
        """Add the counts of a tally of later documents (none of them counted here)."""
        self.segments += later.segments
        self.documents += later.documents
        self.coders.update(later.coders)
        if self.first_document is None:
            self.first_document = later.first_document
        self.codes |= later.codes

    def count(self, document_id: int, coders: dict[str, int]) -> None:
        """Count one document's segments in this section, by coder."""
        self.documents += 1
        if self.first_document is None:
            self.first_document = document_id
        for coder, segments in coders.items():
            self.segments += segments
            self.coders[coder] += segments


class SegmentSpool:
    """Rendered XML of each section, appended in order, kept in a temporary file; a second
    process's spool (``adopt``) follows it in every section."""

    def __init__(self, file: IO[bytes] | None = None) -> None:
        self._file: IO[bytes] = file or tempfile.TemporaryFile(prefix="caqda-segments-")  # noqa: SIM115 (closed by close)
        self._pending: dict[Hashable, list[bytes]] = {}
        self._pending_segments = 0
        self.pieces: dict[Hashable, list[tuple[int, int]]] = {}
        self._adopted: list[tuple[IO[bytes], dict[Hashable, list[tuple[int, int]]]]] = []

    def add(self, by_key: dict[Hashable, list[bytes]], segments: int) -> None:
        """Append each section's new XML (``segments`` segments in all)."""
        for key, xml in by_key.items():
            held = self._pending.get(key)
            if held is None:
                self._pending[key] = xml
            else:
                held.extend(xml)
        self._pending_segments += segments
        if self._pending_segments > _SPILL_SEGMENTS:
            self.spill()

    def spill(self) -> None:
        self._file.seek(0, io.SEEK_END)
        for key, xml in self._pending.items():
            # The fast path leaves an empty w:t where a line is blank or a line break
            # begins or ends the quote; run_xml writes none.
            data = b"".join(xml).replace(b"<w:t></w:t>", b"")
            self.pieces.setdefault(key, []).append((self._file.tell(), len(data)))
            self._file.write(data)
        self._pending.clear()
        self._pending_segments = 0

    def adopt(self, file: IO[bytes], pieces: dict[Hashable, list[tuple[int, int]]]) -> None:
        """Let another spool's file (its ``pieces``), rendered from later documents, follow this
        one's in each section; it is closed (and deleted) with this spool."""
        self._adopted.append((file, pieces))

    def ranges(self, key: Hashable) -> list[tuple[IO[bytes], list[tuple[int, int]]]]:
        """Where the section's XML lies, in the order it was added: each file and its
        ``(offset, length)`` ranges."""
        self.spill()
        found = [(self._file, self.pieces.get(key, []))]
        found += [(file, pieces[key]) for file, pieces in self._adopted if key in pieces]
        return found

    def read(self, key: Hashable) -> bytes:
        """The section's XML (UTF-8), in the order it was added."""
        pieces = []
        for file, ranges in self.ranges(key):
            for offset, length in ranges:
                file.seek(offset)
                pieces.append(file.read(length))
            file.seek(0, io.SEEK_END)
        return b"".join(pieces)

    def close(self) -> None:
        self._file.close()
        for file, _ in self._adopted:
            file.close()
            with contextlib.suppress(OSError):  # already gone where an open file can be deleted
                os.unlink(file.name)


@dataclass
class SpooledSegments:
    spool: SegmentSpool
    sections: dict[Hashable, Tally]  # by code id, or by (group, code id)
    groups: dict[str, Tally]  # by group name (empty when grouped by code)
    total: Tally


def spool_segments(project: Project, query: SegmentQuery, group_of: GroupKey | None) -> SpooledSegments:
    """Render every segment the query selects, by section: code ids (``group_of`` None) or
    ``(group, code id)``, each in document order then text order (as ``collect_segments``).
    A large report's later documents are rendered by a second process meanwhile (a
    ``HelperProcess``; ``group_of`` must then be picklable, as a ``GroupOf`` is)."""
    cursor = project.connection.cursor()
    cursor.row_factory = None
    marks = current_marks(project)
    allowed = _matching_documents(project, query)
    where, parameters = where_in(
        (("document_id", allowed), ("code_id", query.code_ids), ("coder_id", query.coder_ids))
    )
    # Only when the report is large is a second process worth starting (~0.3 s, while the
    # codings are read below); it loads the renderer meanwhile.
    segments = cursor.execute(f"SELECT COUNT(*) FROM codings {where}", tuple(parameters)).fetchone()[0]
    helper = start_helper(segments, __name__, HELPER_SEGMENTS)
    try:
        # The codings (small tuples, no text) read in table order and put with their document.
        columns = 'document_id, start, "end", id, code_id, coder_id, memo' + (", uuid" if marks else "")
        by_document = grouped(cursor.execute(f"SELECT {columns} FROM codings {where}", tuple(parameters)), 0)
        colours = dict(cursor.execute("SELECT id, color FROM codes").fetchall())
        coders = dict(cursor.execute("SELECT id, name FROM coders").fetchall())
        setup = (colours, coders, marks, group_of)
        renderer = _Renderer(*setup)
        order = [
            (document_id, name)
            for document_id, name in cursor.execute("SELECT id, name FROM documents ORDER BY position, id")
            if document_id in by_document
        ]
        own = len(order)
        failed: HelperFailed | None = None
        if helper is not None:  # the later half of the segments goes to the second process
            helper.send(setup)
            own = _first_half(order, by_document)
            for document_id, name in order[own:]:
                helper.send(_document(project, document_id, name, by_document.pop(document_id)))
            try:
                helper.run(__name__, "render_documents")
            except HelperFailed as error:
                failed = error
        spooled = SpooledSegments(SegmentSpool(), {}, {}, Tally())
        try:
            for document_id, name in order[:own]:
                codings = by_document.pop(document_id)
                renderer.document(*_document(project, document_id, name, codings), spooled)
            if helper is not None:
                _add_helpers_half(helper, failed, renderer, spooled)
        except BaseException:
            spooled.spool.close()  # the caller only closes what it was given
            raise
    finally:
        if helper is not None:
            helper.close()
    return spooled


def _add_helpers_half(
    helper: HelperProcess, failed: HelperFailed | None, renderer: _Renderer, spooled: SpooledSegments
) -> None:
    """The second process's sections after this one's, or, if it failed, its documents
    rendered here: the report is the same either way, only later."""
    try:
        if failed is not None:
            raise failed
        (pieces, sections, groups, total), file = helper.finish()
    except HelperFailed as error:
        _log.warning("%s The report is finished without it.", error)
        sent = helper.sent()
        next(sent)  # the renderer's setup
        for document in sent:
            renderer.document(*document, spooled)
        return
    spooled.spool.adopt(file, pieces)
    _follow(spooled, sections, groups, total)


def _first_half(order: list[tuple[int, str]], by_document: dict[int, list[tuple]]) -> int:
    """How many of the documents (in report order) hold the first half of the segments."""
    total = sum(len(by_document[document_id]) for document_id, _ in order)
    counted = 0
    for index, (document_id, _) in enumerate(order):
        counted += len(by_document[document_id])
        if counted * 2 >= total:
            return index + 1
    return len(order)


def _document(
    project: Project, document_id: int, name: str, codings: list[tuple]
) -> tuple[int, str, str, list[tuple[int, int, str]], list[tuple]]:
    """What ``_Renderer.document`` takes for one document: its text, turns and codings (put in
    the report's order: by start, end, id)."""
    codings.sort()
    text = project.connection.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
    return document_id, name, text, turn_spans(project, document_id), codings


def render_documents(items: Iterator[Any], output: IO[bytes]) -> tuple:
    """The second process's part (``HelperProcess.run``): render the documents sent after
    the renderer's setup into a spool in ``output``; return its pieces and counts."""
    renderer = _Renderer(*next(items))
    spooled = SpooledSegments(SegmentSpool(output), {}, {}, Tally())
    for document in items:
        renderer.document(*document, spooled)
    spooled.spool.spill()
    output.flush()
    return spooled.spool.pieces, spooled.sections, spooled.groups, spooled.total


def _follow(spooled: SpooledSegments, sections: dict, groups: dict, total: Tally) -> None:
    """Add the counts of later documents (the second process's) to the first ones'."""
    for into, later in ((spooled.sections, sections), (spooled.groups, groups)):
        for key, tally in later.items():
            held = into.get(key)
            if held is None:
                into[key] = tally
            else:
                held.follow(tally)
    spooled.total.follow(total)


class _Renderer:
    def __init__(
        self, colours: dict[int, str], coders: dict[int, str], marks: dict, group_of: GroupKey | None
    ) -> None:
        self.coders = coders
        self.marks = marks
        self.group_of = group_of
        self.bars = {code_id: hex_color(colour) for code_id, colour in colours.items()}
        quote_properties = {
            code_id: f"<w:p>{paragraph_properties_xml(styles.QUOTE, False, bar, None)}<w:r>".encode()
            for code_id, bar in self.bars.items()
        }
        self.quote_heads = {code_id: head + b"<w:t>" for code_id, head in quote_properties.items()}
        self.quote_heads_kept = {code_id: head + _KEPT for code_id, head in quote_properties.items()}
        meta = paragraph_properties_xml(styles.SEGMENT_META, False, None, None)
        self.meta_head = f"<w:p>{meta}<w:r><w:t>".encode()
        self.coder_xml = {coder_id: _plain(name, end=True) for coder_id, name in coders.items()}

    def document(
        self,
        document_id: int,
        name: str,
        text: str,
        turns: list[tuple[int, int, str]],
        codings: list[tuple],
        spooled: SpooledSegments,
    ) -> None:
        starts = line_starts(text)
        turn_starts = [turn[0] for turn in turns]
        # Text caqda has normalised (most) holds no blanks but spaces, tabs and line breaks:
        # its quotes are cut from its UTF-8 bytes, whose replacements run far faster than on
        # text with an emoji (four bytes a character in memory).
        simple = not _NEEDS_CARE.search(text)
        data = text.encode("utf-8") if simple else b""
        cut_from = [row[1] for row in codings]
        cut_to = [row[2] for row in codings]
        if simple and len(data) != len(text):  # where each cut lies in the bytes
            cuts = _byte_offsets(data, cut_from + cut_to)
            cut_from, cut_to = cuts[: len(codings)], cuts[len(codings) :]
        escape = b"&" in data or b"<" in data or b">" in data
        name_xml = _plain(name, end=False)
        speaker_xml: dict[str, bytes | None] = {}
        by_key: defaultdict[Hashable, list[bytes]] = defaultdict(list)
        counted: list[tuple[Hashable, int]] = []
        marks, coders, group_of = self.marks, self.coders, self.group_of
        quote_heads, kept_heads, meta_head, coder_xml = (
            self.quote_heads, self.quote_heads_kept, self.meta_head, self.coder_xml
        )  # fmt: skip
        for row, cut_start, cut_end in zip(codings, cut_from, cut_to, strict=True):
            start, end, code_id, coder_id = row[1], row[2], row[4], row[5]
            # The first and last visible characters (as DocumentContext.visible_span).
            first, last = start, end - 1
            while first < last and text[first].isspace():
                first += 1
            while last > first and text[last].isspace():
                last -= 1
            line_start, line_end = bisect_right(starts, first), bisect_right(starts, last)
            speaker = None
            index = bisect_right(turn_starts, first) - 1
            if index >= 0:
                turn = turns[index]
                if first < turn[1]:
                    speaker = turn[2]
            if group_of is None:
                key: Hashable = code_id
            else:
                key = (group_of(document_id, name, coders[coder_id], speaker), code_id)
            counted.append((key, coder_id))

            quote = data[cut_start:cut_end]
            if quote and b"\t" not in quote and b"\n " not in quote and b" \n" not in quote:
                if escape:
                    quote = quote.replace(b"&", b"&amp;").replace(b"<", b"&lt;").replace(b">", b"&gt;")
                # Only spaces can begin or end a piece here: at the quote's two ends.
                head = kept_heads[code_id] if quote[0] == 32 else quote_heads[code_id]
                if b"\n" in quote:
                    quote = quote.replace(b"\n", _BREAK)
                    if quote[-1] == 32:
                        before, _, after = quote.rpartition(b"<w:t>")
                        quote = before + _KEPT + after
                elif quote[-1] == 32:
                    head = kept_heads[code_id]
                quoted = head + quote + _END
            else:
                quoted = paragraph_xml(styles.QUOTE, text[start:end], left_border=self.bars[code_id]).encode()
            memo = row[6].strip() if row[6] else ""
            mark = marks.get(row[7]) if marks else None
            plain_speaker = None
            if speaker:
                plain_speaker = speaker_xml.get(speaker, b"")
                if plain_speaker == b"":
                    plain_speaker = speaker_xml[speaker] = _plain(speaker, end=False)
            coder = coder_xml[coder_id]
            if (
                memo
                or mark is not None
                or name_xml is None
                or coder is None
                or (speaker and plain_speaker is None)
            ):
                lines = f"line {line_start}" if line_start == line_end else f"lines {line_start}–{line_end}"
                source = self._source(name, speaker, lines, coders[coder_id], memo, mark)
                by_key[key].append(quoted + source.encode())
            elif line_start == line_end:
                if speaker:
                    by_key[key].append(b"%s%s%s \xc2\xb7 %s \xc2\xb7 line %d \xc2\xb7 %s%s" % (
                        quoted, meta_head, name_xml, plain_speaker, line_start, coder, _END
                    ))  # fmt: skip
                else:
                    by_key[key].append(b"%s%s%s \xc2\xb7 line %d \xc2\xb7 %s%s" % (
                        quoted, meta_head, name_xml, line_start, coder, _END
                    ))  # fmt: skip
            elif speaker:
                by_key[key].append(b"%s%s%s \xc2\xb7 %s \xc2\xb7 lines %d\xe2\x80\x93%d \xc2\xb7 %s%s" % (
                    quoted, meta_head, name_xml, plain_speaker, line_start, line_end, coder, _END
                ))  # fmt: skip
            else:
                by_key[key].append(b"%s%s%s \xc2\xb7 lines %d\xe2\x80\x93%d \xc2\xb7 %s%s" % (
                    quoted, meta_head, name_xml, line_start, line_end, coder, _END
                ))  # fmt: skip
        self._count(document_id, counted, spooled)
        spooled.spool.add(by_key, len(codings))

    @staticmethod
    def _source(name: str, speaker: str | None, lines: str, coder: str, memo: str, mark: Any) -> str:
        """The source line (and memo) written by ``paragraph_xml``: the general way."""
        where = [name]
        if speaker:
            where.append(speaker)
        where.append(lines)
        where.append(coder)
        if mark is not None:
            where.append(review_note(mark.mark, mark.reviewer, mark.comment))
        if memo:
            return paragraph_xml(
                styles.SEGMENT_META, " · ".join(where), keep_next=True, space_after=0
            ) + paragraph_xml(styles.SEGMENT_MEMO, runs=(("Memo: ", True), (memo, False)))
        return paragraph_xml(styles.SEGMENT_META, " · ".join(where))

    def _count(self, document_id: int, counted: list[tuple[Hashable, int]], spooled: SpooledSegments) -> None:
        """Add one document's segments to the counts of its sections, groups and the report."""
        by_section: defaultdict[Hashable, dict[str, int]] = defaultdict(dict)
        everyone: Counter[str] = Counter()
        for (key, coder_id), segments in Counter(counted).items():
            coder = self.coders[coder_id]
            by_section[key][coder] = segments
            everyone[coder] += segments
        spooled.total.count(document_id, everyone)
        groups: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for key, by_coder in by_section.items():
            tally = spooled.sections.get(key)
            if tally is None:
                tally = spooled.sections[key] = Tally()
            tally.count(document_id, by_coder)
            if self.group_of is not None:
                group, code_id = key  # type: ignore[misc]
                groups[group].update(by_coder)
                tally = spooled.groups.get(group)
                if tally is None:
                    tally = spooled.groups[group] = Tally()
                tally.codes.add(code_id)
        for group, by_coder in groups.items():
            spooled.groups[group].count(document_id, by_coder)


def _plain(value: str, *, end: bool) -> bytes | None:
    """``value`` escaped for the middle of a fast-path w:t (UTF-8), or None when it needs
    care: it would start (``end`` False) or end (``end`` True) the w:t with a space, or holds
    a character that splits runs or is not plain XML text."""
    if not value or _NEEDS_CARE.search(value) or "\t" in value or "\n" in value:
        return None
    if value[-1 if end else 0].isspace():
        return None
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode()


def _byte_offsets(data: bytes, offsets: list[int]) -> list[int]:
    """Where the characters at ``offsets`` (code points; the text's length for its end) begin
    in its UTF-8 ``data``: each character begins at a byte that does not continue another."""
    bytes_ = numpy.frombuffer(data, dtype=numpy.uint8)
    starts = numpy.flatnonzero(numpy.bitwise_and(bytes_, 0xC0) != 0x80)
    wanted = numpy.array(offsets)
    found = starts[numpy.minimum(wanted, len(starts) - 1)]
    return numpy.where(wanted >= len(starts), len(data), found).tolist()


def review_note(mark: str, reviewer: str, comment: str) -> str:
    """'✓ approved by Sup' or '✗ rejected by Sup: too broad', for the segment's source line."""
    note = f"{REVIEW_SIGNS.get(mark, mark)} by {reviewer}"
    return f"{note}: {comment}" if comment else note
