"""The GUI is translatable and the Brazilian Portuguese translation is complete.

``pyside6-lupdate`` must extract every text under the context Qt looks it up in at run time
(``self.tr`` in a class: the class's name; ``QCoreApplication.translate``/``QT_TRANSLATE_NOOP``:
the context written there), the shipped ``.ts`` must translate all of them, and the app must
compile and install it.

After changing texts in ``caqda/gui``, update the translation (from the repository root)::

    .venv/bin/pyside6-lupdate -no-obsolete $(find caqda/gui -name '*.py' | sort) \\
        -ts resources/translations/caqda_pt_BR.ts

then translate the new entries (Qt Linguist: ``.venv/bin/pyside6-linguist``) and mark them done.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMenu

from caqda.gui import translations
from caqda.gui.models import ID_ROLE

GUI = Path(translations.__file__).resolve().parent
PT_BR = translations.translations_dir() / "caqda_pt_BR.ts"

# Contexts named after no class: each is written out where its texts are translated.
DECLARED_CONTEXTS = {
    "AgreementModels",  # caqda/gui/agreement/models.py
    "AttributesModel",  # caqda/gui/models/table_models.py
    "Commands",  # caqda/gui/commands.py (QUndoCommand is no QObject)
    "CorpusCommands",  # caqda/gui/corpus_commands.py (the same)
    "Export",  # caqda/gui/export_actions.py
    "MemosModel",  # caqda/gui/models/table_models.py
    "ReviewMarks",  # caqda/gui/review/review_commands.py
    "PrivacyCommands",  # caqda/gui/privacy/commands.py (QUndoCommand is no QObject)
    "SimilarCommands",  # caqda/gui/similar/commands.py (the same)
}
CLASS_CONTEXTS = {
    "CoderView",
    "FileActions",
    "SearchActions",
    "DocumentScopeRow",
    "StripeArea",
    "CodeHistoryDialog",
    "AdjudicationPanel",
    "ScoresDialog",
    "ReviewWindow",
    "ReviewSummaryDialog",
    "AgreementWindow",
    "BackupActions",
    "DamagedProjectDialog",
    "CodeEditorDialog",
    "CodePickerDialog",
    "CodebookActions",
    "CodebookModel",
    "CodebookPage",
    "CodebookPanel",
    "CoderChooserDialog",
    "CoderPage",
    "CodingActions",
    "CodingRangeDialog",
    "KeyFileDialog",
    "PseudonymiseWindow",
    "SimilarWindow",
    "CompareView",
    "DocumentsModel",
    "SegmentsModel",
    "ExportDialog",
    "FilesPage",
    "HitsModel",
    "ImportRunner",
    "MainMenus",
    "MainWindow",
    "MemoActions",
    "MemoEditorDialog",
    "MemosPanel",
    "NewProjectWizard",
    "ProjectPage",
    "RestoreBackupDialog",
    "SegmentsPanel",
    "SearchPanel",
    "StartPage",
    "AuditDialog",
    "AttributeDialog",
    "AttributesWindow",
    "DocumentsWindow",
    "DocumentFilterBar",
    "CorpusActions",
    "HeaderAttributesDialog",
    "CopyForDialog",
    "MergePreviewDialog",
    "TeamActions",
    "CellPassagesModel",  # caqda/gui/analysis/
    "PassagesModel",
    "QueryWindow",
    "TablesWindow",
}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def gui_files() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message.findtext("source") or "", translation


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    """(context, source) of every text lupdate finds in caqda/gui, duplicates included."""
    lupdate = translations.find_qt_tool("lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    subprocess.run(
        [str(lupdate), *map(str, gui_files()), "-ts", str(ts)], check=True, capture_output=True, timeout=120
    )
    return [(context, source) for context, source, _ in messages(ts)]


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def code_texts() -> tuple[set[tuple[str, str]], list[str]]:
    """What the code translates at run time, read from its syntax tree: (context, text) of each
    literal text, and the calls that lupdate could not attribute to the right context."""
    found: set[tuple[str, str]] = set()
    problems: list[str] = []

    def visit(node: ast.AST, cls: str | None, where: Path) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            function = node.func
            place = f"{where.relative_to(GUI.parent.parent)}:{node.lineno}"
            if isinstance(function, ast.Attribute) and function.attr == "tr":
                owner = function.value
                if not (isinstance(owner, ast.Name) and owner.id == "self" and cls is not None):
                    problems.append(f"{place}: tr() on {ast.unparse(owner)}, not self in a class")
                elif node.args and _literal(node.args[0]) is not None:
                    found.add((cls, _literal(node.args[0])))  # type: ignore[arg-type]
                else:
                    problems.append(f"{place}: self.tr() of something that is not a literal")
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                context, text = _literal(node.args[0]), _literal(node.args[1])
                if context is not None and text is not None:
                    found.add((context, text))
                elif name == "QT_TRANSLATE_NOOP" or text is not None:
                    problems.append(f"{place}: {name}() of a literal text needs a literal context")
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "tr":
            problems.append(f"{where.relative_to(GUI.parent.parent)}:{node.lineno}: tr() under another name")
        for child in ast.iter_child_nodes(node):
            visit(child, cls, where)

    for path in gui_files():
        visit(ast.parse(path.read_text(encoding="utf-8")), None, path)
    return found, problems


# -- (a) lupdate finds every text under its run-time context ---------------------------------------
def test_lupdate_contexts_are_class_names_or_declared(extracted: list[tuple[str, str]]) -> None:
    contexts = {context for context, _ in extracted}
    assert not contexts & {"", "window", "self.window", "tr"}
    assert contexts == CLASS_CONTEXTS | DECLARED_CONTEXTS
    classes = {
        node.name
        for path in gui_files()
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ClassDef)
    }
    assert classes >= CLASS_CONTEXTS
    assert not classes & DECLARED_CONTEXTS, "a declared context must not pretend to be a class"
    assert len(extracted) >= 250


def test_lupdate_finds_what_the_code_translates(extracted: list[tuple[str, str]]) -> None:
    in_code, problems = code_texts()
    assert problems == []
    assert set(extracted) == in_code


# -- (b) the translation is complete and keeps placeholders, markup and accelerators ---------------
def test_pt_br_is_finished() -> None:
    unfinished = [
        (context, source)
        for context, source, translation in messages(PT_BR)
        if translation.get("type") is not None or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_pt_br_covers_every_text(extracted: list[tuple[str, str]]) -> None:
    shipped = {(context, source) for context, source, _ in messages(PT_BR)}
    assert set(extracted) - shipped == set(), "run pyside6-lupdate and translate (see this module)"
    assert shipped - set(extracted) == set(), "run pyside6-lupdate -no-obsolete (see this module)"


def test_pt_br_keeps_placeholders_markup_and_accelerators() -> None:
    for context, source, translation in messages(PT_BR):
        text = translation.text or ""
        where = f"{context}: {source!r} -> {text!r}"
        assert Counter(PLACEHOLDER.findall(text)) == Counter(PLACEHOLDER.findall(source)), where
        assert Counter(TAG.findall(text)) == Counter(TAG.findall(source)), where
        assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(source)), where
        assert text.count("\n") == source.count("\n"), where
        assert ("“" in source) <= ("“" in text), where  # typographic quotes stay typographic
        assert '"' not in text or '"' in source, where


# -- (c) the app compiles and installs the translation ---------------------------------------------
@pytest.fixture
def portuguese(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CAQDA_LANG", "pt_BR")
    installed = translations.install_translations(qapp, cache=tmp_path)
    assert installed, "the pt_BR translation did not load"
    yield tmp_path
    translations.remove_translations(qapp, installed)


def _accelerators(menu: QMenu) -> list[str]:
    return [
        match.group(0)[1].lower()
        for action in menu.actions()
        for match in [re.search(r"&[^&\s]", action.text().replace("&&", ""))]
        if match
    ]


def test_main_window_in_portuguese(portuguese: Path, make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path)
    menus = [action.menu() for action in window.menuBar().actions()]
    assert [menu.title() for menu in menus] == [
        "&Arquivo",
        "&Editar",
        "&Livro de códigos",
        "A&nálise",
        "E&xibir",
    ]
    assert window.action("undo").text() == "&Desfazer"
    assert window.action("agreement").text() == "&Concordância entre codificadores…"
    assert window.docks["codebook"].windowTitle() == "Livro de códigos"
    assert window.codebook_panel.model.headerData(1, Qt.Orientation.Horizontal) == "Codif."
    # A text translated outside any QObject: the undo command's.
    assert window.transcript.document_id is not None
    window.transcript.select_range(10, 30)
    assert window.coding.code_selection(window.codebook_panel.model.index(0, 0).data(ID_ROLE))
    assert window.action("undo").text().startswith("&Desfazer: Codificar como “")
    # Every menu's accelerators stay unique in Portuguese.
    assert len(set(_accelerators(window.menuBar()))) == len(_accelerators(window.menuBar()))
    pending = list(menus)
    while pending:
        menu = pending.pop()
        keys = _accelerators(menu)
        assert len(keys) == len(set(keys)), (menu.title(), keys)
        pending += [action.menu() for action in menu.actions() if action.menu() is not None]


def test_every_translation_loads(portuguese: Path) -> None:
    for context, source, translation in messages(PT_BR):
        assert QCoreApplication.translate(context, source) == translation.text, (context, source)


def test_tables_translate_when_shown(portuguese: Path, tmp_path: Path) -> None:
    from caqda.gui.agreement.agreement_window import UNIT_LABELS
    from caqda.gui.agreement.models import ReportModel, core_word
    from caqda.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(["E01"], ["A"], ["Ana"], [], None, tmp_path)
    assert dialog.kind.itemText(0) == "Segmentos codificados (Word)"
    assert dialog.group_by.itemText(0) == "Esfera › código"
    assert QCoreApplication.translate("AgreementWindow", UNIT_LABELS["turn"]) == "Turno de fala"
    assert ReportModel().headerData(2, Qt.Orientation.Horizontal) == "Concordância"
    assert core_word("substantial") == "substancial"
    assert core_word("something new") == "something new"
    dialog.deleteLater()


# -- compiling: cached, and never fatal --------------------------------------------------------------
def test_compiled_once_then_reused(tmp_path: Path) -> None:
    first = translations.compiled(PT_BR, tmp_path)
    stamp = first.stat().st_mtime_ns
    assert translations.compiled(PT_BR, tmp_path) == first
    assert first.stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.iterdir()] == [first.name]


def test_stale_compiled_file_is_rebuilt(tmp_path: Path) -> None:
    ts = tmp_path / "caqda_pt_BR.ts"
    ts.write_bytes(PT_BR.read_bytes())
    qm = translations.compiled(ts, tmp_path / "cache")
    qm.write_bytes(b"stale")
    old = ts.stat().st_mtime - 100
    os.utime(qm, (old, old))
    assert translations.compiled(ts, tmp_path / "cache") == qm
    assert qm.read_bytes() != b"stale"


def test_failure_to_compile_keeps_english(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(translations, "find_qt_tool", lambda name: None)
    assert translations.install_translations(qapp, QLocale("pt_BR"), cache=tmp_path) == []
    assert "continuing in English" in capsys.readouterr().err
    assert QCoreApplication.translate("MainMenus", "&File") == "&File"


def test_broken_ts_keeps_english(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "caqda_pt_BR.ts").write_text("<TS><context><name>X</name><message>")
    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path)
    assert translations.install_translations(qapp, QLocale("pt_BR"), cache=tmp_path / "cache") == []
    assert "continuing in English" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("pt_BR", "pt_BR"), ("pt_PT", "pt_BR"), ("pt", "pt_BR"), ("en_US", None), ("C", None), ("de_DE", None)],
)
def test_choosing_the_translation(locale: str, expected: str | None) -> None:
    found = translations.find_translation(QLocale(locale), {"pt_BR": PT_BR})
    assert (found and found.stem.removeprefix("caqda_")) == expected


def test_caqda_lang_overrides_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAQDA_LANG", "pt-BR")
    assert translations.requested_locale().name() == "pt_BR"
    monkeypatch.delenv("CAQDA_LANG")
    assert translations.requested_locale().name() == QLocale.system().name()
