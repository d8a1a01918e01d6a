"""Command line: the one place user errors are caught and printed."""

import sys

import click

from .errors import FactsheetError
from .build import build as run_build


@click.group()
def main():
    """Factsheet: build a searchable fact sheet from source articles."""


@main.command()
@click.option("--content", default="content", show_default=True, help="Folder holding sources/ (and facts/).")
@click.option("--out", default="site", show_default=True, help="Folder the site is written to.")
@click.option("--templates", default="templates", show_default=True, help="Folder of templates overriding the defaults.")
def build(content, out, templates):
    """Extract facts from CONTENT/sources and build the site."""
    try:
        report = run_build(content, out, templates)
    except FactsheetError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(1)
    click.echo(f"{report.sources} sources, {report.facts} facts found, {report.merged} after merging, "
               f"{report.pages} files written to {out}/")
