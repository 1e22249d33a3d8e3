"""Adjudication on the 10 MB benchmark project (200 documents, 3 coders, 60 codes, 60,000
codings): building a code's disagreement list between Ana and Bruno (what the agreement window
and ``caqda adjudicate`` show), the lists of all 60 codes, one decision (Take A) with the
progress read again, and accepting a code's agreements. Each run is a fresh process on a fresh
copy of the project; the copy is opened (and migrated) before the clock starts."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import child_main, run_case
from projects import working_copy

from caqda.core import adjudication, codebook
from caqda.core.agreement.options import ReportOptions
from caqda.core.agreement.project_input import corpus_from_project
from caqda.core.project import Project

CODE = "Code 0.0"


def _opened(folder: str) -> Project:
    path = working_copy("10mb", Path(folder))
    Project.open(path).close()  # migrate outside the timing
    return Project.open(path)


def one_code() -> float:
    with tempfile.TemporaryDirectory() as folder, _opened(folder) as project:
        where = adjudication.scope(project, "Ana", "Bruno", CODE, create=False)
        started = time.perf_counter()
        items = adjudication.list_disagreements(project, where)
        adjudication.progress(project, where, items)
        elapsed = time.perf_counter() - started
        assert items
        return elapsed


def all_codes() -> float:
    from caqda.core.agreement.disagreements import disagreements

    with tempfile.TemporaryDirectory() as folder, _opened(folder) as project:
        paths = [codebook.code_path(project, code) for code in codebook.list_codes(project)]
        started = time.perf_counter()
        options = ReportOptions(coders=("Ana", "Bruno"), bootstrap_samples=0)
        corpus = corpus_from_project(project, options)
        total = sum(len(disagreements(corpus, options, path)) for path in paths)
        elapsed = time.perf_counter() - started
        assert total
        return elapsed


def take_a() -> float:
    with tempfile.TemporaryDirectory() as folder, _opened(folder) as project:
        where = adjudication.scope(project, "Ana", "Bruno", CODE)
        items = adjudication.list_disagreements(project, where)
        started = time.perf_counter()
        adjudication.settle(project, where, items[len(items) // 2], "a")
        done, _ = adjudication.progress(project, where, items)
        elapsed = time.perf_counter() - started
        assert done == 1
        return elapsed


def accept_agreements() -> float:
    with tempfile.TemporaryDirectory() as folder, _opened(folder) as project:
        where = adjudication.scope(project, "Ana", "Bruno", CODE)
        started = time.perf_counter()
        adjudication.accept_agreements(project, where)
        return time.perf_counter() - started


CASES = {"one_code": one_code, "all_codes": all_codes, "take_a": take_a, "accept": accept_agreements}


def main() -> None:
    script = Path(__file__)
    run_case(
        "Disagreement list of one code, Ana vs Bruno, 10 MB project", script, "one_code", goal_seconds=1.0
    )
    run_case("Disagreement lists of all 60 codes (one corpus), 10 MB project", script, "all_codes",
             goal_seconds=None)  # fmt: skip
    run_case(
        "Settle one disagreement (Take A) and read the progress, 10 MB", script, "take_a", goal_seconds=0.5
    )
    run_case("Accept one code's agreements, 10 MB", script, "accept", goal_seconds=2.0)


if __name__ == "__main__":
    if not child_main(CASES):
        main()
