"""Allow ``python -m caqda``."""

from caqda.cli import main

raise SystemExit(main())
