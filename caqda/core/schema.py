"""The project file's tables, and the forward migrations between schema versions.

A caqda project is marked by ``PRAGMA application_id`` (so a random SQLite file is never taken
for a project) and versioned by ``PRAGMA user_version``. ``MIGRATIONS[v]`` turns a version-``v``
file into version ``v + 1``. The steps live in ``caqda.core.migrations`` (one module each); a new
project is the version-1 script below followed by every step, so new and migrated files match.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from caqda.core.migrations import STEPS

APPLICATION_ID = 0x43415144  # "CAQD"
SCHEMA_VERSION = 1 + len(STEPS)

DOCUMENT_KINDS = ("interview", "social_media", "other")

_SCHEMA_V1 = """
CREATE TABLE coders (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('interview', 'social_media', 'other')),
    text TEXT NOT NULL,
    characters INTEGER NOT NULL,
    source_name TEXT NOT NULL,
    source_format TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by INTEGER REFERENCES coders(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_sha256 ON documents(sha256);
CREATE TABLE document_attributes (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (document_id, name)
);
CREATE TABLE paragraphs (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE speaker_turns (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    timestamp TEXT,
    start INTEGER NOT NULL,
    content_start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE codes (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '',
    when_to_use TEXT NOT NULL DEFAULT '',
    when_not_to_use TEXT NOT NULL DEFAULT '',
    example TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX codes_parent ON codes(parent_id, position);
CREATE TABLE codings (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    coder_id INTEGER NOT NULL REFERENCES coders(id),
    start INTEGER NOT NULL CHECK (start >= 0),
    "end" INTEGER NOT NULL CHECK ("end" > start),
    memo TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX codings_document ON codings(document_id, start);
CREATE INDEX codings_code ON codings(code_id);
CREATE INDEX codings_coder ON codings(coder_id);
CREATE TABLE memos (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    coder_id INTEGER REFERENCES coders(id),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'document', 'code')),
    target_id INTEGER,
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX memos_target ON memos(target_kind, target_id);
CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    coder_id INTEGER REFERENCES coders(id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_uuid TEXT,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_events_entity ON audit_events(entity_uuid);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def create_schema(connection: sqlite3.Connection) -> None:
    """Create the current schema in an empty database, inside the caller's transaction."""
    for statement in _SCHEMA_V1.split(";"):
        if statement.strip():
            connection.execute(statement)
    for version in range(1, SCHEMA_VERSION):
        MIGRATIONS[version](connection)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


Migration = Callable[[sqlite3.Connection], None]

# MIGRATIONS[v] upgrades a file at version v to v + 1. Version 1 is the first released schema.
MIGRATIONS: dict[int, Migration] = {version: step for version, step in enumerate(STEPS, start=1)}
