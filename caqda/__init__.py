"""caqda: computer-assisted qualitative data analysis for interview studies."""

import os

__version__ = "0.1.0"

# numpy's OpenBLAS starts a worker thread a core, and sets up its buffers, when numpy is first
# imported: 150-200 ms against 90-100 ms with one thread on the 2-core benchmark machine, paid
# by every fuzzy search of many places and every agreement figure in a fresh process. caqda's
# arrays are small and its numpy work is not linear algebra (word runs, agreement tables), so
# the threads never pay for themselves. A value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
