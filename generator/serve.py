"""Serve command: the built site on loopback (or --bind's address), rebuilt when content or templates change.

Pages sent by this server carry a few lines of script that ask which build is current and
reload the page when it changes; the files in site/ stay exactly as a build writes them.
A build that fails prints its error and leaves the last good site being served. Changes are
seen from the system's file events (watchfiles), or by polling where those cannot be had.
"""

import functools
import queue
import socket
import sys
import threading
import time
import webbrowser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import click

from .build import build, warm
from .cache import CACHE_FOLDER, Kept
from .errors import FactsheetError
from .present import count_label
from .read import input_files
from .write import STAGED_FACTS

SWAP_WAIT_SECONDS = 2  # a request that comes as a new site is swapped in waits for it
VERSION_PATH = "/__factsheet__/build"
RELOAD_PATH = "/__factsheet__/reload.js"
POLL_SECONDS = 0.5  # only when file events cannot be had
# How long a page's question "is there a build after N?" is held open before the answer "no":
# the page asks again at once, and hears of a build the moment it is ready.
HOLD_SECONDS = 20
EVERY_ADDRESS = ("0.0.0.0", "::", "")  # a server bound there is reached here on loopback
# A script file, not inline: the pages' Content-Security-Policy allows only the site's own files.
RELOAD_TAG = f'<script src="{RELOAD_PATH}"></script>\n'
# The answer is the build's number, then where the facts a reviewer just edited are shown:
# the page goes to the first of them (the site is served from the root), or else reloads.
RELOAD_SCRIPT = f"""(function () {{  /* factsheet serve: reload when a new build is ready */
  var seen = null;
  function ask() {{
    fetch("{VERSION_PATH}" + (seen === null ? "" : "?after=" + seen), {{cache: "no-store"}})
      .then(function (r) {{ return r.text(); }}).then(function (answer) {{
        var lines = answer.split("\\n"), number = lines[0], where = lines[1];
        if (seen !== null && number !== seen) {{
          if (where && location.pathname !== "/" + where.split("#")[0]) location.href = "/" + where;
          else location.reload();
          return;
        }}
        seen = number;
        ask();
      }}).catch(function () {{ setTimeout(ask, 1000); }});
  }}
  ask();
}})();
"""


class BuildCounter:
    """Which build the site is at, and where the facts a reviewer edited for it are shown;
    pages ask it, and wait for the next build, to know when and where to reload."""

    def __init__(self):
        self.number, self.where = 0, ()
        self.changed = threading.Condition()

    def bump(self, where=()):
        with self.changed:
            self.number, self.where = self.number + 1, tuple(where)
            self.changed.notify_all()

    def after(self, seen, timeout=HOLD_SECONDS):
        """The answer to a page that has seen build number seen (a string, or None): at once when
        the site is at another, else when the next build is ready or timeout seconds have passed."""
        with self.changed:
            if seen is not None:
                self.changed.wait_for(lambda: str(self.number) != seen, timeout)
            return "\n".join((str(self.number), *self.where[:1]))


class SiteHandler(SimpleHTTPRequestHandler):
    """Files of the site as they are, HTML with the reload script, and the build number."""

    def __init__(self, *args, counter, **kwargs):
        self.counter = counter
        super().__init__(*args, **kwargs)

    def do_GET(self):
        if self.path.split("?")[0] == VERSION_PATH:
            seen = parse_qs(urlsplit(self.path).query).get("after", [None])[0]
            return self.send_text(self.counter.after(seen).encode(), "text/plain")
        if self.path == RELOAD_PATH:
            return self.send_text(RELOAD_SCRIPT.encode(), "text/javascript")
        site = Path(self.directory)
        deadline = time.monotonic() + SWAP_WAIT_SECONDS
        while not site.is_dir() and time.monotonic() < deadline:  # between the two renames of a swap
            time.sleep(0.01)
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            html = path.read_text(encoding="utf-8").replace("</body>", RELOAD_TAG + "</body>", 1)
            return self.send_text(html.encode("utf-8"), "text/html; charset=utf-8")
        return super().do_GET()

    def send_error(self, code, message=None, explain=None):
        """The site's own 404.html for an address it does not have, as GitHub Pages answers."""
        not_found = Path(self.directory, "404.html")
        if code != 404 or not not_found.is_file():
            return super().send_error(code, message, explain)
        html = not_found.read_text(encoding="utf-8").replace("</body>", RELOAD_TAG + "</body>", 1)
        self.send_text(html.encode("utf-8"), "text/html; charset=utf-8", code)

    def send_text(self, data, content_type, code=200):
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # one line per build is enough on the console
        pass


