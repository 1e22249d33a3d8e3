"""Search across documents, and auto-coding of what it finds.

Five ways to search, all ignoring case (and, except for regular expressions, accents):

- ``contains``: the letters as typed, anywhere, even inside a word ("enferm" finds
  "Enfermeira"); a run of spaces in the query matches any run of spaces or line breaks;
- ``whole_word``: the same, but only where the match begins and ends at word boundaries;
- ``phrase``: the query's words as whole words, in order, with only spaces or punctuation
  between them ("sao paulo" finds "São Paulo" and "São, Paulo");
- ``fuzzy``: words and runs of words whose letters resemble the query's (rapidfuzz ratio, 50-100),
  so "ouvidoira" finds "ouvidoria";
- ``regex``: a Python regular expression over the original text (case ignored, accents as
  written).

The full-text index (:mod:`caqda.core.search_index`) chooses the documents worth reading and,
for fuzzy search, the candidate words; the places are found in the original text, so offsets are
code points like everything in a project. A :class:`Scope` narrows the search to documents,
attributes, speakers, and coded or uncoded text. Nothing is capped silently: every place is
returned, and a search that would list more than :data:`MAX_HITS` places stops with a message
saying where and why.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from caqda.core import search_index as index
from caqda.core.cycle_collection import no_cycle_collection
from caqda.core.errors import CaqdaError
from caqda.core.fuzzy_runs import WORD, anchor_pattern, run_places
from caqda.core.project import Project
from caqda.core.search_hits import DocumentPlaces, Hit, Hits, SpeakerTurns, context_after, context_before
from caqda.core.search_index import fold

__all__ = ["Hit", "Hits", "Scope", "SearchError", "autocode", "context_after", "context_before", "search"]

UNITS = ("hit", "sentence", "paragraph", "turn")
MODES = ("contains", "whole_word", "phrase", "fuzzy", "regex")
MAX_HITS = 250_000
# Query words this short are too common to anchor a fuzzy search of several words.
_SHORT_WORD = 3


class SearchError(CaqdaError):
    pass


@dataclass(frozen=True)
class Scope:
    """Where to look. ``coded`` True keeps only text coded (every character of the hit inside
    a coding, of ``code_id`` when given), False only text no coding touches."""

    document_ids: tuple[int, ...] | None = None
    where: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    coded: bool | None = None
    code_id: int | None = None

    @property
    def by_coding(self) -> bool:
        """Whether the scope keeps only coded or only uncoded text."""
        return self.coded is not None or self.code_id is not None


@dataclass
class _Matcher:
    """Finds the places in one document's text: ``(start, end, score)``."""

    pattern: re.Pattern[str]
    boundaries: bool = False
    scorer: str | None = None  # the folded query, for fuzzy scores
    min_score: float = 100.0
    windows: tuple[int, int] | None = None  # fuzzy runs of words: (fewest, most) words
    whole_anchors: bool = False  # fuzzy runs: ``pattern`` finds whole words only
    anchors: int | None = None  # fuzzy runs: about how many anchors the index counts
    scores: _FuzzyScores | None = None  # fuzzy score of each text found
    never_empty: bool = False  # the pattern cannot match nothing (a literal): no check a place

    def runs_in(self, texts: list[str]) -> list[list[tuple[int, int, float]]]:
        """The fuzzy runs of words in each of ``texts``, scored for many documents at once
        (quicker than one by one)."""
        assert self.windows is not None and self.scorer is not None
        return run_places(
            texts,
            self.pattern,
            self.scorer,
            self.min_score,
            self.windows,
            whole_anchors=self.whole_anchors,
            expected=self.anchors,
        )

    def places(self, text: str) -> tuple[list[tuple[int, int]] | list[tuple[int, int, float]], bool]:
        """The places in ``text`` and whether they carry a score (fuzzy search): ``(start,
        end)`` spans otherwise, which score 100."""
        if self.windows is not None:
            return self.runs_in([text])[0], True
        if not self.boundaries and self.scorer is None:  # the common case, kept tight
            if self.never_empty:
                return [match.span() for match in self.pattern.finditer(text)], False
            spans = [match.span() for match in self.pattern.finditer(text) if match.end() > match.start()]
            return spans, False
        if self.scorer is None:
            return [
                match.span()
                for match in self.pattern.finditer(text)
                if match.end() > match.start() and _at_boundaries(text, match.start(), match.end())
            ], False
        scores = self.scores
        if scores is None:
            scores = self.scores = _FuzzyScores(self.scorer)
        minimum = self.min_score
        if not self.boundaries:  # whole words found by the pattern itself: one comprehension
            return [
                (match.start(), match.end(), score)
                for match in self.pattern.finditer(text)
                if match.end() > match.start() and (score := scores[match.group()]) >= minimum
            ], True
        return [
            (match.start(), match.end(), score)
            for match in self.pattern.finditer(text)
            if match.end() > match.start()
            and _at_boundaries(text, match.start(), match.end())
            and (score := scores[match.group()]) >= minimum
        ], True


