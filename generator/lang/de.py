"""German: the words the stages read in German articles (the fields of lang.Language).

Numbers are grouped and marked as CLDR says for 'de' (8.000 km², 2,52 %): extract/numbers.py
reads them through babel. A field left out is empty: see lang/__init__.py.
"""

NUMBER_WORDS = {  # "ein"/"eine" are articles as often: left out
    "anderthalb": 1.5, "eineinhalb": 1.5, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "tausend": 1000,
    "ein Dutzend": 12, "eine Million": 1_000_000, "eine Milliarde": 1_000_000_000,
}
ORDINAL_SUFFIXES = ()
# Scales after a figure, as written ("2,5 Mio. Euro", "495 Milliarden Euro"); a period is the
# abbreviation's.
SCALES = {"Tausend": 1_000, "Tsd.": 1_000, "Mio.": 1_000_000, "Mio": 1_000_000, "Million": 1_000_000,
          "Millionen": 1_000_000, "Mrd.": 1_000_000_000, "Mrd": 1_000_000_000, "Milliarde": 1_000_000_000,
          "Milliarden": 1_000_000_000, "Billion": 10**12, "Billionen": 10**12}
WORD_SCALES = tuple(SCALES)
VAGUE_AMOUNTS = {"Dutzende": (12, 120), "Hunderte": (100, 1000), "Tausende": (1000, 10_000),
                 "Zehntausende": (10_000, 100_000), "Hunderttausende": (100_000, 1_000_000)}
MONTH_NUMBERS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
    "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}
CURRENCY_WORDS = {  # beside CLDR's names ("Euro", "US-Dollar", "Schweizer Franken")
    "dollar": "USD", "franken": "CHF", "pfund": "GBP", "rubel": "RUB", "hrywnja": "UAH", "hrywnjas": "UAH",
    "griwna": "UAH", "zloty": "PLN", "złoty": "PLN",
}
CENTS = ("Cent",)
# Shares of a whole: "die Hälfte der Befragten", "ein Drittel der Stimmen", "zwei Drittel aller Fälle".
SHARE_PARTS = {"Hälfte": 2, "Drittel": 3, "Viertel": 4, "Fünftel": 5, "Sechstel": 6, "Achtel": 8, "Zehntel": 10}
SHARE_ONE = r"eine?|einem|einer"
SHARE_ARTICLE = r"die|der|das"
SHARE_OF = r"der|des|aller|von"
SHARE_NOT_AFTER = ("ersten", "zweiten", "anderen", "letzten", "vergangenen", "kommenden")  # "in der ersten Hälfte des Jahres"
QUALIFIERS = (
    "nicht weniger als", "nicht unter", "nicht über",  # the negation whole: "nicht weniger als 40" is at least 40
    "mehr als", "weniger als", "knapp über", "knapp unter", "nicht mehr als", "mindestens", "höchstens",
    "bis zu", "fast", "knapp", "rund", "etwa", "ungefähr", "circa", "ca.", "nahezu", "annähernd", "gut",
    "über", "unter", "nur", "lediglich", "schätzungsweise",
)
# German writes every noun with a capital: a counted noun is one (COUNTED_NOUNS_CAPITALISED).
IRREGULAR_PLURALS = {"leute", "menschen", "personen", "kinder", "polizisten", "soldaten"}
PLURAL_ENDINGS = ("en", "er", "e", "n", "s")
NOT_PLURAL_ENDINGS = ("ss",)
NOT_PLURALS = {"uhr", "ende", "anfang", "mitte", "prozent", "euro", "dollar", "jahre", "jahren", "dass", "mal",
               "seite", "stelle", "runde"}
NOUN_STOPS = {"und", "oder", "aber", "die", "der", "das", "dem", "den", "des", "als", "wenn", "weil", "nachdem",
              "bevor", "seit", "dass", "wie", "bis", "im", "am"}
TIMES = "mal"
OF = "von"
PLACE_PREPOSITIONS = {"in", "im", "aus", "nach", "bei", "vom"}
# Capitalised words that are no name (every German noun is capitalised): articles and pronouns
# before a noun speaking ("Der Minister sagte"), the days.
NOT_NAMES = {"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines", "Einem", "Einen", "Er", "Sie",
             "Es", "Wir", "Ihr", "Man", "Dieser", "Diese", "Dieses", "Montag", "Dienstag", "Mittwoch", "Donnerstag",
             "Freitag", "Samstag", "Sonntag"}
