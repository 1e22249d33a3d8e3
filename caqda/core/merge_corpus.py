"""The corpus part of a merge: document sets and attribute values changed in a coder's copy.

Which side changed what is read from each file's audit trail after the moment the copy was made
(sets and values carry no time of their own), then checked against the rows:

- a set made in the copy is added with its documents (a name taken here gets a number);
- a set renamed, or documents added to or taken out of a set, in the copy is done here, unless
  this project changed the same name or the same membership since: then this project's stays and
  the clash is listed;
- a set deleted in the copy is deleted here, unless this project changed it since (listed);
- an attribute value set in the copy is set here, unless this project set the same attribute of
  the same document since to something else (this project's stays, listed).

Other corpus changes in the copy (documents renamed, deleted or reordered, attribute
definitions, code sets, saved queries, pseudonymisation) are not carried; the plan says which,
so nothing is left behind without a word.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from caqda.core.merge_plan import Conflict, MergePlan, free_name, plain_rows
from caqda.core.project import Project

_SET_ACTIONS = ("create document set", "rename document set", "delete document set", "restore document set",
                "add to document set", "remove from document set")  # fmt: skip
_SET_COLUMNS = "id, uuid, name, description, position, created_at"
_NOT_CARRIED = {
    "rename document": "documents renamed",
    "delete document": "documents deleted",
    "restore document": "documents restored",
    "reorder documents": "documents reordered",
    "define attribute": "attribute definitions changed",
    "remove attribute": "attributes removed",
    "code set": "code sets changed",
    "change code set": "code sets changed",
    "delete code set": "code sets deleted",
    "save query": "saved queries",
    "change query": "saved queries changed",
    "delete query": "saved queries deleted",
    "pseudonymise": "pseudonymisations",
}


@dataclass
class _Events:
    """One file's set and attribute events since the copy was made."""

    renamed: dict[str, str] = field(default_factory=dict)  # set uuid -> last new name
    created: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    touched_sets: set[str] = field(default_factory=set)
    members: dict[tuple[str, str], bool] = field(default_factory=dict)  # (set, document) -> in
    attributes: set[tuple[str, str]] = field(default_factory=set)  # (document uuid, casefolded name)
    other: dict[str, int] = field(default_factory=dict)  # what a merge does not carry -> count


def _events(project: Project, since: str) -> _Events:
    found = _Events()
    for action, entity_uuid, before, after in plain_rows(
        project,
        "SELECT action, entity_uuid, before, after FROM audit_events WHERE at > ? ORDER BY at, id",
        (since,),
    ):
        if action in _SET_ACTIONS:
            found.touched_sets.add(entity_uuid)
            old, new = _json(before), _json(after)
            if action in ("create document set", "restore document set"):
                found.created.add(entity_uuid)
                found.deleted.discard(entity_uuid)
            elif action == "delete document set":
                found.deleted.add(entity_uuid)
            elif action == "rename document set":
                found.renamed[entity_uuid] = new.get("name", "")
            elif action == "add to document set":
                found.members.update(((entity_uuid, d), True) for d in new.get("documents", []))
            else:
                found.members.update(((entity_uuid, d), False) for d in old.get("documents", []))
        elif action == "set attribute":
            found.attributes.update((entity_uuid, name.casefold()) for name in _json(after))
        elif action in _NOT_CARRIED:
            label = _NOT_CARRIED[action]
            found.other[label] = found.other.get(label, 0) + 1
    return found


def _json(value: str | None) -> dict[str, Any]:
    try:
        loaded = json.loads(value) if value else {}
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _sets(project: Project) -> dict[str, tuple[Any, ...]]:
    """uuid -> (name, description, created_at, frozenset of member document uuids)."""
    members: dict[int, set[str]] = {}
    for set_id, document in plain_rows(
        project,
        "SELECT m.set_id, d.uuid FROM document_set_members m JOIN documents d ON d.id = m.document_id",
    ):
        members.setdefault(set_id, set()).add(document)
    return {
        row[1]: (row[2], row[3], row[4], frozenset(members.get(row[0], ())))
        for row in plain_rows(
            project, "SELECT id, uuid, name, description, created_at FROM document_sets ORDER BY position, id"
        )
    }


