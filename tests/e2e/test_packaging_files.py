"""The desktop integration files in packaging/linux pass the freedesktop validators, and the
icon comes in every size its name says."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from lxml import etree

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
APP_ID = "io.github.caqda.Caqda"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return found


def test_desktop_file_validates() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_appstream_metainfo_validates() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_claims_caqda_files_by_name_and_by_application_id() -> None:
    tree = etree.parse(str(LINUX / f"{APP_ID}.mime.xml"))
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (mime,) = tree.xpath("/m:mime-info/m:mime-type", namespaces=ns)
    assert mime.get("type") == "application/x-caqda-project"
    assert [glob.get("pattern") for glob in mime.xpath("m:glob", namespaces=ns)] == ["*.caqda"]
    inner = mime.xpath("m:magic/m:match/m:match", namespaces=ns)[0]
    from caqda.core.schema import APPLICATION_ID

    assert int(inner.get("value"), 16) == APPLICATION_ID and inner.get("offset") == "68"
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-caqda-project;" in desktop


@pytest.mark.parametrize("size", [16, 32, 48, 64, 128, 256, 512])
def test_icon_png_sizes(size: int) -> None:
    header = (LINUX / "icons" / f"caqda-{size}.png").read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (size, size)
    etree.parse(str(LINUX / "icons" / "caqda.svg"))  # the source parses as XML
