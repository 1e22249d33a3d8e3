# ruff: noqa: SIM905
"""Find passages like the ones a code already holds (or like one selection), to catch drift.

Two stages, in Python and numpy:

1. **BM25 over words and word stems** (the leading five letters of longer words, a character
   n-gram that joins "enfermeira" and "enfermagem"), case and accents ignored. The query is
   every word of the code's passages (function words left out). Each distinct unit text's
   words are found once; the (text × query term) frequencies are then counted and scored in
   numpy over a sparse table, so a 10 MB corpus is read once, quickly. Units (sentences,
   paragraphs or speaker turns) that no coding of the code touches and that were not
   dismissed are scored.
2. **Re-ranking** of the best few hundred by cosine similarity to each coded passage they share
   words with, over TF-IDF words and stems (60 %) and character 3-grams (40 %). The score
   shown (0–1) is that similarity to the nearest coded passage, which is shown beside it.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from caqda.core import audit
from caqda.core.coding import add_coding
from caqda.core.errors import CaqdaError
from caqda.core.models import Coding
from caqda.core.project import Project
from caqda.core.similar_units import fold, fold_document
from caqda.core.similar_units import unit_spans as units_of

UNITS = ("sentence", "paragraph", "turn")
_WORD = re.compile(r"[^\W\d_]{2,}")
_NOT_LETTERS = bytes(code if chr(code).isascii() and chr(code).isalpha() else 32 for code in range(256))
_STEM = 5
_K1, _B = 1.2, 0.75
_MAX_QUERY_TERMS = 400
_POOL = 60  # units re-ranked after BM25 (at least three times what is asked for)
_INDEXED_TERMS = 16
_BLOCK = 1 << 18  # (unit text × term) cells counted at once (2 MB of counts: in the cache)
_NEAREST = 8  # coded passages compared letter by letter with each unit in the pool
STOPWORDS = frozenset(
    """
    a o e as os um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para
    pra com sem que se ao aos à às é ser foi era são está estão estava isso isto esse essa este
    esta aquele aquela ele ela eles elas eu tu nós vocês você me te lhe nos vos seu sua seus suas
    meu minha meus minhas mas ou nem como mais muito muita já não sim também quando onde porque
    então lá aqui tem ter tinha há the an and or of to in on at by for with from is are was were
    be been it its this that these those he she they we you i me my our your his her their not
    no yes but if so as do does did have has had will would can could there here what which who
    """.split()
)


class SimilarError(CaqdaError):
    """A request for similar passages was refused (unknown unit, a code with no passages)."""


@dataclass(frozen=True)
class Passage:
    """A stretch of a document: a coded passage, a selection or a suggested unit."""

    document_id: int
    document: str
    start: int
    end: int
    text: str
    coding_id: int | None = None


@dataclass(frozen=True)
class Suggestion:
    passage: Passage
    score: float  # 0–1: similarity to the nearest passage
    nearest: Passage

    def as_dict(self) -> dict[str, object]:
        return {
            "document": self.passage.document,
            "start": self.passage.start,
            "end": self.passage.end,
            "text": self.passage.text,
            "score": round(self.score, 4),
            "nearest": {
                "document": self.nearest.document,
                "start": self.nearest.start,
                "end": self.nearest.end,
                "text": self.nearest.text,
            },
        }


# -- the public functions ------------------------------------------------------------------------
def similar_passages(
    project: Project,
    code_id: int,
    *,
    unit: str = "sentence",
    top: int = 20,
    document_ids: Sequence[int] | None = None,
) -> list[Suggestion]:
    """The ``top`` uncoded units most like what ``code_id`` holds, best first."""
    codings = (
        _plain(project)
        .execute(
            'SELECT id, document_id, start, "end" FROM codings WHERE code_id = ? ORDER BY id', (code_id,)
        )
        .fetchall()
    )
    if not codings:
        raise SimilarError("This code holds no passages yet: code a few, then look for similar ones.")
    documents = _documents(project)  # read once: the passages' texts are cut from them too
    by_id = {row[0]: row for row in documents}
    passages = [
        Passage(document_id, by_id[document_id][1], start, end, by_id[document_id][2][start:end], coding_id)
        for coding_id, document_id, start, end in codings
        if document_id in by_id
    ]
    if not passages:
        raise SimilarError("This code holds no passages yet: code a few, then look for similar ones.")
    dismissed = {
        (row[0], row[1], row[2])
        for row in project.rows(
            'SELECT document_id, start, "end" FROM similar_dismissals WHERE code_id = ?', (code_id,)
        )
    }
    covered: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for passage in passages:
        covered[passage.document_id].append((passage.start, passage.end))
    return _rank(project, passages, covered, dismissed, unit, top, document_ids, documents)


def passages_like(
    project: Project,
    document_id: int,
    start: int,
    end: int,
    *,
    unit: str = "sentence",
    top: int = 20,
    document_ids: Sequence[int] | None = None,
) -> list[Suggestion]:
    """The ``top`` units most like ``[start, end)`` of a document (the selection left out)."""
    row = project.rows("SELECT name, text FROM documents WHERE id = ?", (document_id,))
    if not row:
        raise SimilarError(f"There is no document with id {document_id}.")
    name, text = row[0]
    if not 0 <= start < end <= len(text):
        raise SimilarError("Select some text first.")
    selection = Passage(document_id, name, start, end, text[start:end])
    return _rank(project, [selection], {document_id: [(start, end)]}, set(), unit, top, document_ids)


def accept_suggestion(project: Project, suggestion: Suggestion, *, code_id: int, coder_id: int) -> Coding:
    """Code the suggested unit with the code (an ordinary coding, undone like any other)."""
    passage = suggestion.passage
    return add_coding(
        project, document_id=passage.document_id, code_id=code_id, coder_id=coder_id, start=passage.start,
        end=passage.end,
    )  # fmt: skip


def dismiss_suggestion(project: Project, suggestion: Suggestion, *, code_id: int) -> None:
    """Remember that this unit is not like the code, so it is not suggested again."""
    passage = suggestion.passage
    with project.transaction() as connection:
        connection.execute(
            'INSERT OR IGNORE INTO similar_dismissals(code_id, document_id, start, "end") '
            "VALUES (?, ?, ?, ?)",
            (code_id, passage.document_id, passage.start, passage.end),
        )
        audit.record(project, "dismiss suggestion", "code", _uuid(project, "codes", code_id),
                     after={"start": passage.start, "end": passage.end})  # fmt: skip


def undismiss_suggestion(project: Project, suggestion: Suggestion, *, code_id: int) -> None:
    passage = suggestion.passage
    with project.transaction() as connection:
        connection.execute(
            "DELETE FROM similar_dismissals "
            'WHERE code_id = ? AND document_id = ? AND start = ? AND "end" = ?',
            (code_id, passage.document_id, passage.start, passage.end),
        )
        audit.record(project, "undo dismiss suggestion", "code", _uuid(project, "codes", code_id))


# -- ranking ------------------------------------------------------------------------------------------
def _rank(
    project: Project,
    passages: list[Passage],
    covered: dict[int, list[tuple[int, int]]],
    dismissed: set[tuple[int, int, int]],
    unit: str,
    top: int,
    document_ids: Sequence[int] | None,
    documents: list[tuple[int, str, str, str]] | None = None,
) -> list[Suggestion]:
    if unit not in UNITS:
        raise SimilarError(f"The unit is one of {', '.join(UNITS)}, not '{unit}'.")
    query = Counter()
    passage_terms = []
    for passage in passages:
        terms = _terms(fold(passage.text))
        passage_terms.append(terms)
        query.update(set(terms))
    chosen = {term for term, _ in query.most_common(_MAX_QUERY_TERMS)}
    if not chosen:
        raise SimilarError("The passages hold no words to compare (only numbers or function words).")
    wanted = None if document_ids is None else set(document_ids)
    names: dict[int, str] = {}
    texts: dict[int, str] = {}
    unit_documents: list[int] = []  # each unit's document, span and distinct text (by number)
    unit_spans: list[tuple[int, int]] = []
    unit_piece: list[int] = []
    # A unit's terms depend only on its words: repeated units (labels, reposted posts) are read once.
    pieces: dict[str, int] = {}
    words: list[str | bytes] = []  # the words of every distinct unit text, one after the other
    lengths: list[int] = []
    for document_id, name, text, digest in _documents(project) if documents is None else documents:
        if wanted is not None and document_id not in wanted:
            continue
        names[document_id], texts[document_id] = name, text
        folded, ascii_only = fold_document(text)
        words_in = _ascii_words if ascii_only else _WORD.findall
        spans = units_of(project, document_id, digest, text, unit)
        if len(folded) == len(text):
            found = [folded[start:end] for start, end in spans]
        else:
            found = [fold(text[start:end]) for start, end in spans]
        known = len(pieces)
        numbers = [pieces.setdefault(piece, len(pieces)) for piece in found]
        fresh = [piece for piece, number in zip(found, numbers, strict=True) if number >= known]
        for piece in dict.fromkeys(fresh):  # new distinct texts, in the order they were numbered
            these = words_in(piece)
            words.extend(these)
            lengths.append(len(these))
        unit_documents.extend([document_id] * len(spans))
        unit_spans.extend(spans)
        unit_piece.extend(numbers)
    if not unit_piece:
        return []
    count = len(unit_piece)
    piece_list = list(pieces)
    piece_of_unit = np.asarray(unit_piece, dtype=np.int64)
    copies = np.bincount(piece_of_unit, minlength=len(piece_list)).tolist()
    piece_scores, idf = _bm25(piece_list, copies, words, lengths, query, chosen, count)
    unit_scores = piece_scores[piece_of_unit]
    positive = np.flatnonzero(unit_scores > 0)
    scored = positive[np.argsort(-unit_scores[positive], kind="stable")].tolist()
    pool = []
    for index in scored:  # best first, leaving out what the code holds and what was dismissed
        document_id, (start, end) = unit_documents[index], unit_spans[index]
        if (document_id, start, end) in dismissed or _overlaps(covered.get(document_id, ()), start, end):
            continue
        pool.append((document_id, names[document_id], start, end, piece_list[unit_piece[index]]))
        if len(pool) == max(_POOL, top * 3):
            break
    return _rerank(pool, texts, passages, passage_terms, idf, math.log(1 + count), top)


def _bm25(
    piece_list: list[str],
    copies: list[int],
    words: list[str | bytes],
    lengths: list[int],
    query: Counter[str],
    chosen: set[str],
    count: int,
) -> tuple[np.ndarray, dict[str, float]]:
    """BM25 score of each distinct unit text (``copies`` units each; ``words`` holds their words
    one text after the other, ``lengths`` how many each) for the ``chosen`` query terms, and the
    idf of every chosen term found, over a sparse text × term table."""
    lengths_of = np.fromiter(map(len, piece_list), dtype=np.float64, count=len(piece_list))
    copies_of = np.asarray(copies, dtype=np.int64)
    average = sum(len(piece) * n for piece, n in zip(piece_list, copies, strict=True)) / count or 1.0
    # a sparse (distinct unit text × query term) table of term frequencies
    term_ids = {term: number for number, term in enumerate(sorted(chosen))}
    word_ids = _Numbering()  # each distinct word (str, or bytes from _ascii_words) by number
    word_of = np.fromiter(map(word_ids.__getitem__, words), dtype=np.int64, count=len(words))
    first_term = np.full(len(word_ids), -1, dtype=np.int64)
    second_term = np.full(len(word_ids), -1, dtype=np.int64)
    for word, number in word_ids.items():
        if len(word) < 2:
            continue  # a single letter (from _ascii_words) is no term
        kept = [
            term_ids[t] for t in _word_terms(word if isinstance(word, str) else word.decode()) if t in chosen
        ]
        if kept:
            first_term[number] = kept[0]
            if len(kept) > 1:
                second_term[number] = kept[1]
    piece_of = np.repeat(np.arange(len(piece_list), dtype=np.int64), lengths)
    width = len(term_ids)
    keys = []
    for table in (first_term, second_term):
        term = table[word_of]
        hit = term >= 0
        keys.append(piece_of[hit] * width + term[hit])
    cells, tf = _cell_counts(keys, width, len(piece_list))
    cell_piece, cell_term = cells // width, cells % width
    frequency = np.bincount(cell_term, weights=copies_of[cell_piece], minlength=width)
    names = sorted(chosen)
    idf = {
        names[number]: math.log(1 + (count - df + 0.5) / (df + 0.5))
        for number, df in enumerate(int(value) for value in frequency)
        if df
    }
    weights = np.array([idf.get(term, 0.0) * (1 + math.log(query[term])) for term in names], dtype=np.float64)
    norms = _K1 * (1 - _B + _B * lengths_of / average)
    tf = tf.astype(np.float64)
    contributions = weights[cell_term] * tf * (_K1 + 1) / (tf + norms[cell_piece])
    piece_scores = np.bincount(cell_piece, weights=contributions, minlength=len(piece_list))
    return piece_scores, idf


class _Numbering(dict[object, int]):
    """Numbers things in the order they are first looked up."""

    def __missing__(self, key: object) -> int:
        number = self[key] = len(self)
        return number


def _cell_counts(key_lists: list[np.ndarray], width: int, pieces: int) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(np.concatenate(key_lists), return_counts=True)`` for keys ``piece * width +
    term`` given in piece order, counted in bins a block of pieces at a time instead of sorted."""
    step = max(1, _BLOCK // max(width, 1))
    cells, counts = [], []
    for first in range(0, pieces, step):
        low, high = first * width, min(first + step, pieces) * width
        # each list is in piece order, so a piece's start splits it in two: a binary search finds it
        block = np.concatenate(
            [keys[np.searchsorted(keys, low) : np.searchsorted(keys, high)] for keys in key_lists]
        )
        tally = np.bincount(block - low, minlength=high - low)
        found = np.flatnonzero(tally)
        cells.append(found + low)
        counts.append(tally[found])
    if not cells:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(cells), np.concatenate(counts)


def _plain(project: Project) -> sqlite3.Cursor:
    cursor = project.connection.cursor()
    cursor.row_factory = None  # plain tuples: quicker for thousands of rows and 10 MB of text
    return cursor


def _documents(project: Project) -> list[tuple[int, str, str, str]]:
    """Every document's id, name, text and sha256, in the project's order."""
    return (
        _plain(project)
        .execute("SELECT id, name, text, sha256 FROM documents ORDER BY position, id")
        .fetchall()
    )


def _rerank(
    pool: list[tuple[int, str, int, int, str]],
    texts: dict[int, str],
    passages: list[Passage],
    passage_terms: list[list[str]],
    idf: dict[str, float],
    rare: float,
    top: int,
) -> list[Suggestion]:
    """Cosine similarity of each unit in the pool to the coded passages it shares words with."""
    vectors = [_unit_vector(Counter(terms), idf, rare) for terms in passage_terms]
    listed: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
    for number, vector in enumerate(vectors):
        # each passage is indexed by its heaviest terms only: the rest adds little but time
        for term, weight in sorted(vector.items(), key=lambda item: -item[1])[:_INDEXED_TERMS]:
            listed[term][0].append(number)
            listed[term][1].append(weight)
    postings = {
        term: (np.array(numbers, dtype=np.int64), np.array(weights, dtype=np.float64))
        for term, (numbers, weights) in listed.items()
    }
    grams: dict[int, tuple[Counter[str], int]] = {}
    best_of: dict[str, tuple[float, int] | None] = {}
    suggestions = []
    for document_id, name, start, end, folded in pool:
        if folded not in best_of:
            best_of[folded] = _nearest(folded, idf, rare, postings, grams, passages)
        best = best_of[folded]
        if best is not None:
            text = texts[document_id][start:end]
            suggestions.append(
                Suggestion(Passage(document_id, name, start, end, text), best[0], passages[best[1]])
            )
    suggestions.sort(key=lambda s: (-s.score, s.passage.document_id, s.passage.start))
    return suggestions[:top]


def _nearest(
    folded: str,
    idf: dict[str, float],
    rare: float,
    postings: dict[str, tuple[np.ndarray, np.ndarray]],
    grams: dict[int, tuple[Counter[str], int]],
    passages: list[Passage],
) -> tuple[float, int] | None:
    """(similarity, passage number) of the passage most like this unit, or None. The dot
    products are summed term by term in the unit's order, as a loop over the terms would, so
    equal passages tie exactly and are taken in the order the terms first reach them."""
    vector = _unit_vector(Counter(_terms(folded)), idf, rare)
    dots = np.zeros(len(passages), dtype=np.float64)
    reached = np.full(len(passages), len(vector), dtype=np.int64)  # the first term reaching each
    for order, (term, weight) in enumerate(vector.items()):
        posting = postings.get(term)
        if posting is not None:
            numbers, others = posting
            dots[numbers] += weight * others
            reached[numbers] = np.minimum(reached[numbers], order)
    candidates = np.flatnonzero(reached < len(vector))
    if not candidates.size:
        return None
    closest = candidates[np.lexsort((candidates, reached[candidates], -dots[candidates]))][:_NEAREST]
    unit_grams = _grams(folded)
    unit_squares = _squares(unit_grams)
    best = (-1.0, 0)
    for number in closest.tolist():
        if number not in grams:
            passage_grams = _grams(fold(passages[number].text))
            grams[number] = (passage_grams, _squares(passage_grams))
        similarity = _cosine(unit_grams, unit_squares, *grams[number])
        best = max(best, (0.6 * float(dots[number]) + 0.4 * similarity, -number))
    return best[0], -best[1]


# -- terms ----------------------------------------------------------------------------------------------
def _terms(folded: str) -> list[str]:
    terms: list[str] = []
    for word in _WORD.findall(folded):
        terms.extend(_word_terms(word))
    return terms


def _ascii_words(folded: str) -> list[bytes]:
    """The words of a folded text whose letters are all ASCII ones, as bytes, single letters
    included (they make no term): what _WORD finds there, found several times quicker."""
    return folded.encode("utf-8", "surrogatepass").translate(_NOT_LETTERS).split()


def _word_terms(word: str) -> list[str]:
    """A word and, for longer ones, its stem (leading letters) as a term of its own."""
    if word in STOPWORDS:
        return []
    if len(word) > _STEM:
        return [word, word[:_STEM] + "~"]
    return [word]


def _unit_vector(terms: Counter[str], idf: dict[str, float], rare: float) -> dict[str, float]:
    vector = {term: (1 + math.log(tf)) * idf.get(term, rare) for term, tf in terms.items()}
    norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
    return {term: value / norm for term, value in vector.items()}


def _grams(folded: str) -> Counter[str]:
    squeezed = " " + " ".join(_WORD.findall(folded)) + " "
    return Counter(squeezed[i : i + 3] for i in range(len(squeezed) - 2))


def _squares(grams: Counter[str]) -> int:
    return sum(count * count for count in grams.values())


def _cosine(a: Counter[str], a_squares: int, b: Counter[str], b_squares: int) -> float:
    """Cosine of two gram counts (whole numbers, so the sums are exact in any order)."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(count * b[gram] for gram, count in a.items() if gram in b)
    if not dot:
        return 0.0
    return dot / math.sqrt(a_squares * b_squares)


# -- units -----------------------------------------------------------------------------------------------
def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _uuid(project: Project, table: str, row_id: int) -> str | None:
    value = project.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (row_id,))
    return None if value is None else str(value)
