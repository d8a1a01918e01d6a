"""What every page carries besides its content: the search box's example, the favicon, titles."""

import re

from builds import build_one_article, build_seeds

FLOODS = ("Floods hit Riverton\n\nMore than 2,500 people were evacuated from the town of Riverton overnight, "
          "Mayor Jane Holt said.\n\nThe river rose by 3 metres in six hours.\n")


def placeholders(site):
    """{page: the search box's placeholder} of every page of a built site."""
    return {page.relative_to(site).as_posix(): re.search(r'<input id="q"[^>]* placeholder="([^"]*)"',
                                                         page.read_text(encoding="utf-8"))[1]
            for page in site.rglob("*.html")}


def test_the_search_box_suggests_the_sites_own_top_figure_and_place(tmp_path):
    _, seeds = build_seeds(tmp_path / "seeds")
    assert set(placeholders(seeds).values()) == {"1,400 or Belgorod"}
    build_one_article(tmp_path / "floods", "floods.txt", FLOODS)
    assert set(placeholders(tmp_path / "floods" / "out").values()) == {"2,500 or Riverton"}


def test_without_a_figure_the_search_box_names_a_place_or_suggests_nothing_in_particular(tmp_path):
    build_one_article(tmp_path / "place", "visit.txt", "A visit\n\nThe minister visited the town of Riverton.\n")
    assert set(placeholders(tmp_path / "place" / "out").values()) == {"Riverton"}
    build_one_article(tmp_path / "none", "quiet.txt", "A quiet day\n\nNothing happened and nobody said so.\n")
    assert set(placeholders(tmp_path / "none" / "out").values()) == {"a figure, a place or a name"}
