"""Quotes and speakers take time linear in the text, even in one long paragraph (issue 35)."""

from test_linear import assert_linear, entities


def test_many_quotes_and_pronouns_in_one_paragraph():
    turn = ("Mayor Ana Diaz{i} spoke. “We will rebuild the school,” she said. “It will take a year.” "
            "An official, Tomas Berg{i}, said: “The money is there.” Mr. Berg{i} left, adding that "
            "“nobody will be forgotten here.” ")
    assert_linear(entities, lambda n: "Title\n\n" + "".join(turn.format(i=chr(97 + i % 26)) for i in range(n)) + "\n", 60)


def test_many_speech_verbs_and_names_in_one_paragraph():
    assert_linear(entities, lambda n: "Title\n\n" + "Ana Diaz said, Tomas Berg told, and officials said. " * n + "\n",
                  300)


def test_many_statements_and_roles_standing_for_their_authors_in_one_paragraph():
    turn = ("The Water Agency{i} issued a statement. “The wells are clean again,” the statement said. "
            "Ana Diaz{i}, the Green Union leader, spoke. “We want a vote soon,” the Green Union leader said. ")

    def text(n):
        return "Title\n\n" + "".join(turn.format(i=chr(97 + i % 26)) for i in range(n)) + "\n"
    assert_linear(entities, text, 60)
