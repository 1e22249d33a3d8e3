"""Search and auto-coding: the same modes and filters for both."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caqda.cli.common import NEW_CODER_HELP, CommandAdder, coder_for
from caqda.cli.document_options import add_document_options, selected_ids
from caqda.core.project import Project
from caqda.core.wording import counted

if TYPE_CHECKING:
    from caqda.core.search import Hits


def register(command: CommandAdder) -> None:
    sub = command(
        "search",
        _search,
        "find passages in every document: the letters anywhere (ignoring case and accents) unless "
        "a mode is given; every place is listed, keyword in context",
    )
    _add_search_arguments(sub)
    sub.add_argument("--json", action="store_true")
    sub.add_argument(
        "--export", type=Path, metavar="FILE", help="write the results to FILE.xlsx or FILE.docx"
    )
    sub = command("autocode", _autocode, "code every place a search finds")
    _add_search_arguments(sub)
    sub.add_argument("--code", required=True)
    sub.add_argument("--coder", required=True)
    sub.add_argument("--new-coder", action="store_true", help=NEW_CODER_HELP)
    sub.add_argument("--unit", default="hit", choices=("hit", "sentence", "paragraph", "turn"))


def _add_search_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("path", type=Path)
    sub.add_argument("query")
    mode = sub.add_mutually_exclusive_group()
    mode.add_argument("--regex", action="store_true", help="QUERY is a regular expression (case ignored)")
    mode.add_argument(
        "--fuzzy", type=float, default=None, metavar="SCORE", help="50-100; below 100 allows variants"
    )
    mode.add_argument("--whole-word", action="store_true", help="only where QUERY begins and ends a word")
    mode.add_argument("--phrase", action="store_true", help="QUERY's words as whole words, in order")
    sub.add_argument(
        "--speaker",
        action="append",
        default=[],
        metavar="NAME",
        help="only what NAME says (repeat for several)",
    )
    coded = sub.add_mutually_exclusive_group()
    coded.add_argument(
        "--coded",
        nargs="?",
        const="",
        default=None,
        metavar="CODE",
        help="only coded text (coded with CODE when given)",
    )
    coded.add_argument("--uncoded", action="store_true", help="only text no coding touches")
    add_document_options(sub)


def _mode(options: argparse.Namespace) -> tuple[str, float]:
    if options.regex:
        return "regex", 100.0
    if options.whole_word:
        return "whole_word", 100.0
    if options.phrase:
        return "phrase", 100.0
    if options.fuzzy is not None:
        return ("fuzzy" if options.fuzzy < 100 else "contains"), options.fuzzy
    return "contains", 100.0


def _search_hits(project: Project, options: argparse.Namespace) -> Hits:
    from caqda.core.search import Scope, search

    chosen = selected_ids(project, options)  # names, --set and --where: one selection for every command
    document_ids = tuple(chosen) if chosen is not None else None
    code_id = None
    if options.coded:
        from caqda.core import codebook

        code_id = codebook.find_code(project, options.coded).id
    scope = Scope(
        document_ids=document_ids,
        speakers=tuple(options.speaker),
        coded=False if options.uncoded else (True if options.coded is not None else None),
        code_id=code_id,
    )
    mode, score = _mode(options)
    return search(project, options.query, mode=mode, min_score=score, scope=scope)


def describe(options: argparse.Namespace) -> list[str]:
    """The query and its filters in words, for an export's front page."""
    mode, score = _mode(options)
    lines = [
        f"“{options.query}” ({mode.replace('_', ' ')}"
        + (f", score ≥ {score:.0f})" if mode == "fuzzy" else ")")
    ]
    if options.speaker:
        lines.append("Speakers: " + ", ".join(options.speaker))
    if options.coded:
        lines.append(f"Only text coded “{options.coded}”")
    elif options.coded is not None:
        lines.append("Only coded text")
    if options.uncoded:
        lines.append("Only uncoded text")
    if options.documents:
        lines.append("Documents: " + ", ".join(options.documents))
    for name in options.sets or ():
        lines.append(f"Documents in the set {name}")
    for condition in options.where or ():
        lines.append(f"Documents where {condition}")
    return lines


