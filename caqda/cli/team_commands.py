"""Team work: merging coders' copies and reading the audit trail."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from caqda.cli.common import CommandAdder, print_json
from caqda.core.project import Project


def register(command: CommandAdder) -> None:
    sub = command("merge", _merge, "merge other coders' copies of a project into this one")
    sub.add_argument("path", type=Path)
    sub.add_argument("sources", type=Path, nargs="+", metavar="COPY")
    sub = command("audit", _audit, "who changed what, and when")
    sub.add_argument("path", type=Path)
    sub.add_argument("--coder", help="only this coder's changes")
    sub.add_argument("--json", action="store_true")


def _merge(options: argparse.Namespace) -> int:
    from caqda.core.merge import merge_project

    with Project.open(options.path) as project:
        for source in options.sources:
            report = merge_project(project, source)
            print(f"{source.name}: {report.summary()}")
            for note in report.notes:
                print(f"note: {note}", file=sys.stderr)
    return 0


def _audit(options: argparse.Namespace) -> int:
    from caqda.core.audit import trail

    with Project.open(options.path) as project:
        rows = trail(project, coder=options.coder)
    if options.json:
        print_json(rows)
        return 0
    for row in rows:
        when = row["at"][:19].replace("T", " ")
        print(f"{when}  {row['coder'] or '-':<12} {row['action']:<22} {row['summary']}")
    return 0
