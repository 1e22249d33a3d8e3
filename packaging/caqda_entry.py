"""The frozen app's entry point: the same command line as ``caqda`` (no arguments: the GUI)."""

import multiprocessing

from caqda.cli import main

if __name__ == "__main__":
    # When the app starts itself as a second process (caqda.core.helper_process), this runs
    # that process's work and exits instead of starting caqda again.
    multiprocessing.freeze_support()
    raise SystemExit(main())