class _FuzzyScores(dict[str, float]):
    """The fuzzy score of each text found, worked out the first time it is found (a common
    word is found in a few spellings a hundred thousand times)."""

    def __init__(self, query: str) -> None:
        super().__init__()
        self.query = query

    def __missing__(self, found: str) -> float:
        from rapidfuzz import fuzz  # loaded only for fuzzy search (quicker start)

        score = self[found] = float(fuzz.ratio(self.query, fold(found)))
        return score


def search(
    project: Project,
    query: str,
    *,
    mode: str = "contains",
    min_score: float = 100.0,
    scope: Scope | None = None,
    document_ids: list[int] | None = None,
    context: int = 60,
) -> Hits:
    """Every place where ``query`` occurs, in document order (made into hits when read). A
    ``min_score`` below 100 with the default mode means fuzzy search (the older way of asking
    for it)."""
    scope = scope or Scope()
    if document_ids is not None:
        scope = Scope(tuple(document_ids), scope.where, scope.speakers, scope.coded, scope.code_id)
    if mode == "contains" and min_score < 100:
        mode = "fuzzy"
    if mode not in MODES:
        raise SearchError(f"Search with one of {', '.join(MODES)}, not '{mode}'.")
    matcher, candidates = _prepare(project, query, mode, min_score)
    wanted = _scoped_documents(project, scope, candidates)
    # Tens of thousands of places, hits and speaker turns, all tuples without cycles: the
    # collector's passes over them were 6-7 % of a common word's search (10 and 50 MB).
    with no_cycle_collection():
        return _collect(project, matcher, wanted, scope, context)


def _prepare(project: Project, query: str, mode: str, min_score: float) -> tuple[_Matcher, set[int] | None]:
    """The matcher for ``query`` and the documents the index says may hold it (None: all)."""
    if mode == "regex":
        return _Matcher(_compile_regex(query)), None
    if not query.strip():
        raise SearchError("Type at least one word to search for.")
    if mode == "contains":
        return _Matcher(
            re.compile(index.literal_pattern(query)), never_empty=True
        ), index.documents_containing(project, index.tokens(query))
    if mode == "whole_word":
        return _Matcher(
            re.compile(index.literal_pattern(query)), boundaries=True
        ), index.documents_with_phrase(project, index.tokens(query))
    words = WORD.findall(query)
    if not words:
        raise SearchError("Type at least one word to search for.")
    if mode == "phrase":
        pattern = r"\W+".join(index.literal_pattern(word) for word in words)
        return _Matcher(re.compile(pattern), boundaries=True), index.documents_with_phrase(
            project, index.tokens(query)
        )
    if not 50 <= min_score <= 100:
        raise SearchError("The fuzzy score must lie between 50 (very loose) and 100 (exact).")
    return _fuzzy_matcher(project, words, min_score)


def _compile_regex(query: str) -> re.Pattern[str]:
    if not query:
        raise SearchError("Type a regular expression to search for.")
    try:
        return re.compile(query, re.IGNORECASE | re.MULTILINE)
    except re.error as error:
        position = error.pos if error.pos is not None else len(query)
        raise SearchError(
            f"The regular expression is not valid: {error.msg} at character {position + 1}:\n"
            f"  {query}\n  {' ' * position}^"
        ) from error


