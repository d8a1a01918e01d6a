from click.testing import CliRunner

from generator.cli import main


def test_help_lists_build():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "build" in result.output


def test_search_prints_the_best_results_of_a_built_site(seed_site):
    result = CliRunner().invoke(main, ["search", "1,400", "--site", str(seed_site), "--limit", "1"])
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "fact   nearly 1,400 people: nearly 1,400 people were housed in a makeshift camp after crossing the "
        "border  (facts/count-1400-people-belgorod.html)"]


def test_search_without_a_built_site_says_to_build(tmp_path):
    result = CliRunner().invoke(main, ["search", "1400", "--site", str(tmp_path)])
    assert result.exit_code == 1
    assert "run `factsheet build` first" in result.output
