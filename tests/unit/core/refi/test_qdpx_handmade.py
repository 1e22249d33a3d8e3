"""A hand-made .qdpx with what real writers do and caqda used to lose: paths without
``internal://`` (relative to the archive root or to ``sources/``, in other letter cases), an
empty source, a picture and an audio source, a "/" in a code name, the same name under two
parents, sets, a category header (``isCodable="false"``) and an unreadable date. Imported,
exported (valid against Project.xsd, readable by QualCoder's rules) and imported again.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from caqda.core import code_sets, codebook, coders, documents, memos
from caqda.core.project import Project
from caqda.core.refi.project_export import export_qdpx
from caqda.core.refi.project_import import import_qdpx
from tests.conftest import REFI_FIXTURES

NS = "{urn:QDA-XML:project:1.0}"
ANA = "6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0a01"
FEELINGS = "6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0b01"
FEAR = "6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0b02"
HOPE = "6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0b03"
STAFF = "6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0b04"
STAFF_FEAR = "6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0b05"
DOC_A = "6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0c01"
DOC_B = "6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0c02"
DOC_C = "6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0c03"
EMPTY = "6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0c04"
TEXT_A = "Nurse: I was afraid of the night shift.\nPatient: So was I.\n"
TEXT_B = "Some days I hope, some days I despair.\n"
TEXT_C = "The staff fear the audits.\n"


def _selection(
    guid_tail: str, text: str, words: str, code: str, created: str = "2024-03-01T10:00:00Z"
) -> str:
    start = text.index(words)
    return (
        f'<PlainTextSelection guid="6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0d{guid_tail}" startPosition="{start}" '
        f'endPosition="{start + len(words)}" creatingUser="{ANA}" creationDateTime="{created}">'
        f'<Coding guid="6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0e{guid_tail}" creatingUser="{ANA}">'
        f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>'
    )


QDE = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="hand made" origin="Hand 1.0">
 <Users><User guid="{ANA}" name="Ana"/></Users>
 <CodeBook><Codes>
  <Code guid="{FEELINGS}" name="Feelings" isCodable="false" color="#336699">
   <Code guid="{FEAR}" name="Fear" isCodable="true" color="#aa0000"/>
   <Code guid="{HOPE}" name="Hope/despair" isCodable="true" color="#00aa00"/>
  </Code>
  <Code guid="{STAFF}" name="Staff" isCodable="true">
   <Code guid="{STAFF_FEAR}" name="Fear" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="{DOC_A}" name="Night nurse" plainTextPath="a.txt">
   {_selection("01", TEXT_A, "afraid of the night shift", FEAR)}
   {_selection("02", TEXT_A, "So was I.", STAFF_FEAR, created="yesterday")}
  </TextSource>
  <TextSource guid="{DOC_B}" name="Diary" plainTextPath="Sources/B.txt">
   {_selection("03", TEXT_B, "I hope, some days I despair", HOPE)}
  </TextSource>
  <TextSource guid="{DOC_C}" name="Audit" plainTextPath="internal://sources/c.txt">
   {_selection("04", TEXT_C, "fear the audits", STAFF_FEAR)}
  </TextSource>
  <TextSource guid="{EMPTY}" name="Blank page" plainTextPath="internal://empty.txt"/>
  <PictureSource guid="6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0f01" name="Ward photo" path="internal://w.jpg"/>
  <AudioSource guid="6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0f02" name="Shift handover" path="internal://h.mp3"/>
 </Sources>
 <Sets>
  <Set guid="6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0f03" name="Emotions">
   <Description>for the second round</Description>
   <MemberCode targetGUID="{FEAR}"/><MemberCode targetGUID="{HOPE}"/>
  </Set>
  <Set guid="6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0f04" name="Written">
   <MemberSource targetGUID="{DOC_B}"/><MemberSource targetGUID="{DOC_C}"/>
  </Set>
 </Sets>
</Project>"""


@pytest.fixture
def handmade(tmp_path: Path) -> Path:
    path = tmp_path / "handmade.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", QDE)
        archive.writestr("a.txt", TEXT_A)  # at the archive root
        archive.writestr("SOURCES/b.txt", TEXT_B)  # the folder and the file in other letter cases
        archive.writestr("Sources/c.txt", TEXT_C)
        archive.writestr("Sources/empty.txt", "")
        archive.writestr("Sources/w.jpg", b"\xff\xd8\xff")
        archive.writestr("Sources/h.mp3", b"ID3")
    return path


