"""Analysis on the 10 MB project (200 documents, 3 coders, 60 codes, 60,000 codings): each
table, a two-code query, the findings report and the analysis database, each timed in a fresh
process from the request to the result (the project already open, as in the window).

Goals (issue 11): every table and matrix < 0.5 s, a two-code query < 0.3 s, the findings report
< 5 s, ``caqda export sqlite`` < 3 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import child_main, run_case
from projects import project_path

from caqda.core.project import Project

TABLES: dict[str, tuple[str, dict[str, object]]] = {
    "frequencies_by_coder": ("frequencies", {"by": "coder"}),
    "frequencies_by_speaker": ("frequencies", {"by": "speaker"}),
    "matrix_by_document": ("matrix", {"by": "document"}),
    "matrix_by_department_row_percent": ("matrix", {"by": "attribute:Department", "values": "row_percent"}),
    "cooccurrence_overlap": ("cooccurrence", {"within": "overlap"}),
    "cooccurrence_turn_jaccard": ("cooccurrence", {"within": "turn", "jaccard": True}),
    "spheres_by_department": ("spheres", {"by": "attribute:Department"}),
}


def _timed(action: Callable[[Project], object]) -> float:
    import numpy  # noqa: F401  (loaded before the clock starts, as in a running window)

    import caqda.core.analysis.tables  # noqa: F401

    with Project.open(project_path("10mb")) as project:
        started = time.perf_counter()
        action(project)
        return time.perf_counter() - started


def _table_case(name: str) -> Callable[[], float]:
    from caqda.core.analysis.tables import build_table

    table, options = TABLES[name]
    return lambda: _timed(lambda project: build_table(project, table, **options))  # type: ignore[arg-type]


def _query() -> float:
    from caqda.core.analysis.query import run_query

    return _timed(lambda project: run_query(project, "Code 0.1 AND Code 1.2"))


def _findings() -> float:
    import matplotlib.figure  # noqa: F401

    from caqda.core.analysis.findings_report import export_findings_docx

    with tempfile.TemporaryDirectory() as folder:
        return _timed(lambda project: export_findings_docx(project, Path(folder) / "findings.docx"))


def _sqlite() -> float:
    from caqda.core.analysis.analysis_db import export_analysis_db

    with tempfile.TemporaryDirectory() as folder:
        return _timed(lambda project: export_analysis_db(project, Path(folder) / "analysis.db"))


CASES: dict[str, Callable[[], float]] = {
    **{name: _table_case(name) for name in TABLES},
    "query": _query,
    "findings": _findings,
    "sqlite": _sqlite,
}


def main() -> None:
    Project.open(project_path("10mb")).close()  # build (and bring up to date) the project once, untimed
    script = Path(__file__)
    for name, (table, _) in TABLES.items():
        run_case(f"{table} table ({name}), 10 MB project", script, name, goal_seconds=0.5)
    run_case("coding query 'Code 0.1 AND Code 1.2', 10 MB project", script, "query", goal_seconds=0.3)
    run_case("findings report (Word, with charts), 10 MB project", script, "findings", goal_seconds=5.0)
    run_case("export sqlite (analysis database), 10 MB project", script, "sqlite", goal_seconds=3.0)


if __name__ == "__main__":
    if not child_main(CASES):
        main()
