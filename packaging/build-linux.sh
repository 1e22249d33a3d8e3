#!/usr/bin/env bash
# Build the one-folder Linux app with PyInstaller and check that it runs:
#   bash packaging/build-linux.sh          -> packaging/dist/caqda/caqda (and caqda-linux.tar.gz)
# It sets up the project's virtual environment first (run.sh), adds PyInstaller to it, compiles
# the translations into the bundle, then starts the built app: --version, builds the demo and
# renders a screenshot of the window offscreen. Exits non-zero if any step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=.venv
bash run.sh cli --version >/dev/null # sets up .venv with caqda and its dependencies
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10"

BUILD=packaging/build
DIST=packaging/dist
rm -rf "$BUILD" "$DIST"
mkdir -p "$BUILD/translations"
for ts in resources/translations/caqda_*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$BUILD/translations/$(basename "${ts%.ts}").qm"
done
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$DIST" --workpath "$BUILD/work" packaging/caqda.spec

APP="$DIST/caqda/caqda"
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
"$APP" --version
"$APP" demo "$check/demo.caqda"
# Both exports must work in the frozen app: a large Word report is rendered by two processes
# (caqda.core.helper_process; the app must act as the second one, multiprocessing's
# freeze_support, rather than fall back to one), and both deflate with ISA-L (fast_deflate).
for kind in docx qdpx; do
  CAQDA_SECOND_PROCESS_FROM=1 "$APP" export "$kind" "$check/demo.caqda" -o "$check/export.$kind" \
    >/dev/null 2>"$check/export.err"
  if grep -v '^note:' "$check/export.err" | grep -q . || [ ! -s "$check/export.$kind" ]; then
    echo "the built app's $kind export did not work with its second process:" >&2
    cat "$check/export.err" >&2
    exit 1
  fi
done
QT_QPA_PLATFORM=offscreen CAQDA_LANG=pt_BR "$APP" gui "$check/demo.caqda" --screenshot "$check/window.png" \
  --document "E05"
python3 - "$check/window.png" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read(32)
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width >= 800 and height >= 500, (width, height)
print(f"built app rendered a {width}x{height} window")
PY
tar -czf "$DIST/caqda-linux.tar.gz" -C "$DIST" caqda
echo "built $ROOT/$APP and $DIST/caqda-linux.tar.gz"
