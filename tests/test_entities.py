"""People, organisations, places and quotes: found, spoken, merged across spellings (not from the seeds)."""

import html
import re
import shutil
from pathlib import Path

import pytest
import yaml

from builds import SEEDS, run_build
from generator.extract import extract_entities
from generator.extract.entities import alias_key, appositives, grammar, people_in, source_entities
from generator.merge import merge_entities
from generator.read import parse_source

THIRD_VERSION = Path(__file__).parent / "third_version"


def named(text):
    entities, quotes = extract_entities(parse_source("Title\n\n" + text, "t.txt"))
    return {(kind, name) for kind, name, *_ in entities}, [(q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize("spellings", [("Sergei", "Sergej", "Sergey"), ("Zelensky", "Zelenskyi", "Zelenskyy"),
                                       ("Kupyansk", "Kupiansk", "Kupjansk"), ("Nemchinova", "Nemchynova"),
                                       ("Andrei Turchak", "Andrey Turchak", "Andrej Turchak")])
def test_transliterations_share_one_alias_key(spellings):
    assert len({alias_key(s) for s in spellings}) == 1
    assert alias_key("Irina") != alias_key("Iryna Venediktova") and alias_key("Anna") != alias_key("Ann")


@pytest.mark.parametrize("text, speaker, words", [
    ("“We lost everything in one night,” said Maria Kovacs, a farmer from the valley.", "Maria Kovacs",
     "We lost everything in one night"),
    ("“The dam was never inspected,” Tomas Berg told reporters on Friday.", "Tomas Berg",
     "The dam was never inspected"),
    ("“Nobody warned us,” said her neighbour Pieter, who runs the bakery.", "Pieter", "Nobody warned us"),
    ("Mayor Lena Fischer said: “We will rebuild every house.”", "Lena Fischer", "We will rebuild every house"),
])
def test_quotes_get_their_speakers(text, speaker, words):
    people, quotes = named(text)
    assert quotes == [(speaker, words)]
    assert ("person", speaker) in people


def test_he_or_she_is_the_person_named_last_and_a_new_sentence_after_a_quote_is_no_attribution():
    _, quotes = named("Judge Amal Haddad adjourned the case.\n\n“The evidence is incomplete,” she said. "
                      "“We are disappointed.” Lawyers for the families left the court.")
    assert quotes[0] == ("Amal Haddad", "The evidence is incomplete")
    assert quotes[1][0] == "Amal Haddad"  # her quote goes on; the lawyers after it do not speak it


def test_organisations_are_not_places_and_two_people_sharing_a_first_name_stay_two():
    people, _ = named("Officers from Avon Police arrested Peter, 34, near Bristol. "
                      "“It was chaos,” said Peter Okafor, a driver.")
    assert ("organisation", "Avon Police") in people and ("place", "Bristol") in people
    assert {("person", "Peter"), ("person", "Peter Okafor")} <= people


def test_a_name_a_party_or_movement_marks_is_an_organisation_named_again_without_it():
    found, _ = extract_entities(parse_source(
        "Title\n\nThe leftist Kalimera party won 71 seats, while the far-right Dawnlight party got 18. "
        "With all ballots counted, Kalimera has 26.9% of the vote.\n\nThe Wahda movement said it would "
        "not take part.", "t.txt"))
    mentions = {name: len(anchors) for kind, name, anchors, _ in found if kind == "organisation"}
    assert mentions == {"Kalimera": 2, "Dawnlight": 1, "Wahda": 1}  # "Kalimera has": named again
    people, _ = named("Staff went to the Christmas party and the office party. The French party ended late. "
                      "A Sunday party was held.")
    assert not {name for kind, name in people if kind == "organisation"}


def test_a_name_with_words_describing_it_is_the_name_the_site_gives_alone():
    found = {}
    for n, text in enumerate(["The pro-bailout Socialist KALIMERA party came third.", "The KALIMERA party said so.",
                              "The European Central Bank and the Central Bank of Cyprus met."]):
        source = parse_source("Title\n\n" + text, f"s{n}.txt")
        found[source.id] = extract_entities(source)
    entities = merge_entities({i: f[0] for i, f in found.items()}, {i: f[1] for i, f in found.items()})
    names = {(e.name, e.aliases) for e in entities if e.kind == "organisation"}
    assert ("KALIMERA", ("Socialist KALIMERA",)) in names  # one party
    assert {"European Central Bank", "Central Bank of Cyprus"} <= {name for name, _ in names}  # two banks


def test_a_body_speaking_by_its_acronym_is_an_organisation_and_its_initials_name_it_again():
    found, _ = extract_entities(parse_source(
        "Title\n\nThe Nordic Energy Agency raised its forecast. The NEA said demand rose 4%. "
        "The CEO said little. The US said nothing. The TV was on.", "t.txt"))
    mentions = {name: len(anchors) for kind, name, anchors, _ in found if kind == "organisation"}
    assert mentions == {"Nordic Energy Agency": 2, "NEA": 1}  # "the NEA" is the agency named again
    entities = merge_entities({"a": found}, {"a": []})
    [agency] = [e for e in entities if e.kind == "organisation"]  # one body, by its full name
    assert (agency.name, agency.aliases, len(agency.mentions)) == ("Nordic Energy Agency", ("NEA",), 2)


def test_a_maker_that_speaks_is_no_person_but_a_lone_surname_that_speaks_is_one():
    people, quotes = named("Zentrix describes the phone as “modern and bold.” The Zentrix Nova 5 ships in May.")
    assert not any(kind == "person" for kind, _ in people)
    people, _ = named("“We were not told,” Okoro said. The Okoro family left for Lagos.")
    assert ("person", "Okoro") in people  # before a word in lower case: still the person's name
    people, _ = named("“We were not told,” Okoro said. Okoro told 5 reporters so.")
    assert ("person", "Okoro") in people


def test_a_credit_line_run_into_a_heading_names_the_person_alone():
    people, _ = named("The phone is fast.\n\nPhotography by Daniel Okafor\nThe Verdict\n\nWe liked it.")
    assert ("person", "Daniel Okafor") in people and not any("Verdict" in name for _, name in people)


def test_a_third_version_joins_the_seeds_facts_and_their_people(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "content" / "sources")
    shutil.copy(THIRD_VERSION / "003_wire_report.txt", tmp_path / "content" / "sources")
    run_build(tmp_path / "content", tmp_path / "site")
    merged = yaml.safe_load((tmp_path / "content" / "facts" / "_merged.yaml").read_text(encoding="utf-8"))["facts"]
    penalty = next(m for m in merged if m["kind"] == "penalty" and m["value"] == 15)
    assert penalty["sources"] == 3
    entities = tmp_path / "site" / "entities"
    turchak = [p for p in entities.glob("person-*turchak*.html")]
    assert len(turchak) == 1
    page = turchak[0].read_text(encoding="utf-8")
    spellings = {"Andrei Turchak", "Andrey Turchak", "Andrej Turchak"}
    assert all(spelling in page for spelling in spellings) and "Also written" in page
    assert len(list(entities.glob("person-serge*.html"))) == 1  # Sergei, Sergej, Sergey
    assert {p.name for p in entities.glob("person-alexander*.html")} == {"person-alexander.html",
                                                                        "person-alexander-sladkov.html"}
    index = (tmp_path / "site" / "entities.html").read_text(encoding="utf-8")
    assert index.count('href="entities/person-volodymyr-zelensk') == 1  # one person, three spellings


def test_a_place_before_a_grouped_number_is_no_person_with_an_age():
    assert people_in("In Vinnytsia, 13,679 people have been sheltered.") == []
    assert people_in("Irina Petrova, 44, said it was cold.") == ["Irina Petrova"]
    assert people_in("In Kyiv, Taras Bulba, 60, said so.") == ["Taras Bulba"]


def speakers(text):
    return [speaker for speaker, _ in named(text)[1]]


def people_named(text):
    return {name for kind, name in named(text)[0] if kind == "person"}


@pytest.mark.parametrize("text, speaker", [
    ("“The bridge will reopen in spring,” Governor Ruth Adeyemi wrote in a letter to residents.", "Ruth Adeyemi"),
    ("“Thank you to every volunteer tonight,” tweeted Mayor Oskar Lind.", "Oskar Lind"),
    ("Nadia Ferreira pledged that “no family will be left without a roof.”", "Nadia Ferreira"),
    ("“This valley will rise again,” Senator Yusuf Hale proclaimed from the steps.", "Yusuf Hale"),
    ("Professor Ilse Brandt described the dam as “a disaster waiting to happen for years.”", "Ilse Brandt"),
])
def test_the_usual_speech_verbs_name_a_speaker(text, speaker):
    assert speakers(text) == [speaker]


def test_a_quote_going_on_keeps_its_speaker_in_the_sentence_the_paragraph_and_the_next_paragraph():
    assert speakers("“The pumps failed at midnight,” said Tomas Ruiz, a night guard at the plant. "
                    "“By two the yard was a lake.”") == ["Tomas Ruiz", "Tomas Ruiz"]
    assert speakers("“We saw it coming,” said Vera Holm, adding that “nobody in the council would listen to us.”"
                    ) == ["Vera Holm", "Vera Holm"]
    assert speakers("Farmer Piet Claes looked at his fields. “Ten years of work are gone,” he said.\n\n"
                    "“And nobody will pay for the lost harvest.”") == ["Piet Claes", "Piet Claes"]
    # a sentence of the story between two quotes ends the first speaker's turn
    assert speakers("“The pumps failed at midnight,” said Tomas Ruiz, a night guard. The plant closed later. "
                    "“We will rebuild the yard.”") == ["Tomas Ruiz", None]


def test_he_or_she_is_never_someone_across_an_unnamed_speaker_and_keeps_to_their_gender():
    assert speakers("President Hugo Marin visited the camp. “We waited four days for water,” one volunteer said. "
                    "“It was never enough,” he said.") == [None, None]
    assert speakers("President Hugo Marin visited the camp. A nurse, Lea Novak, had worked all night. "
                    "“We ran out of bandages by noon,” she said.") == ["Lea Novak"]
    assert speakers("Mr Jonas Weber met Dr Sofia Lindqvist on Monday. Mr Weber left early. "
                    "“The results are clear,” she said.") == ["Sofia Lindqvist"]


@pytest.mark.parametrize("text, speaker", [
    ("“Forty boats are on their way,” the Interior Ministry said in a statement.", "Interior Ministry"),
    ("A Transport Ministry spokesman said: “Trains will not run before Friday.”", "Transport Ministry"),
    ("“We have no record of the shipment at all,” said a spokeswoman for the Customs Agency.", "Customs Agency"),
    ("In a statement, the Justice Ministry said: “The trial follows every rule of law.”", "Justice Ministry"),
])
def test_organisations_speak_through_statements_and_spokespeople(text, speaker):
    assert speakers(text) == [speaker]
    assert speaker not in people_named(text)


def test_unnamed_speakers_and_new_clauses_give_no_speaker():
    assert speakers("“He cares more about himself than the crisis,” one diplomat in Vienna said.") == [None]
    assert speakers("“It was a small club of friends,” the coach told reporters.") == [None]
    assert speakers("Rita Moss wrote that they were “a band of dreamers,” Karl Ek says that is wrong.") == ["Rita Moss"]


def test_countries_nationalities_and_buildings_are_never_people():
    people = people_named("The French say the river has not risen so fast since 1910. A Frenchman living near "
                          "the Elysee Palace said the streets were empty. The Chinese sent two ships. "
                          "“France will send divers,” said France's Foreign Minister Claire Dubois. "
                          "“Spain is ready,” Madrid said.")
    assert people == {"Claire Dubois"}


@pytest.mark.parametrize("text, name", [
    ("German Chancellor Klara Vogt said the talks would go on.", "Klara Vogt"),
    ("Secretary of State Ramon Ortiz said aid was coming.", "Ramon Ortiz"),
    ("Police chief Arnaud Brisset said three men were held.", "Arnaud Brisset"),
    ("“The levee held for forty years,” said Cmdr. Paul Deane of the river police.", "Paul Deane"),
    ("Transport Minister Datuk Seri Farid Hamzah opened the bridge.", "Farid Hamzah"),
    ("Deputy Spokesperson Helen Marsh took questions.", "Helen Marsh"),
    ("The key suspect, Tomasz Wielgus, was arrested on Wednesday.", "Tomasz Wielgus"),
    ("Bruno Salles, a former engineer at the yard, spoke first.", "Bruno Salles"),
    ("Tomas Berg and Ana Lund said the vote was lost.", "Ana Lund"),
])
def test_titles_and_roles_mark_people_and_stay_out_of_the_name(text, name):
    assert name in people_named(text)


def test_name_particles_are_whole_words_and_a_surname_alone_is_the_full_name_it_ends():
    people = people_named("President Emile Rochard spoke first. Rochard deemed the plan too costly. "
                          "Captain Lars van Dijk said the hull was intact. Van Dijk said he had hope. "
                          "Mayor Isabel de Souza agreed. De Souza said so twice.")
    assert people == {"Emile Rochard", "Lars van Dijk", "Isabel de Souza"}


def test_a_first_name_alone_joins_the_full_name_before_it_unless_introduced_as_someone_else():
    assert people_named("Police chief Khalid Osman said divers found debris. “We will go on,” Khalid said."
                        ) == {"Khalid Osman"}
    assert people_named("Reporter Alexander Weiss filed the story. “We left everything,” said Alexander, 44, "
                        "a welder.") == {"Alexander Weiss", "Alexander"}


def test_a_quote_split_by_its_attribution_keeps_its_speaker():
    assert speakers("“When the siren went,” said Ada Krol, a teacher, “we had two minutes to leave.”"
                    ) == ["Ada Krol", "Ada Krol"]


def test_the_ministry_is_the_one_ministry_the_source_names_and_according_to_names_a_speaker():
    text = ("The Interior Ministry sent divers to the lake. “Forty people are still missing,” the ministry said. "
            "“The water is too cold for anyone to last a night,” according to rescuer Jan Ek.")
    assert speakers(text) == ["Interior Ministry", "Jan Ek"]
    two = "The Interior Ministry and the Health Ministry met. “Forty people are still missing,” the ministry said."
    assert speakers(two) == [None]


def test_a_first_name_inside_a_full_name_is_no_mention_of_its_namesake():
    assert speakers("Alexander, 44, a welder, left first. Reporter Alexander Weiss filed the story on Monday. "
                    "“We saw the convoy at dawn,” he said.") == ["Alexander Weiss"]


def test_a_paragraph_opening_on_a_quote_carries_only_the_speaker_that_closed_the_one_before():
    assert speakers("Mayor Ines Calloway spoke at noon. She said: “The water is still rising.” Then she left.\n\n"
                    "“Nobody may go back tonight.”") == ["Ines Calloway", None]


@pytest.mark.parametrize("text, speaker", [
    ("The Harbour Authority issued a statement on Sunday. “No ship may enter the bay tonight,” the statement said.",
     "Harbour Authority"),
    ("In a statement, the Water Ministry said the wells were safe. “Every sample was clean,” the statement added.",
     "Water Ministry"),
    ("Mayor Ines Calloway said in a statement that schools would shut.\n\n“Parents should keep children at home "
     "until Monday,” the statement said.", "Ines Calloway"),
    ("A spokesman for the Rail Agency spoke on Monday. “Trains will run again by noon,” the spokesman said.",
     "Rail Agency"),
])
def test_the_statement_is_by_whoever_put_out_the_statement_named_before(text, speaker):
    assert speakers(text) == [speaker]


def test_a_statement_nobody_is_named_as_putting_out_has_no_speaker():
    assert speakers("“No ship may enter the bay tonight,” the statement said.") == [None]
    assert speakers("A statement was read out at noon. “No ship may enter the bay tonight,” the statement said."
                    ) == [None]
    # the last statement named is not the Harbour Authority's: no speaker rather than a wrong one
    assert speakers("The Harbour Authority issued a statement. Later a second statement was posted on the gate. "
                    "“The bay is closed,” the statement said.") == [None]


@pytest.mark.parametrize("text, speaker", [
    ("Marta Quell, the Green Union leader, met the envoy. “We want a vote within a month,” the Green Union "
     "leader told reporters.", "Marta Quell"),
    ("The leader of the Green Union, Marta Quell, met the envoy. “We want a vote within a month,” said the "
     "Green Union leader.", "Marta Quell"),
    ("Shop owner Teodor Vial closed early. “No bread is left after the storm,” the shop owner said.",
     "Teodor Vial"),
    ("Farm Minister Olga Brandt toured the fields. “The harvest is lost in the south,” the farm minister said.",
     "Olga Brandt"),
])
def test_a_role_stands_for_the_one_person_the_article_names_with_it(text, speaker):
    assert speakers(text) == [speaker]


def test_a_role_two_people_share_or_one_said_more_loosely_names_no_one():
    assert speakers("Mayor Tomas Hild and Mayor Lena Rask met. “We will rebuild the bridge,” the mayor said."
                    ) == [None]
    assert speakers("Governor Ada Vinter and Northern Governor Kurt Pahl met. “The road opens in May,” the "
                    "governor said.") == [None]
    # "a local farmer" is not enough for "the farmer": another farmer may speak
    assert speakers("Ana Reyes, a local farmer, lost her crops. “The river rose in one night,” the farmer said."
                    ) == [None]


def test_a_role_standing_for_a_person_lets_he_or_she_stand_for_them_next():
    assert speakers("Marta Quell, the Green Union leader, met the envoy. “We want a vote within a month,” the "
                    "Green Union leader said. “Then we will talk,” she added.") == ["Marta Quell", "Marta Quell"]


def test_a_place_or_a_name_is_its_whole_name_with_the_particles_inside():
    found, _ = named("Fans fled the Stade de France on Friday. Divers flew in from Rio de Janeiro. "
                     "Jean de la Fontaine, 61, said the square was empty.")
    assert ("place", "Rio de Janeiro") in found and ("place", "Rio") not in found
    assert {name for kind, name in found if kind == "person"} == {"Jean de la Fontaine"}
    assert not any(name in ("Stade", "Fontaine", "Stade de France") for _, name in found)


def roles_of(text):
    """{person: [role, ...]} as one article gives them."""
    entities, _ = extract_entities(parse_source("Title\n\n" + text, "t.txt"))
    return {name: [role for _, role in roles] for kind, name, _, roles in entities if kind == "person"}


@pytest.mark.parametrize("text, name, role", [
    ("Police chief Khalid Abu Bakar said the search would go on.", "Khalid Abu Bakar", "Police chief"),
    ("Officers are looking for the key suspect, Salah Abdeslam, across Europe.", "Salah Abdeslam", "key suspect"),
    ("“We lost everything,” said Maria Kovacs, a local farmer.", "Maria Kovacs", "local farmer"),
    ("German Chancellor Angela Merkel arrived on Monday.", "Angela Merkel", "German Chancellor"),
    ("Bob Hart, the head of Police Scotland, said the roads were closed.", "Bob Hart", "head of Police Scotland"),
    ("Secretary of State John Kerry said no deal was near.", "John Kerry", "Secretary of State"),
    ("Peter Okafor, 34, a driver, saw the crash.", "Peter Okafor", "driver"),
])
def test_a_persons_role_is_read_as_the_article_writes_it_and_stays_out_of_the_name(text, name, role):
    assert roles_of(text)[name] == [role]


def test_a_courtesy_title_or_someone_elses_role_is_no_role():
    roles = roles_of("George Kirtsos, a classmate of Mr. Samaras, said it. Mr. Samaras smiled. "
                     "Douglas Carswell, who accused Chancellor George Osborne of folly, left.")
    assert roles["George Kirtsos"] == ["classmate of Mr. Samaras"]
    assert roles["Samaras"] == [] and roles["Douglas Carswell"] == []
    assert roles["George Osborne"] == ["Chancellor"]


PEOPLE_PAGES = {
    "a.txt": "---\ntitle: Dam breaks above the valley\npublisher: Valley Post\n---\n\n"
             "The dam broke on Sunday and 120 homes were flooded, said Police chief Khalid Abu Bakar.\n\n"
             "“We lost everything in one night,” said Maria Kovacs, a local farmer.\n\n"
             "Abu Bakar said divers were searching the river. Mayor Lena Fischer visited the shelter.",
    "b.txt": "---\ntitle: Valley counts the cost\npublisher: Daily Wire\n---\n\n"
             "Police chief Khalid Abu Bakkar said 120 homes were flooded.\n\n"
             "“The dam was never inspected,” said Lena Fischer, the town's mayor. "
             "Ana Diaz, a nurse, treated 14 people. Abu Bakkar thanked the volunteers.",
}


def test_a_persons_page_shows_their_roles_spellings_quotes_and_facts_and_the_index_puts_the_most_named_first(
        tmp_path):
    (tmp_path / "in" / "sources").mkdir(parents=True)
    for name, text in PEOPLE_PAGES.items():
        (tmp_path / "in" / "sources" / name).write_text(text, encoding="utf-8")
    run_build(tmp_path / "in", tmp_path / "out")
    entities = tmp_path / "out" / "entities"
    chief = (entities / "person-khalid-abu-bakar.html").read_text(encoding="utf-8")
    main = chief[chief.index("<main"):]
    assert "Police chief" in main and "Valley Post" in main and "Daily Wire" in main  # the role and who gives it
    assert "Police chief Khalid" not in main[:main.index("</h1>")]  # the role stays out of the name
    assert "Also written" in main and "Khalid Abu Bakkar" in main  # every spelling seen
    assert re.search(r'href="[^"]*facts/[^"]*">120 homes<', main)  # the fact his sentence gives
    farmer = (entities / "person-maria-kovacs.html").read_text(encoding="utf-8")
    assert "local farmer" in farmer and "We lost everything in one night" in farmer
    assert "Dam breaks above the valley" in farmer  # the quote's source
    mayor = (entities / "person-lena-fischer.html").read_text(encoding="utf-8")
    roles = html.unescape(mayor[mayor.index('<ul class="roles"'):mayor.index("</ul>")])
    assert "town's mayor" in roles and "Valley Post" in roles and "Daily Wire" in roles  # "Mayor" is this role
    index = (tmp_path / "out" / "entities.html").read_text(encoding="utf-8")
    people = index[index.index('id="kind-person"'):]
    people = people[:people.index("</section>")]
    order = re.findall(r'href="entities/person-([\w-]+)\.html"', people)
    # 4, 2, 1 and 1 mentions; then by name
    assert order == ["khalid-abu-bakar", "lena-fischer", "ana-diaz", "maria-kovacs"]


def quoted(text):
    return [(speaker, words) for speaker, words in named(text)[1]]


def test_single_quotation_marks_and_a_quote_going_on_over_paragraphs_are_quotes():
    text = ("Mr Carl Moss, MP for Dunmore, told The Herald: 'The council has given us cast-iron assurances.\n\n"
            "'Now they've been caught out trying to sneak the plan through.\n\n"
            "'This money could be funding the workers' pay or more police on our streets.'\n\n"
            "Student Ana Diaz, 23, added: ‘The future here has been erased, and nobody’s sorry.’")
    assert quoted(text) == [
        ("Carl Moss", "The council has given us cast-iron assurances"),
        ("Carl Moss", "Now they've been caught out trying to sneak the plan through"),
        ("Carl Moss", "This money could be funding the workers"),  # a plural possessive closes it: no more
        ("Ana Diaz", "The future here has been erased, and nobody’s sorry")]
    # apostrophes and possessives are no quotes
    assert quoted("The Greeks' anger and the banks' losses grew, and 'rock 'n' roll' was banned in the town.") == []


def test_guillemets_and_low_quotation_marks_are_quotes():
    assert [w for _, w in quoted("Der Bürgermeister Jan Kraus sagte: „Wir bauen jedes Haus wieder auf.“")] \
        == ["Wir bauen jedes Haus wieder auf"]
    assert [w for _, w in quoted("«Мы никогда не вернёмся сюда», — сказал Сергей.")] == ["Мы никогда не вернёмся сюда"]
    assert quoted("“We will rebuild,” said Mayor Lena Fischer. «The money is there,» she said.") \
        == [("Lena Fischer", "We will rebuild"), ("Lena Fischer", "The money is there")]


def test_a_quote_paragraph_goes_on_with_who_spoke_last_in_the_paragraph_before_past_the_pages_furniture():
    text = ("Mr Tomas Berg said his party would remain in opposition, as it had “other priorities”.\n"
            "Jump media player\nMedia player help\nOut of media player. Press enter to return or tab to continue.\n"
            "Media caption Leaders welcomed the results\n\n"
            "“The role of a strong opposition is to intervene in a powerful way.”")
    assert quoted(text)[-1] == ("Tomas Berg", "The role of a strong opposition is to intervene in a powerful way")
    assert speakers("Here's how Ana Diaz recalls what happened next:\n\n“On the way down, we saw a figure on the road.”") \
        == ["Ana Diaz"]
    # no speech in the paragraph before, a speaker of its own unread, or no one named: no speaker
    assert speakers("Mayor Lena Fischer visited the camp.\n\n“We waited four days for water.”") == [None]
    assert speakers("Lena Fischer said the camp was full.\n\n“We waited four days for water,” one of them told us.") \
        == [None]
    assert speakers("They said the camp was full.\n\n“We waited four days for water.”") == [None]
    # a common noun opening a sentence, written in lower case elsewhere, names no one
    assert speakers("Officials said the camp was full; other officials disagreed.\n\n“We waited four days.”") == [None]
    assert speakers("“We waited four days for water,” Residents said. Most residents left.") == [None]


def test_the_third_versions_quotes_have_their_speakers():
    source = parse_source((THIRD_VERSION / "003_wire_report.txt").read_text(encoding="utf-8"), "003_wire_report.txt")
    entities, quotes = extract_entities(source)
    assert [(q.speaker, q.text[:16]) for q in quotes] == [("Andrej Turchak", "The fact is obvi"),
                                                           ("Sergei", "You should have ")]
    assert {name for kind, name, *_ in entities if kind == "person"} >= {"Andrej Turchak", "Sergei",
                                                                         "Volodymyr Zelenskyy"}


@pytest.mark.parametrize("text, person", [
    ("Unlike Walter Brennick, the council never tried to hide the report.", "Walter Brennick"),
    ("The twins, Susan “Pip” Holloway and Gretchen “Bee” Marlow, were born hours apart.", "Gretchen Marlow"),
    ("The twins, Susan “Pip” Holloway and Gretchen “Bee” Marlow, were born hours apart.", "Susan Holloway"),
    ("The crowd later met Madelyn Tressler at the harbour.", "Madelyn Tressler"),
])
def test_a_full_name_whose_first_word_is_a_given_name_is_a_person(text, person):
    assert person in people_named(text)


@pytest.mark.parametrize("text, not_person", [
    ("The far-right Golden Dawn party won seats, and Golden Dawn gained votes.", "Golden Dawn"),
    ("Shares of Owens Brackley (OB.N) fell.", "Owens Brackley"),
    ("Students drove from the plains to the West Coast and on to Hawaii.", "West Coast"),
    ("A woman voted. Credit John Kolesar/Reuters", "John Kolesar"),
    ("“We walked up the hill and saw Stevie Wonderly there,” the book says.", "Stevie Wonderly"),
    ("He was a Willy Lomax-style salesman.", "Willy Lomax-style"),
    ("He visited Pearl Harbor in June.", "Pearl Harbor"),
    ("His mother, S. Ann Soetorova, wrote the book.", "Ann Soetorova"),
])
def test_a_given_name_alone_makes_no_person_of_what_else_says_is_none(text, not_person):
    assert not_person not in people_named(text)


def test_a_given_name_starting_like_another_of_the_same_surname_makes_no_second_page():
    people = people_named("Barrett Holm spoke first. Later Barry Holm left the room quietly.")
    assert "Barry Holm" not in people


def test_a_nickname_in_a_name_counts_its_mentions():
    entities, _ = extract_entities(parse_source("Title\n\nThe twins, Susan “Pip” Holloway and Gretchen "
                                                "“Bee” Marlow, were born hours apart.", "t.txt"))
    anchors = {name: anchors for kind, name, anchors, *_ in entities if kind == "person"}
    assert anchors["Susan Holloway"] and anchors["Gretchen Marlow"]


@pytest.mark.parametrize("text, speaker", [
    # the statement's own words name its author; a quote spoken in the same statement before shares it
    ("The transport ministers met in Lisbon. In a statement on Friday they said the deal “should allow a new "
     "rail fund to start this year.”\n\nThe ministers will meet again in June. “The Rail Forum welcomes the "
     "progress made by the member states,” the statement said.", "Rail Forum"),
    ("A statement was read out at noon. “The Harbour Board firmly rejects every claim about the fees,” "
     "the statement said.", "Harbour Board"),
])
def test_a_statement_no_attribution_names_is_by_the_body_its_own_words_name(text, speaker):
    assert set(speakers(text)) == {speaker}
    assert speaker not in people_named(text)
    # a report writes of others in the present as often: its words name no author
    assert speakers("In a report on Monday, analysts said “The Fed raises rates too slowly for the markets.”"
                    ) == [None]


def test_an_unnamed_spokesman_speaks_for_the_body_the_sentence_before_has_speak_and_over_paragraphs():
    text = ("But the Harbour Office rejects the claims, saying the fee was set in 2009.\n\nA spokesman told the "
            "paper: 'This gets the facts wrong on the fee and the port.\n\n'The fee was agreed by every port in "
            "April, before the storm.'")
    assert speakers(text) == ["Harbour Office", "Harbour Office"]
    assert "Harbour Office" not in people_named(text)
    assert speakers("Ana Diaz met the mayor. A spokeswoman said: “The wells are clean again and safe to drink.”"
                    ) == [None]
    # a spokesman's words naming a body are no statement of that body's
    assert speakers("A spokesman told the paper: “The Government totally rejects these claims.”") == [None]


@pytest.mark.parametrize("text, expected", [
    ("Ana Diaz, 54, a teacher, was angry. “We want somebody from our town to run the school.”", ["Ana Diaz"]),
    ("Ana Diaz, 54, a teacher, came to the rally.\n\n“We want somebody from our town to run the school.”",
     ["Ana Diaz"]),
    # the sentence before has her speak, a name outside the quotes after her words aside
    ("Ana Diaz, 54, a teacher, said she voted for the Greens. The vote, she said, was “a warning to the capital” "
     "and to Mayor Tomas Berg. “We want somebody from our town to run the school.”", ["Ana Diaz", "Ana Diaz"]),
    ("Mayor Tomas Berg was calm. He looked at the river. “The dam will hold until the spring.”", ["Tomas Berg"]),
])
def test_a_quote_standing_alone_is_who_the_sentence_before_has_speak_or_opens_on(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text", [
    "Police arrested Tomas Berg, 41, on Monday. “He is a danger to everyone in this town.”",  # no subject
    "Ana Diaz and Tomas Berg were angry. “We want somebody from our town to run the school.”",  # two
    "Ana Diaz's plan angered the crowd. “We want somebody from our town to run the school.”",  # whose, not who
    "Ana Diaz, 54, was angry. “We want somebody from our town,” the crowd chanted.",  # the sentence goes on
    "Ana Diaz, 54, was angry. “We want somebody from our town.” Tomas Berg said the school would close.",
    "Ana Diaz came to the rally.\n\n“We want somebody from our town to run the school.”",  # not introduced
])
def test_a_quote_standing_alone_takes_no_one_the_sentence_before_does_not_make_its_speaker(text):
    assert speakers(text)[0] is None


@pytest.mark.parametrize("text, expected", [
    ("Tomas Berg was blunt: “We will not pay for the broken dam.”", ["Tomas Berg"]),
    ("Tomas Berg said the dam was safe. The message was clear: “We will not pay for the broken dam again.”",
     ["Tomas Berg"]),
    ("Tomas Berg said the dam was safe. The report was clear: “We will not pay for the broken dam again.”",
     [None]),  # a document's words, no one's speaking before
    ("Tomas Berg said the dam was safe. The statement was clear: “We will not pay for the broken dam again.”",
     [None]),
    ("Tomas Berg said the dam was safe. The council's statement was clear: “We will not pay for the dam again.”",
     [None]),
    ("“The pumps are old,” explains Ana Diaz. Here is how it works: if the river rises in the night, “the pumps "
     "cannot keep up and the yard floods by morning.”", ["Ana Diaz", "Ana Diaz"]),
])
def test_a_colon_introduces_the_words_of_the_sentences_subject_or_of_who_spoke_just_before(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, speaker", [
    ("The Green Union lawmakers who marched on Sunday said they wanted “a fair vote for everyone in town”.",
     "Green Union"),
    ("Mayor Tomas Berg met Ana Diaz. “We want a budget now for everyone,” said the Green Union lawmakers.",
     "Green Union"),
    ("“We want a budget now for everyone,” said the Athens officials.", None),  # a place
    ("Mayor Tomas Berg spoke. The Berg officials said: “We were lied to about the dam.”", None),  # a person
    # the voters speak, not the mayor they backed
    ("Many voters who backed Mayor Ana Diaz said: “We were lied to about the dam.”", None),
    # a relative clause whose own subject speaks: "locals who she said were …"
    ("Ms. Ana Diaz, 44, described them as locals who she said were “just trying to survive.”", "Ana Diaz"),
    ("Ilse Brandt describes the dam as “a disaster waiting to happen for years.”", "Ilse Brandt"),
])
def test_a_subject_is_read_past_its_relative_clause_and_a_bodys_members_speak_for_it(text, speaker):
    assert speakers(text) == [speaker]


