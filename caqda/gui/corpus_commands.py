"""Undoable corpus, attribute, memo and shortcut changes (the ``commands.py`` pattern): each
step calls the core in one committed transaction, and undo is the reverse call. Deleted
documents (and undone imports) come back from a :class:`DocumentsSnapshot`, row for row."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from caqda.core import attributes, document_edits, document_sets, memos
from caqda.core.document_edits import DocumentsSnapshot
from caqda.core.models import Code, Memo
from caqda.core.project import Change, Project
from caqda.gui.commands import CaqdaCommand


# -- documents --------------------------------------------------------------------------------
class ImportDocuments(CaqdaCommand):
    """A batch of imported documents as one undo step. The import has already happened when
    the command is made (it runs file by file with a progress dialog), so the first ``do`` is
    a no-op; undo deletes the batch and redo writes it back as it was."""

    def __init__(self, project: Project, document_ids: list[int]) -> None:
        super().__init__(
            QCoreApplication.translate("CorpusCommands", "Import {count} documents").format(
                count=len(document_ids)
            )
        )
        self.project, self.document_ids = project, list(document_ids)
        self.saved: DocumentsSnapshot | None = None

    def do(self) -> None:
        if self.saved is not None:
            document_edits.restore_documents(self.project, self.saved, "redo import")

    def revert(self) -> None:
        self.saved = document_edits.delete_documents(self.project, self.document_ids, "undo import")


class RenameDocument(CaqdaCommand):
    def __init__(self, project: Project, document_id: int, old_name: str, new_name: str) -> None:
        super().__init__(
            QCoreApplication.translate("CorpusCommands", "Rename “{old}” to “{new}”").format(
                old=old_name, new=new_name
            )
        )
        self.project, self.document_id, self.old, self.new = project, document_id, old_name, new_name

    def do(self) -> None:
        document_edits.rename_document(self.project, self.document_id, self.new)

    def revert(self) -> None:
        document_edits.rename_document(self.project, self.document_id, self.old)


class DeleteDocuments(CaqdaCommand):
    def __init__(self, project: Project, document_ids: list[int], label: str) -> None:
        super().__init__(QCoreApplication.translate("CorpusCommands", "Delete {name}").format(name=label))
        self.project, self.document_ids = project, list(document_ids)
        self.saved: DocumentsSnapshot | None = None

    def do(self) -> None:
        self.saved = document_edits.delete_documents(self.project, self.document_ids)

    def revert(self) -> None:
        assert self.saved is not None
        document_edits.restore_documents(self.project, self.saved)


class ReorderDocuments(CaqdaCommand):
    def __init__(self, project: Project, order: list[int]) -> None:
        super().__init__(QCoreApplication.translate("CorpusCommands", "Reorder documents"))
        self.project, self.order = project, list(order)
        self.before: list[int] = []

    def do(self) -> None:
        self.before = document_edits.reorder_documents(self.project, self.order)

    def revert(self) -> None:
        document_edits.reorder_documents(self.project, self.before)


# -- document sets ----------------------------------------------------------------------------
class CreateDocumentSet(CaqdaCommand):
    def __init__(self, project: Project, name: str, document_ids: list[int]) -> None:
        super().__init__(
            QCoreApplication.translate("CorpusCommands", "New document set “{name}”").format(name=name)
        )
        self.project, self.name, self.document_ids = project, name, list(document_ids)
        self.created: document_sets.DocumentSet | None = None

    def do(self) -> None:
        if self.created is None:
            self.created = document_sets.create_set(self.project, self.name, self.document_ids)
        else:
            document_sets.restore_set(self.project, self.created)

    def revert(self) -> None:
        assert self.created is not None
        self.created = document_sets.delete_set(self.project, self.created.id)


class DeleteDocumentSet(CaqdaCommand):
    def __init__(self, project: Project, document_set: document_sets.DocumentSet) -> None:
        super().__init__(
            QCoreApplication.translate("CorpusCommands", "Delete document set “{name}”").format(
                name=document_set.name
            )
        )
        self.project, self.saved = project, document_set

    def do(self) -> None:
        self.saved = document_sets.delete_set(self.project, self.saved.id)

    def revert(self) -> None:
        document_sets.restore_set(self.project, self.saved)


class ChangeSetMembers(CaqdaCommand):
    """Add documents to a set (``add=True``) or take them out; undo reverses what changed."""

    def __init__(
        self, project: Project, document_set: document_sets.DocumentSet, document_ids: list[int], *, add: bool
    ) -> None:
        label = (
            QCoreApplication.translate("CorpusCommands", "Add to “{name}”")
            if add
            else QCoreApplication.translate("CorpusCommands", "Take out of “{name}”")
        )
        super().__init__(label.format(name=document_set.name))
        self.project, self.set_id, self.document_ids, self.add = (
            project,
            document_set.id,
            list(document_ids),
            add,
        )
        self.changed: list[int] = []

    def do(self) -> None:
        change = document_sets.add_to_set if self.add else document_sets.remove_from_set
        self.changed = change(self.project, self.set_id, self.document_ids)

    def revert(self) -> None:
        change = document_sets.remove_from_set if self.add else document_sets.add_to_set
        change(self.project, self.set_id, self.changed)


# -- attributes ------------------------------------------------------------------------------
class SetAttributeValues(CaqdaCommand):
    """One or many attribute values (an edit, a paste, an import) as one undo step."""

    def __init__(
        self, project: Project, changes: list[tuple[int, str, str | None]], label: str | None = None
    ) -> None:
        super().__init__(
            label
            or QCoreApplication.translate("CorpusCommands", "Set {count} attribute values").format(
                count=len(changes)
            )
        )
        self.project, self.changes = project, list(changes)
        self.before: list[tuple[int, str, str | None]] = []

    def do(self) -> None:
        self.before = attributes.set_values(self.project, self.changes)

    def revert(self) -> None:
        attributes.set_values(self.project, self.before)


class DefineAttribute(CaqdaCommand):
    """Add an attribute or change its type; undo removes a new one or puts the old type back
    (with the values as they were, since a type change may rewrite them)."""

    def __init__(
        self, project: Project, name: str, type_: str, choices: list[str] | tuple[str, ...] = ()
    ) -> None:
        super().__init__(QCoreApplication.translate("CorpusCommands", "Attribute “{name}”").format(name=name))
        self.project, self.name, self.type, self.choices = project, name, type_, tuple(choices)
        self.before: attributes.AttributeDefinition | None = None
        self.values: dict[int, str] = {}

    def do(self) -> None:
        self.before = attributes.get_definition(self.project, self.name)
        self.values = attributes.attribute_values(self.project, self.name)
        definition = attributes.define_attribute(self.project, self.name, self.type, self.choices)
        self.name = definition.name

    def revert(self) -> None:
        before = self.before
        with self.project.transaction():
            if before is None:
                attributes.remove_attribute(self.project, self.name)
                return
            attributes.remove_attribute(self.project, self.name)
            if before.defined:
                attributes.define_attribute(self.project, before.name, before.type, before.choices)
            attributes.set_values(self.project, [(d, before.name, v) for d, v in self.values.items()])


class RemoveAttribute(CaqdaCommand):
    def __init__(self, project: Project, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("CorpusCommands", "Delete attribute “{name}”").format(name=name)
        )
        self.project, self.name = project, name
        self.definition: attributes.AttributeDefinition | None = None
        self.values: dict[int, str] = {}

    def do(self) -> None:
        self.definition = attributes.get_definition(self.project, self.name)
        self.values = attributes.remove_attribute(self.project, self.name)

    def revert(self) -> None:
        definition = self.definition
        assert definition is not None
        with self.project.transaction():
            if definition.defined:
                attributes.define_attribute(
                    self.project, definition.name, definition.type, definition.choices
                )
            attributes.set_values(self.project, [(d, definition.name, v) for d, v in self.values.items()])


# -- memos -------------------------------------------------------------------------------------
class AddMemo(CaqdaCommand):
    def __init__(
        self, project: Project, text: str, *, coder_id: int | None, target_kind: str, target_id: int | None
    ) -> None:
        super().__init__(QCoreApplication.translate("CorpusCommands", "New memo"))
        self.project = project
        self.arguments = {"coder_id": coder_id, "target_kind": target_kind, "target_id": target_id}
        self.text = text
        self.memo: Memo | None = None

    def do(self) -> None:
        if self.memo is None:
            self.memo = memos.add_memo(self.project, self.text, **self.arguments)  # type: ignore[arg-type]
        else:
            memos.restore_memo(self.project, self.memo)

    def revert(self) -> None:
        assert self.memo is not None
        self.memo = memos.delete_memo(self.project, self.memo.id)


class EditMemo(CaqdaCommand):
    def __init__(self, project: Project, memo: Memo, text: str) -> None:
        super().__init__(QCoreApplication.translate("CorpusCommands", "Edit memo"))
        self.project, self.memo, self.text = project, memo, text

    def do(self) -> None:
        memos.edit_memo(self.project, self.memo.id, text=self.text)

    def revert(self) -> None:
        memos.edit_memo(self.project, self.memo.id, text=self.memo.text, title=self.memo.title)


class DeleteMemo(CaqdaCommand):
    def __init__(self, project: Project, memo: Memo) -> None:
        super().__init__(QCoreApplication.translate("CorpusCommands", "Delete memo"))
        self.project, self.memo = project, memo

    def do(self) -> None:
        self.memo = memos.delete_memo(self.project, self.memo.id)

    def revert(self) -> None:
        memos.restore_memo(self.project, self.memo)


# -- code shortcuts -------------------------------------------------------------------------------
class AssignShortcut(CaqdaCommand):
    """Key ``key`` codes as ``code`` (None: the key codes nothing); undo puts the whole
    previous assignment back, defaults included."""

    def __init__(self, session, key: str, code: Code | None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(
            QCoreApplication.translate("CorpusCommands", "Key {key} codes as “{name}”").format(
                key=key, name=code.name
            )
            if code
            else QCoreApplication.translate("CorpusCommands", "Key {key} codes nothing").format(key=key)
        )
        self.session, self.key, self.code = session, key, code
        self.before: dict[str, str] = {}

    def do(self) -> None:
        codes = {code.id: code.uuid for code in _codes(self.session.project)}
        self.before = {
            key: codes[code_id] for key, code_id in self.session.shortcuts().items() if code_id in codes
        }
        self.session.assign_shortcut(self.key, self.code)

    def revert(self) -> None:
        self.session.project.set_setting("shortcuts", json.dumps(self.before))
        self.session.changed.emit([Change("assign shortcut", "settings", None)])


def _codes(project: Project) -> list[Code]:
    from caqda.core.codebook import list_codes

    return list_codes(project)
