"""Review and adjudication: a supervisor's marks on codings, and the consensus of two coders."""

from __future__ import annotations

import argparse
from pathlib import Path

from caqda.cli.common import CommandAdder, print_json
from caqda.core.coding import coding_by_uuid
from caqda.core.errors import CodingError, NotFoundError
from caqda.core.project import Project


def register(command: CommandAdder) -> None:
    sub = command("review", _review, "mark a coding approved, rejected or to discuss; or count the marks")
    sub.add_argument("path", type=Path)
    sub.add_argument("--coding", metavar="UUID", help="the coding to mark")
    sub.add_argument("--mark", choices=("approved", "rejected", "discuss", "clear"))
    sub.add_argument("--comment", default="", metavar="TEXT")
    sub.add_argument("--reviewer", metavar="NAME", help="who marks (created if new)")
    sub.add_argument("--summary", action="store_true", help="counts of marks per coder and code")
    sub.add_argument("--json", action="store_true")


def _review(options: argparse.Namespace) -> int:
    from caqda.core import coders, review

    with Project.open(options.path) as project:
        if options.summary:
            reviewer_id = coders.find_coder(project, options.reviewer).id if options.reviewer else None
            counts = review.review_summary(project, reviewer_id=reviewer_id)
            if options.json:
                print_json(counts)
            else:
                _print_summary(counts)
            return 0
        if not (options.coding and options.mark and options.reviewer):
            raise CodingError(
                "Give --coding UUID, --mark and --reviewer NAME to mark a coding, or --summary."
            )
        if coding_by_uuid(project, options.coding) is None:
            raise NotFoundError(f"There is no coding with uuid {options.coding}; nothing was marked.")
        reviewer = coders.ensure_coder(project, options.reviewer)
        project.acting_coder = reviewer
        if options.mark == "clear":
            review.clear_mark(project, options.coding, reviewer.id)
        else:
            review.mark_coding(project, options.coding, reviewer.id, options.mark, options.comment)
        if options.json:
            current = review.current_marks(project, [options.coding], reviewer_id=reviewer.id)
            print_json(current[options.coding].as_dict() if options.coding in current else None)
        else:
            print(f"{options.coding}: {options.mark} by {reviewer.name}")
    return 0


def _print_summary(counts: dict[str, list[dict[str, object]]]) -> None:
    for key, title in (("coder", "Coder"), ("code", "Code")):
        rows = counts[f"{key}s"]
        width = max([len(title), *(len(str(row[key])) for row in rows)])
        print(f"{title:<{width}}  approved  rejected  discuss  unreviewed  total")
        for row in rows:
            print(
                f"{row[key]!s:<{width}}  {row['approved']:>8}  {row['rejected']:>8}  {row['discuss']:>7}"
                f"  {row['unreviewed']:>10}  {row['total']:>5}"
            )
        print()
