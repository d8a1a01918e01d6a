"""Command line: thin commands over the library; user errors are click exceptions, printed as one line."""

import sys
import time
from pathlib import Path

import click

from . import __version__
from .add import add_source
from .build import build as run_build, check as run_check
from .errors import FactsheetError
from .new import new_project
from .present import count_label
from .serve import serve as run_serve
from .search import parse_part_script, part_path
from .search import search as run_search


class ProgressReport:
    """On a long build, a progress bar of the extraction on a terminal, then a plain line per
    later stage; in CI and logs a plain line per stage."""

    LONG_BUILD = 100  # sources; smaller builds take a second or two and report only at the end
    STAGES = {"extract": "extracting facts", "merge": "merging", "render": "rendering pages",
              "index": "building the search index", "write": "writing"}

    def __init__(self):
        self.shown, self.stage = None, None
        self.drawn = None  # the (done, total) the bar shows
        self.terminal = sys.stderr.isatty()

    def __call__(self, stage, done, total):
        if self.shown is None:
            self.shown = stage == "extract" and total >= self.LONG_BUILD
        if not self.shown:
            return
        if self.terminal and stage == "extract":
            if (done, total) == self.drawn:  # the build says "all extracted" once more at the end
                return
            filled = 30 * done // total
            click.echo(f"\r{self.STAGES[stage]} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}", nl=False, err=True)
            self.drawn = (done, total)
            if done == total:  # the bar's line ends here: what follows goes below it
                click.echo(err=True)
        elif stage != self.stage:
            click.echo(f"{self.STAGES[stage]}" + (f" from {count_label(total, 'source')}" if stage == "extract"
                                                  else ""), err=True)
        self.stage = stage


# The folders several commands take, each option defined once; a command words the help
# for what it does with the folder (check compares --out, add only writes sources/).
def content_option(help_text="Folder holding sources/ and facts/."):
    return click.option("--content", default="content", show_default=True, help=help_text)


def out_option(help_text="Folder the site is written to."):
    return click.option("--out", default="site", show_default=True, help=help_text)


