"""Analysis: coding queries, counts and tables, the social-media stage."""

from __future__ import annotations

import argparse
from pathlib import Path

from caqda.cli.common import CommandAdder, print_json
from caqda.core.project import Project


def register(command: CommandAdder) -> None:
    _register_query(command)
    register_stats(command)
    register_social(command)


def _register_query(command: CommandAdder) -> None:
    sub = command("query", _query, "find the text coded so: codes with AND, OR, NOT, WITHIN, FOLLOWED BY")
    sub.add_argument("path", type=Path)
    sub.add_argument("query", nargs="?", help='e.g. "Complaint AND NOT \\"Responding to interactions\\""')
    sub.add_argument(
        "--within",
        default="character",
        choices=("character", "sentence", "paragraph", "turn", "document"),
        help="the unit AND, OR and NOT work on (default: character, i.e. overlapping text)",
    )
    _filter_arguments(sub)
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--save", metavar="NAME", help="save the query in the project under this name")
    sub.add_argument("--run", metavar="NAME", help="run the saved query of this name")
    sub.add_argument("--list", action="store_true", help="list the saved queries")
    sub.add_argument("--export", type=Path, metavar="FILE", help="write the passages to .docx, .xlsx or .csv")
    sub.add_argument("--code", metavar="NAME", help="code the passages with a new code of this name")
    sub.add_argument("--coder", help="with --code: who codes")


def _filter_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--coders", nargs="+", metavar="NAME", help="only these coders' codings")
    sub.add_argument("--documents", nargs="+", metavar="NAME", help="only these documents")
    sub.add_argument(
        "--where",
        action="append",
        metavar="NAME=VALUE",
        help='documents with this attribute, e.g. "Department=Nursing"',
    )
    sub.add_argument("--speakers", nargs="+", metavar="NAME", help="only what these speakers say")


def _filters(options: argparse.Namespace):  # type: ignore[no-untyped-def]
    from caqda.core.analysis.scope import Filters

    return Filters.of(
        coders=options.coders, documents=options.documents, where=options.where, speakers=options.speakers
    )


def _query(options: argparse.Namespace) -> int:
    from caqda.core.analysis import query_results, saved_queries
    from caqda.core.analysis.query import run_query
    from caqda.core.errors import CaqdaError

    with Project.open(options.path) as project:
        if options.list:
            queries = saved_queries.list_saved_queries(project)
            if options.json:
                print_json([q.as_dict() for q in queries])
            for saved in [] if options.json else queries:
                print(
                    f"{saved.name}: {saved.query}"
                    + (f" (within {saved.within})" if saved.within != "character" else "")
                )
            return 0
        if options.run:
            result = saved_queries.run_saved_query(project, options.run)
        elif options.query:
            result = run_query(project, options.query, filters=_filters(options), within=options.within)
        else:
            raise CaqdaError("Give a query, or --run NAME for a saved one, or --list.")
        if options.save:
            saved_queries.save_query(
                project, options.save, result.query, within=result.within, filters=result.filters
            )
        if options.code:
            from caqda.core import coders

            if not options.coder:
                raise CaqdaError("Say who codes the passages with --coder NAME.")
            coder = coders.ensure_coder(project, options.coder)
            project.acting_coder = coder
            code = query_results.code_passages(project, result, code_name=options.code, coder_id=coder.id)
        if options.export:
            summary = query_results.export_query_result(project, result, options.export)
    if options.json:
        print_json(result.as_dict())
    else:
        for passage in result.passages:
            speaker = f" {passage.speaker}:" if passage.speaker else ""
            words = " ".join(passage.text.split())
            print(f"{passage.document} [{passage.start}-{passage.end}]{speaker} {words}")
        print(
            f"{len(result.passages)} passages in {result.documents} documents "
            f"({result.characters} characters)."
        )
    if options.save:
        print(f"Saved the query as '{options.save}'.")
    if options.code:
        print(f"Coded {len(result.passages)} passages as '{code.name}'.")
    if options.export:
        print(f"Wrote {summary.path} ({summary.items} passages).")
    return 0


