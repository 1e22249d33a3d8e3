"""Review and adjudication: a supervisor's marks on codings, and the consensus of two coders."""

from __future__ import annotations

import argparse
from contextlib import nullcontext
from pathlib import Path

from caqda.cli.common import NEW_CODER_HELP, CommandAdder, coder_for, print_json
from caqda.core.coding import coding_by_uuid
from caqda.core.errors import CodingError, NotFoundError
from caqda.core.project import Project
from caqda.core.wording import counted


def register(command: CommandAdder) -> None:
    sub = command("review", _review, "mark a coding approved, rejected or to discuss; or count the marks")
    sub.add_argument("path", type=Path)
    sub.add_argument("--coding", metavar="UUID", help="the coding to mark")
    sub.add_argument("--mark", choices=("approved", "rejected", "discuss", "clear"))
    sub.add_argument("--comment", default="", metavar="TEXT")
    sub.add_argument("--reviewer", metavar="NAME", help="who marks (a coder of the project)")
    sub.add_argument("--new-coder", action="store_true", help=NEW_CODER_HELP)
    sub.add_argument("--summary", action="store_true", help="counts of marks per coder and code")
    sub.add_argument("--json", action="store_true")

    sub = command(
        "adjudicate",
        _adjudicate,
        "settle two coders' disagreements into consensus codings (lists them when nothing is taken)",
    )
    sub.add_argument("path", type=Path)
    sub.add_argument("--coders", nargs=2, required=True, metavar=("A", "B"))
    sub.add_argument("--code", metavar="NAME", help="the code (required to list or settle disagreements)")
    sub.add_argument("--take", choices=("a", "b", "both", "none"))
    sub.add_argument(
        "--range", nargs=2, type=int, metavar=("START", "END"), help="settle with a range by hand"
    )
    sub.add_argument("--disagreement", type=int, metavar="N", help="its number in the listing (from 1)")
    sub.add_argument("--accept-agreements", action="store_true", help="accept every agreed stretch")
    sub.add_argument(
        "--scores", action="store_true", help="each coder's precision, recall, F1 and κ vs the consensus"
    )
    sub.add_argument("--consensus", default="Consensus", metavar="NAME", help="the consensus coder")
    sub.add_argument("--unit", choices=("character", "segment"), default="character")
    sub.add_argument("--tolerance", type=float, default=0.9)
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
        reviewer = coder_for(project, options.reviewer, new_coder=options.new_coder)
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


def _adjudicate(options: argparse.Namespace) -> int:
    from caqda.core import adjudication, codebook

    with Project.open(options.path) as project:
        coder_a, coder_b = options.coders
        if options.scores:
            return _print_scores(project, options)
        if options.accept_agreements:
            names = [options.code] if options.code else _codes_used(project, coder_a, coder_b)
            total = 0
            with project.transaction():  # a refusal leaves no consensus coder behind
                for name in names:
                    where = adjudication.scope(
                        project, coder_a, coder_b, name, consensus=options.consensus,
                        unit=options.unit, tolerance=options.tolerance,
                    )  # fmt: skip
                    total += len(adjudication.accept_agreements(project, where))
            stretches = counted(total, "agreed stretch", "agreed stretches")
            print(f"Accepted {stretches} as {options.consensus}'s codings.")
            return 0
        if not options.code:
            raise CodingError("Name the code whose disagreements to list or settle (--code NAME).")
        writing = bool(options.take or options.range)
        # Listing makes nothing; a decision makes the consensus coder in the same transaction, so
        # a refused decision leaves no coder behind.
        with project.transaction() if writing else nullcontext():
            where = adjudication.scope(
                project, coder_a, coder_b, options.code, consensus=options.consensus,
                unit=options.unit, tolerance=options.tolerance, create=writing,
            )  # fmt: skip
            items = adjudication.list_disagreements(project, where)
            if writing:
                if options.disagreement is None or not 1 <= options.disagreement <= len(items):
                    raise CodingError(
                        f"Give the disagreement's number with --disagreement N (1–{len(items)}); "
                        "run without --take to list them."
                    )
                item = items[options.disagreement - 1]
                if options.range:
                    adjudication.settle(project, where, item, "hand", [tuple(options.range)])
                else:
                    adjudication.settle(project, where, item, options.take)
        done, total = adjudication.progress(project, where, items)
        rows = [
            {
                "number": number,
                "document": item.document,
                "start": item.start,
                "end": item.end,
                "kind": item.kind,
                "segments": {side.coder: [list(span) for span in side.segments] for side in item.coders},
                "decision": adjudication.decision_of(project, where, item),
            }
            for number, item in enumerate(items, start=1)
        ]
        path = codebook.code_path(project, where.code)
    if options.json:
        print_json({"code": path, "settled": done, "total": total, "disagreements": rows})
        return 0
    for row in rows:
        sides = "; ".join(
            f"{coder}: {', '.join(f'{s}–{e}' for s, e in spans) or '—'}"
            for coder, spans in row["segments"].items()
        )
        decision = row["decision"] or "open"
        print(
            f"{row['number']:>4}  {row['document']}  {row['start']}–{row['end']}  {row['kind']:<15} "
            f"{sides}  [{decision}]"
        )
    print(f"{done} of {counted(total, 'disagreement')} settled on {path}.")
    return 0


def _codes_used(project: Project, coder_a: str, coder_b: str) -> list[str]:
    from caqda.core import codebook, coders

    ids = (coders.find_coder(project, coder_a).id, coders.find_coder(project, coder_b).id)
    used = {
        row[0] for row in project.rows("SELECT DISTINCT code_id FROM codings WHERE coder_id IN (?, ?)", ids)
    }
    return [codebook.code_path(project, code) for code in codebook.list_codes(project) if code.id in used]


def _print_scores(project: Project, options: argparse.Namespace) -> int:
    from caqda.core.consensus_scores import scores_against_consensus

    scores = scores_against_consensus(
        project,
        list(options.coders),
        options.consensus,
        codes=[options.code] if options.code else None,
        tolerance=options.tolerance,
    )
    if options.json:
        print_json([score.as_dict() for score in scores])
        return 0

    def show(value: float | None) -> str:
        return "–" if value is None else f"{value:.3f}"

    print(f"{'Code':<40} {'Coder':<12} {'Unit':<10} precision  recall     F1      κ")
    for score in scores:
        print(
            f"{score.code[:40]:<40} {score.coder:<12} {score.unit:<10} {show(score.precision):>9}  "
            f"{show(score.recall):>6}  {show(score.f1):>5}  {show(score.kappa):>5}"
        )
    return 0
