"""Properties that must hold for any data (hypothesis): identical coders agree perfectly,
results do not depend on the order of coders or documents, and merging a coder's overlapping
segments changes nothing."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caqda import agreement
from caqda.core.agreement.corpus import AgreementCorpus, CorpusCode, CorpusDocument, build_corpus
from caqda.core.agreement.intervals import coverage_by_mask, merge_intervals
from caqda.core.agreement.options import ReportOptions
from caqda.core.agreement.report import build_report
from caqda.core.agreement.table import RatingTable
from caqda.core.agreement.unitized import continuum_tally, partition

FAST = settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
CODES = (CorpusCode("P", "P"), CorpusCode("P/a", "a", "P"), CorpusCode("P/b", "b", "P"), CorpusCode("Q", "Q"))
LENGTHS = (120, 90, 150)


@st.composite
def spans(draw: st.DrawFn, length: int, most: int = 5) -> list[tuple[int, int]]:
    found = []
    for _ in range(draw(st.integers(0, most))):
        start = draw(st.integers(0, length - 1))
        found.append((start, draw(st.integers(start + 1, min(length, start + 40)))))
    return found


@st.composite
def codings(
    draw: st.DrawFn, coders: tuple[str, ...] = ("A", "B", "C")
) -> list[tuple[str, str, str, int, int]]:
    found = []
    for index, length in enumerate(LENGTHS):
        for code in CODES:
            for coder in coders:
                for start, end in draw(spans(length, 3)):
                    found.append((f"doc {index}", code.key, coder, start, end))
    return found


def documents(units: bool = True) -> list[CorpusDocument]:
    made = []
    for index, length in enumerate(LENGTHS):
        cuts = {"paragraph": tuple((start, min(length, start + 30)) for start in range(0, length, 30))}
        made.append(CorpusDocument(f"doc {index}", length, cuts if units else {}))
    return made


def corpus(
    raw: list[tuple[str, str, str, int, int]], coders: tuple[str, ...] = ("A", "B", "C")
) -> AgreementCorpus:
    return build_corpus(coders, documents(), raw, CODES)


def report(source: AgreementCorpus, unit: str, samples: int = 40) -> dict[str, Any]:
    options = ReportOptions(coders=source.coders, unit=unit, bootstrap_samples=samples)
    return build_report(source, options).to_dict()


def assert_close(first: Any, second: Any, path: str = "") -> None:
    if isinstance(first, dict):
        assert first.keys() == second.keys(), path
        for key in first:
            assert_close(first[key], second[key], f"{path}.{key}")
    elif isinstance(first, list):
        assert len(first) == len(second), path
        for index, (a, b) in enumerate(zip(first, second, strict=True)):
            assert_close(a, b, f"{path}[{index}]")
    elif isinstance(first, float) and isinstance(second, float):
        assert first == pytest.approx(second, abs=1e-9), path
    else:
        assert first == second, path


UNITS = ("character", "segment", "presence", "frequency", "paragraph", "continuum")


@FAST
@given(
    st.lists(st.lists(st.integers(1, 4), min_size=3, max_size=20), min_size=1, max_size=1), st.integers(2, 5)
)
def test_identical_coders_give_one(values: list[list[int]], coders: int) -> None:
    data = values * coders
    if len(set(values[0])) > 1:
        for level in ("nominal", "ordinal", "interval", "ratio"):
            assert agreement.krippendorff_alpha(data, level) == pytest.approx(1.0)
        assert agreement.cohen_kappa(values[0], values[0]) == pytest.approx(1.0)
        assert agreement.multirater(data).fleiss_kappa == pytest.approx(1.0)
        assert agreement.gwet_ac1(data) == pytest.approx(1.0)
    assert agreement.percent_agreement(data) == pytest.approx(1.0)


@FAST
@given(codings(coders=("A",)))
def test_identical_coders_agree_perfectly_in_every_unit(raw: list[tuple[str, str, str, int, int]]) -> None:
    doubled = raw + [(document, code, "B", start, end) for document, code, _, start, end in raw]
    source = corpus(doubled, ("A", "B"))
    for unit in UNITS:
        result = report(source, unit, samples=0)
        for row in [result["pooled"], *result["codes"]]:
            if unit == "continuum":
                assert row["alpha"] in (None, pytest.approx(1.0)), unit
            else:
                assert row["percent_agreement"] in (None, pytest.approx(1.0)), unit
                assert row["kappa"] in (None, pytest.approx(1.0)), unit
                assert row["alpha"] in (None, pytest.approx(1.0)), unit


@FAST
@given(codings(), st.permutations((0, 1, 2)), st.permutations((0, 1, 2)), st.sampled_from(UNITS))
def test_results_do_not_depend_on_coder_or_document_order(
    raw: list[tuple[str, str, str, int, int]], coder_order: list[int], document_order: list[int], unit: str
) -> None:
    coders = ("A", "B", "C")
    first = report(corpus(raw), unit)
    shuffled = build_corpus(
        tuple(coders[i] for i in coder_order), [documents()[i] for i in document_order], raw, CODES
    )
    second = report(shuffled, unit)
    for key in ("pooled",):
        assert_close(first[key], second[key], key)
    for a, b in zip(first["codes"], second["codes"], strict=True):
        a = {k: v for k, v in a.items() if k not in ("documents", "pairs")}
        b = {k: v for k, v in b.items() if k not in ("documents", "pairs")}
        assert_close(a, b, a["path"])
    by_name = {item["document"]: item for item in second["documents"]}
    for item in first["documents"]:
        assert_close(item, by_name[item["document"]], item["document"])
    pairs = {tuple(sorted(item["coders"])): item for item in second["pairs"]}
    for item in first["pairs"]:
        other = dict(pairs[tuple(sorted(item["coders"]))])
        other["coders"] = item["coders"]
        assert_close(item, other, str(item["coders"]))


@FAST
@given(codings(), st.data(), st.sampled_from(UNITS))
def test_merging_a_coders_overlapping_segments_changes_nothing(
    raw: list[tuple[str, str, str, int, int]], data: st.DataObject, unit: str
) -> None:
    extra = []
    for document, code, coder, start, end in raw:
        if end - start >= 4 and data.draw(st.booleans()):
            cut = data.draw(st.integers(start + 1, end - 2))
            # the same text coded again in two overlapping pieces
            extra += [(document, code, coder, start, cut + 1), (document, code, coder, cut, end)]
    assert_close(report(corpus(raw), unit), report(corpus(raw + extra), unit))


@FAST
@given(st.integers(1, 200), st.lists(spans(200, 6), min_size=1, max_size=4))
def test_interval_sweep_equals_counting_characters(length: int, raw: list[list[tuple[int, int]]]) -> None:
    merged = [merge_intervals((s, min(e, length)) for s, e in own if s < length) for own in raw]
    expected: dict[int, int] = {}
    for position in range(length):
        mask = sum(1 << i for i, own in enumerate(merged) if any(s <= position < e for s, e in own))
        expected[mask] = expected.get(mask, 0) + 1
    assert coverage_by_mask(merged, length) == expected


@FAST
@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=2, max_size=60))
def test_pabak_prevalence_and_bias_explain_kappa(units: list[tuple[bool, bool]]) -> None:
    table = RatingTable.from_units(("a", "b"), units, (False, True))
    both = sum(1 for unit in units if unit == (True, True))
    neither = sum(1 for unit in units if unit == (False, False))
    stats = agreement.kappa_statistics(
        [[neither, units.count((False, True))], [units.count((True, False)), both]]
    )
    assert table.units == len(units)
    if stats.kappa is not None:
        pi, bi = stats.prevalence_index or 0.0, stats.bias_index or 0.0
        denominator = 1 - pi**2 + bi**2
        if denominator > 1e-9:
            assert stats.kappa == pytest.approx((stats.pabak - pi**2 + bi**2) / denominator, abs=1e-9)
    if stats.scott_pi is not None:
        assert agreement.multirater(
            [[a for a, _ in units], [b for _, b in units]]
        ).fleiss_kappa == pytest.approx(stats.scott_pi, abs=1e-9)


@FAST
@given(st.lists(spans(80, 4), min_size=2, max_size=3), st.lists(spans(60, 4), min_size=3, max_size=3))
def test_pooling_continua_equals_laying_them_end_to_end(
    first: list[list[tuple[int, int]]], second: list[list[tuple[int, int]]]
) -> None:
    second = second[: len(first)]
    parts = [[partition(80, [(s, e, "x") for s, e in own]) for own in first]]
    parts.append([partition(60, [(s, e, "x") for s, e in own]) for own in second])
    joined = [
        partition(140, [(s, e, "x") for s, e in a] + [(s + 80, e + 80, "x") for s, e in b])
        for a, b in zip(first, second, strict=True)
    ]
    pooled = (continuum_tally(parts[0]) + continuum_tally(parts[1])).unitized()
    whole = continuum_tally(joined).unitized()
    # Sections touching at the seam stay separate sections either way.
    assert pooled.coincidences.keys() == whole.coincidences.keys()
    for key, value in whole.coincidences.items():
        assert pooled.coincidences[key] == pytest.approx(value)
    for key, value in whole.self_pairs.items():
        assert pooled.self_pairs[key] == pytest.approx(value)
    assert not math.isnan(pooled.total)