NOT_PLACES = {"Der", "Die", "Das", "Ein", "Eine", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
              "Samstag", "Sonntag", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"}
NUMBER_LABELS = ("Kategorie", "Stufe", "Nummer", "Nr", "Artikel", "Paragraf", "Paragraph", "Version", "Folge",
                 "Seite", "Klasse", "Linie", "Gleis", "Zone", "Typ", "Modell")
HYPHEN_PREFIXES = ("minus", "plus", "über", "unter", "rund")
FRACTIONS_AFTER = {"einhalb": 0.5}  # "zweieinhalb Stunden", "dreieinhalb Jahre"
MULTIPLE_SUFFIX = r"(?:mal|fach(?:e[nrsm]?)?)"  # "dreimal", "zehnfach", "das Zehnfache"
# How German articles write the kinds table's units (generator/kinds.py), by the unit's name.
UNITS = {
    "km²": r"Quadratkilomet(?:er|ern)|km²|km2|qkm",
    "ha": r"Hektar",
    "m²": r"Quadratmet(?:er|ern)|m²|qm",
    "%": r"Prozent|%",
    "percentage points": r"Prozentpunkten?|Prozentpunkte",
    "km": r"Kilomet(?:er|ern)(?! pro Stunde)|km(?!/)",
    "m": r"Met(?:er|ern)|m(?!/s)",
    "cm": r"Zentimet(?:er|ern)|cm",
    "mm": r"Millimet(?:er|ern)|mm",
    "km/h": r"km/h|Stundenkilomet(?:er|ern)|Kilomet(?:er|ern) pro Stunde",
    "m/s": r"m/s|Met(?:er|ern) pro Sekunde",
    "m³": r"Kubikmet(?:er|ern)|m³|m3",
    "l": r"Litern?|(?<=\d)[lL]",
    "t": r"Tonnen?|t",
    "kg": r"Kilogramm|Kilo|kg",
    "g": r"Gramm|(?<=\d) ?g",
    "mg": r"Milligramm|mg",
    "°C": r"°\s?C|Grad Celsius|(?<=\d)C",
    "MW": r"Megawatt|MW",
    "GW": r"Gigawatt|GW",
    "kW": r"Kilowatt|kW",
    "MWh": r"Megawattstunden?|MWh",
    "GWh": r"Gigawattstunden?|GWh",
    "TWh": r"Terawattstunden?|TWh",
    "kWh": r"Kilowattstunden?|kWh",
    "degrees": r"Grad|°",
    "decades": r"Jahrzehnten?",
    "years": r"Jahren?|Jahres",
    "months": r"Monaten?|Monats",
    "weeks": r"Wochen?",
    "days": r"Tagen?|Tage",
    "hours": r"Stunden?",
    "minutes": r"Minuten?",
    "seconds": r"Sekunden?",
    "times": r"-?(?:[Mm]al|fach(?:e[nrsm]?)?)\b",
}
DATE_PREFIXES = ("am", "im", "seit", "bis", "vom", "ab", "vor", "nach", "anfang", "ende", "mitte", "zum", "in")
AT_DATE = ("am", "im", "in")
RELATIVE_AFTER = ("später", "zuvor", "danach", "früher", "vorher")
RELATIVE_NEXT = ("nächsten", "folgenden", "vorigen")
RELATIVE_PERIODS = ("Tag", "Woche", "Monat", "Jahr", "Morgen", "Abend", "Nacht")
HOW_LONG = ("für", "seit", "innerhalb", "binnen", "während")
RANGE_WORDS = ("zwischen", "und")
RANGE_TO = ("bis", "auf")  # "20.000 bis 30.000 Euro"; "von 5 auf 7 Prozent", a change's two ends
NUMBER_OF = r"(?:die|der) (?:Gesamtzahl|Zahl|Anzahl) der"  # "die Zahl der Toten stieg von 19 auf 24": Tote
CHANGE_WORDS = ("von", "auf")  # "stieg von 5 auf 7 Prozent": where a figure was, and went
# A rise or fall before "von": "die Quote stieg von 5 auf 7 Prozent", "die Erhöhung von 5 auf 7 Prozent"
RISE_OR_FALL = (r"st[ie]eg\w*|gestiegen|sank\w*|sinkt|gesunken|fiel\w*|fällt|gefallen|wuchs|wächst|gewachsen|"
                r"erhöh\w*|Erhöhung|senk\w*|gesenkt|Senkung|verdoppel\w*|halbiert\w*|kletter\w*|geklettert|"
                r"sprang|gesprungen|reduz\w*|verringer\w*|Anstieg|Rückgang|angehoben|anheb\w*|hob|gehoben")
AGE_SUFFIX = r"(?:-[Jj]ährige[nmrs]?\b|[- ]Jahre alt\b)"  # "ein 44-Jähriger", "44 Jahre alt"
AGE_BEFORE = ("im Alter von", "Alter von")
AGE_LABEL = "{subject}, {value} Jahre"
MINUS_WORDS = ("minus",)
# "zu 15 Jahren Haft verurteilt", "drohen bis zu 15 Jahre Gefängnis", "eine Freiheitsstrafe von 7 Jahren"
PENALTY_BEFORE = (r"verurteilt\w*", r"droh\w*", r"Haftstrafe von", r"Freiheitsstrafe von", r"Gefängnisstrafe von",
                  r"Strafe von")
PENALTY_AFTER = ("Haft", "Gefängnis", "Freiheitsstrafe", "Freiheitsentzug", "hinter Gittern", "Haftstrafe")
IMPLIED_FOLLOWERS = ("und", "oder", "aber", "waren", "sind", "wurden")
PEOPLE = "Menschen"
AUXILIARIES = {"ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "hatten",
               "sei", "seien"}
# A compound title before a name ends so: "Wirtschaftsminister Robert Habeck", "UBA-Präsident Dirk
# Messner" (the name starts after it).
TITLE_ENDINGS = ("minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "sprecher",
                 "sprecherin", "chef", "chefin", "meister", "meisterin", "vorsitzende", "vorsitzender", "direktor",
                 "direktorin", "leiter", "leiterin", "experte", "expertin", "senator", "senatorin")
# A body named in quotation marks after what it is: "die Partei „Die Linke“", "der Verein „Tafel“".
ORGANISATIONS_NAMED_AFTER = (r"Partei", r"Firma", r"Unternehmen\w*", r"Konzern\w*", r"Bewegung", r"Verein\w*",
                             r"Bank", r"Stiftung", r"Gruppe", r"Zeitung", r"Sender\w*", r"Organisation")
# Who says a quote: "„…“, sagte Anna Schmidt", "Schmidt erklärte, …".
SPEECH_VERBS = ("sagte", "sagten", "sagt", "erklärte", "erklärt", "betonte", "betont", "schrieb", "schreibt",
                "antwortete", "ergänzte", "meinte", "meint", "warnte", "kritisierte")
REPORTING = {"sagte", "sagt", "teilte", "berichtete", "erklärte", "laut", "zufolge", "hieß"}
CONJUNCTIONS = {"und", "oder", "aber", "weil", "während", "wenn", "als", "nachdem", "bevor", "obwohl", "dass"}
RELATIVES = {"der", "die", "das", "welche", "welcher"}
FUNCTION_WORDS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "von",
                  "mit", "zu", "zum", "zur", "in", "im", "an", "am", "auf", "aus", "bei", "für", "um", "über",
                  "unter", "rund", "etwa", "fast", "mehr", "als", "nur", "noch", "auch", "sich", "es", "sie", "er"}