def templates_option():
    return click.option("--templates", default="templates", show_default=True,
                        help="Folder of templates overriding the defaults.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})  # every command's, too
@click.version_option(__version__, "--version", prog_name="factsheet")
def main():
    """Factsheet: build a searchable fact sheet from source articles."""


@main.command()
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--empty", is_flag=True, help="No sample article: content/sources/ is left empty.")
def new(folder, empty):
    """Start a project in FOLDER: a sample article, factsheet.yml, .gitignore and a GitHub Pages workflow."""
    new_project(folder, __version__, empty)
    sources = Path(folder, "content", "sources")
    click.echo(f"wrote {folder}/: " + (f"add articles to {sources}/ (factsheet add), then" if empty
                                      else f"a sample article in {sources}/; replace it with yours, then")
               + f" run `factsheet build` in {folder}")


@main.command()
@content_option("Folder holding sources/ (and facts/).")
@out_option()
@templates_option()
@click.option("--site-url", help="Where the site is published (else site_url in factsheet.yml): for sitemap.xml, "
                                 "canonical links and Open Graph.")
@click.option("--single-file", type=click.Path(dir_okay=False), help="Also write the whole site as this one "
              "self-contained HTML file, search included, to mail or carry.")
def build(content, out, templates, site_url, single_file):
    """Extract facts from CONTENT/sources and build the site."""
    started = time.perf_counter()
    try:
        report = run_build(content, out, templates, progress=ProgressReport(), site_url=site_url,
                           single_file=single_file)
    except KeyboardInterrupt:  # the site is swapped in whole or not at all; facts files one by one
        interrupted = FactsheetError(out, None, "build interrupted; the folder is as the last build left it")
        interrupted.exit_code = 130  # as shells report Ctrl-C
        raise interrupted from None
    if report.unchanged:
        click.echo(f"nothing changed since the last build: {count_label(report.sources, 'source')}, "
                   f"{count_label(report.merged, 'fact')}; "
                   f"{out}/ is up to date")
        return
    for path in report.edited:
        click.echo(f"saved while the build ran: {path}; kept as you left it, and built next time")
    if report.cache_problem:
        click.echo(f"note: {report.cache_problem}; the site is built, the next build redoes the work")
    for path in report.removed:
        click.echo(f"its source is gone: facts moved to {path}")
    for source_id, fact_id in report.vanished:
        click.echo(f"no longer in its source: {fact_id} of {source_id} (reviewed ones are kept under 'missing:')")
    if single_file:
        click.echo(f"the whole site, one file: {single_file}")
    click.echo(f"{count_label(report.sources, 'source')}, {count_label(report.facts, 'fact')} ({report.new:,} new, "
               f"{report.changed:,} changed, {report.confirmed:,} confirmed, {report.rejected:,} rejected), "
               f"{report.merged:,} after merging; {out}/: {count_label(report.pages, 'file')}, "
               f"{report.pages_written:,} written, {report.pages - report.pages_written:,} unchanged "
               f"({time.perf_counter() - started:.1f} s)")


@main.command()
@content_option()
@out_option("The built site to compare with a fresh build.")
@templates_option()
def check(content, out, templates):
    """Check sources, facts YAML and templates, and that the site is up to date; exit 1 if not (for CI)."""
    problems = run_check(content, out, templates)
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    if problems:
        raise click.exceptions.Exit(1)
    click.echo(f"all good: {content} is valid and {out}/ is up to date")


@main.command()
@content_option()
@out_option()
@templates_option()
@click.option("--bind", default="127.0.0.1", show_default=True, metavar="ADDRESS",
              help="Address to serve on: 0.0.0.0 for every one (a phone, a container), loopback by default.")
@click.option("--port", default=8000, show_default=True, help="Port to serve on (0: any free one).")
@click.option("--open", "open_browser", is_flag=True, help="Open the site in the web browser.")
def serve(content, out, templates, bind, port, open_browser):
    """Build and serve the site (127.0.0.1 unless --bind), rebuild when CONTENT or templates change, reload pages."""
    run_serve(content, out, templates, bind, port, open_browser)


@main.command()
@click.argument("location")
@content_option("Folder holding sources/.")
@click.option("--title", help="The article's title (else the page's or the file's own).")
@click.option("--publisher", help="Who published it (else the site's name).")
@click.option("--author", help="Who wrote it.")
@click.option("--published", help="When it was published, as YYYY-MM-DD.")
@click.option("--url", help="The original's web address.")
@click.option("--id", "source_id", help="The source's id and file name (else made from the title).")
def add(location, content, title, publisher, author, published, url, source_id):
    """Import an article into CONTENT/sources: a .txt, .md or saved .html file, or an http(s) address."""
    overrides = {"title": title, "publisher": publisher, "author": author, "published": published, "url": url}
    path = add_source(location, Path(content, "sources"), overrides, source_id)
    click.echo(f"wrote {path}; review it, then run `factsheet build`")


def part_reader(site):
    """get_part(name) -> data, from a built site's search parts, as the browser reads them."""
    def get_part(name):
        path = Path(site, part_path(name))
        try:
            found = parse_part_script(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            found = None
        if found is None or found[0] != name:
            raise FactsheetError(path, None, "no search index here; run `factsheet build` first")
        return found[1]
    return get_part


@main.command()
@click.argument("query")
@click.option("--site", default="site", show_default=True, help="The built site to search.")
@click.option("--limit", default=10, show_default=True, help="How many results to print.")
def search(query, site, limit):
    """Search the built site as its search page does; prints the best results."""
    results = run_search(part_reader(site), query, limit)
    for view in results:
        value = f"{view['value']}: " if view["value"] else ""
        click.echo(f"{view['type']:<6} {value}{view['title']}  ({view['href']})")
    if not results:
        click.echo(f"no results for {query!r}")
