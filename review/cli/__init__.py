"""The command line: argument parsing, rendering of findings, exit codes. The work is in core."""

from review.cli.commands import main

__all__ = ["main"]
