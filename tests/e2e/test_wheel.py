"""The wheel carries everything caqda needs: installed into a fresh virtual environment, the
``caqda`` command starts and builds the demo from the packaged resources."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The fresh environment must not see a checkout through PYTHONPATH (a developer's shell may set it).
CLEAN_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("caqda-*.whl")
    return built


def test_wheel_holds_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "caqda/_resources/codebooks/value-spheres.json" in names
    assert "caqda/_resources/translations/caqda_pt_BR.ts" in names
    assert "caqda/core/refi/schemas/Project.xsd" in names
    assert any(name.startswith("caqda/_resources/demo/transcripts/") for name in names)
    assert not any(name.startswith(("tests/", "bench/")) for name in names)


@pytest.mark.slow
def test_wheel_installs_and_runs_in_a_fresh_environment(wheel: Path, tmp_path: Path) -> None:
    environment = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(environment)
    python = environment / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        env=CLEAN_ENV,
    )
    # caqda itself comes from the wheel; its dependencies from this test run's environment, so the
    # test needs no download. Paths from a .pth are searched after the environment's own.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    caqda = environment / "bin" / "caqda"
    version = subprocess.run(
        [str(caqda), "--version"], check=True, capture_output=True, text=True, env=CLEAN_ENV
    )
    assert version.stdout.startswith("caqda ")
    where = subprocess.run(
        [str(python), "-c", "import caqda.core.resources as r; print(r.resources_dir())"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=CLEAN_ENV,
    ).stdout.strip()
    assert where.startswith(site), where  # the packaged resources, not the repository's
    demo = subprocess.run(
        [str(caqda), "demo", str(tmp_path / "demo.caqda")],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=CLEAN_ENV,
    )
    assert "documents" in demo.stdout and (tmp_path / "demo.caqda").stat().st_size > 100_000
