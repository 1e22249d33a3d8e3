"""Run a coding query: which text is coded so, in context, with its document and speaker.

A query's value in each document is a set of characters. A code stands for the text its
codings (and its subcodes' codings) cover; AND intersects, OR unites, NOT takes the rest of the
document (of the speakers' turns, with a speaker filter). So two codings that share one
character overlap in that character, and two that merely touch do not. With a unit
(``within="turn"``; sentence, paragraph, turn or document) every code stands for the whole
units its codings touch, so ``A AND NOT B`` within turns is the turns coded A with no B.

WITHIN and FOLLOWED BY filter passages (maximal runs of the left side's characters): ``A
WITHIN 200 B`` keeps the A passages with a B passage at most 200 characters away (touching or
overlapping counts), ``A WITHIN turn B`` those sharing a turn with a B passage, ``A FOLLOWED
BY B`` those after whose end a B passage begins.
"""

from __future__ import annotations

import bisect
import difflib
from dataclasses import dataclass

from caqda.core.analysis import intervals
from caqda.core.analysis.intervals import Runs
from caqda.core.analysis.query_parser import (
    Binary,
    CodeRef,
    FollowedBy,
    Near,
    Node,
    Not,
    QuerySyntaxError,
    parse,
)
from caqda.core.analysis.scope import UNITS, AnalysisError, Filters, Scope
from caqda.core.project import Project

CONTEXT_CHARACTERS = 80


class UnknownCodeError(QuerySyntaxError):
    """A name in the query is no code, or more than one."""


@dataclass(frozen=True)
class Passage:
    document_id: int
    document: str
    start: int
    end: int
    text: str
    before: str
    after: str
    speaker: str | None

    def as_dict(self) -> dict[str, object]:
        return {
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "text": self.text,
            "before": self.before,
            "after": self.after,
        }


@dataclass(frozen=True)
class QueryResult:
    query: str
    within: str
    filters: Filters
    passages: list[Passage]

    @property
    def documents(self) -> int:
        return len({p.document_id for p in self.passages})

    @property
    def characters(self) -> int:
        return sum(p.end - p.start for p in self.passages)

    def as_dict(self) -> dict[str, object]:
        return {
            "query": self.query,
            "within": self.within,
            "filters": self.filters.as_dict(),
            "passages": [p.as_dict() for p in self.passages],
        }


def run_query(
    project: Project, query: str, *, filters: Filters | None = None, within: str = "character"
) -> QueryResult:
    """Evaluate ``query`` over the codings the filters allow. Raises QuerySyntaxError (with the
    position), UnknownCodeError, or AnalysisError / NotFoundError for unknown filter names."""
    if within not in UNITS:
        raise AnalysisError(f"'{within}' is not a unit to query within; use one of {', '.join(UNITS)}.")
    tree = parse(query)
    scope = Scope(project, filters)
    evaluator = _Evaluator(scope, query, within)
    evaluator.resolve(tree)
    regions = evaluator.evaluate(tree)
    passages: list[Passage] = []
    for document_id, info in scope.documents.items():
        runs = regions.get(document_id)
        if not runs:
            continue
        text = scope.text(document_id)
        for start, end in runs:
            passages.append(
                Passage(
                    document_id,
                    info.name,
                    start,
                    end,
                    text[start:end],
                    text[max(0, start - CONTEXT_CHARACTERS) : start],
                    text[end : end + CONTEXT_CHARACTERS],
                    scope.speaker_at(document_id, start),
                )
            )
    return QueryResult(query, within, scope.filters, passages)


Regions = dict[int, Runs]


