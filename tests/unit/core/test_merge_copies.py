"""Two coders work in blind copies while the supervisor keeps working; both copies come back.

Every expected count is made by hand from what the test did (or counted in the project with
SQL before the merge), never taken from the merge's own report.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from caqda.core import codebook, coders, memos, schema, team_copies
from caqda.core.coding import (
    CodingFilter,
    add_coding,
    coding_by_uuid,
    list_codings,
    remove_coding,
    resize_coding,
)
from caqda.core.errors import ProjectCorruptError, ProjectError, ProjectLockedError, ProjectTooNewError
from caqda.core.merge import MergeRefusedError, apply_merge, plan_merge, undo_merge
from caqda.core.project import Project
from caqda.core.tombstones import tombstones


def tick() -> None:
    """Let the clock move on: changes are ordered by their millisecond time stamps."""
    time.sleep(0.005)


def state(project: Project) -> dict[str, list[tuple[object, ...]]]:
    """Everything a merge may change, as sorted rows (the audit trail apart)."""
    return {
        "codings": sorted(tuple(r) for r in project.rows(
            'SELECT uuid, document_id, code_id, coder_id, start, "end", memo, updated_at FROM codings')),
        "codes": sorted(tuple(r) for r in project.rows("SELECT * FROM codes")),
        "memos": sorted(tuple(r) for r in project.rows("SELECT * FROM memos")),
        "tombstones": sorted(tuple(r) for r in project.rows("SELECT * FROM tombstones")),
        "coders": sorted(tuple(r) for r in project.rows("SELECT * FROM coders")),
        "documents": sorted(tuple(r) for r in project.rows("SELECT uuid, name FROM documents")),
    }  # fmt: skip


class Team:
    """The supervisor's project, Ana's and Bruno's blind copies, and what each of them did."""

    def __init__(self, folder: Path, main: Project) -> None:
        self.main = main
        self.ana_path, self.bruno_path = folder / "ana.caqda", folder / "bruno.caqda"
        team_copies.copy_for(main, "Ana", self.ana_path)
        team_copies.copy_for(main, "Bruno", self.bruno_path)
        tick()
        ana, bruno = coders.find_coder(main, "Ana"), coders.find_coder(main, "Bruno")
        self.anas = list_codings(main, CodingFilter(coder_ids=(ana.id,)))
        self.brunos = list_codings(main, CodingFilter(coder_ids=(bruno.id,)))
        self.shared = codebook.find_code(main, "Customer sphere/Emotional value")
        self.brunos_on_shared = {c.uuid for c in self.brunos if c.code_id == self.shared.id}
        assert self.brunos_on_shared and any(c.code_id == self.shared.id for c in self.anas)
        self.a = self.anas[:5]  # a[0], a[1] resized; a[2], a[3] removed (a[2] changed here later)
        self.b = next(c for c in self.brunos if c.code_id != self.shared.id)
        with Project.open(self.ana_path) as copy:
            copy.acting_coder = coders.find_coder(copy, "Ana")
            self.ana_uuid = copy.acting_coder.uuid
            for coding in self.a[:2]:
                resize_coding(copy, coding.id, coding.start, coding.end + 3)
            for coding in self.a[2:4]:
                remove_coding(copy, coding.id)
            trust = codebook.add_code(copy, "Trust", parent_id=codebook.find_code(copy, "Customer sphere").id)
            peer = codebook.find_code(copy, "Peer support")
            codebook.rename_code(copy, peer.id, "Peer support among patients")
            for start, code_id in ((10, trust.id), (200, peer.id), (400, peer.id)):
                add_coding(copy, document_id=1, code_id=code_id, coder_id=copy.acting_coder.id, start=start,
                           end=start + 40)  # fmt: skip
            memos.add_memo(copy, "Ana: E01 talks about trust", coder_id=copy.acting_coder.id,
                           target_kind="document", target_id=1)  # fmt: skip
        with Project.open(self.bruno_path) as copy:
            copy.acting_coder = coders.find_coder(copy, "Bruno")
            empowerment = codebook.find_code(copy, "Patient empowerment")
            for start in (60, 600):
                add_coding(copy, document_id=2, code_id=empowerment.id, coder_id=copy.acting_coder.id,
                           start=start, end=start + 30)  # fmt: skip
            remove_coding(copy, self.b.id)
            peer = codebook.find_code(copy, "Peer support")
            codebook.rename_code(copy, peer.id, "Mutual support")
            value = codebook.find_code(copy, "Emotional value")
            codebook.update_code(copy, empowerment.id, definition="Bruno's")
            codebook.delete_code(copy, value.id)  # Ana still uses it: must stay, and be listed
        tick()
        # The supervisor changes two of Ana's codings after Ana did: here is newer.
        main.acting_coder = coders.ensure_coder(main, "Supervisor")
        resize_coding(main, self.a[1].id, self.a[1].start, self.a[1].end + 7)
        resize_coding(main, self.a[2].id, self.a[2].start + 1, self.a[2].end)
        tick()


