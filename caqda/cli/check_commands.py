"""Checking a project for damage, and repairing it: ``caqda check PATH [--repair]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from caqda.cli.common import CommandAdder, print_json


def register(command: CommandAdder) -> None:
    sub = command(
        "check", _check, "check a project for damage (and repair what is safe, after keeping a copy)"
    )
    sub.add_argument("path", type=Path)
    sub.add_argument(
        "--repair", action="store_true", help="repair what can be repaired; a copy is kept beside it first"
    )
    sub.add_argument("--json", action="store_true")


def _check(options: argparse.Namespace) -> int:
    """Exit 0 when the project is sound (or every problem was repaired), 1 otherwise."""
    from caqda.core.check import check_project

    report = check_project(options.path, repair=options.repair)
    unrepaired = [problem for problem in report.problems if not (report.repaired and problem.repair)]
    if options.json:
        print_json(
            {
                "problems": [
                    {"kind": problem.kind, "message": problem.message, "repair": problem.repair}
                    for problem in report.problems
                ],
                "repaired": report.repaired,
                "backup": str(report.backup) if report.backup else None,
            }
        )
    else:
        for line in report.lines():
            print(line)
        if report.problems and not options.repair and any(problem.repair for problem in report.problems):
            print("Run again with --repair to repair what can be repaired (a copy is kept first).")
    return 0 if not unrepaired else 1
