"""Codebook versions: the codebook's version number and date, and a code's history."""

from __future__ import annotations

import argparse
from pathlib import Path

from caqda.cli.common import CommandAdder, print_json
from caqda.core.project import Project


def register(command: CommandAdder) -> None:
    sub = command(
        "codebook-version", _version, "the codebook's version (number and date), or a code's history"
    )
    sub.add_argument("path", type=Path)
    sub.add_argument("--code", metavar="NAME", help="list this code's versions: who changed what, and when")
    sub.add_argument("--json", action="store_true")


def _version(options: argparse.Namespace) -> int:
    from caqda.core import codebook
    from caqda.core.codebook_versions import code_history, codebook_version

    with Project.open(options.path) as project:
        version = codebook_version(project)
        history = (
            code_history(project, codebook.find_code(project, options.code).uuid) if options.code else None
        )
    if options.json:
        data = version.as_dict()
        if history is not None:
            data["history"] = [change.as_dict() for change in history]
        print_json(data)
        return 0
    print(version.describe().capitalize())
    for change in history or []:
        when = change.at[:19].replace("T", " ")
        details = "; ".join(f"{field}: {before!s} → {after!s}" for field, before, after in change.changes)
        print(f"  v{change.version:<4} {when}  {change.coder or '-':<12} {change.action:<14} {details[:120]}")
    return 0
