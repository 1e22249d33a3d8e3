"""A small sentence splitter for the sentence unit: good enough for interview transcripts,
with no language model behind it.

A sentence ends at ., !, ? or … (possibly repeated, possibly followed by closing quotes or
brackets) when whitespace follows and the next word does not start in lower case, unless the
word before the full stop is a known abbreviation, a single letter (an initial) or a number
followed by more digits (``3.5``). Paragraphs always end sentences, so a speaker label at a
paragraph start stays with its first sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
    spans: list[Span] = []
    for start, end in paragraphs if paragraphs is not None else [(0, len(text))]:
        spans.extend(_split(text, start, end))
    return spans


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
