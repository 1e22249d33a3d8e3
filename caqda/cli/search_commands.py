"""Search and auto-coding."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caqda.cli.common import NEW_CODER_HELP, CommandAdder, coder_for, print_json
from caqda.core import codebook, documents
from caqda.core.project import Project


def register(command: CommandAdder) -> None:
    sub = command("search", _search, "find words in every document, exactly or fuzzily")
    sub.add_argument("path", type=Path)
    sub.add_argument("query")
    sub.add_argument(
        "--fuzzy", type=float, default=100, metavar="SCORE", help="50-100; below 100 allows variants"
    )
    sub.add_argument("--documents", nargs="+", metavar="NAME")
    sub.add_argument("--json", action="store_true")
    sub = command("autocode", _autocode, "code every place a search finds")
    sub.add_argument("path", type=Path)
    sub.add_argument("query")
    sub.add_argument("--code", required=True)
    sub.add_argument("--coder", required=True)
    sub.add_argument("--new-coder", action="store_true", help=NEW_CODER_HELP)
    sub.add_argument("--fuzzy", type=float, default=100, metavar="SCORE")
    sub.add_argument("--documents", nargs="+", metavar="NAME")
    sub.add_argument("--unit", default="hit", choices=("hit", "sentence", "paragraph", "turn"))


def _search_hits(project: Project, options: argparse.Namespace) -> list[Any]:
    from caqda.core.search import search

    document_ids = (
        [documents.find_document(project, n).id for n in options.documents] if options.documents else None
    )
    return search(project, options.query, min_score=options.fuzzy, document_ids=document_ids)


def _search(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        hits = _search_hits(project, options)
    if options.json:
        print_json(
            [
                {"document": h.document, "start": h.start, "end": h.end, "score": h.score, "text": h.text}
                for h in hits
            ]
        )
        return 0
    for hit in hits:
        print(
            f"{hit.document} [{hit.start}-{hit.end}] {hit.score:.0f}: …{hit.before} »{hit.text}« {hit.after}…"
        )
    print(f"{len(hits)} places found.")
    return 0


def _autocode(options: argparse.Namespace) -> int:
    from caqda.core.search import autocode

    with Project.open(options.path) as project:
        code = codebook.find_code(project, options.code)
        coder = coder_for(project, options.coder, new_coder=options.new_coder)
        project.acting_coder = coder
        hits = _search_hits(project, options)
        result = autocode(project, hits, code_id=code.id, coder_id=coder.id, unit=options.unit)
    print(
        f"Coded {result.added} places as '{code.name}' for {coder.name}"
        + (f" ({result.already} were already coded so)." if result.already else ".")
    )
    return 0
