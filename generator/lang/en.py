"""English: the words the stages read in English articles (the fields of lang.Language)."""

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a dozen": 12, "half a dozen": 6, "a hundred": 100,
    "a thousand": 1000, "a million": 1_000_000, "half a million": 500_000, "a billion": 1_000_000_000,
    "half million": 500_000, "a quarter million": 250_000, "quarter million": 250_000,
    "a quarter of a million": 250_000, "half a billion": 500_000_000,
    "a half million": 500_000, "a half billion": 500_000_000, "half billion": 500_000_000,
    "a quarter billion": 250_000_000, "quarter billion": 250_000_000, "a quarter of a billion": 250_000_000,
    "three-quarters of a million": 750_000, "three quarters of a million": 750_000,
    "three-quarters of a billion": 750_000_000, "three quarters of a billion": 750_000_000,
    "half a trillion": 500_000_000_000, "a quarter of a trillion": 250_000_000_000,
}
HUNDRED = "hundred"
NUMBER_AND = "and"
COMPOUND_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12,
          "bn": 1_000_000_000, "m": 1_000_000,
          # after a currency only: "$9.8M", "$2.5b", "$2tn", "USD8m", "$25k"
          "M": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "b": 1_000_000_000, "B": 1_000_000_000,
          "bln": 1_000_000_000, "tn": 10**12, "trn": 10**12, "k": 1_000, "K": 1_000,
          "lakh": 100_000, "lakhs": 100_000, "crore": 10**7, "crores": 10**7,  # Indian English
          "dozen": 12}  # "two dozen people"
WORD_SCALES = ("thousand", "million", "billion", "trillion", "bn", "M", "lakh", "lakhs", "crore", "crores",
               "dozen", "k")  # "3m" is three metres unless money
METRE_OR_MILLION = "m"
# Before a bare "1.2m", a word that makes it millions of what it names: "the city's population
# is 1.2m", "viewers peaked at 3.4m" ("the wall is 3m high" stays metres).
COUNTED_IN_MILLIONS = {"population": "people", "inhabitants": "inhabitants", "residents": "residents",
                       "audience": "viewers", "viewers": "viewers", "users": "users", "subscribers": "subscribers",
                       "followers": "followers", "visitors": "visitors", "members": "members",
                       "customers": "customers", "passengers": "passengers", "tourists": "tourists",
                       "voters": "voters", "votes": "votes", "readers": "readers", "downloads": "downloads"}
VAGUE_AMOUNTS = {  # the order of magnitude the words give: "hundreds of" is from 100 to 1,000
    "dozens of": (12, 120), "scores of": (20, 200), "hundreds of": (100, 1000), "thousands of": (1000, 10_000),
    "tens of thousands of": (10_000, 100_000), "hundreds of thousands of": (100_000, 1_000_000),
    "millions of": (1_000_000, 10_000_000), "tens of millions of": (10_000_000, 100_000_000),
    "hundreds of millions of": (100_000_000, 1_000_000_000), "billions of": (1_000_000_000, 10_000_000_000),
}
SCALE_PLURALS = {"thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000}  # "dozens of millions"
SHARE_PARTS = {  # what a whole is cut into: "two-thirds of", "a quarter of", "half of" (no count before it: one)
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}
SHARE_ORDINALS = {part for part in SHARE_PARTS if part not in ("half", "halves")}  # "the third of March"
SHARE_WHOLE = r"in(?:\s+every)?|out\s+of"  # "one in four people", "one out of five"
SHARE_NOT_AFTER = ("the", "first", "second", "other", "latter", "this", "that")
SHARE_IDIOMS = ("half the time",)  # "Half the time he is late": often, no share
# After a share, what makes it so many of a unit: "a quarter of a percentage point" is 0.25
# percentage points, no share of a whole.
SHARE_OF_UNIT = {r"\s*(?:of\s+)?an?\s+percentage[\s-]points?\b": "percentage points"}
SHARE_UNIT_QUALIFIERS = ("US", "UK", "imperial")  # besides a unit of the kinds table: "a quarter of a mile", "1/16 of a US pint"
MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
CURRENCY_WORDS = {  # after a figure: "12.5 yuan", "5,000 pounds" (matched ignoring case), beside CLDR's names
    "dollars": "USD", "dollar": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "taiwan dollars": "TWD", "pounds": "GBP", "pound": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "hryvnias": "UAH", "hryvnia": "UAH",
    "hryvnyas": "UAH", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY",
    "rupees": "INR", "rupee": "INR", "shekels": "ILS", "shekel": "ILS",
    "ringgit": "MYR", "baht": "THB", "rand": "ZAR", "lira": "TRY", "liras": "TRY", "zloty": "PLN",
    "zlotys": "PLN", "zlotych": "PLN", "kronor": "SEK", "dirhams": "AED", "dirham": "AED", "riyals": "SAR",
    "riyal": "SAR", "naira": "NGN", "rupiah": "IDR", "lari": "GEL", "tenge": "KZT", "forints": "HUF",
    "forint": "HUF", "lei": "RON", "pence": "GBX", "penny": "GBX", "bitcoins": "BTC", "bitcoin": "BTC",
    "us dollars": "USD", "us dollar": "USD",
    # The crowns of the Nordic and Czech news in English, named with their country (alone, ambiguous)
    "danish crowns": "DKK", "swedish crowns": "SEK", "norwegian crowns": "NOK", "czech crowns": "CZK",
    "danish kroner": "DKK", "norwegian kroner": "NOK", "swedish kronor": "SEK", "icelandic kronur": "ISK",
}
# Pence are written as markets write them, GBX (hundredths of GBP): "85p", "197 pence".
CURRENCY_SUFFIXES = {"p": "GBX"}
# A currency's word that is a unit where the words before it make it one ("weighed 208 pounds",
# "lost 15 pounds"), or the words right after it ("5 pounds, 12 ounces": a weight in pounds and ounces).
# A unit of mass before it ("a metric ton is 2,204.62 pounds") makes it one too.
_weighed = r"weigh\w*|weight|heavier|lighter|born|bab(?:y|ies)|(?:metric )?tons?|tonnes?|kilo(?:gram)?s?|kg|ounces?|grams?"
CURRENCY_OR_UNIT = {"pounds": ("lb", _weighed + r"|drop\w*|shed", r",? (?:and )?\d+ (?:ounces?|oz)\b"),
                    "pound": ("lb", _weighed, r",? (?:and )?\d+ (?:ounces?|oz)\b")}
CODE_SCALES = {"M": 1_000_000}  # "20 MUSD", "120 MEUR": millions, as reports in finance write them
CENTS = ("cents", "cent", "pence")  # the hundredths after a currency's word: "4 dollars (and) 25 cents"
QUALIFIERS = (
    # "no fewer than 40" is at least 40: the whole phrase, never its "fewer than"
    "no fewer than", "no less than", "not less than", "no more than", "not more than", "just shy of",
    "just over", "just under", "more than", "less than", "fewer than", "at least", "at most",
    "up to", "as many as", "as much as", "as few as", "close to", "an estimated", "nearly",
    "almost", "about", "around", "approximately", "roughly", "some", "over", "under", "only",
    "exceeding", "in excess of", "upwards of", "above", "below",
    "plus or minus",  # a margin of error: "plus or minus 3 points" is no minus 3
    "a maximum of", "a minimum of",  # "faces a maximum of 10 years": a bound
)
IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "staff", "personnel", "troops", "cattle",
                     "aircraft", "livestock", "sheep", "fish", "deer", "offspring", "crew",
                     # hundredths of currencies, the same in the plural: "rose 18 sen to RM23.50"
                     "sen", "fils", "paise", "kobo", "satang", "agorot", "groszy", "kopiyok"}