def test_the_leader_of_a_body_is_the_one_person_the_article_ties_to_it():
    text = ("Mayor Tomas Berg met Ana Diaz, whose Green Union party came second.\n\n“The town needs a budget right "
            "away,” the Green Union leader told reporters.")
    assert speakers(text) == ["Ana Diaz"] and "Ana Diaz" in people_named(text)
    # someone else holds a role of that body: the leader may be another
    assert speakers("Mayor Tomas Berg met Ana Diaz, whose Green Union party came second. Lena Fischer, the Green "
                    "Union spokeswoman, was there.\n\n“The town needs a budget right away,” the Green Union "
                    "leader told reporters.") == [None]


def test_statements_standing_quotes_and_bodies_take_linear_time_in_one_long_paragraph():
    from test_linear import assert_linear, entities
    turn = ("In a statement they said the deal “should allow a new fund{i} to start.” The Rail Forum{i} welcomes "
            "it. “The Rail Forum{i} welcomes the progress made,” the statement said. Ana Diaz{i}, 54, was angry. "
            "“We want somebody from our town.” Tomas Berg{i} was blunt: “We will not pay for it.” The Green "
            "Union{i} lawmakers who marched said they wanted “a fair vote for everyone”. ")
    assert_linear(entities, lambda n: "Title\n\n" + "".join(turn.format(i=chr(97 + i % 26)) for i in range(n)) + "\n",
                  40)


