"""The agreement engine's speed-ups change no figure: the figures memo the agreement window
keeps between reports (after any sequence of codings added and removed, a report computed with
the memo, filled by the reports before it, is exactly the report computed from scratch, every
figure and bootstrap bound included) and the documents the bootstrap draws with numpy."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caqda.core.agreement.bootstrap import Resampler, python_choices
from caqda.core.agreement.corpus import CorpusCode, CorpusDocument, build_corpus
from caqda.core.agreement.options import ReportOptions
from caqda.core.agreement.report import build_report

FAST = settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
CODES = (CorpusCode("P", "P"), CorpusCode("P/a", "a", "P"), CorpusCode("P/b", "b", "P"), CorpusCode("Q", "Q"))
LENGTHS = (120, 90, 150)
Coding = tuple[str, str, str, int, int]


@st.composite
def codings(draw: st.DrawFn) -> list[Coding]:
    """Up to 2 codings per document, code and coder."""
    found = []
    for index, length in enumerate(LENGTHS):
        for code in CODES:
            for coder in ("A", "B", "C"):
                for _ in range(draw(st.integers(0, 2))):
                    start = draw(st.integers(0, length - 1))
                    end = draw(st.integers(start + 1, min(length, start + 40)))
                    found.append((f"doc {index}", code.key, coder, start, end))
    return found


def documents() -> list[CorpusDocument]:
    cut = {
        length: tuple((start, min(length, start + 30)) for start in range(0, length, 30))
        for length in LENGTHS
    }
    return [
        CorpusDocument(f"doc {index}", length, {"paragraph": cut[length]})
        for index, length in enumerate(LENGTHS)
    ]


@st.composite
def edits(draw: st.DrawFn) -> list[tuple[str, Coding | int]]:
    """A sequence of codings added (a new span) or removed (by position)."""
    found: list[tuple[str, Coding | int]] = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            document = draw(st.integers(0, len(LENGTHS) - 1))
            start = draw(st.integers(0, LENGTHS[document] - 2))
            end = draw(st.integers(start + 1, LENGTHS[document]))
            code = draw(st.sampled_from(CODES)).key
            coder = draw(st.sampled_from(("A", "B", "C")))
            found.append(("add", (f"doc {document}", code, coder, start, end)))
        else:
            found.append(("remove", draw(st.integers(0, 10_000))))
    return found


def _report(raw: list[Coding], coders: tuple[str, ...], unit: str, memo: Any = None) -> dict[str, Any]:
    options = ReportOptions(coders=coders, unit=unit, bootstrap_samples=30)
    return build_report(build_corpus(coders, documents(), raw, CODES), options, memo).to_dict()


@FAST
@given(
    codings(),
    edits(),
    st.sampled_from(("character", "presence", "frequency", "paragraph")),
    st.sampled_from((("A", "B"), ("A", "B", "C"))),
)
def test_reports_with_the_memo_equal_reports_from_scratch(
    raw: list[Coding], changes: list[tuple[str, Coding | int]], unit: str, coders: tuple[str, ...]
) -> None:
    memo: dict[Any, Any] = {}
    current = list(raw)
    assert _report(current, coders, unit, memo) == _report(current, coders, unit)
    filled = len(memo)
    # Two coders' characters are measured as arrays (report_pairs), with no memo to fill.
    assert (filled > 0) != (unit == "character" and len(coders) == 2)
    assert _report(current, coders, unit, memo) == _report(current, coders, unit)
    assert len(memo) == filled  # nothing changed: every table was found
    for action, value in changes:
        if action == "add":
            assert isinstance(value, tuple)
            current.append(value)
        elif current:
            assert isinstance(value, int)
            current.pop(value % len(current))
        assert _report(current, coders, unit, memo) == _report(current, coders, unit)


@FAST
@given(st.integers(0, 2**64), st.integers(1, 300), st.integers(1, 20))
def test_document_draws_are_pythons_own_choices(seed: int, count: int, samples: int) -> None:
    """The bootstrap's documents, drawn with numpy, are the ones ``random.choices`` draws from
    the same seed (so intervals keep their seed)."""
    rng = random.Random(seed)
    expected = [rng.choices(range(count), k=count) for _ in range(samples)]
    assert python_choices(random.Random(seed), count, samples).tolist() == expected
    weights = Resampler.documents(count, samples, seed).weights
    assert weights == [[drawn.count(index) for index in range(count)] for drawn in expected]
