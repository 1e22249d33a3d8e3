"""Coding-query semantics on hand-made cases, and against per-character sets made in the test."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caqda.core.analysis.query import UnknownCodeError, run_query
from caqda.core.analysis.query_parser import QuerySyntaxError
from caqda.core.analysis.scope import AnalysisError, Filters
from caqda.core.errors import NotFoundError

from .conftest import INTERVIEW_A, Small


def spans(result) -> list[tuple[str, int, int]]:
    return [(p.document, p.start, p.end) for p in result.passages]


def test_overlap_at_a_single_character_is_found(small: Small) -> None:
    small.code("A", "Complaint", 50, 61)
    small.code("A", "Praise", 60, 70)
    result = run_query(small.project, "Complaint AND Praise")
    assert spans(result) == [("A", 60, 61)]
    assert result.passages[0].text == INTERVIEW_A[60:61]


def test_adjacent_codings_do_not_overlap(small: Small) -> None:
    small.code("A", "Complaint", 50, 60)
    small.code("A", "Praise", 60, 70)
    assert spans(run_query(small.project, "Complaint AND Praise")) == []
    # ... but they are one passage for OR, and within 0 characters of each other
    assert spans(run_query(small.project, "Complaint OR Praise")) == [("A", 50, 70)]
    assert spans(run_query(small.project, "Complaint WITHIN 0 Praise")) == [("A", 50, 60)]


def test_nested_codings(small: Small) -> None:
    small.code("A", "Complaint", 48, 100)
    small.code("A", "Praise", 60, 70)
    assert spans(run_query(small.project, "Complaint AND Praise")) == [("A", 60, 70)]
    assert spans(run_query(small.project, "Complaint AND NOT Praise")) == [("A", 48, 60), ("A", 70, 100)]
    assert spans(run_query(small.project, "Complaint NOT Praise")) == [("A", 48, 60), ("A", 70, 100)]
    assert spans(run_query(small.project, "Praise AND NOT Complaint")) == []


def test_a_parent_code_stands_for_its_subcodes(small: Small) -> None:
    small.code("A", "Praise", 60, 70)
    small.code("A", "Responding to interactions", 80, 90)
    assert spans(run_query(small.project, '"Joint sphere"')) == [("A", 60, 70), ("A", 80, 90)]
    assert spans(run_query(small.project, "Joint sphere › Praise")) == [("A", 60, 70)]
    assert spans(run_query(small.project, "joint sphere/praise")) == [("A", 60, 70)]


def test_codings_across_turns_and_the_turn_unit(small: Small) -> None:
    text = INTERVIEW_A
    first_answer = text.index("E05: We")
    second_question = text.index("Interviewer: And")
    last_answer = text.index("E05: The ward")
    # a complaint coding running from the first answer into the next question
    small.code("A", "Complaint", first_answer + 5, second_question + 8)
    small.code("A", "Process improvement", last_answer + 5, last_answer + 20)
    # character by character they do not meet
    assert spans(run_query(small.project, "Complaint AND Process improvement")) == []
    # the complaint touches two turns, neither holding process improvement
    turn_result = run_query(small.project, "Complaint AND NOT Process improvement", within="turn")
    first_turn_end = text.index("\n", first_answer)
    assert spans(turn_result) == [
        ("A", first_answer, first_turn_end),
        ("A", second_question, second_question + len("Interviewer: And then?")),
    ]
    assert [p.speaker for p in turn_result.passages] == ["E05", "Interviewer"]
    # within turns, the two are in different turns; within the document, together
    assert spans(run_query(small.project, "Complaint WITHIN turn Process improvement")) == []
    assert spans(run_query(small.project, "Complaint AND Process improvement", within="document")) == [
        ("A", 0, len(text))
    ]
    assert spans(run_query(small.project, "Complaint FOLLOWED BY Process improvement")) == [
        ("A", first_answer + 5, second_question + 8)
    ]
    assert spans(run_query(small.project, "Process improvement FOLLOWED BY Complaint")) == []
    assert spans(run_query(small.project, "Complaint FOLLOWED BY Process improvement WITHIN 5")) == []
    assert spans(run_query(small.project, "Complaint FOLLOWED BY Process improvement WITHIN turn")) == []


def test_within_characters_counts_the_gap(small: Small) -> None:
    small.code("A", "Complaint", 50, 60)
    small.code("A", "Praise", 75, 80)
    assert spans(run_query(small.project, "Complaint WITHIN 14 Praise")) == []
    assert spans(run_query(small.project, "Complaint WITHIN 15 characters Praise")) == [("A", 50, 60)]
    assert spans(run_query(small.project, "Praise WITHIN 15 Complaint")) == [("A", 75, 80)]


def test_sentence_unit(small: Small) -> None:
    text = INTERVIEW_A
    small.code("A", "Complaint", text.index("every complaint"), text.index("every complaint") + 5)
    small.code("A", "Praise", text.index("Praise is"), text.index("Praise is") + 6)
    assert spans(run_query(small.project, "Complaint WITHIN sentence Praise")) == []
    assert len(run_query(small.project, "Complaint WITHIN turn Praise").passages) == 1
    assert len(run_query(small.project, "Complaint WITHIN paragraph Praise").passages) == 1


def test_filters_coders_attributes_documents_speakers(small: Small) -> None:
    small.code("A", "Complaint", 50, 60, coder="Ana")
    small.code("B", "Complaint", 60, 70, coder="Bruno")
    small.code("B", "Complaint", 5, 12, coder="Bruno")  # in the interviewer's turn
    project = small.project
    assert spans(run_query(project, "Complaint", filters=Filters.of(coders=["Ana"]))) == [("A", 50, 60)]
    assert spans(run_query(project, "Complaint", filters=Filters.of(where=["department=communication"]))) == [
        ("B", 5, 12),
        ("B", 60, 70),
    ]
    assert spans(run_query(project, "Complaint", filters=Filters.of(documents=["A"]))) == [("A", 50, 60)]
    assert spans(run_query(project, "Complaint", filters=Filters.of(speakers=["E07"]))) == [("B", 60, 70)]
    # NOT stays inside the chosen speakers' turns
    not_result = run_query(project, "NOT Complaint", filters=Filters.of(speakers=["E05"]))
    assert all(p.speaker == "E05" for p in not_result.passages)
    with pytest.raises(AnalysisError, match=r"attribute called 'Ward'.*Department"):
        run_query(project, "Complaint", filters=Filters.of(where=["Ward=3"]))
    with pytest.raises(NotFoundError, match="Carla"):
        run_query(project, "Complaint", filters=Filters.of(coders=["Carla"]))
    with pytest.raises(NotFoundError, match="E99"):
        run_query(project, "Complaint", filters=Filters.of(speakers=["E99"]))


@pytest.mark.parametrize(
    ("query", "position", "words"),
    [
        ("Complaint AND", 13, "ends where a code name"),
        ("Complaint AND (Praise OR", 24, "ends where"),
        ("(Complaint AND Praise", 21, "not closed"),
        ("Complaint) OR Praise", 9, "no opening"),
        ('Complaint AND "Praise', 14, "not closed"),
        ("Complaint WITHIN Praise", 17, "number of characters"),
        ("Complaint FOLLOWED Praise", 19, "BY"),
        ("", 0, "empty"),
    ],
)
def test_syntax_errors_point_at_the_position(small: Small, query: str, position: int, words: str) -> None:
    with pytest.raises(QuerySyntaxError) as raised:
        run_query(small.project, query)
    assert raised.value.position == position
    assert words in str(raised.value)
    assert str(raised.value).splitlines()[-1] == "  " + " " * position + "^"


def test_unknown_and_ambiguous_codes_are_named_with_their_position(small: Small) -> None:
    with pytest.raises(UnknownCodeError) as raised:
        run_query(small.project, "Complaint AND NOT Responding to interaction")
    assert raised.value.position == 18
    assert "did you mean 'Responding to interactions'" in str(raised.value)
    with pytest.raises(UnknownCodeError, match="did you mean 'Responding to interactions'"):
        run_query(small.project, "Complaint AND NOT Respondng")
    from caqda.core import codebook

    codebook.add_code(small.project, "Praise", parent_id=small.codes["Provider sphere"])
    with pytest.raises(UnknownCodeError, match="Joint sphere › Praise; Provider sphere › Praise"):
        run_query(small.project, "Complaint OR Praise")


def test_keywords_are_capitals_only_so_names_may_hold_and(small: Small) -> None:
    from caqda.core import codebook

    code = codebook.add_code(small.project, "Word of mouth and reputation")
    from caqda.core.coding import add_coding

    add_coding(
        small.project,
        document_id=small.docs["A"],
        code_id=code.id,
        coder_id=small.coders["Ana"],
        start=1,
        end=4,
    )
    assert spans(run_query(small.project, "Word of mouth and reputation")) == [("A", 1, 4)]


# -- against per-character sets ------------------------------------------------------------
CODES = ("Complaint", "Praise", "Process improvement")
coding_lists = st.lists(
    st.tuples(st.sampled_from(CODES), st.integers(0, 120), st.integers(1, 30)), min_size=1, max_size=12
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(codings=coding_lists)
def test_boolean_queries_match_character_sets(small: Small, codings: list[tuple[str, int, int]]) -> None:
    project = small.project
    project.connection.execute("DELETE FROM codings")
    covered: dict[str, set[int]] = {name: set() for name in CODES}
    for name, start, length in codings:
        end = min(start + length, len(INTERVIEW_A))
        small.code("A", name, start, end)
        covered[name] |= set(range(start, end))
    everything = set(range(len(INTERVIEW_A)))
    c, p, i = (covered[name] for name in CODES)
    expected = {
        "Complaint AND Praise": c & p,
        "Complaint OR Praise": c | p,
        "Complaint AND NOT Praise": c - p,
        "NOT Complaint": everything - c,
        "(Complaint OR Praise) AND NOT Process improvement": (c | p) - i,
        "Complaint AND Praise OR Process improvement": (c & p) | i,
        "NOT (Complaint AND Praise) AND Process improvement": i - (c & p),
    }
    for query, characters in expected.items():
        found = set()
        for passage in run_query(project, query, filters=Filters.of(documents=["A"])).passages:
            found |= set(range(passage.start, passage.end))
            # a passage is a maximal run: its neighbours are outside the set
            assert passage.start - 1 not in characters and passage.end not in characters
        assert found == characters, query