PLURAL_ENDINGS = ("s", "men")  # "fishermen", "firemen"
NOT_PLURAL_ENDINGS = ("ss", "specimen", "abdomen", "regimen", "omen", "stamen")
FRACTIONS_AFTER = {" and a half": 0.5, " and a quarter": 0.25, " and three quarters": 0.75,
                   " and three-quarters": 0.75}  # "two and a half years", "one and a half billion dollars"
ONE_AS_WHEN = (r"\s+(?:day|morning|night|evening|afternoon|time)"  # "hope that one day we all decide": some day
               r"(?:,|\s+(?:I|we|you|he|she|they|it|the|a|an|this|that|there|his|her|their)\b)")
ONE_OR_FEW_BEFORE = r"\b[Aa]n? [a-z]+ or"  # "a line or two giving thanks": one or a few, no count
MULTIPLE_SUFFIX = "fold"  # "a fourfold rise", "tenfold"
TIMES = "times"  # "three times the average" multiplies, it counts nothing
MULTIPLIED = ("the", "as", "more", "less", "higher", "lower", "larger", "bigger", "greater", "that", "what", "its",
              "their")
OF = "of"
THE = "the"
ARTICLES = ("[Tt]he", "[Aa]n?")
INDEFINITE_ARTICLE = "an?"
NOT_PLURALS = {"this", "was", "is", "has", "his", "its", "us", "as", "yes", "plus", "less", "unless", "across",
               "perhaps", "always", "thus", "whereas", "afterwards", "towards", "besides", "sometimes", "does",
               "goes", "news", "series", "species", "means"}
# Words between a figure and a noun that leave the noun uncounted: "12 for adults" is a price for
# adults, "24 for standard SUVs" a figure for them (prepositions but "of", which may be partitive).
NOUN_STOPS = {"and", "or", "but", "who", "were", "was", "as", "when", "while", "because", "after", "before",
              "since", "than", "if", "last", "next", "this", "that", "for", "with", "by", "from", "to", "per",
              "against"}
PARTITIVE = {"the", "its", "their", "these", "those", "our", "his", "her"}
# Words a verb takes after it and a noun phrase's last noun does not: "19 fouls proves it was",
# "3 goals makes them" end at the plural ("4 customs officers said": one noun); no article or
# possessive, which a relative clause opens too ("5 sports cars the company built")
VERB_OBJECTS = {"it", "them", "him", "us", "me"}
# A statistic the news writes as an abbreviation after its figure: "(0.5 WAR)", "a 3.21 ERA last
# season", "30 HR"; never the capitals of a time or an era
ACRONYMS_COUNTED = True
ACRONYMS_NOT_COUNTED = ("AM", "PM", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "JST", "AEST",
                        "AEDT", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
                        "BC", "AD", "BCE", "CE")
MODIFIER_NOUNS = True  # "the 27 member bloc", "a 2 bedroom flat": "27-member" with its hyphen lost, as copy often has it
LIST_JOINS = ("and", "or")
# After a bare figure joined to a measure, words saying what it is of give it the measure's unit:
# "29 mpg for cars and 24 for trucks", "rose 5% in May and 7 in June".
MEASURE_SHARED_BY = ("for", "in", "on", "at", "among")
QUANTIFIERS = frozenset({"many", "several", "most", "few", "all", "both", "some", "other", "more", "such", "each",
                         "every", "any", "no", "much", "numerous", "countless"})
HYPHEN_PREFIXES = ("sub", "minus", "pre", "post", "mid", "non", "over", "under", "top", "near", "ultra", "super",
                   "anti", "multi", "semi", "circa", "plus", "now", "about", "around", "some", "only", "just")
NUMBER_LABELS = ("category", "section", "row", "channel", "level", "phase", "stage", "grade", "class", "chapter",
                 "article", "clause", "room", "gate", "platform", "route", "number", "no", "version", "episode",
                 "season", "page", "line", "zone", "size", "model", "type", "series", "tier", "band", "division",
                 "lap", "act", "scene", "verse", "exit", "pier", "terminal")
NOT_COUNTED = {"such", "way", "another", "other", "last", "own", "single", "hell", "heck", "am", "pm"}
# A tally: two figures after a vote, the larger first ("voted 199-74", "a vote of 52 to 48"), each a
# count of votes; never a range.
TALLY_BEFORE = (r"\b(?:voted|votes?(?:\s+(?:was|were|is|stood\s+at|ended))?|vote of|ballot of|margin of"
                r"|(?:passed|approved|rejected|defeated|confirmed|ruled|upheld)(?:\s+by)?)\s+$")  # "The bill passed 52-48"
TALLY_UNIT = "votes"
# After "one", a word ending as a verb does with "he" ("one asks", "one wonders", "one gets"): "one"
# is then a pronoun counting nothing; no plural noun follows "one", but for nouns ending so in the
# singular ("one series", "one bus", "one crisis").
VERB_AFTER_ONE = (r"(?!(?:series|species|means|news|headquarters|crossroads|barracks|lens|gas|atlas|canvas|bias|corps"
                  r"|chassis|gallows|whereabouts|innings|measles|diabetes|[a-z]*ics)$)[a-z]+(?<![sui'])s")
NOT_ONE_AFTER = {"each", "every", "any", "no", "same", "the", "which", "another", "this", "that", "other", "no-one"}
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
# After "the" and a capitalised name, a common noun saying what the name is: "the Syriza party",
# "the conservative New Democracy party", "the Hamas movement" (the name alone is the organisation).
ORGANISATION_NOUNS = ("party", "movement")
NOT_ORGANISATION_NAMES = frozenset({  # "the Christmas party", "the Downing Street party": a gathering;
    "Christmas", "Halloween", "Easter", "Thanksgiving", "Hanukkah", "Diwali", "Eid", "Birthday", "Street",
    "Road", "Square", "Garden", "Gardens", "Palace", "House", "Hall", "Club", "Beach", "Pool",
    "US", "USA", "UK", "UAE", "DRC", "PRC", "DPRK", "ROK",  # "the US said": a country
    "CEO", "CFO", "COO", "MP", "PM", "GP", "DJ"})  # "the CEO said": a person
