"""Writing export files: atomically, with ordinary permissions, refusing in plain words; and
the export package stays free of Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from caqda.core.errors import CaqdaError
from caqda.core.exports.common import ExportError, check_target, write_atomically


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    target.write_bytes(b"the old report")

    def broken(temporary: Path) -> None:
        temporary.write_bytes(b"half")
        raise RuntimeError("a bug while writing")

    with pytest.raises(RuntimeError):
        write_atomically(target, broken)
    assert target.read_bytes() == b"the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


def test_disk_errors_become_export_errors(tmp_path: Path) -> None:
    def disk_full(temporary: Path) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="could not be written \\(No space left on device\\)"):
        write_atomically(tmp_path / "report.docx", disk_full)
    assert list(tmp_path.iterdir()) == []
    assert issubclass(ExportError, CaqdaError)


def test_written_file_has_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "table.csv"
    write_atomically(target, lambda temporary: temporary.write_text("a,b\n"))
    umask = os.umask(0)
    os.umask(umask)
    assert target.read_text() == "a,b\n"
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_unwritable_folder_is_refused(tmp_path: Path) -> None:
    # root may write into any folder whatever its mode, but not into /proc
    folder = Path("/proc") if os.geteuid() == 0 else tmp_path / "locked"
    if folder != Path("/proc"):
        folder.mkdir()
        folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="cannot write into the folder"):
            write_atomically(folder / "x.csv", lambda temporary: temporary.write_text("x"))
    finally:
        if folder != Path("/proc"):
            folder.chmod(0o700)


def test_check_target(tmp_path: Path) -> None:
    assert check_target(str(tmp_path / "a.XLSX"), (".csv", ".xlsx")) == tmp_path / "a.XLSX"
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        check_target(folder, (".csv",))


def test_exports_never_import_qt() -> None:
    code = (
        "import sys, caqda.core.exports, caqda.core.exports.tables; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'PyQt'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
