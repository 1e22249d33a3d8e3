"""Two-coder coefficients on a square cross-table: Cohen's κ with its standard error,
Scott's π, and PABAK with the prevalence and bias indices that explain a low κ beside a high
percent agreement (Byrt, Bishop & Carlin 1993).

Rows are the first coder's categories, columns the second's; cells are unit counts (they may
be character counts, so they are floats). A coefficient that is 0/0 on the table is ``None``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

from caqda.core.agreement.errors import AgreementError

# 1 − Pe below this is treated as zero: every unit fell into one category for both coders.
_DEGENERATE = 1e-12


@dataclass(frozen=True)
class KappaStatistics:
    """Everything a 2-coder table says about agreement.

    ``kappa_se`` is the large-sample standard error of Fleiss, Cohen & Everitt (1969), used
    for confidence intervals; ``kappa_se_null`` the one under κ = 0, used for a z test.
    ``prevalence_index`` = |a − d| / N and ``bias_index`` = |b − c| / N exist for 2×2 tables
    only; with them κ = (PABAK − PI² + BI²) / (1 − PI² + BI²).
    """

    units: float
    percent_agreement: float
    expected_agreement: float
    kappa: float | None
    kappa_se: float | None
    kappa_se_null: float | None
    scott_pi: float | None
    pabak: float | None
    prevalence_index: float | None
    bias_index: float | None

    def kappa_interval(self, confidence: float = 0.95) -> tuple[float, float] | None:
        """Normal-approximation interval κ ± z·SE, clipped to [−1, 1]."""
        if self.kappa is None or self.kappa_se is None:
            return None
        z = _normal_quantile(0.5 + confidence / 2)
        return max(-1.0, self.kappa - z * self.kappa_se), min(1.0, self.kappa + z * self.kappa_se)


def kappa_statistics(cells: Sequence[Sequence[float]]) -> KappaStatistics:
    """All two-coder figures of a square table. Raises AgreementError if it is not square or
    holds no units."""
    size = len(cells)
    if size == 0 or any(len(row) != size for row in cells):
        raise AgreementError("A contingency table must be square: one row and one column per category.")
    if any(value < 0 for row in cells for value in row):
        raise AgreementError("A contingency table cannot hold negative counts.")
    total = float(sum(sum(row) for row in cells))
    if total <= 0:
        raise AgreementError("The table holds no units, so there is nothing to agree on.")
    if size == 2:
        return _two_by_two(cells, total)
    p = [[value / total for value in row] for row in cells]
    rows = [sum(row) for row in p]
    columns = [sum(p[i][j] for i in range(size)) for j in range(size)]
    observed = sum(p[i][i] for i in range(size))
    expected = sum(rows[i] * columns[i] for i in range(size))
    kappa = se = se_null = None
    if 1 - expected > _DEGENERATE:
        kappa = (observed - expected) / (1 - expected)
        term_a = sum(p[i][i] * (1 - (rows[i] + columns[i]) * (1 - kappa)) ** 2 for i in range(size))
        term_b = (1 - kappa) ** 2 * sum(
            p[i][j] * (columns[i] + rows[j]) ** 2 for i in range(size) for j in range(size) if i != j
        )
        term_c = (kappa - expected * (1 - kappa)) ** 2
        se = math.sqrt(max(0.0, (term_a + term_b - term_c) / (1 - expected) ** 2 / total))
        null = (
            expected + expected**2 - sum(rows[i] * columns[i] * (rows[i] + columns[i]) for i in range(size))
        )
        se_null = math.sqrt(max(0.0, null / (1 - expected) ** 2 / total))
    pi_expected = sum(((rows[i] + columns[i]) / 2) ** 2 for i in range(size))
    scott = (observed - pi_expected) / (1 - pi_expected) if 1 - pi_expected > _DEGENERATE else None
    pabak = (size * observed - 1) / (size - 1) if size > 1 else None
    prevalence = bias = None
    if size == 2:
        prevalence = abs(p[1][1] - p[0][0])
        bias = abs(p[1][0] - p[0][1])
    return KappaStatistics(total, observed, expected, kappa, se, se_null, scott, pabak, prevalence, bias)


def _two_by_two(cells: Sequence[Sequence[float]], total: float) -> KappaStatistics:
    """:func:`kappa_statistics` of a 2×2 table (the usual coded / not-coded one, met
    thousands of times in a report), written out: the same operations in the same order as
    the general loops, so the same floats, without their overhead."""
    (a, b), (c, d) = cells
    p00, p01, p10, p11 = a / total, b / total, c / total, d / total
    row0, row1 = p00 + p01, p10 + p11
    column0, column1 = p00 + p10, p01 + p11
    observed = p00 + p11
    expected = row0 * column0 + row1 * column1
    kappa = se = se_null = None
    if 1 - expected > _DEGENERATE:
        kappa = (observed - expected) / (1 - expected)
        term_a = (
            p00 * (1 - (row0 + column0) * (1 - kappa)) ** 2 + p11 * (1 - (row1 + column1) * (1 - kappa)) ** 2
        )
        term_b = (1 - kappa) ** 2 * (p01 * (column0 + row1) ** 2 + p10 * (column1 + row0) ** 2)
        term_c = (kappa - expected * (1 - kappa)) ** 2
        se = math.sqrt(max(0.0, (term_a + term_b - term_c) / (1 - expected) ** 2 / total))
        null = (
            expected + expected**2 - (row0 * column0 * (row0 + column0) + row1 * column1 * (row1 + column1))
        )
        se_null = math.sqrt(max(0.0, null / (1 - expected) ** 2 / total))
    pi_expected = ((row0 + column0) / 2) ** 2 + ((row1 + column1) / 2) ** 2
    scott = (observed - pi_expected) / (1 - pi_expected) if 1 - pi_expected > _DEGENERATE else None
    pabak = (2 * observed - 1) / (2 - 1)
    prevalence = abs(p11 - p00)
    bias = abs(p10 - p01)
    return KappaStatistics(total, observed, expected, kappa, se, se_null, scott, pabak, prevalence, bias)


def _normal_quantile(probability: float) -> float:
    if not 0 < probability < 1:
        raise AgreementError("A confidence level must lie strictly between 0 and 1.")
    return NormalDist().inv_cdf(probability)
