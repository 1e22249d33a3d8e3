"""caqda → .qdpx → caqda keeps everything, and the .qdpx is what the standard asks for."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from caqda.core import codebook, coders, coding, documents, memos
from caqda.core.documents import prepare_text, store_document
from caqda.core.project import Project
from caqda.core.refi.project_export import export_qdpx
from caqda.core.refi.project_import import import_qdpx
from tests.conftest import REFI_FIXTURES

REPO_ROOT = next(parent for parent in Path(__file__).resolve().parents if parent.name == "tests").parent
PACKAGED_XSD = REPO_ROOT / "caqda" / "core" / "refi" / "schemas" / "Project.xsd"
NS = "{urn:QDA-XML:project:1.0}"


def _add_memos_and_oddities(project: Project) -> None:
    """Memos on every kind of target, and text that tests offsets and XML escaping."""
    ana = coders.find_coder(project, "Ana")
    bruno = coders.find_coder(project, "Bruno")
    first = documents.list_documents(project)[0]
    code = codebook.list_codes(project)[3]
    memos.add_memo(project, 'Overall: <trust> & "voice"\nsecond line', coder_id=ana.id, title="Project idea")
    memos.add_memo(project, "No title, no coder", coder_id=None)
    memos.add_memo(
        project, "About this interview", coder_id=bruno.id, target_kind="document", target_id=first.id
    )
    memos.add_memo(project, "Code memo 1", coder_id=ana.id, target_kind="code", target_id=code.id, title="t1")
    memos.add_memo(
        project, "Code memo 2\r\nwith CR", coder_id=bruno.id, target_kind="code", target_id=code.id
    )
    documents.set_attribute(project, first.id, "Région", "Île-de-France 🗼")
    emoji = store_document(
        project, prepare_text("Intro 😀😀 then Ana: trust 👍🏽 matters\nE05: yes é ok"), name="Emoji",
        source_name="emoji.txt", source_format="txt",
    ).document  # fmt: skip
    assert emoji is not None
    text = documents.document_text(project, emoji.id)
    start = text.index("trust")
    coding.add_coding(
        project, document_id=emoji.id, code_id=code.id, coder_id=ana.id, start=start, end=start + 9,
        memo="after two emoji",
    )  # fmt: skip
    codebook.add_code(project, "Only a name", color="#000000")
    codebook.add_code(
        project, "Label-like", definition="Example: not a label\nDefinition: neither", example="x"
    )


def _snapshot(project: Project) -> dict:
    code_paths = {code.id: codebook.code_path(project, code) for code in codebook.list_codes(project)}
    coder_names = {coder.id: coder.name for coder in coders.list_coders(project)}
    docs = documents.list_documents(project)
    doc_names = {doc.id: doc.name for doc in docs}
    targets = {"project": {None: None}, "document": doc_names, "code": code_paths}
    return {
        "documents": [(d.name, documents.document_text(project, d.id), d.kind) for d in docs],
        "attributes": {d.name: documents.attributes(project, d.id) for d in docs},
        "codes": [
            (code_paths[c.id], c.uuid, c.color, c.definition, c.when_to_use, c.when_not_to_use, c.example)
            for c in codebook.list_codes(project)
        ],
        "coders": sorted((c.name, c.uuid) for c in coders.list_coders(project)),
        "codings": sorted(
            (
                c.uuid,
                doc_names[c.document_id],
                code_paths[c.code_id],
                coder_names[c.coder_id],
                c.start,
                c.end,
                c.memo,
                c.created_at,
                c.updated_at,
            )
            for c in coding.list_codings(project)
        ),
        "memos": sorted(
            (
                m.uuid,
                m.target_kind,
                targets[m.target_kind][m.target_id],
                None if m.coder_id is None else coder_names[m.coder_id],
                m.title,
                m.text,
                m.created_at,
            )
            for m in memos.list_memos(project)
        ),
    }


def test_demo_round_trip_keeps_everything(demo: Project, tmp_path: Path) -> None:
    _add_memos_and_oddities(demo)
    before = _snapshot(demo)
    export_report = export_qdpx(demo, tmp_path / "demo.qdpx")
    assert (export_report.documents, export_report.codes, export_report.coders) == (
        len(documents.list_documents(demo)),
        len(codebook.list_codes(demo)),
        len(coders.list_coders(demo)),
    )
    assert export_report.codings == len(before["codings"]) > 460
    assert export_report.memos == 5

    import_report = import_qdpx(tmp_path / "demo.qdpx", tmp_path / "back.caqda")
    assert import_report.losses == []
    assert (import_report.codings, import_report.memos) == (export_report.codings, 5)
    with Project.open(tmp_path / "back.caqda") as back:
        after = _snapshot(back)
    for part in before:
        assert after[part] == before[part], part
    assert any(c[6] for c in after["codings"])  # the demo's coding memos came back


def test_export_validates_against_the_standard_schema(demo: Project, tmp_path: Path) -> None:
    _add_memos_and_oddities(demo)
    export_qdpx(demo, tmp_path / "demo.qdpx")
    stored = {d.uuid: documents.document_text(demo, d.id) for d in documents.list_documents(demo)}
    xsd = REFI_FIXTURES / "Project.xsd"
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    with zipfile.ZipFile(tmp_path / "demo.qdpx") as archive:
        names = archive.namelist()
        root = etree.fromstring(archive.read("project.qde"))
        schema.assertValid(root)
        sources = root.findall(f"{NS}Sources/{NS}TextSource")
        for source in sources:
            file_name = source.get("plainTextPath").removeprefix("internal://")
            assert f"sources/{file_name}" in names
            text = archive.read(f"sources/{file_name}").decode("utf-8")
            assert not text.startswith("\ufeff") and "\r" not in text
            assert text == stored[source.get("guid")]  # the project's text, character for character
    assert names[0] == "project.qde" and all(n == "project.qde" or n.startswith("sources/") for n in names)
    # one selection per coding, positions in code points over the .txt as written
    emoji_source = next(s for s in sources if s.get("name") == "Emoji")
    selection = emoji_source.find(f"{NS}PlainTextSelection")
    assert (selection.get("startPosition"), selection.get("endPosition")) == (
        "19",
        "28",
    )  # code points: the two emoji count one each
    assert selection.find(f"{NS}Description").text == "after two emoji"
    assert len(root.find(f"{NS}Notes")) == 5
    assert len(root.findall(f"{NS}NoteRef")) == 2  # the project memos
    assert not any(len(element) == 0 and element.tag in {f"{NS}Sets", f"{NS}Cases"} for element in root)


def test_export_of_an_empty_project_is_valid(project: Project, tmp_path: Path) -> None:
    report = export_qdpx(project, tmp_path / "empty.qdpx")
    assert report.documents == report.codes == 0 and report.losses == []
    with zipfile.ZipFile(tmp_path / "empty.qdpx") as archive:
        root = etree.fromstring(archive.read("project.qde"))
    assert len(root) == 0
    assert import_qdpx(tmp_path / "empty.qdpx", tmp_path / "empty.caqda").documents == 0


def test_export_replaces_an_existing_file_whole(demo: Project, tmp_path: Path) -> None:
    target = tmp_path / "out.qdpx"
    target.write_bytes(b"old")
    export_qdpx(demo, target)
    assert zipfile.is_zipfile(target)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_document_kinds_and_posts_travel_as_a_variable(demo: Project, tmp_path: Path) -> None:
    demo.connection.execute("UPDATE documents SET kind = 'other' WHERE id = 1")
    report = export_qdpx(demo, tmp_path / "demo.qdpx")
    assert not any("kind" in loss for loss in report.losses)
    import_qdpx(tmp_path / "demo.qdpx", tmp_path / "back.caqda")
    with Project.open(tmp_path / "back.caqda") as back:
        kinds = {d.name: d.kind for d in documents.list_documents(back)}
        originals = {d.name: d.kind for d in documents.list_documents(demo)}
        assert kinds == originals and "social_media" in kinds.values()
        social = next(d for d in documents.list_documents(back) if d.kind == "social_media")
        before = next(d for d in documents.list_documents(demo) if d.kind == "social_media")

        # Posts come back as turns; their exact times (kept in the turn's timestamp) have no place
        # in REFI-QDA, so the social-media analysis falls back on the day shown in each post.
        def posts(project: Project, document_id: int) -> list[tuple[object, ...]]:
            return [
                (t.speaker, t.start, t.content_start, t.end)
                for t in documents.speaker_turns(project, document_id)
            ]

        assert posts(back, social.id) == posts(demo, before.id)
        assert "Document kind" not in documents.attributes(back, social.id)


@pytest.mark.parametrize("origin", ["caqda 0.1.0", "Some other program 2.0"])
def test_positions_survive_whatever_the_origin(demo: Project, tmp_path: Path, origin: str) -> None:
    """A caqda file whose origin was rewritten still imports on the same passages."""
    _add_memos_and_oddities(demo)
    export_qdpx(demo, tmp_path / "demo.qdpx")
    with (
        zipfile.ZipFile(tmp_path / "demo.qdpx") as source,
        zipfile.ZipFile(tmp_path / "other.qdpx", "w") as copy,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "project.qde":
                data = data.replace(b'origin="caqda 0.1.0"', f'origin="{origin}"'.encode())
            copy.writestr(info, data)
    import_qdpx(tmp_path / "other.qdpx", tmp_path / "other.caqda")
    with Project.open(tmp_path / "other.caqda") as other:
        passages = sorted(
            (c.uuid, documents.document_text(other, c.document_id)[c.start : c.end])
            for c in coding.list_codings(other)
        )
    expected = sorted(
        (c.uuid, documents.document_text(demo, c.document_id)[c.start : c.end])
        for c in coding.list_codings(demo)
    )
    assert passages == expected


def test_characters_xml_cannot_hold_are_dropped_and_reported(demo: Project, tmp_path: Path) -> None:
    memos.add_memo(demo, "bell\x07 here", coder_id=None)
    report = export_qdpx(demo, tmp_path / "demo.qdpx")
    assert any("1 control character was left out" in loss for loss in report.losses)
    import_qdpx(tmp_path / "demo.qdpx", tmp_path / "back.caqda")
    with Project.open(tmp_path / "back.caqda") as back:
        assert [m.text for m in memos.list_memos(back)] == ["bell here"]
