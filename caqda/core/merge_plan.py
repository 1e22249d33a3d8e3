"""What merging a coder's copy would change, worked out without writing anything.

Rows are matched by UUID (a copy keeps them). "Since" is the moment the copy was handed out,
or the last audit event both files share (a plain file copy, or a copy merged before): a
change in either file after it counts as that side's. The rules:

- a coding or memo new in the copy is added; one changed only in the copy is taken; one changed
  on both sides keeps the newer and is listed as a conflict;
- a deletion in the copy (its tombstone) removes the row here unless it was changed here later
  (then kept, and listed); a row deleted here and changed in the copy comes back only if the
  copy's change is newer (listed either way);
- codebook changes (new code, rename, move, recolour, definition edits, deletion) come back;
  the same field changed on both sides keeps this project's value and lists the copy's (a memo
  on the code keeps it); a code deleted on one side and used on the other is kept, and listed.

The plan holds copies of the rows it needs, so applying it (again, for redo) needs no source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from caqda.core.filters import rows_where_in
from caqda.core.naming import unique_name
from caqda.core.project import Project
from caqda.core.team_copies import Handout


@dataclass(frozen=True)
class Conflict:
    entity: str  # "coding", "memo" or "code"
    uuid: str
    description: str  # a sentence for the researcher: what clashed and what was kept


@dataclass
class NewDocument:
    row: dict[str, Any]
    structure: dict[str, list[tuple[Any, ...]]]


@dataclass
class CodeChange:
    uuid: str
    label: str  # the code's path, for the preview
    fields: dict[str, Any]  # "parent" holds the new parent's uuid (None: top level)


@dataclass
class SupervisionPlan:
    """Review marks, settlements and consensus coders (see ``caqda.core.merge_supervision``);
    rows name coders by uuid (mapped to ids here only when written)."""

    review_marks: list[tuple[Any, ...]] = field(
        default_factory=list
    )  # uuid, coding uuid, reviewer uuid, mark, comment, at
    consensus_coders: list[str] = field(default_factory=list)  # coder uuids to flag here
    adjudications_added: list[tuple[Any, ...]] = field(default_factory=list)  # as the table, coders as uuids
    provenance_added: list[tuple[Any, ...]] = field(default_factory=list)  # as the table
    adjudications_withdrawn: list[str] = field(default_factory=list)  # uuids here

    @property
    def empty(self) -> bool:
        return not (
            self.review_marks
            or self.consensus_coders
            or self.adjudications_added
            or self.adjudications_withdrawn
        )


@dataclass
class CorpusPlan:
    """Document sets and attribute values changed in the copy (see ``caqda.core.merge_corpus``);
    sets and documents are named by uuid."""

    sets_added: list[tuple[Any, ...]] = field(default_factory=list)  # uuid, name, description, at, members
    sets_renamed: list[tuple[str, str]] = field(default_factory=list)  # set uuid, new name
    sets_deleted: list[str] = field(default_factory=list)
    members_added: list[tuple[str, str]] = field(default_factory=list)  # set uuid, document uuid
    members_removed: list[tuple[str, str]] = field(default_factory=list)
    attributes_set: list[tuple[str, str, str | None]] = field(default_factory=list)  # document, name, value

    @property
    def empty(self) -> bool:
        return not any(
            (self.sets_added, self.sets_renamed, self.sets_deleted, self.members_added, self.members_removed,
             self.attributes_set)
        )  # fmt: skip


@dataclass
class MergePlan:
    source_name: str
    handout: Handout | None
    since: str
    coders: list[tuple[str, str, str]] = field(default_factory=list)  # uuid, name, created_at
    documents: list[NewDocument] = field(default_factory=list)
    codes_added: list[dict[str, Any]] = field(default_factory=list)  # parent as "parent" uuid
    codes_changed: list[CodeChange] = field(default_factory=list)
    codes_deleted: list[tuple[str, str, str | None]] = field(default_factory=list)  # uuid, at, by
    codings_added: list[tuple[Any, ...]] = field(default_factory=list)
    codings_changed: list[tuple[Any, ...]] = field(default_factory=list)
    codings_deleted: list[tuple[str, str, str | None]] = field(default_factory=list)
    memos_added: list[tuple[Any, ...]] = field(default_factory=list)
    memos_changed: list[tuple[Any, ...]] = field(default_factory=list)
    memos_deleted: list[tuple[str, str, str | None]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    code_memos: list[tuple[str, str, str]] = field(default_factory=list)  # code uuid, coder uuid, text
    supervision: SupervisionPlan = field(default_factory=SupervisionPlan)
    corpus: CorpusPlan = field(default_factory=CorpusPlan)
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Coding rows are (uuid, document uuid, code uuid, coder uuid, start, end, memo, created, updated);
    # memo rows are (uuid, coder uuid, target kind, target uuid, title, text, created, updated).

    @property
    def empty(self) -> bool:
        return not any(
            (self.coders, self.documents, self.codes_added, self.codes_changed, self.codes_deleted,
             self.codings_added, self.codings_changed, self.codings_deleted, self.memos_added,
             self.memos_changed, self.memos_deleted, self.code_memos)
        ) and self.supervision.empty and self.corpus.empty  # fmt: skip

    def counts(self) -> dict[str, int]:
        return {
            "coders": len(self.coders),
            "documents": len(self.documents),
            "codes_added": len(self.codes_added),
            "codes_changed": len(self.codes_changed),
            "codes_deleted": len(self.codes_deleted),
            "codings_added": len(self.codings_added),
            "codings_changed": len(self.codings_changed),
            "codings_deleted": len(self.codings_deleted),
            "memos_added": len(self.memos_added),
            "memos_changed": len(self.memos_changed),
            "memos_deleted": len(self.memos_deleted),
            "review_marks_added": len(self.supervision.review_marks),
            "settlements_added": len(self.supervision.adjudications_added),
            "settlements_withdrawn": len(self.supervision.adjudications_withdrawn),
            "consensus_coders": len(self.supervision.consensus_coders),
            "document_set_changes": sum(
                len(part)
                for part in (
                    self.corpus.sets_added,
                    self.corpus.sets_renamed,
                    self.corpus.sets_deleted,
                    self.corpus.members_added,
                    self.corpus.members_removed,
                )
            ),
            "attribute_values": len(self.corpus.attributes_set),
            "events": len(self.events),
            "conflicts": len(self.conflicts),
        }

    def describe(self) -> list[str]:
        """The plan in lines a researcher reads (the CLI prints them; the GUI shows them)."""
        c = self.counts()
        origin = self.source_name
        if self.handout is not None:
            origin += (
                f" ({self.handout.coder}'s copy, handed out {self.handout.at[:16].replace('T', ' ')} UTC)"
            )
        lines = [
            origin,
            f"  codings: {c['codings_added']} added, {c['codings_changed']} changed, "
            f"{c['codings_deleted']} deleted",
            f"  memos: {c['memos_added']} added, {c['memos_changed']} changed, {c['memos_deleted']} deleted",
            f"  codes: {c['codes_added']} added, {c['codes_changed']} changed, {c['codes_deleted']} deleted",
            f"  documents: {c['documents']} added; coders: {c['coders']} added",
        ]
        if not self.supervision.empty:
            lines.append(
                f"  reviews: {c['review_marks_added']} marks added; settled disagreements: "
                f"{c['settlements_added']} added, {c['settlements_withdrawn']} withdrawn or replaced; "
                f"consensus coders: {c['consensus_coders']} marked"
            )
        if not self.corpus.empty:
            lines.append(
                f"  document sets: {c['document_set_changes']} changes; attribute values: "
                f"{c['attribute_values']} set"
            )
        lines.append(f"  conflicts: {c['conflicts']}")
        lines += [f"    - {conflict.description}" for conflict in self.conflicts]
        lines += [f"  note: {note}" for note in self.notes]
        if self.empty:
            lines.append("  Nothing to merge: this project already has everything in the copy.")
        return lines


def ids_to_uuids(project: Project, table: str) -> dict[int, str]:
    return {row[0]: row[1] for row in project.rows(f"SELECT id, uuid FROM {table}")}


def common_since(target: Project, source: Project, handout: Handout | None) -> tuple[str, set[str]]:
    """The moment after which a change counts as new: the handout, or the latest audit event
    both files hold (after a merge, that is the copy's last event), whichever is later; and the
    uuids of the copy's events this project lacks."""
    known = {row[0] for row in plain_rows(target, "SELECT uuid FROM audit_events")}
    shared, missing = [], set()
    for uuid, at in plain_rows(source, "SELECT uuid, at FROM audit_events"):
        if uuid in known:
            shared.append(at)
        else:
            missing.add(uuid)
    return max(shared + ([handout.at] if handout else []), default=""), missing


ID_TABLES = ("documents", "codes", "coders")
DOCUMENT_STRUCTURE = {
    "paragraphs": 'ordinal, start, "end"',
    "speaker_turns": 'ordinal, speaker, timestamp, start, content_start, "end"',
    "document_attributes": "name, value",
}


def plain_rows(project: Project, sql: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows as plain tuples: several times quicker than ``sqlite3.Row`` for tens of thousands."""
    cursor = project.connection.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, parameters).fetchall()


def plain_rows_by_uuid(project: Project, sql: str, uuids: list[str]) -> list[tuple[Any, ...]]:
    """``sql`` (a SELECT without WHERE) for these uuids only, in chunks SQLite accepts."""
    return rows_where_in(project.connection, sql, "uuid", uuids)


def free_name(
    target: Project, table: str, what: str, name: str, plan: MergePlan, own: str | None = None
) -> str:
    """``name``, numbered when another row of ``table`` here has it (``own``: the uuid of the row
    being renamed, whose name does not count); a renaming is noted in the plan."""
    taken = {
        row[0].casefold()
        for row in plain_rows(target, f"SELECT name FROM {table} WHERE uuid IS NOT ?", (own,))
    }
    chosen = unique_name(name, taken)
    if chosen != name:
        plan.notes.append(f"The {what} '{name}' is called '{chosen}' here; the name was taken.")
    return chosen


def tombstones_by_uuid(project: Project, entity: str) -> dict[str, tuple[str, str | None]]:
    return {
        row[0]: (row[1], row[2])
        for row in project.rows(
            "SELECT uuid, deleted_at, deleted_by FROM tombstones WHERE entity = ?", (entity,)
        )
    }


def shorten(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"