IN_PLACE = ("in", "der")
CITED = r"sagte|sagt|laut|zufolge|teilte|berichtete|bestätigte|erklärte"
CASUALTIES = r"getötet|tot|Tote|starben|gestorben|verletzt|Verletzte|vermisst|Opfer"
DISPLACED = r"vertrieben|evakuiert|obdachlos|geflohen|festgenommen|verhaftet|gerettet|untergebracht"
# Reading: words whose trailing period ends no sentence ("2,5 Mio. Euro", "ca. 300").
ABBREVIATIONS = {"mio", "mrd", "tsd", "ca", "bzw", "z.b", "u.a", "d.h", "dr", "prof", "nr", "st", "vgl", "usw",
                 "etc", "inkl", "ggf", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
                 "mind", "max", "min", "std", "abs", "bzgl"}
COUNTED_NOUNS_CAPITALISED = True
# Merging: what a counted noun counts in any language, by the ids of en.py's COUNTED_CONCEPTS.
COUNTED_CONCEPTS = {
    "menschen": "people", "personen": "people", "leute": "people",
    "einwohner": "people", "einwohnern": "people", "bewohner": "people", "bewohnern": "people",
    "soldaten": "soldiers", "häuser": "homes", "häusern": "homes", "wohnhäuser": "homes",
    "autos": "cars", "pkw": "cars", "fahrzeuge": "vehicles", "fahrzeugen": "vehicles",
    "kinder": "children", "kindern": "children",
}