def register_stats(command: CommandAdder) -> None:
    sub = command("stats", _stats, "code frequencies, matrices, co-occurrence and value-sphere profiles")
    sub.add_argument("path", type=Path)
    sub.add_argument(
        "--table", default="frequencies", choices=("frequencies", "matrix", "cooccurrence", "spheres")
    )
    sub.add_argument(
        "--by",
        help="frequencies: coder, document, speaker or attribute:NAME; matrix: document or attribute:NAME; "
        "spheres: document, coder or attribute:NAME",
    )
    sub.add_argument(
        "--values",
        default="count",
        choices=("count", "row_percent", "column_percent", "presence"),
        help="matrix",
    )
    sub.add_argument(
        "--cooccur", default="overlap", metavar="overlap|turn|N", help="co-occurrence: how codings meet"
    )
    sub.add_argument("--jaccard", action="store_true", help="co-occurrence: Jaccard instead of counts")
    sub.add_argument("--subcodes", action="store_true", help="a parent code counts its subcodes' codings")
    _filter_arguments(sub)
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--export", type=Path, metavar="FILE", help="write the table to .csv or .xlsx")
    sub.add_argument(
        "--chart",
        type=Path,
        metavar="FILE",
        help="draw the table (.png or .svg); co-occurrence: --network too",
    )
    sub.add_argument("--network", action="store_true", help="co-occurrence: draw a network, not a heat map")


def _stats(options: argparse.Namespace) -> int:
    from caqda.core.analysis.table_files import export_table, format_table
    from caqda.core.analysis.tables import build_table

    with Project.open(options.path) as project:
        table = build_table(
            project,
            options.table,
            filters=_filters(options),
            by=options.by,
            values=options.values,
            within=options.cooccur,
            jaccard=options.jaccard,
            include_subcodes=options.subcodes,
        )
        summary = export_table(project, table, options.export) if options.export else None
    if options.chart:
        from caqda.core.analysis import charts

        figure = charts.network(table) if options.network else charts.chart_for(table)
        charts.save_figure(figure, options.chart)
    if options.json:
        print_json(table.as_dict())
    else:
        print(format_table(table))
    if summary is not None:
        print(f"Wrote {summary.path} ({summary.items} rows).")
    if options.chart:
        print(f"Wrote {options.chart}.")
    return 0


def register_social(command: CommandAdder) -> None:
    sub = command("social", _social, "the social-media stage: answers, answer times, unanswered threads")
    sub.add_argument("path", type=Path)
    sub.add_argument("--coders", nargs="+", metavar="NAME", help="whose interaction-type codings count")
    sub.add_argument("--documents", nargs="+", metavar="NAME", help="only these social-media documents")
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--export", type=Path, metavar="FILE.xlsx", help="write every table to a workbook")
    sub.add_argument("--chart", type=Path, metavar="FILE", help="the answer-time histogram (.png or .svg)")


def _social(options: argparse.Namespace) -> int:
    from caqda.core.analysis.scope import Filters
    from caqda.core.analysis.social import social_report
    from caqda.core.analysis.table_files import export_tables, format_table

    with Project.open(options.path) as project:
        report = social_report(project, Filters.of(coders=options.coders, documents=options.documents))
        summary = export_tables(project, report.tables(), options.export) if options.export else None
        if options.chart:
            from caqda.core.analysis import charts

            charts.save_figure(charts.answer_time_histogram(report.answer_hours), options.chart)
    if options.json:
        print_json(report.as_dict())
    else:
        if not report.posts:
            print("No social-media posts in this project.")
        for table in report.tables() if report.posts else []:
            print(format_table(table))
            print()
    if summary is not None:
        print(f"Wrote {summary.path} ({summary.items} tables).")
    if options.chart:
        print(f"Wrote {options.chart}.")
    return 0
