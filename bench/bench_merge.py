"""Merging a coder's copy back: the 10 MB project (60,000 codings, coders Ana, Bruno, Caio) and
Ana's blind copy of it (about 20,000 codings), in which 5,000 codings were changed and 1,000
deleted. Each figure is a fresh process:

- preview: ``plan_merge`` (opens the copy, compares everything, writes nothing);
- merge: ``apply_merge`` of that plan (one transaction, tombstones, audit trail);
- window: File › Merge from the preview to the merged project with every panel refreshed;
- command: ``caqda merge PROJECT COPY --dry-run`` as a whole, Python start included;
- and, for the record, ``caqda copy-for`` (a blind copy of the 10 MB project) as a whole.

The project has an audit event per coding and the copy one per change, as the window leaves them.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import child_main, run_case, run_command, wait_until_idle
from projects import working_copy

from caqda.core import tombstones
from caqda.core.merge import apply_merge, plan_merge
from caqda.core.project import Project, new_uuid, now
from caqda.core.team_copies import copy_for

CHANGED, DELETED = 5_000, 1_000


def prepare(folder: Path) -> tuple[Path, Path]:
    """The project and Ana's copy with her changes and deletions (made with SQL: quick setup)."""
    main = working_copy("10mb", folder)
    copy = folder / "ana.caqda"
    with Project.open(main) as project:
        with project.transaction() as connection:  # an audit trail as coding in the window leaves
            connection.executemany(
                "INSERT INTO audit_events(uuid, at, coder_id, action, entity, entity_uuid, after) "
                "VALUES (?, ?, ?, 'add coding', 'coding', ?, ?)",
                [(new_uuid(), row[2], row[1], row[0], json.dumps({"start": row[3], "end": row[4]}))
                 for row in project.rows('SELECT uuid, coder_id, created_at, start, "end" FROM codings')],
            )  # fmt: skip
        copy_for(project, "Ana", copy)
    time.sleep(0.01)
    with Project.open(copy) as opened, opened.transaction() as connection:
        rows = opened.rows("SELECT id, uuid FROM codings ORDER BY id")
        chosen = random.Random(3).sample(list(rows), CHANGED + DELETED)
        stamp = now()
        connection.executemany(
            "UPDATE codings SET start = start + 1, updated_at = ? WHERE id = ?",
            [(stamp, row[0]) for row in chosen[:CHANGED]],
        )
        tombstones.bury(opened, "coding", [row[1] for row in chosen[CHANGED:]])
        connection.executemany(
            "INSERT INTO audit_events(uuid, at, coder_id, action, entity, entity_uuid, before, after) "
            "VALUES (?, ?, 1, ?, 'coding', ?, '{}', '{}')",
            [(new_uuid(), stamp, "resize coding" if index < CHANGED else "remove coding", row[1])
             for index, row in enumerate(chosen)],
        )  # fmt: skip
        connection.executemany("DELETE FROM codings WHERE id = ?", [(row[0],) for row in chosen[CHANGED:]])
        print(
            f"Ana's copy: {len(rows):,} codings, {CHANGED:,} changed, {DELETED:,} deleted (and as many audit "
            "events); project: 60,000 codings and 60,000 audit events"
        )
    return main, copy


def _check(plan) -> None:  # type: ignore[no-untyped-def]
    counts = plan.counts()
    expected = (CHANGED, DELETED, 0, CHANGED + DELETED)
    found = (counts["codings_changed"], counts["codings_deleted"], counts["conflicts"], counts["events"])
    if found != expected:
        raise RuntimeError(f"unexpected plan: {counts}")


def _fresh(main: str) -> Path:
    target = Path(tempfile.mkdtemp()) / "main.caqda"
    shutil.copyfile(main, target)
    return target


def case_preview(main: str, copy: str) -> float:
    with Project.open(main) as project:
        started = time.perf_counter()
        plan = plan_merge(project, Path(copy))
        seconds = time.perf_counter() - started
    _check(plan)
    return seconds


def case_merge(main: str, copy: str) -> float:
    with Project.open(_fresh(main)) as project:
        plan = plan_merge(project, Path(copy))
        started = time.perf_counter()
        apply_merge(project, plan)
        seconds = time.perf_counter() - started
        _check(plan)
        if project.scalar("SELECT COUNT(*) FROM codings") != 60_000 - DELETED:
            raise RuntimeError("the merge did not delete what it should")
    return seconds


def case_window(main: str, copy: str) -> float:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from caqda.gui.dialogs.merge_preview import MergePreviewDialog
    from caqda.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    window = MainWindow(QSettings(str(folder / "caqda.ini"), QSettings.Format.IniFormat))
    window.show()
    window.open_project(_fresh(main), coder="Supervisor")
    window.show_document(1)
    wait_until_idle(app)

    def merge(dialog: MergePreviewDialog) -> int:
        dialog.merge_button.click()
        return dialog.result()

    MergePreviewDialog.exec = merge  # type: ignore[method-assign]
    started = time.perf_counter()
    window.merge_copy(Path(copy))
    wait_until_idle(app)
    seconds = time.perf_counter() - started
    assert window.team.last_plan is not None
    _check(window.team.last_plan)
    window.close()
    return seconds


CASES = {"preview": case_preview, "merge": case_merge, "window": case_window}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        project, copy = prepare(Path(folder))
        arguments = [str(project), str(copy)]
        print("(timings on a machine shared with other jobs are noisy; see the min–max)")
        run_case(
            "merge preview (plan, nothing written)",
            __file__,
            "preview",
            goal_seconds=2.0,
            arguments=arguments,
        )
        run_case(
            "merge (apply the plan, one transaction)",
            __file__,
            "merge",
            goal_seconds=2.0,
            arguments=arguments,
        )
        run_case(
            "File › Merge in the window (preview + merge + panels refreshed)",
            __file__,
            "window",
            goal_seconds=4.0,
            arguments=arguments,
        )
        handed = Path(folder) / "bruno.caqda"
        run_command(
            "caqda copy-for --coder Bruno (blind copy of the 10 MB project, compacted)",
            [sys.executable, "-m", "caqda", "copy-for", str(project), "--coder", "Bruno", "-o", str(handed)],
            goal_seconds=3.0,
            before=lambda: handed.unlink(missing_ok=True),
        )
        run_command(
            "caqda merge --dry-run (whole command, Python start included)",
            [sys.executable, "-m", "caqda", "merge", *arguments, "--dry-run"],
            goal_seconds=3.0,
        )


if __name__ == "__main__":
    if not child_main(CASES):
        main()
