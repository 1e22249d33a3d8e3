"""``caqda info`` on a project with 10,000 codings: the function, and the whole command."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import run_command
from synthetic import insert_random_codings
from timing import measure

from caqda.core import codebook, coders, documents, summary
from caqda.core.demo import build_demo
from caqda.core.project import Project


def make_project(path: Path, total: int = 10_000) -> None:
    build_demo(path)
    with Project.open(path) as project:
        docs = documents.list_documents(project)
        code_ids = [code.id for code in codebook.list_codes(project)]
        coder_ids = [coder.id for coder in coders.list_coders(project)]
        existing = project.scalar("SELECT COUNT(*) FROM codings")
        insert_random_codings(
            project, total - existing, documents=docs, code_ids=code_ids, coder_ids=coder_ids, seed=7
        )
        assert project.scalar("SELECT COUNT(*) FROM codings") == total


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.caqda"
        make_project(path)

        def info_in_process() -> None:
            with Project.open(path) as project:
                summary.project_info(project)

        measure("caqda info, 10,000 codings (open + count, in process)", info_in_process, goal_seconds=0.5)
        run_command(
            "caqda info --json, 10,000 codings (whole command incl. Python start)",
            [sys.executable, "-m", "caqda", "info", str(path), "--json"],
            goal_seconds=0.5,
        )


if __name__ == "__main__":
    main()
