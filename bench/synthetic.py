"""Random codings for benchmark projects, inserted in one transaction."""

from __future__ import annotations

import random
from collections.abc import Sequence

from caqda.core.models import Document
from caqda.core.project import Project, new_uuid, now


def insert_random_codings(
    project: Project,
    count: int,
    *,
    documents: Sequence[Document],
    code_ids: Sequence[int],
    coder_ids: Sequence[int],
    seed: int,
    shortest: int = 50,
    longest: int = 600,
    memo_every: int = 0,
) -> None:
    """``count`` codings at random places, ``shortest``..``longest`` characters long; every
    ``memo_every``-th one gets a memo."""
    generator = random.Random(seed)
    rows = []
    for index in range(count):
        document = generator.choice(documents)
        start = generator.randrange(0, document.characters - longest)
        stamp = now()
        memo = "memo text" if memo_every and index % memo_every == 0 else ""
        rows.append(
            (new_uuid(), document.id, generator.choice(code_ids), generator.choice(coder_ids),
             start, start + generator.randint(shortest, longest), memo, stamp, stamp)
        )  # fmt: skip
    with project.transaction() as connection:
        connection.executemany(
            'INSERT INTO codings(uuid, document_id, code_id, coder_id, start, "end", memo, created_at, '
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
