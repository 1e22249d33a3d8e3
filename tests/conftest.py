"""Fixtures shared by every test: projects in temporary folders, and the demo built once."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from caqda.core.demo import build_demo
from caqda.core.project import Project

# Qt tests run offscreen on a 1366×768 screen: the smallest laptop screen caqda must fit.
# (Set before any test module imports Qt; caqda.core never does.)
_SCREEN = Path(__file__).resolve().parent / "fixtures" / "screen-1366x768.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

# What caqda remembers of project files it found sound (checked_files) goes to a folder of the
# test run's own, not the user's cache (every test's projects are new files anyway).
os.environ["CAQDA_CACHE_DIR"] = tempfile.mkdtemp(prefix="caqda-tests-cache-")

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
"""Every file a test reads (see its README): the suite needs nothing outside the clone."""
REFI_FIXTURES = FIXTURES / "refi"


def add_text(project: Project, name: str, text: str) -> int:
    """Store ``text`` as a document called ``name`` (as a .txt import would); its id."""
    from caqda.core import documents

    stored = documents.store_document(
        project, documents.prepare_text(text), name=name, source_name=f"{name}.txt", source_format="txt"
    )
    assert stored.document is not None
    return stored.document.id


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A new, empty project (no codebook)."""
    with Project.create(tmp_path / "test.caqda") as opened:
        yield opened


@pytest.fixture(scope="session")
def demo_source_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.caqda"
    build_demo(path)
    return path


@pytest.fixture
def demo_path(demo_source_path: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo project, free to change."""
    path = tmp_path / "demo.caqda"
    shutil.copyfile(demo_source_path, path)
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Project]:
    with Project.open(demo_path) as opened:
        yield opened


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    def write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return write


def table_dump(
    project: Project, *, leave_out: tuple[str, ...] = ("audit_events",)
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but ``leave_out`` (the audit trail grows with each change), to
    check that an undo restores a project exactly."""
    virtual = [
        row[0]
        for row in project.rows("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
    ]
    tables = [
        row[0]
        for row in project.rows(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        # a full-text index's own tables store the same words in another order after a delete
        # and a restore; the index is compared by what it finds (its vocabulary) instead
        if row[0] not in leave_out
        and row[0] != "search_vocabulary"  # the index's words, kept until a document changes
        and not any(row[0] == name or row[0].startswith(f"{name}_") for name in virtual)
    ]
    dumped = {
        table: sorted(tuple(row) for row in project.rows(f'SELECT * FROM "{table}"')) for table in tables
    }
    if "search_terms" in virtual:
        dumped["search_terms"] = sorted(tuple(row) for row in project.rows("SELECT * FROM search_terms"))
    return dumped
