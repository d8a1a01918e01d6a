"""Lithuanian: the words the stages read in Lithuanian articles (the fields of lang.Language).

Numbers are grouped and marked as CLDR says for 'lt' (8 000 km², 2,52 proc.), and with dots as
much copy groups them (8.000): extract/numbers.py reads them through babel and GROUP_MARKS.
Lithuanian inflects: words are written with their endings as patterns ("procent(?:ų|ai|o|as)?").
A field left out is empty: see lang/__init__.py.
"""

NUMBER_WORDS = {
    "du": 2, "dvi": 2, "trys": 3, "keturi": 4, "keturios": 4, "penki": 5, "penkios": 5, "šeši": 6, "šešios": 6,
    "septyni": 7, "aštuoni": 8, "devyni": 9, "dešimt": 10, "dvidešimt": 20, "šimtas": 100, "tūkstantis": 1000,
}
# "1,4 tūkst. žmonių", "2 mln. eurų", "3 mlrd. dolerių": scales as written, a period the abbreviation's.
SCALES = {"tūkst.": 1_000, "tūkst": 1_000, "tūkstančių": 1_000, "tūkstančiai": 1_000, "mln.": 1_000_000,
          "mln": 1_000_000, "milijonų": 1_000_000, "milijonai": 1_000_000, "milijonas": 1_000_000,
          "mlrd.": 1_000_000_000, "mlrd": 1_000_000_000, "milijardų": 1_000_000_000, "milijardai": 1_000_000_000,
          "milijardas": 1_000_000_000}
WORD_SCALES = tuple(SCALES)
GROUP_MARKS = (".",)  # "8.000 km²"
MONTH_NUMBERS = {
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6, "liepos": 7, "rugpjūčio": 8,
    "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12,
}
CURRENCY_WORDS = {  # beside CLDR's names
    "eurų": "EUR", "euro": "EUR", "eurai": "EUR", "dolerių": "USD", "doleriai": "USD", "JAV dolerių": "USD",
    "rublių": "RUB", "grivinų": "UAH", "zlotų": "PLN", "litų": "LTL",
}
QUALIFIERS = (
    "daugiau kaip", "daugiau nei", "mažiau kaip", "mažiau nei", "ne mažiau kaip", "ne daugiau kaip", "maždaug",
    "apie", "beveik", "bemaž", "per", "iki", "net", "tik", "vos", "apytiksliai", "mažiausiai", "daugiausiai",
)
IRREGULAR_PLURALS = {"žmonių", "žmonės", "vaikų", "vaikai"}
PLURAL_ENDINGS = ("ų", "ai", "os", "ės", "iai", "ys", "ūs")
NOT_PLURALS = {"kai", "tai", "jai", "mums", "jums", "jos", "kurios", "šios", "tos", "savo", "ir", "nes", "iš", "su",
               "per", "prie", "apie", "kaip", "nei", "dar", "jau", "taip", "tačiau", "bei", "arba", "jų", "kurių",
               "šių", "tų", "mūsų", "jūsų", "metų"}
