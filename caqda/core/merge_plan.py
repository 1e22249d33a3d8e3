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

import json
from dataclasses import dataclass, field
from typing import Any

from caqda.core.project import Project
from caqda.core.team_copies import Handout

CODE_FIELDS = ("name", "parent", "color", "definition", "when_to_use", "when_not_to_use", "example")
_CODE_EVENT_FIELDS = {"parent_id": "parent"}


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
        )  # fmt: skip

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
            f"  conflicts: {c['conflicts']}",
        ]
        lines += [f"    - {conflict.description}" for conflict in self.conflicts]
        lines += [f"  note: {note}" for note in self.notes]
        if self.empty:
            lines.append("  Nothing to merge: this project already has everything in the copy.")
        return lines


def _ids_to_uuids(project: Project, table: str) -> dict[int, str]:
    return {row[0]: row[1] for row in project.rows(f"SELECT id, uuid FROM {table}")}


def common_since(target: Project, source: Project, handout: Handout | None) -> str:
    """The moment after which a change counts as new: the handout, or the latest audit event
    both files hold (after a merge, that is the copy's last event), whichever is later."""
    known = {row[0] for row in target.rows("SELECT uuid FROM audit_events")}
    shared = [row[1] for row in source.rows("SELECT uuid, at FROM audit_events") if row[0] in known]
    candidates = shared + ([handout.at] if handout else [])
    return max(candidates, default="")


def plan_from(target: Project, source: Project, handout: Handout | None) -> MergePlan:
    plan = MergePlan(source.path.name, handout, common_since(target, source, handout))
    who = handout.coder if handout else "the copy"
    context = _Context(target, source, plan, who)
    context.coders()
    context.documents()
    context.codes()
    context.codings()
    context.code_deletions()
    context.memos()
    context.events()
    return plan


