"""Writers for tests/unit/core/test_crash_recovery.py, and a small server that runs them.

The server is a plain Python process (no Qt, no threads), so it can fork a writer cheaply and
safely for every round; forking the pytest process itself deadlocks once Qt's threads exist.
It reads one JSON request a line on stdin ({"path", "kind", "folder", "delay"}), forks a
writer on the project, kills it with SIGKILL after ``delay`` seconds and answers with the list
of changes the writer reported as committed.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

from caqda.core import codebook, coders, documents, search
from caqda.core.coding import add_coding
from caqda.core.merge import merge_project
from caqda.core.project import Project
from caqda.core.team_copies import copy_for

_WORDS = [
    "saúde",
    "família",
    "ouvidoria",
    "atendimento",
    "consulta",
    "fila",
    "remédio",
    "posto",
    "enfermeira",
    "médico",
]

Writer = Callable[[Project, Callable[[str], None], Path], None]


def text(seed: int, words: int) -> str:
    chooser = random.Random(seed)
    lines = []
    for line in range(words // 12):
        speaker = "Ana" if line % 2 else "P1"
        lines.append(f"{speaker}: " + " ".join(chooser.choice(_WORDS) for _ in range(12)))
    return "\n".join(lines)


def _write_codings(project: Project, report: Callable[[str], None], _: Path) -> None:
    coder = coders.find_coder(project, "Ana")
    code = codebook.find_code(project, "Saúde")
    document = documents.list_documents(project)[0]
    chooser = random.Random(os.getpid())
    while True:
        start = chooser.randrange(document.characters - 20)
        coding = add_coding(
            project, document_id=document.id, code_id=code.id, coder_id=coder.id, start=start, end=start + 10
        )
        report(f"coding {coding.uuid}")


def _write_imports(project: Project, report: Callable[[str], None], folder: Path) -> None:
    for number in range(1000):
        source = folder / f"import-{os.getpid()}-{number}.txt"
        source.write_text(text(number, 6000), encoding="utf-8")
        result = documents.import_file(project, source, allow_duplicate=True)
        report(f"document {result.document.name}")


def _write_merges(project: Project, report: Callable[[str], None], folder: Path) -> None:
    merge_project(project, folder / "source.caqda")
    report("merge")


def _write_autocodes(project: Project, report: Callable[[str], None], _: Path) -> None:
    coder = coders.find_coder(project, "Ana")
    hits = search.search(project, "posto enfermeira")
    for number in range(1000):
        code = codebook.add_code(project, f"Fila {os.getpid()} {number}")
        result = search.autocode(project, hits, code_id=code.id, coder_id=coder.id, unit="sentence")
        report(f"autocode {code.uuid} {result.added}")


WRITERS: dict[str, Writer] = {
    "codings": _write_codings,
    "imports": _write_imports,
    "merges": _write_merges,
    "autocodes": _write_autocodes,
}
# How long each writer needs to reach its busiest part (a merge opens two projects and plans
# first: a kill window shorter than that never finds an acknowledged merge on a busy machine).
_DELAY = {"codings": 0.03, "imports": 0.1, "merges": 0.6, "autocodes": 0.3}


def _run_killed(path: Path, writer: Writer, folder: Path, delay: float) -> list[str]:
    """Run ``writer`` in a child process, kill it after ``delay`` seconds, return its reports."""
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child, which never returns
        os.close(read_end)
        status = 0
        try:
            project = Project.open(path)
            # A killed process loses nothing the kernel already has, fsync or not; without the
            # fsyncs (which only matter when the whole computer stops) writers commit many
            # times more often on a loaded machine, so more kills land inside a commit.
            project.connection.execute("PRAGMA synchronous = OFF")

            def report(line: str) -> None:
                os.write(write_end, f"{line}\n".encode())

            writer(project, report, folder)
        except BaseException:
            import traceback

            traceback.print_exc()  # shown by the test's captured stderr
            status = 1
        os._exit(status)
    os.close(write_end)
    time.sleep(delay)
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    chunks = []
    while select.select([read_end], [], [], 0)[0]:
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read_end)
    return b"".join(chunks).decode().splitlines()


def warm_up() -> None:
    """Do once in the server what every writer does, so forked writers start at once (lazy
    imports of importers, the check's in-memory schema) instead of after the kill."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "warm.txt"
        source.write_text(text(7, 600), encoding="utf-8")
        with Project.create(Path(folder) / "warm.caqda") as project:
            coder = coders.ensure_coder(project, "Ana")
            code = codebook.add_code(project, "Fila")
            documents.import_file(project, source)
            search.autocode(project, search.search(project, "fila"), code_id=code.id, coder_id=coder.id)
            # The sentence unit loads its splitter on first use (~0.2 s): not inside the kill window.
            search.autocode(
                project, search.search(project, "fila"), code_id=code.id, coder_id=coder.id, unit="sentence"
            )
            coders.ensure_coder(project, "Bruno")
            copy_for(project, "Bruno", Path(folder) / "copy.caqda")
            merge_project(project, Path(folder) / "copy.caqda")


def serve() -> None:
    warm_up()
    for line in sys.stdin:
        request = json.loads(line)
        reports = _run_killed(
            Path(request["path"]), WRITERS[request["kind"]], Path(request["folder"]), request["delay"]
        )
        print(json.dumps(reports), flush=True)


if __name__ == "__main__":
    serve()
