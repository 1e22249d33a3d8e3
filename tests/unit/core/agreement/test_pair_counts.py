"""The character unit for two coders measured as arrays (``pair_counts``, ``report_pairs``)
gives what the general path gives: the counts against a plain per-character recount made
here, every figure against ``table_figures`` of the same table, and whole reports (bootstrap
bounds included) against the report the general tally path builds."""

from __future__ import annotations

import json
import random
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caqda.core.agreement import report as report_module
from caqda.core.agreement.bootstrap import Resampler
from caqda.core.agreement.corpus import CorpusCode, CorpusDocument, build_corpus
from caqda.core.agreement.figures import table_figures
from caqda.core.agreement.options import ReportOptions
from caqda.core.agreement.pair_counts import character_counts, pair_figures, pair_interval
from caqda.core.agreement.report import build_report
from caqda.core.agreement.table import RatingTable
from caqda.core.agreement.tallies import TableTallier

FAST = settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
CODES = (CorpusCode("P", "P"), CorpusCode("P/a", "a", "P"), CorpusCode("P/b", "b", "P"), CorpusCode("Q", "Q"))
LENGTHS = (120, 0, 90, 150)
Coding = tuple[str, str, str, int, int]


@st.composite
def codings(draw: st.DrawFn, coders: tuple[str, ...] = ("A", "B", "C")) -> list[Coding]:
    found = []
    for index, length in enumerate(LENGTHS):
        if not length:
            continue
        for code in CODES:
            for coder in coders:
                for _ in range(draw(st.integers(0, 3))):
                    start = draw(st.integers(0, length - 1))
                    end = draw(st.integers(start + 1, min(length, start + 50)))
                    found.append((f"doc {index}", code.key, coder, start, end))
    return found


def documents() -> list[CorpusDocument]:
    return [CorpusDocument(f"doc {index}", length) for index, length in enumerate(LENGTHS)]


def recount(raw: list[Coding], coders: tuple[str, ...]) -> np.ndarray:
    """``counts[document, code, mask]`` by marking every character of every coding."""
    counts = np.zeros((len(LENGTHS), len(CODES), 1 << len(coders)), dtype=np.int64)
    for index, length in enumerate(LENGTHS):
        for position, code in enumerate(CODES):
            masks = [0] * length
            for document, key, coder, start, end in raw:
                if document == f"doc {index}" and key == code.key and coder in coders:
                    for character in range(start, end):
                        masks[character] |= 1 << coders.index(coder)
            for mask in masks:
                counts[index, position, mask] += 1
    return counts


@FAST
@given(codings(), st.sampled_from((("A", "B"), ("B", "C"), ("A", "B", "C"))))
def test_counts_are_the_characters_each_set_of_coders_coded(
    raw: list[Coding], coders: tuple[str, ...]
) -> None:
    corpus = build_corpus(coders, documents(), raw, CODES)
    found = character_counts(corpus, [code.key for code in CODES])
    assert found.tolist() == recount(raw, coders).tolist()


def _table(counts: list[int]) -> RatingTable:
    return RatingTable.binary(("A", "B"), dict(enumerate(counts)))


@FAST
@given(
    st.lists(
        st.lists(st.one_of(st.integers(0, 3), st.integers(0, 10**7)), min_size=4, max_size=4),
        min_size=1,
        max_size=30,
    )
)
def test_figures_are_the_general_paths_floats(tables: list[list[int]]) -> None:
    tables += [[0, 0, 0, 0], [7, 0, 0, 0], [0, 0, 0, 5], [0, 3, 4, 0], [1, 0, 0, 1], [2, 1, 1, 0]]
    found = pair_figures(np.array(tables))
    for counts, figures in zip(tables, found, strict=True):
        expected = table_figures(_table(counts))
        assert figures == expected, counts
        assert list(vars(figures).items()) == list(vars(expected).items())  # JSON keys in order
        assert [type(value) for value in vars(figures).values()] == [
            type(value) for value in vars(expected).values()
        ]


def test_figures_agree_on_many_random_tables() -> None:
    """Squares as Python takes them: a few in a thousand differ with numpy's own."""
    rng = random.Random(5)
    tables = [[rng.randrange(0, 50_000) for _ in range(4)] for _ in range(3000)]
    found = pair_figures(np.array(tables))
    for counts, figures in zip(tables, found, strict=True):
        assert vars(figures) == vars(table_figures(_table(counts)))


@FAST
@given(
    st.lists(st.lists(st.integers(0, 400), min_size=4, max_size=4), min_size=1, max_size=12),
    st.integers(0, 9),
)
def test_interval_is_the_general_paths(tables: list[list[int]], seed: int) -> None:
    options = ReportOptions(coders=("A", "B"), bootstrap_samples=40, seed=seed)
    resampler = Resampler.documents(len(tables), 40, seed)
    corpus = build_corpus(("A", "B"), documents(), [], CODES)
    expected = TableTallier(corpus, options).interval([_table(counts) for counts in tables], resampler)
    assert pair_interval(np.array(tables), resampler, options.confidence, options.thresholds) == expected


def _general(corpus: Any, options: ReportOptions) -> Any:
    """The report through the general tally path (the array path switched off)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(report_module, "_two_coder_characters", lambda corpus, options: False)
        return build_report(corpus, options)


@FAST
@given(
    codings(("A", "B")),
    st.sampled_from((0, 25)),
    st.sampled_from((None, ("P/a",), ("P", "Q"), ("P/b", "P/a"))),
)
def test_reports_are_the_general_paths(
    raw: list[Coding], samples: int, codes: tuple[str, ...] | None
) -> None:
    corpus = build_corpus(("A", "B"), documents(), raw, CODES, codes or ())
    options = ReportOptions(coders=("A", "B"), bootstrap_samples=samples)
    assert report_module._two_coder_characters(corpus, options)
    general = _general(corpus, options)
    # JSON straight from the columns: the same text, keys in the same order.
    assert json.dumps(build_report(corpus, options).to_dict()) == json.dumps(general.to_dict())
    by_arrays = build_report(corpus, options)
    # The rows' per-document figures are made when first read, and are the same.
    assert by_arrays.pooled == general.pooled
    assert [row.figures for row in by_arrays.codes] == [row.figures for row in general.codes]
    assert by_arrays == general
    assert by_arrays.codes[0].documents == general.codes[0].documents
    assert tuple(by_arrays.documents) == general.documents
    assert json.dumps(by_arrays.to_dict()) == json.dumps(general.to_dict())
