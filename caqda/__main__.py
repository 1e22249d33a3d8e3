"""Allow ``python -m caqda``."""

from caqda.cli import main

if __name__ == "__main__":  # not when a second process (helper_process) loads this module
    raise SystemExit(main())
