"""Documents in a project: import, look-up, text and the structure read out of it.

A document's text never changes after import, so stored offsets stay valid. Importing a file
is one transaction: the document, its paragraphs, speaker turns and attributes are stored
together or not at all.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import starmap
from pathlib import Path

from caqda.core import audit
from caqda.core import text as text_module
from caqda.core.errors import DocumentImportError, NotFoundError
from caqda.core.importers import read_source
from caqda.core.importers.allocator import release_freed_memory
from caqda.core.importers.base import ExtractedDocument
from caqda.core.models import Document, Paragraph, SpeakerTurn
from caqda.core.naming import handed_over_text, search_index_afterwards, text_digest
from caqda.core.project import Project, new_uuid, now
from caqda.core.schema import DOCUMENT_KINDS

_HEADER_FIELD = re.compile(r"(?P<key>[^\W\d_][^:\n]{0,39}):[ \t]+(?P<value>[^\n]{1,200})")
_DOCUMENT_COLUMNS = (
    "id, uuid, name, kind, characters, source_name, source_format, sha256, imported_at, position"
)


@dataclass(frozen=True)
class ImportResult:
    """``document`` is None when nothing was imported (the same content is already there)."""

    document: Document | None
    notes: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    # ``Key: value`` header lines found before the first speaker turn; they are stored as
    # attributes only when the import was asked to (``header_attributes``).
    header_fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PreparedText:
    """A document's text with its structure, ready to store. Paragraphs and turns are compact
    sequences (``text.Spans``, ``text.Turns``): for a transcript of short lines, lists of
    tuples or objects would take several times the text's own memory."""

    text: str
    paragraphs: Sequence[tuple[int, int]]
    turns: Sequence[text_module.Turn]
    header: dict[str, str]


def prepare_text(
    raw: str,
    *,
    paragraphs: Sequence[tuple[int, int]] | None = None,
    turns: Sequence[text_module.Turn] | None = None,
) -> PreparedText:
    """Normalise ``raw`` and find its paragraphs, speaker turns and header fields. Paragraphs
    and turns an importer already knows are kept, provided ``raw`` was normalised already (their
    offsets would not fit otherwise)."""
    return _prepare_owned([raw], paragraphs=paragraphs, turns=turns)


def _prepare_owned(
    holder: list[str],
    *,
    paragraphs: Sequence[tuple[int, int]] | None = None,
    turns: Sequence[text_module.Turn] | None = None,
) -> PreparedText:
    """:func:`prepare_text` of the text in ``holder``, the caller's only reference to it (let go
    as soon as the normalised text exists)."""
    normalised, changed = text_module.normalise_owned(holder)
    if changed:
        paragraphs = turns = None
    if paragraphs is None:
        paragraphs = text_module.paragraph_spans(normalised)
    if turns is None:
        turns = text_module.speaker_turns(normalised, paragraphs)
    return PreparedText(normalised, paragraphs, turns, _header_fields(normalised, paragraphs, turns))


def import_file(
    project: Project,
    path: str | Path,
    *,
    name: str | None = None,
    kind: str | None = None,
    allow_duplicate: bool = False,
    header_attributes: bool = True,
) -> ImportResult:
    """Import one file as a new document.

    The same text already in the project is not imported again unless ``allow_duplicate``;
    the result says which document holds it. A name already taken gets a number appended.
    Raises :class:`DocumentImportError` for anything that cannot be read.
    """
    path = Path(path)
    extracted, prepared = extract_file(path)
    holder = [prepared]  # handed over: the text goes to SQLite, not kept here beside it
    del prepared
    return store_handed_over(
        project,
        holder,
        name=name or path.stem,
        source_name=path.name,
        source_format=extracted.source_format,
        kind=kind or extracted.kind,
        attributes=extracted.attributes,
        notes=list(extracted.notes),
        allow_duplicate=allow_duplicate,
        header_attributes=header_attributes,
    )


def extract_file(path: Path) -> tuple[ExtractedDocument, PreparedText]:
    """Read and prepare a file without touching any project: the slow half of an import,
    safe to run in a worker thread."""
    extracted = read_source(path)[1]  # not the bytes: they would stay alive beside the text
    # The text as read is handed over, not kept: holding it beside the prepared text would
    # hold the document twice until it is stored.
    holder = [extracted.text]
    paragraphs, turns = extracted.paragraphs, extracted.turns
    extracted = dataclasses.replace(extracted, text="", paragraphs=None, turns=None)
    prepared = _prepare_owned(holder, paragraphs=paragraphs, turns=turns)
    del paragraphs, turns
    release_freed_memory()  # what reading and preparing freed, before the copies for SQLite
    if not prepared.text or prepared.text.isspace():  # not .strip(): no copy of a large text
        raise DocumentImportError(f"'{path.name}' contains no text to import.")
    return extracted, prepared


