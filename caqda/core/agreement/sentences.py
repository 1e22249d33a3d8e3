"""A small sentence splitter for the sentence unit: good enough for interview transcripts,
with no language model behind it.

A sentence ends at ., !, ? or … (possibly repeated, possibly followed by closing quotes or
brackets) when whitespace follows and the next word does not start in lower case, unless the
word before the full stop is a known abbreviation, a single letter (an initial) or a number
followed by more digits (``3.5``). Paragraphs always end sentences, so a speaker label at a
paragraph start stays with its first sentence.

The whole text is read at once, as an array of character codes in numpy (splitting the 154,000
sentences of a 10 MB project is part of what a coder waits for in "similar passages"); the
sentence-by-sentence reading it replaced is kept as ``_split``, the reference it must agree with,
and still reads the rare paragraphs that begin inside a word and paragraph lists out of order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import numpy as np

from caqda.core.agreement.intervals import Span

_END = re.compile(r"(?:[.!?]+|…+)[\"'”’»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.$")
# Common abbreviations in English, Portuguese, Spanish, French and German transcripts.
_ABBREVIATION_WORDS = """
    mr mrs ms dr prof sr sra srta jr st vs etc eg ie cf al approx dept fig no nr vol pp
    p ex av ave co corp inc ltd dra profa exa sto sta pág pag obs ref tel ca bzw usw zb
    mme mlle cie art cap ed eds min max
"""
ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())


def sentence_spans(text: str, paragraphs: Iterable[Span] | None = None) -> list[Span]:
    """Sentences of ``text`` as trimmed ``[start, end)`` spans, cut within each paragraph
    (the whole text is one paragraph when none are given)."""
    spans = [(0, len(text))] if paragraphs is None else list(paragraphs)
    if not spans:
        return []
    bounds = np.array(spans, dtype=np.int64).reshape(-1, 2)
    starts, ends = bounds[:, 0], bounds[:, 1]
    in_order = (
        starts.min() >= 0 and ends.max() <= len(text) and bool((starts <= ends).all())
        and bool((ends[:-1] <= starts[1:]).all())
    )  # fmt: skip
    if not in_order:
        return [piece for start, end in spans for piece in _split(text, start, end)]
    return _split_text(text, starts, ends)


# -- the whole text at once ------------------------------------------------------------------------------
_MARKS = np.array([ord(mark) for mark in ".!?"], dtype=np.uint32)
_ELLIPSIS = ord("…")
_CLOSERS = np.array([ord(mark) for mark in "\"'”’»)]"], dtype=np.uint32)
_DOT = ord(".")
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
_LETTER = re.compile(r"[^\W\d_]")


def _is_letter(character: str) -> bool:
    return _LETTER.match(character) is not None


_PACKED_ABBREVIATIONS = np.array(
    [
        sum(ord(letter) * 128**number for number, letter in enumerate(reversed(word)))
        for word in ABBREVIATIONS
        if word.isascii()
    ],
    dtype=np.int64,
)
_ASCII = {
    test: np.array([test(chr(code)) for code in range(128)])
    for test in (str.isspace, str.islower, _is_letter)
}


def _split_text(text: str, starts: np.ndarray, ends: np.ndarray) -> list[Span]:
    """``_split`` of every paragraph (sorted, apart, inside the text) in one pass: the same
    spans, found from whole-text arrays instead of sentence by sentence. Only the search for
    full stops reads every character; the rest looks at the few places around them."""
    # character codes, with a NUL after the end so that every look one step ahead stays inside
    codes = np.frombuffer((text + "\0").encode("utf-32-le", "surrogatepass"), dtype="<u4")
    # paragraphs without their leading and trailing whitespace (empty ones drop out)
    first = _skip(codes, starts.copy(), ends)
    last = ends.copy()
    while True:
        moving = np.flatnonzero(last > first)
        moving = moving[_holds(codes[last[moving] - 1], str.isspace)]
        if not moving.size:
            break
        last[moving] -= 1
    kept = first < last
    # candidate ends: a run of . ! ? (or of …), then closing quotes or brackets, then whitespace
    marks, stops = [], []
    for positions in (
        np.flatnonzero((codes == _MARKS[0]) | (codes == _MARKS[1]) | (codes == _MARKS[2])),
        np.flatnonzero(codes == _ELLIPSIS),
    ):
        apart = np.flatnonzero(np.diff(positions) != 1)
        marks.append(positions[np.concatenate(([0], apart + 1))] if positions.size else positions)
        stops.append(
            positions[np.concatenate((apart, [positions.size - 1]))] + 1 if positions.size else positions
        )
    mark, stop = np.concatenate(marks), np.concatenate(stops)
    moving = np.arange(stop.size)
    while moving.size:
        moving = moving[np.isin(codes[stop[moving]], _CLOSERS)]
        stop[moving] += 1
    ended = _holds(codes[stop], str.isspace)
    mark, stop = mark[ended], stop[ended]
    # the candidate's paragraph and the next word: a sentence ends only before one in that paragraph
    paragraph = np.searchsorted(starts, mark, side="right") - 1
    inside = paragraph >= 0
    mark, stop, paragraph = mark[inside], stop[inside], paragraph[inside]
    following = _skip(codes, stop.copy(), ends[paragraph])
    boundary = following < ends[paragraph]
    boundary[boundary] = ~_holds(codes[following[boundary]], str.islower)
    # a full stop after a single letter (an initial) or an abbreviation does not end a sentence
    dotted = np.flatnonzero(boundary & (codes[mark] == _DOT))
    boundary[dotted[_abbreviated(text, codes, mark[dotted], starts[paragraph[dotted]])]] = False
    return _assemble(text, codes, starts, ends, first[kept], last[kept], stop[boundary], following[boundary])


def _assemble(
    text: str,
    codes: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    firsts: np.ndarray,
    lasts: np.ndarray,
    stops: np.ndarray,
    followings: np.ndarray,
) -> list[Span]:
    """Sentences from the paragraphs' trimmed edges and the sentence ends inside them."""
    sentence_starts = np.sort(np.concatenate([firsts, followings]))
    sentence_ends = np.sort(np.concatenate([lasts, stops]))
    spans = list(zip(sentence_starts.tolist(), sentence_ends.tolist(), strict=True))
    # a paragraph that begins inside a word (a label cut mid-word) is read the old way: a full
    # stop there, or the word before it, may reach back over the paragraph's start
    joined = (starts > 0) & (starts < ends)
    joined[joined] = ~_holds(codes[starts[joined] - 1], str.isspace) & ~_holds(
        codes[starts[joined]], str.isspace
    )
    odd = set(np.flatnonzero(joined).tolist())
    if not odd:
        return spans
    owner = np.searchsorted(starts, sentence_starts, side="right") - 1
    spans = [span for span, number in zip(spans, owner.tolist(), strict=True) if number not in odd]
    for number in odd:
        spans.extend(_split(text, int(starts[number]), int(ends[number])))
    return sorted(spans)


