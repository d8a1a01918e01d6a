"""`factsheet new`: a ready project folder: a sample article, factsheet.yml, .gitignore and the Pages workflow."""

from pathlib import Path

from .errors import FactsheetError

FILES = Path(__file__).resolve().parent / "new_project"
# (file in new_project/, where it goes in the project); kept under plain names in the package
# so that no dotfile or workflow folder has to survive packaging.
PROJECT_FILES = (
    ("factsheet.yml", "content/factsheet.yml"),
    ("gitignore", ".gitignore"),
    ("pages.yml", ".github/workflows/pages.yml"),
)
SAMPLE = ("sample.txt", "content/sources/riverton-bridge.txt")
SOURCES = Path("content", "sources")


def new_project(folder, version, empty=False):
    """Write a new project into folder (absent or empty); the paths written, in order.
    version: the release the Pages workflow installs."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise FactsheetError(folder, None, "already exists and is not empty; give a new folder")
    (folder / SOURCES).mkdir(parents=True, exist_ok=True)
    written = []
    for name, target in PROJECT_FILES + (() if empty else (SAMPLE,)):
        text = (FILES / name).read_text(encoding="utf-8").replace("FACTSHEET_VERSION", version)
        path = folder / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
