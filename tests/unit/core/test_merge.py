"""Merging coders' copies of a project: identities kept, nothing duplicated, the source untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding, list_codings, set_coding_memo
from caqda.core.errors import ProjectError
from caqda.core.memos import add_memo, list_memos
from caqda.core.merge import merge_project
from caqda.core.project import Project


@pytest.fixture
def copies(demo_source_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The supervisor's project and Carla's copy of it, taken before Carla coded."""
    main, carla = tmp_path / "main.caqda", tmp_path / "carla.caqda"
    shutil.copyfile(demo_source_path, main)
    shutil.copyfile(demo_source_path, carla)
    return main, carla


def _snapshot(project: Project) -> set[tuple[object, ...]]:
    return {
        (c.uuid, c.document_id, c.code_id, c.coder_id, c.start, c.end, c.memo) for c in list_codings(project)
    }


def test_merge_brings_a_coders_work_and_keeps_identities(copies: tuple[Path, Path], tmp_path: Path) -> None:
    main_path, carla_path = copies
    with Project.open(carla_path) as copy:
        carla = coders.ensure_coder(copy, "Carla")
        e05 = documents.find_document(copy, "E05 Nursing coordinator")
        peer = codebook.find_code(copy, "Peer support")
        new_code = codebook.add_code(copy, "Trust", parent_id=codebook.find_code(copy, "Customer sphere").id)
        mine = [
            add_coding(copy, document_id=e05.id, code_id=peer.id, coder_id=carla.id, start=100, end=180),
            add_coding(copy, document_id=e05.id, code_id=new_code.id, coder_id=carla.id, start=300, end=390),
        ]
        extra = tmp_path / "E12 Pharmacist.txt"
        extra.write_text(
            "Interviewer: Hello?\nE12: We answer on Instagram.\nInterviewer: And?\nE12: Always.\n"
        )
        e12 = documents.import_file(copy, extra).document
        assert e12 is not None
        add_coding(copy, document_id=e12.id, code_id=peer.id, coder_id=carla.id, start=25, end=45)
        old = list_codings(copy)[0]
        set_coding_memo(copy, old.id, "Carla: boundary too wide")
        add_memo(copy, "Carla's first pass", coder_id=carla.id)
    source_bytes = carla_path.read_bytes()
    with Project.open(main_path) as main:
        before = _snapshot(main)
        report = merge_project(main, carla_path).counts()
        assert (report["coders"], report["documents"], report["codes_added"]) == (1, 1, 1)
        assert report["codings_added"] == 3
        assert report["codings_changed"] == 1 and report["memos_added"] == 1 and report["events"] > 0
        assert report["conflicts"] == 0
        uuids = {c.uuid: c for c in list_codings(main)}
        assert all(coding.uuid in uuids for coding in mine)
        assert uuids[old.uuid].memo == "Carla: boundary too wide"
        assert codebook.find_code(main, "Customer sphere/Trust").uuid == new_code.uuid
        assert documents.find_document(main, "E12 Pharmacist").uuid == e12.uuid
        assert len(documents.speaker_turns(main, documents.find_document(main, "E12 Pharmacist").id)) == 4
        assert any(m.text == "Carla's first pass" for m in list_memos(main))
        after = _snapshot(main)
        assert len(after) == len(before) + 3
        again = merge_project(main, carla_path)  # merging twice changes nothing
        assert again.empty and not again.conflicts
        assert _snapshot(main) == after
    assert carla_path.read_bytes() == source_bytes


def test_merge_refuses_itself_and_non_projects(copies: tuple[Path, Path], tmp_path: Path) -> None:
    main_path, _ = copies
    junk = tmp_path / "junk.caqda"
    junk.write_text("not a project")
    with Project.open(main_path) as main:
        with pytest.raises(ProjectError, match="into itself"):
            merge_project(main, main_path)
        with pytest.raises(ProjectError, match="not a caqda project"):
            merge_project(main, junk)
