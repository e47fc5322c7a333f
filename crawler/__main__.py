"""`python -m crawler` is the `sectorwatch` command."""

from crawler.cli import cli

if (
    __name__ == "__main__"
):  # worker processes (spawned) import this module too, and must not run the command
    cli()
