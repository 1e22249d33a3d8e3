"""Codebook versions: a number and date for the codebook, and each code's history of changes."""

from __future__ import annotations

from pathlib import Path

import docx

from caqda.core import codebook, coders, snapshots
from caqda.core.codebook_versions import code_history, codebook_version
from caqda.core.exports import export_codebook_docx
from caqda.core.project import Project


def test_version_counts_every_codebook_change(project: Project) -> None:
    assert codebook_version(project).number == 0
    ana = coders.ensure_coder(project, "Ana")
    project.acting_coder = ana
    theme = codebook.add_code(project, "Theme")
    praise = codebook.add_code(project, "Praise", definition="Thanks")
    assert codebook_version(project).number == 2
    codebook.rename_code(project, praise.id, "Acknowledging praise")
    codebook.recolour_code(project, praise.id, "#112233")
    codebook.update_code(project, praise.id, definition="Thanks and compliments")
    codebook.move_code(project, praise.id, theme.id)
    version = codebook_version(project)
    assert version.number == 6 and version.at is not None
    assert version.describe() == f"codebook version 6 ({version.at[:10]})"
    coders.ensure_coder(project, "Bruno")  # not a codebook change
    assert codebook_version(project).number == 6

    history = code_history(project, praise.uuid)
    assert [(h.version, h.action) for h in history] == [
        (2, "add code"),
        (3, "rename code"),
        (4, "recolour code"),
        (5, "edit code"),
        (6, "move code"),
    ]
    assert all(h.coder == "Ana" for h in history)
    assert history[1].changes == (("name", "Praise", "Acknowledging praise"),)
    assert history[2].changes == (("color", praise.color, "#112233"),)
    assert history[3].changes == (("definition", "Thanks", "Thanks and compliments"),)
    assert history[4].changes == (("parent", "(top level)", "Theme"),)
    assert ("name", None, "Praise") in history[0].changes


def test_delete_and_undo_are_versions_too(project: Project) -> None:
    code = codebook.add_code(project, "Praise")
    saved = snapshots.snapshot(project, [code.id])
    codebook.delete_code(project, code.id)
    history = code_history(project, code.uuid)
    assert history[-1].action == "delete code" and history[-1].changes[0] == ("name", "Praise", None)
    snapshots.restore(project, saved)  # what an undo does
    assert code_history(project, code.uuid)[-1].action == "restore codes"
    assert codebook_version(project).number == 3


def test_word_exports_state_the_codebook_version(demo: Project, tmp_path: Path) -> None:
    version = codebook_version(demo)
    path = tmp_path / "codebook.docx"
    export_codebook_docx(demo, path)
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert f"Made with codebook version {version.number} ({version.at[:10]})." in texts  # type: ignore[index]


def test_agreement_report_states_the_codebook_version(demo: Project, tmp_path: Path) -> None:
    from caqda.core.agreement.project_input import agreement_report
    from caqda.core.exports.docx_agreement import export_agreement_docx

    codebook.rename_code(demo, codebook.find_code(demo, "Peer support").id, "Peer help")
    version = codebook_version(demo)
    path = tmp_path / "agreement.docx"
    export_agreement_docx(demo, path, agreement_report(demo, ["Ana", "Bruno"], bootstrap_samples=0))
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert f"Made with codebook version {version.number} ({version.at[:10]})." in texts  # type: ignore[index]
