"""The social-media figures on a small export whose answers and times are known by hand."""

from __future__ import annotations

import numpy
import pytest

from caqda.core import documents
from caqda.core.analysis.social import social_report
from caqda.core.codebook import find_code
from caqda.core.codebook_files import load_builtin_codebook
from caqda.core.coders import ensure_coder
from caqda.core.coding import add_coding
from caqda.core.project import Project
from tests.conftest import FIXTURES

# customer post -> hours to the hospital's first answer (None: never answered), worked out by hand
EXPECTED_HOURS = {
    "Ana P.": 2.5,  # 13:00Z, answered 12:30-03:00 = 15:30Z
    "Beto R.": 24.0,  # the hospital answered the reply to his question, a day later
    "Carla S.": 23.0,
    "Dora M.": None,
    "Edu F.": 0.25,  # his first post; his follow-up was left unanswered
    "Gil V.": None,
}


@pytest.fixture
def social(project: Project) -> Project:
    load_builtin_codebook(project, "value-spheres")
    result = documents.import_file(project, FIXTURES / "social" / "answer_times.csv")
    assert result.document is not None
    text = documents.document_text(project, result.document.id)
    coder = ensure_coder(project, "Ana")
    for words, code in (
        ("Esperei três horas", "Complaint"),
        ("O estacionamento cobrou", "Complaint"),
        ("Qual o horário", "Question"),
        ("Equipe maravilhosa", "Compliment"),
    ):
        start = text.index(words)
        add_coding(
            project,
            document_id=result.document.id,
            code_id=find_code(project, code).id,
            coder_id=coder.id,
            start=start,
            end=start + len(words),
        )
    return project


def test_answers_and_answer_times(social: Project) -> None:
    report = social_report(social)
    customers = report.customer_posts
    assert len(report.posts) == 12 and len(customers) == 7
    first_posts = {}
    for post in customers:
        first_posts.setdefault(post.author, post)
    assert {a: p.first_answer_hours for a, p in first_posts.items()} == EXPECTED_HOURS
    follow_up = [p for p in customers if p.author == "Edu F."][1]
    assert follow_up.depth == 2 and not follow_up.answered
    summary = {row[0]: row[1] for row in report.summary.rows}
    assert summary == {
        "posts": 12,
        "threads": 6,
        "customer posts": 7,
        "answered": 4,
        "answered %": pytest.approx(100 * 4 / 7, abs=0.01),
        "threads started by a customer, unanswered": 1,
    }
    hours = [2.5, 24.0, 23.0, 0.25]
    rows = {(row[0], row[1]): row[2:] for row in report.answer_times.rows}
    for key, values in (
        (("all", "all"), hours),
        (("platform", "Facebook"), [2.5, 24.0, 23.0]),
        (("platform", "Instagram"), [0.25]),
        (("month", "2023-03"), [2.5, 24.0, 23.0]),
        (("month", "2023-04"), [0.25]),
    ):
        assert rows[key][0] == len(values)
        assert rows[key][1:] == pytest.approx(list(numpy.percentile(values, [25, 50, 75])), abs=0.01), key
    assert sorted(report.answer_hours) == sorted(hours)


def test_interaction_types_platform_months_and_unanswered_threads(social: Project) -> None:
    report = social_report(social)
    by_type = {row[0]: row[1:] for row in report.by_type.rows}
    assert by_type["Complaint"] == [2, 2, 100.0, pytest.approx(numpy.median([2.5, 0.25]), abs=0.01)]
    assert by_type["Question"] == [1, 1, 100.0, 24.0]
    assert by_type["Compliment"] == [1, 0, 0.0, None]
    assert by_type["(not coded)"] == [3, 1, pytest.approx(33.33, abs=0.01), 23.0]
    months = {row[0]: row[1:] for row in report.by_platform_month.rows}
    assert report.by_platform_month.value_columns == ["2023-03", "2023-04", "total"]
    assert months == {"Facebook": [3, 1, 4], "Instagram": [0, 3, 3]}
    assert len(report.unanswered.rows) == 1
    row = report.unanswered.rows[0]
    assert row[1:5] == ["Instagram", "2023-04-02", "Dora M.", "patient"]
    assert row[5] == "Compliment" and row[6] == 1
    text = documents.document_text(social, documents.list_documents(social)[0].id)
    assert text[row[7] :].startswith("Dora M. (paciente, Instagram, 2023-04-02): Equipe maravilhosa")


def test_without_exact_times_answers_count_in_days(social: Project) -> None:
    with social.transaction() as connection:  # as after a REFI-QDA exchange: only the day is left
        connection.execute("UPDATE speaker_turns SET timestamp = NULL")
    report = social_report(social)
    hours = {p.author: p.first_answer_hours for p in report.customer_posts if p.answered}
    assert hours == {"Ana P.": 0.0, "Beto R.": 24.0, "Carla S.": 24.0, "Edu F.": 0.0}
    assert any("whole days" in note for note in report.notes)


def test_a_project_without_social_media(project: Project) -> None:
    report = social_report(project)
    assert report.posts == [] and report.answer_hours == []