@pytest.fixture
def team(demo: Project, tmp_path: Path) -> Iterator[Team]:
    yield Team(tmp_path, demo)


def test_two_blind_copies_come_back_with_additions_changes_deletions_and_conflicts(team: Team) -> None:
    main = team.main
    codings_before = main.scalar("SELECT COUNT(*) FROM codings")

    plan = plan_merge(main, team.ana_path)
    counts = plan.counts()
    assert (counts["codings_added"], counts["codings_changed"], counts["codings_deleted"]) == (3, 1, 1)
    assert (counts["codes_added"], counts["codes_changed"], counts["codes_deleted"]) == (1, 1, 0)
    assert (counts["memos_added"], counts["coders"], counts["documents"]) == (1, 0, 0)
    assert {c.uuid for c in plan.conflicts} == {team.a[1].uuid, team.a[2].uuid}
    assert main.scalar("SELECT COUNT(*) FROM codings") == codings_before  # the preview wrote nothing
    apply_merge(main, plan)
    assert main.scalar("SELECT COUNT(*) FROM codings") == codings_before + 3 - 1
    assert coding_by_uuid(main, team.a[0].uuid).end == team.a[0].end + 3  # type: ignore[union-attr]
    assert coding_by_uuid(main, team.a[1].uuid).end == team.a[1].end + 7  # type: ignore[union-attr]
    assert coding_by_uuid(main, team.a[2].uuid) is not None  # changed here after Ana removed it
    assert coding_by_uuid(main, team.a[3].uuid) is None
    [stone] = [t for t in tombstones(main, "coding") if t.uuid == team.a[3].uuid]
    assert stone.deleted_by == team.ana_uuid
    assert codebook.find_code(main, "Customer sphere/Peer support among patients")
    assert codebook.find_code(main, "Customer sphere/Trust")
    assert [m.text for m in memos.list_memos(main)] == ["Ana: E01 talks about trust"]

    bruno_plan = plan_merge(main, team.bruno_path)
    counts = bruno_plan.counts()
    deleted = {team.b.uuid} | team.brunos_on_shared
    assert (counts["codings_added"], counts["codings_changed"], counts["codings_deleted"]) == (
        2,
        0,
        len(deleted),
    )
    assert (counts["codes_added"], counts["codes_changed"], counts["codes_deleted"]) == (0, 1, 0)
    kinds = sorted(c.description.split(":")[1].strip()[:20] for c in bruno_plan.conflicts)
    assert len(bruno_plan.conflicts) == 2, kinds
    assert {c.uuid for c in bruno_plan.conflicts} == {
        codebook.find_code(main, "Peer support among patients").uuid,
        team.shared.uuid,
    }
    apply_merge(main, bruno_plan)
    assert main.scalar("SELECT COUNT(*) FROM codings") == codings_before + 3 - 1 + 2 - len(deleted)
    assert codebook.find_code(main, "Peer support among patients")  # both renamed it: ours is kept...
    peer = codebook.find_code(main, "Peer support among patients")
    assert any("Mutual support" in m.text for m in memos.list_memos(main, "code", peer.id))  # ...and theirs
    assert codebook.get_code(main, team.shared.id)  # deleted by Bruno, used by Ana: kept
    assert codebook.find_code(main, "Patient empowerment").definition == "Bruno's"
    assert {t.uuid for t in tombstones(main, "coding")} >= deleted | {team.a[3].uuid}

    # Merging the same copies again changes nothing and lists nothing.
    before = state(main)
    for path in (team.ana_path, team.bruno_path):
        again = plan_merge(main, path)
        assert again.empty and not again.conflicts, again.describe()
        apply_merge(main, again)
    assert state(main) == before


