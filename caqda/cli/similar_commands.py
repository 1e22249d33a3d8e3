"""``caqda similar``: uncoded passages that resemble what a code already holds."""

from __future__ import annotations

import argparse
from pathlib import Path

from caqda.cli.common import CommandAdder, print_json
from caqda.cli.document_options import add_document_options, selected_ids
from caqda.core import codebook
from caqda.core.project import Project


def register(command: CommandAdder) -> None:
    sub = command(
        "similar",
        _similar,
        "list uncoded sentences, paragraphs or speaker turns most like the passages a code holds, "
        "each with its score and the most similar coded passage",
    )
    sub.add_argument("path", type=Path)
    sub.add_argument("--code", required=True, metavar="NAME")
    sub.add_argument("--unit", default="sentence", choices=("sentence", "paragraph", "turn"))
    sub.add_argument("--top", type=int, default=20, metavar="N")
    sub.add_argument("--json", action="store_true")
    add_document_options(sub)


def _similar(options: argparse.Namespace) -> int:
    from caqda.core.similar import SimilarError, similar_passages

    if options.top < 1:
        raise SimilarError("--top needs a number of at least 1.")
    with Project.open(options.path) as project:
        code = codebook.find_code(project, options.code)
        suggestions = similar_passages(
            project, code.id, unit=options.unit, top=options.top, document_ids=selected_ids(project, options)
        )
    if options.json:
        print_json([suggestion.as_dict() for suggestion in suggestions])
        return 0
    for number, s in enumerate(suggestions, start=1):
        text = " ".join(s.passage.text.split())
        nearest = " ".join(s.nearest.text.split())
        print(f"{number}. {s.score:.2f} {s.passage.document} [{s.passage.start}-{s.passage.end}]: {text}")
        print(f"   like {s.nearest.document} [{s.nearest.start}-{s.nearest.end}]: {nearest}")
    if not suggestions:
        print(f"No uncoded {options.unit} resembles what '{code.name}' holds.")
    return 0