NOUN_STOPS = {"ir", "bei", "arba", "bet", "o", "kuris", "kuri", "kurie", "kai", "nes", "kad", "nei", "kaip"}
# Labels: a fact's clause starts after these ("pranešė, kad laikinoje stovykloje apgyvendinta beveik 1400 žmonių").
REPORTING = {"pranešė", "sakė", "teigė", "pareiškė", "nurodė", "pasak", "anot"}
CONJUNCTIONS = {"kad", "ir", "bei", "bet", "nes", "kai", "arba"}
PLACE_PREPOSITIONS = {"iš", "į", "ties", "prie"}
# How Lithuanian articles write the kinds table's units (generator/kinds.py), by the unit's name.
UNITS = {
    "km²": r"km²|km2|kv\. ?km|kvadratini(?:ų|ai|s) kilometr(?:ų|ai|as)",
    "ha": r"ha|hektar(?:ais|ai|as|us|ų|ą|o)",
    "m²": r"m²|m2|kv\. ?m",
    "%": r"proc\.|procent(?:uose|ams|ais|as|ai|ui|us|ų|o|ą|u|e)|%",
    "percentage points": r"procentini(?:ų|ai|o|s) punkt(?:ų|ai|o|as|ais)|proc\. punkt(?:ų|ai|o|as|ais)",
    "km": r"km(?!/)|kilometr(?:ais|ai|as|us|ų|ą|o)",
    "m": r"m(?![./])|metr(?:ais|ai|as|us|ų|ą|o)",  # "2024 m." is the year 2024 (metai)
    "cm": r"cm", "mm": r"mm",
    "km/h": r"km/h|km/val\.",
    "m/s": r"m/s",
    "t": r"ton(?:omis|oms|os|ų|ą|a)|t",
    "kg": r"kg|kilogram(?:ų|ai|as)",
    "°C": r"°\s?C|laipsni(?:ų|ai|s) šilumos",
    "degrees": r"laipsni(?:ų|ai|s)|°",
    "years": r"met(?:uose|ams|ais|ai|us|ų)",
    "months": r"mėnes(?:iams|iais|iai|iui|ius|io|ių|is|į|iu)",
    "weeks": r"savaič(?:ių|ių|es)|savaitės|savaitę",
    "days": r"dien(?:omis|oms|ose|os|ų|ą|a|ai)",
    "hours": r"valand(?:omis|oms|os|ų|ą|a)|val\.",
    "minutes": r"minuč(?:ių|ių)|minutės|minutę|min\.",
}
DATE_PREFIXES = ("nuo", "iki", "po", "prieš")
RANGE_WORDS = ("nuo", "iki")
RANGE_TO = ("iki",)
CHANGE_WORDS = ("nuo", "iki")  # "nedarbas padidėjo nuo 5 iki 7 proc.": where a figure was, and went
# A rise or fall before "nuo": "padidėjo nuo 5 iki 7" is a change, "svyruoja nuo 40 iki 55" a range
RISE_OR_FALL = r"padidėj\w*|išaug\w*|sumažėj\w*|sumažin\w*|padidin\w*|krit\w*|nukrit\w*|pakil\w*|pakėl\w*|smuk\w*|pabrang\w*|atpig\w*"
AGE_SUFFIX = r"(?:-(?:metis|metė|mečio|metės|mečiai|metės)\b)"  # "44-erių metų", "44-metis"
AGE_BEFORE = ("sulaukęs", "sulaukusi")
AGE_LABEL = "{subject}, {value} m."
MINUS_WORDS = ("minus",)
# "nuteistas 15 metų laisvės atėmimo", "gresia iki 15 metų laisvės atėmimo bausmė"
PENALTY_BEFORE = (r"nuteist\w*", r"gresia", r"skirta\w*", r"bausm\w*")
PENALTY_AFTER = ("laisvės atėmimo", "kalėjimo", "nelaisvės")
IMPLIED_FOLLOWERS = ("ir", "bei", "arba", "o")
PEOPLE = "žmonių"
IN_PLACE = ("", "")
CITED = r"sakė|teigė|pranešė|anot|pasak|duomenimis|patvirtino"
CASUALTIES = r"žuv\w*|mir\w*|sužeist\w*|dingus\w*|auk\w*"
DISPLACED = r"evakuot\w*|sulaikyt\w*|išgelbėt\w*|pabėg\w*"
# Reading: words whose trailing period ends no sentence ("1,4 tūkst. žmonių", "5 proc. pajamų").
ABBREVIATIONS = {"tūkst", "mln", "mlrd", "proc", "val", "min", "m", "d", "kt", "pvz", "t.y", "kv", "nr", "g", "pr",
                 "doc", "dr", "prof", "p", "kt", "sav"}
# Merging: what a counted noun counts in any language, by the ids of en.py's COUNTED_CONCEPTS.
COUNTED_CONCEPTS = {
    "žmonių": "people", "žmonės": "people", "asmenų": "people", "asmenys": "people", "gyventojų": "people",
    "gyventojai": "people", "karių": "soldiers", "kariai": "soldiers", "namų": "homes", "namai": "homes",
    "automobilių": "cars", "automobiliai": "cars", "mašinų": "cars", "vaikų": "children", "vaikai": "children",
}
# Roles marking a person, lower case ("Julija Nemčinova, vietos aktyvistė"; "prezidentas Volodymyras Zelenskis").
ROLES = ("aktyvistas", "aktyvistė", "prezidentas", "prezidentė", "gubernatorius", "gubernatorė", "žurnalistas",
         "žurnalistė", "korespondentas", "korespondentė", "ministras", "ministrė", "meras", "merė", "atstovas",
         "atstovė", "savanoris", "savanorė")
