"""The audit trail filtered by coder, code, document, action and dates, and its CSV/Word export."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import docx

from caqda.core import codebook, coders, documents, review
from caqda.core.audit_filter import AuditFilter, actions, export_trail_csv, export_trail_docx, filtered_trail
from caqda.core.coding import add_coding, remove_coding, resize_coding
from caqda.core.project import Project


def _changes(demo: Project) -> dict[str, object]:
    """Carla codes three passages of Peer support in E05, resizes one, removes one; Sup
    reviews one. Counted here by hand."""
    carla = coders.ensure_coder(demo, "Carla")
    sup = coders.ensure_coder(demo, "Sup")
    document = documents.find_document(demo, "E05 Nursing coordinator")
    code = codebook.find_code(demo, "Peer support")
    made = [
        add_coding(demo, document_id=document.id, code_id=code.id, coder_id=carla.id, start=s, end=s + 30)
        for s in (100, 200, 300)
    ]
    demo.acting_coder = carla
    resize_coding(demo, made[0].id, 100, 140)
    remove_coding(demo, made[1].id)
    review.mark_coding(demo, made[2].uuid, sup.id, "approved")
    return {"document": document, "code": code, "made": made}


def test_filters(demo: Project) -> None:
    facts = _changes(demo)
    carla = filtered_trail(demo, AuditFilter(coder="Carla"))
    assert [row["action"] for row in carla] == [
        "add coder",
        "add coding",
        "add coding",
        "add coding",
        "resize coding",
        "remove coding",
    ]
    code = facts["code"]
    by_code = filtered_trail(demo, AuditFilter(code_uuid=code.uuid, coder="Carla"))  # type: ignore[attr-defined]
    assert [row["action"] for row in by_code] == ["add coding"] * 3 + ["resize coding", "remove coding"]
    reviewed = filtered_trail(demo, AuditFilter(code_uuid=code.uuid, action="review coding"))  # type: ignore[attr-defined]
    assert len(reviewed) == 1 and reviewed[0]["coder"] == "Sup"
    other = documents.find_document(demo, "E01 Marketing and communication manager")
    assert filtered_trail(demo, AuditFilter(document_uuid=other.uuid, coder="Carla")) == []
    document = facts["document"]
    in_e05 = filtered_trail(demo, AuditFilter(document_uuid=document.uuid, action="add coding"))  # type: ignore[attr-defined]
    expected = demo.scalar(
        "SELECT COUNT(*) FROM audit_events e WHERE e.action = 'add coding' "
        "AND json_extract(e.after, '$.document') = ?",
        (document.uuid,),  # type: ignore[attr-defined]
    )
    assert len(in_e05) == expected >= 3
    today = date.today().isoformat()
    assert len(filtered_trail(demo, AuditFilter(coder="Carla", since=today, until=today))) == 6
    assert filtered_trail(demo, AuditFilter(coder="Carla", until="2000-01-01")) == []
    assert {"add coding", "review coding", "remove coding"} <= set(actions(demo))


def test_exports(demo: Project, tmp_path: Path) -> None:
    _changes(demo)
    where = AuditFilter(coder="Carla")
    rows = filtered_trail(demo, where)
    summary = export_trail_csv(rows, tmp_path / "trail.csv")
    with (tmp_path / "trail.csv").open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.DictReader(handle))
    assert summary.items == len(written) == 6
    assert [row["action"] for row in written] == [row["action"] for row in rows]
    export_trail_docx(demo, rows, tmp_path / "trail.docx", where)
    document = docx.Document(str(tmp_path / "trail.docx"))
    texts = [p.text for p in document.paragraphs]
    assert "Only coder: Carla." in texts
    cells = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert cells[0] == ["When", "Who", "Action", "What changed"]
    assert [row[2] for row in cells[1:]] == [row["action"] for row in rows]
