"""Category headers (codes not for coding), code sets, and the rule for names and paths."""

from __future__ import annotations

import pytest

from caqda.core import code_sets, codebook, coders, coding, documents, snapshots
from caqda.core.documents import prepare_text, store_document
from caqda.core.errors import CodebookError, NotFoundError
from caqda.core.project import Project


def test_a_category_header_cannot_be_coded_with(project: Project) -> None:
    ana = coders.ensure_coder(project, "Ana")
    document = store_document(
        project,
        prepare_text("We felt heard at last."),
        name="E01",
        source_name="E01.txt",
        source_format="txt",
    ).document
    assert document is not None
    header = codebook.add_code(project, "Feelings")
    child = codebook.add_code(project, "Heard", parent_id=header.id)
    codebook.set_codable(project, header.id, False)
    with pytest.raises(CodebookError, match="'Feelings' is a category header"):
        coding.add_coding(
            project, document_id=document.id, code_id=header.id, coder_id=ana.id, start=3, end=7
        )
    made = coding.add_coding(
        project, document_id=document.id, code_id=child.id, coder_id=ana.id, start=3, end=7
    )
    with pytest.raises(CodebookError, match="category header"):
        coding.recode_coding(project, made.id, header.id)
    assert project.scalar("SELECT COUNT(*) FROM codings") == 1
    codebook.set_codable(project, header.id, True)
    coding.add_coding(project, document_id=document.id, code_id=header.id, coder_id=ana.id, start=0, end=2)
    assert project.scalar("SELECT COUNT(*) FROM codings") == 2
    actions = [
        row[0] for row in project.rows("SELECT action FROM audit_events WHERE action LIKE 'mark code%'")
    ]
    assert actions == ["mark code not codable", "mark code codable"]


def test_slash_in_names_paths_with_arrows_and_repeated_names(project: Project) -> None:
    feelings = codebook.add_code(project, "Feelings")
    staff = codebook.add_code(project, "Staff")
    hope = codebook.add_code(project, "Hope/despair", parent_id=feelings.id)
    fear = codebook.add_code(project, "Fear", parent_id=feelings.id)
    staff_fear = codebook.add_code(project, "Fear", parent_id=staff.id)
    assert codebook.code_path(project, hope) == "Feelings › Hope/despair"
    assert codebook.find_code(project, "hope/despair").id == hope.id  # a unique name, "/" and all
    assert codebook.find_code(project, "Feelings › Hope/despair").id == hope.id
    assert codebook.find_code(project, "Staff › Fear").id == staff_fear.id
    assert codebook.find_code(project, "Feelings/Fear").id == fear.id  # the old way of writing paths
    with pytest.raises(CodebookError, match="More than one code is called 'Fear'"):
        codebook.find_code(project, "Fear")
    with pytest.raises(NotFoundError):
        codebook.find_code(project, "Staff › Hope/despair")
    assert codebook.repeated_names(project) == {"Fear": ["Feelings › Fear", "Staff › Fear"]}
    renamed = codebook.rename_code(project, staff_fear.id, "Fear/anxiety")
    assert renamed.name == "Fear/anxiety" and codebook.repeated_names(project) == {}


def test_code_sets(project: Project) -> None:
    a, b, c = (codebook.add_code(project, name) for name in ("A", "B", "C"))
    made = code_sets.add_code_set(project, "Second round", [c.id, a.id], description="to recode")
    assert (made.name, made.description, made.code_ids) == ("Second round", "to recode", (a.id, c.id))
    with pytest.raises(CodebookError, match="already a code set called 'Second round'"):
        code_sets.add_code_set(project, "second ROUND")
    changed = code_sets.set_members(project, made.id, [b.id])
    assert changed.code_ids == (b.id,)
    assert code_sets.sets_by_code(project) == {b.id: ["Second round"]}
    saved = snapshots.snapshot(project, [b.id])
    codebook.delete_code(project, b.id)
    assert code_sets.get_code_set(project, made.id).code_ids == ()  # the set stays, the member goes
    snapshots.restore(project, saved)
    assert code_sets.get_code_set(project, made.id).code_ids == (b.id,)  # undo brings it back
    code_sets.delete_code_set(project, made.id)
    assert code_sets.list_code_sets(project) == []
    assert len(codebook.list_codes(project)) == 3
    assert documents.list_documents(project) == []


def test_qdc_keeps_sets_headers_and_slashes(project: Project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    from caqda.core import codebook_files
    from tests.conftest import REFI_FIXTURES

    feelings = codebook.add_code(project, "Feelings")
    codebook.set_codable(project, feelings.id, False)
    hope = codebook.add_code(project, "Hope/despair", parent_id=feelings.id)
    code_sets.add_code_set(project, "Emotions", [hope.id], description="round two")
    path = tmp_path / "book.qdc"
    codebook_files.export_codebook(project, path)
    schema = etree.XMLSchema(etree.parse(str(REFI_FIXTURES / "Codebook.xsd")))
    root = etree.parse(str(path)).getroot()
    assert schema.validate(root), schema.error_log
    ns = "{urn:QDA-XML:codebook:1.0}"
    assert [(c.get("name"), c.get("isCodable")) for c in root.iter(f"{ns}Code")] == [
        ("Feelings", "false"),
        ("Hope/despair", "true"),
    ]
    with Project.create(tmp_path / "other.caqda") as other:
        load = codebook_files.import_codebook(other, path)
        assert load.losses == []
        assert [(codebook.code_path(other, c), c.codable) for c in codebook.list_codes(other)] == [
            ("Feelings", False),
            ("Feelings › Hope/despair", True),
        ]
        [emotions] = code_sets.list_code_sets(other)
        assert (emotions.name, emotions.description, emotions.code_ids) == (
            "Emotions",
            "round two",
            (codebook.find_code(other, "Hope/despair").id,),
        )
