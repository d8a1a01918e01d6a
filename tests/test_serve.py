"""factsheet serve: the site on loopback, rebuilt when a source changes, pages told to reload."""

import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from builds import SEEDS


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


@pytest.fixture
def server(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "sources").mkdir()
    for seed in SEEDS.iterdir():
        (tmp_path / "content" / "sources" / seed.name).write_bytes(seed.read_bytes())
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--content", str(tmp_path / "content"),
         "--out", str(tmp_path / "site"), "--templates", str(tmp_path / "templates"), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = wait_for(lambda: re.search(r"serving .* at (http://127\.0\.0\.1:\d+/)", process.stdout.readline()))
        yield line[1], tmp_path / "content"
    finally:
        process.terminate()
        process.wait(timeout=10)


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
                                     "choose another --port, or 0 for any free one")


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