def _codings(path: Path) -> list[tuple[str, str, str, str]]:
    with Project.open(path) as project:
        return sorted(
            (
                row[0],
                codebook.code_path(project, codebook.get_code(project, row[1])),
                row[2],
                row[3],
            )
            for row in project.rows(
                'SELECT d.name, g.code_id, k.name, substr(d.text, g.start + 1, g."end" - g.start) '
                "FROM codings g JOIN documents d ON d.id = g.document_id JOIN coders k ON k.id = g.coder_id"
            )
        )


EXPECTED_CODINGS = [
    ("Audit", "Staff › Fear", "Ana", "fear the audits"),
    ("Diary", "Feelings › Hope/despair", "Ana", "I hope, some days I despair"),
    ("Night nurse", "Feelings › Fear", "Ana", "afraid of the night shift"),
    ("Night nurse", "Staff › Fear", "Ana", "So was I."),
]


def test_every_kind_of_path_and_what_is_not_imported_is_named(handmade: Path, tmp_path: Path) -> None:
    report = import_qdpx(handmade, tmp_path / "p.caqda")
    assert (report.documents, report.codes, report.codings) == (4, 5, 4)
    assert _codings(tmp_path / "p.caqda") == EXPECTED_CODINGS
    losses, notes = "\n".join(report.losses), "\n".join(report.notes)
    assert "'Ward photo' (picture)" in losses and "'Shift handover' (audio)" in losses
    assert "1 date was not readable" in notes
    assert "'Blank page'" in notes  # imported empty, and said so
    with Project.open(tmp_path / "p.caqda") as project:
        blank = documents.find_document(project, "Blank page")
        assert (blank.characters, documents.document_text(project, blank.id)) == (0, "")
        assert codebook.find_code(project, "Hope/despair").name == "Hope/despair"
        assert not codebook.find_code(project, "Feelings").codable
        with pytest.raises(Exception, match="More than one code is called 'Fear'"):
            codebook.find_code(project, "Fear")
        assert codebook.find_code(project, "Staff › Fear").uuid == STAFF_FEAR
        [emotions] = code_sets.list_code_sets(project)
        assert (emotions.name, emotions.description) == ("Emotions", "for the second round")
        assert sorted(codebook.get_code(project, i).uuid for i in emotions.code_ids) == sorted([FEAR, HOPE])
        document_sets = project.scalar("SELECT 1 FROM sqlite_master WHERE name = 'document_sets'")
    assert document_sets or "sets of sources was not imported" in losses or "'Written'" in losses


def test_round_trip_keeps_names_sets_headers_and_memos_qualcoder_reads(
    handmade: Path, tmp_path: Path
) -> None:
    import_qdpx(handmade, tmp_path / "p.caqda")
    with Project.open(tmp_path / "p.caqda") as project:
        ana = coders.find_coder(project, "Ana")
        diary = documents.find_document(project, "Diary")
        fear = codebook.find_code(project, "Feelings › Fear")
        memos.add_memo(project, "Overall idea", coder_id=ana.id)
        memos.add_memo(
            project, "Read with the audit", coder_id=ana.id, target_kind="document", target_id=diary.id
        )
        memos.add_memo(
            project, "Fear of what?", coder_id=ana.id, target_kind="code", target_id=fear.id, title="Q"
        )
        report = export_qdpx(project, tmp_path / "out.qdpx")
    losses = "\n".join(report.losses)
    assert "QualCoder needs unique code names" in losses and "Staff › Fear" in losses
    assert "QualCoder does not import code sets" in losses

    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        root = etree.fromstring(archive.read("project.qde"))
        names = set(archive.namelist())
        schema = etree.XMLSchema(etree.parse(str(REFI_FIXTURES / "Project.xsd")))
        assert schema.validate(root), schema.error_log
        # QualCoder's rules (src/qualcoder/refi.py parse_notes / insert_annotation): a named note
        # whose text is an internal .txt file becomes a journal; a note a source refers to needs
        # its text as content and a selection.
        referred_by_sources = {
            r.get("targetGUID") for r in root.iter(f"{NS}NoteRef") if r.getparent().tag == f"{NS}TextSource"
        }
        for note in root.iter(f"{NS}Note"):
            assert note.get("name")
            if note.get("guid") in referred_by_sources:
                assert note.find(f"{NS}PlainTextContent").text == "Read with the audit"
                assert note.find(f"{NS}PlainTextSelection") is not None
            else:
                path = note.get("plainTextPath")
                assert path.startswith("internal://") and f"sources/{path[len('internal://') :]}" in names
                assert note.find(f"{NS}PlainTextContent") is None
        codes = {c.get("name"): c.get("isCodable") for c in root.iter(f"{NS}Code")}
        assert codes["Hope/despair"] == "true" and codes["Feelings"] == "false"
        [code_set] = [s for s in root.iter(f"{NS}Set") if s.get("name") == "Emotions"]
        assert len(code_set.findall(f"{NS}MemberCode")) == 2

    import_qdpx(tmp_path / "out.qdpx", tmp_path / "again.caqda")
    assert _codings(tmp_path / "again.caqda") == EXPECTED_CODINGS
    with Project.open(tmp_path / "again.caqda") as project:
        assert [c.name for c in codebook.list_codes(project) if not c.codable] == ["Feelings"]
        assert [(s.name, len(s.code_ids)) for s in code_sets.list_code_sets(project)] == [("Emotions", 2)]
        kept = sorted((m.target_kind, m.title, m.text) for m in memos.list_memos(project))
        assert kept == [
            ("code", "Q", "Fear of what?"),
            ("document", "", "Read with the audit"),
            ("project", "", "Overall idea"),
        ]


