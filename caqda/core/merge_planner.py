"""Working out a merge plan: the rows of a coder's copy against this project (see
``caqda.core.merge_plan`` for the rules). Nothing is written."""

from __future__ import annotations

from typing import Any

from caqda.core.merge_codebook import CodebookPlanning
from caqda.core.merge_corpus import plan_corpus
from caqda.core.merge_plan import (
    DOCUMENT_STRUCTURE,
    ID_TABLES,
    Conflict,
    MergePlan,
    NewDocument,
    common_since,
    ids_to_uuids,
    plain_rows,
    plain_rows_by_uuid,
    shorten,
    tombstones_by_uuid,
)
from caqda.core.merge_supervision import plan_supervision
from caqda.core.project import Project
from caqda.core.team_copies import Handout


def plan_from(target: Project, source: Project, handout: Handout | None) -> MergePlan:
    since, missing_events = common_since(target, source, handout)
    plan = MergePlan(source.path.name, handout, since)
    who = handout.coder if handout else "the copy"
    context = _Context(target, source, plan, who)
    context.missing_events = missing_events
    context.coders()
    context.documents()
    context.codes()
    context.codings()
    context.code_deletions()
    context.memos()
    plan_supervision(target, source, plan, context.coder_uuid, who)
    plan_corpus(target, source, plan, who)
    context.events()
    return plan


