"""The coefficients on plain Python data, for notebooks and scripts (re-exported by
:mod:`caqda.agreement`). Each returns a plain float or a frozen dataclass, and raises
AgreementError, with a message in plain words, for input it cannot measure (fewer than two
coders, no units, sequences of different lengths) or where the coefficient is 0/0."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any

from caqda.core.agreement.alpha import LEVELS, alpha_of_table, coincidences
from caqda.core.agreement.bootstrap import DEFAULT_THRESHOLDS, AlphaInterval, Resampler, bootstrap_alpha
from caqda.core.agreement.errors import AgreementError
from caqda.core.agreement.kappa import KappaStatistics, kappa_statistics
from caqda.core.agreement.multirater import (
    MultiRaterStatistics,
    multirater_statistics,
    statistics_from_counts,
)
from caqda.core.agreement.table import RatingTable, contingency
from caqda.core.agreement.unitized import Section, UnitizedResult, unitized_result


def krippendorff_alpha(data: Sequence[Sequence[Any]], level: str = "nominal") -> float:
    """Krippendorff's α of ``data``: one sequence per coder of unit values, ``None`` where a
    coder gave no value. ``level``: nominal, ordinal, interval or ratio (the last two need
    numbers)."""
    table = _table(data, level)
    value = alpha_of_table(table, level)
    if value is None:
        raise AgreementError(
            "α is undefined here: there are fewer than two pairable values, or every pairable value is "
            "the same, so there is no variation to be reliable about."
        )
    return value


def alpha_interval(
    data: Sequence[Sequence[Any]],
    level: str = "nominal",
    *,
    samples: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    thresholds: Sequence[float] = DEFAULT_THRESHOLDS,
) -> AlphaInterval:
    """α with a percentile bootstrap interval over units and P(α < t) for each threshold."""
    if samples < 1:
        raise AgreementError("The bootstrap needs at least one sample.")
    table = _table(data, level)
    krippendorff_alpha(data, level)
    patterns = list(table.patterns.items())
    items = [
        coincidences(RatingTable(table.coders, {pattern: 1}, table.categories)) for pattern, _ in patterns
    ]
    resampler = Resampler.units([count for _, count in patterns], samples, seed)
    return bootstrap_alpha(
        items,
        resampler,
        level,
        counts=[count for _, count in patterns],
        confidence=confidence,
        thresholds=thresholds,
    )


def cohen_kappa(a: Sequence[Hashable | None], b: Sequence[Hashable | None]) -> float:
    """Cohen's κ of two coders' labels for the same units (units either left ``None`` are
    skipped)."""
    return _kappa(cohen_kappa_statistics(a, b))


def cohen_kappa_statistics(a: Sequence[Hashable | None], b: Sequence[Hashable | None]) -> KappaStatistics:
    """κ with its standard errors, percent agreement, Scott's π, PABAK and (2 categories)
    the prevalence and bias indices, from two label sequences."""
    if len(a) != len(b):
        raise AgreementError(
            f"The two coders must label the same units, but one gave {len(a)} labels and the other {len(b)}."
        )
    table = RatingTable.from_units(
        ("a", "b"), ((x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None)
    )
    if not table.units:
        raise AgreementError("There are no units that both coders labelled.")
    return kappa_statistics(contingency(table)[1])


def cohen_kappa_table(table: Sequence[Sequence[float]]) -> float:
    """Cohen's κ of a square contingency table (rows: first coder, columns: second)."""
    return _kappa(kappa_statistics(table))


def scott_pi(a: Sequence[Hashable | None], b: Sequence[Hashable | None]) -> float:
    """Scott's π of two coders' labels."""
    value = cohen_kappa_statistics(a, b).scott_pi
    if value is None:
        raise AgreementError(
            "π is undefined here: both coders used one and the same category for every unit."
        )
    return value


def fleiss_kappa(counts: Sequence[Sequence[float]]) -> float:
    """Fleiss' κ from one row per subject holding how many raters chose each category.

    Subjects may have different numbers of raters (Gwet's generalisation; subjects rated
    fewer than twice add only to the category shares)."""
    return _required(_from_counts(counts).fleiss_kappa, "Fleiss' κ")


