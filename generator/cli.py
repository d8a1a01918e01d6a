"""Command line: the one place user errors are caught and printed."""

import sys

import click

from .errors import FactsheetError
from .read import read_sources


@click.group()
def main():
    """Factsheet: build a searchable fact sheet from source articles."""


@main.command()
@click.option("--content", default="content", show_default=True, help="Content folder.")
def build(content):
    """Read sources (later stages land in following sessions)."""
    try:
        sources = read_sources(f"{content}/sources")
    except FactsheetError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(1)
    click.echo(f"read {len(sources)} source(s)")
