"""The character unit for two coders, as arrays: every (document, code) table of a report is
four counts (characters neither coder, only the first, only the second, both coded), counted
for all tables at once, and the per-document figures are computed a column at a time.

A two-coder coded / not-coded table is small but a report has one per document and code
(66,000 on a project of 1,000 documents), and measuring them one by one in Python was most of
a report's time. The figures here are the same floats as :func:`figures.table_figures` of the
same table: with two coders every sum in that path adds whole (or half) character counts,
which are exact in any order, and the rest is the same operations in the same order. Squares
are taken with Python's ``**`` (the C library's ``pow``): numpy's ``x * x`` and its own
``power`` round a few values in a thousand differently.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from caqda.core.agreement.bootstrap import (
    AlphaInterval,
    Resampler,
    interval_from_replicates,
    nominal_replicates,
)
from caqda.core.agreement.corpus import AgreementCorpus
from caqda.core.agreement.figures import Figures, field_dicts, figures_from_columns, figures_of
from caqda.core.agreement.interpret import alpha_label, kappa_label

# Columns of a counts array: by the bitmask of the coders who coded (bit 0 the first coder).
NEITHER, FIRST, SECOND, BOTH = 0, 1, 2, 3
_DEGENERATE = 1e-12


def character_counts(corpus: AgreementCorpus, codes: Sequence[str]) -> np.ndarray:
    """``counts[document, code, mask]``: characters of each document (in corpus order) that
    exactly the coders in ``mask`` coded with each of ``codes`` (any number of coders: 2**m
    masks), from the corpus's merged intervals. One sort of all boundaries, no loop over
    characters or tables."""
    coders = corpus.coders
    masks = 1 << len(coders)
    width = len(codes)
    if corpus.coded_spans is not None:
        groups, bits, bounds = _array_spans(corpus, codes)
    else:
        groups, bits, bounds = _mapping_spans(corpus, codes)
    tables = len(corpus.documents) * width
    totals = np.zeros((tables, masks), dtype=np.int64)
    if len(bounds):
        # Each coder's spans are disjoint, so every boundary toggles that coder's bit.
        at = np.concatenate((bounds[:, 0], bounds[:, 1]))
        owner = np.concatenate((groups, groups))
        toggles = np.concatenate((bits, bits))
        order = np.lexsort((at, owner))
        at, owner, toggles = at[order], owner[order], toggles[order]
        # The toggles of a table cancel out, so the running XOR starts each table at 0.
        mask = np.bitwise_xor.accumulate(toggles)
        length = np.diff(at)
        inside = owner[:-1] == owner[1:]
        counted = np.bincount(
            owner[:-1][inside] * masks + mask[:-1][inside], weights=length[inside], minlength=tables * masks
        )
        totals += np.rint(counted).astype(np.int64).reshape(tables, masks)
    lengths = np.repeat(np.array([document.length for document in corpus.documents], dtype=np.int64), width)
    totals[:, 0] = lengths - totals[:, 1:].sum(axis=1)
    return totals.reshape(len(corpus.documents), width, masks)


def _array_spans(corpus: AgreementCorpus, codes: Sequence[str]) -> tuple[np.ndarray, ...]:
    """Table number (document × code), coder bit and bounds of each span, from the arrays."""
    spans = corpus.coded_spans
    assert spans is not None
    wanted = {code: position for position, code in enumerate(codes)}
    position = np.array([wanted.get(code.key, -1) for code in corpus.codes], dtype=np.int64)
    code = position[spans.code] if len(spans.code) else spans.code
    kept = code >= 0
    groups = spans.document[kept] * len(codes) + code[kept]
    bits = np.left_shift(1, spans.coder[kept])
    return groups, bits, np.column_stack((spans.start[kept], spans.end[kept]))


def _mapping_spans(corpus: AgreementCorpus, codes: Sequence[str]) -> tuple[np.ndarray, ...]:
    """The same, from the nested ``intervals`` mapping (a corpus built span by span)."""
    code_index = {code: position for position, code in enumerate(codes)}
    groups: list[int] = []
    bits: list[int] = []
    spans: list[tuple[int, int]] = []
    for document_index, document in enumerate(corpus.documents):
        by_code = corpus.intervals.get(document.name)
        if not by_code:
            continue
        for code, by_coder in by_code.items():
            position = code_index.get(code)
            if position is None:
                continue
            group = document_index * len(codes) + position
            for coder_index, coder in enumerate(corpus.coders):
                found = by_coder.get(coder)
                if found:
                    spans.extend(found)
                    groups.extend([group] * len(found))
                    bits.extend([1 << coder_index] * len(found))
    return (
        np.array(groups, dtype=np.int64),
        np.array(bits, dtype=np.int64),
        np.array(spans, dtype=np.int64).reshape(-1, 2),
    )


def _squares(values: np.ndarray) -> np.ndarray:
    """``values ** 2`` as Python computes it (the C library's ``pow``)."""
    return np.array([value**2 for value in values.tolist()], dtype=np.float64)


def _corrected(observed: np.ndarray, expected: np.ndarray) -> list[float | None]:
    """``multirater._corrected`` per item: None where 1 − expected ≤ 1e-12."""
    with np.errstate(divide="ignore", invalid="ignore"):
        values = (observed - expected) / (1 - expected)
    return _where(1 - expected > _DEGENERATE, values)


def _where(defined: np.ndarray, values: np.ndarray) -> list[float | None]:
    return [value if keep else None for keep, value in zip(defined.tolist(), values.tolist(), strict=True)]


def pair_figures(counts: np.ndarray) -> list[Figures]:
    """The figures of two-coder character tables given as ``counts[item, mask]`` (4 masks),
    as :func:`figures.table_figures` gives them for the nominal level. Items with no
    characters get the empty table's figures."""
    return PairColumns(counts).figures()


class PairColumns:
    """Per-item percent agreement, κ and α of two-coder character tables (what a row's means
    need), and the rest of their figures when asked for (:meth:`figures`)."""

    def __init__(self, counts: np.ndarray) -> None:
        counts = np.asarray(counts, dtype=np.int64)
        units = counts.sum(axis=1)
        self.count = len(units)
        self.units = units.tolist()
        self.empty = np.flatnonzero(units == 0).tolist()
        self.total = np.where(units == 0, 1, units).astype(np.float64)
        # Cells of the cross-table: rows the first coder (not coded, coded), columns the second.
        a = self.a = counts[:, NEITHER].astype(np.float64)
        b = self.b = counts[:, SECOND].astype(np.float64)
        c = self.c = counts[:, FIRST].astype(np.float64)
        d = self.d = counts[:, BOTH].astype(np.float64)
        # Multi-rater figures (Gwet's general form): every unit rated by both coders.
        self.observed = (a + d) / self.total
        self.percent = self.observed.tolist()
        # Krippendorff's α from the coincidence matrix ((2a, b + c), (b + c, 2d)).
        margin0 = 2 * a + (b + c)
        margin1 = (b + c) + 2 * d
        total = margin0 + margin1
        expected = margin0 * margin1 * 1.0 + margin1 * margin0 * 1.0
        with np.errstate(divide="ignore", invalid="ignore"):
            alphas = 1 - (total - 1) * ((b + c) * 1.0 + (b + c) * 1.0) / expected
        self.alpha = _where((total > 1) & (expected > 0), alphas)
        # Cohen's κ as kappa._two_by_two has it.
        self.p = p00, p01, p10, p11 = a / self.total, b / self.total, c / self.total, d / self.total
        self.rows = p00 + p01, p10 + p11
        self.columns = p00 + p10, p01 + p11
        self.agreement = p00 + p11
        self.expected = self.rows[0] * self.columns[0] + self.rows[1] * self.columns[1]
        self.defined = 1 - self.expected > _DEGENERATE
        with np.errstate(divide="ignore", invalid="ignore"):
            self.kappa_values = (self.agreement - self.expected) / (1 - self.expected)
        # Every unit in one and the same category for both: κ = 1, by convention.
        self.kappa = [
            1.0 if value is None and share == 1 else value
            for value, share in zip(_where(self.defined, self.kappa_values), self.percent, strict=True)
        ]

    def mean(self, values: list[float | None]) -> float | None:
        """``figures.with_means``'s size-weighted mean of one column (same sums, same order)."""
        total = weight = 0.0
        for value, units in zip(values, self.units, strict=True):
            if value is not None and units:
                total += value * units
                weight += units
        return total / weight if weight else None

    def figures(self) -> list[Figures]:
        found = figures_from_columns(self._columns(), self.count)
        for item in self.empty:
            found[item] = figures_of({"units": 0})
        return found

    def document_dicts(self, names: Sequence[str]) -> list[dict[str, Any]]:
        """``DocumentFigures(name, figures).to_dict()`` of each of :meth:`figures`, without
        making the figures: ``{"document": name, **vars(figures)}`` with α's threshold
        probabilities as a dict (empty: there is no interval per document)."""
        columns = {"document": list(names), **self._columns()}
        columns["alpha_below"] = iter(dict, None)  # a new {} for each
        found = field_dicts(columns, self.count, ("document",))
        for item in self.empty:
            found[item] = {"document": names[item], **vars(figures_of({"units": 0})), "alpha_below": {}}
        return found

    def _columns(self) -> dict[str, list[Any]]:
        a, b, c, d, observed = self.a, self.b, self.c, self.d, self.observed
        share0 = (a + b / 2 + c / 2) / self.total
        share1 = (d + b / 2 + c / 2) / self.total
        kappa_se, scott, pabak, prevalence, bias = self._kappa_rest()
        return {
            "units": self.units,
            "percent_agreement": self.percent,
            "coded_agreement": [
                everyone / anyone if anyone else None
                for everyone, anyone in zip(d.tolist(), (b + c + d).tolist(), strict=True)
            ],
            "kappa": self.kappa,
            "kappa_se": kappa_se,
            "kappa_label": [kappa_label(value) for value in self.kappa],
            "alpha": self.alpha,
            "alpha_label": [alpha_label(value) for value in self.alpha],
            "scott_pi": scott,
            "fleiss_kappa": _corrected(observed, share0 * share0 + share1 * share1),
            "brennan_prediger": ((observed - 1 / 2) / (1 - 1 / 2)).tolist(),
            "gwet_ac1": _corrected(observed, (share0 * (1 - share0) + share1 * (1 - share1)) / (2 - 1)),
            "pabak": pabak,
            "prevalence_index": prevalence,
            "bias_index": bias,
        }

    def _kappa_rest(self) -> tuple[list[float | None], ...]:
        """κ's standard error, Scott's π, PABAK and the prevalence and bias indices, as
        ``kappa._two_by_two`` computes them."""
        p00, p01, p10, p11 = self.p
        row0, row1 = self.rows
        column0, column1 = self.columns
        observed, expected, kappa, total = self.agreement, self.expected, self.kappa_values, self.total
        with np.errstate(divide="ignore", invalid="ignore"):
            spread = 1 - kappa
            term_a = p00 * _squares(1 - (row0 + column0) * spread) + p11 * _squares(
                1 - (row1 + column1) * spread
            )
            term_b = _squares(spread) * (p01 * _squares(column0 + row1) + p10 * _squares(column1 + row0))
            term_c = _squares(kappa - expected * spread)
            variance = (term_a + term_b - term_c) / _squares(1 - expected) / total
        se = [math.sqrt(value) if value > 0.0 else 0.0 for value in variance.tolist()]
        pi_expected = _squares((row0 + column0) / 2) + _squares((row1 + column1) / 2)
        with np.errstate(divide="ignore", invalid="ignore"):
            scott = (observed - pi_expected) / (1 - pi_expected)
        return (
            [value if keep else None for keep, value in zip(self.defined.tolist(), se, strict=True)],
            _where(1 - pi_expected > _DEGENERATE, scott),
            ((2 * observed - 1) / (2 - 1)).tolist(),
            np.abs(p11 - p00).tolist(),
            np.abs(p10 - p01).tolist(),
        )


def pair_interval(
    counts: np.ndarray, resampler: Resampler, confidence: float, thresholds: Sequence[float]
) -> AlphaInterval | None:
    """Nominal α's bootstrap interval over documents from per-document ``counts[document,
    mask]`` (in the resampler's item order), as :meth:`tallies.TableTallier.interval` gives
    it from the documents' tables; ``None`` when there are no characters."""
    counts = np.asarray(counts, dtype=np.int64)
    if not counts.sum():
        return None
    a = counts[:, NEITHER].astype(np.float64)
    mixed = (counts[:, SECOND] + counts[:, FIRST]).astype(np.float64)
    d = counts[:, BOTH].astype(np.float64)
    # Each document's coincidences ((2a, b + c), (b + c, 2d)): whole numbers, exact in any order.
    margins = np.stack((2 * a + mixed, mixed + 2 * d), axis=1)
    agreeing = 2 * a + 2 * d
    pooled0, pooled1 = float(margins[:, 0].sum()), float(margins[:, 1].sum())
    total = pooled0 + pooled1
    observed = None
    expected = pooled0 * pooled1 * 1.0 + pooled1 * pooled0 * 1.0
    if total > 1 and expected > 0:
        off = float(mixed.sum())
        observed = 1 - (total - 1) * (off * 1.0 + off * 1.0) / expected
    largest = 0 if pooled0 >= pooled1 else 1  # max() keeps the first of equal sums
    replicates = nominal_replicates(
        (margins[:, 0] + margins[:, 1]).tolist(),
        agreeing.tolist(),
        [margins[:, 1 - largest].tolist()],
        resampler,
    )
    return interval_from_replicates(observed, replicates, resampler.resampled, confidence, thresholds)
