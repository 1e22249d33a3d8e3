#!/usr/bin/env bash
# Set up caqda in a virtual environment and run it.
#   bash run.sh demo   set up, build the demo project (once) and open the GUI on it
#   bash run.sh test   set up and run the whole test suite (Qt tests offscreen)
#   bash run.sh bench  set up and print the benchmarks' figures, then one table of them all
#   bash run.sh cli ARGS  set up and run the caqda command line (e.g. bash run.sh cli info out/demo.caqda)
# Safe to run again: the second time it only checks and starts.
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
PYTHON=${PYTHON:-python3}
# Debian packages Qt needs at run time (offscreen too), and the X11 ones for a real window.
QT_PACKAGES=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 fonts-dejavu-core
  fonts-noto-color-emoji)
X11_PACKAGES=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1)

say() { printf 'caqda: %s\n' "$*" >&2; }

missing_packages() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$package"
  done
}

install_packages() {
  local missing
  command -v dpkg-query >/dev/null || return 0 # not Debian: the user installs Qt's libraries
  missing=$(missing_packages "$@")
  [ -z "$missing" ] && return 0
  local apt=(apt-get)
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then apt=(sudo apt-get); else
      say "please install these Debian packages first: sudo apt-get install $missing"
      exit 1
    fi
  fi
  say "installing system packages: $missing"
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" update -qq &&
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends $missing >/dev/null
}

check_python() {
  if ! command -v "$PYTHON" >/dev/null; then
    install_packages python3
  fi
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    say "caqda needs Python 3.11 or newer; $("$PYTHON" --version) was found. Set PYTHON=/path/to/python3.11."
    exit 1
  fi
  if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
    install_packages python3-venv
  fi
}

setup() {
  install_packages "${QT_PACKAGES[@]}" "$@"
  check_python
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtual environment in $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.caqda-installed" wanted
  wanted=$(cat pyproject.toml run.sh | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    say "installing caqda and its dependencies"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test]"
    # Test-only references installed without their declared dependencies: the one for
    # unitized alpha pins pytest<8, irrCAC pins scipy==1.12.0 (which holds numpy below 1.29: the
    # tests and benchmarks would run under an older numpy than users get). Neither needs the
    # pin; what they use (numpy, scipy, pandas) comes with statsmodels and scikit-learn.
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps \
      krippendorff-unitized-alpha "irrCAC>=0.4"
    echo "$wanted" >"$stamp"
  fi
}

case "${1:-}" in
  demo)
    setup "${X11_PACKAGES[@]}"
    mkdir -p out
    [ -f out/demo.caqda ] || "$VENV/bin/caqda" demo out/demo.caqda
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      say "no display found (DISPLAY and WAYLAND_DISPLAY are unset); run this on a desktop session."
      exit 1
    fi
    exec "$VENV/bin/caqda" gui out/demo.caqda
    ;;
  test)
    setup
    shift
    export QT_QPA_PLATFORM=offscreen
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  bench)
    setup
    export QT_QPA_PLATFORM=offscreen
    # An installed caqda has its bytecode compiled (pip does it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would recompile every module in every fresh process a benchmark
    # starts, and time that instead of what the user waits for.
    "$VENV/bin/python" -m compileall -q caqda >/dev/null
    CAQDA_BENCH_RESULTS=$(mktemp)
    export CAQDA_BENCH_RESULTS
    failed=0
    for benchmark in bench/bench_*.py; do
      "$VENV/bin/python" "$benchmark" || failed=1
    done
    "$VENV/bin/python" bench/summary.py "$CAQDA_BENCH_RESULTS"
    rm -f "$CAQDA_BENCH_RESULTS"
    exit "$failed"
    ;;
  cli)
    setup
    shift
    exec "$VENV/bin/caqda" "$@"
    ;;
  *)
    echo "usage: bash run.sh demo | test | bench | cli ARGS" >&2
    exit 2
    ;;
esac
