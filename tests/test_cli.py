import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from generator.cli import main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_help_lists_every_command_with_its_summary():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name, command in main.commands.items():
        summary = command.get_short_help_str(limit=200)
        assert summary, f"{name} has no help text"
        assert re.search(rf"^  {name} +{re.escape(summary[:30])}", result.output, re.M), name


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_option_is_in_the_commands_help_and_in_the_readme(name):
    command = main.commands[name]
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert f"factsheet {name}" in README, f"README does not show `factsheet {name}`"
    for param in command.params:
        if isinstance(param, click.Option):
            flag = param.opts[0]
            assert param.help and flag in result.output, (name, flag)
            assert re.search(rf"factsheet {name}\b[^\n]*{re.escape(flag)}\b", README), (name, flag)
        else:
            assert param.name.upper() in result.output and param.name.upper() in README, (name, param.name)


def test_search_prints_the_best_results_of_a_built_site(seed_site):
    result = CliRunner().invoke(main, ["search", "1,400", "--site", str(seed_site), "--limit", "1"])
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "fact   nearly 1,400 people: nearly 1,400 people housed in a makeshift camp in Belgorod  "
        "(facts/count-1400-people-belgorod.html)"]


def test_search_without_a_built_site_says_to_build(tmp_path):
    result = CliRunner().invoke(main, ["search", "1400", "--site", str(tmp_path)])
    assert result.exit_code == 1
    assert "run `factsheet build` first" in result.output


@pytest.mark.parametrize("terminal", [True, False])
def test_a_long_build_shows_its_progress_and_a_short_one_does_not(capsys, terminal):
    from generator.cli import ProgressReport
    long_build = ProgressReport()
    long_build.terminal = terminal
    # As build.py reports: 30 sources from the cache, each other one as it is extracted, then
    # all of them once more, then the other stages.
    for done in range(30, 1001):
        long_build("extract", done, 1000)
    long_build("extract", 1000, 1000)
    for stage in ("merge", "render", "index", "write"):
        long_build(stage, 0, 1)
    shown = capsys.readouterr().err
    later = ["merging", "rendering pages", "building the search index", "writing"]
    if terminal:
        bar, _, rest = shown.partition("\n")
        assert bar.startswith("\rextracting facts [") and bar.endswith(f"[{'#' * 30}] 1000/1000")
        assert shown.count("1000/1000") == 1  # the last state of the bar is drawn once
        assert rest.splitlines() == later  # the other stages as lines below the bar
    else:
        assert shown.splitlines() == ["extracting facts from 1,000 sources", *later]
    short_build = ProgressReport()
    short_build("extract", 1, 2)
    short_build("merge", 0, 1)
    assert capsys.readouterr().err == ""


def test_version_prints_the_installed_version():
    from generator import __version__
    import importlib.metadata
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"factsheet, version {importlib.metadata.version('factsheet')}\n" == \
        f"factsheet, version {__version__}\n"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_h_is_help_on_every_command(name):
    result = CliRunner().invoke(main, [name, "-h"])
    assert result.exit_code == 0 and result.output == CliRunner().invoke(main, [name, "--help"]).output
    assert result.output.startswith(f"Usage: main {name}") or result.output.startswith(f"Usage: factsheet {name}")


def test_the_build_summary_says_1_source_and_groups_thousands(monkeypatch):
    from types import SimpleNamespace
    report = SimpleNamespace(unchanged=False, edited=(), cache_problem=None, removed=(), vanished=(), sources=1,
                             facts=2382, new=2382, changed=0, confirmed=1200, rejected=1, merged=2001, pages=4310,
                             pages_written=4309)
    monkeypatch.setattr("generator.cli.run_build", lambda *args, **kwargs: report)
    line = CliRunner().invoke(main, ["build"]).output
    assert line.startswith("1 source, 2,382 facts (2,382 new, 0 changed, 1,200 confirmed, 1 rejected), "
                           "2,001 after merging; site/: 4,310 files, 4,309 written, 1 unchanged (")
    report.unchanged = True
    assert CliRunner().invoke(main, ["build"]).output == \
        "nothing changed since the last build: 1 source, 2,001 facts; site/ is up to date\n"