def test_header_lines_become_attributes_only_for_interviews(tmp_path: Path) -> None:
    interview = (
        "Department: Nursing\nInterviewer: How long?\nE01: Seven years.\nInterviewer: And?\nE01: Fine.\n"
    )
    posts = "Platform: Facebook\nPatient: The wait was long.\nHospital: We are sorry.\nPatient: Thanks.\n"
    variable = "6b9f1f5e-0a4d-4c57-9f62-0d4a8c6a0a09"
    qde = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="Hand 1.0">
 <Variables><Variable guid="{variable}" name="Document kind" typeOfVariable="Text"/></Variables>
 <Sources>
 <TextSource guid="{DOC_A}" name="E01" plainTextPath="internal://e01.txt"/>
 <TextSource guid="{DOC_B}" name="Page posts" plainTextPath="internal://posts.txt">
  <VariableValue><VariableRef targetGUID="{variable}"/><TextValue>social_media</TextValue></VariableValue>
 </TextSource>
</Sources></Project>"""
    path = tmp_path / "headers.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/e01.txt", interview)
        archive.writestr("sources/posts.txt", posts)
    report = import_qdpx(path, tmp_path / "h.caqda")
    assert any("kept as text, not made into attributes" in note for note in report.notes)
    with Project.open(tmp_path / "h.caqda") as project:
        e01 = documents.find_document(project, "E01")
        page = documents.find_document(project, "Page posts")
        assert documents.attributes(project, e01.id) == {"Department": "Nursing"}
        assert (page.kind, documents.attributes(project, page.id)) == ("social_media", {})
        assert documents.document_text(project, page.id).startswith("Platform: Facebook\n")
        export_qdpx(project, tmp_path / "out.qdpx")
    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        root = etree.fromstring(archive.read("project.qde"))
    assert sorted(v.get("name") for v in root.iter(f"{NS}Variable")) == ["Department", "Document kind"]
    page_values = [
        value.find(f"{NS}TextValue").text
        for source in root.iter(f"{NS}TextSource")
        if source.get("name") == "Page posts"
        for value in source.iter(f"{NS}VariableValue")
    ]
    assert page_values == ["social_media"]  # no variable made from its first line


def test_a_path_attribute_and_a_file_outside_the_archive(tmp_path: Path) -> None:
    qde = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="Hand 1.0"><Sources>
 <TextSource guid="{DOC_A}" name="By path" path="relative://d.txt"/>
 <TextSource guid="{DOC_B}" name="On my disk" plainTextPath="C:\\\\Users\\\\ana\\\\e.txt"/>
</Sources></Project>"""
    path = tmp_path / "paths.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/d.txt", "Found through the path attribute.")
    report = import_qdpx(path, tmp_path / "x.caqda")
    assert report.documents == 1
    assert "'On my disk'" in "\n".join(report.losses)
    with Project.open(tmp_path / "x.caqda") as project:
        found = documents.find_document(project, "By path")
        assert documents.document_text(project, found.id) == "Found through the path attribute."


def test_a_coding_uuid_the_schema_refuses_stops_the_export(handmade: Path, tmp_path: Path) -> None:
    """The codings' selections are written as text (selection_xml); their GUIDs are still
    checked against the schema's pattern, so a broken one is refused like any schema error."""
    from caqda.core.refi.report import QdpxError

    import_qdpx(handmade, tmp_path / "p.caqda")
    with Project.open(tmp_path / "p.caqda") as project:
        with project.transaction():
            project.connection.execute(
                "UPDATE codings SET uuid = 'not-a-guid' WHERE id = (SELECT MIN(id) FROM codings)"
            )
        with pytest.raises(QdpxError, match=r"breaks the REFI-QDA schema.*not-a-guid"):
            export_qdpx(project, tmp_path / "broken.qdpx")
    assert not (tmp_path / "broken.qdpx").exists()