def store_document(
    project: Project,
    prepared: PreparedText,
    *,
    name: str,
    source_name: str,
    source_format: str,
    kind: str | None = None,
    attributes: dict[str, str] | None = None,
    notes: list[str] | None = None,
    allow_duplicate: bool = False,
    header_attributes: bool = True,
) -> ImportResult:
    """Store a prepared text as a new document. Header lines become attributes only with
    ``header_attributes``; either way the result lists them (``header_fields``), so the caller
    can show what was found and let the researcher keep or drop them."""
    return store_handed_over(
        project,
        [prepared],
        name=name,
        source_name=source_name,
        source_format=source_format,
        kind=kind,
        attributes=attributes,
        notes=notes,
        allow_duplicate=allow_duplicate,
        header_attributes=header_attributes,
    )


def store_handed_over(
    project: Project,
    holder: list[PreparedText],
    *,
    name: str,
    source_name: str,
    source_format: str,
    kind: str | None = None,
    attributes: dict[str, str] | None = None,
    notes: list[str] | None = None,
    allow_duplicate: bool = False,
    header_attributes: bool = True,
) -> ImportResult:
    """:func:`store_document` of the prepared text in ``holder``, the caller's only reference to
    it (the list is emptied): the text itself is handed to SQLite (``naming.handed_over_text``)
    and not kept beside the copies SQLite makes of it while storing the row and indexing it."""
    prepared = holder.pop()
    notes = notes or []
    digest = text_digest(prepared.text)
    existing = project.scalar("SELECT name FROM documents WHERE sha256 = ?", (digest,))
    if existing is not None and not allow_duplicate:
        notes.append(
            f"'{source_name}' has the same text as document '{existing}'; it was not imported again."
        )
        return ImportResult(None, notes, duplicate_of=existing)
    if kind is None:
        kind = "interview" if prepared.turns else "other"
    if kind not in DOCUMENT_KINDS:
        raise DocumentImportError(f"Unknown document kind '{kind}'; use one of {', '.join(DOCUMENT_KINDS)}.")
    all_attributes = {**(prepared.header if header_attributes else {}), **(attributes or {})}
    with project.transaction() as connection:
        unique_name = _free_name(project, name.strip() or "Untitled")
        if unique_name != name:
            notes.append(f"A document called '{name}' exists already; this one is called '{unique_name}'.")
        document_uuid = new_uuid()
        position = project.scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM documents")
        imported_by = project.acting_coder.id if project.acting_coder else None
        characters = len(prepared.text)
        text_holder = [prepared.text]
        prepared = dataclasses.replace(prepared, text="")
        with search_index_afterwards(connection):
            with handed_over_text(connection, text_holder) as text_value:
                cursor = connection.execute(
                    "INSERT INTO documents(uuid, name, kind, text, characters, source_name, source_format, "
                    "sha256, imported_at, imported_by, position) "
                    f"VALUES (?, ?, ?, {text_value}, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        document_uuid,
                        unique_name,
                        kind,
                        characters,
                        source_name,
                        source_format,
                        digest,
                        now(),
                        imported_by,
                        position,
                    ),
                )
            document_id = int(cursor.lastrowid or 0)
            write_structure(connection, document_id, prepared, all_attributes)
            # The paragraphs and turns are stored: let them go before the text is indexed.
            prepared = dataclasses.replace(prepared, paragraphs=(), turns=())
            release_freed_memory()
        audit.record(
            project,
            "import document",
            "document",
            document_uuid,
            after={"name": unique_name, "source": source_name, "sha256": digest, "kind": kind},
        )
    return ImportResult(get_document(project, document_id), notes, header_fields=dict(prepared.header))


def write_structure(
    connection: sqlite3.Connection, document_id: int, prepared: PreparedText, attributes: dict[str, str]
) -> None:
    """Store a new document's paragraphs, speaker turns and attributes (inside the caller's
    transaction): shared by every way a document enters a project. Rows are made one at a time
    as SQLite takes them (generators, not lists), so no second copy of the structure exists."""
    connection.executemany(
        'INSERT INTO paragraphs(document_id, ordinal, start, "end") VALUES (?, ?, ?, ?)',
        ((document_id, index, start, end) for index, (start, end) in enumerate(prepared.paragraphs)),
    )
    turns = prepared.turns
    turn_rows = (
        turns.rows()
        if isinstance(turns, text_module.Turns)
        else (
            (index, t.speaker, t.timestamp, t.start, t.content_start, t.end) for index, t in enumerate(turns)
        )
    )
    connection.executemany(
        'INSERT INTO speaker_turns(document_id, ordinal, speaker, timestamp, start, content_start, "end") '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((document_id, *row) for row in turn_rows),
    )
    connection.executemany(
        "INSERT INTO document_attributes(document_id, name, value) VALUES (?, ?, ?)",
        [(document_id, name, value) for name, value in attributes.items()],
    )


