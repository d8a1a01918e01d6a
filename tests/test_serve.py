"""factsheet serve: the site on loopback, rebuilt when a source changes, pages told to reload."""

import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

from builds import SEEDS
from conftest import NEEDS_CHROMIUM


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def wait_for(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            value = condition()
            if value:
                return value
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError("timed out")


def start_server(tmp_path, *options, address="127.0.0.1"):
    (tmp_path / "content" / "sources").mkdir(parents=True)
    for seed in SEEDS.iterdir():
        (tmp_path / "content" / "sources" / seed.name).write_bytes(seed.read_bytes())
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--content", str(tmp_path / "content"),
         "--out", str(tmp_path / "site"), "--templates", str(tmp_path / "templates"), "--port", "0", *options],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    line = wait_for(lambda: re.search(rf"serving .* at (http://{re.escape(address)}:\d+/)", process.stdout.readline()))
    return process, line[1]


@pytest.fixture
def server(tmp_path):
    process, url = start_server(tmp_path)
    try:
        yield url, tmp_path / "content"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_bind_serves_on_the_address_given(tmp_path):
    process, url = start_server(tmp_path, "--bind", "127.0.0.2", address="127.0.0.2")
    try:
        assert url.startswith("http://127.0.0.2:") and "nearly 1,400 people" in fetch(url)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_open_opens_the_served_address_in_the_browser(tmp_path, monkeypatch, capsys):
    from generator import serve
    (tmp_path / "content" / "sources").mkdir(parents=True)
    (tmp_path / "content" / "sources" / "a.txt").write_text("Buses\n\nThey counted 45 buses.\n", encoding="utf-8")
    opened = []

    def browser(url):
        opened.append(fetch(url))
        raise KeyboardInterrupt  # as Ctrl-C would: serve stops
    monkeypatch.setattr(serve.webbrowser, "open", browser)
    serve.serve(tmp_path / "content", tmp_path / "site", tmp_path / "templates", "127.0.0.1", 0, open_browser=True)
    assert "45 buses" in opened[0]
    assert capsys.readouterr().out.splitlines()[-1] == "stopped"


def test_changes_come_from_file_events_and_from_polling_when_those_cannot_start(tmp_path, monkeypatch, capsys):
    import watchfiles
    from generator import serve
    (tmp_path / "content").mkdir()
    watched = []

    def events(*paths, watch_filter, **options):
        watched.append(paths)
        yield {("modified", str(tmp_path / "content" / "sources" / "a.txt"))}
    monkeypatch.setattr(watchfiles, "watch", events)
    changes = serve.changes(tmp_path / "content", tmp_path / "templates", poll=0)
    next(changes)
    assert watched == [(str(tmp_path / "content"),)]  # the templates folder does not exist
    assert capsys.readouterr().out == ""

    def no_events(*paths, **options):
        raise OSError("inotify watch limit reached")
        yield
    monkeypatch.setattr(watchfiles, "watch", no_events)
    changes = serve.changes(tmp_path / "content", tmp_path / "templates", poll=0)
    next(changes), next(changes)
    assert capsys.readouterr().out == "note: watching for changes by polling (inotify watch limit reached)\n"


def test_the_builds_own_files_are_no_change_to_look_at():
    from generator.serve import not_build_files
    assert not_build_files(None, "/p/content/sources/a.txt")
    assert not not_build_files(None, "/p/content/.factsheet-cache/entries.sqlite")
    assert not not_build_files(None, "/p/content/facts/.factsheet-staging-12-ab/a.yaml")


def test_serve_rebuilds_on_a_change_and_tells_open_pages_to_reload(server):
    url, content = server
    page = fetch(url)
    assert "nearly 1,400 people" in page and "/__factsheet__/reload.js" in page  # the reload script, served only
    assert "/__factsheet__/build" in fetch(url + "__factsheet__/reload.js")
    first = fetch(url + "__factsheet__/build")
    (content / "sources" / "buses.txt").write_text("Buses\n\nOfficials counted 45 buses at the border.\n",
                                                   encoding="utf-8")
    wait_for(lambda: fetch(url + "__factsheet__/build") != first)
    assert "45 buses" in fetch(url)
    assert "__factsheet__" not in (content.parent / "site" / "index.html").read_text(encoding="utf-8")


