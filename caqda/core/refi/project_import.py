"""Import a REFI-QDA project (.qdpx) from another program as a new caqda project.

What comes in, and as what:

* ``Users`` become coders (GUIDs kept as uuids). A coding's coder is its ``Coding``'s
  ``creatingUser``, else its selection's, else the project's; a user that is referred to
  but not listed becomes a coder called "Unknown user <first digits of the GUID>".
* The ``CodeBook`` becomes the code tree (see :mod:`caqda.core.refi.codebook` for colours and
  the four definition fields in one ``Description``). caqda's rules on names apply: a ``/``
  is kept (" › " would become " - ") and a name repeated among siblings gets " (2)".
* Each ``TextSource`` (and the plain-text ``Representation`` of a ``PDFSource``) becomes a
  document, its text normalised as any import is (NFC, ``\\n`` line ends). Each ``Coding``
  of a ``PlainTextSelection`` becomes one coding; the positions are converted to code
  points of the normalised text after finding how the program counted them
  (:mod:`caqda.core.refi.offsets`: NVivo counts UTF-16 units over CRLF text).
* Memos: a selection's ``Description`` and the notes its selection or ``Coding`` refers to
  become the coding's memo (joined by a blank line; a selection with several codings gives
  the memo to each). Notes referred to from a source or a code become memos of that
  document or code, all other notes project memos, and a non-empty source or project
  ``Description`` a memo titled "Description".
* ``VariableValue`` of a source becomes a document attribute (values of other types than
  Text are kept as their text). caqda has no cases: a ``Case``'s variable values go to
  the documents it names (``SourceRef``), which also get a ``Case`` attribute naming it.

Everything else (pictures, audio, video, PDF pages, sets, links, graphs…) is listed in the
report's losses. The project is built in a temporary file next to the target and renamed
at the very end, so a refused or failed import leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
from pathlib import Path

from caqda.core import audit, bulk
from caqda.core.coding import INSERTED
from caqda.core.documents import write_structure
from caqda.core.importers.allocator import release_freed_memory
from caqda.core.naming import handed_over_text, search_index_afterwards, text_digest
from caqda.core.project import Project, now
from caqda.core.refi.archive import QdpxArchive
from caqda.core.refi.import_plan import ImportPlan, PlannedDocument, plan_import
from caqda.core.refi.offsets import SourceText
from caqda.core.refi.qde_read import local_name, read_project
from caqda.core.refi.report import QdpxError, QdpxReport, named, were
from caqda.core.refi.safe_xml import parse_xml


def import_qdpx(qdpx_path: str | os.PathLike[str], project_path: str | os.PathLike[str]) -> QdpxReport:
    """Create the caqda project ``project_path`` from the .qdpx at ``qdpx_path``.

    Returns what was imported and what was lost. Raises :class:`QdpxError` (nothing is
    created) if the target exists, the file is not a safe, readable .qdpx, its XML declares
    entities, or a text file it refers to is missing.
    """
    qdpx_path, project_path = Path(qdpx_path), Path(project_path)
    if project_path.exists():
        raise QdpxError(f"'{project_path}' already exists; choose another name for the new project.")
    if not project_path.parent.is_dir():
        raise QdpxError(f"The folder '{project_path.parent}' does not exist.")
    with QdpxArchive.open(qdpx_path) as archive:
        what = f"the project file '{archive.project_name}' in '{qdpx_path.name}'"
        root = parse_xml(archive.read_project(), what, QdpxError)
        if local_name(root) != "Project":
            raise QdpxError(
                f"'{qdpx_path.name}' is not a REFI-QDA project: its project file's main element is "
                f"<{local_name(root)}>, where a project has <Project>."
            )
        plan = plan_import(read_project(root), archive)
    _write(plan, project_path, qdpx_path.name)
    return QdpxReport(
        documents=len(plan.documents),
        codes=len(plan.codes),
        coders=len(plan.coders),
        codings=len(plan.codings),
        memos=len(plan.memos),
        attributes=sum(len(document.attributes) for document in plan.documents),
        losses=plan.losses,
        notes=plan.notes,
    )


def _write(plan: ImportPlan, project_path: Path, file_name: str) -> None:
    """Build the project in a temporary file next to ``project_path``, then move it there."""
    temporary = project_path.with_name(f".{project_path.name}.{os.getpid()}.importing")
    temporary.unlink(missing_ok=True)
    try:
        with Project.create(temporary) as project:
            _insert(project, plan, file_name)
        if project_path.exists():
            raise QdpxError(f"'{project_path}' appeared while importing; choose another name.")
        os.replace(temporary, project_path)
    except OSError as os_error:
        reason = os_error.strerror or str(os_error)
        raise QdpxError(f"The new project '{project_path}' could not be written ({reason}).") from os_error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _insert(project: Project, plan: ImportPlan, file_name: str) -> None:
    stamp = now()
    with project.transaction() as connection:
        coder_ids = [
            connection.execute(
                "INSERT INTO coders(uuid, name, created_at) VALUES (?, ?, ?)", (coder_uuid, name, stamp)
            ).lastrowid
            for coder_uuid, name in plan.coders
        ]
        code_ids: list[int | None] = []
        for code in plan.codes:
            parent_id = None if code.parent is None else code_ids[code.parent]
            code_ids.append(
                connection.execute(
                    "INSERT INTO codes(uuid, parent_id, name, color, definition, when_to_use, "
                    "when_not_to_use, example, position, created_at, codable) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        code.uuid,
                        parent_id,
                        code.name,
                        code.color,
                        *code.fields,
                        code.position,
                        stamp,
                        code.codable,
                    ),
                ).lastrowid
            )
        # What planning freed goes back to the system before the copies for SQLite are made
        # (importers.allocator); the documents are indexed together once all are stored, not
        # each by the trigger while SQLite holds two copies of its text
        # (naming.search_index_afterwards).
        release_freed_memory()
        with search_index_afterwards(connection):
            document_ids = [
                _insert_document(connection, document, position)
                for position, document in enumerate(plan.documents, start=1)
            ]
        bulk.insert_rows(
            connection,
            "codings",
            INSERTED,
            (
                (row[0], document_ids[row[1]], code_ids[row[2]], coder_ids[row[3]], *row[4:])
                for row in plan.codings
            ),
        )
        targets = {"document": document_ids, "code": code_ids}
        connection.executemany(
            "INSERT INTO memos(uuid, coder_id, target_kind, target_id, title, text, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    memo_uuid,
                    None if coder is None else coder_ids[coder],
                    kind,
                    None if target is None else targets[kind][target],
                    title,
                    text,
                    created,
                    updated,
                )
                for memo_uuid, coder, kind, target, title, text, created, updated in plan.memos
            ),
        )
        _insert_sets(connection, plan, code_ids, document_ids, stamp)
        audit.record(
            project,
            "import qdpx",
            "project",
            None,
            after={
                "file": file_name,
                "documents": len(plan.documents),
                "codes": len(plan.codes),
                "coders": len(plan.coders),
                "codings": len(plan.codings),
                "memos": len(plan.memos),
                "losses": plan.losses,
            },
        )


def _insert_document(connection: sqlite3.Connection, document: PlannedDocument, position: int) -> int:
    """Store a planned document. Its text is handed over to SQLite (``handed_over_text``) and
    let go by the plan, which needs it no more (nor the source's text and offset maps)."""
    prepared = document.prepared
    characters, digest = len(prepared.text), text_digest(prepared.text)
    holder = [prepared.text]
    document.prepared = prepared = dataclasses.replace(prepared, text="")
    document.source = SourceText("")
    with handed_over_text(connection, holder) as text_value:
        document_id = connection.execute(
            "INSERT INTO documents(uuid, name, kind, text, characters, source_name, source_format, sha256, "
            f"imported_at, imported_by, position) VALUES (?, ?, ?, {text_value}, ?, ?, ?, ?, ?, NULL, ?)",
            (
                document.uuid,
                document.name,
                document.kind or ("interview" if prepared.turns else "other"),
                characters,
                document.name,
                "qdpx",
                digest,
                document.imported_at,
                position,
            ),
        ).lastrowid
    write_structure(connection, int(document_id), prepared, document.attributes)
    # Stored: the plan lets the paragraphs and turns go before the texts are indexed.
    document.prepared = dataclasses.replace(prepared, paragraphs=(), turns=())
    return int(document_id)


def _insert_sets(
    connection: sqlite3.Connection,
    plan: ImportPlan,
    code_ids: list[int | None],
    document_ids: list[int],
    stamp: str,
) -> None:
    """Code sets always; sets of sources as document sets where the project has them."""
    for position, (set_uuid, name, description, members) in enumerate(plan.code_sets):
        set_id = connection.execute(
            "INSERT INTO code_sets(uuid, name, description, position, created_at) VALUES (?, ?, ?, ?, ?)",
            (set_uuid, name, description, position, stamp),
        ).lastrowid
        connection.executemany(
            "INSERT OR IGNORE INTO code_set_members(set_id, code_id) VALUES (?, ?)",
            [(set_id, code_ids[member]) for member in members],
        )
    if not plan.document_sets:
        return
    if _has_document_sets(connection):
        for set_uuid, name, description, members in plan.document_sets:
            set_id = connection.execute(
                "INSERT INTO document_sets(uuid, name, description, created_at) VALUES (?, ?, ?, ?)",
                (set_uuid, name, description, stamp),
            ).lastrowid
            connection.executemany(
                "INSERT OR IGNORE INTO document_set_members(set_id, document_id) VALUES (?, ?)",
                [(set_id, document_ids[member]) for member in members],
            )
        return
    names = [name for _, name, _, _ in plan.document_sets]
    plan.losses.append(
        f"{were(len(names), 'set of sources', 'sets of sources')} not imported: this version of caqda "
        f"has no document sets ({named(names)})."
    )


def _has_document_sets(connection: sqlite3.Connection) -> bool:
    """Whether the schema holds document sets with the columns this import writes."""
    wanted = {
        "document_sets": {"uuid", "name", "description", "created_at"},
        "document_set_members": {"set_id", "document_id"},
    }
    for table, columns in wanted.items():
        present = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
        if not columns <= present:
            return False
    return True
