"""Text normalisation and the structure caqda reads out of a transcript.

Every offset in a project counts Unicode code points over the normalised text (NFC, ``\\n``
line ends), so the same coding means the same characters whatever program wrote the file.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import overload

# Control characters other than tab and newline carry no meaning in a transcript and would
# confuse offsets in other tools; they are dropped.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_BLANK_RUN = re.compile(r"\n[ \t]*\n")
# Blanks ending a line, matched only from the start of their run (the look-behind), so a long
# run of spaces inside a line costs one pass, not one per space.
_TRAILING_BLANKS = re.compile(r"(?<![ \t])[ \t]+$", re.MULTILINE)
_NON_SPACE = re.compile(r"\S")


def normalise(text: str) -> str:
    """NFC, LF line ends, no byte-order mark or stray control characters, no trailing blanks.

    UTF-16 surrogate pairs left as two characters (RTF writes an emoji as two ``\\u`` escapes)
    are joined into the one character they stand for; a lone surrogate becomes U+FFFD. Either
    would otherwise count twice in offsets, or fail to be stored at all.

    A long text is normalised a piece of about a megabyte at a time, each piece ending at a
    line break (no rule here reaches across one), and a text that needs no change is returned
    as it is: a large transcript is held at most about three times over, never as a list of
    lines or as one unicodedata buffer of four bytes a character.
    """
    return normalise_owned([text])[0]


def normalise_owned(holder: list[str]) -> tuple[str, bool]:
    """:func:`normalise` for a caller that hands over its only reference to the text in
    ``holder`` (emptied here), so that the text as read is let go before the normalised text is
    put together; also says whether anything changed."""
    text = holder.pop()
    if len(text) <= _PIECE:
        normal = _normalise_piece(text).strip("\n")
        return normal, normal != text
    bounds = []
    start = 0
    while start < len(text):
        cut = text.find("\n", start + _PIECE)
        end = len(text) if cut == -1 else cut + 1
        bounds.append((start, end))
        start = end
    changed: list[str | None] = []
    for start, end in bounds:
        piece = text[start:end]
        normal = _normalise_piece(piece)
        changed.append(None if normal == piece else normal)
        del piece, normal
    if all(piece is None for piece in changed):
        stripped = text.strip("\n")
        return stripped, stripped is not text
    pieces = [text[a:b] if piece is None else piece for (a, b), piece in zip(bounds, changed, strict=True)]
    del changed, text
    joined = "".join(pieces)
    del pieces
    return joined.strip("\n"), True


_PIECE = 1 << 15
_OTHER_BREAKS = re.compile(r"[\r\u2028\u2029\x0b\x0c\x85]")
_BREAKS_TO_LF = str.maketrans(dict.fromkeys("\r\u2028\u2029\x0b\x0c\x85", "\n"))


def _normalise_piece(text: str) -> str:
    """:func:`normalise` but the outer strip, for a piece of text; returns ``text`` itself
    when nothing changes."""
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    if _OTHER_BREAKS.search(text):
        text = text.translate(_BREAKS_TO_LF)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return _TRAILING_BLANKS.sub("", text)


def line_starts(text: str) -> list[int]:
    """Offsets where each line begins; line ``n`` (1-based) starts at ``line_starts[n - 1]``."""
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def line_number(starts: list[int], offset: int) -> int:
    """1-based line holding ``offset``, given :func:`line_starts` of the text."""
    return bisect_right(starts, offset)


class Spans(Sequence[tuple[int, int]]):
    """``[start, end)`` spans (paragraphs) kept as one array of integers: 16 bytes a span
    instead of about 120 for a list of tuples, which for a transcript of short lines would
    outweigh its text."""

    __slots__ = ("_flat",)

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._flat = array("q")
        for start, end in spans:
            self._flat.append(start)
            self._flat.append(end)

    def append(self, start: int, end: int) -> None:
        self._flat.append(start)
        self._flat.append(end)

    def __len__(self) -> int:
        return len(self._flat) // 2

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...
    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("span index out of range")
        return self._flat[2 * index], self._flat[2 * index + 1]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        flat = iter(self._flat)
        return zip(flat, flat, strict=True)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == tuple(b) for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


def paragraph_spans(text: str) -> Spans:
    """Paragraphs as ``[start, end)`` spans.

    Transcripts come two ways: one paragraph per line (Word, most exports), or hard-wrapped
    lines grouped into blocks by blank lines (typed .txt, PDF pages). Text without blank lines
    is read one paragraph per line. Otherwise each blank-separated block is read on its own: a
    line opening with a label (``Interviewer:``, ``Department:``) always starts a paragraph,
    and the lines between such labels are joined when most of them break mid-sentence
    (hard-wrapped), or kept one paragraph per line when most end a sentence. So a header block
    followed by one turn per line is not mistaken for one long wrapped paragraph.
    """
    spans = Spans()
    if not _two_blocks(text):
        _line_spans(text, 0, len(text), spans)
        return spans
    start = 0
    for match in _BLANK_RUN.finditer(text):
        _block_spans(text, start, match.start(), spans)
        start = match.end()
    _block_spans(text, start, len(text), spans)
    return spans


def _two_blocks(text: str) -> bool:
    """Whether blank lines part the text into at least two blocks that are not blank."""
    blocks = 0
    start = 0
    for match in _BLANK_RUN.finditer(text):
        blocks += _NON_SPACE.search(text, start, match.start()) is not None
        if blocks > 1:
            return True
        start = match.end()
    blocks += _NON_SPACE.search(text, start) is not None
    return blocks > 1


def _block_spans(text: str, start: int, end: int, spans: Spans) -> None:
    block_start, block_end = _trim(text, (start, end))
    if block_start >= block_end:
        return
    for segment in _label_segments(text, block_start, block_end):
        if _is_hard_wrapped(text, *segment):
            spans.append(*segment)
        else:
            _line_spans(text, *segment, spans)


def _line_spans(text: str, start: int, end: int, spans: Spans) -> None:
    """Add each non-blank line of ``text[start:end]`` as a trimmed span (found in place: the
    text is not split into line strings)."""
    position = start
    while position <= end:
        line_end = text.find("\n", position, end)
        if line_end == -1:
            line_end = end
        span_start, span_end = _trim(text, (position, line_end))
        if span_start < span_end:
            spans.append(span_start, span_end)
        position = line_end + 1


def _label_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A block cut before every line (but the first) that opens with a ``Label:``."""
    cuts = [start]
    position = text.find("\n", start, end)
    while position != -1:
        line_start = position + 1
        while line_start < end and text[line_start] in " \t":
            line_start += 1
        if _TURN.match(text, line_start, _line_end(text, line_start, end)):
            cuts.append(position + 1)
        position = text.find("\n", position + 1, end)
    cuts.append(end)
    segments = [_trim(text, (a, b)) for a, b in pairwise(cuts)]
    return [span for span in segments if span[0] < span[1]]


