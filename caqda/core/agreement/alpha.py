"""Krippendorff's α for a units × coders table, by way of the coincidence matrix
(Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").

Each unit rated by m_u ≥ 2 coders adds its m_u(m_u − 1) ordered pairs of values to the
coincidence matrix, each weighted 1/(m_u − 1); units rated once are not pairable and are
left out. α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, with δ² the difference function of
the level of measurement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from caqda.core.agreement.errors import AgreementError
from caqda.core.agreement.table import Pattern, RatingTable, Value

LEVELS = ("nominal", "ordinal", "interval", "ratio")


@dataclass(frozen=True)
class Coincidences:
    """The values × values coincidence matrix ``o`` over ``categories`` (row and column order)."""

    categories: tuple[Value, ...]
    matrix: tuple[tuple[float, ...], ...]

    @property
    def marginals(self) -> tuple[float, ...]:
        # Worked out once (α and the bootstrap both read them); kept beside the fields, so
        # equality and repr are unchanged. (functools.cached_property takes a lock per read.)
        found = self.__dict__.get("_marginals")
        if found is None:
            found = tuple(map(sum, self.matrix))
            object.__setattr__(self, "_marginals", found)
        return found

    @property
    def pairable_values(self) -> float:
        return sum(self.marginals)


def pattern_contribution(pattern: Pattern, index: dict[Value, int]) -> dict[tuple[int, int], float]:
    """What one unit with this pattern adds to the coincidence matrix (empty if unpairable)."""
    counts: dict[int, int] = {}
    for value in pattern:
        if value is not None:
            position = index[value]
            counts[position] = counts.get(position, 0) + 1
    rated = sum(counts.values())
    if rated < 2:
        return {}
    contribution: dict[tuple[int, int], float] = {}
    for first, first_count in counts.items():
        for second, second_count in counts.items():
            pairs = first_count * (first_count - 1) if first == second else first_count * second_count
            if pairs:
                contribution[first, second] = pairs / (rated - 1)
    return contribution


@lru_cache(maxsize=4096)
def _cached_contribution(
    pattern: Pattern, categories: tuple[Value, ...]
) -> tuple[tuple[int, int, float], ...]:
    """A pattern's contribution, memoized: a report meets the same few patterns (2**m for a
    binary table of m coders) thousands of times."""
    index = {value: position for position, value in enumerate(categories)}
    return tuple(
        (first, second, pairs) for (first, second), pairs in pattern_contribution(pattern, index).items()
    )


def coincidences(table: RatingTable) -> Coincidences:
    """The coincidence matrix of a table."""
    categories = table.categories
    matrix = [[0.0] * len(categories) for _ in categories]
    for pattern, weight in table.patterns.items():
        for first, second, pairs in _cached_contribution(pattern, categories):
            matrix[first][second] += weight * pairs
    return Coincidences(categories, tuple(tuple(row) for row in matrix))


def differences(categories: Sequence[Value], marginals: Sequence[float], level: str) -> list[list[float]]:
    """δ²_ck for every pair of categories (in the given, sorted, order)."""
    size = len(categories)
    if level == "nominal":
        return _nominal_differences(size)
    if level == "ordinal":
        cumulative = [0.0]
        for count in marginals:
            cumulative.append(cumulative[-1] + count)
        table = [[0.0] * size for _ in range(size)]
        for c in range(size):
            for k in range(c + 1, size):
                between = cumulative[k + 1] - cumulative[c] - (marginals[c] + marginals[k]) / 2
                table[c][k] = table[k][c] = between * between
        return table
    numbers = _numeric(categories, level)
    if level == "interval":
        return [[(a - b) ** 2 for b in numbers] for a in numbers]
    if level == "ratio":
        return [[((a - b) / (a + b)) ** 2 if a + b else 0.0 for b in numbers] for a in numbers]
    raise AgreementError(f"Unknown level of measurement '{level}'; use one of {', '.join(LEVELS)}.")


@lru_cache(maxsize=64)
def _nominal_differences(size: int) -> list[list[float]]:
    """The nominal δ² (0 on the diagonal, 1 elsewhere), shared: callers only read it."""
    return [[0.0 if c == k else 1.0 for k in range(size)] for c in range(size)]


def alpha_from_coincidences(found: Coincidences, level: str = "nominal") -> float | None:
    """α of a coincidence matrix; ``None`` when 0/0 (fewer than two pairable values, or every
    pairable value the same, so there is no variation to be reliable about)."""
    marginals = found.marginals
    total = sum(marginals)
    if total <= 1:
        return None
    if level == "nominal" and len(marginals) == 2:
        # The sums below written out for two categories (δ² = 1 off the diagonal): the same
        # floats, for the coded / not-coded tables a report measures thousands of times.
        (_, off_first), (off_second, _) = found.matrix
        expected = marginals[0] * marginals[1] * 1.0 + marginals[1] * marginals[0] * 1.0
        if expected <= 0:
            return None
        return 1 - (total - 1) * (off_first * 1.0 + off_second * 1.0) / expected
    delta = differences(found.categories, marginals, level)
    size = len(marginals)
    observed = sum(found.matrix[c][k] * delta[c][k] for c in range(size) for k in range(size) if c != k)
    expected = sum(
        marginals[c] * marginals[k] * delta[c][k] for c in range(size) for k in range(size) if c != k
    )
    if expected <= 0:
        return None
    return 1 - (total - 1) * observed / expected


def alpha_of_table(table: RatingTable, level: str = "nominal") -> float | None:
    """Krippendorff's α of a units × coders table (``None`` when undefined)."""
    if level not in LEVELS:
        raise AgreementError(f"Unknown level of measurement '{level}'; use one of {', '.join(LEVELS)}.")
    return alpha_from_coincidences(coincidences(table), level)


def _numeric(categories: Sequence[Value], level: str) -> list[float]:
    numbers: list[float] = []
    for value in categories:
        if not isinstance(value, int | float):
            raise AgreementError(
                f"The {level} level needs numbers, but '{value}' is not one; use level='nominal' "
                "(or 'ordinal' for ranked categories)."
            )
        numbers.append(float(value))
    if level == "ratio" and any(number < 0 for number in numbers):
        raise AgreementError("The ratio level needs values of zero or more.")
    return numbers
