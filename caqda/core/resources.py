"""Where the files shipped with caqda live (codebooks, the demo corpus).

In a source checkout they are in the repository's ``resources/``; a built wheel carries the
same folder inside the package as ``caqda/_resources``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    for candidate in (_PACKAGE / "_resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("caqda's resources folder is missing; reinstall caqda.")


def codebook_path(name: str) -> Path:
    return resources_dir() / "codebooks" / f"{name}.json"


def builtin_codebooks() -> list[str]:
    return sorted(path.stem for path in (resources_dir() / "codebooks").glob("*.json"))


def demo_dir() -> Path:
    return resources_dir() / "demo"
