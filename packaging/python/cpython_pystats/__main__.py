"""python -m cpython_pystats ARGS: the pystats executable with the same arguments and exit code."""

import sys

from cpython_pystats import main

sys.exit(main())
