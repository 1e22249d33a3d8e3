"""Unit builders and the small pieces under them: intervals, segments with tolerance,
predefined units, sentences, the continuum variants, the bootstrap and the labels."""

from __future__ import annotations

import random
import statistics

import pytest

from caqda import agreement
from caqda.core.agreement.bootstrap import binomial, multinomial
from caqda.core.agreement.intervals import clusters, intersect, merge_intervals, overlap_ratio, union
from caqda.core.agreement.segments import matched, segment_tally
from caqda.core.agreement.sentences import sentence_spans
from caqda.core.agreement.units import frequency_table, predefined_table, presence_table, unit_coverage


def test_merging_joins_overlaps_but_keeps_touching_segments_apart() -> None:
    assert merge_intervals([(5, 9), (0, 3), (2, 4), (9, 12), (7, 8), (20, 20)]) == ((0, 4), (5, 9), (9, 12))
    assert union([((0, 3),), ((3, 5), (8, 9))]) == ((0, 5), (8, 9))
    assert intersect(((0, 10), (20, 30)), ((5, 25),)) == ((5, 10), (20, 25))
    assert clusters([((0, 10),), ((8, 12), (30, 31))]) == [(0, 12), (30, 31)]


def test_overlap_ratio_is_intersection_over_union() -> None:
    assert overlap_ratio((0, 100), (10, 100)) == pytest.approx(0.9)
    assert overlap_ratio((0, 10), (10, 20)) == 0.0


def test_segments_agree_at_the_tolerance() -> None:
    ana = ((0, 100), (200, 250), (400, 410))
    bruno = ((10, 100), (200, 300), (600, 700))
    assert matched(ana, bruno, 0.9) == [True, False, False]
    assert matched(ana, bruno, 0.5) == [True, True, False]
    tally = segment_tally([ana, bruno], 0.9)
    assert (tally.total, tally.agreements) == (6, 2)
    loose = segment_tally([ana, bruno], 0.5)
    assert loose.agreements == 4
    with pytest.raises(agreement.AgreementError, match="tolerance"):
        segment_tally([ana, bruno], 0)


def test_segments_of_three_coders_agree_only_when_every_other_coder_matches() -> None:
    tally = segment_tally([((0, 10),), ((0, 10),), ((50, 60),)], 0.9)
    assert tally.agreeing == (0, 0, 0)
    assert tally.for_pair(0, 1).agreements == 2


def test_predefined_units_carry_a_code_by_share() -> None:
    units = [(0, 10), (10, 20), (20, 40)]
    assert unit_coverage(((5, 25),), units) == [5, 10, 5]
    any_overlap = predefined_table(("a", "b"), [((5, 25),), ((0, 10),)], units)
    assert any_overlap.patterns == {(True, True): 1, (True, False): 2}
    half = predefined_table(("a", "b"), [((5, 25),), ((0, 10),)], units, min_share=0.5)
    assert half.patterns == {(True, True): 1, (True, False): 1, (False, False): 1}


def test_presence_and_frequency_tables() -> None:
    spans = [((0, 5), (10, 20)), ()]
    assert presence_table(("a", "b"), spans).patterns == {(True, False): 1}
    assert frequency_table(("a", "b"), spans).patterns == {(2, 0): 1}


def test_sentences_split_sensibly() -> None:
    text = "Interviewer: Dr. Lima, how was 2023? E05: Good. We grew 3.5 times… really! and then. OK"
    pieces = [text[start:end] for start, end in sentence_spans(text)]
    assert pieces == [
        "Interviewer: Dr. Lima, how was 2023?",
        "E05: Good.",
        "We grew 3.5 times… really! and then.",
        "OK",
    ]
    assert sentence_spans("One. Two.\n\nThree.", [(0, 9), (11, 17)]) == [(0, 4), (5, 9), (11, 17)]


def test_unitized_variants() -> None:
    length = 100
    ana = [(0, 20, "A"), (40, 60, "B")]
    bruno = [(0, 20, "A"), (40, 60, "A")]
    assert agreement.unitized_alpha(length, [ana, ana]) == pytest.approx(1.0)
    both = agreement.unitized_alpha_details(length, [ana, bruno], "cu")
    assert both.coverage == pytest.approx(1.0)
    assert both.alpha is not None and both.alpha < 1
    # |uα of "any code vs gap" sees no difference: both coders coded the same stretches.
    assert agreement.unitized_alpha(length, [ana, bruno], "binary") == pytest.approx(1.0)
    assert agreement.unitized_alpha(length, [ana, bruno], "binary", "A") < 1
    with pytest.raises(agreement.AgreementError, match="overlap"):
        agreement.unitized_alpha(length, [[(0, 20, "A"), (10, 30, "B")], bruno])
    with pytest.raises(agreement.AgreementError, match="inside"):
        agreement.unitized_alpha(length, [[(0, 120, "A")], bruno])
    with pytest.raises(agreement.AgreementError, match="variant"):
        agreement.unitized_alpha(length, [ana, bruno], "x")


