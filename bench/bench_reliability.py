"""What issue 14's safety costs: opening the 10 MB project (with the cheap damage checks every
open now runs), the full ``caqda check``, and importing a 10 MB transcript through the budget."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import child_main, run_case
from projects import project_path

from caqda.core import check, documents
from caqda.core.project import Project


def _open(size: str = "10mb") -> float:
    path = project_path(size)
    started = time.perf_counter()
    Project.open(path).close()
    return time.perf_counter() - started


def _quick_checks(size: str = "10mb") -> float:
    path = project_path(size)
    with Project.open(path) as project:
        started = time.perf_counter()
        check.quick_problems(project.connection)
        return time.perf_counter() - started


def _full_check() -> float:
    path = project_path("10mb")
    started = time.perf_counter()
    report = check.check_project(path)
    assert report.ok, report.lines()
    return time.perf_counter() - started


def _import_10mb() -> float:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "long.txt"
        turn = (
            "Interviewer: Como foi o atendimento na ouvidoria do hospital naquele dia?\n"
            + (
                "P1: Foi demorado, esperamos quatro horas na fila, e ninguém explicou nada à família. " * 6
            ).strip()
        )
        source.write_text("\n".join([turn] * (10 * 2**20 // (len(turn) + 1))), encoding="utf-8")
        with Project.create(Path(folder) / "p.caqda") as project:
            started = time.perf_counter()
            documents.import_file(project, source)
            return time.perf_counter() - started


CASES = {"open": _open, "quick": _quick_checks, "full": _full_check, "import": _import_10mb}


def main() -> None:
    project_path("10mb")  # build the cached project once, outside the timed runs
    script = Path(__file__)
    run_case("open the 10 MB project (incl. cheap damage checks)", script, "open", goal_seconds=0.5)
    run_case("cheap damage checks alone, 10 MB project", script, "quick", goal_seconds=0.1)
    project_path("50mb")
    run_case(
        "open the 50 MB project (incl. cheap damage checks)",
        script,
        "open",
        goal_seconds=1.0,
        arguments=["50mb"],
    )
    run_case(
        "cheap damage checks alone, 50 MB project", script, "quick", goal_seconds=0.5, arguments=["50mb"]
    )
    run_case("caqda check (full), 10 MB project", script, "full", goal_seconds=5.0)
    run_case(
        "import a 10 MB transcript (budgeted read; peak should stay near a few × the text)",
        script,
        "import",
        goal_seconds=10.0,
        goal_mb=250,
    )


if __name__ == "__main__":
    if not child_main(CASES):
        main()
