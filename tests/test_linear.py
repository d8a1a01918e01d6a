"""Nothing hangs: each stage that reads article text takes time linear in it (issue 32)."""

import gc
import shutil
import signal
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from generator.cli import part_reader
from generator.extract import extract_entities, extract_facts
from generator.read import parse_source
from generator.search.lunr_index import LUNR_JS, PROJECT_ROOT, search

LIMIT = 2.0  # seconds for the larger input: far above linear, far below a blown-up pattern
FLOOR = 0.05  # seconds: shorter runs are noise, so the ratio is taken against at least this


@contextmanager
def time_limit(seconds):
    """Fail once seconds have passed: the regular-expression engine stops on the signal, so an
    exponential pattern fails here instead of hanging the test run."""
    def expire(signum, frame):
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except TimeoutError:
        pytest.fail(f"still running after {seconds} s")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def seconds(stage, text):
    """The time of one run, without the garbage collector's pauses (they grow with what the
    rest of the test run left in memory, not with the input)."""
    gc.disable()
    try:
        started = time.perf_counter()
        with time_limit(LIMIT):
            stage(text)
        return time.perf_counter() - started
    finally:
        gc.enable()


def assert_linear(stage, make, n):
    """make(4n) takes well under 16 times make(n) (8 at most), and under LIMIT."""
    small = min(seconds(stage, make(n)) for _ in range(2))
    large = seconds(stage, make(4 * n))
    if large >= 8 * max(small, FLOOR):  # once more, in case another process took the core meanwhile
        large = min(large, seconds(stage, make(4 * n)))
    assert large < 8 * max(small, FLOOR), (small, large)


def facts(text):
    return extract_facts(parse_source(text, Path("x.txt")))


def entities(text):
    return extract_entities(parse_source(text, Path("x.txt")))


@pytest.fixture(scope="module", autouse=True)
def gazetteer_read():
    """The gazetteer is read once, on first use: not by the runs timed."""
    facts("Title\n\nIn Kyiv 5 people left in 2019.\n")


def capitalised_words(n):
    return " ".join(f"Word{'abcdefghij'[i % 10]}ian" for i in range(n))


@pytest.mark.parametrize("after", [", 1234 people left.", " 5 people left."])
def test_names_before_a_figure(after):
    assert_linear(entities, lambda n: f"Title\n\n{capitalised_words(n)}{after}\n", 200)


@pytest.mark.parametrize("word", ["Ab", "A", "Aa"])
def test_one_long_capitalised_word(word):
    assert_linear(entities, lambda n: f"Title\n\nThe {word * (n // len(word))} Office left 5 people.\n", 5000)


@pytest.mark.parametrize("phrase", ["in 2019 ", "on 12 March ", "on the "])
def test_date_phrases_repeated_in_one_sentence(phrase):
    assert_linear(facts, lambda n: f"Title\n\n{phrase * n}5 people left in 2020.\n", 2500)


@pytest.mark.parametrize("figure", ["{n} people", "{n}-year-old Ana", "Ana Diaz, {n},", "{n} days in jail"])
def test_many_figures_in_one_sentence(figure):
    def sentence(n):
        return "Title\n\nThey counted " + ", ".join(figure.format(n=10 + i % 80) for i in range(n)) + ".\n"
    assert_linear(facts, sentence, 500)


def test_one_long_capitalised_word_before_a_figure():
    assert_linear(facts, lambda n: f"Title\n\nThe {'A' * n} left, 5 people.\n", 5000)


@pytest.mark.parametrize("run, n", [(".", 3000), ("!?", 3000), ("Mr. ", 40000)])
def test_sentence_ends(run, n):
    def read(text):
        return parse_source(text, Path("x.txt"))
    assert_linear(read, lambda n: f"Title\n\nThey left{run * n} then 5 people. Mr. Li left.\n", n)


def test_one_long_word_searched(seed_site):
    assert_linear(lambda query: search(part_reader(seed_site), query), lambda n: "ab" * (n // 2), 250)


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_one_long_word_typed_into_the_search_box(seed_site):
    def search_page(query):  # the site's own search.js, in Node
        subprocess.run(["node", str(Path(__file__).with_name("search_parity.js")), str(seed_site),
                        str(PROJECT_ROOT / LUNR_JS), query], capture_output=True, check=True)
    assert_linear(search_page, lambda n: "ab" * (n // 2), 1000)
