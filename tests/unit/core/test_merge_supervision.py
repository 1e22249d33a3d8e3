"""Merging a supervisor's copy brings back its review marks and settled disagreements; blind
coders' copies do not show the others' reviews or settlements.

Every expected decision and consensus span is worked out by hand from what the test did; rows
are compared with the copy's own tables read with SQL, not with the merge's report.
"""

from __future__ import annotations

import time
from pathlib import Path

from caqda.core import adjudication, coders, review, team_copies
from caqda.core.merge import apply_merge, plan_merge, undo_merge
from caqda.core.project import Project
from tests.unit.core.test_adjudication import _build

# Ana's and Bruno's codings of "Praise", built as test_adjudication builds them: the
# disagreements are (50, 70) boundary, (100, 120) only Ana, (130, 140) only Bruno, (150, 160) only Ana.


def tick() -> None:
    time.sleep(0.005)  # changes are ordered by their millisecond time stamps


def _where(project: Project) -> adjudication.Scope:
    return adjudication.scope(project, "Ana", "Bruno", "Praise")


def _item(project: Project, start: int) -> adjudication.Disagreement:
    return next(d for d in adjudication.list_disagreements(project, _where(project)) if d.start == start)


def _settle(project: Project, start: int, take: str) -> None:
    adjudication.settle(project, _where(project), _item(project, start), take)


def _decisions(project: Project) -> dict[int, str]:
    return {row[0]: row[1] for row in project.rows("SELECT start, decision FROM adjudications")}


def _consensus(project: Project) -> list[tuple[int, int]]:
    return sorted((c.start, c.end) for c in adjudication.consensus_codings(project, _where(project)))


def _supervision(project: Project) -> dict[str, list[tuple[object, ...]]]:
    return {
        "marks": sorted(tuple(r) for r in project.rows(
            "SELECT m.uuid, m.coding_uuid, c.name, m.mark, m.comment, m.marked_at FROM review_marks m "
            "JOIN coders c ON c.id = m.reviewer_id")),
        "adjudications": sorted(tuple(r) for r in project.rows("SELECT * FROM adjudications")),
        "provenance": sorted(tuple(r) for r in project.rows("SELECT * FROM consensus_provenance")),
        "consensus": sorted(tuple(r) for r in project.rows("SELECT coder_id FROM consensus_coders")),
        "codings": sorted(tuple(r) for r in project.rows('SELECT uuid, start, "end" FROM codings')),
    }  # fmt: skip


def test_a_supervisors_copy_brings_back_reviews_and_settlements(project: Project, tmp_path: Path) -> None:
    uuids = _build(project, tmp_path)
    _settle(project, 50, "a")  # settled before the copy is made
    copy_path = tmp_path / "rita.caqda"
    team_copies.copy_for(project, "Rita", copy_path, blind=False)
    tick()
    with Project.open(copy_path) as copy:
        rita = coders.find_coder(copy, "Rita")
        copy.acting_coder = rita
        review.mark_coding(copy, uuids["Ana10"], rita.id, "approved")
        tick()
        review.mark_coding(copy, uuids["Bruno130"], rita.id, "rejected", "not praise but a request")
        tick()
        review.mark_coding(copy, uuids["Ana10"], rita.id, "discuss", "too long?")  # history of Ana10
        _settle(copy, 50, "both")  # settled again: replaces the decision made before the copy
        _settle(copy, 100, "a")
        _settle(copy, 130, "b")
        copy_marks = _supervision(copy)["marks"]
    tick()
    _settle(project, 130, "none")  # the supervisor settles (130, 140) too, differently, and later
    before = _supervision(project)

    plan = plan_merge(project, copy_path)
    clashes = [c for c in plan.conflicts if c.entity == "adjudication"]
    assert len(clashes) == 1 and "“Praise” in E01 130–140" in clashes[0].description
    assert any(line.startswith("  reviews: 3 marks added") for line in plan.describe())
    undo = apply_merge(project, plan)

    assert _supervision(project)["marks"] == copy_marks and len(copy_marks) == 3
    current = review.current_marks(
        project, [uuids["Ana10"]], reviewer_id=coders.find_coder(project, "Rita").id
    )
    assert current[uuids["Ana10"]].mark == "discuss"
    # (50, 70): the copy's "both" replaced "a"; (100, 120): the copy's "a"; (130, 140): this
    # project's "none" stays; (150, 160) was settled nowhere.
    assert _decisions(project) == {50: "both", 100: "a", 130: "none"}
    assert _consensus(project) == [(50, 70), (100, 120)]  # (130, 140) from the copy left out
    both = next(c for c in adjudication.consensus_codings(project, _where(project)) if c.start == 50)
    origin = adjudication.provenance(project, both.uuid)
    assert origin is not None and set(origin.source_codings) == {uuids["Ana50"], uuids["Bruno55"]}
    assert adjudication.progress(project, _where(project)) == (3, 4)

    assert plan_merge(project, copy_path).empty  # merging again brings nothing
    undo_merge(project, plan, undo)
    assert _supervision(project) == before
    assert _decisions(project) == {50: "a", 130: "none"}


