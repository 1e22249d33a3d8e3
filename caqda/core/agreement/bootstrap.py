"""Percentile bootstrap for Krippendorff's α, resampling units or documents.

Each replicate draws the items (units, or whole documents) with replacement, sums their
coincidence matrices and recomputes α. The interval is the central ``confidence`` share of
the replicates, and P(α < t) is the share of replicates below each threshold t (.667, .800
by default: Krippendorff's lowest acceptable and reliable levels).

Tables are held as distinct patterns with counts, so resampling units draws the number of
units of each pattern from a multinomial (exact binomial draws, cost independent of the
number of units); resampling documents draws document multiplicities. Either way a
replicate costs a few dot products, not a pass over the units.
"""

from __future__ import annotations

import math
import operator
import random
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from itertools import repeat

import numpy as np

from caqda.core.agreement.alpha import Coincidences, alpha_from_coincidences
from caqda.core.agreement.errors import AgreementError
from caqda.core.agreement.unitized import UnitizedSums, alpha_from_tally

DEFAULT_THRESHOLDS = (0.667, 0.8)


@dataclass(frozen=True)
class AlphaInterval:
    """``low``/``high`` bound the central ``confidence`` share of ``samples`` replicates;
    ``below`` holds (threshold, share of replicates with α below it)."""

    alpha: float | None
    low: float | None
    high: float | None
    below: tuple[tuple[float, float], ...]
    samples: int
    resampled: str
    confidence: float


class Resampler:
    """Replicate multiplicities of items, shared by every α computed on the same items (so all
    codes of a report are resampled with the same documents), with dot products memoized."""

    def __init__(
        self, weights: list[list[int]], resampled: str, draws: list[list[int]] | None = None
    ) -> None:
        self.weights = weights
        self.resampled = resampled
        self._dots: dict[tuple[float, ...], np.ndarray] = {}
        self._columns: list[list[int]] | None = None
        # Replicates × items multiplicities: a replicate's sum is one row of a matrix product.
        # The values summed are counts (or halves, thirds... of counts), so the sums are the
        # same as adding the drawn items one by one.
        self._matrix = np.array(weights, dtype=np.float64) if weights else np.zeros((0, 0))

    @classmethod
    def documents(cls, count: int, samples: int, seed: int) -> Resampler:
        """Draw ``count`` documents with replacement, ``samples`` times."""
        if not count:
            return cls([[] for _ in range(samples)], "documents")
        drawn = python_choices(random.Random(seed), count, samples)
        return cls([np.bincount(row, minlength=count).tolist() for row in drawn], "documents")

    @classmethod
    def units(cls, counts: Sequence[float], samples: int, seed: int) -> Resampler:
        """Draw as many units as there are, each pattern with its observed share."""
        rng = random.Random(seed)
        whole = [round(count) for count in counts]
        total = sum(whole)
        if 8 * len(whole) < total:  # few patterns, many units: multinomial draws
            return cls([multinomial(total, whole, rng) for _ in range(samples)], "units")
        population = [index for index, count in enumerate(whole) for _ in range(count)]
        weights, draws = [], []
        for _ in range(samples):
            drawn = rng.choices(population, k=total)
            multiplicity = [0] * len(whole)
            for index in drawn:
                multiplicity[index] += 1
            weights.append(multiplicity)
            draws.append(drawn)
        return cls(weights, "units", draws)

    def sparse_dots(self, pairs: Sequence[tuple[int, float]], size: int) -> list[float]:
        """:meth:`dots` of a vector given by its non-zero ``(item, value)`` pairs."""
        if 2 * len(pairs) > size:
            dense = [0.0] * size
            for index, value in pairs:
                dense[index] = value
            return self.dots(dense)
        sums = [0.0] * len(self.weights)
        for index, value in pairs:
            sums = list(map(operator.add, sums, map(operator.mul, self.columns[index], repeat(value))))
        return sums

    @property
    def columns(self) -> list[list[int]]:
        """The multiplicities transposed: for each item, its multiplicity in every replicate."""
        if self._columns is None:
            self._columns = [list(column) for column in zip(*self.weights, strict=True)]
        return self._columns

    def dots(self, vector: Sequence[float]) -> list[float]:
        """Σ_item weight × value for every replicate."""
        return self.dot_array(vector).tolist()

    def dot_array(self, vector: Sequence[float]) -> np.ndarray:
        """:meth:`dots` as a numpy array (memoized: the items' totals are the same for every
        code of a report)."""
        key = tuple(vector)
        found = self._dots.get(key)
        if found is None:
            if not self.weights:
                return np.zeros(0)
            # einsum rather than a BLAS product: no thread pool to wake up on a busy machine.
            found = np.einsum("ij,j->i", self._matrix, np.array(key, dtype=np.float64))
            self._dots[key] = found
        return found


