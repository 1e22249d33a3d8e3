"""Review: a supervisor marks codings approved, rejected or to discuss, with an optional comment.

Marks are kept per reviewer, with who and when; every act of marking is a new row (the history
of a coding's review) and an audit event, so the current mark of a (coding, reviewer) pair is
its newest row. A cleared mark is stored as a ``cleared`` row, which also lets an undo put the
previous mark back as a new act rather than rewriting history. Codings are referred to by uuid,
so a coding removed and restored (undo) keeps its marks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from caqda.core import audit
from caqda.core.coding import CodingFilter, coding_by_uuid, list_codings
from caqda.core.errors import CodingError, NotFoundError
from caqda.core.models import Coding
from caqda.core.project import Project, new_uuid, now

MARKS = ("approved", "rejected", "discuss")
CLEARED = "cleared"
UNREVIEWED = "unreviewed"


@dataclass(frozen=True)
class ReviewMark:
    """One reviewer's verdict on one coding."""

    coding_uuid: str
    reviewer_id: int
    reviewer: str
    mark: str
    comment: str
    marked_at: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "coding": self.coding_uuid,
            "reviewer": self.reviewer,
            "mark": self.mark,
            "comment": self.comment,
            "at": self.marked_at,
        }


def mark_coding(
    project: Project, coding_uuid: str, reviewer_id: int, mark: str, comment: str = ""
) -> ReviewMark | None:
    """Mark a coding for this reviewer; returns the reviewer's previous mark (None if there was
    none), which is what an undo puts back with :func:`restore_mark`."""
    if mark not in MARKS:
        raise CodingError(f"'{mark}' is not a review mark; use one of: {', '.join(MARKS)}.")
    return _write(project, coding_uuid, reviewer_id, mark, comment.strip())


def clear_mark(project: Project, coding_uuid: str, reviewer_id: int) -> ReviewMark | None:
    """Withdraw this reviewer's mark on a coding; returns the mark it had."""
    return _write(project, coding_uuid, reviewer_id, CLEARED, "")


def restore_mark(
    project: Project, coding_uuid: str, reviewer_id: int, previous: ReviewMark | None
) -> ReviewMark | None:
    """Put back ``previous`` (or no mark at all): the undo of a mark or a clear."""
    if previous is None:
        return clear_mark(project, coding_uuid, reviewer_id)
    return _write(project, coding_uuid, reviewer_id, previous.mark, previous.comment)


def _write(
    project: Project, coding_uuid: str, reviewer_id: int, mark: str, comment: str
) -> ReviewMark | None:
    coding = coding_by_uuid(project, coding_uuid)
    if coding is None:
        raise NotFoundError(f"There is no coding with uuid {coding_uuid}; nothing was marked.")
    reviewer = project.scalar("SELECT name FROM coders WHERE id = ?", (reviewer_id,))
    if reviewer is None:
        raise NotFoundError(f"There is no coder with id {reviewer_id}.")
    previous = current_marks(project, [coding_uuid], reviewer_id=reviewer_id).get(coding_uuid)
    with project.transaction() as connection:
        connection.execute(
            "INSERT INTO review_marks(uuid, coding_uuid, reviewer_id, mark, comment, marked_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (new_uuid(), coding_uuid, reviewer_id, mark, comment, now()),
        )
        audit.record(
            project,
            "clear review" if mark == CLEARED else "review coding",
            "coding",
            coding_uuid,
            before=None if previous is None else {"review": previous.mark, "comment": previous.comment},
            after=None if mark == CLEARED else {"review": mark, "comment": comment},
            coder_id=reviewer_id,
        )
    return previous


def current_marks(
    project: Project, coding_uuids: list[str] | None = None, *, reviewer_id: int | None = None
) -> dict[str, ReviewMark]:
    """The current mark of each marked coding: this reviewer's, or (None) the newest of any
    reviewer's. Cleared marks are left out."""
    sql = (
        "SELECT m.id, m.coding_uuid, m.reviewer_id, r.name, m.mark, m.comment, m.marked_at "
        "FROM review_marks m JOIN coders r ON r.id = m.reviewer_id"
    )
    clauses: list[str] = []
    parameters: list[Any] = []
    if reviewer_id is not None:
        clauses.append("m.reviewer_id = ?")
        parameters.append(reviewer_id)
    if coding_uuids is not None and len(coding_uuids) <= 500:
        clauses.append(f"m.coding_uuid IN ({','.join('?' * len(coding_uuids))})")
        parameters.extend(coding_uuids)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    latest: dict[tuple[str, int], tuple[int, ReviewMark]] = {}
    for row in project.rows(sql + " ORDER BY m.id", tuple(parameters)):
        latest[(row[1], row[2])] = (row[0], ReviewMark(row[1], row[2], row[3], row[4], row[5], row[6]))
    if not latest:  # no marks (most projects): no set of the 15,000 uuids a long document asks for
        return {}
    wanted = None if coding_uuids is None else set(coding_uuids)
    result: dict[str, tuple[int, ReviewMark]] = {}
    for (coding_uuid, _reviewer), (row_id, mark) in latest.items():
        if mark.mark == CLEARED or (wanted is not None and coding_uuid not in wanted):
            continue
        if coding_uuid not in result or result[coding_uuid][0] < row_id:
            result[coding_uuid] = (row_id, mark)
    return {coding_uuid: mark for coding_uuid, (_id, mark) in result.items()}


