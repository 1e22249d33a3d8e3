"""Where another program's text positions land in caqda's text.

A ``PlainTextSelection`` gives ``startPosition``/``endPosition`` in the source's ``.txt`` file
as the writing program counted them. The standard says Unicode code points from 0; real
programs differ: NVivo for Windows counts UTF-16 code units (an emoji is two) over the text
with its ``\\r\\n`` line ends, not counting the file's byte-order mark (in the NVivo 12 sample,
281 of 303 selections start at a line start read that way, at most 56 read any other way);
ATLAS.ti counts ``\\r\\n`` as one character. caqda stores code points over its normalised text
(NFC, ``\\n`` line ends, no trailing blanks, see :func:`caqda.core.text.normalise`), so every
position goes through two maps:

1. the program's unit (:class:`Counting`) to a code point of the file's text, and
2. a code point of the file's text to one of the normalised text (:class:`SourceText`).

:func:`choose_counting` picks the counting that puts the selections on word and line
boundaries, because a wrong counting drifts by one position per line end or emoji and so
lands mid-word.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from caqda.core import text as text_module

# Deleted by normalisation before NFC: the CR of a CRLF, and control characters (but not
# the line breaks \x0b, \x0c, \x85, which become "\n"); text.normalise does the same.
_DELETED_BEFORE_NFC = re.compile(r"\r(?=\n)|[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")
_TO_NEWLINE = str.maketrans(dict.fromkeys("\r\u2028\u2029\x0b\x0c\x85", "\n"))
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LEADING_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")
_TRAILING_BLANKS = re.compile(r"[ \t]+(?=\n)")
_TRAILING_WHITESPACE = re.compile(r"[ \t\n]*\Z")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Counting(Enum):
    """How a program counted positions in a text file (the value is for messages)."""

    CODE_POINTS = "Unicode characters (code points)"
    UTF16 = "UTF-16 code units, each Windows line end counting two"
    CODE_POINTS_CRLF_AS_ONE = "Unicode characters, each Windows line end counting one"
    UTF16_CRLF_AS_ONE = "UTF-16 code units, each Windows line end counting one"


class _Deletions:
    """Maps positions across the removal of sorted, disjoint ``[start, end)`` spans."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]
        self._removed_before: list[int] = []
        removed = 0
        for start, end in spans:
            self._removed_before.append(removed)
            removed += end - start

    def map(self, position: int) -> int:
        index = bisect_right(self._starts, position) - 1
        if index < 0:
            return position
        start, end = self._starts[index], self._ends[index]
        if position < end:  # inside a removed span: where the span was
            return start - self._removed_before[index]
        return position - self._removed_before[index] - (end - start)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(span for span in spans if span[0] < span[1]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class _NfcLines:
    """Maps positions across NFC applied line by line (NFC never joins across a newline)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # (start before, start after, line before, line after) of each line NFC changed
        self._changed: list[tuple[int, int, str, str]] = []
        if unicodedata.is_normalized("NFC", text):
            return
        pieces = []
        before = after = 0
        for line in text.split("\n"):
            composed = unicodedata.normalize("NFC", line)
            if composed != line:
                self._changed.append((before, after, line, composed))
            pieces.append(composed)
            before += len(line) + 1
            after += len(composed) + 1
        self.text = "\n".join(pieces)
        self._starts = [entry[0] for entry in self._changed]

    def map(self, position: int) -> int:
        if not self._changed:
            return position
        index = bisect_right(self._starts, position) - 1
        if index < 0:
            return position
        before, after, line, composed = self._changed[index]
        if position <= before + len(line):
            inside = len(unicodedata.normalize("NFC", line[: position - before]))
            return after + min(inside, len(composed))
        return position + (after + len(composed)) - (before + len(line))


class SourceText:
    """A source file's text (``raw``: decoded, without byte-order mark), caqda's normalised
    ``text`` of it, and the map from code points of the one to code points of the other.

    ``text`` is exactly what :func:`caqda.core.text.normalise` makes of ``raw`` (lone UTF-16
    surrogates, which no UTF-8 file can hold, are first replaced by U+FFFD).
    """

    def __init__(self, raw: str) -> None:
        if _SURROGATE.search(raw):
            raw = _SURROGATE.sub("\ufffd", raw)
        self.raw = raw
        self.has_crlf = "\r\n" in raw
        self.has_astral = _ASTRAL.search(raw) is not None
        self._crlf_keys: list[int] | None = None
        self._utf16: dict[bool, text_module.OffsetMap] = {}
        self._lengths: dict[Counting, int] = {}
        normal = text_module.normalise(raw)
        self.unchanged = normal == raw
        if self.unchanged:  # the usual case: no map needed, and the text is held once
            self.text = raw
            return
        self._before_nfc = _Deletions([match.span() for match in _DELETED_BEFORE_NFC.finditer(raw)])
        joined = _DELETED_BEFORE_NFC.sub("", raw).translate(_TO_NEWLINE)
        self._nfc = _NfcLines(joined)
        composed = self._nfc.text
        blanks = [(0, _LEADING_BLANK_LINES.match(composed).end())]  # type: ignore[union-attr]
        blanks.extend(match.span() for match in _TRAILING_BLANKS.finditer(composed))
        blanks.append(_TRAILING_WHITESPACE.search(composed).span())  # type: ignore[union-attr]
        spans = _merged(blanks)
        self._blanks = _Deletions(spans)
        pieces, kept_from = [], 0
        for start, end in spans:
            pieces.append(composed[kept_from:start])
            kept_from = end
        pieces.append(composed[kept_from:])
        self.text = "".join(pieces)
        if self.text != normal:  # pragma: no cover - a bug, kept safe
            self.text = normal

    def to_text(self, raw_position: int) -> int:
        """The position in :attr:`text` of a code point position in :attr:`raw`."""
        if self.unchanged:
            return raw_position
        return self._blanks.map(self._nfc.map(self._before_nfc.map(raw_position)))

    def raw_length(self, counting: Counting) -> int:
        """The length of :attr:`raw` as ``counting`` measures it."""
        if counting not in self._lengths:
            length = len(self.raw)
            if counting in (Counting.CODE_POINTS_CRLF_AS_ONE, Counting.UTF16_CRLF_AS_ONE):
                length -= self.raw.count("\r\n")
            if counting in (Counting.UTF16, Counting.UTF16_CRLF_AS_ONE):
                length += len(_ASTRAL.findall(self.raw))
            self._lengths[counting] = length
        return self._lengths[counting]

    def to_raw(self, position: int, counting: Counting) -> int:
        """The code point position in :attr:`raw` of a position counted as ``counting``."""
        crlf_as_one = counting in (Counting.CODE_POINTS_CRLF_AS_ONE, Counting.UTF16_CRLF_AS_ONE)
        if counting in (Counting.UTF16, Counting.UTF16_CRLF_AS_ONE) and self.has_astral:
            position = self._utf16_map(crlf_as_one).to_code_point(position)
        if crlf_as_one and self.has_crlf:
            position += bisect_right(self._crlf_positions(), position)
        return position

    def _utf16_map(self, crlf_as_one: bool) -> text_module.OffsetMap:
        if crlf_as_one not in self._utf16:
            base = self.raw.replace("\r\n", "\n") if crlf_as_one else self.raw
            self._utf16[crlf_as_one] = text_module.OffsetMap(base)
        return self._utf16[crlf_as_one]

    def _crlf_positions(self) -> list[int]:
        """Where each CRLF's LF sits once every CRLF counts as one character."""
        if self._crlf_keys is None:
            self._crlf_keys = [
                match.start() - index for index, match in enumerate(re.finditer("\r\n", self.raw))
            ]
        return self._crlf_keys

    def span(self, start: int, end: int, counting: Counting) -> tuple[int, int] | None:
        """``[start, end)`` counted as ``counting``, in :attr:`text`; None if it lies outside
        the file's text or covers nothing of the normalised text."""
        if not 0 <= start < end <= self.raw_length(counting):
            return None
        mapped = self.to_text(self.to_raw(start, counting)), self.to_text(self.to_raw(end, counting))
        return mapped if mapped[0] < mapped[1] else None


@dataclass(frozen=True)
class CountingChoice:
    """The counting chosen for a file, and the evidence: boundary hits per counting over the
    selections whose position depends on the counting (``deciding``)."""

    counting: Counting
    deciding: int
    hits: dict[Counting, int]


def _boundary_hits(text: str, span: tuple[int, int] | None) -> int:
    """0–2: does the span start and end where a word or line does?"""
    if span is None:
        return -2  # outside the text under this counting: strong evidence against it
    start, end = span
    starts_well = start == 0 or not text[start - 1].isalnum()
    ends_well = end >= len(text) or not text[end].isalnum()
    return int(starts_well) + int(ends_well)


def choose_counting(
    selections: Sequence[tuple[SourceText, int, int]], preferred: Counting = Counting.CODE_POINTS
) -> CountingChoice:
    """The counting under which ``selections`` (source, start, end) fit the text best.

    Only selections whose place differs between countings are evidence. ``preferred`` (what
    the writing program is known to do, else the standard) wins unless another counting puts
    clearly more selection ends on word or line boundaries: at least 3 more, and at least a
    tenth of the deciding selections.
    """
    candidates = [preferred, *(counting for counting in Counting if counting is not preferred)]
    if not any(source.has_crlf or source.has_astral for source, _, _ in selections):
        return CountingChoice(preferred, 0, {})
    hits = dict.fromkeys(candidates, 0)
    deciding = 0
    for source, start, end in selections:
        if not (source.has_crlf or source.has_astral):
            continue
        spans = {counting: source.span(start, end, counting) for counting in candidates}
        if len(set(spans.values())) == 1:
            continue
        deciding += 1
        for counting, span in spans.items():
            hits[counting] += _boundary_hits(source.text, span)
    best = max(candidates, key=lambda counting: hits[counting])  # first best: preferred on ties
    margin = hits[best] - hits[preferred]
    chosen = best if margin >= max(3, deciding / 10) else preferred
    return CountingChoice(chosen, deciding, hits)