def list_documents(project: Project) -> list[Document]:
    return [
        Document(**dict(row))
        for row in project.rows(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY position, id")
    ]


def get_document(project: Project, document_id: int) -> Document:
    row = project.connection.execute(
        f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (document_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"There is no document with id {document_id}.")
    return Document(**dict(row))


def find_document(project: Project, name: str) -> Document:
    """A document by name (case-insensitive), or by its source file name."""
    row = project.connection.execute(
        f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE name = ? OR source_name = ? COLLATE NOCASE "
        "ORDER BY name = ? DESC LIMIT 1",
        (name, name, name),
    ).fetchone()
    if row is None:
        # A unique beginning is enough, so "E05" names "E05 Nursing coordinator".
        rows = project.rows(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE name LIKE ? ESCAPE '\\' ORDER BY position",
            (name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",),
        )
        if len(rows) == 1:
            return Document(**dict(rows[0]))
        if len(rows) > 1:
            names = ", ".join(r["name"] for r in rows[:5])
            raise NotFoundError(f"'{name}' could be several documents ({names}); give more of the name.")
        raise NotFoundError(f"There is no document called '{name}' in this project.")
    return Document(**dict(row))


def document_text(project: Project, document_id: int) -> str:
    value = project.scalar("SELECT text FROM documents WHERE id = ?", (document_id,))
    if value is None:
        raise NotFoundError(f"There is no document with id {document_id}.")
    return str(value)


def document_utf8(project: Project, document_id: int) -> bytes:
    """The document's text encoded as UTF-8, read as the project stores it: the bytes
    ``document_text(...).encode("utf-8")`` gives, without decoding them and encoding them again
    (0.3 s for the 50 MB benchmark project's texts, which an export writes as files)."""
    if project.scalar("PRAGMA encoding") != "UTF-8":  # a file made elsewhere, in UTF-16
        return document_text(project, document_id).encode("utf-8")
    value = project.scalar("SELECT CAST(text AS BLOB) FROM documents WHERE id = ?", (document_id,))
    if value is None:
        raise NotFoundError(f"There is no document with id {document_id}.")
    return bytes(value)


def paragraphs(project: Project, document_id: int) -> list[Paragraph]:
    return [
        Paragraph(row[0], row[1], row[2])
        for row in project.rows(
            'SELECT ordinal, start, "end" FROM paragraphs WHERE document_id = ? ORDER BY ordinal',
            (document_id,),
        )
    ]


def speaker_turns(project: Project, document_id: int) -> list[SpeakerTurn]:
    cursor = project.connection.cursor()
    cursor.row_factory = None  # plain tuples: a long interview has thousands of turns
    rows = cursor.execute(
        'SELECT ordinal, speaker, timestamp, start, content_start, "end" FROM speaker_turns '
        "WHERE document_id = ? ORDER BY ordinal",
        (document_id,),
    )
    return list(starmap(SpeakerTurn, rows))


def turn_spans(project: Project, document_id: int) -> list[tuple[int, int, str]]:
    """The document's speaker turns as plain ``(start, end, speaker)`` tuples, in order: what
    finding the speaker at a place needs, for thousands of places (search hits, exports)."""
    cursor = project.connection.cursor()
    cursor.row_factory = None
    return cursor.execute(
        'SELECT start, "end", speaker FROM speaker_turns WHERE document_id = ? ORDER BY ordinal',
        (document_id,),
    ).fetchall()


def attributes(project: Project, document_id: int) -> dict[str, str]:
    return {
        row[0]: row[1]
        for row in project.rows(
            "SELECT name, value FROM document_attributes WHERE document_id = ? ORDER BY rowid",
            (document_id,),
        )
    }


def set_attribute(project: Project, document_id: int, name: str, value: str) -> None:
    document = get_document(project, document_id)
    before = attributes(project, document_id).get(name)
    with project.transaction() as connection:
        connection.execute(
            "INSERT INTO document_attributes(document_id, name, value) VALUES (?, ?, ?) "
            "ON CONFLICT(document_id, name) DO UPDATE SET value = excluded.value",
            (document_id, name, value),
        )
        audit.record(
            project,
            "set attribute",
            "document",
            document.uuid,
            before={name: before},
            after={name: value},
        )


def _free_name(project: Project, name: str) -> str:
    candidate, number = name, 2
    while project.scalar("SELECT 1 FROM documents WHERE name = ?", (candidate,)):
        candidate = f"{name} ({number})"
        number += 1
    return candidate


def _header_fields(
    text: str, paragraph_spans: Sequence[tuple[int, int]], turns: Sequence[text_module.Turn]
) -> dict[str, str]:
    """``Key: value`` lines before the first speaker turn, such as an interview's header
    (``Department: Nursing``), become document attributes."""
    first_turn = turns[0].start if turns else 0
    speakers = set(turns.speakers()) if isinstance(turns, text_module.Turns) else {t.speaker for t in turns}
    fields: dict[str, str] = {}
    for start, end in paragraph_spans:
        if start >= first_turn:
            break
        match = _HEADER_FIELD.fullmatch(text, start, end)
        if (
            match
            and match["key"] not in speakers
            and match["key"] not in fields
            and _looks_like_a_value(match["value"])
        ):
            fields[match["key"].strip()] = match["value"].strip()
    return fields


def _looks_like_a_value(value: str) -> bool:
    """A header field's value is short ("Nursing", "2024-03-19", "12 years"); a sentence
    ("Note: names were changed to protect the participants.") is a disclaimer, not an attribute."""
    words = value.split()
    sentence = value.rstrip().endswith((".", "!", "?")) and len(words) > 3
    return len(words) <= 8 and not sentence
