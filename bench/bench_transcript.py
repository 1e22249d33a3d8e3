"""The coding workbench on long transcripts: open (highlights and stripes drawn), apply one
coding (committed and repainted), and paint the visible part while scrolling.

Two transcripts as the workbench issue names them: 300,000 characters with 5,000 codings and
1,000,000 characters with 15,000 codings; 2 coders, 40 codes, spans of 50-600 characters.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from bench_import import transcript
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from synthetic import insert_random_codings

from caqda.core import codebook, coders, documents
from caqda.core.project import Project
from caqda.gui.main_window import MainWindow


def make_project(path: Path, characters: int, codings: int) -> None:
    source = path.with_suffix(".txt")
    source.write_text(transcript(characters, seed=characters), encoding="utf-8")
    with Project.create(path) as project:
        document = documents.import_file(project, source).document
        assert document is not None
        code_ids = [codebook.add_code(project, f"Code {n:02d}").id for n in range(40)]
        coder_ids = [coders.ensure_coder(project, name).id for name in ("Ana", "Bruno")]
        insert_random_codings(
            project, codings, documents=[document], code_ids=code_ids, coder_ids=coder_ids, seed=characters
        )


def paint(window: MainWindow) -> None:
    view = window.transcript
    view.viewport().repaint()
    view.stripes.repaint()
    view.line_numbers.repaint()


def measure(label: str, characters: int, codings: int, folder: Path) -> None:
    path = folder / f"bench-{characters}.caqda"
    make_project(path, characters, codings)
    window = MainWindow(QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat))
    window.resize(1440, 900)
    window.show()
    window.open_project(path, coder="Ana")
    session = window.session
    assert session is not None
    session.set_visible_coders(None)
    document_id = documents.list_documents(session.project)[0].id
    QApplication.processEvents()

    opened = []
    for _ in range(3):
        window.transcript.clear_content()
        QApplication.processEvents()
        started = time.perf_counter()
        window.show_document(document_id)
        paint(window)
        opened.append(time.perf_counter() - started)

    view = window.transcript
    generator = random.Random(1)
    applied = []
    for _ in range(30):
        view.restore_scroll(generator.randrange(0, view.blockCount() - 50))
        QApplication.processEvents()
        first = view.offsets.to_code_point(view.firstVisibleBlock().position())
        view.select_range(first + 10, first + 10 + generator.randint(50, 400))
        started = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_1)
        paint(window)
        applied.append(time.perf_counter() - started)
        QApplication.processEvents()  # the docks' deferred refresh, outside the measured step

    painted = []
    view.restore_scroll(0)
    bar = view.verticalScrollBar()
    for step in range(60):
        bar.setValue(step * max(1, bar.maximum() // 60))
        QApplication.processEvents()
        started = time.perf_counter()
        paint(window)
        painted.append(time.perf_counter() - started)

    total = session.project.scalar("SELECT COUNT(*) FROM codings")
    print(f"{label}: {characters:,} characters, {total:,} codings")
    print(f"  open until highlights and stripes are drawn: median {statistics.median(opened) * 1000:.0f} ms")
    print(
        f"  apply one coding, committed and repainted: median {statistics.median(applied) * 1000:.1f} ms "
        f"(max {max(applied) * 1000:.1f} ms; goal < 30 ms)"
    )
    print(
        "  paint the visible part with stripes while scrolling: "
        f"median {statistics.median(painted) * 1000:.1f} ms "
        f"(max {max(painted) * 1000:.1f} ms; goal < 16 ms)"
    )
    window.close()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        measure("smaller transcript", 300_000, 5_000, Path(folder))
        measure("larger transcript (goal: open < 300 ms)", 1_000_000, 15_000, Path(folder))
    del app


if __name__ == "__main__":
    main()