# A body's acronym after "the", speaking: "the IMF said", "the ECB says" (not "the LTE network",
# "the GDP was": things have acronyms too, but do not speak).
ACRONYM_BEFORE = r"\b[Tt]he"
TITLES = (
    "President", "Prime Minister", "Minister", "Governor", "Mayor", "Judge", "Senator", "General", "Colonel",
    "Captain", "Chief", "Inspector", "Detective", "Officer", "Councillor", "Council member", "Professor",
    "Dr", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "Rev", "Father", "Sister", "Commander",
    "Sergeant", "Sgt", "Lt", "Gen", "Gov", "Sen", "Rep", "Pope", "King", "Queen", "Prince", "Princess",
    "Chancellor", "Secretary of State", "Secretary", "Deputy", "Vice", "Premier", "Speaker", "Ambassador",
    "Commissioner", "Superintendent", "Supt", "Constable", "Admiral", "Adm", "Major", "Maj", "Lieutenant",
    "Col", "Capt", "Cmdr", "Cdr", "Det", "Insp", "Prof", "Justice", "Attorney General", "Sheikh", "Emir",
    "Sultan", "Imam", "Rabbi", "Bishop", "Archbishop", "Cardinal", "Datuk Seri", "Datuk", "Dato", "Tan Sri",
    "spokesman", "spokeswoman", "spokesperson", "correspondent", "reporter", "leader", "director",
    "chairman", "chairwoman", "chief executive",
)  # before a name, a person ("Mayor Ana Diaz", "Cmdr. Ana Diaz"); read in either case ("police chief")
# Role nouns: "the key suspect, Ana Diaz", "Ana Diaz, a local farmer," and "shop owner Ana Diaz"
# mark a person; the role stays out of the name.
ROLES = (
    "suspect", "witness", "victim", "survivor", "head", "economist", "analyst", "strategist", "owner",
    "resident", "official", "officer", "lawyer", "attorney", "prosecutor", "founder", "activist", "historian",
    "professor", "scientist", "researcher", "expert", "adviser", "advisor", "aide", "envoy", "diplomat",
    "ambassador", "minister", "secretary", "president", "chief", "commander", "commissioner", "governor",
    "mayor", "senator", "lawmaker", "politician", "candidate", "member", "leader", "spokesman",
    "spokeswoman", "spokesperson", "director", "chairman", "chairwoman", "executive", "manager", "editor",
    "correspondent", "reporter", "journalist", "columnist", "author", "writer", "photographer", "student",
    "teacher", "doctor", "nurse", "surgeon", "pilot", "driver", "farmer", "worker", "engineer", "soldier",
    "colonel", "general", "captain", "coach", "player", "striker", "goalkeeper", "actor", "actress",
    "singer", "artist", "businessman", "businesswoman", "entrepreneur", "banker", "trader", "investor",
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "neighbour",
    "neighbor", "boyfriend", "girlfriend", "colleague", "classmate", "gunman", "attacker", "bomber",
    "militant", "fighter", "commentator", "presenter", "host", "judge", "magistrate", "detective",
    "inspector", "chancellor", "premier", "prime minister", "deputy", "vice president", "president-elect",
    "protester", "demonstrator", "pensioner", "voter", "shopkeeper", "passenger", "eyewitness", "relative",
    "dealer",
)
NAME_PARTICLES = ("de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "le", "la",
                  "al", "el", "bin", "ibn", "bint", "abu", "ben", "dos", "das", "y")  # whole words, inside a name
PRONOUNS = {"he", "she", "they"}
PLURAL_PRONOUN = "they"
NOT_NAMES = {"The", "A", "An", "But", "And", "Now", "When", "If", "It", "We", "They", "He", "She", "I", "You",
             "In", "On", "At", "From", "For", "After", "Before", "During", "Along", "Since", "As", "While",
             "Everyone", "Others", "Some", "One", "This", "That", "There", "Monday", "Tuesday", "Wednesday",
             "Thursday", "Friday", "Saturday", "Sunday", "Continue", "Photo", "Credit", "Caption", "Related",
             "Russian", "Ukrainian", "American", "British", "European"}
# Nationalities, demonyms and the like: never a person, nor part of a person's name ("Frenchman",
# "German Chancellor Ana Diaz"; a plural in s is read as its singular).
DEMONYMS = {"Russian", "Ukrainian", "American", "British", "European", "French", "Frenchman", "Frenchwoman",
            "Frenchmen", "German", "Greek", "Chinese", "Japanese", "Korean", "Vietnamese", "Taiwanese",
            "Portuguese", "Lebanese", "Sudanese", "Spanish", "Italian", "Dutch", "Belgian", "Swiss", "Austrian",
            "Swedish", "Norwegian", "Danish", "Finnish", "Polish", "Czech", "Hungarian", "Romanian", "Bulgarian",
            "Serbian", "Croatian", "Bosnian", "Albanian", "Cypriot", "Turkish", "Turk", "Irish", "Scottish",
            "Welsh", "English", "Englishman", "Canadian", "Mexican", "Brazilian", "Argentine", "Argentinian",
            "Chilean", "Colombian", "Venezuelan", "Cuban", "Australian", "Malaysian", "Indonesian", "Filipino",
            "Thai", "Indian", "Pakistani", "Afghan", "Iranian", "Iraqi", "Syrian", "Jordanian", "Israeli",
            "Palestinian", "Egyptian", "Libyan", "Tunisian", "Algerian", "Moroccan", "Saudi", "Yemeni", "Emirati",
            "Qatari", "Kurdish", "Kurd", "Arab", "African", "Nigerian", "Kenyan", "Ethiopian", "Somali", "Asian",
            "Muslim", "Jewish", "Islamic", "Islamist", "Catholic", "Western", "Eastern", "Northern",
            "Southern", "Georgian", "Belarusian", "Chechen", "Armenian", "Azerbaijani", "Kazakh", "Uzbek",
            "Soviet", "Socialist", "Conservative", "Communist", "Democrat", "Republican", "Tory"}
ATTRIBUTION_ENDS = ("who", "as", "while", "after", "before", "when", "because", "and", "but", "in", "at",
                    "on", "from", "during")
SPEECH_VERBS = (
    "said", "says", "told", "tells", "added", "adds", "asked", "asks", "explained", "complained", "admitted",
    "warned", "recalled", "insisted", "replied", "wrote", "writes", "noted", "argued", "claimed", "stated",
    "continued", "conceded", "tweeted", "posted", "pledged", "promised", "vowed", "proclaimed", "declared",
    "announced", "described", "stressed", "emphasised", "emphasized", "urged", "cautioned", "predicted",
    "acknowledged", "confirmed", "commented", "remarked", "observed", "suggested", "responded", "countered",
    "reiterated", "maintained", "contended", "concluded", "agreed", "testified", "recounted", "shouted",
    "joked", "quipped", "boasted", "lamented", "whispered", "cried", "exclaimed", "murmured", "announces",
    "explains", "notes", "recalls", "insists", "argues", "warns", "replies", "concedes", "describes", "admits",
    "concludes", "declares",
)  # "..., she said": who says a quote
# What speaks for an organisation or person: "a White House statement said", "a Ministry spokesman said".
DOCUMENT_WORDS = ("statement", "spokesman", "spokeswoman", "spokesperson", "communique", "communiqué",
                  "release", "letter", "tweet", "post", "report", "announcement", "bulletin", "notice")
