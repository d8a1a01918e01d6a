"""`factsheet new`: a project that builds as it is, with its .gitignore and Pages workflow."""

import yaml
from click.testing import CliRunner

from generator import __version__
from generator.cli import main


def new(*args):
    return CliRunner().invoke(main, ["new", *map(str, args)])


def test_a_new_project_builds_as_it_is_with_its_sample_article(tmp_path, monkeypatch):
    result = new(tmp_path / "demo")
    assert result.exit_code == 0, result.output
    assert "run `factsheet build`" in result.output
    monkeypatch.chdir(tmp_path / "demo")
    built = CliRunner().invoke(main, ["build"])
    assert built.exit_code == 0, built.output
    site = tmp_path / "demo" / "site"
    assert "2,400 vehicles" in (site / "index.html").read_text(encoding="utf-8")
    assert "Riverton bridge" in (site / "index.html").read_text(encoding="utf-8")  # factsheet.yml's title
    assert (tmp_path / "demo" / "content" / "facts" / "riverton-bridge.yaml").is_file()


def test_the_project_ignores_what_builds_make_and_publishes_with_the_installed_package(tmp_path):
    new(tmp_path / "demo")
    ignored = (tmp_path / "demo" / ".gitignore").read_text(encoding="utf-8").split()
    assert "site/" in ignored and "content/.factsheet-cache/" in ignored
    workflow = yaml.safe_load((tmp_path / "demo" / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    assert workflow["env"]["FACTSHEET"] == f"factsheet=={__version__}"  # the one line to edit
    steps = workflow["jobs"]["build"]["steps"]
    run = "\n".join(step.get("run", "") for step in steps)
    assert 'pip install "$FACTSHEET"' in run and "factsheet build --site-url" in run
    assert "npm" not in run  # the package carries lunr.js
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"] == {"path": "site", "include-hidden-files": True}
    deploy = workflow["jobs"]["deploy"]["steps"][0]["uses"]
    assert deploy.startswith("actions/deploy-pages@")


def test_empty_leaves_the_sources_folder_empty(tmp_path):
    assert new(tmp_path / "demo", "--empty").exit_code == 0
    assert list((tmp_path / "demo" / "content" / "sources").iterdir()) == []
    assert (tmp_path / "demo" / "content" / "factsheet.yml").is_file()


def test_an_empty_folder_is_used_and_one_with_anything_in_it_refused_in_one_line(tmp_path):
    (tmp_path / "empty").mkdir()
    assert new(tmp_path / "empty").exit_code == 0
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "notes.txt").write_text("mine", encoding="utf-8")
    result = new(tmp_path / "used")
    assert result.exit_code == 1
    assert result.output == f"error: {tmp_path / 'used'}: already exists and is not empty; give a new folder\n"
    assert sorted(p.name for p in (tmp_path / "used").iterdir()) == ["notes.txt"]
