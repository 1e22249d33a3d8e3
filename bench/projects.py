"""Synthetic benchmark projects of a known size, built once and cached in ``bench/.cache/``.

``project_path("10mb")`` is the project the issues measure against: 200 interview documents of
about 50,000 characters (speaker turns, accents, an emoji now and then, a Department attribute),
3 coders, 60 codes (6 parents with 9 children), 60,000 codings. The other sizes scale the
number of documents and codings with the text (6,000 codings per MB). A cached file is rebuilt
when ``GENERATOR_VERSION`` changes, or with ``CAQDA_BENCH_REBUILD=1``. The text is synthetic.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import insert_random_codings

from caqda.core import codebook, coders, documents
from caqda.core.project import Project

GENERATOR_VERSION = 1
CACHE = Path(__file__).parent / ".cache"
CODERS = ("Ana", "Bruno", "Caio")
DEPARTMENTS = ("Nursing", "Management", "Communication", "Ombudsman")
WORDS = (
    "o paciente agradeceu a equipe de enfermagem pelo cuidado e pela atenção",
    "a ouvidoria recebeu a reclamação e respondeu no mesmo dia",
    "we answer every question on the page within a few hours",
    "the family posted a thank-you note and other patients replied",
    "a comunicação do hospital acompanha os comentários nas redes sociais",
    "complaints about waiting times are forwarded to the ward manager",
    "ela disse que se sentiu acolhida 😀 e voltou para a consulta",
    "trust grows when the hospital listens to what people write",
    "o médico explicou o exame e a família entendeu o tratamento",
    "praise is rarely answered, but it is read by the whole team",
)


@dataclass(frozen=True)
class Size:
    documents: int
    characters: int  # per document
    codings: int


SIZES = {
    "1mb": Size(20, 50_000, 6_000),
    "3mb": Size(60, 50_000, 18_000),
    "10mb": Size(200, 50_000, 60_000),
    "50mb": Size(1_000, 50_000, 300_000),
}


def transcript_text(generator: random.Random, characters: int) -> str:
    """An interview of about ``characters`` characters: turns of an interviewer and an employee."""
    lines = ["Interviewer: Researcher", ""]
    size = 0
    while size < characters:
        speaker = generator.choice(("Interviewer", "E05", "E05", "E05"))
        sentences = [generator.choice(WORDS).capitalize() + "." for _ in range(generator.randint(1, 6))]
        line = f"{speaker}: " + " ".join(sentences)
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)


def build_project(path: Path, size: Size, seed: int = 7) -> None:
    """Make the project at ``path`` (which must not exist)."""
    generator = random.Random(seed)
    with Project.create(path) as project:
        coder_ids = [coders.ensure_coder(project, name).id for name in CODERS]
        code_ids = []
        for parent_number in range(6):
            parent = codebook.add_code(project, f"Theme {parent_number}", definition="A theme.")
            code_ids.append(parent.id)
            for child_number in range(9):
                child = codebook.add_code(
                    project, f"Code {parent_number}.{child_number}", parent_id=parent.id
                )
                code_ids.append(child.id)
        stored = []
        for number in range(size.documents):
            prepared = documents.prepare_text(transcript_text(generator, size.characters))
            result = documents.store_document(
                project,
                prepared,
                name=f"Interview {number:04d}",
                source_name=f"interview-{number:04d}.txt",
                source_format="txt",
            )
            assert result.document is not None
            stored.append(result.document)
            documents.set_attribute(project, result.document.id, "Department", DEPARTMENTS[number % 4])
        insert_random_codings(
            project, size.codings, documents=stored, code_ids=code_ids, coder_ids=coder_ids, seed=seed + 4
        )


def project_path(name: str) -> Path:
    """The cached project of size ``name`` ("1mb", "3mb", "10mb", "50mb"), built when missing."""
    size = SIZES[name]
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}-v{GENERATOR_VERSION}.caqda"
    if path.exists() and os.environ.get("CAQDA_BENCH_REBUILD") != "1":
        return path
    partial = path.with_suffix(".building")
    if partial.exists():
        partial.unlink()
    build_project(partial, size)
    partial.replace(path)
    return path


def checked_once(path: Path) -> None:
    """Open ``path`` once, untimed: brought up to this caqda's schema and checked whole, then
    remembered as sound (``caqda.core.checked_files``), so that the commands timed on it open a
    project unchanged since it passed the checks, as a researcher's usually is. A file written
    in the last seconds is not remembered (coarse modification times): wait until it settles."""
    from caqda.core import checked_files
    from caqda.core.project import Project

    Project.open(path).close()  # may migrate it, which writes it
    wait = checked_files.SETTLED_NS - (time.time_ns() - path.stat().st_mtime_ns)
    if wait > 0:
        time.sleep(wait / 1e9)
    Project.open(path).close()


def working_copy(name: str, folder: Path) -> Path:
    """A copy of the cached project in ``folder``, for a benchmark that changes it."""
    target = folder / f"{name}.caqda"
    shutil.copyfile(project_path(name), target)
    return target


if __name__ == "__main__":
    for wanted in sys.argv[1:] or ["10mb"]:
        print(project_path(wanted))