def test_binomial_and_multinomial_draws_have_the_right_moments() -> None:
    rng = random.Random(1)
    for trials, chance in ((30, 0.1), (1000, 0.3), (10_000, 0.9)):
        draws = [binomial(trials, chance, rng) for _ in range(3000)]
        assert statistics.fmean(draws) == pytest.approx(trials * chance, rel=0.03)
        assert statistics.pvariance(draws) == pytest.approx(trials * chance * (1 - chance), rel=0.15)
        assert all(0 <= value <= trials for value in draws)
    counts = multinomial(1000, [1, 0, 3], rng)
    assert sum(counts) == 1000 and counts[1] == 0


def test_alpha_interval_brackets_alpha() -> None:
    rng = random.Random(3)
    truth = [rng.randint(1, 4) for _ in range(200)]
    noisy = [value if rng.random() < 0.8 else rng.randint(1, 4) for value in truth]
    result = agreement.alpha_interval([truth, noisy], samples=300, seed=2)
    assert result.low is not None and result.high is not None
    assert result.low < result.alpha < result.high
    assert result.samples == 300 and result.resampled == "units"
    assert [threshold for threshold, _ in result.below] == [0.667, 0.8]
    assert all(0 <= share <= 1 for _, share in result.below)
    again = agreement.alpha_interval([truth, noisy], samples=300, seed=2)
    assert again == result


def test_labels_stand_beside_values() -> None:
    assert [agreement.kappa_label(v) for v in (-0.1, 0.1, 0.3, 0.5, 0.7, 0.9)] == [
        "poor",
        "slight",
        "fair",
        "moderate",
        "substantial",
        "almost perfect",
    ]
    assert [agreement.alpha_label(v) for v in (0.5, 0.7, 0.85)] == ["unreliable", "tentative", "reliable"]
    assert agreement.kappa_label(None) is None


def test_bootstraps_equal_recomputing_each_replicate_from_scratch() -> None:
    """The fast paths (shared dot products, reduced uα sums) give exactly the α a replicate
    would have if its documents or units were added up and measured again."""
    from caqda.core.agreement.alpha import alpha_from_coincidences, coincidences
    from caqda.core.agreement.bootstrap import (
        Resampler,
        bootstrap_alpha,
        bootstrap_unitized,
        interval_from_replicates,
    )
    from caqda.core.agreement.table import RatingTable, add_tables
    from caqda.core.agreement.unitized import (
        add_unitized,
        alpha_from_tally,
        partition,
        sums_of,
        tally_partitions,
    )

    rng = random.Random(5)
    continua, tables = [], []
    for _ in range(9):
        length = rng.randint(50, 200)
        codings = []
        for _coder in range(3):
            cuts = sorted(rng.sample(range(1, length), 6))
            codings.append(
                [
                    (a, b, rng.choice("xy"))
                    for a, b in zip(cuts[::2], cuts[1::2], strict=True)
                    if rng.random() < 0.8
                ]
            )
        continua.append(tally_partitions([partition(length, own) for own in codings]))
        tables.append(
            RatingTable.from_units(
                ("a", "b", "c"), [[rng.randint(1, 3) for _ in range(3)] for _ in range(15)]
            )
        )
    resampler = Resampler.documents(len(continua), 50, seed=4)

    def naive(values: list[float | None]) -> tuple[float | None, float | None]:
        result = interval_from_replicates(None, [v for v in values if v is not None], "documents", 0.9, ())
        return result.low, result.high

    fast = bootstrap_unitized([sums_of(t) for t in continua], resampler, confidence=0.9, thresholds=())
    slow = [
        alpha_from_tally(
            add_unitized([t for t, w in zip(continua, weights, strict=True) for _ in range(w)])
        ).alpha
        for weights in resampler.weights
    ]
    assert (fast.low, fast.high) == pytest.approx(naive(slow), abs=1e-9)

    categories = (1, 2, 3)
    items = [coincidences(RatingTable(t.coders, t.patterns, categories)) for t in tables]
    for level in ("nominal", "interval"):
        fast = bootstrap_alpha(items, resampler, level, confidence=0.9, thresholds=())
        slow = []
        for weights in resampler.weights:
            pooled = add_tables([t for t, w in zip(tables, weights, strict=True) for _ in range(w)])
            assert pooled is not None
            slow.append(
                alpha_from_coincidences(
                    coincidences(RatingTable(pooled.coders, pooled.patterns, categories)), level
                )
            )
        assert (fast.low, fast.high) == pytest.approx(naive(slow), abs=1e-9)

    few = RatingTable.from_units(
        ("a", "b"), [(1, 1), (2, 2), (1, 2), (3, 3), (2, 3)]
    )  # few units: drawn one by one
    patterns = list(few.patterns.items())
    units = Resampler.units([count for _, count in patterns], 40, seed=1)
    assert all(sum(weights) == 5 for weights in units.weights)
    assert units.resampled == "units"
