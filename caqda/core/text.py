"""Text normalisation and the structure caqda reads out of a transcript.

Every offset in a project counts Unicode code points over the normalised text (NFC, ``\\n``
line ends), so the same coding means the same characters whatever program wrote the file.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

_LINE_BREAKS = re.compile(r"\r\n|\r|[\u2028\u2029\x0b\x0c\x85]")
# Control characters other than tab and newline carry no meaning in a transcript and would
# confuse offsets in other tools; they are dropped.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_BLANK_RUN = re.compile(r"\n[ \t]*\n")


def normalise(text: str) -> str:
    """NFC, LF line ends, no byte-order mark or stray control characters, no trailing blanks.

    UTF-16 surrogate pairs left as two characters (RTF writes an emoji as two ``\\u`` escapes)
    are joined into the one character they stand for; a lone surrogate becomes U+FFFD. Either
    would otherwise count twice in offsets, or fail to be stored at all.
    """
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip(" \t") for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


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


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as ``[start, end)`` spans.

    Transcripts come two ways: one paragraph per line (Word, most exports), or hard-wrapped
    lines grouped into blocks by blank lines (typed .txt, PDF pages). Text without blank lines
    is read one paragraph per line. Otherwise each blank-separated block is read on its own: a
    line opening with a label (``Interviewer:``, ``Department:``) always starts a paragraph,
    and the lines between such labels are joined when most of them break mid-sentence
    (hard-wrapped), or kept one paragraph per line when most end a sentence. So a header block
    followed by one turn per line is not mistaken for one long wrapped paragraph.
    """
    blocks: list[tuple[int, int]] = []
    start = 0
    for match in _BLANK_RUN.finditer(text):
        blocks.append((start, match.start()))
        start = match.end()
    blocks.append((start, len(text)))
    blocks = [_trim(text, span) for span in blocks]
    blocks = [span for span in blocks if span[0] < span[1]]
    if len(blocks) <= 1:
        return _line_spans(text, 0, len(text))
    spans: list[tuple[int, int]] = []
    for block_start, block_end in blocks:
        for segment in _label_segments(text, block_start, block_end):
            if _is_hard_wrapped(text, *segment):
                spans.append(segment)
            else:
                spans.extend(_line_spans(text, *segment))
    return spans


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Each non-blank line of ``text[start:end]`` as a trimmed span."""
    spans: list[tuple[int, int]] = []
    position = start
    for line in text[start:end].split("\n"):
        span = _trim(text, (position, position + len(line)))
        if span[0] < span[1]:
            spans.append(span)
        position += len(line) + 1
    return spans


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
    lines = text[start:end].split("\n")[:-1]
    if not lines:
        return False
    mid_sentence = sum(1 for line in lines if line.strip() and not _SENTENCE_END.search(line))
    return 2 * mid_sentence > len(lines)


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


@dataclass(frozen=True)
class Turn:
    speaker: str
    timestamp: str | None
    start: int
    content_start: int
    end: int


def speaker_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn]:
    """Speaker turns found at paragraph starts.

    A label counts as a speaker only if it opens at least two paragraphs, which keeps header
    lines such as ``Department: Nursing`` out. Paragraphs without a label continue the
    previous turn.
    """
    candidates: list[tuple[int, re.Match[str]]] = []
    for index, (start, end) in enumerate(paragraphs):
        match = _TURN.match(text, start, end)
        if match:
            candidates.append((index, match))
    counts = Counter(match["speaker"] for _, match in candidates)
    speakers = {name for name, count in counts.items() if count >= 2}
    opening = {index: match for index, match in candidates if match["speaker"] in speakers}
    turns: list[Turn] = []
    for index, (start, end) in enumerate(paragraphs):
        match = opening.get(index)
        if match is not None:
            timestamp = match["ts1"] or match["ts2"] or match["ts3"]
            turns.append(Turn(match["speaker"], timestamp, start, match.end(), end))
        elif turns:
            last = turns[-1]
            turns[-1] = Turn(last.speaker, last.timestamp, last.start, last.content_start, end)
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