class _Context:
    """The state one planning run needs: both files, the id→uuid maps, the names for messages."""

    def __init__(self, target: Project, source: Project, plan: MergePlan, who: str) -> None:
        self.target, self.source, self.plan, self.who = target, source, plan, who
        self.since = plan.since
        self.coder_uuid: dict[int, str] = {}  # source coder id -> the uuid here
        self.document_uuid: dict[int, str] = {}
        self.code_uuid: dict[int, str | None] = {}  # None: the code is gone here, its codings too
        self.names: dict[str, str] = {}  # uuid -> document name or code path, for messages
        self.target_code_uuid = _ids_to_uuids(target, "codes")
        self.coding_deletions: set[str] = set()

    # -- coders and documents ------------------------------------------------------------------
    def coders(self) -> None:
        here = {row[1]: row[1] for row in self.target.rows("SELECT id, uuid, name FROM coders")}
        by_name = {row[1].casefold(): row[0] for row in self.target.rows("SELECT uuid, name FROM coders")}
        for row in self.source.rows("SELECT id, uuid, name, created_at FROM coders"):
            found = here.get(row[1]) or by_name.get(row[2].casefold())
            if found is None:
                self.plan.coders.append((row[1], row[2], row[3]))
                found = by_name[row[2].casefold()] = row[1]
            self.coder_uuid[row[0]] = found
            self.names[found] = row[2]

    def documents(self) -> None:
        by_uuid = {row[0]: row[0] for row in self.target.rows("SELECT uuid FROM documents")}
        by_hash = {row[1]: row[0] for row in self.target.rows("SELECT uuid, sha256 FROM documents")}
        names = {row[0]: row[1] for row in self.target.rows("SELECT uuid, name FROM documents")}
        columns = "uuid, name, kind, text, characters, source_name, source_format, sha256, imported_at"
        for row in self.source.rows(f"SELECT id, {columns} FROM documents ORDER BY position, id"):
            found = by_uuid.get(row["uuid"]) or by_hash.get(row["sha256"])
            if found is None:
                structure = {
                    table: [tuple(item) for item in self.source.rows(
                        f"SELECT {fields} FROM {table} WHERE document_id = ?", (row["id"],))]
                    for table, fields in _STRUCTURE.items()
                }  # fmt: skip
                self.plan.documents.append(
                    NewDocument({k: row[k] for k in row.keys() if k != "id"}, structure)  # noqa: SIM118
                )
                found = by_hash[row["sha256"]] = row["uuid"]
                names[found] = row["name"]
            self.document_uuid[row["id"]] = found
            self.names[found] = names[found]

    # -- the codebook ----------------------------------------------------------------------------
    def codes(self) -> None:
        from caqda.core.codebook import list_codes

        target_codes = {code.uuid: code for code in list_codes(self.target)}
        target_by_id = {code.id: code for code in target_codes.values()}
        target_tombs = _tombstones(self.target, "code")
        source_codes = list_codes(self.source)
        source_by_id = {code.id: code for code in source_codes}
        created = {row[0]: row[1] for row in self.source.rows("SELECT uuid, created_at FROM codes")}
        changed_here = _code_fields_changed(self.target, self.since)
        changed_there = _code_fields_changed(self.source, self.since)
        used_there = _codes_used_since(self.source, self.since)
        for code in target_codes.values():
            self.names[code.uuid] = _path(code, target_by_id)
        # Names a new code takes among its siblings here: (parent uuid, casefolded name) -> uuid.
        siblings = {
            (self.target_code_uuid.get(c.parent_id) if c.parent_id else None, c.name.casefold()): c.uuid
            for c in target_codes.values()
        }
        for code in source_codes:  # parents first
            path = _path(code, source_by_id)
            parent = self.code_uuid.get(code.parent_id) if code.parent_id is not None else None
            here = target_codes.get(code.uuid)
            if here is not None:
                self.code_uuid[code.id] = code.uuid
                self._code_fields(code, here, parent, target_by_id, changed_here, changed_there, siblings)
                continue
            gone_here = code.uuid in target_tombs or created[code.uuid] <= self.since
            if gone_here and code.uuid not in used_there and not changed_there.get(code.uuid):
                self.code_uuid[code.id] = None  # deleted here, untouched there: stays deleted
                continue
            if code.parent_id is not None and parent is None:
                self.code_uuid[code.id] = None
                continue
            same = siblings.get((parent, code.name.casefold()))
            if same is not None:
                self.code_uuid[code.id] = same
                self.plan.notes.append(
                    f"The code '{path}' was added on both sides; the copy's codings go to the one here."
                )
                continue
            if gone_here:
                self.plan.conflicts.append(Conflict("code", code.uuid, (
                    f"Code '{path}': deleted here but used or changed in {self.who}'s copy; it comes back "
                    "so that those codings are not lost.")))  # fmt: skip
            self.plan.codes_added.append(
                {"uuid": code.uuid, "parent": parent, "name": code.name, "color": code.color,
                 "definition": code.definition, "when_to_use": code.when_to_use,
                 "when_not_to_use": code.when_not_to_use, "example": code.example,
                 "created_at": created[code.uuid]}
            )  # fmt: skip
            siblings[(parent, code.name.casefold())] = code.uuid
            self.code_uuid[code.id] = code.uuid
            self.names[code.uuid] = path

    def _code_fields(
        self,
        code: Any,
        here: Any,
        parent: str | None,
        target_by_id: dict[int, Any],
        changed_here: dict[str, set[str]],
        changed_there: dict[str, set[str]],
        siblings: dict[tuple[str | None, str], str],
    ) -> None:
        label = self.names.get(code.uuid, code.name)
        values_there = {**{f: getattr(code, f) for f in CODE_FIELDS if f != "parent"}, "parent": parent}
        here_parent = self.target_code_uuid.get(here.parent_id) if here.parent_id else None
        values_here = {**{f: getattr(here, f) for f in CODE_FIELDS if f != "parent"}, "parent": here_parent}
        taken: dict[str, Any] = {}
        for name in CODE_FIELDS:
            there, mine = values_there[name], values_here[name]
            if there == mine or name not in changed_there.get(code.uuid, set()):
                continue
            if name in changed_here.get(code.uuid, set()):
                shown = self.names.get(there, "the top level") if name == "parent" else there
                self.plan.conflicts.append(Conflict("code", code.uuid, (
                    f"Code '{label}': {_FIELD_WORDS[name]} changed on both sides; kept this project's, "
                    f"{self.who}'s copy has “{_short(shown)}” (kept in a memo on the code).")))  # fmt: skip
                self.plan.code_memos.append(
                    (code.uuid, self.coder_of_copy(), f"From {self.who}'s copy ({self.plan.source_name}): "
                     f"{_FIELD_WORDS[name]} “{shown}”.")
                )  # fmt: skip
                continue
            taken[name] = there
        new_parent = taken.get("parent", here_parent)
        new_name = taken.get("name", here.name)
        if "parent" in taken or "name" in taken:
            clash = siblings.get((new_parent, new_name.casefold()))
            if (
                "parent" in taken
                and new_parent is not None
                and self._inside(new_parent, code.uuid, target_by_id)
            ):
                clash = "cycle"
            if clash is not None and clash != code.uuid:
                self.plan.conflicts.append(Conflict("code", code.uuid, (
                    f"Code '{label}': {self.who}'s copy renames or moves it to “{new_name}”, "
                    "which clashes with a code here; kept as it is here.")))  # fmt: skip
                taken.pop("parent", None)
                taken.pop("name", None)
            else:
                siblings.pop((here_parent, here.name.casefold()), None)
                siblings[(new_parent, new_name.casefold())] = code.uuid
        if taken:
            self.plan.codes_changed.append(CodeChange(code.uuid, label, taken))

    def _inside(self, candidate: str, code_uuid: str, target_by_id: dict[int, Any]) -> bool:
        """Whether ``candidate`` is ``code_uuid`` or one of its subcodes here (a move would loop)."""
        by_uuid = {c.uuid: c for c in target_by_id.values()}
        current = by_uuid.get(candidate)
        while current is not None:
            if current.uuid == code_uuid:
                return True
            current = target_by_id.get(current.parent_id) if current.parent_id else None
        return False

    def coder_of_copy(self) -> str | None:
        return self.plan.handout.coder_uuid if self.plan.handout else None

    def code_deletions(self) -> None:
        """Codes deleted in the copy go here too, unless this project used or changed them."""
        tombs = {uuid: t for uuid, t in _tombstones(self.source, "code").items() if t[0] > self.since}
        here = {row[1]: (row[0], row[2]) for row in self.target.rows("SELECT id, uuid, parent_id FROM codes")}
        tombs = {uuid: t for uuid, t in tombs.items() if uuid in here}
        if not tombs:
            return
        changed_here = _code_fields_changed(self.target, self.since)
        left: dict[int, int] = {}
        for row in self.target.rows("SELECT uuid, code_id FROM codings"):
            if row[0] not in self.coding_deletions:
                left[row[1]] = left.get(row[1], 0) + 1
        children: dict[int, list[str]] = {}
        for uuid, (_, parent_id) in here.items():
            if parent_id is not None:
                children.setdefault(parent_id, []).append(uuid)
        reasons: dict[str, str] = {}
        for uuid in tombs:
            code_id = here[uuid][0]
            if left.get(code_id):
                reasons[uuid] = f"it still has {left[code_id]} codings here"
            elif changed_here.get(uuid):
                reasons[uuid] = "it was changed here after the copy was handed out"
        settled = False
        while not settled:  # a code whose subcode stays must stay too
            settled = True
            for uuid in tombs:
                kids = children.get(here[uuid][0], [])
                if uuid not in reasons and any(kid not in tombs or kid in reasons for kid in kids):
                    reasons[uuid] = "it has subcodes here that stay"
                    settled = False
        for uuid, (at, by) in tombs.items():
            if uuid in reasons:
                self.plan.conflicts.append(Conflict("code", uuid, (
                    f"Code '{self.names.get(uuid, uuid)}': deleted in {self.who}'s copy, but "
                    f"{reasons[uuid]}; kept.")))  # fmt: skip
            else:
                self.plan.codes_deleted.append((uuid, at, by))

    # -- codings and memos -------------------------------------------------------------------------
    def codings(self) -> None:
        doc_uuid = _ids_to_uuids(self.target, "documents")
        coder_uuid = _ids_to_uuids(self.target, "coders")
        here = {
            row[0]: (doc_uuid[row[1]], self.target_code_uuid[row[2]], coder_uuid[row[3]], *tuple(row)[4:])
            for row in self.target.rows(
                'SELECT uuid, document_id, code_id, coder_id, start, "end", memo, created_at, updated_at '
                "FROM codings"
            )
        }
        skipped = 0
        rows = self.source.rows(
            'SELECT uuid, document_id, code_id, coder_id, start, "end", memo, created_at, updated_at '
            "FROM codings"
        )
        for row in rows:
            code = self.code_uuid.get(row[2])
            if code is None:
                skipped += 1
                continue
            there = (row[0], self.document_uuid[row[1]], code, self.coder_uuid[row[3]], *tuple(row)[4:])
            self._row(
                "coding", there, here.get(row[0]), 6, self.plan.codings_added, self.plan.codings_changed
            )
        if skipped:
            self.plan.notes.append(f"{skipped} codings of the copy are on codes deleted here; left out.")
        self._deletions(
            "coding", {uuid: (row[6], row[7]) for uuid, row in here.items()}, self.plan.codings_deleted
        )
        self.coding_deletions = {uuid for uuid, _, _ in self.plan.codings_deleted}

    def memos(self) -> None:
        targets = {"document": _ids_to_uuids(self.target, "documents"), "code": self.target_code_uuid}
        coder_uuid = _ids_to_uuids(self.target, "coders")
        here = {}
        for row in self.target.rows(
            "SELECT uuid, coder_id, target_kind, target_id, title, text, created_at, updated_at FROM memos"
        ):
            target = targets.get(row[2], {}).get(row[3]) if row[3] is not None else None
            here[row[0]] = (coder_uuid.get(row[1]) if row[1] else None, row[2], target, *tuple(row)[4:])
        source_targets = {"document": self.document_uuid, "code": self.code_uuid}
        for row in self.source.rows(
            "SELECT uuid, coder_id, target_kind, target_id, title, text, created_at, updated_at FROM memos"
        ):
            target = source_targets.get(row[2], {}).get(row[3]) if row[3] is not None else None
            if row[2] != "project" and target is None:
                continue  # its document or code is gone here
            there = (row[0], self.coder_uuid.get(row[1]) if row[1] else None, row[2], target, *tuple(row)[4:])
            self._row("memo", there, here.get(row[0]), 5, self.plan.memos_added, self.plan.memos_changed)
        self._deletions(
            "memo", {uuid: (row[5], row[6]) for uuid, row in here.items()}, self.plan.memos_deleted
        )

    def _row(
        self,
        entity: str,
        there: tuple[Any, ...],
        mine: tuple[Any, ...] | None,
        content: int,
        added: list[tuple[Any, ...]],
        changed: list[tuple[Any, ...]],
    ) -> None:
        """Decide one coding or memo of the copy: ``content`` fields after the uuid are compared;
        the last two are created_at and updated_at."""
        uuid, created, updated = there[0], there[-2], there[-1]
        if mine is None:
            tomb = self.target_tombs(entity).get(uuid)
            changed_there = updated > self.since
            if tomb is None and (created > self.since or changed_there):
                added.append(there)
            elif tomb is not None and changed_there:
                back = updated > tomb[0]
                self.plan.conflicts.append(Conflict(entity, uuid, (
                    f"{self._label(entity, there)}: deleted here, changed in {self.who}'s copy; "
                    + ("the copy's newer version comes back." if back
                       else "stays deleted (the deletion is newer).")
                )))  # fmt: skip
                if back:
                    added.append(there)
            return
        if there[1 : 1 + content] == mine[:content] or updated <= self.since:
            return
        if mine[-1] > self.since:
            newer = updated > mine[-1]
            self.plan.conflicts.append(Conflict(entity, uuid, (
                f"{self._label(entity, there)}: changed here and in {self.who}'s copy; kept "
                + ("the copy's (newer)." if newer else "this project's (newer).")
            )))  # fmt: skip
            if not newer:
                return
        changed.append(there)

    def _deletions(
        self, entity: str, here: dict[str, tuple[str, str]], deleted: list[tuple[str, str, str | None]]
    ) -> None:
        for uuid, (at, by) in _tombstones(self.source, entity).items():
            if at <= self.since or uuid not in here:
                continue
            updated_here = here[uuid][1]
            label = self._label_here(entity, uuid)
            if updated_here > at:
                self.plan.conflicts.append(Conflict(entity, uuid, (
                    f"{label}: deleted in {self.who}'s copy but changed here later; kept.")))  # fmt: skip
                continue
            if updated_here > self.since:
                self.plan.conflicts.append(Conflict(entity, uuid, (
                    f"{label}: changed here, deleted later in {self.who}'s copy; deleted.")))  # fmt: skip
            deleted.append((uuid, at, by))

    _tomb_cache: dict[str, dict[str, tuple[str, str | None]]] | None = None

    def target_tombs(self, entity: str) -> dict[str, tuple[str, str | None]]:
        if self._tomb_cache is None:
            self._tomb_cache = {}
        if entity not in self._tomb_cache:
            self._tomb_cache[entity] = _tombstones(self.target, entity)
        return self._tomb_cache[entity]

    def _label(self, entity: str, row: tuple[Any, ...]) -> str:
        if entity == "coding":
            return (
                f"Coding of “{self.names.get(row[2], '?')}” in {self.names.get(row[1], '?')} "
                f"{row[4]}–{row[5]} by {self.names.get(row[3], '?')}"
            )
        return f"Memo “{_short(row[4] or row[5])}”"

    def _label_here(self, entity: str, uuid: str) -> str:
        if entity == "coding":
            row = self.target.connection.execute(
                'SELECT d.name, c.uuid, r.name, g.start, g."end" FROM codings g JOIN documents d ON '
                "d.id = g.document_id JOIN codes c ON c.id = g.code_id JOIN coders r ON r.id = g.coder_id "
                "WHERE g.uuid = ?",
                (uuid,),
            ).fetchone()
            return f"Coding of “{self.names.get(row[1], '?')}” in {row[0]} {row[3]}–{row[4]} by {row[2]}"
        row = self.target.connection.execute(
            "SELECT title, text FROM memos WHERE uuid = ?", (uuid,)
        ).fetchone()
        return f"Memo “{_short(row[0] or row[1])}”"

    # -- the audit trail -------------------------------------------------------------------------------
    def events(self) -> None:
        known = {row[0] for row in self.target.rows("SELECT uuid FROM audit_events")}
        for row in self.source.rows(
            "SELECT uuid, at, coder_id, action, entity, entity_uuid, before, after FROM audit_events "
            "ORDER BY id"
        ):
            if row[0] not in known:
                coder = self.coder_uuid.get(row[2]) if row[2] else None
                self.plan.events.append((row[0], row[1], coder, *tuple(row)[3:]))


