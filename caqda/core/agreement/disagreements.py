"""Where the coders disagree on a code: the passages a supervisor opens side by side.

Each disagreement is one stretch of a document with every coder's segments of the code in it
and its kind: "boundary" (every coder coded it, but the segments differ: different start or
end, or below the unit's tolerance or share), "different code" (a coder who did not code it
with this code applied another code there) or "only one coder" (some coders coded it, the
others nothing at all; with more than two coders, "not every coder").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from caqda.core.agreement.corpus import PREDEFINED_UNITS, AgreementCorpus, CorpusDocument
from caqda.core.agreement.intervals import Intervals, Span, clusters, spans_within
from caqda.core.agreement.options import ReportOptions
from caqda.core.agreement.report import AgreementReport
from caqda.core.agreement.segments import matched
from caqda.core.agreement.units import unit_coverage
from caqda.core.project import Project

BOUNDARY = "boundary"
DIFFERENT_CODE = "different code"
ONE_CODER = "only one coder"


@dataclass(frozen=True)
class CoderSegments:
    """One coder's segments of the code within the stretch (empty if none), and the other
    codes that coder applied overlapping the stretch."""

    coder: str
    segments: tuple[Span, ...]
    other_codes: tuple[str, ...]


@dataclass(frozen=True)
class Disagreement:
    document: str
    code: str
    kind: str
    start: int
    end: int
    coders: tuple[CoderSegments, ...]


def disagreements(
    source: Project | AgreementCorpus, report: AgreementReport | ReportOptions, code: str
) -> list[Disagreement]:
    """The disagreements on ``code`` (name or path) under a report's options, in document
    order. ``source`` is the project (read again) or the corpus the report was built from."""
    options = report.options if isinstance(report, AgreementReport) else report
    if isinstance(source, AgreementCorpus):
        corpus = source
    else:
        from caqda.core.agreement.project_input import corpus_from_project

        corpus = corpus_from_project(source, options)
    key = corpus.code(code).key
    found: list[Disagreement] = []
    for document in corpus.documents:
        found.extend(_in_document(corpus, options, document, key))
    return found


def _in_document(
    corpus: AgreementCorpus, options: ReportOptions, document: CorpusDocument, code: str
) -> list[Disagreement]:
    spans = corpus.coder_spans(document.name, code)
    if options.unit in ("presence", "frequency"):
        return _document_level(corpus, options, document, code, spans)
    if options.unit in PREDEFINED_UNITS:
        return _unit_level(corpus, options, document, code, spans)
    found = []
    for stretch in clusters(spans):
        inside = [spans_within(own, stretch) for own in spans]
        if options.unit == "segment":
            agree = all(
                all(matched(inside[i], inside[j], options.tolerance))
                for i in range(len(inside))
                for j in range(len(inside))
                if i != j
            ) and all(inside)
        else:
            agree = all(own == inside[0] for own in inside)
        if not agree:
            kind = BOUNDARY if all(inside) else None
            found.append(_disagreement(corpus, document, code, stretch, inside, kind))
    return found


def _unit_level(
    corpus: AgreementCorpus,
    options: ReportOptions,
    document: CorpusDocument,
    code: str,
    spans: list[Intervals],
) -> list[Disagreement]:
    units = document.units.get(options.unit, ())
    coverage = [unit_coverage(own, units) for own in spans]
    found = []
    for index, (start, end) in enumerate(units):
        size = end - start
        carried = [
            amount > 0 and (options.min_share <= 0 or amount >= options.min_share * size - 1e-9)
            for amount in (covered[index] for covered in coverage)
        ]
        if all(carried) or not any(carried):
            continue
        partial = any(
            covered[index] > 0 and not carries for covered, carries in zip(coverage, carried, strict=True)
        )
        inside = [spans_within(own, (start, end)) for own in spans]
        found.append(
            _disagreement(corpus, document, code, (start, end), inside, BOUNDARY if partial else None)
        )
    return found


def _document_level(
    corpus: AgreementCorpus,
    options: ReportOptions,
    document: CorpusDocument,
    code: str,
    spans: list[Intervals],
) -> list[Disagreement]:
    if options.unit == "presence":
        differ = len({bool(own) for own in spans}) > 1
    else:
        differ = len({len(own) for own in spans}) > 1
    if not differ:
        return []
    kind = BOUNDARY if all(spans) else ONE_CODER
    coders = tuple(CoderSegments(name, own, ()) for name, own in zip(corpus.coders, spans, strict=True))
    return [Disagreement(document.name, code, kind, 0, document.length, coders)]


def _disagreement(
    corpus: AgreementCorpus,
    document: CorpusDocument,
    code: str,
    stretch: Span,
    inside: list[Intervals],
    kind: str | None,
) -> Disagreement:
    coders = []
    for name, own in zip(corpus.coders, inside, strict=True):
        others = () if own else _other_codes(corpus, document.name, name, code, stretch)
        coders.append(CoderSegments(name, own, others))
    if kind is None:
        kind = DIFFERENT_CODE if any(item.other_codes for item in coders) else ONE_CODER
    return Disagreement(document.name, code, kind, stretch[0], stretch[1], tuple(coders))


def _other_codes(
    corpus: AgreementCorpus, document: str, coder: str, code: str, stretch: Span
) -> tuple[str, ...]:
    """Codes other than ``code`` that ``coder`` applied overlapping ``stretch``."""
    found = []
    for other, by_coder in corpus.intervals.get(document, {}).items():
        if other == code:
            continue
        spans = by_coder.get(coder, ())
        position = max(0, bisect_left(spans, (stretch[0], stretch[0])) - 1)
        while position < len(spans) and spans[position][0] < stretch[1]:
            if spans[position][1] > stretch[0]:
                found.append(other)
                break
            position += 1
    return tuple(sorted(found))