@pytest.mark.parametrize("text, speaker", [
    ("“Once again, the harbour is being used as a lever against the town.”\n\n—Harbour Mayor Ilse Brandt\n\n"
     "Riots broke out at noon.", "Ilse Brandt"),
    ("“The harbour is being used as a lever against the town,” — Mayor Ilse Brandt, on Sunday.", "Ilse Brandt"),
    ("“The harbour is being used as a lever against the town.”\n\n— The French government", None),
    ("“The harbour is being used as a lever against the town.”\n\nRiots — Ilse Brandt saw them — broke out.", None),
])
def test_a_pull_quote_is_by_whom_the_dash_after_it_names(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, name", [
    ("Diaz met Diaz-Lopez and O'Diaz; Diaz_x, Diazz, Diaz.", "Diaz"),
    ("Ana Diaz, ana diaz, Ana Diaz’s plan (Ana Diaz)", "Ana Diaz"),
    ("ДиазДиаз Диаз, -Диаз Диаз1", "Диаз"),
])
def test_a_name_is_found_whole_as_the_pattern_for_it_finds_it(text, name):
    from generator.extract.entities import whole_name_starts
    pattern = rf"(?<![\w’'-]){re.escape(name)}(?![\w-])"
    assert list(whole_name_starts(text, name)) == [m.start() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("sentence", [
    "Ana Diaz, the mayor, said the road was closed.",
    "The town's mayor, Ana Diaz, said so.",
    "Ana Diaz, the mayor's deputy, said so.",
    "Ana Diaz, 44, a president-elect of the union, spoke.",
    "Ana Diaz, a Green Union spokeswoman, said the vote was lost.",
    "Ana Diaz, whose farm flooded, said she would stay.",
    "In Kyiv, Lviv and Odesa, the trains ran late.",
])
def test_the_cheap_test_before_the_apposition_pattern_never_hides_one(sentence):
    people = grammar("en")
    assert [m[0] for m in appositives(sentence, people)] == [m[0] for m in people.appositive.finditer(sentence)]


def test_an_apposition_is_looked_for_only_where_a_role_may_stand():
    people = grammar("en")
    assert list(appositives("In Kyiv, Lviv and Odesa, the trains ran late.", people)) == []
    assert [m["name"] for m in appositives("Ana Diaz, the mayor, said so.", people)] == ["Ana Diaz"]


def test_a_place_many_sources_name_lists_those_naming_it_most_and_leads_to_the_search(tmp_path, monkeypatch):
    """Past ENTITY_SOURCES_SHOWN sources, an entity page lists the sources that name it most
    (a place every article names would list thousands) and says how many there are."""
    monkeypatch.setattr("generator.render.ENTITY_SOURCES_SHOWN", 2)
    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    naming = {"a": 1, "b": 3, "c": 2, "d": 3}  # how many sentences of each name Kharkiv
    for name, times in naming.items():
        text = " ".join(f"Shelling hit Kharkiv on day {n + 1}, officials in Kharkiv said." if n == 0 else
                        f"Residents of Kharkiv waited for news {n} times." for n in range(times))
        (sources / f"{name}.md").write_text(f"---\ntitle: Report {name}\n---\n{text}\n", encoding="utf-8")
    run_build(tmp_path / "content", tmp_path / "site")
    page = (tmp_path / "site" / "entities" / "place-kharkiv.html").read_text(encoding="utf-8")
    listed = re.findall(r'<li><a href="../sources/(\w)\.html#[^"]+">', page.split('class="mentions"')[1])
    assert listed == ["b", "d"]  # the most naming first; of two alike, the first in reading order
    assert "in 4 sources." in page
    assert ('The 2 sources that name Kharkiv most, of 4 sources; <a href="../search.html?q=Kharkiv">'
            "search for Kharkiv</a> to find more.") in page


def test_an_entity_named_in_few_sources_lists_them_all_in_reading_order(tmp_path):
    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    for name, times in {"a": 1, "b": 3}.items():
        text = " ".join(f"Residents of Kharkiv waited for news {n + 1} times." for n in range(times))
        (sources / f"{name}.md").write_text(f"---\ntitle: Report {name}\n---\n{text}\n", encoding="utf-8")
    run_build(tmp_path / "content", tmp_path / "site")
    page = (tmp_path / "site" / "entities" / "place-kharkiv.html").read_text(encoding="utf-8")
    assert re.findall(r'<li><a href="../sources/(\w)\.html#', page.split('class="mentions"')[1]) == ["a", "b"]
    assert "name Kharkiv most" not in page and "in 2 sources." in page


@pytest.mark.parametrize("text", [
    "Troops retook the ground around Vorlen, the general staff said.",
    "Fighting eased near Dravik on Monday, the general staff says.",
])
def test_a_name_before_a_role_word_that_opens_a_speaking_body_is_no_person(text):
    """'X, the general staff said': "general" describes the staff that speaks, no role of X's."""
    assert people_in(text) == []


def test_a_role_many_sources_give_names_the_first_and_counts_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr("generator.render.ROLE_SOURCES_NAMED", 2)
    (tmp_path / "in" / "sources").mkdir(parents=True)
    for n, paper in enumerate(["Valley Post", "Daily Wire", "Hill Times", "River News"]):
        (tmp_path / "in" / "sources" / f"s{n}.md").write_text(
            f"---\ntitle: Report {n}\npublisher: {paper}\n---\nLena Fischer, the town's mayor, opened the bridge.\n",
            encoding="utf-8")
    run_build(tmp_path / "in", tmp_path / "out")
    page = (tmp_path / "out" / "entities" / "person-lena-fischer.html").read_text(encoding="utf-8")
    roles = re.sub(r"<[^>]+>", "", html.unescape(page[page.index('<ul class="roles"'):page.index("</ul>")]))
    assert "town's mayor (Valley Post, Daily Wire and 2 more)" in roles


@pytest.mark.parametrize("text, role", [
    ("The talks were led by Tom Smith, the general manager.", "general manager"),
    ("Tom Smith, the general manager of Acme, said no.", "general manager of Acme"),
])
def test_a_role_word_before_another_describes_it_and_the_role_is_both(text, role):
    [(kind, name, _, roles)] = [e for e in source_entities(parse_source(f"---\ntitle: t\n---\n{text}\n", "s.md"))[0]
                                if e[0] == "person"]
    assert (name, [r for _, r in roles]) == ("Tom Smith", [role])


def test_words_many_sources_print_name_the_first_on_a_persons_page_and_count_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr("generator.render.QUOTE_SOURCES_NAMED", 2)
    (tmp_path / "in" / "sources").mkdir(parents=True)
    for n in range(4):
        (tmp_path / "in" / "sources" / f"s{n}.md").write_text(
            f"---\ntitle: Report {n}\n---\n“The water came in the night,” said Mayor Lena Fischer.\n", encoding="utf-8")
    run_build(tmp_path / "in", tmp_path / "out")
    page = (tmp_path / "out" / "entities" / "person-lena-fischer.html").read_text(encoding="utf-8")
    caption = re.sub(r"<[^>]+>", "", re.search(r"<figcaption>(.*?)</figcaption>", page, re.S)[1])
    assert caption == "Word for word in 4 sources: Report 0; Report 1; and 2 more"