def _line_end(text: str, start: int, end: int) -> int:
    position = text.find("\n", start, end)
    return end if position == -1 else position


_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*[ \t]*$")


def _is_hard_wrapped(text: str, start: int, end: int) -> bool:
    """More than half of the line breaks in ``text[start:end]`` fall mid-sentence."""
    lines = mid_sentence = 0
    position = start
    line_end = text.find("\n", position, end)
    while line_end != -1:  # every line but the last, read in place
        lines += 1
        if _NON_SPACE.search(text, position, line_end) and not _SENTENCE_END.search(text, position, line_end):
            mid_sentence += 1
        position = line_end + 1
        line_end = text.find("\n", position, end)
    return 2 * mid_sentence > lines


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_TIMESTAMP = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_TURN = re.compile(
    rf"""(?:[\[(](?P<ts1>{_TIMESTAMP})[\])]\s*)?        # [00:12:31] before the label
        (?P<speaker>[^\W\d_][\w.'’-]*(?:\ [\w.'’-]+){{0,3}}?  # Interviewer, E05, Ana Souza
        | [A-Z]{{1,3}}\d{{1,3}})
        \s*(?:[\[(](?P<ts2>{_TIMESTAMP})[\])])?\s*        # Ana (00:12:31):
        :(?:[ \t]+|$)
        (?:[\[(](?P<ts3>{_TIMESTAMP})[\])]\s*)?            # E05: [00:12:31] ...
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Turn:
    speaker: str
    timestamp: str | None
    start: int
    content_start: int
    end: int


class Turns(Sequence[Turn]):
    """Speaker turns kept as arrays of integers, each speaker's name once and the timestamps in
    a list: about 40 bytes a turn where a list of :class:`Turn` objects takes about 300.
    Indexing gives a :class:`Turn`."""

    __slots__ = ("_numbers", "_offsets", "_speaker_numbers", "_speakers", "_timestamps")

    def __init__(self, turns: Iterable[Turn] = ()) -> None:
        self._offsets = array("q")  # start, content_start, end of each turn
        self._speaker_numbers = array("l")
        self._speakers: list[str] = []
        self._numbers: dict[str, int] = {}
        self._timestamps: list[str | None] = []
        for turn in turns:
            self.append(turn.speaker, turn.timestamp, turn.start, turn.content_start, turn.end)

    def append(self, speaker: str, timestamp: str | None, start: int, content_start: int, end: int) -> None:
        number = self._numbers.get(speaker)
        if number is None:
            number = self._numbers[speaker] = len(self._speakers)
            self._speakers.append(speaker)
        self._speaker_numbers.append(number)
        self._timestamps.append(timestamp)
        self._offsets.extend((start, content_start, end))

    def speakers(self) -> list[str]:
        """Each speaker's name once, in the order they first speak."""
        return list(self._speakers)

    def extend_last(self, end: int) -> None:
        """Let the last turn run on to ``end`` (a paragraph without a label continues it)."""
        self._offsets[-1] = end

    def __len__(self) -> int:
        return len(self._timestamps)

    @overload
    def __getitem__(self, index: int) -> Turn: ...
    @overload
    def __getitem__(self, index: slice) -> list[Turn]: ...
    def __getitem__(self, index: int | slice) -> Turn | list[Turn]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("turn index out of range")
        offsets = self._offsets
        return Turn(
            self._speakers[self._speaker_numbers[index]],
            self._timestamps[index],
            offsets[3 * index],
            offsets[3 * index + 1],
            offsets[3 * index + 2],
        )

    def __iter__(self) -> Iterator[Turn]:
        return (self[index] for index in range(len(self)))

    def rows(self) -> Iterator[tuple[int, str, str | None, int, int, int]]:
        """(ordinal, speaker, timestamp, start, content_start, end) one at a time, for
        ``executemany``."""
        offsets, speakers, numbers, stamps = (
            self._offsets,
            self._speakers,
            self._speaker_numbers,
            self._timestamps,
        )
        for index in range(len(stamps)):
            yield (
                index,
                speakers[numbers[index]],
                stamps[index],
                offsets[3 * index],
                offsets[3 * index + 1],
                offsets[3 * index + 2],
            )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Turns({list(self)!r})"


def speaker_turns(text: str, paragraphs: Sequence[tuple[int, int]]) -> Turns:
    """Speaker turns found at paragraph starts.

    A label counts as a speaker only if it opens at least two paragraphs, which keeps header
    lines such as ``Department: Nursing`` out. Paragraphs without a label continue the
    previous turn. Labels found are kept as plain values (the paragraph, where the words start,
    one shared string per name), not as match objects, which would outweigh the text.
    """
    names: dict[str, str] = {}
    found_at = array("q")
    found_end = array("q")
    found_speaker: list[str] = []
    found_stamp: list[str | None] = []
    for index, (start, end) in enumerate(paragraphs):
        match = _TURN.match(text, start, end)
        if match:
            name = match["speaker"]
            found_at.append(index)
            found_end.append(match.end())
            found_speaker.append(names.setdefault(name, name))
            found_stamp.append(match["ts1"] or match["ts2"] or match["ts3"])
    counts = Counter(found_speaker)
    speakers = {name for name, count in counts.items() if count >= 2}
    turns = Turns()
    next_found = 0
    for index, (start, end) in enumerate(paragraphs):
        if next_found < len(found_at) and found_at[next_found] == index:
            found = next_found
            next_found += 1
            if found_speaker[found] in speakers:
                turns.append(found_speaker[found], found_stamp[found], start, found_end[found], end)
                continue
        if len(turns):
            turns.extend_last(end)
    return turns


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts between code points (the project's offsets) and UTF-16 units (Qt's).

    Only characters outside the Basic Multilingual Plane (most emoji) differ: each takes two
    UTF-16 units. Lookups are O(log n) in the number of such characters.
    """

    def __init__(self, text: str) -> None:
        # Most texts hold none: an encoding (a copy, in C) says so 2-3x faster than the search.
        none = len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
        self._astral = [] if none else [match.start() for match in _ASTRAL.finditer(text)]
        self._astral_utf16 = [index + rank for rank, index in enumerate(self._astral)]

    def to_utf16(self, code_point: int) -> int:
        return code_point + bisect_right(self._astral, code_point - 1)

    def to_utf16_function(self) -> Callable[[int], int]:
        """:meth:`to_utf16` for loops over thousands of positions: when the text has no
        character outside the BMP, the identity, in C (no Python call per position)."""
        return self.to_utf16 if self._astral else operator.index

    def to_code_point(self, utf16: int) -> int:
        """Code point offset of a UTF-16 position; a position inside a surrogate pair rounds down."""
        return utf16 - bisect_right(self._astral_utf16, utf16 - 1)