def _abbreviated(text: str, codes: np.ndarray, dots: np.ndarray, limits: np.ndarray) -> np.ndarray:
    """Whether the word before each full stop (not reaching back before its limit) is a single
    letter or an abbreviation: ASCII words are compared as numbers, the rest one by one."""
    width = _LONGEST_ABBREVIATION + 1
    back = dots[:, None] - np.arange(1, width + 1)  # the characters before each dot, nearest first
    before = np.where(back >= limits[:, None], codes[np.maximum(back, 0)], 0)
    letter = _holds(before.ravel(), _is_letter).reshape(before.shape)
    length = np.argmin(np.concatenate([letter, np.zeros((len(dots), 1), dtype=bool)], axis=1), axis=1)
    found = length == 1
    short = np.flatnonzero((length > 1) & (length < width))
    word = before[short, :-1] * (np.arange(width - 1) < length[short, None])
    ascii_word = (word < 128).all(axis=1)
    found[short[ascii_word]] = np.isin(_packed(word[ascii_word]), _PACKED_ABBREVIATIONS)
    for number in short[~ascii_word].tolist():
        at = int(dots[number])
        found[number] = text[at - int(length[number]) : at].casefold() in ABBREVIATIONS
    return found


def _packed(word: np.ndarray) -> np.ndarray:
    """ASCII words (letter codes nearest the dot first, zeros after the word) as one number each,
    in lower case."""
    lower = np.where((word >= 65) & (word <= 90), word + 32, word).astype(np.int64)
    return lower @ (128 ** np.arange(word.shape[1], dtype=np.int64))


def _skip(codes: np.ndarray, positions: np.ndarray, limits: np.ndarray) -> np.ndarray:
    """Each position moved past the whitespace that follows it, stopping at its limit."""
    moving = np.arange(positions.size)
    while True:
        moving = moving[positions[moving] < limits[moving]]
        moving = moving[_holds(codes[positions[moving]], str.isspace)]
        if not moving.size:
            return positions
        positions[moving] += 1


def _holds(codes: np.ndarray, test: Callable[[str], bool]) -> np.ndarray:
    """``test`` of each character code, asking Python once per distinct non-ASCII character."""
    narrow = codes < 128
    result = _ASCII[test][np.where(narrow, codes, 0)] & narrow
    wide = np.flatnonzero(~narrow)
    if wide.size:
        distinct, inverse = np.unique(codes[wide], return_inverse=True)
        result[wide] = np.array([test(chr(code)) for code in distinct.tolist()], dtype=bool)[inverse]
    return result


# -- sentence by sentence (the reference; rare paragraphs) --------------------------------------------------
def _split(text: str, start: int, end: int) -> list[Span]:
    pieces: list[Span] = []
    begin = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        if not _is_boundary(text, begin, match.start(), stop, end):
            continue
        pieces.append((begin, stop))
        begin = stop
    pieces.append((begin, end))
    trimmed = [_trim(text, span) for span in pieces]
    return [span for span in trimmed if span[0] < span[1]]


def _is_boundary(text: str, begin: int, mark: int, stop: int, end: int) -> bool:
    following = stop
    while following < end and text[following].isspace():
        following += 1
    if following >= end:
        return False  # the paragraph's end closes the sentence anyway
    nxt = text[following]
    if nxt.islower():
        return False
    if text[mark] == ".":
        word = _WORD_BEFORE.search(text, max(begin, mark - 20), mark + 1)
        if word is not None:
            token = word.group(1)
            if len(token) == 1 or token.casefold() in ABBREVIATIONS:
                return False
    return True


def _trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