_STRUCTURE = {
    "paragraphs": 'ordinal, start, "end"',
    "speaker_turns": 'ordinal, speaker, timestamp, start, content_start, "end"',
    "document_attributes": "name, value",
}
_FIELD_WORDS = {
    "name": "its name",
    "parent": "its place in the tree",
    "color": "its colour",
    "definition": "its definition",
    "when_to_use": "when to use it",
    "when_not_to_use": "when not to use it",
    "example": "its example",
}


def _tombstones(project: Project, entity: str) -> dict[str, tuple[str, str | None]]:
    return {
        row[0]: (row[1], row[2])
        for row in project.rows(
            "SELECT uuid, deleted_at, deleted_by FROM tombstones WHERE entity = ?", (entity,)
        )
    }


def _code_fields_changed(project: Project, since: str) -> dict[str, set[str]]:
    """Which fields of which codes this file changed after ``since``, read from its audit trail."""
    changed: dict[str, set[str]] = {}
    for row in project.rows(
        "SELECT entity_uuid, before, after FROM audit_events WHERE entity = 'code' AND at > ? "
        "AND entity_uuid IS NOT NULL",
        (since,),
    ):
        before = json.loads(row[1]) if row[1] else {}
        after = json.loads(row[2]) if row[2] else {}
        fields = changed.setdefault(row[0], set())
        for key in set(before) | set(after):
            if key in before and key in after and before[key] != after[key]:
                fields.add(_CODE_EVENT_FIELDS.get(key, key))
    return changed


def _codes_used_since(project: Project, since: str) -> set[str]:
    """Codes that have a coding made or changed after ``since`` in this file."""
    return {
        row[0]
        for row in project.rows(
            "SELECT DISTINCT c.uuid FROM codings g JOIN codes c ON c.id = g.code_id WHERE g.updated_at > ?",
            (since,),
        )
    }


def _path(code: Any, by_id: dict[int, Any]) -> str:
    names = [code.name]
    while code.parent_id is not None and code.parent_id in by_id:
        code = by_id[code.parent_id]
        names.append(code.name)
    return "/".join(reversed(names))


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"
