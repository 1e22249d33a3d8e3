"""The frozen app's entry point: the same command line as ``caqda`` (no arguments: the GUI)."""

from caqda.cli import main

raise SystemExit(main())
