"""The corpus's coded spans as arrays: every coder's merged intervals per document and code,
sorted by (document, code, coder, start), with the document, code and coder as positions in
the corpus's own lists.

A corpus read from a project holds its codings this way (300,000 codings are a few arrays,
merged with one sort), and the nested ``intervals`` mapping the unit builders look spans up in
is made from them only when a unit asks for it: the character unit for two coders counts its
tables from the arrays (:func:`caqda.core.agreement.pair_counts.character_counts`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from caqda.core.agreement.intervals import Intervals


@dataclass(frozen=True, eq=False)
class CodedSpans:
    """Parallel arrays, one entry per merged span (positions into the corpus's documents,
    codes and coders)."""

    document: np.ndarray
    code: np.ndarray
    coder: np.ndarray
    start: np.ndarray
    end: np.ndarray


def merged_spans(
    document: np.ndarray, code: np.ndarray, coder: np.ndarray, start: np.ndarray, end: np.ndarray
) -> CodedSpans:
    """Codings (non-empty spans, any order) merged per document, code and coder as
    :func:`caqda.core.agreement.intervals.merge_intervals` merges them: spans sharing a
    character become one; spans that only touch stay two."""
    arrays = [np.asarray(values, dtype=np.int64) for values in (document, code, coder, start, end)]
    document, code, coder, start, end = arrays
    if not len(start):
        return CodedSpans(document, code, coder, start, end)
    order = np.lexsort((end, start, coder, code, document))
    document, code, coder, start, end = (values[order] for values in (document, code, coder, start, end))
    # One number per (document, code, coder) group, increasing in the sort order.
    new_group = np.ones(len(start), dtype=bool)
    new_group[1:] = (document[1:] != document[:-1]) | (code[1:] != code[:-1]) | (coder[1:] != coder[:-1])
    group = np.cumsum(new_group) - 1
    # The furthest end so far within the group: offset by group, so a running maximum over
    # the whole array never carries one group's end into the next.
    stride = int(end.max()) + 1
    reach = np.maximum.accumulate(group * stride + end) - group * stride
    starts_run = new_group.copy()
    starts_run[1:] |= start[1:] >= reach[:-1]
    first = np.flatnonzero(starts_run)
    last = np.append(first[1:], len(start)) - 1
    return CodedSpans(document[first], code[first], coder[first], start[first], reach[last])


class LazyIntervals(Mapping[str, Mapping[str, Mapping[str, Intervals]]]):
    """``intervals[document name][code key][coder]``, built from the arrays on first use."""

    def __init__(self, build: Callable[[], dict[str, dict[str, dict[str, Intervals]]]]) -> None:
        self._build: Callable[[], dict[str, dict[str, dict[str, Intervals]]]] | None = build
        self._data: dict[str, dict[str, dict[str, Intervals]]] = {}

    @property
    def data(self) -> dict[str, dict[str, dict[str, Intervals]]]:
        if self._build is not None:
            self._data = self._build()
            self._build = None
        return self._data

    def __getitem__(self, key: str) -> Mapping[str, Mapping[str, Intervals]]:
        return self.data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def __repr__(self) -> str:
        return repr(self.data)


def nested_intervals(
    spans: CodedSpans, documents: Sequence[str], codes: Sequence[str], coders: Sequence[str]
) -> dict[str, dict[str, dict[str, Intervals]]]:
    """The arrays as ``{document name: {code key: {coder: ((start, end), ...)}}}``."""
    found: dict[str, dict[str, dict[str, Intervals]]] = {}
    if not len(spans.start):
        return found
    pairs = list(zip(spans.start.tolist(), spans.end.tolist(), strict=True))
    bounds = np.flatnonzero(
        (np.diff(spans.document) != 0) | (np.diff(spans.code) != 0) | (np.diff(spans.coder) != 0)
    )
    edges = [0, *(bounds + 1).tolist(), len(pairs)]
    heads = edges[:-1]
    groups = zip(
        spans.document[heads].tolist(), spans.code[heads].tolist(), spans.coder[heads].tolist(), strict=True
    )
    for (document, code, coder), low, high in zip(groups, heads, edges[1:], strict=True):
        by_code = found.setdefault(documents[document], {})
        by_code.setdefault(codes[code], {})[coders[coder]] = tuple(pairs[low:high])
    return found
