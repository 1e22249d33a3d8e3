"""Temporary files of killed imports and exports are cleaned up the next time caqda opens a
project or writes an export in their folder; nothing else is touched."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from caqda.core import codebook, leftovers
from caqda.core.exports.docx_codebook import export_codebook_docx
from caqda.core.project import Project


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _old(path: Path, seconds: float) -> Path:
    stamp = time.time() - seconds
    os.utime(path, (stamp, stamp))
    return path


def test_leftovers_of_killed_work_go_when_a_project_opens(tmp_path: Path) -> None:
    path = tmp_path / "study.caqda"
    Project.create(path).close()
    dead = _dead_pid()
    killed_import = tmp_path / f".new.caqda.{dead}.importing"
    shutil.copyfile(path, killed_import)  # a complete, openable project nobody knows about
    stale = [
        killed_import,
        tmp_path / f".study.qdpx.{dead}.partial",
        tmp_path / f".report.docx.{dead}.0a1b2c3d.tmp",
        tmp_path / f".other.caqda.{dead}.creating",
    ]
    old_unowned = [tmp_path / ".report.docx.0a1b2c3d.tmp", tmp_path / ".codebook.qdc.partial"]
    kept = [
        tmp_path / f".busy.caqda.{os.getpid()}.importing",  # a process still running
        tmp_path / f".fresh.qdpx.{dead}.partial",  # too new to judge (a shared folder)
        tmp_path / ".recent.docx.0a1b2c3d.tmp",  # an export that may still be running
        tmp_path / ".study.caqda.notes",  # not a name caqda makes
        tmp_path / "interview.partial",
    ]
    for leftover in stale[1:] + old_unowned + kept:
        leftover.write_bytes(b"x")
    for leftover in stale:
        _old(leftover, 120)
    for leftover in old_unowned:
        _old(leftover, 2 * 24 * 3600)
    _old(kept[0], 120)
    Project.open(path).close()
    assert [leftover for leftover in stale + old_unowned if leftover.exists()] == []
    assert all(leftover.exists() for leftover in kept)


def test_an_export_cleans_its_folder_and_leaves_nothing_behind(tmp_path: Path, project: Project) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    killed = reports / f".codebook.docx.{_dead_pid()}.0a1b2c3d.tmp"
    killed.write_bytes(b"half a report")
    _old(killed, 120)
    codebook.add_code(project, "Espera")
    export_codebook_docx(project, reports / "codebook.docx")
    assert sorted(path.name for path in reports.iterdir()) == ["codebook.docx"]


def test_a_symlink_or_folder_with_a_matching_name_is_not_touched(tmp_path: Path) -> None:
    folder = tmp_path / f".x.caqda.{_dead_pid()}.importing"
    folder.mkdir()
    _old(folder, 120)
    assert leftovers.clean_leftovers(tmp_path) == []
    assert folder.is_dir()
