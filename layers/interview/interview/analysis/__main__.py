"""`python -m interview.analysis [FILE]`: the same as `interview analyze [FILE]`."""

import sys

from interview.cli import main

raise SystemExit(main(["analyze", *sys.argv[1:]]))