def python_choices(rng: random.Random, count: int, samples: int) -> np.ndarray:
    """``[rng.choices(range(count), k=count) for _ in range(samples)]`` as a samples × count
    array, the same numbers: CPython draws ``floor(random() * count)``, and numpy's Mersenne
    Twister, given ``rng``'s state, yields the same ``random()`` doubles (53 bits from two
    32-bit words), a million of them in milliseconds."""
    _, internal, _ = rng.getstate()
    twister = np.random.RandomState()
    twister.set_state(("MT19937", np.array(internal[:-1], dtype=np.uint32), internal[-1]))
    uniform = twister.random_sample(samples * count)
    return (uniform * float(count)).astype(np.int64).reshape(samples, count)


def bootstrap_alpha(
    items: Sequence[Coincidences],
    resampler: Resampler,
    level: str = "nominal",
    *,
    counts: Sequence[float] | None = None,
    confidence: float = 0.95,
    thresholds: Sequence[float] = DEFAULT_THRESHOLDS,
) -> AlphaInterval:
    """Bootstrap α over ``items`` (one coincidence matrix per item, all on the same categories);
    ``counts`` says how often each item occurs in the data (default: once), for the observed α."""
    if not 0 < confidence < 1:
        raise AgreementError("A confidence level must lie strictly between 0 and 1.")
    if not items:
        raise AgreementError("There are no units to resample.")
    observed = alpha_from_coincidences(_summed(items, counts or [1] * len(items)), level)
    if level == "nominal":
        replicates = _nominal_replicates(items, resampler)
    else:
        replicates = _general_replicates(items, resampler, level)
    return interval_from_replicates(observed, replicates, resampler.resampled, confidence, thresholds)


def interval_from_replicates(
    observed: float | None,
    replicates: list[float],
    resampled: str,
    confidence: float,
    thresholds: Sequence[float],
) -> AlphaInterval:
    """Percentile interval and threshold probabilities of bootstrap replicates."""
    if not replicates:
        return AlphaInterval(observed, None, None, (), 0, resampled, confidence)
    replicates = sorted(replicates)
    tail = (1 - confidence) / 2
    low = _quantile(replicates, tail)
    high = _quantile(replicates, 1 - tail)
    count = len(replicates)
    below = tuple(
        (threshold, sum(value < threshold for value in replicates) / count) for threshold in thresholds
    )
    return AlphaInterval(observed, low, high, below, count, resampled, confidence)


def _nominal_replicates(items: Sequence[Coincidences], resampler: Resampler) -> list[float]:
    """Nominal α needs only n, Σo_cc and the marginals n_c: α = 1 − (n − 1)(n − Σo_cc) /
    (n² − Σn_c²). The largest marginal follows from n, the items' totals, which are the same
    for every code of a report (m × characters) and so are resampled once, via the memo."""
    size = len(items[0].categories)
    marginals = [item.marginals for item in items]
    largest = max(range(size), key=lambda c: sum(margin[c] for margin in marginals))
    return nominal_replicates(
        [sum(margin) for margin in marginals],
        [sum(item.matrix[c][c] for c in range(size)) for item in items],
        [[margin[c] for margin in marginals] for c in range(size) if c != largest],
        resampler,
    )


