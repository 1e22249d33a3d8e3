"""The agreement report: per code (and per parent code's subtree), per document, pooled, and
the coder-pair matrix, for one unit of analysis. Frozen dataclasses all the way down; the
CLI prints :func:`caqda.core.agreement.render.format_table`, the GUI shows the rows, and
``to_dict()`` is the JSON both export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any, Protocol

from caqda.core.agreement.bootstrap import Resampler
from caqda.core.agreement.corpus import AgreementCorpus
from caqda.core.agreement.figures import ContinuumTallies, Figures, with_means
from caqda.core.agreement.method import describe_method
from caqda.core.agreement.options import ReportOptions
from caqda.core.agreement.table import RatingTable, add_tables
from caqda.core.agreement.tallies import FiguresMemo, Tallier, tallier_for
from caqda.core.cycle_collection import no_cycle_collection


@dataclass(frozen=True)
class DocumentFigures:
    document: str
    figures: Figures

    def to_dict(self) -> dict[str, Any]:
        # figures_dict's keys after "document", made in one dict (a report has 66,000 of these)
        values = {"document": self.document, **vars(self.figures)}
        values["alpha_below"] = _below(self.figures.alpha_below)
        return values


@dataclass(frozen=True)
class PairFigures:
    coders: tuple[str, str]
    figures: Figures

    def to_dict(self) -> dict[str, Any]:
        return {"coders": list(self.coders), **figures_dict(self.figures)}


@dataclass(frozen=True)
class CodeRow:
    """One row of the table. ``scope`` is "code" for the code's own codings, "subtree" for a
    parent code with every selected code below it (a value sphere, say). ``code_keys`` are the
    codes the row covers: with the report's options they are all that is needed to list its
    disagreements (:func:`caqda.core.agreement.disagreements.disagreements`). ``used`` is
    False when no coder applied these codes in the compared documents."""

    code: str
    path: str
    parent: str | None
    scope: str
    used: bool
    code_keys: tuple[str, ...]
    figures: Figures
    documents: Sequence[DocumentFigures]  # a tuple, or made when first read (report_pairs)
    pairs: tuple[PairFigures, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "path": self.path,
            "parent": self.parent,
            "scope": self.scope,
            "used": self.used,
            **figures_dict(self.figures),
            "documents": _document_dicts(self.documents),
            "pairs": [item.to_dict() for item in self.pairs],
        }


@dataclass(frozen=True)
class AgreementReport:
    unit: str
    method: str
    coders: tuple[str, ...]
    pooled: Figures
    codes: tuple[CodeRow, ...]
    documents: Sequence[DocumentFigures]
    pairs: tuple[PairFigures, ...]
    options: ReportOptions

    def to_dict(self) -> dict[str, Any]:
        """``{"unit", "method", "coders", "pooled", "codes", "documents", "pairs"}``."""
        with no_cycle_collection():
            return {
                "unit": self.unit,
                "method": self.method,
                "coders": list(self.coders),
                "pooled": figures_dict(self.pooled),
                "codes": [row.to_dict() for row in self.codes],
                "documents": _document_dicts(self.documents),
                "pairs": [item.to_dict() for item in self.pairs],
            }

    def row(self, code: str, scope: str = "code") -> CodeRow:
        """The row of a code by name or path."""
        for row in self.codes:
            if code in (row.code, row.path) and row.scope == scope:
                return row
        raise KeyError(code)


def figures_dict(figures: Figures) -> dict[str, Any]:
    """Figures as JSON-ready key/values (α's threshold probabilities keyed by threshold)."""
    values = dict(vars(figures))  # the fields, in their declared order (no slots, no extras)
    values["alpha_below"] = _below(figures.alpha_below)
    return values


def _document_dicts(documents: Sequence[DocumentFigures]) -> list[dict[str, Any]]:
    """Each document's ``to_dict()`` (cells made as arrays give theirs without figures)."""
    dicts = getattr(documents, "dicts", None)
    if dicts is not None:
        return dicts()
    return [item.to_dict() for item in documents]


def _below(alpha_below: tuple[tuple[float, float], ...]) -> dict[str, float]:
    return {f"{threshold:.3f}": share for threshold, share in alpha_below} if alpha_below else {}


Measured = tuple[Figures, Sequence[DocumentFigures], tuple[PairFigures, ...]]


class RowMeasure(Protocol):
    """How a report's cells are measured: a row's figures (pooled over the documents, with
    means and interval), its per-document and coder-pair figures, for a set of codes."""

    def used(self, code: str) -> bool: ...

    def row(self, keys: Sequence[str]) -> Measured: ...

    def pooled(self, used: Sequence[str]) -> Measured: ...


def build_report(
    corpus: AgreementCorpus, options: ReportOptions, memo: FiguresMemo | None = None
) -> AgreementReport:
    """The report of ``corpus`` under ``options`` (coders and selections already applied to
    the corpus). ``memo``: a dict the caller keeps between reports of one project (the
    agreement window does), so that after a coding only the tables it changed are measured
    again; the figures are the same with or without it."""
    measure: RowMeasure
    if _two_coder_characters(corpus, options):
        from caqda.core.agreement.report_pairs import PairMeasure

        measure = PairMeasure(corpus, options)
    else:
        measure = TallyMeasure(corpus, options, memo)
    selected = set(corpus.selected)
    used = [code for code in corpus.selected if measure.used(code)]
    paths = {code.key: code for code in corpus.codes}

    def row(key: str, keys: Sequence[str], scope: str) -> CodeRow:
        code = paths[key]
        figures, per_document, pair_figures = measure.row(keys)
        return CodeRow(
            code.name,
            code.key,
            code.parent,
            scope,
            any(measure.used(k) for k in keys),
            tuple(keys),
            figures,
            per_document,
            pair_figures,
        )

    rows: list[CodeRow] = []
    pending: list[tuple[str, set[str]]] = []  # subtotals waiting for their subtree to end
    for code in corpus.codes:
        while pending and code.key not in pending[-1][1]:
            parent, _ = pending.pop()
            rows.append(row(parent, _subtree_used(corpus, parent, selected, used), "subtree"))
        if code.key not in selected:
            continue
        rows.append(row(code.key, [code.key], "code"))
        below = [key for key in corpus.subtree(code.key)[1:] if key in selected]
        if below:
            pending.append((code.key, set(below)))
    while pending:
        parent, _ = pending.pop()
        rows.append(row(parent, _subtree_used(corpus, parent, selected, used), "subtree"))
    pooled, document_figures, pair_figures = measure.pooled(used)
    return AgreementReport(
        options.unit,
        describe_method(options, corpus, len(used)),
        corpus.coders,
        pooled,
        tuple(rows),
        document_figures,
        pair_figures,
        options,
    )


def _two_coder_characters(corpus: AgreementCorpus, options: ReportOptions) -> bool:
    """Whether :class:`caqda.core.agreement.report_pairs.PairMeasure` measures the report
    (as arrays): the character unit, two coders, nominal α resampled over documents."""
    return (
        options.unit == "character"
        and len(corpus.coders) == 2
        and options.level == "nominal"
        and (not options.bootstrap_samples or options.resampled == "documents")
    )


class TallyMeasure:
    """Any unit: one tally per document and code from the unit's tallier, summed."""

    def __init__(self, corpus: AgreementCorpus, options: ReportOptions, memo: FiguresMemo | None) -> None:
        self.corpus = corpus
        self.tallier = tallier_for(corpus, options, memo)
        self.names = [document.name for document in corpus.documents]
        self.pairs = list(combinations(range(len(corpus.coders)), 2))
        self.resampler = None
        if options.bootstrap_samples and options.resampled == "documents" and options.unit != "segment":
            self.resampler = Resampler.documents(
                len(corpus.documents), options.bootstrap_samples, options.seed
            )

    def used(self, code: str) -> bool:
        return self.corpus.used(code, self.names)

    def row(self, keys: Sequence[str]) -> Measured:
        return _measure(self.tallier, self.corpus, keys, self.pairs, self.resampler)

    def pooled(self, used: Sequence[str]) -> Measured:
        corpus, tallier, documents = self.corpus, self.tallier, self.corpus.documents
        pooled_per_document = [tallier.tally(document, used, pooled=True) for document in documents]
        document_figures = tuple(
            DocumentFigures(document.name, tallier.figures(tally))
            for document, tally in zip(documents, pooled_per_document, strict=True)
        )
        pooled_tally = _sum(pooled_per_document)
        pooled = with_means(tallier.figures(pooled_tally), [item.figures for item in document_figures])
        interval = None
        if tallier.options.bootstrap_samples:
            interval = tallier.interval(_by_name(corpus, pooled_per_document), self.resampler)
        if interval is not None:
            pooled = pooled.with_interval(interval)
        pair_figures = tuple(
            PairFigures((corpus.coders[i], corpus.coders[j]), tallier.figures(pooled_tally, (i, j)))
            for i, j in self.pairs
        )
        return pooled, document_figures, pair_figures


def _measure(
    tallier: Tallier,
    corpus: AgreementCorpus,
    keys: Sequence[str],
    pairs: Sequence[tuple[int, int]],
    resampler: Resampler | None,
) -> Measured:
    per_document = [tallier.tally(document, keys) for document in corpus.documents]
    document_figures = tuple(
        DocumentFigures(document.name, tallier.figures(tally))
        for document, tally in zip(corpus.documents, per_document, strict=True)
    )
    pooled = _sum(per_document)
    figures = with_means(tallier.figures(pooled), [item.figures for item in document_figures])
    if tallier.options.bootstrap_samples and figures.alpha is not None:
        interval = tallier.interval(_by_name(corpus, per_document), resampler)
        if interval is not None:
            figures = figures.with_interval(interval)
    pair_figures = tuple(
        PairFigures((corpus.coders[i], corpus.coders[j]), tallier.figures(pooled, (i, j))) for i, j in pairs
    )
    return figures, document_figures, pair_figures


def _subtree_used(corpus: AgreementCorpus, parent: str, selected: set[str], used: list[str]) -> list[str]:
    """The selected codes of a subtree that anyone used (the parent itself included)."""
    inside = [key for key in corpus.subtree(parent) if key in selected]
    return [key for key in inside if key in used] or inside


def _by_name(corpus: AgreementCorpus, per_document: Sequence[Any]) -> list[Any]:
    """Per-document tallies in document-name order: the bootstrap draws documents by position,
    so this keeps its result independent of the order the documents were listed in."""
    order = sorted(range(len(corpus.documents)), key=lambda index: corpus.documents[index].name)
    return [per_document[index] for index in order]


def _sum(tallies: Sequence[Any]) -> Any:
    if isinstance(tallies[0], RatingTable):
        return add_tables(tallies)
    if isinstance(tallies[0], ContinuumTallies):
        return ContinuumTallies.total(tallies)
    total = tallies[0]
    for tally in tallies[1:]:
        total = total + tally
    return total
