"""Random data sets against the reference packages (test-only dependencies), to 1e-9:
``krippendorff``, ``statsmodels``, ``scikit-learn``, ``irrCAC`` and, for unitized α,
``krippendorff-unitized-alpha`` (given complete partitions: its own gap filling is off by one)."""

from __future__ import annotations

import importlib
import math
import random
import warnings

import numpy as np
import pytest

from caqda import agreement
from caqda.core.agreement.figures import table_figures
from caqda.core.agreement.intervals import merge_intervals
from caqda.core.agreement.table import RatingTable
from caqda.core.agreement.unitized import partition
from caqda.core.agreement.units import character_table

TOLERANCE = 1e-9
SEEDS = range(12)


def random_ratings(seed: int, coders: int, units: int, values: int, missing: float) -> list[list[int | None]]:
    rng = random.Random(seed)
    data: list[list[int | None]] = []
    for _ in range(coders):
        data.append([None if rng.random() < missing else rng.randint(1, values) for _ in range(units)])
    return data


def as_array(data: list[list[int | None]]):  # type: ignore[no-untyped-def]
    return np.array([[np.nan if value is None else value for value in row] for row in data], dtype=float)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_alpha_matches_krippendorff_package(seed: int, level: str) -> None:
    krippendorff = importlib.import_module("krippendorff")
    rng = random.Random(seed)
    data = random_ratings(seed, rng.randint(2, 5), rng.randint(5, 40), rng.randint(2, 6), 0.2)
    expected = krippendorff.alpha(reliability_data=as_array(data), level_of_measurement=level)
    assert agreement.krippendorff_alpha(data, level=level) == pytest.approx(expected, abs=TOLERANCE)


@pytest.mark.parametrize("seed", SEEDS)
def test_character_alpha_matches_the_per_character_matrix(seed: int) -> None:
    """The interval sweep gives the α of the full characters × coders matrix."""
    krippendorff = importlib.import_module("krippendorff")
    rng = random.Random(seed)
    length = rng.randint(50, 400)
    coders = rng.randint(2, 4)
    spans = []
    for _ in range(coders):
        raw = []
        for _ in range(rng.randint(1, 6)):
            start = rng.randrange(length - 1)
            raw.append((start, rng.randint(start + 1, min(length, start + 80))))
        spans.append(merge_intervals(raw))
    matrix = np.zeros((coders, length))
    for row, own in enumerate(spans):
        for start, end in own:
            matrix[row, start:end] = 1
    table = character_table([f"c{i}" for i in range(coders)], spans, length)
    figures = table_figures(table)
    if len(np.unique(matrix)) < 2:
        return
    expected = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
    assert figures.alpha == pytest.approx(expected, abs=TOLERANCE)


@pytest.mark.parametrize("seed", SEEDS)
def test_cohen_kappa_matches_statsmodels_and_sklearn(seed: int) -> None:
    inter_rater = importlib.import_module("statsmodels.stats.inter_rater")
    metrics = importlib.import_module("sklearn.metrics")
    rng = random.Random(seed)
    size = rng.randint(2, 5)
    a = [rng.randint(1, size) for _ in range(rng.randint(20, 80))]
    b = [value if rng.random() < 0.6 else rng.randint(1, size) for value in a]
    assert agreement.cohen_kappa(a, b) == pytest.approx(metrics.cohen_kappa_score(a, b), abs=TOLERANCE)
    categories = sorted(set(a) | set(b))
    table = [
        [sum(1 for x, y in zip(a, b, strict=True) if (x, y) == (r, c)) for c in categories]
        for r in categories
    ]
    expected = inter_rater.cohens_kappa(np.array(table, dtype=float))
    stats = agreement.kappa_statistics(table)
    assert stats.kappa == pytest.approx(expected.kappa, abs=TOLERANCE)
    assert stats.kappa_se == pytest.approx(expected.std_kappa, abs=TOLERANCE)
    assert stats.kappa_se_null == pytest.approx(expected.std_kappa0, abs=TOLERANCE)
    assert agreement.cohen_kappa_table(table) == pytest.approx(expected.kappa, abs=TOLERANCE)


@pytest.mark.parametrize("seed", SEEDS)
def test_fleiss_kappa_matches_statsmodels(seed: int) -> None:
    inter_rater = importlib.import_module("statsmodels.stats.inter_rater")
    rng = random.Random(seed)
    raters, categories = rng.randint(2, 9), rng.randint(2, 6)
    counts = []
    for _ in range(rng.randint(5, 40)):
        row = [0] * categories
        for _ in range(raters):
            row[min(categories - 1, int(rng.random() ** 2 * categories))] += 1
        counts.append(row)
    expected = inter_rater.fleiss_kappa(np.array(counts), method="fleiss")
    assert agreement.fleiss_kappa(counts) == pytest.approx(expected, abs=TOLERANCE)


