"""Fuzzy search for several words: score the runs of words around each anchor, in bulk.

A query of several words is matched against runs of about as many words of the text (one word
fewer to one more) that hold an *anchor*, a word resembling one of the query's words. What a
run is, exactly, is fixed by the way the runs were first found one anchor at a time:

- around an anchor ``[a, e)`` the text is read from ``a - reach`` (moved back to the start of
  the word it cuts into) to ``e + reach`` (cut there, even inside a word), where ``reach`` is
  the longest a run may be and still score ``min_score`` (plus 10 for punctuation);
- that piece is split into words by :data:`WORD` (letters joined by hyphens or apostrophes);
- every run of ``fewest`` to ``most`` of these words holding the anchor's word is a candidate,
  compared as its words folded (:func:`~caqda.core.search_index.fold`) and joined by one space;
- of the candidates scoring at least ``min_score`` (rapidfuzz ``ratio``), the best ones that
  overlap none chosen before are kept (the shorter first on a tie, then the first found).

Done anchor by anchor in Python this costs ~15 µs an anchor (0.25 s for the 15,550 anchors of
"ward mangr" on the 10 MB benchmark project). From _ARRAYS_FROM anchors (or when numpy is loaded
already) the pieces are joined into one string (a NUL between pieces ends a word as the end of
a piece does) and split into words, folded and cut into candidate strings with numpy (~5 µs an
anchor); fewer anchors are done one by one, since importing numpy costs 60-130 ms. Either way,
runs too long or too short to reach ``min_score`` are not compared, and the runs of up to
_CHUNK anchors are scored in one rapidfuzz call.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import TYPE_CHECKING

from caqda.core import search_index as index
from caqda.core.search_index import fold

if TYPE_CHECKING:
    import numpy as np

# A word as fuzzy search counts them: letters, digits or "_", joined by hyphens or apostrophes.
WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_JOINERS = "-'’"
_SEPARATOR = "\x00"  # between pieces: not a word character and not a joiner
_CHUNK = 20_000  # anchors whose runs are made at once
_ARRAYS_FROM = 10_000  # anchors from which numpy is loaded to make their runs (break-even ~7-12k)


def anchor_pattern(terms: Iterable[str]) -> tuple[re.Pattern[str], bool]:
    """A pattern finding ``terms`` (index terms) in the text, ignoring case and accents, and
    whether it finds them only as whole words. It does when every letter it may match is a
    word character: then a look-behind after the first letter (a pattern starting with one
    loses the regular-expression engine's quick scan for the first letter: 7x slower over
    10 MB) and a look-ahead at the end say what ``_whole_word`` says."""
    ordered = sorted(terms, key=len, reverse=True)
    if not ordered:
        return re.compile("(?!)"), True
    if not all(
        _is_word_char(variant) for term in ordered for char in term for variant in index.char_variants(char)
    ):
        return re.compile("|".join(index.literal_pattern(term) for term in ordered)), False
    alternatives = (
        index.char_pattern(term[0])
        + r"(?<!\w[\s\S])"
        + "".join(index.char_pattern(char) for char in term[1:])
        for term in ordered
    )
    return re.compile("(?:" + "|".join(alternatives) + r")(?!\w)"), True


def run_places(
    texts: Sequence[str],
    anchors: re.Pattern[str],
    query: str,
    min_score: float,
    windows: tuple[int, int],
    *,
    whole_anchors: bool,
    expected: int | None = None,
) -> list[list[tuple[int, int, float]]]:
    """For each text, the places ``(start, end, score)`` of the best runs resembling ``query``
    (folded), in text order. ``anchors`` finds the anchor words; ``whole_anchors`` says that it
    only ever finds whole words (else the places it finds inside a word are skipped here).
    ``expected`` is about how many anchors the whole search has (the index's count), which
    decides whether numpy is worth loading; without it, each chunk of anchors decides."""
    arrays = None if expected is None else _with_arrays(expected)
    # A run scoring ≥ s against a query of q letters is at most q·(200/s − 1) letters long.
    reach = int(len(query) * (200 / min_score - 1)) + 10  # + punctuation
    # Only runs of a length that can score min_score are compared (one letter either way to
    # spare rounding): ratio ≥ s needs q·s/(200 − s) ≤ length ≤ q·(200 − s)/s.
    lengths = (
        int(len(query) * min_score / (200 - min_score)) - 1,
        int(len(query) * (200 - min_score) / min_score) + 1,
    )
    pieces: list[str] = []
    owners: list[int] = []  # the text each piece comes from
    origins: list[int] = []  # where each piece starts in its text
    anchor_starts: list[int] = []
    passed: list[tuple[int, int, int, float]] = []  # (text, start, end, score) reaching min_score

    def score_pieces() -> None:
        """Make and score the runs of the pieces read so far: at most _CHUNK anchors at a time,
        which bounds the memory when every word is an anchor (a query whose letters the index
        cannot look up). A run found again in a later chunk is kept twice; the second copy
        overlaps the first and is never chosen."""
        make = _runs if (_with_arrays(len(pieces)) if arrays is None else arrays) else _runs_one_by_one
        owner, starts, ends, strings = make(pieces, owners, origins, anchor_starts, windows, lengths)
        for read in (pieces, owners, origins, anchor_starts):
            read.clear()
        if not strings:
            return
        from rapidfuzz import fuzz, process

        found = process.extract(query, strings, scorer=fuzz.ratio, score_cutoff=min_score, limit=None)
        found.sort(key=itemgetter(2))  # in the order found, as rapidfuzz lists equal scores
        passed.extend((owner[place], starts[place], ends[place], float(score)) for _, score, place in found)

    for number, text in enumerate(texts):
        length = len(text)
        for match in anchors.finditer(text):
            start, end = match.span()
            if not whole_anchors and not _whole_word(text, start, end):
                continue
            offset = start - reach if start > reach else 0
            while offset:  # back to the start of the word the reach cuts into
                char = text[offset - 1]
                if not (char.isalnum() or char == "_"):
                    break
                offset -= 1
            pieces.append(text[offset : min(end + reach, length)])
            owners.append(number)
            origins.append(offset)
            anchor_starts.append(start)
            if len(pieces) >= _CHUNK:
                score_pieces()
    if pieces:
        score_pieces()
    places: list[list[tuple[int, int, float]]] = [[] for _ in texts]
    by_text: dict[int, list[tuple[tuple[int, int], float]]] = {}
    for number, start, end, score in passed:
        by_text.setdefault(number, []).append(((start, end), score))
    for number, scored in by_text.items():
        places[number] = best_without_overlaps(scored)
    return places


def warm_up() -> None:
    """Load what a fuzzy search of many places uses (numpy, rapidfuzz), so that the first one
    does not wait 60-130 ms for the imports: the search dock calls this in a thread of its own
    as soon as the search is set to fuzzy, while the query is still being typed."""
    import numpy  # noqa: F401
    from rapidfuzz import fuzz, process  # noqa: F401


def _with_arrays(anchors: int) -> bool:
    """Whether to make the runs of this many anchors with numpy: quicker by ~10 µs an anchor,
    but importing numpy costs 60-130 ms, so a search with few anchors (a rare word) does without
    it unless it is loaded already."""
    return anchors >= _ARRAYS_FROM or "numpy" in sys.modules


def _runs_one_by_one(
    pieces: list[str],
    owners: list[int],
    origins: list[int],
    anchor_starts: list[int],
    windows: tuple[int, int],
    lengths: tuple[int, int],
) -> tuple[list[int], list[int], list[int], list[str]]:
    """What :func:`_runs` makes, anchor by anchor in Python."""
    fewest, most = windows
    shortest, longest = lengths
    made: dict[tuple[int, int, int], str] = {}  # in the order found
    for piece, owner, origin, anchor in zip(pieces, owners, origins, anchor_starts, strict=True):
        spans = [match.span() for match in WORD.finditer(piece)]
        at = anchor - origin
        word = bisect_right(spans, (at, len(piece) + 1)) - 1  # the word holding the anchor
        if word < 0 or spans[word][1] <= at:
            continue
        low, count = max(0, word - most + 1), len(spans)
        folded = [_fold_word(piece[a:b]) for a, b in spans[low : word + most]]
        for size in range(fewest, most + 1):
            for first in range(max(0, word - size + 1), min(word, count - size) + 1):
                key = (owner, spans[first][0] + origin, spans[first + size - 1][1] + origin)
                if key in made:
                    continue
                run = folded[first - low : first - low + size]
                letters = sum(map(len, run)) + size - 1
                if shortest <= letters <= longest:  # (the same run found again cannot either)
                    made[key] = " ".join(run)
    return [key[0] for key in made], [key[1] for key in made], [key[2] for key in made], list(made.values())


def _runs(
    pieces: list[str],
    owner_list: list[int],
    origin_list: list[int],
    anchor_list: list[int],
    windows: tuple[int, int],
    lengths: tuple[int, int],
) -> tuple[list[int], list[int], list[int], list[str]]:
    """Every distinct run of words around each piece's anchor whose folded length lies within
    ``lengths``, in the order the runs were first found (anchor by anchor; by size, then by
    first word): the text it is in, its span there, and its folded words joined by spaces."""
    import numpy as np

    owners = np.asarray(owner_list, dtype=np.int64)
    origins = np.asarray(origin_list, dtype=np.int64)
    anchor_starts = np.asarray(anchor_list, dtype=np.int64)

    fewest, most = windows
    joined = _SEPARATOR.join(pieces)
    piece_lengths = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
    piece_starts = np.zeros(len(pieces), dtype=np.int64)
    np.cumsum(piece_lengths[:-1] + 1, out=piece_starts[1:])
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # Each distinct character looked at once: is it a word character, a joiner, and its fold.
    present = np.flatnonzero(np.bincount(points))
    chars = [chr(point) for point in present.tolist()]
    code = np.searchsorted(present, points)  # each character's place among ``present``
    is_word = np.array([char.isalnum() or char == "_" for char in chars], dtype=bool)[code]
    is_joiner = np.array([char in _JOINERS for char in chars], dtype=bool)[code]
    # In a word: a word character, or a joiner with a word character on each side (WORD's rule).
    inside = is_word.copy()
    inside[1:-1] |= is_joiner[1:-1] & is_word[:-2] & is_word[2:]
    edges = np.diff(inside.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    word_starts = np.flatnonzero(edges == 1)
    word_ends = np.flatnonzero(edges == -1)
    if not len(word_starts):
        return [], [], [], []
    # The anchor's word: the last word starting at or before the anchor, if it reaches it.
    shift = origins - piece_starts  # from a place in ``joined`` to the place in its text
    anchors = anchor_starts - shift
    low = np.searchsorted(word_starts, piece_starts, "left")
    high = np.searchsorted(word_starts, piece_starts + piece_lengths, "left")
    anchor_word = np.searchsorted(word_starts, anchors, "right") - 1
    found = (anchor_word >= low) & (word_ends[np.maximum(anchor_word, 0)] > anchors)
    # The words folded, each followed by one space, as one string: a run is a slice of it.
    spaced, spaced_starts, word_lengths = _spaced_words(points, code, chars, inside, word_starts, word_ends)
    # The runs in the order the loop over sizes and first words made them.
    sizes, firsts, valid = [], [], []
    for size in range(fewest, most + 1):
        for before in range(size - 1, -1, -1):
            first = anchor_word - before
            sizes.append(size)
            firsts.append(first)
            valid.append(found & (first >= low) & (first + size <= high))
    keep = np.stack(valid, axis=1).ravel()
    run_first = np.stack(firsts, axis=1).ravel()[keep]
    run_size = np.broadcast_to(np.asarray(sizes, dtype=np.int64), (len(pieces), len(sizes))).ravel()[keep]
    run_piece = np.repeat(np.arange(len(pieces), dtype=np.int64), len(sizes))[keep]
    run_last = run_first + run_size - 1
    run_ends = spaced_starts[run_last] + word_lengths[run_last]
    size_fits = run_ends - spaced_starts[run_first]
    fits = (size_fits >= lengths[0]) & (size_fits <= lengths[1])
    run_piece, run_first, run_last, run_ends = (
        run_piece[fits],
        run_first[fits],
        run_last[fits],
        run_ends[fits],
    )
    owner = owners[run_piece]
    starts = word_starts[run_first] + shift[run_piece]
    ends = word_ends[run_last] + shift[run_piece]
    # A run found again (from a nearby anchor of the same text) counts once, where first found:
    # lexsort keeps equal runs in the order found, so the first of each group is kept.
    order = np.lexsort((ends, starts, owner))
    again = np.zeros(len(order), dtype=bool)
    again[order[1:]] = (
        (np.diff(owner[order]) == 0) & (np.diff(starts[order]) == 0) & (np.diff(ends[order]) == 0)
    )
    first_found = ~again
    strings = _slices(spaced, spaced_starts[run_first[first_found]], run_ends[first_found])
    return owner[first_found].tolist(), starts[first_found].tolist(), ends[first_found].tolist(), strings


def _spaced_words(
    points: np.ndarray,
    code: np.ndarray,
    chars: list[str],
    inside: np.ndarray,
    word_starts: np.ndarray,
    word_ends: np.ndarray,
) -> tuple[str, np.ndarray, np.ndarray]:
    """The words folded and joined by single spaces (``" ".join`` of each word's fold), where
    each word starts in it, and each folded word's length. Folding goes character by character,
    so a word's fold is its characters' folds one after the other."""
    import numpy as np

    folds = [_fold_char(char) for char in chars]
    if all(len(folded) == 1 for folded in folds):
        folded_points = np.array([ord(folded) for folded in folds], dtype=np.uint32)[code]
        kept = folded_points[inside]
        word_lengths = word_ends - word_starts
    else:  # a letter folded to several (ß to ss) or to none: where each character's fold lands
        fold_lengths = np.array([len(folded) for folded in folds], dtype=np.int64)
        pieces = np.frombuffer("".join(folds).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        fold_starts = np.zeros(len(folds), dtype=np.int64)
        np.cumsum(fold_lengths[:-1], out=fold_starts[1:])
        each = fold_lengths[code]
        at = np.zeros(len(points) + 1, dtype=np.int64)
        np.cumsum(each, out=at[1:])
        # The i-th folded letter of the text comes from character ``source`` of the text.
        source = np.repeat(np.arange(len(points)), each)
        within = np.arange(len(source)) - at[source]
        kept = pieces[fold_starts[code[source]] + within][inside[source]]
        word_lengths = at[word_ends] - at[word_starts]
    kept_starts = np.zeros(len(word_starts), dtype=np.int64)
    np.cumsum(word_lengths[:-1], out=kept_starts[1:])
    spaced = np.insert(kept, kept_starts[1:], np.uint32(ord(" ")))
    spaced_starts = kept_starts + np.arange(len(word_starts))
    return spaced.tobytes().decode("utf-32-le", "surrogatepass"), spaced_starts, word_lengths


def _slices(text: str, starts: np.ndarray, ends: np.ndarray) -> list[str]:
    return list(map(text.__getitem__, map(slice, starts.tolist(), ends.tolist())))


@lru_cache(maxsize=65_536)
def _fold_word(word: str) -> str:
    return fold(word)


@lru_cache(maxsize=65_536)
def _fold_char(char: str) -> str:
    """One character folded (several, or none, for a few): folding is character by character,
    so a word's fold is its characters' folds one after the other."""
    return fold(char)


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not _is_word_char(text[start - 1])) and (
        end == len(text) or not _is_word_char(text[end])
    )


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def best_without_overlaps(scored: list[tuple[tuple[int, int], float]]) -> list[tuple[int, int, float]]:
    """The highest-scoring spans (the shorter first on a tie) that overlap none chosen before,
    in text order. The chosen spans never overlap, so sorted by start they are sorted by end
    too, and each candidate needs only its two neighbours checked."""
    in_order = sorted([(start, end, score) for (start, end), score in scored])
    if all(before[1] <= after[0] for before, after in pairwise(in_order)):
        return in_order  # none overlaps another (the usual case): every one is chosen
    chosen: list[tuple[int, int, float]] = []
    for (start, end), score in sorted(scored, key=lambda item: (-item[1], item[0][1] - item[0][0])):
        position = bisect_right(chosen, (start, end, score))
        if position and chosen[position - 1][1] > start:
            continue
        if position < len(chosen) and chosen[position][0] < end:
            continue
        chosen.insert(position, (start, end, score))
    return chosen
