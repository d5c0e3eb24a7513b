"""The history store's native library (DuckDB) for `pystats history`, kept out of the core wheel.

The wheel installs libduckdb.so as <prefix>/lib/pystats/libduckdb.so, where the pystats
executable (<prefix>/bin/pystats) looks for it; library_path() gives its full path.
"""

import csv
import os

__all__ = ["library_path", "__version__"]

# Replaced by packaging/python/build_wheel.py with the version in the repository's VERSION file.
__version__ = "@VERSION@"

_DIST_INFO = "cpython_pystats_history-" + __version__ + ".dist-info"
_LIBRARY = "libduckdb.so"


def library_path():
    """The full path of the installed libduckdb.so, or None when it is missing."""
    site_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        with open(os.path.join(site_dir, _DIST_INFO, "RECORD"), newline="", encoding="utf-8") as record:
            for row in csv.reader(record):
                if row and os.path.basename(row[0]) == _LIBRARY:
                    path = os.path.normpath(os.path.join(site_dir, row[0]))
                    if os.path.isfile(path):
                        return path
    except OSError:
        pass
    return None
