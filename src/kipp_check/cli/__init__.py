"""The command line: `kipp-check PROPOSAL` and its subcommands.

Only this package touches argv, stdout, stderr and exit codes:
0 ready, 1 not ready, 2 usage or configuration error, 3 internal error.
"""

from kipp_check.cli.app import app, main

__all__ = ["app", "main"]