# After a quote, before its speaker as a speech verb is: ""…," according to Ana Diaz".
ATTRIBUTION_PHRASES = ("according to",)
# Between a quote and the next one by the same speaker: "..., he said, adding that "...".
SPEECH_CONTINUED = (r"adding(?: that)?", r"and added(?: that)?", r"before adding(?: that)?",
                    r"continuing", r"and went on")
# Words between a speaker and the speech verb that leave the speaker the same: "Ana Diaz later said".
SPEECH_ADVERBS = ("also", "later", "earlier", "then", "again", "today", "yesterday", "tonight", "previously",
                  "recently", "once", "reportedly", "has", "had", "have", "would", "will", "publicly",
                  "privately", "repeatedly", "separately", "simply", "only", "just", "angrily", "firmly")
# A person's title says which pronoun stands for them: "Mr Diaz ... he said".
PRONOUN_TITLES = {"he": ("Mr", "Sir", "Lord", "King", "Prince", "Father", "Sheikh", "Sultan", "Emir"),
                  "she": ("Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Sister")}
# A name holding one of these is never a person: buildings, movements, events ("Elysee Palace").
NOT_PERSON_WORDS = {
    "Palace", "House", "Stadium", "Stade", "Arena", "Square", "Avenue", "Boulevard", "Airport", "Station",
    "Cathedral", "Mosque", "Synagogue", "Temple", "Museum", "Theatre", "Theater", "Hotel", "Castle", "Embassy",
    "Prison", "Bridge", "Road", "Highway", "Democracy", "Movement", "Alliance", "Coalition", "Rally",
    "Front", "Treaty", "Summit", "Republic", "Kingdom", "Empire", "Islands", "Olympics", "League",
    "Championship", "Festival", "Christmas", "Easter", "Ramadan", "Eurozone", "Media", "Television", "Radio",
    "Images", "Press", "Reuters", "Continue", "Photo", "Credit", "Caption", "Related", "Spring", "Exchange",
    "Market", "Markets", "Index", "Street", "Wall", "Brexit", "Euro", "Parc", "Hills", "Valley", "River",
    "Harbor", "Harbour", "Coast",
}
# The locales of Faker's person data (MIT; the lists inside its wheel) whose first names make a full
# name a person's though nothing else marks it: "Unlike Bill Clinton, …" (entities.given_names).
GIVEN_NAME_LOCALES = ("en", "en_US", "en_GB", "en_IE")
# Short titles that are words too: their full stop may end a sentence ("…, said the King.").
TITLES_ENDING_SENTENCES = {"king", "lord", "lady", "dame", "pope", "vice", "miss", "emir", "sir"}
# Before a role, the words that make it describe someone (patterns): "the key suspect, Ana Diaz",
# "Ana Diaz, his lawyer,"; and a count that does so only there: "one witness, Ana Diaz".
DETERMINERS = ("[Tt]he", "[Aa]n?", "[Hh]is", "[Hh]er", "[Tt]heir", "[Ii]ts")
ROLE_COUNTS = ("[Oo]ne",)
# A possessive, a pattern: "Ana Diaz's lawyer", "Davis' lawyer": whose, not who.
POSSESSIVE = "[’']s?"
# Between a role and the body it serves: "a spokesman for the Interior Ministry", "the head of Police Scotland".
ROLE_BODY_PREPOSITIONS = ("for", "of", "at")
# Phrases between a speaker and the speech verb that leave the speaker the same (patterns):
# "Ana Diaz on Sunday said", "Ana Diaz last week said", "Ana Diaz in a statement said".
SPEECH_ADVERB_PHRASES = (r"(?:(?:late|early) )?on [A-Z][a-z]+", r"last [a-z]+", r"this [a-z]+",
                         r"in an? \w+ statement", r"in an? \w+", r"in (?:a|an|the) \w+ (?:statement|interview|post)")
# The verbs of an attribution that a continued quote may follow: "…," he said, adding that "…".
SPEECH_CONTINUED_VERBS = ("said", "added")
# Besides place prepositions, words after which a name is no speaker: "a spokesman for Ana Diaz said".
NOT_SPEAKER_AFTER = {"for", "with", "by", "about", "on", "after", "during"}
# How an organisation or person puts out a document: "the ministry issued a statement".
DOCUMENT_VERBS = ("issued", "released", "published", "put out", "sent out")
# Between a document and who it is by: "a statement from the Interior Ministry".
DOCUMENT_AUTHOR_PREPOSITIONS = ("by", "from", "of", "for")
# Last words before a speech verb that name no one unnamed speaking: "Ana Diaz arrived, and said".
NOT_SUBJECTS = {"and", "but", "or", "then", "who", "which", "that", "also", "later", "had", "has", "have", "was"}
# Words opening a clause of its own after a speech verb: ""…," Ana Diaz says that's not true" is
# no attribution of the quote.
CLAUSE_OPENERS = ("that", "if", "whether", "he", "she", "it", "they", "we", "I", "there", "this")
# A relative clause between a subject and its speech verb, not set off by commas: "Voters who backed
# Ana Diaz said" (the voters speak, not Ana Diaz).
RELATIVE_OPENERS = ("who", "which")
# A body's members speaking for it, after its name (patterns): "the Green Union lawmakers said".
GROUP_MEMBERS = ("members", "lawmakers", "legislators", "MPs", "deputies", "leaders", "leadership", "officials",
                 "negotiators", "delegates", "conservatives", "socialists", "liberals", "communists")
# After a name and a comma, the word that gives the body the person heads or belongs to: "Ana Diaz,
# whose Green Union party came second" (then "the Green Union leader" is Ana Diaz).
ASSOCIATIONS = ("whose",)
# The documents a body writes of itself in (a report or a letter writes of others as often).
SELF_NAMING_DOCUMENTS = ("statement", "communique", "communiqué", "release", "announcement", "bulletin")
# A statement naming its author in its own words, a verb in the present after the name (a pattern):
# "The Council welcomes the progress", "The Agency firmly rejects …".
SELF_REFERENCE_VERB = r"(?:[a-z]{2,20}ly )?(?:has|[a-z]{2,30}(?<![su]s)(?<!wa)(?<!thi)(?<!it)s)\b"
# A page's furniture copied into an article's text (patterns, each to its line's end): media player and
# caption lines between an attribution and the quote paragraph after it, which goes on with that speaker.
PAGE_FURNITURE = (r"Jump media player", r"Media player help", r"Out of media player", r"Media caption",
                  r"Image caption", r"Image copyright", r"Press enter to return or tab to continue")