def _fuzzy_matcher(project: Project, words: list[str], min_score: float) -> tuple[_Matcher, set[int] | None]:
    """One word: the index's words that resemble it. Several: runs of about as many words around
    an anchor, a word resembling one of the query's longer words."""
    folded_query = fold(" ".join(words))
    query_tokens = index.tokens(folded_query)
    if len(words) == 1 and query_tokens is not None and len(query_tokens) == 1:
        terms = _similar_terms(query_tokens[0], index.vocabulary(project), min_score)
        if not terms:
            return _Matcher(re.compile(r"(?!)")), set()
        # Whole words found by the pattern itself where it can (no check a place in Python).
        pattern, whole = anchor_pattern(terms)
        matcher = _Matcher(pattern, boundaries=not whole, scorer=folded_query, min_score=min_score)
        return matcher, index.documents_with_any(project, terms)
    count = len(words)
    windows = (max(1, count - 1), count + 1)
    if query_tokens is None:  # letters the index may fold differently: try every run of words
        # Every word is an anchor (WORD only ever finds whole words).
        return _Matcher(
            WORD, scorer=folded_query, min_score=min_score, windows=windows, whole_anchors=True
        ), None
    # Anchor the runs of words on the query word with the fewest look-alikes in the text: a run
    # resembling the query holds a word resembling it (the rarest keeps the runs few).
    long_tokens = [token for token in query_tokens if len(token) >= _SHORT_WORD] or query_tokens
    counts = index.term_counts(project)
    vocabulary = list(counts)  # the index's terms in its order, read once (a scan of the index)
    terms: set[str] = set()
    fewest = None
    for token in long_tokens:
        similar = _similar_terms(token, vocabulary, min(min_score, 70.0))
        occurrences = sum(counts.get(term, 0) for term in similar)
        if fewest is None or occurrences < fewest:
            fewest, terms = occurrences, similar
    pattern, whole = anchor_pattern(terms)
    matcher = _Matcher(
        pattern,
        scorer=folded_query,
        min_score=min_score,
        windows=windows,
        whole_anchors=whole,
        anchors=fewest,
    )
    return matcher, index.documents_with_any(project, sorted(terms))