def gwet_ac1(data: Sequence[Sequence[Any]]) -> float:
    """Gwet's AC1 of ``data`` (one sequence per coder, ``None`` for missing)."""
    return _required(multirater_statistics(_table(data)).gwet_ac1, "AC1")


def brennan_prediger(data: Sequence[Sequence[Any]], categories: int | None = None) -> float:
    """Brennan–Prediger's free-marginal κ, chance being 1/q with q = ``categories`` (default:
    the number of distinct values used)."""
    table = _table(data)
    observed = percent_agreement(data)
    size = categories or len(table.categories)
    if size < 2:
        raise AgreementError("The free-marginal κ needs at least two categories.")
    return (observed - 1 / size) / (1 - 1 / size)


def percent_agreement(data: Sequence[Sequence[Any]]) -> float:
    """The share of agreeing coder pairs per unit, averaged over units rated at least twice."""
    return _required(multirater_statistics(_table(data)).percent_agreement, "Percent agreement")


def multirater(data: Sequence[Sequence[Any]]) -> MultiRaterStatistics:
    """Percent agreement, Fleiss' κ, Brennan–Prediger and AC1 together (``None`` where 0/0)."""
    return multirater_statistics(_table(data))


def unitized_alpha(
    length: int,
    codings: Sequence[Iterable[Section]],
    variant: str = "u",
    value: Hashable | None = None,
) -> float:
    """Krippendorff's unitized α of one continuum of ``length`` characters.

    ``codings`` holds one list per coder of ``(start, end, value)`` sections, the text between
    them being gaps. ``variant``: "u" (uα, sections of different values of one coder must not
    overlap), "binary" (|uα: ``value`` against everything else, or any value against the gaps
    when ``value`` is None) or "cu" (cuα: only the text every coder coded; see
    :func:`unitized_alpha_details` for its coverage)."""
    result = unitized_alpha_details(length, codings, variant, value)
    return _required(result.alpha, "Unitized α")


def unitized_alpha_details(
    length: int, codings: Sequence[Iterable[Section]], variant: str = "u", value: Hashable | None = None
) -> UnitizedResult:
    """:func:`unitized_alpha` with its observed and expected disagreement and cuα's coverage."""
    return unitized_result(length, codings, variant, value)


def _table(data: Sequence[Sequence[Any]], level: str = "nominal") -> RatingTable:
    if level not in LEVELS:
        raise AgreementError(f"Unknown level of measurement '{level}'; use one of {', '.join(LEVELS)}.")
    if isinstance(data, str | bytes) or not all(isinstance(values, Sequence) for values in data):
        raise AgreementError("Give one sequence of unit values per coder, e.g. [[1, 2, None], [1, 3, 2]].")
    table = RatingTable.from_coder_sequences(data)
    if not table.units:
        raise AgreementError("There are no units: the coders' sequences are empty.")
    return table


def _from_counts(counts: Sequence[Sequence[float]]) -> MultiRaterStatistics:
    if not counts:
        raise AgreementError("There are no subjects: give one row of category counts per subject.")
    width = len(counts[0])
    if width < 1 or any(len(row) != width for row in counts):
        raise AgreementError("Each subject's row needs one count per category, the same categories for all.")
    if any(count < 0 or count != int(count) for row in counts for count in row):
        raise AgreementError("Category counts must be whole numbers of raters, zero or more.")
    if max(sum(row) for row in counts) < 2:
        raise AgreementError("Agreement needs at least two raters per subject.")
    return statistics_from_counts(((list(map(int, row)), 1.0) for row in counts), width)


def _kappa(stats: KappaStatistics) -> float:
    if stats.kappa is None:
        raise AgreementError(
            "κ is undefined here: both coders used one and the same category for every unit."
        )
    return stats.kappa


def _required(value: float | None, name: str) -> float:
    if value is None:
        raise AgreementError(
            f"{name} is undefined here: no unit was rated by two coders, or only one category was used."
        )
    return value
