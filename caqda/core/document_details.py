"""What a researcher wants to know about each document beside its text: where it came from
(source file and format), when and by whom it was imported, how much of it is coded, and the
sets and attributes it has. One query per table, shared by ``caqda document list`` and the
documents window."""

from __future__ import annotations

from dataclasses import dataclass, field

from caqda.core.project import Project


@dataclass(frozen=True)
class DocumentDetails:
    id: int
    uuid: str
    name: str
    kind: str
    characters: int
    source_name: str
    source_format: str
    imported_at: str
    imported_by: str  # the coder's name; "" when unknown (imported by a script or another tool)
    position: int
    codings: int
    memos: int
    sets: tuple[str, ...] = ()
    attributes: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "uuid": self.uuid,
            "kind": self.kind,
            "characters": self.characters,
            "source_name": self.source_name,
            "source_format": self.source_format,
            "imported_at": self.imported_at,
            "imported_by": self.imported_by,
            "position": self.position,
            "codings": self.codings,
            "memos": self.memos,
            "sets": list(self.sets),
            "attributes": dict(self.attributes),
        }


def document_details(project: Project, document_ids: list[int] | None = None) -> list[DocumentDetails]:
    """Every document (or those listed), in list order."""
    codings = dict(project.rows("SELECT document_id, COUNT(*) FROM codings GROUP BY document_id"))
    memos = dict(
        project.rows(
            "SELECT target_id, COUNT(*) FROM memos WHERE target_kind = 'document' GROUP BY target_id"
        )
    )
    sets: dict[int, list[str]] = {}
    for document_id, name in project.rows(
        "SELECT m.document_id, s.name FROM document_set_members m JOIN document_sets s ON s.id = m.set_id "
        "ORDER BY s.position, s.name COLLATE NOCASE"
    ):
        sets.setdefault(document_id, []).append(name)
    attributes: dict[int, dict[str, str]] = {}
    for document_id, name, value in project.rows(
        "SELECT document_id, name, value FROM document_attributes ORDER BY rowid"
    ):
        attributes.setdefault(document_id, {})[name] = value
    wanted = None if document_ids is None else set(document_ids)
    return [
        DocumentDetails(
            row["id"],
            row["uuid"],
            row["name"],
            row["kind"],
            row["characters"],
            row["source_name"],
            row["source_format"],
            row["imported_at"],
            row["importer"] or "",
            row["position"],
            codings.get(row["id"], 0),
            memos.get(row["id"], 0),
            tuple(sets.get(row["id"], ())),
            attributes.get(row["id"], {}),
        )
        for row in project.rows(
            "SELECT d.id, d.uuid, d.name, d.kind, d.characters, d.source_name, d.source_format, "
            "d.imported_at, d.position, r.name AS importer FROM documents d "
            "LEFT JOIN coders r ON r.id = d.imported_by ORDER BY d.position, d.id"
        )
        if wanted is None or row["id"] in wanted
    ]