class _Context(CodebookPlanning):
    """The state one planning run needs: both files, the id→uuid maps, the names for messages."""

    def __init__(self, target: Project, source: Project, plan: MergePlan, who: str) -> None:
        self.target, self.source, self.plan, self.who = target, source, plan, who
        self.since = plan.since
        self.coder_uuid: dict[int, str] = {}  # source coder id -> the uuid here
        self.document_uuid: dict[int, str] = {}
        self.code_uuid: dict[int, str | None] = {}  # None: the code is gone here, its codings too
        self.names: dict[str, str] = {}  # uuid -> document name or code path, for messages
        self.target_code_uuid = ids_to_uuids(target, "codes")
        self.coding_deletions: set[str] = set()
        self.missing_events: set[str] = set()
        self.text_differs: set[str] = set()  # documents whose text here is not the copy's

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
        hashes = dict(plain_rows(self.target, "SELECT uuid, sha256 FROM documents"))
        by_uuid = {uuid: uuid for uuid in hashes}
        by_hash = {digest: uuid for uuid, digest in hashes.items()}
        names = {row[0]: row[1] for row in self.target.rows("SELECT uuid, name FROM documents")}
        columns = "uuid, name, kind, characters, source_name, source_format, sha256, imported_at"
        for row in self.source.rows(f"SELECT id, {columns} FROM documents ORDER BY position, id"):
            found = by_uuid.get(row["uuid"]) or by_hash.get(row["sha256"])
            if found is not None and hashes.get(found, row["sha256"]) != row["sha256"]:
                self.text_differs.add(found)  # pseudonymised or edited on one side since
            if found is None:
                structure = {
                    table: [tuple(item) for item in self.source.rows(
                        f"SELECT {fields} FROM {table} WHERE document_id = ?", (row["id"],))]
                    for table, fields in DOCUMENT_STRUCTURE.items()
                }  # fmt: skip
                document = {key: row[key] for key in row.keys() if key != "id"}  # noqa: SIM118
                document["text"] = self.source.scalar("SELECT text FROM documents WHERE id = ?", (row["id"],))
                self.plan.documents.append(NewDocument(document, structure))
                found = by_hash[row["sha256"]] = row["uuid"]
                names[found] = row["name"]
            self.document_uuid[row["id"]] = found
            self.names[found] = names[found]

    # -- codings and memos -------------------------------------------------------------------------
    def codings(self) -> None:
        """Only the copy's rows made or changed since the handout can bring anything, and only
        their counterparts here need reading in full: 60,000 codings here and 20,000 in a copy
        must take a fraction of a second."""
        ids = {
            table: {uuid: i for i, uuid in ids_to_uuids(self.target, table).items()} for table in ID_TABLES
        }
        columns = 'uuid, document_id, code_id, coder_id, start, "end", memo, created_at, updated_at'
        updated_here = dict(plain_rows(self.target, "SELECT uuid, updated_at FROM codings"))
        fresh = plain_rows(
            self.source,
            f"SELECT {columns} FROM codings WHERE updated_at > ? OR created_at > ?",
            (self.since, self.since),
        )
        here = {
            row[0]: row[1:]
            for row in plain_rows_by_uuid(
                self.target, f"SELECT {columns} FROM codings", [r[0] for r in fresh if r[0] in updated_here]
            )
        }
        skipped = 0
        misplaced: dict[str, int] = {}
        for row in fresh:
            code = self.code_uuid.get(row[2])
            if code is None:
                skipped += 1
                continue
            document, coder = self.document_uuid[row[1]], self.coder_uuid[row[3]]
            if document in self.text_differs:
                misplaced[document] = misplaced.get(document, 0) + 1
                continue
            mine = here.get(row[0])
            same = mine is not None and mine[:6] == (
                ids["documents"].get(document),
                ids["codes"].get(code),
                ids["coders"].get(coder),
                *row[4:7],
            )
            if same or (mine is not None and row[8] <= self.since):
                continue
            there = (row[0], document, code, coder, *row[4:])
            self._row("coding", there, mine, same, self.plan.codings_added, self.plan.codings_changed)
        if skipped:
            self.plan.notes.append(
                f"{skipped} codings changed in the copy are on codes deleted here; left out."
            )
        for document, count in misplaced.items():
            self.plan.conflicts.append(Conflict("document", document, (
                f"The text of {self.names[document]} here is not the text in {self.who}'s copy "
                f"(pseudonymised or changed on one side since): {count} coding{'s' * (count != 1)} made "
                "or changed in the copy on it would land on other words, so they are left out (they stay "
                "in the copy)."
            )))  # fmt: skip
        self._deletions("coding", updated_here, self.plan.codings_deleted)
        self.coding_deletions = {uuid for uuid, _, _ in self.plan.codings_deleted}

    def memos(self) -> None:
        targets = {"document": ids_to_uuids(self.target, "documents"), "code": self.target_code_uuid}
        coder_uuid = ids_to_uuids(self.target, "coders")
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
            mine = here.get(row[0])
            same = mine is not None and there[1:6] == mine[:5]
            self._row("memo", there, mine, same, self.plan.memos_added, self.plan.memos_changed)
        self._deletions("memo", {uuid: row[6] for uuid, row in here.items()}, self.plan.memos_deleted)

    def _row(
        self,
        entity: str,
        there: tuple[Any, ...],
        mine: tuple[Any, ...] | None,
        same: bool,
        added: list[tuple[Any, ...]],
        changed: list[tuple[Any, ...]],
    ) -> None:
        """Decide one coding or memo of the copy (``there``: its row with uuids; ``mine``: the row
        here or None; ``same``: their contents are equal). The last two fields of both rows are
        created_at and updated_at."""
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
        if same or updated <= self.since:
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
        self, entity: str, updated_here: dict[str, str], deleted: list[tuple[str, str, str | None]]
    ) -> None:
        """The copy's deletions since the handout, of rows still here (``updated_here``: uuid ->
        updated_at)."""
        for uuid, (at, by) in tombstones_by_uuid(self.source, entity).items():
            if at <= self.since or uuid not in updated_here:
                continue
            if updated_here[uuid] > at:
                self.plan.conflicts.append(Conflict(entity, uuid, (
                    f"{self._label_here(entity, uuid)}: deleted in {self.who}'s copy but changed here "
                    "later; kept.")))  # fmt: skip
                continue
            if updated_here[uuid] > self.since:
                self.plan.conflicts.append(Conflict(entity, uuid, (
                    f"{self._label_here(entity, uuid)}: changed here, deleted later in {self.who}'s copy; "
                    "deleted.")))  # fmt: skip
            deleted.append((uuid, at, by))

    _tomb_cache: dict[str, dict[str, tuple[str, str | None]]] | None = None

    def target_tombs(self, entity: str) -> dict[str, tuple[str, str | None]]:
        if self._tomb_cache is None:
            self._tomb_cache = {}
        if entity not in self._tomb_cache:
            self._tomb_cache[entity] = tombstones_by_uuid(self.target, entity)
        return self._tomb_cache[entity]

    def _label(self, entity: str, row: tuple[Any, ...]) -> str:
        if entity == "coding":
            return (
                f"Coding of “{self.names.get(row[2], '?')}” in {self.names.get(row[1], '?')} "
                f"{row[4]}–{row[5]} by {self.names.get(row[3], '?')}"
            )
        return f"Memo “{shorten(row[4] or row[5])}”"

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
        return f"Memo “{shorten(row[0] or row[1])}”"

    # -- the audit trail -------------------------------------------------------------------------------
    def events(self) -> None:
        """The copy's audit events this project lacks, read in full only for those."""
        rows = plain_rows_by_uuid(
            self.source,
            "SELECT id, uuid, at, coder_id, action, entity, entity_uuid, before, after FROM audit_events",
            sorted(self.missing_events),
        )
        for row in sorted(rows):
            coder = self.coder_uuid.get(row[3]) if row[3] else None
            self.plan.events.append((row[1], row[2], coder, *row[4:]))
