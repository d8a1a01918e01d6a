from click.testing import CliRunner

from generator.cli import main


def test_help_lists_build():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "build" in result.output