# How articles write each unit of the kinds table (generator/kinds.py), by the unit's name, as a
# regular expression (case-sensitive); a unit left out is not read in this language.
UNITS = {
    "km²": r"square (?:kilomet(?:er|re)s?|km)|sq\.? ?km|km²|km2",
    "mi²": r"square miles?|sq\.? ?mi(?:les?)?|mi²",
    "ha": r"hectares?",
    "acres": r"acres?",
    "m²": r"square met(?:er|re)s?|sq\.? ?m|sqm|m²|(?<=\d)m2",
    "ft²": r"square f(?:ee|oo)t|sq\.? ?f(?:ee)?t|ft²",
    "%": r"per ?cent|pc|%",
    "percentage points": r"percentage[- ]points?|ppts?|pp",
    "bp": r"basis[- ]points?|bps?",
    "km": r"kilomet(?:er|re)s?(?! (?:per|an) hour)|km(?!/)",
    "nmi": r"nautical miles?",
    "mi": r"miles?(?! (?:per|an) hour| per gallon)",
    "m": r"met(?:er|re)s?(?! (?:per|a) second)|m(?!/s)",  # "£40m" is money: a bare m is a metre only without a currency
    "dm": r"decimet(?:er|re)s?|dm",
    "cm": r"centimet(?:er|re)s?|cm",
    "mm": r"millimet(?:er|re)s?|mm",
    "μm": r"micromet(?:er|re)s?|microns?|[μµ]m",
    "nm": r"nanomet(?:er|re)s?",  # a bare nm is as often a nautical mile
    "yd": r"yards?|yds?",
    "ft": r"feet|foot|ft",
    # A straight quote after a figure ends a quote as often; a bare "in" is inches only in "6 ft 2 in".
    # the inch mark as typewriters and phones write it, before the noun it measures ('a 5.1” panel'),
    # never a quotation closing on a figure ('… cost 40” and', '… 40," he said')
    "in": r"inch(?:es)?|(?<=\d)″|(?<=\d)[”\"](?= (?!(?:and|or|but|he|she|they|it|we|i|the|a|an|said|says)\b)[a-z])"
          r"|(?<=ft \d )in\b|(?<=ft \d\d )in\b",
    "km/h": r"km/h|km/hr|kmh|kmph|kph|kilomet(?:er|re)s? (?:per|an) hour",
    "mph": r"mph|miles? (?:per|an) hour",
    "kn": r"knots?",
    "m/s": r"m/s|met(?:er|re)s? (?:per|a) second",
    "m³": r"cubic (?:met(?:er|re)s?|m)|m³|m3",
    "l": r"lit(?:re|er)s?|(?<=\d)[lL]",  # a bare l only straight after the digits: "1.5L"
    "ml": r"millilit(?:re|er)s?|ml|mL",
    "cups": r"cups?",
    "tbsp": r"tablespoons?|tbsps?",
    "tsp": r"teaspoons?|tsps?",
    "gal": r"gallons?|gal",
    "ft³": r"cubic f(?:ee|oo)t|cu\.? ?ft|ft³",
    "bbl": r"barrels?|bbl",
    "t": r"(?:metric )?tonnes?|(?:metric )?tons?|t",
    "kg": r"kilo(?:gram(?:me)?)?s?|kg",
    "g": r"gram(?:me)?s?|(?<=\d) ?g",  # a bare g only straight after the digits: "30g", "145 g"
    "mg": r"milligram(?:me)?s?|mg",
    "μg": r"microgram(?:me)?s?|[μµ]g|mcg",
    "lb": r"lbs?(?![- ]?ft)",  # "pounds" are money (CURRENCY_WORDS); "lb-ft" is torque
    "oz": r"ounces?|oz",
    # A bare C or F only straight after the digits: "45C".
    "°C": r"°\s?C(?:elsius)?|(?i:deg(?:rees?|\.)?) ?(?i:c(?:elsius)?|centigrade)\b|(?i:celsius|centigrade)|(?<=\d)C",
    "°F": r"°\s?F(?:ahrenheit)?|(?i:deg(?:rees?|\.)?) ?(?i:f(?:ahrenheit)?)\b|(?i:fahrenheit)|(?<=\d)F",
    "MW": r"megawatts?|MW",
    "GW": r"gigawatts?|GW",
    "kW": r"kilowatts?|kW|KW",
    "W": r"watts?|(?<=\d) ?W",
    "hp": r"horsepower|hp",
    "bhp": r"brake horsepower|bhp",
    "PS": r"(?<=\d)\s?PS\b",
    "MWh": r"megawatt[- ]hours?|MWh",
    "TWh": r"terawatt[- ]hours?|TWh",
    "GWh": r"gigawatt[- ]hours?|GWh",
    "kWh": r"kilowatt[- ]hours?|kWh",
    "GB": r"gigabytes?|GB",
    "TB": r"terabytes?|TB",
    "MB": r"megabytes?|MB",
    "Mbps": r"[Mm]bps|Mb/s|megabits? per second",
    "Gbps": r"[Gg]bps|Gb/s|gigabits? per second",
    "kbps": r"kbps|kb/s|kilobits? per second",
    "Hz": r"hertz|Hz",
    "kHz": r"kilohertz|kHz",
    "MHz": r"megahertz|MHz",
    "GHz": r"gigahertz|GHz",
    "mAh": r"mAh",
    "rpm": r"rpm|revolutions per minute",
    "lb-ft": r"lb[- ]?ft|pound[- ]f(?:ee|oo)t",
    "Nm": r"N·?m|newton[- ]met(?:er|re)s?",
    "ppm": r"ppm|parts per million",
    "ppb": r"ppb|parts per billion",
    "mpg": r"mpg|miles per gallon",
    "dB": r"decibels?|dB",
    "degrees": r"degrees?|°|deg\b\.?",
    "MP": r"MP|megapixels?|mega-pixels?",
    "magnitude": r"magnitude|on the Richter scale",
    "times": r"times|-?fold\b",
    "ppi": r"ppi|pixels per inch",  # after °C and °F: a degree whose scale is not said
    "decades": r"decades?",
    "years": r"years?",
    "months": r"months?",
    "weeks": r"weeks?",
    "days": r"days?",
    "hours": r"hours?",
    "minutes": r"minutes?|mins?",
    "seconds": r"seconds?|secs?",
    "kPa": r"kilopascals?|kPa",
    "Pa": r"pascals?|Pa",
    "hPa": r"hectopascals?|hPa",
    "MPa": r"megapascals?|MPa",
    "GPa": r"gigapascals?|GPa",
    "bar": r"bars?(?= of pressure| pressure)|bar\b(?=[,.;)]|$)",
    "psi": r"psi",
}

# Dates: the words before a date in a sentence, those that place an event at it (not before
# or after it), and nouns a year names ("the 2012–13 season").
DATE_PREFIXES = ("on", "in", "by", "since", "until", "from", "before", "after", "during", "early", "late", "the")
AT_DATE = ("on", "in", "during", "the")
YEAR_NOUNS = ("season",)
# When, not how long: "five days ago", "three days later", "the next day"; not after "for"
# ("waited for six hours before" is how long).
RELATIVE_AFTER = ("ago", "later", "earlier", "before", "after", "previously", "on",
                  # "in the three months to June", "the 12 months to March": the period a figure is of
                  r"to (?:january|february|march|april|may|june|july|august|september|october|november|december)")
RELATIVE_NEXT = ("next", "following", "previous")
RELATIVE_PERIODS = ("day", "week", "month", "year", "morning", "evening", "night")
HOW_LONG = ("for", "lasted", "lasting", "within", "over")  # "for at least six months after"
NOT_RELATIVE_AFTER = ("for", "lasted", "within", "took", "taken", "takes", "take", "taking")  # straight before the
# figure: "had taken 20 minutes earlier in the day", "took three days before help came" are how long

