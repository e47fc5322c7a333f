"""`python -m crawler` is the `sectorwatch` command."""

from crawler.cli import cli

cli()
