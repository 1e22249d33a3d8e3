"""The engine's input: documents (length, optional predefined units), codes (with parents)
and, per document × code × coder, the merged sorted intervals that coder coded.

Everything the report computes derives from this one model, whether it was read from a
project (:mod:`caqda.core.agreement.project_input`) or built directly by a script or the
benchmark. It is plain data: no database, no text unless sentences are wanted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from caqda.core.agreement.coded_spans import CodedSpans, LazyIntervals, merged_spans, nested_intervals
from caqda.core.agreement.errors import AgreementError
from caqda.core.agreement.intervals import Intervals, Span, merge_intervals

PREDEFINED_UNITS = ("sentence", "paragraph", "turn")


@dataclass(frozen=True)
class CorpusDocument:
    """A document: ``name``, ``length`` in code points, and any predefined units already cut
    (``{"sentence": spans, ...}``), each a sorted tuple of ``[start, end)`` spans."""

    name: str
    length: int
    units: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class CorpusCode:
    """A code: ``key`` is its unique path (``Parent/Child``), ``parent`` the parent's key."""

    key: str
    name: str
    parent: str | None = None


@dataclass(frozen=True)
class AgreementCorpus:
    """``intervals[document name][code key][coder]`` holds that coder's merged intervals;
    missing keys mean nothing coded. ``codes`` lists every code (for parents and for "did the
    other coder use another code here?"); the report looks only at ``selected`` codes.
    ``coded_spans``: the same intervals as arrays, when the corpus was built from them
    (:func:`corpus_from_arrays`; ``intervals`` is then made from them on first use)."""

    coders: tuple[str, ...]
    documents: tuple[CorpusDocument, ...]
    codes: tuple[CorpusCode, ...]
    intervals: Mapping[str, Mapping[str, Mapping[str, Intervals]]]
    selected: tuple[str, ...] = ()
    coded_spans: CodedSpans | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.coders) < 2:
            raise AgreementError(
                f"Agreement needs at least two coders; got {len(self.coders)} ({', '.join(self.coders)})."
            )
        if len(set(self.coders)) != len(self.coders):
            raise AgreementError("Each coder can be compared only once; a coder was named twice.")
        if not self.documents:
            raise AgreementError("There are no documents to compare the coders on.")
        if not self.codes:
            raise AgreementError("There are no codes to compare the coders on.")
        keys = {code.key for code in self.codes}
        if not self.selected:
            object.__setattr__(self, "selected", tuple(code.key for code in self.codes))
        unknown = [key for key in self.selected if key not in keys]
        if unknown:
            raise AgreementError(f"Unknown code(s): {', '.join(unknown)}.")

    def spans(self, document: str, code: str, coder: str) -> Intervals:
        return self.intervals.get(document, {}).get(code, {}).get(coder, ())

    def coder_spans(self, document: str, code: str) -> list[Intervals]:
        """Each coder's intervals of ``code`` in ``document``, in coder order."""
        by_coder = self.intervals.get(document, {}).get(code, {})
        return [by_coder.get(coder, ()) for coder in self.coders]

    def code(self, key: str) -> CorpusCode:
        for code in self.codes:
            if key in (code.key, code.name):
                return code
        raise AgreementError(f"There is no code '{key}' in this comparison.")

    def children(self) -> dict[str, list[str]]:
        """Child keys of each code key."""
        found: dict[str, list[str]] = {}
        for code in self.codes:
            if code.parent is not None:
                found.setdefault(code.parent, []).append(code.key)
        return found

    def subtree(self, key: str) -> list[str]:
        """The code and all its descendants, depth first."""
        children = self.children()
        order: list[str] = []
        stack = [key]
        while stack:
            current = stack.pop()
            order.append(current)
            stack.extend(reversed(children.get(current, [])))
        return order

    def domain(self, key: str) -> str:
        """The top-level ancestor of a code (its semantic domain, such as a value sphere)."""
        parents = {code.key: code.parent for code in self.codes}
        while parents.get(key) is not None:
            key = parents[key]  # type: ignore[assignment]
        return key

    def used(self, code: str, documents: Iterable[str] | None = None) -> bool:
        """Whether any coder applied ``code`` in the given documents (default: all)."""
        names = [document.name for document in self.documents] if documents is None else documents
        return any(any(self.coder_spans(name, code)) for name in names)


