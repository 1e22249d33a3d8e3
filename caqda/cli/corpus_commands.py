"""Shaping the corpus from the command line: documents, document sets, attributes, uncoding.

A command line has no undo, so deleting a document that has codings or memos asks for
``--yes`` after saying what would go.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from caqda.cli.common import CommandAdder, print_json
from caqda.cli.document_options import add_document_options, selected_ids
from caqda.core import attributes, document_edits, document_sets, documents
from caqda.core.errors import CaqdaError
from caqda.core.project import Project
from caqda.core.wording import agreeing, counted


def register(command: CommandAdder) -> None:
    _register_document(
        command("document", _no_action, "list, rename, delete, move documents; set attributes")
    )
    _register_set(command("set", _no_action, "document sets: add documents, list, remove, delete"))
    sub = command("attributes", _attributes, "the documents × attributes table: show, export, import, define")
    sub.add_argument("path", type=Path)
    action = sub.add_mutually_exclusive_group()
    action.add_argument("--export", type=Path, metavar="FILE", help="write the table (.csv or .xlsx)")
    action.add_argument(
        "--import", dest="import_", type=Path, metavar="FILE", help="read a table (.csv or .xlsx)"
    )
    action.add_argument("--define", metavar="NAME", help="add an attribute or change its type")
    action.add_argument("--remove", metavar="NAME", help="delete an attribute and all its values")
    sub.add_argument("--type", default="text", choices=attributes.ATTRIBUTE_TYPES, help="with --define")
    sub.add_argument("--choices", nargs="+", metavar="VALUE", help="with --define --type choice")
    sub.add_argument("--json", action="store_true")
    sub = command("uncode", _uncode, "remove a coding, named by its UUID (see caqda codings --json)")
    sub.add_argument("path", type=Path)
    sub.add_argument("--coding", required=True, nargs="+", metavar="UUID")


def _no_action(options: argparse.Namespace) -> int:
    raise CaqdaError("Say what to do; see --help.")


# -- documents --------------------------------------------------------------------------------
def _register_document(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub = actions.add_parser("list", help="documents with source, import date, importer, sets")
    sub.set_defaults(handler=_document_list)
    sub.add_argument("path", type=Path)
    add_document_options(sub)
    sub.add_argument("--json", action="store_true")
    sub = actions.add_parser("rename", help="give a document a new name")
    sub.set_defaults(handler=_document_rename)
    sub.add_argument("path", type=Path)
    sub.add_argument("document")
    sub.add_argument("new_name")
    sub = actions.add_parser("delete", help="delete documents with their codings, memos and attributes")
    sub.set_defaults(handler=_document_delete)
    sub.add_argument("path", type=Path)
    sub.add_argument("documents", nargs="*", metavar="DOCUMENT")
    add_document_options(sub, names=False)
    sub.add_argument("--yes", action="store_true", help="delete even when codings or memos go with them")
    sub = actions.add_parser("move", help="put a document at another place in the list")
    sub.set_defaults(handler=_document_move)
    sub.add_argument("path", type=Path)
    sub.add_argument("document")
    sub.add_argument("--position", type=int, required=True, help="1 is first")
    sub = actions.add_parser("set", help="set (or with an empty value clear) a document's attribute")
    sub.set_defaults(handler=_document_set)
    sub.add_argument("path", type=Path)
    sub.add_argument("document")
    sub.add_argument("attribute")
    sub.add_argument("value")


def _document_list(options: argparse.Namespace) -> int:
    from caqda.core.document_details import document_details

    with Project.open(options.path) as project:
        details = document_details(project, selected_ids(project, options))
    if options.json:
        print_json([entry.as_dict() for entry in details])
        return 0
    for entry in details:
        when = entry.imported_at[:16].replace("T", " ")
        by = f" by {entry.imported_by}" if entry.imported_by else ""
        sets = f"  sets: {', '.join(entry.sets)}" if entry.sets else ""
        print(
            f"{entry.position:>4}. {entry.name}  ({entry.source_name}, {entry.source_format}, "
            f"imported {when}{by}; {counted(entry.codings, 'coding')}){sets}"
        )
    return 0


def _document_rename(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        document = documents.find_document(project, options.document)
        document_edits.rename_document(project, document.id, options.new_name)
    print(f"Renamed '{document.name}' to '{options.new_name.strip()}'.")
    return 0


def _document_delete(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        ids = [documents.find_document(project, name).id for name in options.documents]
        if options.sets or options.where:
            ids += selected_ids(project, options) or []
        ids = list(dict.fromkeys(ids))
        if not ids:
            raise CaqdaError("Name the documents to delete (or choose them with --set / --where).")
        impact = document_edits.deletion_impact(project, ids)
        names = ", ".join(documents.get_document(project, i).name for i in ids)
        if (impact.codings or impact.memos) and not options.yes:
            raise CaqdaError(
                f"Deleting {names} would also delete {counted(impact.codings, 'coding')} and "
                f"{counted(impact.memos, 'memo')}; "
                "nothing was deleted. Add --yes to delete them."
            )
        document_edits.delete_documents(project, ids)
    print(f"Deleted {names} ({counted(impact.codings, 'coding')}, {counted(impact.memos, 'memo')}).")
    return 0


def _document_move(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        document = documents.find_document(project, options.document)
        document_edits.move_document(project, document.id, options.position - 1)
        place = document_edits.document_order(project).index(document.id) + 1
    print(f"'{document.name}' is now number {place} in the list.")
    return 0


def _document_set(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        document = documents.find_document(project, options.document)
        attributes.set_value(project, document.id, options.attribute, options.value)
        stored = documents.attributes(project, document.id)
    name = next((key for key in stored if key.casefold() == options.attribute.strip().casefold()), None)
    if name is None:
        print(f"Cleared '{options.attribute}' of '{document.name}'.")
    else:
        print(f"'{document.name}': {name} = {stored[name]}")
    return 0


# -- document sets ----------------------------------------------------------------------------
def _register_set(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub = actions.add_parser("add", help="add documents to a set (made when new)")
    sub.set_defaults(handler=_set_add)
    sub.add_argument("path", type=Path)
    sub.add_argument("name")
    add_document_options(sub)
    sub = actions.add_parser("remove", help="take documents out of a set")
    sub.set_defaults(handler=_set_remove)
    sub.add_argument("path", type=Path)
    sub.add_argument("name")
    add_document_options(sub)
    sub = actions.add_parser("delete", help="delete a set (its documents stay)")
    sub.set_defaults(handler=_set_delete)
    sub.add_argument("path", type=Path)
    sub.add_argument("name")
    sub = actions.add_parser("rename", help="give a set a new name")
    sub.set_defaults(handler=_set_rename)
    sub.add_argument("path", type=Path)
    sub.add_argument("name")
    sub.add_argument("new_name")
    sub = actions.add_parser("list", help="the sets and their documents")
    sub.set_defaults(handler=_set_list)
    sub.add_argument("path", type=Path)
    sub.add_argument("--json", action="store_true")


def _set_add(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        ids = selected_ids(project, options)
        if ids is None:
            raise CaqdaError("Choose the documents to add with --documents, --set or --where.")
        try:
            document_set = document_sets.find_set(project, options.name)
        except CaqdaError:
            document_set = document_sets.create_set(project, options.name, ids)
            print(f"Made the set '{document_set.name}' with {counted(len(ids), 'document')}.")
            return 0
        added = document_sets.add_to_set(project, document_set.id, ids)
    already = len(ids) - len(added)
    print(
        f"Added {counted(len(added), 'document')} to '{document_set.name}' "
        f"({already} {agreeing(already, 'was', 'were')} in it already)."
    )
    return 0


def _set_remove(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        document_set = document_sets.find_set(project, options.name)
        ids = selected_ids(project, options)
        if ids is None:
            raise CaqdaError("Choose the documents to take out with --documents, --set or --where.")
        removed = document_sets.remove_from_set(project, document_set.id, ids)
    print(f"Took {counted(len(removed), 'document')} out of '{document_set.name}'.")
    return 0


def _set_delete(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        document_set = document_sets.delete_set(project, document_sets.find_set(project, options.name).id)
    kept = len(document_set.document_ids)
    stay = agreeing(kept, "stays", "stay")
    print(f"Deleted the set '{document_set.name}'; its {counted(kept, 'document')} {stay}.")
    return 0


def _set_rename(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        old = document_sets.rename_set(
            project, document_sets.find_set(project, options.name).id, options.new_name
        )
    print(f"Renamed the set '{old}' to '{options.new_name.strip()}'.")
    return 0


def _set_list(options: argparse.Namespace) -> int:
    with Project.open(options.path) as project:
        sets = document_sets.list_sets(project)
        names = {document.id: document.name for document in documents.list_documents(project)}
    listing = [{"name": s.name, "documents": [names[i] for i in s.document_ids]} for s in sets]
    if options.json:
        print_json(listing)
        return 0
    for entry in listing:
        print(f"{entry['name']} ({len(entry['documents'])}): {', '.join(entry['documents'])}")
    if not listing:
        print("No document sets yet.")
    return 0


# -- attributes and codings ---------------------------------------------------------------------
def _attributes(options: argparse.Namespace) -> int:
    from caqda.core import attribute_files

    with Project.open(options.path) as project:
        if options.export is not None:
            count = attribute_files.export_attributes(project, options.export)
            print(f"Wrote the attributes of {counted(count, 'document')} to {options.export}.")
            return 0
        if options.import_ is not None:
            report = attribute_files.import_attributes(project, options.import_)
            print(f"Changed {counted(report.changed, 'value')}.")
            if report.new_attributes:
                print(f"New attributes: {', '.join(report.new_attributes)}.")
            for name in report.unknown_documents:
                print(f"note: no document called '{name}'; its row was skipped.")
            return 0
        if options.define is not None:
            definition = attributes.define_attribute(
                project, options.define, options.type, options.choices or ()
            )
            choices = f" ({', '.join(definition.choices)})" if definition.choices else ""
            print(f"'{definition.name}' holds {definition.type} values{choices}.")
            return 0
        if options.remove is not None:
            values = attributes.remove_attribute(project, options.remove)
            print(f"Deleted the attribute '{options.remove}' and its {counted(len(values), 'value')}.")
            return 0
        table = attributes.attribute_table(project)
    if options.json:
        print_json(
            {
                "attributes": [
                    {"name": a.name, "type": a.type, "choices": list(a.choices)} for a in table.attributes
                ],
                "documents": [{"name": name, "values": values} for _, name, values in table.rows],
            }
        )
        return 0
    print("\t".join(["Document", *(f"{a.name} ({a.type})" for a in table.attributes)]))
    for _, name, values in table.rows:
        print("\t".join([name, *(values.get(a.name, "") for a in table.attributes)]))
    return 0


def _uncode(options: argparse.Namespace) -> int:
    from caqda.core.coding import coding_by_uuid, remove_coding

    with Project.open(options.path) as project:
        found = []
        for uuid in options.coding:
            coding = coding_by_uuid(project, uuid.strip())
            if coding is None:
                raise CaqdaError(f"There is no coding with the UUID {uuid}; nothing was removed.")
            found.append(coding)
        with project.transaction():
            for coding in found:
                remove_coding(project, coding.id)
    print(f"Removed {counted(len(found), 'coding')}.")
    return 0
