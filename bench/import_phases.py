"""Where an import's resident memory goes, phase by phase (issue 14), in this fresh process.

Run as ``python bench/import_phases.py KIND [SIZE] [--no-fts]``. The peak resident size
(``VmHWM``) is reset between phases (``/proc/self/clear_refs``) and read at the end of each, so
every phase gets its own peak: read and decode, normalise, paragraphs, speaker turns, header
fields, digest and the UTF-8 to bind, the INSERT of the text (SQLite's bound copy, its record
and, with the trigger, the full-text index's pending terms), the structure rows, the audit
event, the COMMIT (the index's segment written). Each is printed as its peak above the resident
size before the import, over the size Python gives the stored text. No tracemalloc runs.
``--no-fts`` drops the index's insert trigger first, to tell its share from the INSERT's;
``--traced`` shows what Python holds (tracemalloc's peak per phase) instead of the resident size.
Linux only (``/proc``).
"""

from __future__ import annotations

import gc
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))

from import_sources import MAKERS

from caqda.core import audit, documents, naming
from caqda.core import text as text_module
from caqda.core.importers import docx, md, odt, pdf, rtf, social, txt  # noqa: F401  (loaded before measuring)
from caqda.core.project import Project


def _status(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(field)


def _reset_peak() -> None:
    if tracemalloc.is_tracing():
        tracemalloc.reset_peak()
        return
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")


def _peak_and_now() -> tuple[int, int]:
    """The peak since the last reset and the size now: resident (``VmHWM``, ``VmRSS``), or
    what Python holds when tracemalloc runs (``--traced``)."""
    if tracemalloc.is_tracing():
        now, peak = tracemalloc.get_traced_memory()
        return peak, now
    return _status("VmHWM"), _status("VmRSS")


class Phases:
    """Peaks per phase, above the resident size when measuring began."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, int, int]] = []
        self.base = 0

    def start(self) -> None:
        gc.collect()
        self.base = _peak_and_now()[1]
        _reset_peak()

    def mark(self, name: str) -> None:
        """End a phase (one called many times, as normalise is per post, counts once)."""
        peak, resident = (value - self.base for value in _peak_and_now())
        _reset_peak()
        if name == "(between)" and self.rows and self.rows[-1][1] >= peak:
            return  # nothing happened between two phases
        repeated = [row for row in self.rows[-2:] if row[0] != "(between)"]
        if repeated and repeated[-1][0] == name:
            while self.rows[-1][0] != name:
                self.rows.pop()
            peak = max(peak, self.rows.pop()[1])
        self.rows.append((name, peak, resident))

    def wrap(self, owner: Any, attribute: str, name: str) -> None:
        original = getattr(owner, attribute)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            self.mark("(between)")
            result = original(*args, **kwargs)
            self.mark(name)
            return result

        setattr(owner, attribute, wrapped)


class _Connection:
    """The project's connection, marking the document INSERT and the COMMIT as phases."""

    def __init__(self, connection: Any, phases: Phases) -> None:
        self._connection = connection
        self._phases = phases

    def execute(self, sql: str, *args: Any) -> Any:
        labels = {"INSERT INTO documents": "INSERT documents", "COMMIT": "COMMIT"}
        label = next((labels[start] for start in labels if sql.startswith(start)), None)
        if label is None:
            return self._connection.execute(sql, *args)
        self._phases.mark("(between)")
        result = self._connection.execute(sql, *args)
        self._phases.mark(label)
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


def measure(kind: str, size: int, fts: bool = True) -> tuple[list[tuple[str, int, int]], int]:
    phases = Phases()
    phases.wrap(documents, "read_source", "read and decode")
    phases.wrap(text_module, "normalise_owned", "normalise")
    phases.wrap(text_module, "paragraph_spans", "paragraphs")
    phases.wrap(text_module, "speaker_turns", "speaker turns")
    phases.wrap(documents, "_header_fields", "header fields")
    phases.wrap(documents, "text_digest", "sha256")
    phases.wrap(naming, "stored_text", "UTF-8 to bind")
    phases.wrap(documents, "write_structure", "paragraph/turn rows")
    phases.wrap(audit, "record", "audit event")
    suffix = MAKERS[kind][0]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"source{suffix}"
        # Made in another process: making it here would leave freed memory for the import to
        # reuse, and the figures would look better than a user's import.
        subprocess.run([sys.executable, __file__, "--make", kind, str(size), str(source)], check=True)
        target = Path(folder) / "p.caqda"
        if kind == "qdpx":
            return _measure_qdpx(phases, source, target)
        Project.create(target).close()
        with Project.open(target) as project:
            if not fts:
                project.connection.execute("DROP TRIGGER search_index_insert")
            project.connection = _Connection(project.connection, phases)  # type: ignore[assignment]
            phases.start()
            documents.import_file(project, source)
            phases.mark("(after)")
            held = sys.getsizeof(project.scalar("SELECT text FROM documents"))
    return phases.rows, held


def _measure_qdpx(phases: Phases, source: Path, target: Path) -> tuple[list[tuple[str, int, int]], int]:
    """A REFI-QDA import: read the project file, plan (sources read and prepared), then write
    the new project (its documents, the rest, the commit) and move it into place."""
    from caqda.core.refi import import_plan, project_import

    phases.wrap(project_import, "parse_xml", "read project.qde")
    phases.wrap(import_plan._Planner, "_source_text", "read and decode")
    phases.wrap(project_import, "plan_import", "plan (sources prepared)")
    phases.wrap(project_import, "_insert_document", "INSERT document + rows")
    phases.wrap(project_import, "_insert", "COMMIT and the rest")
    phases.wrap(project_import.os, "replace", "move into place")
    phases.start()
    project_import.import_qdpx(source, target)
    phases.mark("(after)")
    with Project.open(target) as project:
        held = sys.getsizeof(project.scalar("SELECT text FROM documents"))
    return phases.rows, held


def main() -> None:
    if sys.argv[1] == "--make":
        MAKERS[sys.argv[2]][1](Path(sys.argv[4]), int(sys.argv[3]))
        return
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    kind = arguments[0]
    size = int(arguments[1]) if len(arguments) > 1 else 4 * 2**20
    if "--traced" in sys.argv:
        tracemalloc.start()
    rows, held = measure(kind, size, fts="--no-fts" not in sys.argv)
    print(f"{kind}: text {held / 2**20:.1f} MB as Python holds it; peak / resident after, × the text")
    for name, peak, resident in rows:
        if name == "(between)" and peak <= 0.05 * held:
            continue
        print(f"  {name:22s} peak {peak / held:5.2f}×  resident after {resident / held:5.2f}×")
    print(f"  {'whole import':22s} peak {max(peak for _, peak, _ in rows) / held:5.2f}×")


if __name__ == "__main__":
    main()