# Quantities: a range's words, bounds written after a figure, the words of an age.
RANGE_WORDS = ("between", "and")
CHANGE_WORDS = ("from", "to")  # "fell from $75 a barrel to $45.88": where a figure was, and went
RANGE_TO = ("to", "or")  # "12 to 18 miles", "from 120 to 150 miles", "three or four years": both ends
POST_QUALIFIER = r"or (?:more|over|above|less|fewer)"
HYPHEN_QUALIFIERS = {"odd": "about", "plus": "more than"}  # "40-odd homes", "a 60-plus crowd": the bound they say
# Before or after hours, minutes and seconds ("2:01:09"), what makes them a time of day, not how long
# something took ("finished in 2:01:09"): "at 10:27:15", "10:27:15 p.m.", "10:27:15 GMT"
CLOCK_TIME_BEFORE = ("at", "by", "until", "till", "since", "from")
CLOCK_TIME_AFTER = r"[ap]\.?\s?m\b|GMT\b|UTC\b|[ECMP][SD]T\b|BST\b|CET\b|local\s+time\b"
GROUP_SIZES = ("strong",)  # "a 3,000-strong crowd", "a crowd 3,000 strong": its members, as "a crowd of 3,000"
AGE_SUFFIX = r"(?:[- ](?:years?|months?|weeks?)[- ]old\b|-yr-old\b|(?<=\d) ?yo\b)"  # "a 44-year-old", "45 years old", "an 18-month-old"
AGE_DECADE = r"\bin (?:his|her|their) (?:(?P<part>early|mid|late)[- ])?(?P<decade>[1-9]0)s\b"  # "a man in his 40s"
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
AGE_BEFORE = ("aged", "Aged", "age", "age of")  # "aged 44", "Aged 19, he won", "a man of age 87", "at the age of 9"
# "Children under 5", "people over 65", "adults under 30": an age bound, no count of people.
AGE_GROUPS = ("children", "kids", "babies", "infants", "people", "adults", "those", "anyone", "men", "women", "boys",
              "girls", "patients", "pupils", "students", "teenagers", "drivers", "voters", "residents")
AGE_BOUNDS = ("under", "over", "below", "above")
# Straight after another figure, "over" says over what time, no bound: "$10bn over five years",
# "nine hours over two days" (but "waited for over five years" is more than five).
PERIOD_QUALIFIERS = ("over",)
AGE_CLAUSE = ("who was", "who is", "who turned", "who turns", "who would have been", "who will be")  # "the boy, who was 12,": an age where the clause ends there
# After a duration written before its noun ("10-year", "10 year"), what it names rather than
# measures, no fact of its own: a debt by its term ("the 10-year Treasury", "Greece's 10-year
# bonds reached 7.1%", "the 30-year fixed mortgage rate"), an extreme by its span ("a 10-year
# high of 7.5%", "a three-month low"); but "a 10-year loan" is how long the loan runs.
NAMED_BY_DURATION = (r"(?:benchmark\s+)?(?:Treasury|Treasuries|T-bonds?|T-notes?|gilts?|[Bb]unds?|(?:government\s+)?bonds?"
                     r"|note\s+yields?|(?:fixed(?:-rate)?\s+)?mortgage\s+rates?|yields?|swap\s+rates?"
                     r"|(?:record\s+)?(?:highs?|lows?|peaks?|troughs?))")
# Between a name's comma or "aged" and an age, words that leave it one: "Mr Smith, now 64,", "aged just 19"
AGE_ADVERBS = ("now", "only", "just", "still")
# A person being so old, said of them: "he was 17 when he left", "she will be 35 by the end of the
# year", where the figure ends its clause or a word of when follows (AGE_BEING_AFTER; "he was 5 points
# behind" counts points)
AGE_BEING = r"\b(?:[Hh]e|[Ss]he|I)(?:[’']s|\s+(?:is|was|will\s+be|would\s+be|would\s+have\s+been))"
AGE_BEING_AFTER = ("by", "next", "this", "last", "when", "and", "but")
AGE_VERBS = ("turned", "turns", "turning", "turn")  # "she turned 40 last week", "he will turn 18 in May"
# What names an age: a bare figure later in its clause is that age ("the retirement age will rise to
# 67", "life expectancy for men is around 73", "the voting age was lowered to 16").
AGES_NAMED = (r"life expectancy|(?:retirement|pension|pensionable|voting|drinking|marriage|school-leaving|median"
              r"|average|mean|minimum|maximum|legal) age")
# Units written before their figure: "an earthquake of magnitude 6.4" (after it too: "a 6.4-magnitude quake").
UNITS_BEFORE = {"magnitude": r"magnitude"}
AGE_LABEL = "{subject}, aged {value}"
MINUS_WORDS = ("minus",)
# A duration is a penalty when the words around it make it one: "sentenced to 7 years",
# "up to 15 years in prison", "a prison sentence of up to 15 years", "faces 10 years".
PENALTY_BEFORE = (r"sentenc\w*", "jailed", "imprisoned", "faces?", "facing", "term", "terms", "sentence of",
                  "penalty of", r"life(?:\s+in\s+(?:prison|jail))?\s+plus")  # "life in prison plus 25 years"
PENALTY_AFTER = ("in prison", "in jail", "behind bars", "of imprisonment", "prison", "jail", "sentence", "jail term",
                 "prison term")  # "a 6-month suspended sentence"
# After a bare figure, what shows it counts the same thing as the count before it:
# "killed 120 people and injured more than 900", "destroyed 86 homes and threatened 6,400 more".
MORE = "more"
IMPLIED_FOLLOWERS = ("and", "or", "but", "were", "was", "are", "is", "have", "has", "had")
COUNTED_BEFORE = {  # what a bare figure counts by the words before it, in its clause: "the death toll rose
    # to 57", "the death toll in the quake rose from 57 to 63"
    # "the toll could reach 1,000"; not a toll road, booth or charge
    r"(?:(?:death|casualty) )?\btoll\b(?! (?:road|bridge|booth|plaza|gate|tunnel|lane|charge|fee|operator|collector)s?\b)"
    r"(?: [^\s\d.,;:!?]+){0,12}": "deaths",
}
# Between a figure and its unit, words that say which of it and leave it the unit: "12 straight
# hours", "20 business days", "517 rushing yards" (beside NOUN_ADJECTIVES: "three extra days").
UNIT_MODIFIERS = ("straight", "consecutive", "previous", "past", "long", "short", "business", "working", "calendar",
                  "school", "academic", "fiscal", "rushing", "passing", "receiving")
# Before the noun a one counts, part of what it counts: "one major bank", "one senior official".
NOUN_ADJECTIVES = ("major", "minor", "senior", "junior", "small", "big", "large", "huge", "new", "old", "former",
                   "young", "local", "foreign", "single", "main", "top", "key", "leading", "private", "public",
                   "state", "national", "regional", "international", "additional", "extra", "further", "separate",
                   "unnamed", "unidentified", "elderly", "female", "male", "notable", "possible", "important",
                   "significant", "serious", "common", "similar", "different", "particular", "specific", "potential",
                   "recent", "little", "tiny", "good", "bad", "great", "rare", "unusual", "unique", "lone", "certain",
                   "famous", "popular", "simple", "whole", "entire", "full", "early", "late", "critical", "small-scale")
