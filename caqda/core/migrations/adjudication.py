"""Adjudication: the decisions that settle two coders' disagreements into a consensus.

``adjudications`` holds one row per settled stretch (a disagreement, or an agreement accepted
as it is), keyed by the two coders, the code, the document and the stretch, so the progress
survives closing the project and a stretch is settled once. ``consensus_provenance`` says
where each consensus coding came from (coder A's codings, B's, both, or made by hand);
``consensus_coders`` marks the coders whose codings are a consensus.
"""

from __future__ import annotations

import sqlite3


def migrate(connection: sqlite3.Connection) -> None:
    connection.execute(
        """
        CREATE TABLE consensus_coders (
            coder_id INTEGER PRIMARY KEY REFERENCES coders(id) ON DELETE CASCADE
        )
        """
    )
    connection.execute(
        """
        CREATE TABLE adjudications (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            coder_a TEXT NOT NULL,
            coder_b TEXT NOT NULL,
            consensus_id INTEGER NOT NULL REFERENCES coders(id),
            code_uuid TEXT NOT NULL,
            document_uuid TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('a', 'b', 'both', 'none', 'hand', 'agreement')),
            decided_by INTEGER REFERENCES coders(id),
            decided_at TEXT NOT NULL,
            UNIQUE (coder_a, coder_b, code_uuid, document_uuid, start, "end")
        )
        """
    )
    connection.execute(
        """
        CREATE TABLE consensus_provenance (
            coding_uuid TEXT PRIMARY KEY,
            adjudication_uuid TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('a', 'b', 'both', 'hand', 'agreement')),
            source_codings TEXT NOT NULL DEFAULT '[]',
            source_coders TEXT NOT NULL DEFAULT '[]'
        )
        """
    )
    connection.execute(
        "CREATE INDEX consensus_provenance_adjudication ON consensus_provenance(adjudication_uuid)"
    )
