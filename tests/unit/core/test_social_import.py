"""Social-media exports: one line per post, threads together, each post a turn of its author."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caqda.core import documents
from caqda.core.errors import DocumentImportError
from caqda.core.project import Project

ROWS = [
    ("Facebook", "FB-1", "", "2023-03-02T14:31:00", "relative", "Maria S.", "Minha mãe esperou 4 horas 😡"),
    ("Facebook", "FB-2", "FB-1", "2023-03-02T16:05:00", "hospital_page", "Hospital Santa Clara",
     "Sentimos muito, Maria."),
    ("Instagram", "IG-1", "", "2023-03-01T09:00:00", "patient", "João P.", "Parabéns à enfermeira Luíza!"),
    ("Facebook", "FB-3", "FB-2", "2023-03-02T17:00:00", "relative", "Maria S.", "Já mandei,\nsem resposta."),
]  # fmt: skip
HEADER = "platform,post_id,parent_id,created_at,author_role,author,text,likes"


def _csv(path: Path, rows: list[tuple[str, ...]] = ROWS) -> Path:
    import csv

    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER.split(","))
        for row in rows:
            writer.writerow([*row, "3"])
    return path


def test_posts_are_lines_in_thread_order(project: Project, tmp_path: Path) -> None:
    document = documents.import_file(project, _csv(tmp_path / "export.csv")).document
    assert document is not None and document.kind == "social_media"
    text = documents.document_text(project, document.id)
    assert text.split("\n") == [
        "João P. (paciente, Instagram, 2023-03-01): Parabéns à enfermeira Luíza!",
        "Maria S. (familiar, Facebook, 2023-03-02): Minha mãe esperou 4 horas 😡",
        "↳ Hospital Santa Clara (página do hospital, Facebook, 2023-03-02): Sentimos muito, Maria.",
        "↳ ↳ Maria S. (familiar, Facebook, 2023-03-02): Já mandei, sem resposta.",
    ]
    turns = documents.speaker_turns(project, document.id)
    assert [t.speaker for t in turns] == ["João P.", "Maria S.", "Hospital Santa Clara", "Maria S."]
    assert [text[t.content_start : t.end] for t in turns][1] == "Minha mãe esperou 4 horas 😡"
    assert len(documents.paragraphs(project, document.id)) == 4
    attributes = documents.attributes(project, document.id)
    assert attributes["Posts"] == "4" and attributes["Period"] == "2023-03-01 – 2023-03-02"


def test_json_exports_read_the_same(project: Project, tmp_path: Path) -> None:
    keys = HEADER.split(",")[:-1]
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"posts": [dict(zip(keys, row, strict=True)) for row in ROWS]}), "utf-8")
    csv_document = documents.import_file(project, _csv(tmp_path / "a.csv")).document
    result = documents.import_file(project, path)
    assert result.document is None and result.duplicate_of == csv_document.name  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,age\nAna,3\n", "lacks the column"),
        (HEADER + "\n", "no posts"),
        (
            HEADER + "\nFacebook,FB-1,,2023-01-01,patient,A,x,1\nFacebook,FB-1,,2023-01-02,patient,B,y,1\n",
            "repeats",
        ),
        ('[{"platform": 1}', "not valid JSON"),
    ],
)
def test_broken_exports_are_refused(project: Project, tmp_path: Path, content: str, message: str) -> None:
    suffix = ".json" if content.startswith("[") else ".csv"
    path = tmp_path / f"bad{suffix}"
    path.write_text(content, "utf-8")
    with pytest.raises(DocumentImportError, match=message):
        documents.import_file(project, path)
    assert documents.list_documents(project) == []