@pytest.mark.parametrize("seed", SEEDS)
def test_multirater_coefficients_match_irrcac(seed: int) -> None:
    pandas = importlib.import_module("pandas")
    raw = importlib.import_module("irrCAC.raw")
    rng = random.Random(seed)
    data = random_ratings(seed, rng.randint(2, 5), rng.randint(8, 40), rng.randint(2, 5), 0.15)
    frame = pandas.DataFrame(as_array(data).T)
    table = RatingTable.from_coder_sequences(data)
    categories = [float(value) for value in table.categories]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cac = raw.CAC(frame, categories=categories, digits=15)
        fleiss = cac.fleiss()["est"]
        gwet = cac.gwet()["est"]
        bp = cac.bp()["est"]
        alpha = cac.krippendorff()["est"]["coefficient_value"]
    stats = agreement.multirater(data)
    assert stats.percent_agreement == pytest.approx(fleiss["pa"], abs=TOLERANCE)
    assert stats.fleiss_kappa == pytest.approx(fleiss["coefficient_value"], abs=TOLERANCE)
    assert stats.gwet_ac1 == pytest.approx(gwet["coefficient_value"], abs=TOLERANCE)
    assert stats.brennan_prediger == pytest.approx(bp["coefficient_value"], abs=TOLERANCE)
    assert agreement.gwet_ac1(data) == pytest.approx(gwet["coefficient_value"], abs=TOLERANCE)
    assert agreement.krippendorff_alpha(data) == pytest.approx(alpha, abs=TOLERANCE)


def random_sections(rng: random.Random, length: int, values: list[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping valued sections (one coder's unitizing of a continuum)."""
    cuts = sorted(rng.sample(range(1, length), rng.randint(2, min(12, length - 1))))
    sections = []
    for start, end in zip([0, *cuts], [*cuts, length], strict=True):
        if rng.random() < 0.55:
            sections.append((start, end, rng.choice(values)))
    return sections


def package_alpha(length: int, codings: list[list[tuple[int, int, str]]], value: str | None = None) -> float:
    unitized = importlib.import_module("krippendorff_unitized_alpha.krippendorffs_unitized_alpha")
    data = {}
    for coder, sections in enumerate(codings):
        if value is not None:
            sections = [(s, e, v) for s, e, v in sections if v == value]
        complete = partition(length, sections)
        data[f"coder {coder}"] = [
            unitized.Segment(unitized.EMPTY_TAG if found is None else found, start, end)
            for start, end, found in complete
        ]
    with np.errstate(all="ignore"):
        return float(unitized.KrippendorffUnitizedAlpha(data).result)


@pytest.mark.parametrize("seed", SEEDS)
def test_unitized_alpha_matches_the_unitized_package(seed: int) -> None:
    rng = random.Random(seed)
    length = rng.randint(40, 300)
    values = ["A", "B", "C"][: rng.randint(1, 3)]
    codings = [random_sections(rng, length, values) for _ in range(rng.randint(2, 4))]
    expected = package_alpha(length, codings)
    if math.isnan(expected):
        return
    assert agreement.unitized_alpha(length, codings) == pytest.approx(expected, abs=TOLERANCE)
    binary = package_alpha(length, codings, values[0])
    if not math.isnan(binary):
        assert agreement.unitized_alpha(length, codings, "binary", values[0]) == pytest.approx(
            binary, abs=TOLERANCE
        )


@pytest.mark.parametrize("seed", SEEDS)
def test_unitized_alpha_matches_the_package_on_similar_coders(seed: int) -> None:
    """Coders who mostly agree (jittered boundaries, now and then another value)."""
    rng = random.Random(100 + seed)
    length = rng.randint(200, 600)
    base = random_sections(rng, length, ["A", "B", "C"])
    codings = []
    for _ in range(rng.randint(2, 4)):
        own = []
        previous_end = 0
        for start, end, value in base:
            start = max(previous_end, start + rng.randint(-3, 3))
            end = min(length, max(start + 1, end + rng.randint(-3, 3)))
            if start >= end or start >= length:
                continue
            if rng.random() < 0.1:
                value = rng.choice(["A", "B", "C"])
            own.append((start, end, value))
            previous_end = end
        codings.append(own)
    expected = package_alpha(length, codings)
    if math.isnan(expected):
        return
    assert expected <= 1
    assert agreement.unitized_alpha(length, codings) == pytest.approx(expected, abs=TOLERANCE)
    for value in ("A", "B"):
        binary = package_alpha(length, codings, value)
        if not math.isnan(binary):
            result = agreement.unitized_alpha(length, codings, "binary", value)
            assert result == pytest.approx(binary, abs=TOLERANCE)
