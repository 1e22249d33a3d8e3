"""What a search found: every place, kept per document as plain spans and made into a
:class:`Hit` only when one is asked for.

A common word in a large project has a hundred thousand places or more; the search dock shows
a few dozen of them at a time. Making a hit object for each place, with its speaker looked up
among the document's turns, took as long as finding the places (150,000 places in the 50 MB
benchmark project: about 0.4 s of a 0.6-0.8 s search). :class:`Hits` keeps each document's
spans as found and reads a document's speaker turns the first time one of its hits is made,
so a caller pays for the hits it looks at. Iterating makes every hit, as before, document by
document: the command line and the exports still write them all.

Speakers are read from the project on demand, so hits are read while the project is open (the
command line writes them before it closes the project; the GUI clears its list when it closes).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate
from typing import NamedTuple, overload

from caqda.core.project import Project


class Hit(NamedTuple):
    """One place found: ``[start, end)`` in code points of the document's text. The context
    before and after is cut from the document's text when asked for (a search may find tens of
    thousands of places; most are never displayed)."""

    document_id: int
    document: str
    start: int
    end: int
    score: float
    text: str
    speaker: str | None = None
    source: str = ""  # the document's whole text, shared by its hits
    context: int = 60

    def __repr__(self) -> str:
        return f"Hit({self.document!r}, {self.start}-{self.end}, {self.text!r}, score={self.score:.0f})"

    @property
    def before(self) -> str:
        """About ``context`` characters before the hit, from a word's start, spaces collapsed."""
        return context_before(self.source, self.start, self.context)

    @property
    def after(self) -> str:
        """About ``context`` characters after the hit, up to a word's end, spaces collapsed."""
        return context_after(self.source, self.end, self.context)


def context_before(source: str, start: int, context: int) -> str:
    """The words of the ``context`` characters before ``start``, joined by single spaces,
    without a first word the cut falls inside."""
    cut = start - context if start > context else 0
    words = source[cut:start].split()
    if cut and words:
        char = source[cut - 1]
        if char.isalnum() or char == "_":
            char = source[cut]
            if char.isalnum() or char == "_":
                del words[0]  # cut in the middle of a word: leave that word out
    return " ".join(words)


def context_after(source: str, end: int, context: int) -> str:
    """The words of the ``context`` characters after ``end``, joined by single spaces,
    without a last word the cut falls inside."""
    cut = end + context
    words = source[end:cut].split()
    if words and cut < len(source):
        char = source[cut]
        if char.isalnum() or char == "_":
            char = source[cut - 1]
            if char.isalnum() or char == "_":
                del words[-1]
    return " ".join(words)


Turn = tuple[int, int, str]  # start, end, speaker


class SpeakerTurns:
    """One document's speaker turns, read from the project the first time a speaker is asked
    for (most documents of a long list are never displayed)."""

    __slots__ = ("_document_id", "_project", "_starts", "_turns")

    def __init__(self, project: Project, document_id: int) -> None:
        self._project, self._document_id = project, document_id
        self._turns: list[Turn] | None = None
        self._starts: list[int] = []

    def speaker_at(self, position: int) -> str | None:
        """Who speaks at ``position`` (None between turns or in a document without speakers)."""
        if self._turns is None:
            # Imported here: caqda.core.documents (and the importers it loads) would add ~12 ms
            # to every search command's start.
            from caqda.core.documents import turn_spans

            self._turns = turn_spans(self._project, self._document_id)
            self._starts = [turn[0] for turn in self._turns]
        at = bisect_right(self._starts, position) - 1
        if at >= 0:
            start, end, speaker = self._turns[at]
            if start <= position < end:
                return speaker
        return None


class DocumentPlaces(NamedTuple):
    """One document's places as found: ``(start, end)`` spans, or ``(start, end, score)`` when
    ``scored`` (fuzzy search); unscored places score 100."""

    document_id: int
    name: str
    text: str
    places: list[tuple[int, int]] | list[tuple[int, int, float]]
    scored: bool
    turns: SpeakerTurns


class Hits(Sequence[Hit]):
    """Every place found, in document order, made into hits when asked for (see the module)."""

    def __init__(self, documents: list[DocumentPlaces] | None = None, context: int = 60) -> None:
        self._documents = [document for document in documents or () if document.places]
        self._ends = list(accumulate(len(document.places) for document in self._documents))
        self._context = context

    @property
    def document_count(self) -> int:
        """How many documents hold at least one place."""
        return len(self._documents)

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    @overload
    def __getitem__(self, index: int) -> Hit: ...

    @overload
    def __getitem__(self, index: slice) -> list[Hit]: ...

    def __getitem__(self, index: int | slice) -> Hit | list[Hit]:
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self)))]
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("hit index out of range")
        at = bisect_right(self._ends, index)
        document = self._documents[at]
        return _hit(document, document.places[index - (self._ends[at - 1] if at else 0)], self._context)

    def __iter__(self) -> Iterator[Hit]:
        for document in self._documents:
            for place in document.places:
                yield _hit(document, place, self._context)

    def __eq__(self, other: object) -> bool:
        """Equal to another sequence holding the same hits (a list of hits included)."""
        if isinstance(other, Hits | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Hits({len(self):,} places in {self.document_count:,} documents)"

    def spans_by_document(self) -> dict[int, list[tuple[int, int]]]:
        """Each document's ``(start, end)`` spans, without making any hit (auto-coding)."""
        return {
            document.document_id: [(place[0], place[1]) for place in document.places]
            for document in self._documents
        }


def _hit(document: DocumentPlaces, place: tuple[int, int] | tuple[int, int, float], context: int) -> Hit:
    """The hit of one of ``document``'s places."""
    start, end = place[0], place[1]
    text = document.text
    return Hit(
        document.document_id,
        document.name,
        start,
        end,
        place[2] if document.scored else 100.0,  # type: ignore[misc]
        text[start:end],
        document.turns.speaker_at(start),
        text,
        context,
    )