NUMBER_OF = r"the (?:total |overall )?number of"  # "the number of people evacuated rose from 1,200 to 1,500"
BEFALLS_PEOPLE = r"(?:kill|wound|injur|rescu|evacuat|arrest|detain|infect)(?:ed|ing)"  # "killed 26 and wounded 57 people"
# After a count of what befell people, a bare figure that something else befell counts people:
# "the death toll stood at 12, and 40 were injured" (40 people, no deaths).
EVENT_NOUNS = ("deaths", "fatalities", "injuries", "arrests", "casualties")
BEFALLEN = (r"(?:(?:were|was|are|is|have been|had been|remain|remained) )?(?:(?:kill|wound|injur|rescu|evacuat|arrest|detain|"
            r"infect|charg|convict|jail|hospitali[sz]|displac)ed|hurt|missing)")
LEVEL_BEFORE = (r"(?:closed|ended|end|opened|settled|stood|stand|trade|traded|trading|was (?:up|down)|(?:up|down|rose|fell|"
                r"gained|lost|climbed|dropped)(?: [\d.,]+%?)?) (?:at|to)",)  # "rose 8.15% to 3.65", "trade at 132.86"
# A figure's rise or fall, told in the past: "rose $2 to $45" is a change of $2 to a level of $45
# (where the level is far above the change; "rents rose 3% to 5%" stays a range).
CHANGE_VERBS = ("rose", "fell", "climbed", "dropped", "gained", "added", "lost", "shed", "jumped", "slipped", "declined",
                "advanced", "was up", "were up", "was down", "were down")
# Any tense of a rise or fall: "boosted from 2600mAh to 2800mAh", "is expected to slow from 4.8 to
# 4.7 percent", "up from 57 to 63" are changes; "prices range from $370,000 to $5.5 million" a range.
RISE_OR_FALL = (r"ris(?:e[ns]?|ing)|rose|fall(?:s|en|ing)?|fell|gr[eo]wn?|grows|growing|shr(?:[ai]nk|unk)(?:s|ing)?|"
                r"s[aiu]nk(?:s|ing)?|slid|cut(?:s|ting)?|went|up|down|"
                r"(?:increas|decreas|declin|reduc|rais|doubl|tripl|halv|revis|upgrad|downgrad|chang|plung|tumbl|surg|eas|"
                r"improv|slid|spik|edg|mov|hik)(?:e[sd]?|ing)|"
                r"(?:boost|jump|climb|soar|gain|slash|lower|slow|plummet|expand|widen|narrow|lift|balloon)(?:s|ed|ing)?|"
                r"inch(?:ed|ing)|(?:drop|dip|slip|trim)(?:s|ped|ping)?")
# Subjects a bare figure counts where they came to it ("Deaths rose to 57", "Hospital admissions
# doubled to 1,200 a day", "Infections reached 4,000"): things that happen to people, counted.
COUNTED_SUBJECTS = ("deaths", "cases", "infections", "admissions", r"hospitali[sz]ations", "arrests", "injuries",
                    "casualties", "fatalities", "victims", "evacuees", "refugees", "migrants", "complaints",
                    "visitors", "passengers", "applications")
# ... and where it went, a few words on: "Cases have doubled in the past week to more than 10,000"
SUBJECT_REACHED = (rf"(?:(?:have|has|had)\s+)?(?:{RISE_OR_FALL}|reached|hit|totall?ed|stood)"
                   rf"(?:(?:\s+[^\s\d.,;:!?]+){{0,4}}?\s+(?:to|at|from))?")
RATE_WORDS = ("per",)
RATE_UNIT_WORDS = ("square", "cubic", "metric", "troy")  # "$1,100 per square foot", "$1,900 per troy ounce"  # "$61.10 per barrel": a rate, per any noun
RATE_ARTICLES = ("an?",)  # "$5 a share", "30,000 barrels a day": a rate, per one of RATE_NOUNS
RATE_NOUNS = ("day", "week", "month", "year", "hour", "minute", "second", "night", "share", "head", "person",
              "barrel", "gallon", "litre", "liter", "ounce", "pound", "kilo", "kilogram", "ton", "tonne", "dozen",
              "piece", "unit", "mile", "kilometre", "kilometer", "visit", "ticket", "seat", "room")
CHANGE_BY = "by"  # "rose 2 percent, while the index fell by 1": the same unit (not "rose 25% to 17,000")
# A bare figure that is the subject of what people do counts people: "more than 11,000 stay
# in the camp", "46 died"; and "11 of the injured" counts them too.
PEOPLE = "people"
PEOPLE_VERBS = ("stay", "stayed", "live", "lived", "remain", "remained", "died", "fled", "left", "arrived", "returned",
                "work", "worked", "voted", "marched", "gathered", "protested", "escaped", "survived", "were", "are",
                "have", "had",
                # "the quake left 2,000 dead", "left 40 wounded": what befell them, said of the people
                "dead", "wounded", "injured", "hurt", "missing", "homeless", "killed")
# After a bare figure and "of", the group the sentence named before: "40 passengers, and 12 of them
# died", "5 of whom were minors", "3 of which closed"; of people: "all 70 of us"
PART_OF_GROUP = ("them", "whom", "which", "those", "these")
PART_OF_PEOPLE = ("us",)
PEOPLE_AMONG = r"of\s+the\s+(?:injured|dead|wounded|missing|displaced|arrested|survivors|victims)"

# Labels: the words that bound a fact's clause in its sentence (extract/labels.py).
AUXILIARIES = {"was", "were", "is", "are", "been", "being", "be", "has", "have", "had", "will", "would",
               "could", "can", "may", "might", "must", "should", "shall"}
REPORTING = {"said", "says", "say", "told", "tells", "tell", "reported", "reports", "according", "added",
             "claimed", "stated", "announced", "heard", "explained", "complained", "estimated"}
CONJUNCTIONS = {"after", "before", "because", "while", "when", "whereas", "although", "though", "since",
                "until", "unless", "if", "so", "but", "and", "or", "as", "where", "whom", "whose", "including"}
RELATIVES = {"who", "which", "that"}
# What is set aside between commas opens so: ", which has risen since May,", ", including two
# children," ("that" opens no aside).
ASIDE_OPENERS = {"who", "which", "including", "excluding"}
# Besides the above, words a label neither starts nor ends on.
FUNCTION_WORDS = {
    "the", "a", "an", "of", "by", "to", "in", "on", "at", "for", "with", "from", "into", "onto", "over",
    "under", "than", "this", "these", "those", "its", "their", "his", "her", "our", "your", "my", "st", "mr",
    "mrs", "ms", "dr", "up", "about", "around", "some", "nearly", "almost", "more", "less", "fewer", "per",
    "via", "it", "they", "he", "she", "we", "i", "you", "there", "not", "no", "also", "just", "very", "then",
    "said", "says", "across", "through", "between", "among", "against", "during", "without", "within", "worth"}