class QuietServer(ThreadingHTTPServer):
    """A browser that closes a connection early (a reload, a tab shut) is no error to print."""

    def __init__(self, address, handler):
        if ":" in address[0]:  # an IPv6 address
            self.address_family = socket.AF_INET6
        super().__init__(address, handler)

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def watched_state(content, templates):
    """(path, mtime, size) of every file a build reads: a change to any is a reason to rebuild
    (a file the build refuses, such as a link out of the folder, is the build's to report)."""
    state = []
    try:
        paths = input_files(content, templates)
    except FactsheetError as err:
        return [err.message]
    for path in paths:
        try:
            stat = Path(path).stat()
        except OSError:  # gone between listing and looking: the next look sees it
            continue
        state.append((path, stat.st_mtime_ns, stat.st_size))
    return state


def rebuild(content, out, templates, counter, kept=None):
    """One build, reported in one line, and its BuildReport; a failure keeps the last site (and
    gives None). kept: the cache.Kept this server's builds share."""
    started = time.perf_counter()
    try:
        report = build(content, out, templates, kept=kept)
    except click.ClickException as err:
        err.show()
        return
    if report.unchanged:  # the facts files this server's last build wrote: nothing to show again
        return report
    counter.bump(report.reviewed)
    shown = f"; open pages go to {report.reviewed[0]}, the first fact edited" if report.reviewed else ""
    click.echo(f"built {count_label(report.sources, 'source')}, {count_label(report.merged, 'fact')} "
               f"in {time.perf_counter() - started:.1f} s{shown}")
    return report


def warm_up(content, templates, kept):
    """After a first build that found nothing to do (and so read nothing), what the next build
    needs is read into kept while the site is served: the first edit is then built as quickly as
    the next. Said in one line when done; a problem is the next build's to report."""
    started = time.perf_counter()
    try:
        warm(content, templates, kept)
    except click.ClickException:
        return
    click.echo(f"ready for edits in {time.perf_counter() - started:.1f} s")


def not_build_files(change, path):
    """What the build itself writes inside the content folder (its cache, its staging folders)
    is no reason to look again."""
    return not any(part.startswith((CACHE_FOLDER, STAGED_FACTS)) for part in Path(path).parts)


def changes(content, templates, poll=POLL_SECONDS):
    """What yields whenever something under content or templates may have changed: the system's
    file events (a watch costs nothing while idle, where polling stats every file), watched from
    this call on in a thread of their own, so that a save made while the first build runs, or
    just after, is seen; else, when watchfiles cannot start (no inotify left, say), a look every
    poll seconds."""
    folders = [str(folder) for folder in (content, templates) if Path(folder).is_dir()]
    events = queue.SimpleQueue()  # None for each batch of events; the error that stopped the watch

    def watch():
        try:
            import watchfiles
            for _ in watchfiles.watch(*folders, watch_filter=not_build_files):
                events.put(None)
        except (ImportError, OSError, RuntimeError) as err:
            events.put(err)
    threading.Thread(target=watch, daemon=True).start()
    return seen_changes(events, poll)


def seen_changes(events, poll):
    while (problem := events.get()) is None:
        yield
    click.echo(f"note: watching for changes by polling ({problem})")
    while True:
        time.sleep(poll)
        yield


def local_url(host, port):
    """The address to open here for a server bound to host."""
    host = "127.0.0.1" if host in EVERY_ADDRESS else host
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve(content, out, templates, host, port, open_browser=False, poll=POLL_SECONDS):
    """Build, serve and watch until interrupted."""
    counter, kept = BuildCounter(), Kept()  # what each build makes of the cache, kept for the next
    watching = changes(content, templates, poll)
    state = watched_state(content, templates)  # before the build: a file saved while it runs is built next
    first = rebuild(content, out, templates, counter, kept)
    handler = functools.partial(SiteHandler, directory=str(Path(out).resolve()), counter=counter)
    try:
        server = QuietServer((host, port), handler)
    except OSError as err:
        raise FactsheetError(f"{host}:{port}", None, f"cannot serve there ({err.strerror}); "
                                                     "choose another --bind or --port (0: any free one)") from None
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = local_url(host, server.server_address[1])
    everywhere = " and on this machine's other addresses" if host in EVERY_ADDRESS else ""
    click.echo(f"serving {out}/ at {url}{everywhere} (Ctrl-C stops)")
    try:
        if open_browser:
            webbrowser.open(url)
        if first is not None and first.unchanged:
            warm_up(content, templates, kept)
        for _ in watching:
            now = watched_state(content, templates)  # an event may be the build's own facts files: compare
            if now != state:
                state = now
                rebuild(content, out, templates, counter, kept)
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        server.shutdown()
