"""English: the words the stages read in English articles (the fields of lang.Language)."""

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a dozen": 12, "half a dozen": 6, "a hundred": 100,
    "a thousand": 1000,
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12,
          "bn": 1_000_000_000, "m": 1_000_000}
WORD_SCALES = ("thousand", "million", "billion", "trillion")  # "3m" is three metres unless money
VAGUE_AMOUNTS = {
    "dozens of": 24, "scores of": 40, "hundreds of": 200, "thousands of": 2000,
    "tens of thousands of": 20_000, "hundreds of thousands of": 200_000, "millions of": 2_000_000,
}
MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "hryvnias": "UAH",
    "hryvnia": "UAH",
}
QUALIFIERS = (
    "just over", "just under", "more than", "less than", "fewer than", "at least", "at most",
    "up to", "as many as", "as much as", "as few as", "close to", "an estimated", "nearly",
    "almost", "about", "around", "approximately", "roughly", "some", "over", "under", "only",
    "exceeding", "in excess of", "upwards of", "above", "below",
)
IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "staff", "personnel", "troops", "cattle",
                     "aircraft", "livestock", "sheep", "fish", "deer", "offspring", "crew"}
NOT_PLURALS = {"this", "was", "is", "has", "his", "its", "us", "as", "yes", "plus", "less", "unless", "across",
               "perhaps", "always", "thus", "whereas", "afterwards", "towards", "besides", "sometimes", "does",
               "goes", "news", "series", "species", "means"}
NOUN_STOPS = {"and", "or", "but", "who", "were", "was", "as", "when", "while", "because", "after", "before",
              "since", "than", "if", "last", "next", "this", "that"}
PARTITIVE = {"the", "its", "their", "these", "those", "our", "his", "her"}
PLACE_PREPOSITIONS = {"in", "from", "to", "into", "near", "at", "across", "of", "around", "outside",
                      "bordering", "toward", "towards", "onto", "via", "through"}
NOT_PLACES = {
    "The", "A", "An", "This", "That", "These", "Those", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "I", "We", "He", "She", "They",
}
PLACE_WORDS = ("region", "area", "oblast", "province", "district", "county", "state", "town", "city", "village",
               "port", "island")
ORGANISATION_WORDS = {
    "Office", "Ministry", "Council", "Department", "Agency", "Service", "Services", "Company", "Corporation",
    "Corp", "Inc", "Ltd", "University", "College", "School", "Hospital", "Party", "Army", "Police", "Committee",
    "Commission", "Court", "Bank", "Group", "Association", "Union", "Institute", "Centre", "Center", "Board",
    "Authority", "Forces", "Force", "Guard", "News", "Times", "Post", "Church", "Foundation", "Fund", "Grid",
    "Network", "Club", "Federation", "Parliament", "Senate", "Assembly", "Government", "Administration",
}
TITLES = (
    "President", "Prime Minister", "Minister", "Governor", "Mayor", "Judge", "Senator", "General", "Colonel",
    "Captain", "Chief", "Inspector", "Detective", "Officer", "Councillor", "Council member", "Professor",
    "Dr", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lord", "Lady", "Rev", "Father", "Sister", "Commander",
    "Sergeant", "Sgt", "Lt", "Gen", "Gov", "Sen", "Rep", "Pope", "King", "Queen", "Prince", "Princess",
    "spokesman", "spokeswoman", "spokesperson", "correspondent", "reporter", "leader", "director",
    "chairman", "chairwoman", "chief executive",
)  # before a name: a person ("Mayor Ana Diaz")
SPEECH_VERBS = (
    "said", "says", "told", "added", "asked", "explained", "complained", "admitted", "warned", "recalled",
    "insisted", "replied", "wrote", "noted", "argued", "claimed", "stated", "continued", "conceded",
)  # "..., she said": who says a quote