def test_undoing_a_merge_restores_the_project_exactly(team: Team) -> None:
    main = team.main
    before = state(main)
    events = main.scalar("SELECT COUNT(*) FROM audit_events")
    plan = plan_merge(main, team.ana_path)
    undo = apply_merge(main, plan)
    assert state(main) != before
    undo_merge(main, plan, undo)
    assert state(main) == before
    actions = [r[0] for r in main.rows("SELECT action FROM audit_events ORDER BY id DESC LIMIT 2")]
    assert actions == ["undo merge", "merge project"]
    assert main.scalar("SELECT COUNT(*) FROM audit_events") == events + 2
    redo = apply_merge(main, plan)  # redo: the same plan applies again
    assert plan_merge(main, team.ana_path).empty and redo.inserted["codings"]


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_bad_copies_are_refused_and_nothing_changes(team: Team, tmp_path: Path) -> None:
    main = team.main
    before, main_file = state(main), _fingerprint(main.path)

    with Project.create(tmp_path / "other.caqda") as other:
        codebook.add_code(other, "Peer support")
        team_copies.copy_for(other, "Ana", tmp_path / "other-ana.caqda")
    with pytest.raises(MergeRefusedError, match=r"another project .'other'."):
        plan_merge(main, tmp_path / "other-ana.caqda")

    damaged = tmp_path / "damaged.caqda"
    data = bytearray(team.ana_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    damaged.write_bytes(bytes(data))
    with pytest.raises(ProjectCorruptError, match=r"damaged.*Nothing was merged"):
        plan_merge(main, damaged)

    locked = pytest.raises(ProjectLockedError, match=r"open in another caqda window.*Nothing was merged")
    with Project.open(team.bruno_path), locked:  # the copy is open in another window
        plan_merge(main, team.bruno_path)

    newer = tmp_path / "newer.caqda"
    newer.write_bytes(team.ana_path.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(ProjectTooNewError, match="newer version of caqda"):
        plan_merge(main, newer)

    with pytest.raises(MergeRefusedError, match="into itself"):
        plan_merge(main, main.path)
    with pytest.raises(MergeRefusedError, match="into itself"):
        plan_merge(main, main.path.parent / "." / main.path.name)

    stranger = tmp_path / "stranger.caqda"
    Project.create(stranger).close()  # not a copy, and shares nothing with this project
    with pytest.raises(MergeRefusedError, match="not a copy of this project"):
        plan_merge(main, stranger)

    assert isinstance(MergeRefusedError("x"), ProjectError)
    assert state(main) == before and _fingerprint(main.path) == main_file


def test_memos_moves_and_deletions_on_the_other_side(demo: Project, tmp_path: Path) -> None:
    """Memos edited on both sides or deleted in the copy, a code moved in the copy, a code the
    supervisor deleted while the coder still used it, a coding removed here but changed there."""
    ana = coders.find_coder(demo, "Ana")
    edited = memos.add_memo(demo, "First thoughts", coder_id=ana.id)
    dropped = memos.add_memo(demo, "To be dropped", coder_id=ana.id)
    used = codebook.find_code(demo, "Customer sphere/Emotional value")
    anas = list_codings(demo, CodingFilter(coder_ids=(ana.id,)))
    resized = next(c for c in anas if c.code_id != used.id)
    team_copies.copy_for(demo, "Ana", tmp_path / "ana.caqda")
    tick()
    with Project.open(tmp_path / "ana.caqda") as copy:
        copy.acting_coder = coders.find_coder(copy, "Ana")
        memos.edit_memo(copy, edited.id, text="Ana's second thoughts")
        memos.delete_memo(copy, dropped.id)
        codebook.move_code(
            copy, codebook.find_code(copy, "Peer support").id, codebook.find_code(copy, "Joint sphere").id
        )
        new = add_coding(copy, document_id=3, code_id=used.id, coder_id=ana.id, start=5, end=25)
        resize_coding(copy, resized.id, resized.start, resized.end + 2)
    tick()
    demo.acting_coder = coders.ensure_coder(demo, "Supervisor")
    memos.edit_memo(demo, edited.id, text="The supervisor's reading")
    on_used = len(list_codings(demo, CodingFilter(code_ids=(used.id,))))
    codebook.delete_code(demo, used.id)
    remove_coding(demo, resized.id)
    tick()
    before = state(demo)

    plan = plan_merge(demo, tmp_path / "ana.caqda")
    counts = plan.counts()
    assert (counts["memos_added"], counts["memos_changed"], counts["memos_deleted"]) == (0, 0, 1)
    assert (counts["codes_added"], counts["codes_changed"], counts["codes_deleted"]) == (1, 1, 0)
    assert (counts["codings_added"], counts["codings_changed"], counts["codings_deleted"]) == (1, 0, 0)
    assert {c.uuid: c.entity for c in plan.conflicts} == {
        edited.uuid: "memo",
        used.uuid: "code",
        resized.uuid: "coding",
    }
    assert "stays deleted" in next(c.description for c in plan.conflicts if c.uuid == resized.uuid)
    assert on_used > 1 and "1 codings" not in " ".join(plan.notes)

    undo = apply_merge(demo, plan)
    assert memos.get_memo(demo, edited.id).text == "The supervisor's reading"
    assert dropped.uuid in {t.uuid for t in tombstones(demo, "memo")}
    assert codebook.code_path(demo, codebook.find_code(demo, "Peer support")) == "Joint sphere › Peer support"
    back = codebook.find_code(demo, "Emotional value")
    assert back.uuid == used.uuid and used.uuid not in {t.uuid for t in tombstones(demo, "code")}
    assert [c.uuid for c in list_codings(demo, CodingFilter(code_ids=(back.id,)))] == [new.uuid]
    assert coding_by_uuid(demo, resized.uuid) is None
    undo_merge(demo, plan, undo)
    assert state(demo) == before
