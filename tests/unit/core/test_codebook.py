"""Codebook operations, the shipped value-sphere codebook, and codebook files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caqda.core import audit, code_sets, codebook, codebook_files, coders, documents
from caqda.core.coding import add_coding, list_codings
from caqda.core.errors import CodebookError, NotFoundError
from caqda.core.project import Project
from caqda.core.resources import codebook_path
from tests.conftest import REFI_FIXTURES

STUDY_CODES = {
    "Provider sphere": [
        "Social media strategy and planning",
        "Content production",
        "Monitoring and listening",
        "Process improvement from feedback",
        "Resources and capabilities",
        "New or adapted services",
    ],
    "Joint sphere": [
        "Responding to interactions",
        "Complaint handling and service recovery",
        "Acknowledging praise",
        "Information and guidance",
        "Online-to-offline bridging",
        "Co-design with patients",
        "Value co-destruction",
    ],
    "Customer sphere": [
        "Patient experience narrative",
        "Patient empowerment",
        "Peer support",
        "Emotional value",
        "Word of mouth and reputation",
    ],
    "Interaction type": [
        "Complaint",
        "Compliment",
        "Question",
        "Suggestion",
        "Testimonial",
        "Other interaction",
    ],
}


def _tree(project: Project) -> dict[str, list[str]]:
    codes = codebook.list_codes(project)
    by_id = {code.id: code for code in codes}
    tree: dict[str, list[str]] = {}
    for code in codes:
        if code.parent_id is None:
            tree.setdefault(code.name, [])
        else:
            tree[by_id[code.parent_id].name].append(code.name)
    return tree


def test_value_sphere_codebook_matches_the_study(project: Project) -> None:
    load = codebook_files.load_builtin_codebook(project, "value-spheres")
    assert load.added == 28
    assert _tree(project) == STUDY_CODES
    for code in codebook.list_codes(project):
        for field in codebook.CODE_FIELDS:
            assert getattr(code, field).strip(), (code.name, field)
    colours = [code.color for code in codebook.list_codes(project)]
    assert len(set(colours)) == len(colours)


def test_loading_a_codebook_twice_adds_nothing(project: Project) -> None:
    codebook_files.load_builtin_codebook(project)
    again = codebook_files.load_builtin_codebook(project)
    assert (again.added, again.kept) == (0, 28)
    assert len(codebook.list_codes(project)) == 28


def test_add_nest_and_find_by_path(project: Project) -> None:
    sphere = codebook.add_code(project, "Joint sphere", color="#2CA02C")
    child = codebook.add_code(project, "Other", parent_id=sphere.id)
    other_parent = codebook.add_code(project, "Customer sphere")
    codebook.add_code(project, "Other", parent_id=other_parent.id)
    assert sphere.color == "#2ca02c"
    assert codebook.find_code(project, "joint sphere/other").id == child.id
    with pytest.raises(CodebookError, match="More than one code is called 'Other'"):
        codebook.find_code(project, "Other")
    with pytest.raises(NotFoundError, match="no code called 'Nope'"):
        codebook.find_code(project, "Nope")


def test_sibling_names_are_unique(project: Project) -> None:
    codebook.add_code(project, "Peer support")
    with pytest.raises(CodebookError, match="already a code called 'Peer support'"):
        codebook.add_code(project, "peer SUPPORT")
    with pytest.raises(CodebookError, match="needs a name"):
        codebook.add_code(project, "   ")
    with pytest.raises(CodebookError, match="cannot contain '›'"):
        codebook.add_code(project, "a › b")


def test_rename_recolour_and_edit(project: Project) -> None:
    code = codebook.add_code(project, "Listening")
    codebook.rename_code(project, code.id, "Monitoring and listening")
    codebook.recolour_code(project, code.id, "#abc")
    codebook.update_code(project, code.id, definition="Following mentions.", example="We read every review.")
    changed = codebook.get_code(project, code.id)
    assert (changed.name, changed.color, changed.definition, changed.example) == (
        "Monitoring and listening",
        "#aabbcc",
        "Following mentions.",
        "We read every review.",
    )
    with pytest.raises(CodebookError, match="is not a colour"):
        codebook.recolour_code(project, code.id, "blue-ish")
    with pytest.raises(CodebookError, match="Unknown code field"):
        codebook.update_code(project, code.id, colour="#000000")
    actions = [event.action for event in audit.events(project, code.uuid)]
    assert actions == ["add code", "rename code", "recolour code", "edit code"]


def test_move_orders_siblings_and_refuses_cycles(project: Project) -> None:
    a = codebook.add_code(project, "A")
    b = codebook.add_code(project, "B")
    c = codebook.add_code(project, "C")
    codebook.move_code(project, c.id, None, position=0)
    assert [code.name for code in codebook.list_codes(project)] == ["C", "A", "B"]
    codebook.move_code(project, b.id, a.id)
    assert _tree(project) == {"C": [], "A": ["B"]}
    with pytest.raises(CodebookError, match="inside itself"):
        codebook.move_code(project, a.id, b.id)
    with pytest.raises(CodebookError, match="inside itself"):
        codebook.move_code(project, a.id, a.id)


def _coded_project(project: Project) -> tuple[int, int, int]:
    path = project.path.parent / "t.txt"
    path.write_text("Interviewer: hello there\nE01: we answer every review on Facebook.\n")
    document = documents.import_file(project, path).document
    assert document is not None
    ana = coders.ensure_coder(project, "Ana")
    return document.id, ana.id, coders.ensure_coder(project, "Bruno").id


def test_merge_moves_codings_and_subcodes(project: Project) -> None:
    document_id, ana, bruno = _coded_project(project)
    source = codebook.add_code(project, "Answering")
    sub = codebook.add_code(project, "Fast answers", parent_id=source.id)
    target = codebook.add_code(project, "Responding to interactions")
    for coder, code in ((ana, source), (bruno, source), (ana, target), (ana, sub)):
        add_coding(project, document_id=document_id, code_id=code.id, coder_id=coder, start=30, end=50)
    moved = codebook.merge_codes(project, source.id, target.id)
    assert moved == 1  # Ana's identical coding is not duplicated; Bruno's moves
    assert [code.name for code in codebook.list_codes(project)] == [
        "Responding to interactions",
        "Fast answers",
    ]
    codings = list_codings(project)
    assert sorted((c.code_id, c.coder_id) for c in codings) == sorted(
        [(target.id, ana), (target.id, bruno), (sub.id, ana)]
    )
    with pytest.raises(CodebookError, match="into itself"):
        codebook.merge_codes(project, target.id, target.id)


def test_delete_reports_the_codings_that_go(project: Project) -> None:
    document_id, ana, _ = _coded_project(project)
    parent = codebook.add_code(project, "Joint sphere")
    child = codebook.add_code(project, "Peer support", parent_id=parent.id)
    keep = codebook.add_code(project, "Customer sphere")
    for code, start in ((parent, 0), (child, 5), (child, 10), (keep, 0)):
        add_coding(
            project, document_id=document_id, code_id=code.id, coder_id=ana, start=start, end=start + 4
        )
    assert codebook.codings_under(project, parent.id) == 3
    assert codebook.delete_code(project, parent.id) == 3
    assert [code.name for code in codebook.list_codes(project)] == ["Customer sphere"]
    assert [c.code_id for c in list_codings(project)] == [keep.id]
    event = audit.events(project, parent.uuid)[-1]
    assert event.action == "delete code" and json.loads(event.before or "{}")["codings"] == 3


def test_json_codebook_round_trip(project: Project, tmp_path: Path) -> None:
    codebook_files.load_builtin_codebook(project)
    out = tmp_path / "book.json"
    assert codebook_files.export_codebook(project, out) == 28
    with Project.create(tmp_path / "other.caqda") as other:
        codebook_files.import_codebook(other, out)
        assert codebook.code_specs(other) == codebook.code_specs(project)


def test_qdc_export_then_import_keeps_the_codebook(project: Project, tmp_path: Path) -> None:
    codebook_files.load_builtin_codebook(project)
    out = tmp_path / "value-spheres.qdc"
    codebook_files.export_codebook(project, out)
    with Project.create(tmp_path / "other.caqda") as other:
        load = codebook_files.import_codebook(other, out)
        assert load.added == 28
        assert codebook.code_specs(other) == codebook.code_specs(project)


def test_atlas_ti_codebook_imports(project: Project) -> None:
    sample = REFI_FIXTURES / "atlasti-23.4-codebook.from-requal-test.qdc"
    load = codebook_files.import_codebook(project, sample)
    assert load.added > 0
    assert load.losses == []
    assert len(codebook.list_codes(project)) == load.added
    [group] = code_sets.list_code_sets(project)
    assert (group.name, group.code_ids) == ("code group 1", (codebook.find_code(project, "code1").id,))


def test_unknown_codebook_file_types_are_refused(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "codes.txt"
    path.write_text("a,b")
    with pytest.raises(CodebookError, match=r"\.qdc .*\.json .*\.csv .*\.xlsx"):
        codebook_files.import_codebook(project, path)
    with pytest.raises(CodebookError, match=r"\.qdc .*\.json .*\.csv .*\.xlsx"):
        codebook_files.export_codebook(project, tmp_path / "codes.docx")
    assert not (tmp_path / "codes.docx").exists()
    headerless = tmp_path / "codes.csv"
    headerless.write_text("a,b\nc,d\n")
    with pytest.raises(CodebookError, match="none of the columns 'tag', 'name' and 'path'"):
        codebook_files.import_codebook(project, headerless)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(CodebookError, match="not a readable caqda codebook"):
        codebook_files.import_codebook(project, broken)
    with pytest.raises(CodebookError, match="no built-in codebook"):
        codebook_files.load_builtin_codebook(project, "nope")


def test_shipped_codebook_file_is_valid_json_with_28_codes() -> None:
    data = json.loads(codebook_path("value-spheres").read_text(encoding="utf-8"))
    names = [code["name"] for root in data["codes"] for code in [root, *root["children"]]]
    assert len(names) == len(set(names)) == 28