def build_corpus(
    coders: Sequence[str],
    documents: Sequence[CorpusDocument],
    codings: Iterable[tuple[str, str, str, int, int]],
    codes: Sequence[CorpusCode] | None = None,
    selected: Sequence[str] = (),
) -> AgreementCorpus:
    """A corpus from raw codings ``(document, code, coder, start, end)``.

    Codings of coders not listed are ignored; overlapping codings of one coder and code are
    merged. Raises AgreementError for a coding outside its document or of an unknown document.
    Without ``codes``, every code seen becomes a top-level code.
    """
    lengths = {document.name: document.length for document in documents}
    wanted = set(coders)
    raw: dict[str, dict[str, dict[str, list[Span]]]] = {}
    seen_codes: dict[str, None] = {}
    for document, code, coder, start, end in codings:
        if coder not in wanted:
            continue
        if document not in lengths:
            raise AgreementError(f"A coding refers to the document '{document}', which is not compared.")
        if not 0 <= start < end <= lengths[document]:
            raise AgreementError(
                f"The coding {start}–{end} of '{code}' by {coder} is empty or outside '{document}' "
                f"(0–{lengths[document]})."
            )
        seen_codes.setdefault(code)
        raw.setdefault(document, {}).setdefault(code, {}).setdefault(coder, []).append((start, end))
    if codes is None:
        codes = [CorpusCode(key, key) for key in seen_codes]
    known = {code.key for code in codes}
    strays = [key for key in seen_codes if key not in known]
    if strays:
        raise AgreementError(f"Codings use code(s) not in the codebook: {', '.join(strays)}.")
    intervals = {
        document: {
            code: {coder: merge_intervals(spans) for coder, spans in by_coder.items()}
            for code, by_coder in by_code.items()
        }
        for document, by_code in raw.items()
    }
    return AgreementCorpus(tuple(coders), tuple(documents), tuple(codes), intervals, tuple(selected))


def corpus_from_arrays(
    coders: Sequence[str],
    documents: Sequence[CorpusDocument],
    codes: Sequence[CorpusCode],
    codings: np.ndarray,
    selected: Sequence[str] = (),
) -> AgreementCorpus:
    """The corpus :func:`build_corpus` makes, from codings given as an array of rows
    ``(document, code, coder, start, end)`` by position in ``documents``, ``codes`` and
    ``coders``: merged with one sort, the nested intervals made only if a unit asks for them.
    Codings outside their document are refused with :func:`build_corpus`'s message."""
    codings = np.asarray(codings, dtype=np.int64).reshape(-1, 5)
    document, code, coder, start, end = codings.T
    lengths = np.array([item.length for item in documents], dtype=np.int64)
    inside = (document >= 0) & (document < len(documents))
    valid = inside.all() and bool(
        ((start >= 0) & (start < end) & (end <= lengths[np.where(inside, document, 0)])).all()
    )
    names = [item.name for item in documents]
    keys = [item.key for item in codes]
    distinct = all(len(set(items)) == len(items) for items in (coders, names, keys))
    if not valid or not distinct:  # the plain path says what is wrong, or keys by name
        return build_corpus(
            coders,
            documents,
            (
                (names[d] if 0 <= d < len(names) else str(d), codes[k].key, coders[c], s, e)
                for d, k, c, s, e in codings.tolist()
            ),
            codes,
            selected,
        )
    spans = merged_spans(document, code, coder, start, end)
    intervals = LazyIntervals(lambda: nested_intervals(spans, names, keys, list(coders)))
    return AgreementCorpus(tuple(coders), tuple(documents), tuple(codes), intervals, tuple(selected), spans)
