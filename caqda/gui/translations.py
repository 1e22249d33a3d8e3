"""The user's language: find ``resources/translations/caqda_<locale>.ts``, compile it with Qt's
``lrelease`` into a cache when needed (the ``.qm`` is a build output, never committed), and
install it with Qt's own translations of its standard dialogs and buttons.

The language is the user's (``QLocale.system()``); ``CAQDA_LANG=pt_BR`` (or ``en``) overrides
it, for trying a translation out. Nothing here may stop the application: a missing
``lrelease`` or a broken ``.ts`` is reported on stderr, and caqda goes on in English.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from caqda.core.resources import resources_dir

ENV_VAR = "CAQDA_LANG"
SOURCE_LANGUAGE = "en"
"""The language the texts are written in: nothing to load for it."""
COMPILE_TIMEOUT = 60


def requested_locale() -> QLocale:
    """``CAQDA_LANG`` when set (``pt_BR``, ``pt-BR``, ``en``), else the user's locale."""
    override = os.environ.get(ENV_VAR, "").strip()
    return QLocale(override.replace("-", "_")) if override else QLocale.system()


def translations_dir() -> Path:
    return resources_dir() / "translations"


def available_translations(folder: Path | None = None) -> dict[str, Path]:
    """``{"pt_BR": .../caqda_pt_BR.ts}`` for each translation shipped with caqda."""
    folder = translations_dir() if folder is None else folder
    return {path.stem.removeprefix("caqda_"): path for path in sorted(folder.glob("caqda_*.ts"))}


def find_translation(locale: QLocale, available: dict[str, Path]) -> Path | None:
    """The ``.ts`` for the first of the locale's UI languages that caqda has, or None when the
    user prefers English (the source language) to any translation there is."""
    for tag in locale.uiLanguages():
        parts = tag.replace("_", "-").split("-")
        language = parts[0]
        if language in (SOURCE_LANGUAGE, "C", "c"):
            return None
        territory = parts[-1] if len(parts) > 1 and (parts[-1].isupper() or parts[-1].isdigit()) else None
        for name in (f"{language}_{territory}" if territory else None, language):
            if name in available:
                return available[name]
        # Better a neighbour's translation (pt_BR for pt_PT) than none.
        for name, path in available.items():
            if name.split("_")[0] == language:
                return path
    return None


def find_qt_tool(name: str) -> Path | None:
    """Qt's ``lrelease`` or ``lupdate``: the one PySide6 bundles, else ``pyside6-<name>`` or
    ``<name>`` on the PATH or beside the Python running caqda."""
    import PySide6

    package = Path(PySide6.__file__).parent
    candidates = [package / name, package / f"{name}.exe"]
    for command in (f"pyside6-{name}", name):
        found = shutil.which(command)
        if found:
            candidates.append(Path(found))
    scripts = Path(sys.executable).parent
    candidates += [scripts / f"pyside6-{name}", scripts / f"pyside6-{name}.exe"]
    return next((path for path in candidates if path.is_file() and os.access(path, os.X_OK)), None)


def cache_dir() -> Path:
    """Where compiled translations go: the user's cache folder for caqda."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    base = Path(location) if location else Path.home() / ".cache" / "caqda"
    return base / "translations"


def compiled(ts: Path, cache: Path | None = None) -> Path:
    """The ``.qm`` of ``ts`` in ``cache``, compiled now if it is missing or older than ``ts``.

    The file name carries a hash of the ``.ts`` path, so two installations of caqda never use
    each other's compiled files. Raises OSError or subprocess errors when compiling fails.
    """
    shipped = ts.with_suffix(".qm")  # a built app ships compiled translations (no lrelease there)
    frozen = getattr(sys, "frozen", False)
    if shipped.is_file() and (frozen or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    cache = cache_dir() if cache is None else cache
    key = hashlib.sha1(str(ts.resolve()).encode()).hexdigest()[:10]
    qm = cache / f"{ts.stem}-{key}.qm"
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    lrelease = find_qt_tool("lrelease")
    if lrelease is None:
        raise FileNotFoundError("Qt's lrelease was not found (it comes with PySide6)")
    cache.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(f"{qm.stem}.{os.getpid()}.partial.qm")
    try:
        result = subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(partial)],
            capture_output=True,
            text=True,
            timeout=COMPILE_TIMEOUT,
            check=False,
        )
        if result.returncode != 0 or not partial.is_file():
            details = (result.stderr or result.stdout).strip()
            raise OSError(f"lrelease failed on {ts.name}: {details or f'exit status {result.returncode}'}")
        os.replace(partial, qm)  # atomic: another caqda starting now sees the old file or the new
    finally:
        partial.unlink(missing_ok=True)
    return qm


def install_translations(
    app: QCoreApplication, locale: QLocale | None = None, cache: Path | None = None
) -> list[QTranslator]:
    """Install caqda's translation for ``locale`` (default: :func:`requested_locale`) and Qt's
    own; returns the installed translators (empty when caqda stays in English)."""
    locale = requested_locale() if locale is None else locale
    try:
        ts = find_translation(locale, available_translations())
        if ts is None:
            return []
        qm = compiled(ts, cache)
    except Exception as error:  # a translation is never worth not starting for
        print(f"caqda: no translation for {locale.name()} ({error}); continuing in English.", file=sys.stderr)
        return []
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        print(f"caqda: cannot load the translation {qm}; continuing in English.", file=sys.stderr)
        return []
    app.installTranslator(translator)
    installed = [translator]
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