def nominal_replicates(
    totals: Sequence[float],
    agreeing: Sequence[float],
    others: Sequence[Sequence[float]],
    resampler: Resampler,
) -> list[float]:
    """The nominal α replicates from each item's total n, agreeing Σo_cc and marginals n_c of
    every category but the largest (``others``, a list per category)."""
    total = resampler.dot_array(totals)
    agreeing_sums = resampler.dot_array(agreeing)
    other_sums = [resampler.dot_array(margins) for margins in others]
    # Element-wise, in the same order as the formula above for one replicate.
    known_sum = np.zeros_like(total)
    known_squares = np.zeros_like(total)
    for sums in other_sums:
        known_sum = known_sum + sums
        known_squares = known_squares + sums * sums
    rest = total - known_sum
    expected = total * total - rest * rest - known_squares
    kept = (total > 1) & (expected > 1e-9 * total * total)
    with np.errstate(divide="ignore", invalid="ignore"):
        values = 1 - (total - 1) * (total - agreeing_sums) / expected
    return values[kept].tolist()


def _general_replicates(items: Sequence[Coincidences], resampler: Resampler, level: str) -> list[float]:
    """Other levels need the whole matrix: each upper-triangle entry is resampled (the matrix
    is symmetric), except the largest diagonal one, which follows from the items' totals."""
    categories = items[0].categories
    size = len(categories)
    entries = [(c, k) for c in range(size) for k in range(c, size)]
    largest = max(range(size), key=lambda c: sum(item.matrix[c][c] for item in items))
    resampled_entries = [entry for entry in entries if entry != (largest, largest)]
    sums = {
        entry: resampler.dots([item.matrix[entry[0]][entry[1]] for item in items])
        for entry in resampled_entries
    }
    total_sums = resampler.dots([sum(map(sum, item.matrix)) for item in items])
    replicates: list[float] = []
    for replicate in range(len(resampler.weights)):
        matrix = [[0.0] * size for _ in range(size)]
        rest = total_sums[replicate]
        for c, k in resampled_entries:
            value = sums[c, k][replicate]
            matrix[c][k] = matrix[k][c] = value
            rest -= value if c == k else 2 * value
        matrix[largest][largest] = rest
        found = alpha_from_coincidences(Coincidences(categories, tuple(map(tuple, matrix))), level)
        if found is not None:
            replicates.append(found)
    return replicates


def _summed(items: Sequence[Coincidences], weights: Sequence[float]) -> Coincidences:
    size = len(items[0].categories)
    matrix = [[0.0] * size for _ in range(size)]
    for item, weight in zip(items, weights, strict=True):
        for c in range(size):
            for k in range(size):
                matrix[c][k] += weight * item.matrix[c][k]
    return Coincidences(items[0].categories, tuple(map(tuple, matrix)))


def _quantile(ordered: list[float], share: float) -> float:
    """Linear interpolation between order statistics (the usual 'type 7' quantile)."""
    position = share * (len(ordered) - 1)
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


def multinomial(total: int, counts: Sequence[int], rng: random.Random) -> list[int]:
    """One multinomial draw of ``total`` items over categories weighted by ``counts``, as a
    chain of binomial draws."""
    drawn: list[int] = []
    remaining = total
    rest = float(sum(counts))
    for count in counts[:-1]:
        if remaining <= 0 or rest <= 0:
            drawn.append(0)
            continue
        value = binomial(remaining, min(1.0, count / rest), rng)
        drawn.append(value)
        remaining -= value
        rest -= count
    drawn.append(max(0, remaining))
    return drawn


