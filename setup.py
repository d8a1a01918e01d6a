"""Build step: the wheel carries lunr.js, copied from the npm package (node_modules/lunr) as it is built."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

# lunr.js is third-party code from npm (package.json, package-lock.json): it is never
# committed, only copied into what is built, with its licence beside it. The sdist carries
# the same two files at the same paths (MANIFEST.in), so a wheel built from it has them too.
LUNR = Path("node_modules", "lunr")
SHIPPED = {"lunr.min.js": "lunr.min.js", "LICENSE": "lunr.LICENSE"}  # node_modules/lunr name -> generator/search name
# lunr-languages' stemmers (generator/search/stemming.py), the same way, into generator/search/lunr-languages/
LUNR_LANGUAGES = Path("node_modules", "lunr-languages")
SHIPPED_LANGUAGES = {Path("min", name): name for name in ("lunr.stemmer.support.min.js", "lunr.de.min.js",
                                                            "lunr.fr.min.js", "lunr.ru.min.js")} | {Path("LICENSE"): "LICENSE"}


class BuildWithLunr(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):  # an editable install reads the checkout's node_modules in place
            return
        target = Path(self.build_lib, "generator", "search")
        for name, shipped in SHIPPED.items():
            if not (LUNR / name).is_file():
                raise SystemExit(f"error: {LUNR / name} is missing: run `npm ci` before building the package")
            shutil.copyfile(LUNR / name, target / shipped)
        (target / "lunr-languages").mkdir(exist_ok=True)
        for name, shipped in SHIPPED_LANGUAGES.items():
            if not (LUNR_LANGUAGES / name).is_file():
                raise SystemExit(f"error: {LUNR_LANGUAGES / name} is missing: run `npm ci` before building the package")
            shutil.copyfile(LUNR_LANGUAGES / name, target / "lunr-languages" / shipped)


setup(cmdclass={"build_py": BuildWithLunr})