LABEL_NOT_FIRST = {"and", "but", "or", "so", "then", "that", "which", "who"}
LABEL_GOES_ON = {"with"}
IN_PLACE = ("in", "the")  # "in (the) Belgorod region", added to a label that does not say where

# Key facts: the words of a figure's sentence that an editor weighs (key_facts.py).
# A figure is ascribed to someone by a word of saying or showing ("police said", "according to the
# ministry", "data show"); a body named in the sentence is no citation by itself ("clashes with riot
# police left 60 injured").
CITED = (r"said|says|say|told|tells|according to|announced|announces|reported|reports|estimated|estimates|"
         r"confirmed|stated|show|shows|showed|revealed|released")
CASUALTIES = r"killed|killing|dead|died|deaths?|injured|injuring|wounded|hurt|missing|casualties|victims"
# After a person's name, a figure that follows is theirs: "Ana Diaz won 52% of the vote", "Diaz
# received 1.2 million votes" (not "Ana Diaz said 12 people died": who gives a figure owns none).
OWNER_VERBS = frozenset({"won", "wins", "got", "gets", "received", "receives", "took", "takes", "secured",
                         "secures", "polled", "polls", "earned", "earns", "scored", "scores", "has", "had", "gained",
                         "gains", "collected", "collects", "raised", "raises", "owns", "owned", "holds", "held"})
# What a count of nothing in particular counts: "she was at least a dozen things", "10 ways to save".
VAGUE_NOUNS = frozenset({"thing", "things", "way", "ways", "reason", "reasons", "stuff"})
DISPLACED = r"displaced|evacuated|homeless|fled|arrested|detained|rescued|trapped|housed|sheltered|jailed"
# A price or index where a market's move took it is a level of the day, no lead of a story by
# itself: "Allstate lost 2.5 percent to $29.48", "the euro slumps to $1.4072", "closed at 11,897".
LEVEL_REACHED = (r"(?:rose|rises|fell|falls|gained|gains|lost|loses|climbed|climbs|dropped|drops|slumped|slumps|slid|"
                 r"slides|tumbled|tumbles|jumped|jumps|plunged|plunges|sank|sinks|edged (?:up|down)|closed|closes|"
                 r"ended|ends|settled|opened|finished|traded|trades|(?:was |were )?(?:up|down))"
                 r"(?: (?:up|down|higher|lower))?(?: (?:by )?[\d.,]+ ?(?:%|percent|per cent|points?|cents?|pence|p))?,? "
                 r"(?:to|at)")

# Merging: words that say nothing of what a figure counts, left out when two reports' words
# are compared, and the endings a crude stem drops ("housed", "housing").
CONTEXT_STOPWORDS = set("""
a an the and or but if of to in into on at by for from with without as is are was were be been being
this that these those it its they them their there here he she his her we us our you your i me my
said says say told tell who whom which what when where while than then so not no nor also just only
has have had do does did will would can could may might must shall should about after before over
under up down out more most less some any all each both few many much such own same other another
very one two three four five six seven eight nine ten nearly almost around approximately some
""".split())
STEM_SUFFIXES = ("ings", "ing", "ed", "en", "es", "s", "e")
# Merging: what happened to what a figure counts (its event), by the words beside it in its
# clause: reports of one figure with two different events are two facts ("127 killed", "127
# injured"); figures of one event may dispute each other. Each event -> its words (patterns).
EVENTS = {
    "killed": (r"killed", r"killing", r"dead", r"died", r"dies", r"deaths?", r"death toll", r"toll", r"fatalities",
               r"lost their lives", r"bodies", r"perished"),
    "injured": (r"injured", r"injuring", r"injuries", r"wounded", r"hurt", r"hospitali[sz]ed"),
    "missing": (r"missing", r"unaccounted for"),
    "on board": (r"on board", r"aboard", r"onboard", r"carr(?:y|ies|ied|ying)(?! out)", r"passengers and crew"),
    "evacuated": (r"evacuated", r"evacuation", r"evacuees"),
    "displaced": (r"displaced", r"homeless", r"fled", r"flee", r"fleeing", r"left their homes",
                  r"forced (?:from|out of) their homes"),
    "arrested": (r"arrested", r"arrests", r"detained", r"in custody"),
    "rescued": (r"rescued", r"survivors", r"survived"),
    "housed": (r"housed", r"sheltered", r"sheltering"),
    "without power": (r"without power", r"without electricity", r"power cuts?", r"lost power", r"los(?:e|es|ing) power",
                      r"power outages?", r"blackouts?", r"cut(?:s|ting)? (?:off )?power", r"knock(?:ed|s|ing)? out power"),
    "cut": (r"cut", r"cuts", r"cutting", r"shed", r"shedding", r"slash(?:ed|es|ing)?", r"ax(?:e|ed|es|ing)",
            r"eliminat(?:e|ed|es|ing)", r"lay(?:ing)? off", r"laid off", r"layoffs", r"redundanc(?:y|ies)"),
    "sold": (r"sold", r"sales", r"sells", r"shipped", r"shipments"),
    "lost": (r"lose", r"loses", r"lost", r"losses", r"levy", r"haircut", r"written off", r"write-off"),
}

# Reading: words whose trailing period does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "prof", "jr", "sr",
    "inc", "co", "corp", "ltd", "vs", "etc", "no", "vol", "approx", "est", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e",
    "u.s", "u.k", "u.n", "a.m", "p.m", "gov", "sen", "rep", "rev", "fig", "pp",
}
# Merging: what a counted noun counts in any language (lang/__init__.py, COUNTED_CONCEPTS): the
# same concept id in every module, so "1,400 people" joins "1400 осіб" and "1.400 Menschen".
# Merging: which way a distance runs says nothing of what it measures ("400 km north-west of Penang",
# "373 km from Penang": one distance the sources differ on).
DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                        "northern", "southern", "eastern", "western"})
# Nouns of several words that one figure counts: "239 passengers and crew" (not 239 passengers).
COUNTED_PHRASES = ("passengers and crew", "crew and passengers", "passengers and crew members",
                   "staff and students", "students and staff", "men, women and children")
COUNTED_CONCEPTS = {
    "people": "people", "persons": "people", "person": "people",
    "deaths": "people", "fatalities": "people",  # "the death toll rose to 24": 24 people killed
    "survivors": "people", "victims": "people",  # "pulled 198 survivors from the water": 198 people rescued
    "residents": "people", "inhabitants": "people",  # "forcing 8,000 residents to flee", "8,000 people fled"
    # everyone on board: "239 passengers and crew", "239 people on board"
    "passengers and crew": "people", "crew and passengers": "people", "passengers and crew members": "people",
    "men, women and children": "people",
    "soldiers": "soldiers", "servicemen": "soldiers",
    "homes": "homes", "houses": "homes",
    "cars": "cars", "vehicles": "vehicles",
    "children": "children",
    "aircraft": "aircraft", "planes": "aircraft", "airplanes": "aircraft", "aeroplanes": "aircraft",
}