def plan_corpus(target: Project, source: Project, plan: MergePlan, who: str) -> None:
    """Fill ``plan.corpus`` and add its clashes and notes to ``plan``."""
    part, since = plan.corpus, plan.since
    there_events, here_events = _events(source, since), _events(target, since)
    there, here = _sets(source), _sets(target)
    documents_here = {row[0] for row in plain_rows(target, "SELECT uuid FROM documents")}
    new_documents = {document.row["uuid"] for document in plan.documents}
    present = documents_here | new_documents
    for uuid, (name, description, created, members) in there.items():
        if uuid in here or uuid not in there_events.created:
            continue
        part.sets_added.append((uuid, name, description, created, sorted(members & present)))
    for uuid, name in there_events.renamed.items():
        if uuid not in here or uuid not in there or here[uuid][0] == there[uuid][0]:
            continue
        if uuid in here_events.renamed:
            plan.conflicts.append(Conflict("document_set", uuid, (
                f"The document set “{here[uuid][0]}” was renamed here and to “{name}” in {who}'s copy; "
                "this project's name is kept."
            )))  # fmt: skip
            continue
        part.sets_renamed.append((uuid, there[uuid][0]))
    for (set_uuid, document), inside in there_events.members.items():
        if set_uuid not in here or set_uuid not in there or document not in present:
            continue
        if (document in there[set_uuid][3]) != inside or (document in here[set_uuid][3]) == inside:
            continue  # changed back in the copy, or already so here
        if (set_uuid, document) in here_events.members:
            plan.conflicts.append(Conflict("document_set", set_uuid, (
                f"A document was {'added to' if inside else 'taken out of'} the set “{here[set_uuid][0]}” "
                f"in {who}'s copy, and changed the other way here; this project's membership is kept."
            )))  # fmt: skip
            continue
        (part.members_added if inside else part.members_removed).append((set_uuid, document))
    for uuid in there_events.deleted:
        if uuid not in here or uuid in there:
            continue
        if uuid in here_events.touched_sets:
            plan.conflicts.append(Conflict("document_set", uuid, (
                f"The document set “{here[uuid][0]}” was deleted in {who}'s copy but changed here since; "
                "it is kept."
            )))  # fmt: skip
            continue
        part.sets_deleted.append(uuid)
    _attributes(target, source, plan, there_events, here_events, who, present)
    if there_events.other:
        listed = ", ".join(f"{label}: {count}" for label, count in sorted(there_events.other.items()))
        plan.notes.append(
            f"{who.capitalize()}'s copy also has changes a merge does not carry ({listed}); "
            "make them here if they are wanted."
        )


def _attributes(
    target: Project,
    source: Project,
    plan: MergePlan,
    there_events: _Events,
    here_events: _Events,
    who: str,
    present: set[str],
) -> None:
    def values(project: Project) -> dict[tuple[str, str], tuple[str, str]]:
        return {
            (row[0], row[1].casefold()): (row[1], row[2])
            for row in plain_rows(
                project,
                "SELECT d.uuid, a.name, a.value FROM document_attributes a "
                "JOIN documents d ON d.id = a.document_id",
            )
        }

    if not there_events.attributes:
        return
    there, here = values(source), values(target)
    for key in sorted(there_events.attributes):
        if key[0] not in present:
            continue
        mine, theirs = here.get(key), there.get(key)
        if (mine and mine[1]) == (theirs and theirs[1]):
            continue
        name = (theirs or mine or (key[1], ""))[0]
        if key in here_events.attributes:
            plan.conflicts.append(Conflict("attribute", key[0], (
                f"The attribute “{name}” of {_document_name(target, key[0])} was set here and in "
                f"{who}'s copy to different values; this project's ({mine[1] if mine else 'empty'}) is kept."
            )))  # fmt: skip
            continue
        plan.corpus.attributes_set.append((key[0], name, theirs[1] if theirs else None))


def _document_name(project: Project, document_uuid: str) -> str:
    return project.scalar("SELECT name FROM documents WHERE uuid = ?", (document_uuid,)) or "a new document"


# -- writing and undoing ------------------------------------------------------------------------------
@dataclass
class CorpusUndo:
    sets: list[tuple[Any, ...]] = field(default_factory=list)  # rows of sets renamed or deleted
    members: list[tuple[int, int]] = field(default_factory=list)  # memberships of sets deleted
    attributes: list[tuple[int, str, str | None]] = field(default_factory=list)  # values before


