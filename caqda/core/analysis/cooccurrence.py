"""Code co-occurrence: how often codings of two codes meet, as a code × code matrix.

Two codings meet when they overlap (share at least one character), lie in the same speaker
turn, or lie at most ``N`` characters apart (``within=N``; touching is 0 apart). A cell counts
the *pairs* of codings that meet (one of each code, codings of the same code never pair); the
diagonal holds each code's number of codings. The Jaccard option shows instead the share of
the two codes' codings that meet a coding of the other: |A' ∪ B'| / |A ∪ B|, from 0 to 1.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator

from caqda.core.analysis.scope import AnalysisError, Scope
from caqda.core.analysis.table import Table, Value

# (start, end, code_id, coding_id), sorted by start within a document
Placed = tuple[int, int, int, int]


def cooccurrence(scope: Scope, *, within: str | int = "overlap", jaccard: bool = False) -> Table:
    """The matrix over the codes that have codings in scope, in codebook order."""
    if isinstance(within, str) and within.isdigit():
        within = int(within)
    if not (within in ("overlap", "turn") or (isinstance(within, int) and within >= 0)):
        raise AnalysisError(
            "Codings co-occur by overlap, in the same turn, or within a number of characters."
        )
    if within == "turn":
        scope.preload_turns()
    by_document: dict[int, list[Placed]] = defaultdict(list)
    per_code: dict[int, list[int]] = defaultdict(list)
    for row in scope.codings():
        by_document[row[1]].append((row[4], row[5], row[2], row[0]))
        per_code[row[2]].append(row[0])
    for codings in by_document.values():
        codings.sort()

    def pairs_in(document_id: int, codings: list[Placed]) -> Iterator[tuple[Placed, Placed]]:
        if within == "turn":
            return _same_turn(codings, scope.units(document_id, "turn"))
        return _near(codings, 0 if within == "overlap" else int(within), strict=within == "overlap")

    counts, met_with = _count_pairs(scope, within, jaccard)

    def behind(first: int, second: int) -> tuple[int, ...]:
        """The codings of the two codes that meet one of the other (the diagonal: all the code's)."""
        if first == second:
            return tuple(per_code[first])
        found: set[int] = set()
        for document_id, codings in by_document.items():
            chosen = [c for c in codings if c[2] in (first, second)]
            for x, y in pairs_in(document_id, chosen):
                if x[2] != y[2]:
                    found.update((x[3], y[3]))
        return tuple(sorted(found))

    codes = [code for code in scope.tree.ordered() if code.id in per_code]
    how = (
        "overlap"
        if within == "overlap"
        else "in the same turn"
        if within == "turn"
        else f"within {within} characters"
    )
    table = Table(
        "cooccurrence",
        f"Code co-occurrence ({how}{', Jaccard' if jaccard else ''})",
        ["code"],
        [code.path for code in codes],
    )
    for row_code in codes:
        values: list[Value] = []
        for column_code in codes:
            a, b = row_code.id, column_code.id
            if a == b:
                values.append(1.0 if jaccard else len(per_code[a]))
            elif jaccard:
                together = len(per_code[a]) + len(per_code[b])
                values.append(round((met_with.get((a, b), 0) + met_with.get((b, a), 0)) / together, 4))
            else:
                values.append(counts.get((a, b) if a < b else (b, a), 0))
        table.add([row_code.path], values, [], row_code.color)
    table.resolver = lambda row, column: behind(codes[row].id, codes[column].id)
    table.notes = [
        *scope.filters.describe(),
        "cells: share of the two codes' codings that meet one of the other (Jaccard)"
        if jaccard
        else "cells: pairs of codings that meet; diagonal: codings of the code",
    ]
    return table


def _count_pairs(
    scope: Scope, within: str | int, jaccard: bool
) -> tuple[dict[tuple[int, int], int], dict[tuple[int, int], int]]:
    """Pairs of codings that meet, counted per pair of codes (``(a, b)`` with ``a < b``), and for
    Jaccard the number of codings of a code meeting one of another code (``(code, other)``).

    Vectorised (60,000 codings make some 200,000 pairs): every coding gets a key and a limit
    such that, in key order, a later coding meets it exactly when its key is at most the
    limit. Overlap: key = start, limit = end - 1; within N: limit = end + N; same turn: key =
    the first turn it touches, limit = the last. Documents are laid end to end, apart by more
    than N characters, so one sort serves them all.
    """
    import numpy as np

    rows = scope.codings()
    if not rows:
        return {}, {}
    pad = (within if isinstance(within, int) else 0) + 2
    offsets: dict[int, int] = {}
    position_now = 0
    turn_starts: list[int] = []
    turn_ends: list[int] = []
    for document_id, info in scope.documents.items():
        offsets[document_id] = position_now
        if within == "turn":
            for start, end in scope.units(document_id, "turn"):
                turn_starts.append(position_now + start)
                turn_ends.append(position_now + end)
        position_now += info.characters + pad
    array = np.array(rows, dtype=np.int64).reshape(-1, 6)
    shift = np.fromiter((offsets[r[1]] for r in rows), dtype=np.int64, count=len(rows))
    starts, ends = array[:, 4] + shift, array[:, 5] + shift
    if within == "turn":
        key = np.searchsorted(np.array(turn_ends, dtype=np.int64), starts, side="right")
        limit = np.searchsorted(np.array(turn_starts, dtype=np.int64), ends, side="left") - 1
        limit = np.where(limit >= key, limit, -1)  # outside every turn: meets nothing
    else:
        key = starts
        limit = ends - 1 if within == "overlap" else ends + int(within)
    order = np.lexsort((array[:, 0], key))
    keys, limits = key[order], limit[order]
    codes, ids = array[:, 2][order], array[:, 0][order]
    position = np.arange(len(keys))
    reach = np.maximum(np.searchsorted(keys, limits, side="right"), position + 1)
    partners = reach - position - 1
    first = np.repeat(position, partners)
    starts_of = np.repeat(np.cumsum(partners) - partners, partners)
    second = first + 1 + (np.arange(len(first)) - starts_of)
    a, b = codes[first], codes[second]
    differ = a != b
    a, b, first, second = a[differ], b[differ], first[differ], second[differ]
    width = int(max(codes.max(), 0)) + 1  # pairs of codes encoded as one integer
    low, high = np.minimum(a, b), np.maximum(a, b)
    pairs, pair_counts = np.unique(low * width + high, return_counts=True)
    counts = {(int(p // width), int(p % width)): int(n) for p, n in zip(pairs, pair_counts, strict=True)}
    met_with: dict[tuple[int, int], int] = {}
    if jaccard and len(first):
        # each (coding, other code) once, then counted per (coding's code, other code)
        meeting = np.concatenate([ids[first] * width + b, ids[second] * width + a])
        meeting_codes = np.concatenate([a, b])
        unique, index = np.unique(meeting, return_index=True)
        found, found_counts = np.unique(meeting_codes[index] * width + unique % width, return_counts=True)
        met_with = {
            (int(p // width), int(p % width)): int(n) for p, n in zip(found, found_counts, strict=True)
        }
    return counts, met_with


def _near(codings: list[Placed], distance: int, *, strict: bool) -> Iterator[tuple[Placed, Placed]]:
    """Pairs of codings (sorted by start) that overlap (``strict``) or lie ``distance`` apart
    at most: one sweep keeping the codings that may still reach the next start."""
    active: list[Placed] = []
    for coding in codings:
        start = coding[0]
        if strict:
            active = [a for a in active if a[1] > start]
        else:
            active = [a for a in active if a[1] + distance >= start]
        for other in active:
            yield other, coding
        active.append(coding)


def _same_turn(codings: list[Placed], turns: list[tuple[int, int]]) -> Iterator[tuple[Placed, Placed]]:
    """Pairs of codings sharing a turn, each pair once: in the first turn both touch, which is
    the later of their first turns."""
    ends = [end for _, end in turns]
    members: dict[int, list[tuple[int, Placed]]] = defaultdict(list)
    for coding in codings:
        first = index = bisect.bisect_right(ends, coding[0])
        while index < len(turns) and turns[index][0] < coding[1]:
            members[index].append((first, coding))
            index += 1
    for turn, group in members.items():
        for i, (first_turn, first) in enumerate(group):
            for second_turn, second in group[i + 1 :]:
                if max(first_turn, second_turn) == turn:
                    yield first, second
