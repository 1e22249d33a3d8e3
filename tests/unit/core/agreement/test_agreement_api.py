"""The scripting API (``caqda.agreement``): plain floats and dataclasses back, and a plain
error for input that cannot be measured."""

from __future__ import annotations

import pytest

from caqda import agreement
from caqda.core.agreement import AgreementError
from caqda.core.errors import CaqdaError


def test_module_reexports_the_engine() -> None:
    import caqda.core.agreement as core

    for name in core.__all__:
        assert getattr(agreement, name) is getattr(core, name)
    assert issubclass(AgreementError, CaqdaError)


def test_results_are_plain_floats() -> None:
    data = [[1, 2, 2, 1, None], [1, 2, 1, 1, 2]]
    for value in (
        agreement.krippendorff_alpha(data),
        agreement.cohen_kappa(["a", "b", "a"], ["a", "b", "b"]),
        agreement.cohen_kappa_table([[20, 5], [10, 15]]),
        agreement.fleiss_kappa([[2, 0], [1, 1], [0, 2]]),
        agreement.scott_pi([1, 2, 1], [1, 2, 2]),
        agreement.gwet_ac1(data),
        agreement.brennan_prediger(data),
        agreement.percent_agreement(data),
        agreement.unitized_alpha(50, [[(0, 10, "x")], [(0, 12, "x")]]),
    ):
        assert type(value) is float


def test_kappa_statistics_explain_high_agreement_with_low_kappa() -> None:
    stats = agreement.kappa_statistics([[90, 4], [5, 1]])
    assert stats.percent_agreement == pytest.approx(0.91)
    assert stats.pabak == pytest.approx(0.82)
    assert stats.prevalence_index == pytest.approx(0.89)
    assert stats.bias_index == pytest.approx(0.01)
    assert stats.kappa is not None and stats.kappa < 0.2
    low, high = stats.kappa_interval()  # type: ignore[misc]
    assert low < stats.kappa < high


def test_cohen_kappa_skips_units_a_coder_left_empty() -> None:
    assert agreement.cohen_kappa([1, 2, None, 1], [1, 2, 2, None]) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: agreement.krippendorff_alpha([[1, 2, 3]]), "at least two coders"),
        (lambda: agreement.krippendorff_alpha([[1, 2], [1, 2, 3]]), "one value per unit"),
        (lambda: agreement.krippendorff_alpha([[], []]), "no units"),
        (lambda: agreement.krippendorff_alpha([[1, 1], [1, 1]]), "undefined"),
        (lambda: agreement.krippendorff_alpha([[1, 2], [2, 1]], level="fuzzy"), "level"),
        (lambda: agreement.krippendorff_alpha([["a", "b"], ["a", "a"]], level="interval"), "numbers"),
        (lambda: agreement.cohen_kappa([1, 2], [1]), "same units"),
        (lambda: agreement.cohen_kappa([None], [1]), "both coders"),
        (lambda: agreement.cohen_kappa([1, 1], [1, 1]), "undefined"),
        (lambda: agreement.cohen_kappa_table([[1, 2]]), "square"),
        (lambda: agreement.cohen_kappa_table([[0, 0], [0, 0]]), "no units"),
        (lambda: agreement.fleiss_kappa([]), "no subjects"),
        (lambda: agreement.fleiss_kappa([[1, 0], [0, 1]]), "two raters"),
        (lambda: agreement.fleiss_kappa([[1, 1], [2]]), "one count per category"),
        (lambda: agreement.unitized_alpha(10, [[(0, 5, "a")]]), "two coders"),
        (lambda: agreement.unitized_alpha(0, [[], []]), "positive"),
        (lambda: agreement.unitized_alpha(10, [[], []]), "undefined"),
    ],
)
def test_impossible_input_raises_a_plain_words_error(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AgreementError, match=message):
        call()


def test_corpus_refuses_one_coder_and_codings_outside_a_document() -> None:
    document = agreement.CorpusDocument("d", 10)
    with pytest.raises(AgreementError, match="at least two coders"):
        agreement.build_corpus(["a"], [document], [])
    with pytest.raises(AgreementError, match="outside"):
        agreement.build_corpus(["a", "b"], [document], [("d", "x", "a", 5, 20)])


def test_report_from_a_corpus_built_in_a_script() -> None:
    corpus = agreement.build_corpus(
        ["a", "b"],
        [agreement.CorpusDocument("d1", 100), agreement.CorpusDocument("d2", 80)],
        [("d1", "x", "a", 0, 10), ("d1", "x", "b", 0, 10), ("d2", "x", "a", 5, 20), ("d2", "y", "b", 5, 20)],
    )
    report = agreement.build_report(corpus, agreement.ReportOptions(coders=("a", "b"), bootstrap_samples=20))
    assert [row.code for row in report.codes] == ["x", "y"]
    assert [item.document for item in report.row("x").documents] == ["d1", "d2"]
    assert report.row("x").documents[0].figures.kappa == pytest.approx(1.0)
    kinds = [item.kind for item in agreement.disagreements(corpus, report, "x")]
    assert kinds == [agreement.DIFFERENT_CODE]