def write_corpus(target: Project, plan: MergePlan, document_ids: dict[str, int]) -> CorpusUndo:
    """Write the corpus part (inside the merge's transaction); returns what undo needs."""
    part, undo, connection = plan.corpus, CorpusUndo(), target.connection
    set_ids = dict(plain_rows(target, "SELECT uuid, id FROM document_sets"))
    touched = [uuid for uuid, _ in part.sets_renamed] + part.sets_deleted
    for uuid in touched:
        undo.sets += plain_rows(
            target, f"SELECT {_SET_COLUMNS} FROM document_sets WHERE uuid = ?",
            (uuid,),
        )  # fmt: skip
    for uuid in part.sets_deleted:
        undo.members += plain_rows(
            target, "SELECT set_id, document_id FROM document_set_members WHERE set_id = ?", (set_ids[uuid],)
        )
        connection.execute("DELETE FROM document_sets WHERE uuid = ?", (uuid,))
    for uuid, name in part.sets_renamed:
        free = free_name(target, "document_sets", "document set", name, plan, uuid)
        connection.execute("UPDATE document_sets SET name = ? WHERE uuid = ?", (free, uuid))
    for uuid, name, description, created, members in part.sets_added:
        position = target.scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM document_sets")
        cursor = connection.execute(
            "INSERT INTO document_sets(uuid, name, description, position, created_at) VALUES (?, ?, ?, ?, ?)",
            (
                uuid,
                free_name(target, "document_sets", "document set", name, plan),
                description,
                position,
                created,
            ),
        )
        set_ids[uuid] = int(cursor.lastrowid or 0)
        connection.executemany(
            "INSERT OR IGNORE INTO document_set_members(set_id, document_id) VALUES (?, ?)",
            [(set_ids[uuid], document_ids[d]) for d in members if d in document_ids],
        )
    connection.executemany(
        "INSERT OR IGNORE INTO document_set_members(set_id, document_id) VALUES (?, ?)",
        [(set_ids[s], document_ids[d]) for s, d in part.members_added],
    )
    connection.executemany(
        "DELETE FROM document_set_members WHERE set_id = ? AND document_id = ?",
        [(set_ids[s], document_ids[d]) for s, d in part.members_removed],
    )
    for document, name, value in part.attributes_set:
        document_id = document_ids[document]
        undo.attributes.append((document_id, name, target.scalar(
            "SELECT value FROM document_attributes WHERE document_id = ? AND name = ? COLLATE NOCASE",
            (document_id, name),
        )))  # fmt: skip
        _put_attribute(target, document_id, name, value)
    return undo


def undo_corpus(target: Project, plan: MergePlan, undo: CorpusUndo, document_ids: dict[str, int]) -> None:
    """Put the sets and values back as they were before :func:`write_corpus`."""
    part, connection = plan.corpus, target.connection
    for document_id, name, value in reversed(undo.attributes):
        _put_attribute(target, document_id, name, value)
    set_ids = dict(plain_rows(target, "SELECT uuid, id FROM document_sets"))
    connection.executemany(
        "DELETE FROM document_set_members WHERE set_id = ? AND document_id = ?",
        [(set_ids[s], document_ids[d]) for s, d in part.members_added if s in set_ids and d in document_ids],
    )
    connection.executemany(
        "INSERT OR IGNORE INTO document_set_members(set_id, document_id) VALUES (?, ?)",
        [
            (set_ids[s], document_ids[d])
            for s, d in part.members_removed
            if s in set_ids and d in document_ids
        ],
    )
    connection.executemany("DELETE FROM document_sets WHERE uuid = ?", [(row[0],) for row in part.sets_added])
    connection.executemany(
        f"INSERT INTO document_sets({_SET_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name",
        undo.sets,
    )
    connection.executemany(
        "INSERT OR IGNORE INTO document_set_members(set_id, document_id) VALUES (?, ?)", undo.members
    )


def _put_attribute(target: Project, document_id: int, name: str, value: str | None) -> None:
    target.connection.execute(
        "DELETE FROM document_attributes WHERE document_id = ? AND name = ? COLLATE NOCASE",
        (document_id, name),
    )
    if value is not None:
        target.connection.execute(
            "INSERT INTO document_attributes(document_id, name, value) VALUES (?, ?, ?)",
            (document_id, name, value),
        )
