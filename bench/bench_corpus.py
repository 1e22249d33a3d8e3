"""Shaping the corpus of the 10 MB project (200 documents, 60,000 codings): deleting the most
coded document and undoing that (every row put back), a set-and-attribute selection, and
``caqda document list``. Each figure is a fresh process; the project is a working copy."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import child_main, run_case, run_command
from projects import project_path, working_copy

from caqda.core.project import Project


def _most_coded(project: Project) -> int:
    return int(
        project.scalar("SELECT document_id FROM codings GROUP BY document_id ORDER BY COUNT(*) DESC LIMIT 1")
    )


def delete_document() -> float:
    from caqda.core.document_edits import delete_documents

    with tempfile.TemporaryDirectory() as folder, Project.open(working_copy("10mb", Path(folder))) as project:
        document_id = _most_coded(project)
        start = time.perf_counter()
        delete_documents(project, [document_id])
        return time.perf_counter() - start


def undo_delete() -> float:
    from caqda.core.document_edits import delete_documents, restore_documents

    with tempfile.TemporaryDirectory() as folder, Project.open(working_copy("10mb", Path(folder))) as project:
        saved = delete_documents(project, [_most_coded(project)])
        start = time.perf_counter()
        restore_documents(project, saved)
        return time.perf_counter() - start


def select_documents() -> float:
    from caqda.core import document_sets
    from caqda.core.document_filter import DocumentSelection, resolve_documents

    with tempfile.TemporaryDirectory() as folder, Project.open(working_copy("10mb", Path(folder))) as project:
        ids = [row[0] for row in project.rows("SELECT id FROM documents ORDER BY id")]
        document_sets.create_set(project, "Half", ids[::2])
        name = project.scalar("SELECT name FROM document_attributes GROUP BY name ORDER BY COUNT(*) DESC")
        selection = DocumentSelection.from_strings(
            sets=["Half"], where=[f"{name}!=nothing"] if name else None
        )
        start = time.perf_counter()
        resolve_documents(project, selection)
        return time.perf_counter() - start


CASES = {"delete": delete_document, "undo": undo_delete, "select": select_documents}


def main() -> None:
    project_path("10mb")  # build the cached project once, outside the timings
    script = Path(__file__)
    run_case("Delete the most coded document (10 MB project, core)", script, "delete", goal_seconds=0.3)
    run_case("Undo that deletion, every row back (core)", script, "undo", goal_seconds=0.3)
    run_case("Select documents by set and attribute (200 documents)", script, "select", goal_seconds=0.1)
    run_command(
        "caqda document list --json, 10 MB project (whole command)",
        [sys.executable, "-m", "caqda", "document", "list", str(project_path("10mb")), "--json"],
        goal_seconds=1.0,
    )


if __name__ == "__main__":
    if not child_main(CASES):
        main()
