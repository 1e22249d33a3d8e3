"""What a transcript reads when it opens: its codings' positions as integers, the memos of the
few that have one (through a partial index), uuids only for the rows asked for, and the review
marks of its codings. Each checked against the stored codings listed another way."""

from __future__ import annotations

import random

from caqda.core import codebook, coders, review
from caqda.core.coding import add_coding, coding_marks, coding_memos, coding_uuids, list_codings
from caqda.core.project import Project
from tests.conftest import add_text


def _coded(project: Project) -> tuple[int, int, list[int]]:
    text = " ".join(f"word{n}" for n in range(2_000))
    first = add_text(project, "First", text)
    second = add_text(project, "Second", text.replace("word1", "palavra1"))
    code = codebook.add_code(project, "Trust")
    ana, bruno = coders.ensure_coder(project, "Ana").id, coders.ensure_coder(project, "Bruno").id
    generator = random.Random(5)
    for _ in range(300):
        start = generator.randrange(0, len(text) - 50)
        add_coding(
            project,
            document_id=generator.choice([first, second]),
            code_id=code.id,
            coder_id=generator.choice([ana, bruno]),
            start=start,
            end=start + generator.randint(1, 50),
            memo=generator.choice(["", "", "", "look again", "why here?"]),
        )
    return first, ana, [ana, bruno]


def test_marks_memos_and_uuids_are_the_stored_codings(project: Project) -> None:
    first, ana, _ = _coded(project)
    stored = [c for c in list_codings(project) if c.document_id == first]
    assert sorted(coding_marks(project, first)) == sorted(
        (c.id, c.code_id, c.coder_id, c.start, c.end) for c in stored
    )
    assert sorted(coding_marks(project, first, (ana,))) == sorted(
        (c.id, c.code_id, c.coder_id, c.start, c.end) for c in stored if c.coder_id == ana
    )
    assert coding_memos(project, first) == {c.id: c.memo for c in stored if c.memo}
    assert coding_memos(project, first, (ana,)) == {
        c.id: c.memo for c in stored if c.memo and c.coder_id == ana
    }
    some = [c.id for c in stored[::3]] + [999_999]
    assert coding_uuids(project, some) == {c.id: c.uuid for c in stored[::3]}


def test_marks_are_read_from_the_index_alone(project: Project) -> None:
    plan = " ".join(
        str(row[3])
        for row in project.rows(
            'EXPLAIN QUERY PLAN SELECT id, code_id, coder_id, start, "end" FROM codings WHERE document_id = 1'
        )
    )
    assert "COVERING INDEX codings_coverage" in plan


def test_memos_are_read_through_the_partial_index(project: Project) -> None:
    plan = " ".join(
        str(row[3])
        for row in project.rows(
            "EXPLAIN QUERY PLAN SELECT id, memo FROM codings WHERE document_id = 1 AND memo != ''"
        )
    )
    assert "codings_with_memo" in plan


def test_document_marks_are_each_codings_newest_mark(project: Project) -> None:
    first, ana, (_, bruno) = _coded(project)
    stored = [c for c in list_codings(project) if c.document_id == first]
    assert review.document_marks(project, first) == {}
    review.mark_coding(project, stored[0].uuid, ana, "approved")
    review.mark_coding(project, stored[1].uuid, ana, "rejected")
    review.mark_coding(project, stored[1].uuid, bruno, "discuss")  # newest of any reviewer wins
    review.mark_coding(project, stored[2].uuid, ana, "approved")
    review.clear_mark(project, stored[2].uuid, ana)  # cleared: left out
    other = next(c for c in list_codings(project) if c.document_id != first)
    review.mark_coding(project, other.uuid, ana, "approved")  # another document's: left out
    assert review.document_marks(project, first) == {stored[0].id: "approved", stored[1].id: "discuss"}
