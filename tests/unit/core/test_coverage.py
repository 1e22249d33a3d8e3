"""Coded characters per document and coder (summary.coded_lengths, uncovered_length), checked
against marking every coded character in a set; the index they read exists in a new project."""

from __future__ import annotations

import random

import pytest

from caqda.core import codebook, coders, documents, summary
from caqda.core.coding import add_coding, list_codings, remove_coding
from caqda.core.project import Project


@pytest.fixture
def coded(project: Project) -> Project:
    generator = random.Random(5)
    text = "Interviewer: Hello.\n" + "word " * 400
    stored = documents.store_document(
        project, documents.prepare_text(text), name="One", source_name="one.txt", source_format="txt"
    ).document
    assert stored is not None
    code = codebook.add_code(project, "A")
    ids = [coders.ensure_coder(project, name).id for name in ("Ana", "Bruno")]
    for _ in range(120):
        start = generator.randrange(0, stored.characters - 60)
        add_coding(
            project,
            document_id=stored.id,
            code_id=code.id,
            coder_id=generator.choice(ids),
            start=start,
            end=start + generator.randint(1, 60),
        )
    return project


def marked(project: Project, skip: int | None = None) -> dict[tuple[int, int], set[int]]:
    characters: dict[tuple[int, int], set[int]] = {}
    for coding in list_codings(project):
        if coding.id != skip:
            characters.setdefault((coding.document_id, coding.coder_id), set()).update(
                range(coding.start, coding.end)
            )
    return characters


def test_coded_lengths_count_overlaps_once(coded: Project) -> None:
    expected = {key: len(chars) for key, chars in marked(coded).items()}
    assert summary.coded_lengths(coded) == expected
    first = next(iter(expected))
    assert summary.coded_lengths(coded, [first]) == {first: expected[first]}
    document_id, coder_id = first
    size = documents.get_document(coded, document_id).characters
    assert summary.coded_shares(coded)[(document_id, coder_id)] == pytest.approx(
        expected[(document_id, coder_id)] / size
    )


def test_uncovered_length_is_what_one_coding_alone_adds(coded: Project) -> None:
    for coding in list_codings(coded)[:40]:
        others = marked(coded, skip=coding.id).get((coding.document_id, coding.coder_id), set())
        alone = len(set(range(coding.start, coding.end)) - others)
        found = summary.uncovered_length(
            coded, coding.document_id, coding.coder_id, coding.start, coding.end, coding.id
        )
        assert found == alone
    removed = remove_coding(coded, list_codings(coded)[0].id)
    before = summary.coded_lengths(coded)[(removed.document_id, removed.coder_id)]
    others = marked(coded).get((removed.document_id, removed.coder_id), set())
    assert before == len(others)


def test_a_new_project_has_the_coverage_index(project: Project) -> None:
    names = {row[0] for row in project.rows("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"codings_coverage", "codings_coder_code", "documents_listing"} <= names
    listing = " ".join(
        str(row[3])
        for row in project.rows(
            "EXPLAIN QUERY PLAN SELECT id, uuid, name, kind, characters, source_name, source_format, "
            "sha256, imported_at, position FROM documents ORDER BY position, id"
        )
    )
    assert "COVERING INDEX documents_listing" in listing  # the listing never reads the texts
    plan = " ".join(
        str(row[3])
        for row in project.rows(
            'EXPLAIN QUERY PLAN SELECT start, "end" FROM codings WHERE document_id = 1 AND coder_id = 1 '
            "ORDER BY start"
        )
    )
    assert "COVERING INDEX codings_coverage" in plan
