"""REFI-QDA project exchange on a 60,000-coding project: export, import, and both.

The project is built directly: four long documents (about 250,000 characters each, with
accents and emoji so positions are not plain ASCII), 3 coders, 60 codes in a two-level
tree, 60,000 codings bulk-inserted (one in ten with a memo) and a few memos and attributes.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import REPEAT
from synthetic import insert_random_codings
from timing import measure

from caqda.core import codebook, coders, documents, memos
from caqda.core.project import Project
from caqda.core.refi.project_export import export_qdpx
from caqda.core.refi.project_import import import_qdpx

WORDS = (
    "trust",
    "patient",
    "voice",
    "nurse",
    "café",
    "réseau",
    "feedback",
    "complaint",
    "praise",
    "😀",
    "care",
)


def _text(generator: random.Random, characters: int) -> str:
    lines, size = [], 0
    while size < characters:
        speaker = generator.choice(["Interviewer", "E05"])
        line = f"{speaker}: " + " ".join(generator.choice(WORDS) for _ in range(generator.randint(8, 60)))
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)


def make_project(path: Path, total: int = 60_000) -> None:
    generator = random.Random(7)
    with Project.create(path) as project:
        coder_ids = [coders.ensure_coder(project, name).id for name in ("Ana", "Bruno", "Carla")]
        code_ids = []
        for parent_number in range(6):
            parent = codebook.add_code(project, f"Theme {parent_number}", definition="A theme.")
            code_ids.append(parent.id)
            for child_number in range(9):
                child = codebook.add_code(
                    project, f"Code {parent_number}.{child_number}", parent_id=parent.id, example="e.g."
                )
                code_ids.append(child.id)
        docs = []
        for number in range(4):
            prepared = documents.prepare_text(_text(generator, 250_000))
            result = documents.store_document(
                project,
                prepared,
                name=f"Long interview {number}",
                source_name=f"i{number}.txt",
                source_format="txt",
            )
            assert result.document is not None
            docs.append(result.document)
            documents.set_attribute(project, result.document.id, "Site", f"Site {number}")
            memos.add_memo(project, "A document memo", coder_id=coder_ids[0], target_kind="document",
                           target_id=result.document.id)  # fmt: skip
        memos.add_memo(project, "A project memo", coder_id=coder_ids[1])
        insert_random_codings(
            project, total, documents=docs, code_ids=code_ids, coder_ids=coder_ids, seed=11,
            shortest=20, memo_every=10,
        )  # fmt: skip
        assert project.scalar("SELECT COUNT(*) FROM codings") == total


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder_path = Path(folder)
        source = folder_path / "big.caqda"
        make_project(source)
        qdpx = folder_path / "big.qdpx"
        runs = iter(range(1000))

        def export() -> None:
            with Project.open(source) as project:
                export_qdpx(project, qdpx)

        def import_() -> None:
            report = import_qdpx(qdpx, folder_path / f"imported-{next(runs)}.caqda")
            assert report.codings == 60_000, report.summary()

        def both() -> None:
            export()
            import_()

        measure("qdpx export, 60,000 codings (open + write .qdpx)", export, goal_seconds=5, repeat=REPEAT)
        print(f"  .qdpx size: {qdpx.stat().st_size / 1e6:.1f} MB")
        label = "qdpx import, 60,000 codings (read + build new project)"
        measure(label, import_, goal_seconds=5, repeat=REPEAT)
        measure("qdpx export + import, 60,000 codings", both, goal_seconds=10, repeat=REPEAT)


if __name__ == "__main__":
    main()