def _search(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        hits = _search_hits(project, options)
        if options.export is not None:
            from caqda.core.search_export import export_hits

            summary = export_hits(project, hits, options.export, description=describe(options))
            print(f"Wrote {counted(summary.items, 'place')} to {summary.path}.")
            return 0
        # Written with the project open: a hit's speaker is read from it when the hit is made.
        if options.json:
            _print_hits_json(hits)
            return 0
        from caqda.core.search import context_after, context_before

        lines = [
            f"{document} [{start}-{end}]"
            + (f" {speaker}" if speaker else "")
            + (f" {score:.0f}" if score < 100 else "")
            + f": …{context_before(source, start, context)} »{text}« {context_after(source, end, context)}…"
            for _, document, start, end, score, text, speaker, source, context in hits
        ]
    lines.append(f"{counted(len(hits), 'place')} found.")
    _write("\n".join(lines) + "\n")
    return 0


def _hit_items(hits: Hits) -> list[dict[str, Any]]:
    from caqda.core.search import context_after, context_before

    # The hit's fields unpacked at once (a hit is a tuple): tens of thousands of hits are usual.
    return [
        {
            "document": document,
            "start": start,
            "end": end,
            "score": score,
            "text": text,
            "speaker": speaker,
            "before": context_before(source, start, context),
            "after": context_after(source, end, context),
        }
        for _, document, start, end, score, text, speaker, source, context in hits
    ]


def _print_hits_json(hits: Hits) -> None:
    import orjson

    items = _hit_items(hits)
    try:
        data = hits_json(items)
    except orjson.JSONEncodeError:  # text orjson refuses (a lone surrogate): the slow encoder
        # The C encoder (no indent) with one hit a line. A quote inside a value is escaped, so
        # the split below only ever falls between hits.
        text = json.dumps(items, ensure_ascii=False)
        _write(text.replace('}, {"document": ', '},\n {"document": ') + "\n")
        return
    _write_utf8(data + b"\n")


def hits_json(items: list[dict[str, Any]]) -> bytes:
    """Hits (as dictionaries) as a JSON list in UTF-8, one hit a line, in the standard library's
    spacing (``[{"document": "A", "start": 1, ...},\n {"document": ...}]``): the bytes
    ``json.dumps`` gave before, encoded by orjson about twice as fast."""
    import orjson

    output = orjson.dumps(items, option=orjson.OPT_INDENT_2)
    if not items:
        return output
    # Indented, orjson writes "key": value with a line break and spaces before each key and
    # brace. Line breaks inside the text are escaped (\n), so each raw one is such a place.
    # Three passes over the bytes (each is a few ms for 30,000 hits).
    output = output.replace(b"\n    ", b" ").replace(b"\n  }", b"}").replace(b'\n  { "', b'\n {"')
    return b"[" + output[3:-2] + b"]"  # "[\n {" ... "}\n]" -> "[{" ... "}]"


def _write_utf8(data: bytes) -> None:
    """Print UTF-8 bytes as they are when the output is UTF-8 (no decoding and encoding again of
    megabytes), else as text in the output's encoding."""
    binary = getattr(sys.stdout, "buffer", None)
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if binary is None or encoding != "utf8":
        _write(data.decode("utf-8"))
        return
    try:
        sys.stdout.flush()
        binary.write(data)
        binary.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that Python's own flush at exit stays quiet


def _write(text: str) -> None:
    """Print ``text``; a reader that stops early (``| head``) ends the output quietly."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that Python's own flush at exit stays quiet


def _autocode(options: argparse.Namespace) -> int:
    from caqda.core import codebook
    from caqda.core.search import autocode

    with Project.open(options.path) as project:
        code = codebook.find_code(project, options.code)
        coder = coder_for(project, options.coder, new_coder=options.new_coder)
        project.acting_coder = coder
        hits = _search_hits(project, options)
        result = autocode(project, hits, code_id=code.id, coder_id=coder.id, unit=options.unit)
    print(result.message(code.name, coder.name))
    return 0
