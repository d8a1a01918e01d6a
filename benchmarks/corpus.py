"""A deterministic corpus of news articles on one long story, for the benchmarks.

Each article has front matter (headline, publisher, author, date) and 600 to 1,200 words:
reports of events that several outlets cover (the same figure, or now and then another),
people named with their role and quoted, places, money, shares, areas, ages and durations,
among plain sentences drawn from a vocabulary of some thousands of words (names and streets
are made from syllables, as a long story's long tail of names is). The same seed gives the
same corpus, so figures compare across commits; it is generated, never committed.
"""

import random

PLACES = ["Kharkiv", "Kyiv", "Odesa", "Lviv", "Dnipro", "Belgorod", "Kherson", "Mykolaiv", "Sumy", "Poltava",
          "Izium", "Balakliia", "Kupiansk", "Zaporizhzhia", "Chernihiv", "Vinnytsia", "Bakhmut", "Lyman"]
FIRST = ["Olena", "Taras", "Iryna", "Mykola", "Anna", "Serhiy", "Maria", "Oleksandr", "Natalia", "Dmytro",
         "Sarah", "James", "Vitaliy", "Yulia", "Andriy", "Kateryna", "Pavlo", "Svitlana"]
SYLLABLES = ["ko", "va", "len", "shev", "chen", "ro", "ma", "li", "dan", "pet", "yar", "sko", "bo", "hor",
             "zin", "tal", "mir", "nyk", "ve", "dro"]
ROLES = ["the regional governor", "the mayor", "a police spokesman", "an aid worker", "a local teacher",
         "the head of the military administration", "a volunteer driver", "a hospital doctor", "a resident"]
PUBLISHERS = ["The Daily Ledger", "Kyiv Wire", "Border Post", "Evening Courier", "Regional Review"]
NOUNS = ["people", "families", "children", "homes", "volunteers", "buses", "soldiers", "residents", "patients",
         "schools", "apartments", "vehicles", "pensioners", "refugees", "workers"]
VERBS = ["evacuated", "housed", "registered", "moved", "treated", "sheltered", "relocated", "counted"]
SUBJECTS = ["the convoy", "the shelter", "the council", "the aid agency", "the railway", "the hospital",
            "the school", "the bridge", "the market", "the power station", "the water plant", "the depot"]
PREDICATES = ["reopened after repairs", "stayed closed for a second day", "was damaged overnight",
              "asked for more blankets and generators", "handed out food parcels", "ran late because of shelling",
              "was inspected by engineers", "received a delivery of medicine", "ran on backup power",
              "turned people away once it was full", "posted new timetables at the entrance"]
MOODS = ["calm", "tense", "difficult", "uncertain", "hopeful", "exhausting", "quiet", "chaotic"]
QUOTES = ["We are doing everything we can, but the need is enormous",
          "Nobody expected the roads to be this bad",
          "People are tired and cold, and they want to go home",
          "The first buses left before dawn",
          "We will rebuild every school that was hit",
          "There is still no water in the northern districts"]

# What a reader of this story would type: places, what was counted, a figure as written and
# as typed, people, and words of the plain sentences.
QUERIES = ["Kharkiv", "evacuated", "5,658", "2500", "families Sumy", "governor", "power station", "detained prison",
           "Kateryna", "bridge repairs", "calm"]


def made_name(rng, syllables=3):
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def person(rng):
    return f"{rng.choice(FIRST)} {made_name(rng)}{rng.choice(['ko', 'enko', 'uk', 'ova', 'ych'])}"


def story_events(rng, count=300):
    """What the story's outlets report: each event a place, a figure and what it counts."""
    return [(rng.choice(PLACES), rng.choice([rng.randint(2, 99), rng.randint(100, 20000)]), rng.choice(NOUNS),
             rng.choice(VERBS)) for _ in range(count)]


def event_sentence(rng, event):
    place, number, noun, verb = event
    if rng.random() < 0.1:  # outlets disagree now and then
        number = max(2, round(number * rng.choice([0.8, 0.9, 1.1, 1.25])))
    hedge = rng.choice(["", "nearly ", "about ", "more than ", "at least "])
    return rng.choice([f"Officials in {place} said {hedge}{number:,} {noun} were {verb} this week.",
                       f"In {place}, {hedge}{number:,} {noun} have been {verb}, according to the authorities.",
                       f"Authorities said {hedge}{number:,} {noun} were {verb} in {place}."])


def figure_sentence(rng):
    place = rng.choice(PLACES)
    return rng.choice([
        f"The council in {place} set aside ${rng.randint(2, 900) / 10:.1f} million for repairs.",
        f"About {rng.randint(5, 95)}% of homes in {place} were without power on {rng.randint(1, 28)} September.",
        f"Troops retook {rng.randint(2, 120) * 100:,} km² around {place}, the general staff said.",
        f"A {rng.randint(18, 90)}-year-old man was detained in {place} and faces up to "
        f"{rng.randint(3, 15)} years in prison.",
        f"Repairs to the {rng.choice(['bridge', 'dam', 'railway line', 'substation'])} near {place} will take "
        f"{rng.randint(2, 18)} months and cost €{rng.randint(100, 9000) * 1000:,}.",
        f"The road to {place} was closed for {rng.randint(2, 72)} hours."])


def quote_sentence(rng, people):
    name, role = rng.choice(people)
    return f"\u201c{rng.choice(QUOTES)},\u201d said {name}, {role}."


def plain_sentence(rng):
    street = f"{made_name(rng, 2)} Street"
    return rng.choice([
        f"Along {street}, {rng.choice(SUBJECTS)} {rng.choice(PREDICATES)}.",
        f"Residents described the mood in {rng.choice(PLACES)} as {rng.choice(MOODS)}.",
        f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(PREDICATES)}, and {rng.choice(SUBJECTS)} "
        f"{rng.choice(PREDICATES)}."])


def article(rng, number, events, people):
    cast = rng.sample(people, 4)
    paragraphs = []
    for _ in range(rng.randint(10, 15)):
        sentences = [event_sentence(rng, rng.choice(events)), figure_sentence(rng), quote_sentence(rng, cast),
                     *(plain_sentence(rng) for _ in range(rng.randint(2, 4)))]
        rng.shuffle(sentences)
        paragraphs.append(" ".join(sentences))
    front = (f"---\ntitle: \"{rng.choice(PLACES)}: report {number}\"\npublisher: {rng.choice(PUBLISHERS)}\n"
             f"author: {person(rng)}\npublished: 2022-{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d}\n---\n\n")
    return front + "\n\n".join(paragraphs) + "\n"


def articles(seed=1):
    """The corpus's articles, one after another, without end: the first N are a corpus of N,
    and the one after them a new source that fits it."""
    rng = random.Random(seed)
    events = story_events(rng)
    people = [(person(rng), rng.choice(ROLES)) for _ in range(120)]
    number = 0
    while True:
        yield article(rng, number, events, people)
        number += 1


def write_corpus(folder, count, seed=1):
    """count articles into folder/sources/, named a00000.md on."""
    (folder / "sources").mkdir(parents=True)
    for i, text in zip(range(count), articles(seed)):
        (folder / "sources" / f"a{i:05d}.md").write_text(text, encoding="utf-8")


def next_article(count, seed=1):
    """The article that would follow a corpus of count."""
    return next(text for i, text in enumerate(articles(seed)) if i == count)
