"""The agreement report: per code (and per parent code's subtree), per document, pooled, and
the coder-pair matrix, for one unit of analysis. Frozen dataclasses all the way down; the
CLI prints :func:`caqda.core.agreement.render.format_table`, the GUI shows the rows, and
``to_dict()`` is the JSON both export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from caqda.core.agreement.bootstrap import Resampler
from caqda.core.agreement.corpus import AgreementCorpus
from caqda.core.agreement.figures import ContinuumTallies, Figures, with_means
from caqda.core.agreement.method import describe_method
from caqda.core.agreement.options import ReportOptions
from caqda.core.agreement.table import RatingTable, add_tables
from caqda.core.agreement.tallies import FiguresMemo, Tallier, tallier_for


@dataclass(frozen=True)
class DocumentFigures:
    document: str
    figures: Figures

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, **figures_dict(self.figures)}


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
    documents: tuple[DocumentFigures, ...]
    pairs: tuple[PairFigures, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "path": self.path,
            "parent": self.parent,
            "scope": self.scope,
            "used": self.used,
            **figures_dict(self.figures),
            "documents": [item.to_dict() for item in self.documents],
            "pairs": [item.to_dict() for item in self.pairs],
        }


@dataclass(frozen=True)
class AgreementReport:
    unit: str
    method: str
    coders: tuple[str, ...]
    pooled: Figures
    codes: tuple[CodeRow, ...]
    documents: tuple[DocumentFigures, ...]
    pairs: tuple[PairFigures, ...]
    options: ReportOptions

    def to_dict(self) -> dict[str, Any]:
        """``{"unit", "method", "coders", "pooled", "codes", "documents", "pairs"}``."""
        return {
            "unit": self.unit,
            "method": self.method,
            "coders": list(self.coders),
            "pooled": figures_dict(self.pooled),
            "codes": [row.to_dict() for row in self.codes],
            "documents": [item.to_dict() for item in self.documents],
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
    values["alpha_below"] = {f"{threshold:.3f}": share for threshold, share in figures.alpha_below}
    return values


def build_report(
    corpus: AgreementCorpus, options: ReportOptions, memo: FiguresMemo | None = None
) -> AgreementReport:
    """The report of ``corpus`` under ``options`` (coders and selections already applied to
    the corpus). ``memo``: a dict the caller keeps between reports of one project (the
    agreement window does), so that after a coding only the tables it changed are measured
    again; the figures are the same with or without it."""
    tallier = tallier_for(corpus, options, memo)
    documents = corpus.documents
    names = [document.name for document in documents]
    resampler = None
    if options.bootstrap_samples and options.resampled == "documents" and options.unit != "segment":
        resampler = Resampler.documents(len(documents), options.bootstrap_samples, options.seed)
    pairs = list(combinations(range(len(corpus.coders)), 2))
    selected = set(corpus.selected)
    used = [code for code in corpus.selected if corpus.used(code, names)]
    paths = {code.key: code for code in corpus.codes}

    def row(key: str, keys: Sequence[str], scope: str) -> CodeRow:
        code = paths[key]
        figures, per_document, pair_figures = _measure(tallier, corpus, keys, pairs, resampler)
        return CodeRow(
            code.name,
            code.key,
            code.parent,
            scope,
            any(corpus.used(k, names) for k in keys),
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

    pooled_per_document = [tallier.tally(document, used, pooled=True) for document in documents]
    document_figures = tuple(
        DocumentFigures(document.name, tallier.figures(tally))
        for document, tally in zip(documents, pooled_per_document, strict=True)
    )
    pooled_tally = _sum(pooled_per_document)
    pooled = with_means(tallier.figures(pooled_tally), [item.figures for item in document_figures])
    interval = None
    if options.bootstrap_samples:
        interval = tallier.interval(_by_name(corpus, pooled_per_document), resampler)
    if interval is not None:
        pooled = pooled.with_interval(interval)
    pair_figures = tuple(
        PairFigures((corpus.coders[i], corpus.coders[j]), tallier.figures(pooled_tally, (i, j)))
        for i, j in pairs
    )
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


def _measure(
    tallier: Tallier,
    corpus: AgreementCorpus,
    keys: Sequence[str],
    pairs: Sequence[tuple[int, int]],
    resampler: Resampler | None,
) -> tuple[Figures, tuple[DocumentFigures, ...], tuple[PairFigures, ...]]:
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