def _similar_terms(token: str, vocabulary: list[str], cutoff: float) -> set[str]:
    from rapidfuzz import fuzz, process

    found = process.extract(token, vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
    return {term for term, _, _ in found}


def _at_boundaries(text: str, start: int, end: int) -> bool:
    return (start == 0 or not _is_word_char(text[start - 1])) and (
        end == len(text) or not _is_word_char(text[end])
    )


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _scoped_documents(project: Project, scope: Scope, candidates: set[int] | None) -> list[int]:
    """The documents to read, in the project's order."""
    ordered = [row[0] for row in project.rows("SELECT id FROM documents ORDER BY position, id")]
    keep = set(ordered) if candidates is None else set(candidates)
    if scope.document_ids is not None:
        keep &= set(scope.document_ids)
    if scope.where:
        from caqda.core.document_filter import matching_document_ids

        for condition in scope.where:
            keep &= set(matching_document_ids(project, condition))
    if scope.speakers:
        wanted = {speaker.casefold() for speaker in scope.speakers}
        keep &= {
            row[0]
            for row in project.rows("SELECT DISTINCT document_id, speaker FROM speaker_turns")
            if str(row[1]).casefold() in wanted
        }
    if scope.code_id is not None:
        keep &= {
            row[0]
            for row in project.rows(
                "SELECT DISTINCT document_id FROM codings WHERE code_id = ?", (scope.code_id,)
            )
        }
    return [document_id for document_id in ordered if document_id in keep]


def _collect(
    project: Project, matcher: _Matcher, document_ids: list[int], scope: Scope, context: int
) -> Hits:
    found: list[DocumentPlaces] = []
    count = 0
    speakers = {speaker.casefold() for speaker in scope.speakers}
    for document_id, name, text, places, scored in _places(matcher, _texts(project, document_ids)):
        if not places:
            continue
        turns = SpeakerTurns(project, document_id)
        if speakers or scope.by_coding:
            places = _in_scope(project, document_id, places, turns, speakers, scope)
        if count + len(places) > MAX_HITS:
            start = places[MAX_HITS - count][0]
            raise SearchError(
                f"More than {MAX_HITS:,} places match; the search stopped in '{name}' at character "
                f"{start:,} rather than fill the memory. Narrow it: whole words, a phrase, a speaker, "
                "documents or an attribute."
            )
        count += len(places)
        found.append(DocumentPlaces(document_id, name, text, places, scored, turns))
    return Hits(found, context)


def _in_scope(
    project: Project,
    document_id: int,
    places: list[tuple[int, int]] | list[tuple[int, int, float]],
    turns: SpeakerTurns,
    speakers: set[str],
    scope: Scope,
) -> list[tuple[int, int]] | list[tuple[int, int, float]]:
    """The places said by one of ``speakers`` (when any) and in the coded or uncoded text the
    scope asks for."""
    coded = _coded_ranges(project, document_id, scope) if scope.by_coding else None
    kept = []
    for place in places:
        start, end = place[0], place[1]
        if speakers:
            speaker = turns.speaker_at(start)
            if speaker is None or speaker.casefold() not in speakers:
                continue
        if coded is not None and not _coding_allows(coded, start, end, scope):
            continue
        kept.append(place)
    return kept  # type: ignore[return-value]


# Fuzzy runs of words are scored for this many characters of documents at once.
_BATCH_CHARACTERS = 4_000_000

Places = list[tuple[int, int]] | list[tuple[int, int, float]]


def _places(
    matcher: _Matcher, texts: Iterable[tuple[int, str, str]]
) -> Iterator[tuple[int, str, str, Places, bool]]:
    """Each document with its places and whether they are scored. Fuzzy runs of words are found
    for a batch of documents at a time; other places one document at a time (a search listing
    too many places stops before it has found them all)."""
    if matcher.windows is None:
        for document_id, name, text in texts:
            places, scored = matcher.places(text)
            yield document_id, name, text, places, scored
        return
    batch: list[tuple[int, str, str]] = []
    size = 0
    for row in texts:
        batch.append(row)
        size += len(row[2])
        if size >= _BATCH_CHARACTERS:
            yield from _batch_places(matcher, batch)
            batch, size = [], 0
    yield from _batch_places(matcher, batch)


def _batch_places(
    matcher: _Matcher, batch: list[tuple[int, str, str]]
) -> Iterator[tuple[int, str, str, Places, bool]]:
    if not batch:
        return
    found = matcher.runs_in([text for _, _, text in batch])
    for (document_id, name, text), places in zip(batch, found, strict=True):
        yield document_id, name, text, places, True


def _texts(project: Project, document_ids: list[int]) -> Iterator[tuple[int, str, str]]:
    for chunk_start in range(0, len(document_ids), 500):
        chunk = document_ids[chunk_start : chunk_start + 500]
        marks = ", ".join("?" * len(chunk))
        cursor = project.connection.cursor()
        cursor.row_factory = None  # plain tuples: quicker for 10 MB of text
        rows = {
            row[0]: (row[1], row[2])
            for row in cursor.execute(
                f"SELECT id, name, text FROM documents WHERE id IN ({marks})", tuple(chunk)
            )
        }
        for document_id in chunk:
            name, text = rows[document_id]
            yield document_id, name, text


def _coded_ranges(project: Project, document_id: int, scope: Scope) -> list[tuple[int, int]]:
    """The document's coded text as sorted, merged ranges (of ``scope.code_id`` when given)."""
    cursor = project.connection.cursor()
    cursor.row_factory = None
    if scope.code_id is not None and scope.coded is not False:
        rows = cursor.execute(
            'SELECT start, "end" FROM codings WHERE document_id = ? AND code_id = ? ORDER BY start',
            (document_id, scope.code_id),
        ).fetchall()
    else:
        rows = cursor.execute(
            'SELECT start, "end" FROM codings WHERE document_id = ? ORDER BY start', (document_id,)
        ).fetchall()
    merged: list[tuple[int, int]] = []
    for start, end in rows:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _coding_allows(ranges: list[tuple[int, int]], start: int, end: int, scope: Scope) -> bool:
    position = bisect_right(ranges, (start, float("inf"))) - 1
    inside = position >= 0 and ranges[position][0] <= start and end <= ranges[position][1]
    if scope.coded is False:
        touched = (position >= 0 and ranges[position][1] > start) or (
            position + 1 < len(ranges) and ranges[position + 1][0] < end
        )
        return not touched
    return inside


@dataclass(frozen=True)
class AutocodeResult:
    added: int
    already: int
    coding_ids: tuple[int, ...] = ()

    def message(self, code: str, coder: str) -> str:
        """What happened, in words: says so when nothing new was coded."""
        if not self.added and self.already:
            return (
                f"Nothing new to code: all {self.already:,} places were already coded as '{code}' "
                f"for {coder}."
            )
        if not self.added:
            return "Nothing was coded: the search found no places."
        text = f"Coded {self.added:,} places as '{code}' for {coder}"
        return text + (f" ({self.already:,} were already coded so)." if self.already else ".")


def autocode(
    project: Project, hits: Iterable[Hit], *, code_id: int, coder_id: int, unit: str = "hit"
) -> AutocodeResult:
    """Code every hit (or the sentence, paragraph or speaker turn around it) with ``code_id``
    for ``coder_id``, in one transaction; a range the coder already coded so is skipped."""
    if unit not in UNITS:
        raise SearchError(f"Auto-code the hit itself or its {', '.join(UNITS[1:])}, not '{unit}'.")
    by_document: dict[int, list[tuple[int, int]]]
    if isinstance(hits, Hits):  # a search's places as found, without making a hit of each
        by_document = hits.spans_by_document()
    else:
        by_document = {}
        for hit in hits:
            by_document.setdefault(hit.document_id, []).append((hit.start, hit.end))
    spans: dict[int, set[tuple[int, int]]] = {}
    for document_id, found in by_document.items():
        widen = _Widener(project, document_id, unit)
        spans[document_id] = {widen(start, end) for start, end in found}
    from caqda.core.coding import add_codings

    already = 0
    wanted: dict[int, list[tuple[int, int]]] = {}
    with project.transaction():
        # One read of what the coder already coded so (a read per document would scan the
        # coder's codings of the code once per document).
        existing = {
            (row[0], row[1], row[2])
            for row in project.rows(
                'SELECT document_id, start, "end" FROM codings WHERE code_id = ? AND coder_id = ?',
                (code_id, coder_id),
            )
        }
        for document_id, ranges in spans.items():
            fresh = [span for span in sorted(ranges) if (document_id, *span) not in existing]
            already += len(ranges) - len(fresh)
            if fresh:
                wanted[document_id] = fresh
        created = [c.id for c in add_codings(project, code_id=code_id, coder_id=coder_id, spans=wanted)]
    return AutocodeResult(len(created), already, tuple(created))


class _Widener:
    """The unit (hit, sentence, paragraph or speaker turn) around a hit, for one document: its
    structure is read once, not once a hit."""

    def __init__(self, project: Project, document_id: int, unit: str) -> None:
        from caqda.core import documents

        self.unit = unit
        self.turns = documents.speaker_turns(project, document_id) if unit == "turn" else []
        self.paragraphs = (
            [(p.start, p.end) for p in documents.paragraphs(project, document_id)]
            if unit in ("sentence", "paragraph", "turn")
            else []
        )
        self.paragraph_starts = [a for a, _ in self.paragraphs]
        self.text = documents.document_text(project, document_id) if unit == "sentence" else ""
        self.sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def __call__(self, start: int, end: int) -> tuple[int, int]:
        if self.unit == "hit":
            return start, end
        if self.unit == "turn":
            for turn in self.turns:
                if turn.start <= start < turn.end:
                    return turn.content_start, turn.end
        position = bisect_right(self.paragraph_starts, start) - 1
        paragraph = (start, end)
        if position >= 0 and self.paragraphs[position][0] <= start < self.paragraphs[position][1]:
            paragraph = self.paragraphs[position]
        if self.unit == "sentence":
            from caqda.core.agreement.sentences import sentence_spans

            if paragraph not in self.sentences:
                self.sentences[paragraph] = sentence_spans(self.text, [paragraph])
            for a, b in self.sentences[paragraph]:
                if a <= start < b:
                    return a, max(b, end)
        return paragraph


def speakers(project: Project) -> list[str]:
    """Every speaker label in the project, for choosing whose words to search."""
    return [
        str(row[0])
        for row in project.rows("SELECT DISTINCT speaker FROM speaker_turns ORDER BY speaker COLLATE NOCASE")
    ]
