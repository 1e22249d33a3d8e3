"""Pseudonymisation as one undo step: the first ``do`` replaces and writes the key file; undo
puts every row back; redo writes the same rows again (the key file still holds)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caqda.core.privacy.keyfile import write_key
from caqda.core.privacy.replace import (
    Decision,
    Pseudonymisation,
    pseudonymise,
    redo_pseudonymise,
    undo_pseudonymise,
)
from caqda.core.privacy.rules import Rules, load_rules, put_rules, set_rule
from caqda.core.project import Project
from caqda.gui.commands import CaqdaCommand


class Pseudonymise(CaqdaCommand):
    def __init__(
        self,
        project: Project,
        decisions: list[Decision],
        key_path: Path,
        passphrase: str,
        name_list: list[str] | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("PrivacyCommands", "Pseudonymise {count} places").format(
                count=len(decisions)
            )
        )
        self.project, self.decisions, self.key_path = project, decisions, key_path
        self._passphrase: str | None = passphrase
        self.name_list = name_list or []
        self.result: Pseudonymisation | None = None

    def do(self) -> None:
        if self.result is not None:
            redo_pseudonymise(self.project, self.result.saved)
            return
        passphrase = self._passphrase or ""
        self.result = pseudonymise(
            self.project,
            self.decisions,
            name_list=self.name_list,
            keep_key=lambda entries: write_key(
                self.key_path, entries, passphrase, project_name=self.project.path.name
            ),
        )
        self._passphrase = None  # not kept in memory once the key is written
        self.decisions = []

    def revert(self) -> None:
        assert self.result is not None
        undo_pseudonymise(self.project, self.result.saved)


class SetPrivacyRule(CaqdaCommand):
    """Flag a string always or never (``kind``), or forget it (None); undo puts the rules back."""

    def __init__(self, project: Project, text: str, kind: str | None, category: str = "person") -> None:
        labels = {
            "always": QCoreApplication.translate("PrivacyCommands", "Always flag “{text}”"),
            "never": QCoreApplication.translate("PrivacyCommands", "Never flag “{text}”"),
        }
        forget = QCoreApplication.translate("PrivacyCommands", "Forget the rule for “{text}”")
        super().__init__(labels.get(kind or "", forget).format(text=text))
        self.project, self.text, self.kind, self.category = project, text, kind, category
        self.before: Rules | None = None

    def do(self) -> None:
        self.before = load_rules(self.project)
        set_rule(self.project, self.text, self.kind, self.category)

    def revert(self) -> None:
        assert self.before is not None
        put_rules(self.project, self.before)