def test_a_settlement_withdrawn_in_the_copy_is_withdrawn_here(project: Project, tmp_path: Path) -> None:
    _build(project, tmp_path)
    _settle(project, 100, "a")
    _settle(project, 150, "a")
    assert _consensus(project) == [(100, 120), (150, 160)]
    copy_path = tmp_path / "rita.caqda"
    team_copies.copy_for(project, "Rita", copy_path, blind=False)
    tick()
    with Project.open(copy_path) as copy:
        withdrawn = copy.scalar("SELECT uuid FROM adjudications WHERE start = 100")
        adjudication.withdraw(copy, [withdrawn])
    plan = plan_merge(project, copy_path)
    assert plan.supervision.adjudications_withdrawn == [withdrawn]
    apply_merge(project, plan)
    assert _decisions(project) == {150: "a"}
    assert _consensus(project) == [(150, 160)]  # its consensus coding went with it


def test_a_consensus_coder_made_in_the_copy_is_one_here(project: Project, tmp_path: Path) -> None:
    _build(project, tmp_path)
    copy_path = tmp_path / "rita.caqda"
    team_copies.copy_for(project, "Rita", copy_path, blind=False)
    tick()
    with Project.open(copy_path) as copy:
        _settle(copy, 100, "a")
    assert project.scalar("SELECT COUNT(*) FROM coders WHERE name = 'Consensus'") == 0
    apply_merge(project, plan_merge(project, copy_path))
    consensus = coders.find_coder(project, "Consensus")
    assert adjudication.is_consensus_coder(project, consensus.id)
    assert _consensus(project) == [(100, 120)]


def test_a_blind_copy_shows_no_settlements_or_reviews_of_the_others(project: Project, tmp_path: Path) -> None:
    uuids = _build(project, tmp_path)
    supervisor = coders.ensure_coder(project, "Rita")
    review.mark_coding(project, uuids["Bruno130"], supervisor.id, "rejected", "ZEBRA-NOTE on Bruno")
    review.mark_coding(project, uuids["Ana100"], supervisor.id, "approved", "ok for Ana")
    _settle(project, 50, "b")
    copy_path = tmp_path / "ana.caqda"
    team_copies.copy_for(project, "Ana", copy_path)
    raw = copy_path.read_bytes()
    assert b"ZEBRA-NOTE" not in raw
    with Project.open(copy_path) as copy:
        assert copy.scalar("SELECT COUNT(*) FROM adjudications") == 0
        assert copy.scalar("SELECT COUNT(*) FROM consensus_provenance") == 0
        assert [r[0] for r in copy.rows("SELECT coding_uuid FROM review_marks")] == [uuids["Ana100"]]
    # Merged back, the blind copy withdraws nothing and brings nothing of the supervisor's back twice.
    plan = plan_merge(project, copy_path)
    assert plan.supervision.empty
    apply_merge(project, plan)
    assert _decisions(project) == {50: "b"}
    assert project.scalar("SELECT COUNT(*) FROM review_marks") == 2
