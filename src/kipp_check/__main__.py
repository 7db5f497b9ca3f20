"""`python -m kipp_check` runs the same command line as `kipp-check`."""

from kipp_check.cli import main

main()
