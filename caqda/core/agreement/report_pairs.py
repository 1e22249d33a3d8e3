"""The report's cells for the character unit and two coders, measured as arrays (the agreement
window's first table and ``caqda agreement`` by default): the four counts of every document ×
code table are counted once (:func:`pair_counts.character_counts`), a row's per-document
tables are sums of its codes' counts, and the figures of all its documents are computed
together. Every figure is the one the general path (:class:`report.TallyMeasure`) gives;
``tests/unit/core/agreement/test_pair_counts.py`` compares them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from caqda.core.agreement.bootstrap import Resampler
from caqda.core.agreement.corpus import AgreementCorpus
from caqda.core.agreement.options import ReportOptions
from caqda.core.agreement.pair_counts import PairColumns, character_counts, pair_figures, pair_interval
from caqda.core.agreement.report import DocumentFigures, Measured, PairFigures
from caqda.core.cycle_collection import no_cycle_collection


class PairMeasure:
    def __init__(self, corpus: AgreementCorpus, options: ReportOptions) -> None:
        self.corpus = corpus
        self.options = options
        keys = [code.key for code in corpus.codes]
        self.index = {key: position for position, key in enumerate(keys)}
        self.counts = character_counts(corpus, keys)  # documents × codes × 4 masks
        # A code is used when some document has a character someone coded with it.
        self._used = self.counts[:, :, 1:].any(axis=(0, 2)).tolist()
        self.names = [document.name for document in corpus.documents]
        self.by_name = sorted(range(len(self.names)), key=self.names.__getitem__)
        self.resampler = None
        if options.bootstrap_samples:
            self.resampler = Resampler.documents(len(self.names), options.bootstrap_samples, options.seed)

    def used(self, code: str) -> bool:
        return bool(self._used[self.index[code]])

    def _per_document(self, keys: Sequence[str]) -> np.ndarray:
        if len(keys) == 1:
            return self.counts[:, self.index[keys[0]], :]
        if not keys:
            return np.zeros((len(self.names), 4), dtype=np.int64)
        return self.counts[:, [self.index[key] for key in keys], :].sum(axis=1)

    def row(self, keys: Sequence[str]) -> Measured:
        return self._measure(self._per_document(keys), interval_if_alpha=True)

    def pooled(self, used: Sequence[str]) -> Measured:
        return self._measure(self._per_document(used), interval_if_alpha=False)

    def _measure(self, per_document: np.ndarray, *, interval_if_alpha: bool) -> Measured:
        columns = PairColumns(per_document)
        (total,) = pair_figures(per_document.sum(axis=0, keepdims=True))
        figures = replace(
            total,
            mean_percent_agreement=columns.mean(columns.percent),
            mean_kappa=columns.mean(columns.kappa),
            mean_alpha=columns.mean(columns.alpha),
        )
        options = self.options
        if options.bootstrap_samples and (figures.alpha is not None or not interval_if_alpha):
            assert self.resampler is not None
            interval = pair_interval(
                per_document[self.by_name], self.resampler, options.confidence, options.thresholds
            )
            if interval is not None:
                figures = figures.with_interval(interval)
        documents = DocumentCells(self.names, columns)
        return figures, documents, (PairFigures(self.corpus.coders, total),)


class DocumentCells(Sequence[DocumentFigures]):
    """A row's per-document figures, made when first read: the agreement window's table shows
    the rows' pooled figures (and their means, computed from the columns without them), while
    the JSON, CSV and Word reports read every document's. Compares equal to the tuple of the
    same figures."""

    def __init__(self, names: Sequence[str], columns: PairColumns) -> None:
        self._names = names
        self._columns: PairColumns | None = columns
        self._items: tuple[DocumentFigures, ...] = ()

    @property
    def items(self) -> tuple[DocumentFigures, ...]:
        if self._columns is not None:
            with no_cycle_collection():
                made = self._columns.figures()
                self._items = tuple(map(DocumentFigures, self._names, made))
            self._columns = None
        return self._items

    def dicts(self) -> list[dict[str, Any]]:
        """``[item.to_dict() for item in self]``, from the columns when the figures have not
        been made (``caqda agreement --json`` reads each cell once, as a dict)."""
        if self._columns is None:
            return [item.to_dict() for item in self._items]
        with no_cycle_collection():
            return self._columns.document_dicts(self._names)

    def __getitem__(self, index: Any) -> Any:
        return self.items[index]

    def __len__(self) -> int:
        return len(self._names)

    def __iter__(self) -> Iterator[DocumentFigures]:
        return iter(self.items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return self.items == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.items)

    def __repr__(self) -> str:
        return repr(self.items)
