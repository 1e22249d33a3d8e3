"""Team work: coders' copies handed out and merged back, and the audit trail."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from caqda.cli.common import CommandAdder, print_json
from caqda.core.project import Project


def register(command: CommandAdder) -> None:
    sub = command("copy-for", _copy_for, "prepare a coder's copy of the project (blind by default)")
    sub.add_argument("path", type=Path)
    sub.add_argument("--coder", required=True, help="the coder who will work in the copy")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="COPY", help="the copy to write")
    blind = sub.add_mutually_exclusive_group()
    blind.add_argument(
        "--blind", dest="blind", action="store_true", default=True, help="leave out other coders' codings"
    )
    blind.add_argument("--no-blind", dest="blind", action="store_false", help="copy every coder's codings")
    sub = command("merge", _merge, "merge coders' copies back into the project (after a preview)")
    sub.add_argument("path", type=Path)
    sub.add_argument("sources", type=Path, nargs="+", metavar="COPY")
    sub.add_argument("--dry-run", action="store_true", help="print what would change; change nothing")
    sub.add_argument("--json", action="store_true", help="the plan as JSON")
    sub = command("audit", _audit, "who changed what, and when")
    sub.add_argument("path", type=Path)
    sub.add_argument("--coder", help="only this coder's changes")
    sub.add_argument("--json", action="store_true")


def _copy_for(options: argparse.Namespace) -> int:
    from caqda.core.team_copies import copy_for

    with Project.open(options.path) as project:
        result = copy_for(project, options.coder, options.output, blind=options.blind)
    kind = "blind copy" if result.handout.blind else "copy"
    print(
        f"Wrote a {kind} for {result.handout.coder} to {result.path} "
        f"({result.codings} codings; {result.left_out} of other coders left out)."
    )
    return 0


def _merge(options: argparse.Namespace) -> int:
    from caqda.core.merge import apply_merge, plan_merge

    plans = []
    with Project.open(options.path) as project:
        for source in options.sources:
            plan = plan_merge(project, source)
            if not options.dry_run:
                apply_merge(project, plan)
            plans.append(plan)
            if not options.json:
                print("\n".join(plan.describe()))
    if options.json:
        print_json(
            [
                {
                    "copy": plan.source_name,
                    "coder": plan.handout.coder if plan.handout else None,
                    "applied": not options.dry_run,
                    **plan.counts(),
                    "conflicts": [c.__dict__ for c in plan.conflicts],
                    "notes": plan.notes,
                }
                for plan in plans
            ]
        )
    elif options.dry_run:
        print("Dry run: nothing was changed.", file=sys.stderr)
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
