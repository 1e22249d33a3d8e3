"""Published worked examples (AGREEMENT.md, "Checking the numbers"), to 1e-6."""

from __future__ import annotations

import pytest

from caqda import agreement
from caqda.core.agreement.units import character_table

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders × 12 units.
K2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]

# Fleiss (1971) as reproduced in the spec: 10 subjects × 5 categories, 14 raters each.
FLEISS = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


@pytest.mark.parametrize(
    ("level", "expected"),
    [("nominal", 0.743421), ("ordinal", 0.815388), ("interval", 0.849107), ("ratio", 0.797403)],
)
def test_alpha_matches_krippendorff_2011(level: str, expected: float) -> None:
    assert agreement.krippendorff_alpha(K2011, level=level) == pytest.approx(expected, abs=1e-6)


def test_alpha_paper_rounding() -> None:
    rounded = [round(agreement.krippendorff_alpha(K2011, level=level), 3) for level in ("nominal", "ordinal")]
    assert rounded == [0.743, 0.815]


def test_fleiss_kappa_matches_published_example() -> None:
    assert agreement.fleiss_kappa(FLEISS) == pytest.approx(0.209931, abs=1e-6)


def test_cohen_kappa_of_the_classic_table() -> None:
    assert agreement.cohen_kappa_table([[20, 5], [10, 15]]) == pytest.approx(0.4, abs=1e-6)


def test_nvivo_help_example_percent_agreement() -> None:
    # 1,000 characters: 50 coded by both, 150 by one coder only, 800 by neither.
    ana = ((0, 150),)
    bruno = ((100, 200),)
    table = character_table(("Ana", "Bruno"), [ana, bruno], 1000)
    stats = agreement.kappa_statistics([[800, 50], [100, 50]])
    assert stats.percent_agreement == pytest.approx(0.85, abs=1e-6)
    from caqda.core.agreement.figures import table_figures

    result = table_figures(table)
    assert result.percent_agreement == pytest.approx(0.85, abs=1e-6)
    # κ by the spec's formula: EF = A·B/L + (L−A)(L−B)/L.
    a, b, length, both, neither = 150, 100, 1000, 50, 800
    expected_agreement = a * b / length + (length - a) * (length - b) / length
    kappa = (both + neither - expected_agreement) / (length - expected_agreement)
    assert result.kappa == pytest.approx(kappa, abs=1e-12)
    assert result.coded_agreement == pytest.approx(50 / 200)
