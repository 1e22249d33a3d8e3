"""Counts and listings over a whole project, shared by ``caqda info``, ``caqda codings`` and the GUI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from caqda.core.filters import where_in
from caqda.core.project import Project


def project_info(project: Project) -> dict[str, list[dict[str, Any]]]:
    """Documents, codes and coders with their coding counts, in display order."""
    documents = [
        {"name": row["name"], "kind": row["kind"], "characters": row["characters"], "codings": row["codings"]}
        for row in project.rows(
            "SELECT d.name, d.kind, d.characters, "
            "(SELECT COUNT(*) FROM codings c WHERE c.document_id = d.id) AS codings "
            "FROM documents d ORDER BY d.position, d.id"
        )
    ]
    from caqda.core.codebook import list_codes

    counts = dict(project.rows("SELECT code_id, COUNT(*) FROM codings GROUP BY code_id"))
    names = {}
    codes = []
    for code in list_codes(project):
        names[code.id] = code.name
        codes.append(
            {
                "name": code.name,
                "parent": names.get(code.parent_id) if code.parent_id is not None else None,
                "codings": counts.get(code.id, 0),
            }
        )
    coders = [
        {"name": row["name"], "codings": row["codings"]}
        for row in project.rows(
            "SELECT r.name, (SELECT COUNT(*) FROM codings c WHERE c.coder_id = r.id) AS codings "
            "FROM coders r ORDER BY r.name COLLATE NOCASE"
        )
    ]
    return {"documents": documents, "codes": codes, "coders": coders}


@dataclass(frozen=True)
class CodedSegment:
    """A coding with the names and the text a reader needs, ready to print or export."""

    uuid: str
    document: str
    code: str
    coder: str
    start: int
    end: int
    text: str
    memo: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "code": self.code,
            "coder": self.coder,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "memo": self.memo,
            "uuid": self.uuid,
        }


def coded_segments(
    project: Project,
    *,
    document_ids: list[int] | None = None,
    code_ids: list[int] | None = None,
    coder_ids: list[int] | None = None,
) -> list[CodedSegment]:
    where, parameters = where_in(
        (("c.document_id", document_ids), ("c.code_id", code_ids), ("c.coder_id", coder_ids))
    )
    rows = project.rows(
        "SELECT c.uuid, c.document_id, d.name AS document, k.name AS code, r.name AS coder, "
        'c.start, c."end", c.memo FROM codings c JOIN documents d ON d.id = c.document_id '
        f"JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id {where} "
        'ORDER BY d.position, d.id, c.start, c."end", c.id',
        tuple(parameters),
    )
    texts: dict[int, str] = {}
    segments = []
    for row in rows:
        document_id = row["document_id"]
        if document_id not in texts:
            texts[document_id] = project.scalar("SELECT text FROM documents WHERE id = ?", (document_id,))
        segments.append(
            CodedSegment(
                row["uuid"],
                row["document"],
                row["code"],
                row["coder"],
                row["start"],
                row["end"],
                texts[document_id][row["start"] : row["end"]],
                row["memo"],
            )
        )
    return segments


def coded_shares(project: Project) -> dict[tuple[int, int], float]:
    """Share of each document's characters that each coder has coded with any code:
    ``(document_id, coder_id) -> 0..1``. Overlapping codings count once."""
    lengths = dict(project.rows("SELECT id, characters FROM documents"))
    covered: dict[tuple[int, int], int] = {}
    reach: dict[tuple[int, int], int] = {}
    for row in project.rows(
        'SELECT document_id, coder_id, start, "end" FROM codings ORDER BY document_id, coder_id, start'
    ):
        key = (row[0], row[1])
        start, end = row[2], row[3]
        furthest = reach.get(key, -1)
        if end > furthest:
            covered[key] = covered.get(key, 0) + end - max(start, furthest)
            reach[key] = end
    return {key: value / lengths[key[0]] for key, value in covered.items() if lengths.get(key[0])}


def code_counts(project: Project, coder_ids: list[int] | None = None) -> dict[int, int]:
    """Codings per code, counting only these coders' (None: everyone's)."""
    where, parameters = where_in((("coder_id", coder_ids),))
    return dict(
        project.rows(f"SELECT code_id, COUNT(*) FROM codings {where} GROUP BY code_id", tuple(parameters))
    )