class _Evaluator:
    def __init__(self, scope: Scope, query: str, within: str) -> None:
        self.scope = scope
        self.query = query
        self.within = within
        self.codes: dict[CodeRef, list[int]] = {}

    def resolve(self, node: Node) -> None:
        """Find every named code before reading any coding, so the first unknown name is
        reported wherever it stands."""
        if isinstance(node, CodeRef):
            matches = self.scope.tree.lookup(node.name)
            if not matches:
                names = [code.name for code in self.scope.tree.ordered()]
                close = difflib.get_close_matches(node.name, names, n=3, cutoff=0.6)
                if not close:  # a misspelt first word: "Respondng" for "Responding to interactions"
                    first = node.name.split()[0].casefold()
                    close = [
                        n
                        for n in names
                        if difflib.SequenceMatcher(None, first, n.split()[0].casefold()).ratio() > 0.8
                    ][:3]
                hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
                raise UnknownCodeError(
                    self.query, node.position, f"There is no code called '{node.name}'{hint}"
                )
            if len(matches) > 1:
                paths = "; ".join(code.path for code in matches)
                raise UnknownCodeError(
                    self.query,
                    node.position,
                    f"More than one code is called '{node.name}' ({paths}); give its path",
                )
            self.codes[node] = self.scope.tree.subtree(matches[0].id)
        elif isinstance(node, Not):
            self.resolve(node.operand)
        else:
            self.resolve(node.left)
            self.resolve(node.right)

    def evaluate(self, node: Node) -> Regions:
        if isinstance(node, CodeRef):
            return self.code_region(self.codes[node])
        if isinstance(node, Not):
            inner = self.evaluate(node.operand)
            return {
                document_id: intervals.difference(
                    self.scope.universe(document_id, self.within), inner.get(document_id, [])
                )
                for document_id in self.scope.documents
            }
        left = self.evaluate(node.left)
        right = self.evaluate(node.right)
        if isinstance(node, Binary):
            combine = intervals.intersection if node.operator == "AND" else intervals.union
            return _drop_empty(
                {d: combine(left.get(d, []), right.get(d, [])) for d in set(left) | set(right)}
            )
        if isinstance(node, Near):
            return _drop_empty(
                {d: self.near(d, runs, right.get(d, []), node.distance) for d, runs in left.items()}
            )
        assert isinstance(node, FollowedBy)
        return _drop_empty(
            {d: self.followed(d, runs, right.get(d, []), node.limit) for d, runs in left.items()}
        )

    def code_region(self, code_ids: list[int]) -> Regions:
        spans: dict[int, list[tuple[int, int]]] = {}
        for _, document_id, _, _, start, end in self.scope.codings(code_ids):
            spans.setdefault(document_id, []).append((start, end))
        regions = {}
        for document_id, found in spans.items():
            runs = intervals.normalise(found)
            if self.within != "character":
                runs = _expand(runs, self.scope.units(document_id, self.within))
            regions[document_id] = intervals.intersection(runs, self.scope.universe(document_id, self.within))
        return _drop_empty(regions)

    def near(self, document_id: int, left: Runs, right: Runs, distance: int | str) -> Runs:
        if not right:
            return []
        if isinstance(distance, int):
            starts = [start for start, _ in right]
            kept = []
            for start, end in left:
                # the first B run that could end at or after start - distance
                index = bisect.bisect_left([e for _, e in right], start - distance)
                if index < len(right) and right[index][0] <= end + distance:
                    kept.append((start, end))
            del starts
            return kept
        units = self.scope.units(document_id, distance)
        touched = _touched_units(right, units)
        return [run for run in left if _touched_units([run], units) & touched]

    def followed(self, document_id: int, left: Runs, right: Runs, limit: int | str | None) -> Runs:
        kept = []
        starts = [start for start, _ in right]
        units = self.scope.units(document_id, limit) if isinstance(limit, str) else None
        for start, end in left:
            index = bisect.bisect_left(starts, end)
            if index >= len(right):
                continue
            following = right[index]
            if isinstance(limit, int) and following[0] - end > limit:
                continue
            if units is not None and not (
                _touched_units([(end - 1, end)], units) & _touched_units([following], units)
            ):
                continue
            kept.append((start, end))
        return kept


def _drop_empty(regions: Regions) -> Regions:
    return {document_id: runs for document_id, runs in regions.items() if runs}


def _touched_units(runs: Runs, units: Runs) -> set[int]:
    """Indexes of the units that share at least one character with ``runs``."""
    ends = [end for _, end in units]
    touched: set[int] = set()
    for start, end in runs:
        index = bisect.bisect_right(ends, start)
        while index < len(units) and units[index][0] < end:
            touched.add(index)
            index += 1
    return touched


def _expand(runs: Runs, units: Runs) -> Runs:
    return intervals.normalise(units[index] for index in _touched_units(runs, units))
