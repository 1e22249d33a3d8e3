"""A corpus built from arrays of codings (``corpus_from_arrays``, what a project is read into)
is the corpus ``build_corpus`` makes from the same codings one by one: the merged spans
against ``merge_intervals``, the nested intervals made from them, the refusals."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caqda.core.agreement.corpus import (
    AgreementCorpus,
    CorpusCode,
    CorpusDocument,
    build_corpus,
    corpus_from_arrays,
)
from caqda.core.agreement.errors import AgreementError
from caqda.core.agreement.pair_counts import character_counts

FAST = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
CODES = (CorpusCode("P", "P"), CorpusCode("P/a", "a", "P"), CorpusCode("Q", "Q"))
DOCUMENTS = (CorpusDocument("one", 60), CorpusDocument("two", 0), CorpusDocument("three", 40))
CODERS = ("A", "B", "C")

rows = st.lists(
    st.tuples(
        st.sampled_from((0, 2)),
        st.integers(0, len(CODES) - 1),
        st.integers(0, len(CODERS) - 1),
        st.integers(0, 19),
        st.integers(1, 20),
    ).map(lambda row: (row[0], row[1], row[2], row[3], row[3] + row[4])),
    max_size=60,
)


def _named(codings: list[tuple[int, int, int, int, int]]) -> list[tuple[str, str, str, int, int]]:
    return [(DOCUMENTS[d].name, CODES[k].key, CODERS[c], s, e) for d, k, c, s, e in codings]


@FAST
@given(rows)
def test_arrays_make_the_corpus_build_corpus_makes(codings: list[tuple[int, int, int, int, int]]) -> None:
    by_arrays = corpus_from_arrays(CODERS, DOCUMENTS, CODES, np.array(codings, dtype=np.int64))
    one_by_one = build_corpus(CODERS, DOCUMENTS, _named(codings), CODES)
    assert by_arrays.coded_spans is not None

    def plain(corpus: AgreementCorpus) -> dict[str, Any]:
        return {name: {k: dict(v) for k, v in by_code.items()} for name, by_code in corpus.intervals.items()}

    assert plain(by_arrays) == plain(one_by_one)
    assert by_arrays == one_by_one
    keys = [code.key for code in CODES]
    assert character_counts(by_arrays, keys).tolist() == character_counts(one_by_one, keys).tolist()


def test_touching_spans_stay_apart_and_overlapping_ones_merge() -> None:
    codings = [(0, 0, 0, 0, 10), (0, 0, 0, 10, 20), (0, 0, 0, 15, 25), (0, 0, 0, 5, 8), (0, 0, 1, 30, 31)]
    corpus = corpus_from_arrays(CODERS, DOCUMENTS, CODES, np.array(codings))
    assert corpus.coder_spans("one", "P") == [((0, 10), (10, 25)), ((30, 31),), ()]


def test_a_coding_outside_its_document_is_refused_as_build_corpus_refuses_it() -> None:
    with pytest.raises(AgreementError, match="outside 'three'"):
        corpus_from_arrays(CODERS, DOCUMENTS, CODES, np.array([(0, 0, 0, 0, 5), (2, 1, 1, 30, 41)]))
