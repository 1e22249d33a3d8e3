"""Pseudonymisation: scan for identifying details, apply decisions with a key file, re-identify."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from caqda.cli.common import CommandAdder, print_json
from caqda.cli.document_options import add_document_options, selected_ids
from caqda.core.project import Project

PASSPHRASE_VARIABLE = "CAQDA_KEY_PASSPHRASE"
DECISIONS_FORMAT = "caqda-pseudonymise-decisions"


def register(command: CommandAdder) -> None:
    sub = command(
        "pseudonymise",
        _pseudonymise,
        "find identifying details (--scan) and replace them by pseudonyms (--apply), the key "
        "kept in a separate passphrase-protected file",
    )
    sub.add_argument("path", type=Path)
    action = sub.add_mutually_exclusive_group(required=True)
    action.add_argument("--scan", action="store_true", help="list the candidates (changes nothing)")
    action.add_argument(
        "--apply",
        type=Path,
        metavar="DECISIONS.json",
        help="replace the candidates this file accepts (the --scan --json output accepts every one)",
    )
    sub.add_argument("--names", type=Path, metavar="FILE", help="people to look for, one name a line")
    sub.add_argument(
        "--pattern",
        action="append",
        default=[],
        metavar="CATEGORY=REGEX",
        help='an identifier of your own, e.g. "id=HC-\\d{6}" (repeatable)',
    )
    sub.add_argument("--key", type=Path, metavar="KEYFILE", help="where to write the key (with --apply)")
    sub.add_argument(
        "--pseudonyms", type=Path, metavar="FILE", help="names to give people, one a line, used in order"
    )
    sub.add_argument("--json", action="store_true")
    add_document_options(sub)

    sub = command("reidentify", _reidentify, "show a pseudonymised passage as it was, with the key file")
    sub.add_argument("path", type=Path)
    sub.add_argument("--key", type=Path, required=True, metavar="KEYFILE")
    sub.add_argument("--document", required=True, metavar="NAME")
    sub.add_argument("--start", type=int, required=True, metavar="N")
    sub.add_argument("--end", type=int, required=True, metavar="M")


def _pseudonymise(options: argparse.Namespace) -> int:
    from caqda.core.privacy.detect import PrivacyError

    if options.apply is not None:
        if options.key is None:
            raise PrivacyError("--apply needs --key KEYFILE: where to keep the key, apart from the project.")
        return _apply(options)
    return _scan(options)


def _scan(options: argparse.Namespace) -> int:
    from caqda.core.privacy.detect import PrivacyError, scan

    names = _lines(options.names) if options.names else []
    patterns = []
    for item in options.pattern:
        category, separator, regex = item.partition("=")
        if not separator or not category.strip() or not regex:
            raise PrivacyError(f"A pattern is CATEGORY=REGEX, e.g. id=HC-\\d{{6}}; '{item}' is not.")
        patterns.append((category.strip(), regex))
    with Project.open(options.path) as project:
        candidates = scan(project, selected_ids(project, options), names=names, extra_patterns=patterns)
    if options.json:
        print_json(
            {
                "format": DECISIONS_FORMAT,
                "version": 1,
                "help": "Set 'decision' to accept, reject or never; edit start/end/text, add "
                "'pseudonym' to choose the replacement, or change 'role' (Patient, Nurse...) to "
                "label it. This file holds the originals: keep it with the key, not the project.",
                "candidates": [{**candidate.as_dict(), "decision": "accept"} for candidate in candidates],
            }
        )
        return 0
    for c in candidates:
        where = "" if c.field == "text" else f" ({c.field})"
        context = f"…{c.before}»{c.text}«{c.after}…"
        print(f"{c.document}{where} [{c.start}-{c.end}] {c.category}, {c.found_by}: {context}")
    print(f"{len(candidates):,} candidates.")
    return 0


def _apply(options: argparse.Namespace) -> int:
    from caqda.core.privacy.detect import PrivacyError
    from caqda.core.privacy.keyfile import check_key_path, check_passphrase, write_key
    from caqda.core.privacy.replace import pseudonymise
    from caqda.core.privacy.rules import set_rule

    items = _read_decisions(options.apply)
    with Project.open(options.path) as project:
        check_key_path(options.key, options.path)
        accepted = []
        for item in items:
            choice = str(item.get("decision", "accept")).casefold()
            if choice == "never":
                set_rule(project, str(item.get("text", "")), "never")
            elif choice == "accept":
                accepted.append(_decision(item))
            elif choice != "reject":
                raise PrivacyError(f"A decision is accept, reject or never, not '{choice}'.")
        if not accepted:
            raise PrivacyError("The decisions file accepts no candidate; nothing was replaced.")
        passphrase = _passphrase(confirm=True)
        check_passphrase(passphrase)
        pseudonyms = _lines(options.pseudonyms) if options.pseudonyms else []
        result = pseudonymise(
            project,
            accepted,
            name_list=pseudonyms,
            keep_key=lambda entries: write_key(
                options.key, entries, passphrase, project_name=options.path.name
            ),
        )
    print(result.message())
    print(f"The key is in {options.key}; keep it apart from the project, with its passphrase.")
    print(f"{options.apply} still holds the originals: delete it, or keep it with the key.")
    return 0


def _reidentify(options: argparse.Namespace) -> int:
    from caqda.core.privacy.keyfile import read_key, reidentify

    passphrase = _passphrase(confirm=False)
    key = read_key(options.key, passphrase)
    with Project.open(options.path) as project:
        print(reidentify(project, key, options.document, options.start, options.end))
    return 0


def _decision(item: dict[str, Any]) -> Any:
    from caqda.core.privacy.detect import PrivacyError
    from caqda.core.privacy.replace import Decision

    try:
        return Decision(
            document_uuid=str(item["document_uuid"]),
            start=int(item["start"]),
            end=int(item["end"]),
            text=str(item["text"]),
            category=str(item.get("category", "person")),
            role=str(item.get("role", "Person")),
            field=str(item.get("field", "text")),
            pseudonym=item.get("pseudonym") or None,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise PrivacyError(
            f"A decision lacks or garbles {error}; start from the --scan --json output."
        ) from error


def _read_decisions(path: Path) -> list[dict[str, Any]]:
    from caqda.core.privacy.detect import PrivacyError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise PrivacyError(f"Could not read '{path}': {error.strerror or error}.") from error
    except ValueError as error:
        raise PrivacyError(f"'{path}' is not valid JSON ({error}).") from error
    items = data.get("candidates") if isinstance(data, dict) else data
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise PrivacyError(f"'{path}' is not a decisions file; write one with --scan --json.")
    return items


def _passphrase(*, confirm: bool) -> str:
    from caqda.core.privacy.detect import PrivacyError

    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    if not sys.stdin.isatty():
        raise PrivacyError(f"No passphrase: type it at a terminal or set {PASSPHRASE_VARIABLE}.")
    first = getpass.getpass("Key passphrase: ")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise PrivacyError("The two passphrases differ; nothing was changed.")
    return first


def _lines(path: Path) -> list[str]:
    from caqda.core.privacy.detect import PrivacyError

    try:
        return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except OSError as error:
        raise PrivacyError(f"Could not read '{path}': {error.strerror or error}.") from error