def test_a_page_waiting_for_the_next_build_hears_of_it_and_where_the_edited_fact_is(server):
    url, content = server
    first = fetch(url + "__factsheet__/build")
    assert fetch(url + f"__factsheet__/build?after={int(first) + 1}") == first  # not the one it has seen: at once
    answers = []
    waiting = threading.Thread(target=lambda: answers.append(
        wait_for(lambda: (answer := fetch(url + f"__factsheet__/build?after={first}")) != first and answer)))
    waiting.start()
    facts_file = content / "facts" / "000_4bb0ab349ed1770d.yaml"
    text = facts_file.read_text(encoding="utf-8")
    facts_file.write_text(text.replace("label: nearly 1,400 people housed", "label: people housed", 1), encoding="utf-8")
    waiting.join(timeout=90)
    assert answers == [f"{int(first) + 1}\nfacts/count-1400-people-belgorod.html"]
    assert "people housed in a makeshift camp" in fetch(url + "facts/count-1400-people-belgorod.html")


def test_a_save_the_moment_the_server_starts_is_built(tmp_path):
    process, url = start_server(tmp_path)
    try:  # no wait: the save lands as the server starts watching, or before
        (tmp_path / "content" / "sources" / "buses.txt").write_text("Buses\n\nOfficials counted 45 buses.\n",
                                                                      encoding="utf-8")
        wait_for(lambda: "45 buses" in fetch(url), seconds=30)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_an_unknown_address_gets_the_sites_own_404_page(server):
    url, _ = server
    with pytest.raises(urllib.error.HTTPError) as answer:
        fetch(url + "facts/no-such-fact.html")
    assert answer.value.code == 404
    page = answer.value.read().decode("utf-8")
    assert "<h1>Not found</h1>" in page and "/__factsheet__/reload.js" in page


def test_a_port_in_use_is_one_line_saying_what_to_do(tmp_path):
    (tmp_path / "content" / "sources").mkdir(parents=True)
    for seed in SEEDS.iterdir():
        (tmp_path / "content" / "sources" / seed.name).write_bytes(seed.read_bytes())
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "generator", "serve", "--content", str(tmp_path / "content"),
             "--out", str(tmp_path / "site"), "--port", str(port)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (f"error: 127.0.0.1:{port}: cannot serve there (Address already in use); "
                                     "choose another --bind or --port (0: any free one)")


def test_a_browser_closing_its_connection_early_prints_nothing(capsys):
    from generator.serve import QuietServer
    server = QuietServer(("127.0.0.1", 0), None)
    try:
        for gone in (BrokenPipeError(), ConnectionResetError()):
            try:
                raise gone
            except ConnectionError:
                server.handle_error(None, ("127.0.0.1", 5555))
        assert capsys.readouterr().err == ""
        try:
            raise ValueError("a bug")
        except ValueError:
            server.handle_error(None, ("127.0.0.1", 5555))
        assert "ValueError: a bug" in capsys.readouterr().err  # a bug is still shown
    finally:
        server.server_close()


@pytest.mark.browser
@NEEDS_CHROMIUM
def test_an_open_page_goes_to_the_fact_a_reviewer_just_edited(server, browser):
    url, content = server
    page = browser.new_page()
    try:
        page.goto(url)
        page.wait_for_timeout(500)  # the page has asked which build it shows, and waits for the next
        facts_file = content / "facts" / "000_4bb0ab349ed1770d.yaml"
        text = facts_file.read_text(encoding="utf-8")
        facts_file.write_text(text.replace("label: nearly 1,400 people housed", "label: people housed", 1),
                              encoding="utf-8")
        page.wait_for_url(url + "facts/count-1400-people-belgorod.html", timeout=60_000)
        assert "people housed in a makeshift camp" in page.locator("main").inner_text()
    finally:
        page.close()


def test_a_server_started_on_a_built_site_gets_ready_for_edits_while_it_serves(tmp_path):
    process, url = start_server(tmp_path)  # builds the site
    process.terminate()
    process.wait(timeout=10)
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--content", str(tmp_path / "content"),
         "--out", str(tmp_path / "site"), "--templates", str(tmp_path / "templates"), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = wait_for(lambda: re.search(r"serving .* at (http://\S+/)", process.stdout.readline()))[1]
        assert wait_for(lambda: "ready for edits" in process.stdout.readline())
        first = fetch(url + "__factsheet__/build")
        (tmp_path / "content" / "sources" / "buses.txt").write_text("Buses\n\nOfficials counted 45 buses.\n",
                                                                    encoding="utf-8")
        wait_for(lambda: fetch(url + "__factsheet__/build") != first)
        assert "45 buses" in fetch(url)
    finally:
        process.terminate()
        process.wait(timeout=10)
