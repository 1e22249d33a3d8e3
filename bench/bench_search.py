"""Search over the 10 MB project (200 interviews, 60,000 codings), each run in a fresh process.

The project's words are few and everywhere (ten sentences repeated), so a "common" word has
15,000-30,000 places; a "rare" word is in one small document added for the benchmark; an
"absent" word is in none. Figures: the search itself (after the project is open), then the
whole `caqda search` command including Python's start, then the search dock from Enter until
the event loop is idle with the table filled (what a researcher waits for in the window).
Goals: issue 9 (exact and fuzzy ≤ 0.3 s) and issue 12 (regular expression ≤ 0.5 s). Whole
commands printing tens of thousands of places are bulk output, about half of their time spent
writing each place with its context: they are held to the 1 s issue 9 gives `caqda codings
--json`, the command line's other bulk output; a rare or absent word's whole command to 0.3 s.
Fuzzy search reads the index's words from a list the project keeps once a search has counted
them; the first fuzzy search after an import or a changed text counts them again, and has
figures of its own on the 10 and 50 MB projects.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import MEDIANS, REPEAT, child_main, run_case, run_command
from projects import project_path, working_copy

SCRIPT = Path(__file__)
RARE = "quimioterapia"
CASES: dict[str, tuple[str, dict[str, object], float]] = {
    # name: (query, search keyword arguments, goal in seconds)
    "common word (contains, 30,735 places)": ("hospital", {}, 0.3),
    "common word, whole word, speaker E05": ("hospital", {"mode": "whole_word", "speakers": ("E05",)}, 0.3),
    "rare word (1 document)": (RARE, {}, 0.3),
    "absent word": ("xylofone", {}, 0.3),
    "phrase (15,550 places)": ("ward manager", {"mode": "phrase"}, 0.3),
    "fuzzy common word (hospitl ≥ 80)": ("hospitl", {"mode": "fuzzy", "min_score": 80.0}, 0.3),
    "fuzzy rare word (quimoterapia ≥ 80)": ("quimoterapia", {"mode": "fuzzy", "min_score": 80.0}, 0.3),
    "fuzzy two words (ward mangr ≥ 85)": ("ward mangr", {"mode": "fuzzy", "min_score": 85.0}, 0.3),
    "regex (hosp[a-z]+l)": (r"hosp[a-z]+l", {"mode": "regex"}, 0.5),
}
BULK_OUTPUT_GOAL = 1.0
# What a researcher waits for in the window: the search dock, for the cases that list most.
DOCK_CASES = (
    "common word (contains, 30,735 places)",
    "fuzzy common word (hospitl ≥ 80)",
    "fuzzy two words (ward mangr ≥ 85)",
    "regex (hosp[a-z]+l)",
)


# Scaling (issue 9): these searches on the 1, 3 and 10 MB projects grow no faster than the
# text; on the 50 MB project they stay within twice their budget.
SCALED_CASES = {
    "common word (hospital)": "common word (contains, 30,735 places)",
    "fuzzy common word (hospitl ≥ 80)": "fuzzy common word (hospitl ≥ 80)",
}
SIZES = (("1mb", 1), ("3mb", 3), ("10mb", 10))


def _search_case(path: str, name: str, clock: str = "wall", words: str = "kept") -> float:
    """The search alone; ``clock`` "cpu" counts this process's CPU time instead, a figure that
    other processes' load on a shared machine barely disturbs. ``words`` "counted" forgets the
    index's words kept by an earlier search, as any import or change of a text does, so a fuzzy
    search counts them from the index first."""
    from caqda.core.project import Project
    from caqda.core.search import Scope, search

    query, options, _ = CASES[name]
    options = dict(options)
    speakers = options.pop("speakers", ())
    timer = time.process_time if clock == "cpu" else time.perf_counter
    with Project.open(path) as project:
        if words == "counted":
            with project.transaction() as connection:
                connection.execute("DELETE FROM search_vocabulary")
        started = timer()
        search(project, query, scope=Scope(speakers=speakers), **options)  # type: ignore[arg-type]
        return timer() - started


def _dock_case(path: str, name: str) -> float:
    """The search dock from Enter until the event loop is idle with the table filled, for the
    case ``name`` of CASES (its mode and score chosen in the dock first). Choosing Fuzzy starts
    loading numpy and rapidfuzz in a thread (``fuzzy_runs.warm_up``); that thread is joined
    before Enter, as typing the query takes longer than the imports (~0.1 s)."""
    from harness import wait_until_idle
    from PySide6.QtWidgets import QApplication

    from caqda.core.project import Project
    from caqda.gui.views.search_panel import SearchPanel

    query, options, _ = CASES[name]
    app = QApplication.instance() or QApplication([])
    with Project.open(path) as project:
        panel = SearchPanel()
        panel.project_getter = lambda: project
        panel.resize(1366, 320)
        panel.show()
        wait_until_idle(app)
        panel.mode.setCurrentIndex(panel.mode.findData(options.get("mode", "contains")))
        if "min_score" in options:
            panel.score.setValue(int(options["min_score"]))  # type: ignore[call-overload]
        if panel._warming is not None:
            panel._warming.join()
        panel.query.setText(query)
        wait_until_idle(app)
        started = time.perf_counter()
        panel.run_search()
        wait_until_idle(app)
        seconds = time.perf_counter() - started
        assert panel.model.rowCount() > 0
        return seconds


def _prepare(folder: Path) -> Path:
    """A migrated copy of the 10 MB project with one small document holding the rare word."""
    from caqda.core import documents
    from caqda.core.project import Project

    path = working_copy("10mb", folder)
    with Project.open(path) as project:
        text = (
            f"Interviewer: E a {RARE}?\nE07: A {RARE} começou em março.\nInterviewer: Obrigado.\nE07: Nada."
        )
        documents.store_document(
            project, documents.prepare_text(text), name="Rare", source_name="rare.txt", source_format="txt"
        )
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _prepare(Path(folder))
        print("Search over the 10 MB project; timings disturbed by other processes on this machine.")
        for name, (_, _, goal) in CASES.items():
            run_case(f"search: {name}", SCRIPT, "search", arguments=(str(path), name), goal_seconds=goal)
        for name in ("common word (contains, 30,735 places)", "fuzzy common word (hospitl ≥ 80)",
                     "fuzzy two words (ward mangr ≥ 85)", "regex (hosp[a-z]+l)"):  # fmt: skip
            run_case(f"search: {name}, CPU time", SCRIPT, "search", arguments=(str(path), name, "cpu"),
                     goal_seconds=CASES[name][2])  # fmt: skip
        caqda = [sys.executable, "-m", "caqda", "search", str(path)]
        run_command(f"caqda search {RARE} (whole command)", [*caqda, RARE], goal_seconds=0.3)
        run_command("caqda search xylofone (absent, whole command)", [*caqda, "xylofone"], goal_seconds=0.3)
        # Commands printing tens of thousands of places are bulk output: held to the budget
        # issue 9 gives the command-line's bulk output (`caqda codings --json`, 1 s), as the
        # search in them is measured above against 0.3 s.
        run_command(
            "caqda search hospital --json (30,735 places printed, whole command)",
            [*caqda, "hospital", "--json"],
            goal_seconds=BULK_OUTPUT_GOAL,
        )
        run_command("caqda search hospitl --fuzzy 80 (30,735 places printed, whole command)",
                    [*caqda, "hospitl", "--fuzzy", "80"], goal_seconds=BULK_OUTPUT_GOAL)  # fmt: skip
        run_command("caqda search 'hosp[a-z]+l' --regex (30,735 places printed, whole command)",
                    [*caqda, "hosp[a-z]+l", "--regex"], goal_seconds=BULK_OUTPUT_GOAL)  # fmt: skip
        for name in DOCK_CASES:
            run_case(f"search dock: {name}, Enter to idle with the places listed", SCRIPT, "dock",
                     arguments=(str(path), name), goal_seconds=CASES[name][2])  # fmt: skip
    scaling()


def scaling() -> None:
    """The searches of SCALED_CASES on projects of 1, 3, 10 and 50 MB, each in fresh processes
    (the project open, as in the figures above), with how they grow."""
    from caqda.core.project import Project

    for size, _ in (*SIZES, ("50mb", 50)):
        path = project_path(size)
        Project.open(path).close()  # brought up to this caqda's schema, untimed
        factor = 2.0 if size == "50mb" else 1.0
        for short, name in SCALED_CASES.items():
            run_case(
                f"{size}: search: {short}",
                SCRIPT,
                "search",
                arguments=(str(path), name),
                goal_seconds=CASES[name][2] * factor,
                repeat=REPEAT,
            )
        if size in ("10mb", "50mb"):  # the first fuzzy search after an import counts the words
            name = SCALED_CASES["fuzzy common word (hospitl ≥ 80)"]
            run_case(
                f"{size}: search: fuzzy common word, first after an import (the index's words counted)",
                SCRIPT,
                "search",
                arguments=(str(path), name, "wall", "counted"),
                goal_seconds=CASES[name][2] * factor,
                repeat=REPEAT,
            )
    # What a researcher waits for in the window on the 50 MB project: Enter to the table filled.
    path = project_path("50mb")
    for short, name in SCALED_CASES.items():
        run_case(f"50mb: search dock: {short}, Enter to idle with the places listed", SCRIPT, "dock",
                 arguments=(str(path), name), goal_seconds=CASES[name][2] * 2, repeat=REPEAT)  # fmt: skip
    for short in SCALED_CASES:
        times = [MEDIANS[f"{size}: search: {short}"] for size, _ in SIZES]
        linear = times[2] <= times[0] * 10 * 1.2 + 0.02
        sizes = " / ".join(
            f"{megabytes} MB {t * 1000:.0f} ms" for (_, megabytes), t in zip(SIZES, times, strict=True)
        )
        print(
            f"Scaling (search: {short}): {sizes}; ×{times[2] / times[0]:.1f} for ×10 the text: "
            + ("no faster than linear" if linear else "FASTER THAN LINEAR"),
            flush=True,
        )
    usable = all(
        MEDIANS[f"50mb: search: {short}"] <= 2 * CASES[name][2] for short, name in SCALED_CASES.items()
    )
    print(
        "50 MB project (searches above): "
        + ("every search within twice its budget." if usable else "OVER twice the budget."),
        flush=True,
    )


if __name__ == "__main__":
    if not child_main({"search": _search_case, "dock": _dock_case}):
        main()