def document_marks(project: Project, document_id: int) -> dict[int, str]:
    """Coding id -> current mark (the newest of any reviewer), for the marked codings of one
    document: nothing read but one row when the project has no marks (most projects)."""
    if not project.scalar("SELECT EXISTS (SELECT 1 FROM review_marks)"):
        return {}
    marked = {
        uuid: coding_id
        for uuid, coding_id in project.rows(
            "SELECT uuid, id FROM codings "
            "WHERE document_id = ? AND uuid IN (SELECT coding_uuid FROM review_marks)",
            (document_id,),
        )
    }
    if not marked:
        return {}
    return {marked[uuid]: mark.mark for uuid, mark in current_marks(project, list(marked)).items()}


def mark_history(project: Project, coding_uuid: str) -> list[ReviewMark]:
    """Every act of marking this coding, oldest first (cleared ones included)."""
    return [
        ReviewMark(row[0], row[1], row[2], row[3], row[4], row[5])
        for row in project.rows(
            "SELECT m.coding_uuid, m.reviewer_id, r.name, m.mark, m.comment, m.marked_at "
            "FROM review_marks m JOIN coders r ON r.id = m.reviewer_id WHERE m.coding_uuid = ? ORDER BY m.id",
            (coding_uuid,),
        )
    ]


def review_queue(
    project: Project,
    *,
    code_ids: list[int] | None = None,
    coder_ids: list[int] | None = None,
    document_ids: list[int] | None = None,
    only_unreviewed: bool = False,
    reviewer_id: int | None = None,
) -> list[Coding]:
    """The codings to walk, in document order: those of these codes, coders and documents
    (None: all); ``only_unreviewed`` keeps those without a mark (by this reviewer, or by anyone)."""
    codings = list_codings(
        project,
        CodingFilter(
            document_ids=None if document_ids is None else tuple(document_ids),
            code_ids=None if code_ids is None else tuple(code_ids),
            coder_ids=None if coder_ids is None else tuple(coder_ids),
        ),
    )
    order = {
        row[0]: index
        for index, row in enumerate(project.rows("SELECT id FROM documents ORDER BY position, id"))
    }
    codings.sort(key=lambda coding: (order.get(coding.document_id, 0), coding.start, coding.end, coding.id))
    if only_unreviewed:
        marked = current_marks(project, reviewer_id=reviewer_id)
        codings = [coding for coding in codings if coding.uuid not in marked]
    return codings


def review_summary(project: Project, *, reviewer_id: int | None = None) -> dict[str, list[dict[str, Any]]]:
    """Counts of approved, rejected, to-discuss and unreviewed codings per coder and per code
    (by this reviewer's marks, or the newest mark of anyone)."""
    marks = current_marks(project, reviewer_id=reviewer_id)
    by_coder: dict[str, Counter[str]] = {}
    by_code: dict[str, Counter[str]] = {}
    rows = project.rows(
        "SELECT c.uuid, r.name AS coder, k.name AS code FROM codings c "
        "JOIN coders r ON r.id = c.coder_id JOIN codes k ON k.id = c.code_id"
    )
    for row in rows:
        verdict = marks[row[0]].mark if row[0] in marks else UNREVIEWED
        by_coder.setdefault(row[1], Counter())[verdict] += 1
        by_code.setdefault(row[2], Counter())[verdict] += 1
    return {
        "coders": _count_rows("coder", by_coder),
        "codes": _count_rows("code", by_code),
    }


def _count_rows(key: str, counts: dict[str, Counter[str]]) -> list[dict[str, Any]]:
    return [
        {
            key: name,
            **{mark: counter.get(mark, 0) for mark in (*MARKS, UNREVIEWED)},
            "total": sum(counter.values()),
        }
        for name, counter in sorted(counts.items(), key=lambda item: item[0].casefold())
    ]


def context_of(project: Project, coding: Coding, margin: int = 300) -> tuple[str, str, str]:
    """The coded passage with up to ``margin`` characters before and after it, cut at word
    boundaries: (before, passage, after), for showing a coding in its context."""
    text = project.scalar("SELECT text FROM documents WHERE id = ?", (coding.document_id,)) or ""
    start = max(0, coding.start - margin)
    end = min(len(text), coding.end + margin)
    before = text[start : coding.start]
    after = text[coding.end : end]
    if start > 0 and " " in before:
        before = "…" + before[before.index(" ") + 1 :]
    if end < len(text) and " " in after:
        after = after[: after.rindex(" ")] + "…"
    return before, text[coding.start : coding.end], after