def binomial(trials: int, chance: float, rng: random.Random) -> int:
    """An exact binomial draw: geometric waiting times when the mean is small, otherwise
    Hörmann's (1993) transformed rejection with squeeze (BTRS). Python 3.12 has this as
    ``random.binomialvariate``; 3.11 does not."""
    if chance <= 0 or trials <= 0:
        return 0
    if chance >= 1:
        return trials
    if chance > 0.5:
        return trials - binomial(trials, 1 - chance, rng)
    if trials * chance < 10:
        log_q = math.log1p(-chance)
        successes = position = 0
        while True:
            position += math.floor(math.log(1 - rng.random()) / log_q) + 1
            if position > trials:
                return successes
            successes += 1
    spread = math.sqrt(trials * chance * (1 - chance))
    b = 1.15 + 2.53 * spread
    a = -0.0873 + 0.0248 * b + 0.01 * chance
    c = trials * chance + 0.5
    v_r = 0.92 - 4.2 / b
    alpha = (2.83 + 5.1 / b) * spread
    log_odds = math.log(chance / (1 - chance))
    mode = math.floor((trials + 1) * chance)
    h = math.lgamma(mode + 1) + math.lgamma(trials - mode + 1)
    while True:
        u = rng.random() - 0.5
        v = rng.random()
        us = 0.5 - abs(u)
        k = math.floor((2 * a / us + b) * u + c) if us > 0 else -1
        if k < 0 or k > trials:
            continue
        if us >= 0.07 and v <= v_r:
            return k
        v *= alpha / (a / (us * us) + b)
        if (
            v <= 0
            or math.log(v) <= h - math.lgamma(k + 1) - math.lgamma(trials - k + 1) + (k - mode) * log_odds
        ):
            return k


def bootstrap_unitized(
    items: Sequence[UnitizedSums],
    resampler: Resampler,
    *,
    confidence: float = 0.95,
    thresholds: Sequence[float] = DEFAULT_THRESHOLDS,
) -> AlphaInterval:
    """Bootstrap uα over documents (one :class:`UnitizedSums` per document): each replicate
    adds the resampled documents' sums. A value's margin is resampled over the documents
    that have it, which keeps many rare code combinations cheap."""
    if not items:
        raise AgreementError("There are no documents to resample.")
    pooled_margins: dict[Hashable | None, float] = {}
    margins: dict[Hashable | None, list[tuple[int, float]]] = {}
    for index, item in enumerate(items):
        for value, margin in item.margins.items():
            margins.setdefault(value, []).append((index, margin))
            pooled_margins[value] = pooled_margins.get(value, 0.0) + margin
    totals = [item.total for item in items]
    agreeing = [item.agreeing for item in items]
    self_pairs = [item.self_total for item in items]
    pooled = UnitizedSums(sum(totals), sum(agreeing), pooled_margins, sum(self_pairs))
    observed = alpha_from_tally(pooled).alpha
    total_sums = resampler.dots(totals)
    agreeing_sums = resampler.dots(agreeing)
    self_sums = resampler.dots(self_pairs)
    squares = [0.0] * len(resampler.weights)
    # A value found in one document only (a rare combination of codes) adds
    # (multiplicity × margin)² to Σ l_c.²: those are summed per document first.
    alone: dict[int, float] = {}
    for pairs in margins.values():
        if len(pairs) == 1:
            index, margin = pairs[0]
            alone[index] = alone.get(index, 0.0) + margin * margin
            continue
        sums = resampler.sparse_dots(pairs, len(items))
        squares = list(map(operator.add, squares, map(operator.mul, sums, sums)))
    for index, square in alone.items():
        column = resampler.columns[index]
        squares = [total + square * count * count for total, count in zip(squares, column, strict=True)]
    replicates: list[float] = []
    for total, same, self_total, square in zip(total_sums, agreeing_sums, self_sums, squares, strict=True):
        if total <= 0 or total * total - self_total <= 0:
            continue
        expected = total - total * (square - self_total) / (total * total - self_total)
        if expected > 1e-9 * total:
            replicates.append(1 - (total - same) / expected)
    return interval_from_replicates(observed, replicates, resampler.resampled, confidence, thresholds)
