"""French: the words the stages read in French articles (the fields of lang.Language).

Numbers are grouped and marked as CLDR says for 'fr' (8 000 km², 2,5 %), and as Swiss and
agency copy groups them too (84'000, 7’000, 8.000): extract/numbers.py reads them through babel
and GROUP_MARKS. A field left out is empty: see lang/__init__.py.
"""

NUMBER_WORDS = {  # "un"/"une" are articles as often: left out
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17,
    "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "soixante-dix": 70, "quatre-vingts": 80, "quatre-vingt-dix": 90, "cent": 100, "mille": 1000,
    "une douzaine": 12, "un million": 1_000_000, "un milliard": 1_000_000_000,
}
SCALES = {"mille": 1_000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000,
          "milliards": 1_000_000_000, "mio": 1_000_000, "Mio": 1_000_000, "mrd": 1_000_000_000, "Mrd": 1_000_000_000,
          "md": 1_000_000_000, "Md": 1_000_000_000, "M": 1_000_000, "k": 1_000}
WORD_SCALES = ("mille", "million", "millions", "milliard", "milliards", "mio", "Mio", "mrd", "Mrd", "md", "Md")
GROUP_MARKS = ("'", "’", ".")  # "84'000 personnes", "7’000 manifestants", "8.000 entreprises"
VAGUE_AMOUNTS = {"des dizaines de": (10, 100), "des centaines de": (100, 1000), "des milliers de": (1000, 10_000),
                 "des dizaines de milliers de": (10_000, 100_000), "des centaines de milliers de": (100_000, 1_000_000),
                 "des millions de": (1_000_000, 10_000_000)}
MONTH_NUMBERS = {
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "janv": 1, "févr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
}
CURRENCY_WORDS = {  # beside CLDR's names ("euros", "francs suisses"); "2 millions de francs"
    "francs": "CHF", "franc": "CHF", "de francs": "CHF", "de francs suisses": "CHF", "d'euros": "EUR",
    "d’euros": "EUR", "de dollars": "USD", "dollars": "USD", "dollar": "USD", "de livres": "GBP",
    "de roubles": "RUB", "roubles": "RUB", "hryvnias": "UAH", "de hryvnias": "UAH",
}
CENTS = ("centimes", "cents")
# Shares of a whole: "la moitié des Français", "un tiers des électeurs", "deux tiers des votes".
SHARE_PARTS = {"moitié": 2, "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5,
               "dixième": 10, "dixièmes": 10}
SHARE_ONE = r"une?"
SHARE_ARTICLE = r"la|le"
SHARE_OF = r"des|de\s+la|de\s+l[’']|du|de|d[’']"
SHARE_IDIOMS = ("quart d'heure", "quart d’heure", "quarts d'heure", "quarts d’heure")  # a quarter of an hour: a time
SHARE_NOT_AFTER = ("première", "seconde", "deuxième", "dernière", "autre", "à")  # "la première moitié de l'année", "à la moitié du match"
QUALIFIERS = (
    "un peu plus de", "un peu moins de", "pas moins de", "plus de", "moins de", "près de", "près d'", "près d’",
    "au moins", "au plus", "jusqu'à", "jusqu’à", "autour de", "environ", "presque", "quelque", "quasiment",
    "approximativement", "seulement", "quelques", "plus d'", "plus d’", "moins d'", "moins d’", "à peine",
)
IRREGULAR_PLURALS = {"gens"}
PLURAL_ENDINGS = ("s", "x")
NOT_PLURAL_ENDINGS = ("ss",)
NOT_PLURALS = {"les", "des", "ses", "ces", "mes", "tes", "nos", "vos", "leurs", "sous", "sans", "dans", "plus",
               "moins", "trois", "pas", "très", "après", "depuis", "alors", "mais", "fois", "dès", "vers", "jamais",
               "toujours", "aux", "lors", "puis", "tous", "ils", "elles", "nous", "vous", "deux", "six", "dix", "prix",
               "choix", "paix", "mieux", "ceux", "eux", "auprès", "parmi", "hors", "tandis", "avons", "avez", "étais",
               "était", "es", "as", "dont", "jours", "selon"}
NOUN_STOPS = {"et", "ou", "mais", "qui", "que", "qu", "dont", "lorsque", "quand", "car", "si", "contre", "le", "la"}
TIMES = "fois"
PLACE_PREPOSITIONS = {"à", "au", "aux", "en", "dans", "vers", "chez"}
NOT_PLACES = {"Le", "La", "Les", "Un", "Une", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"}
NAME_PARTICLES = ("de", "du", "des", "la", "le")
NUMBER_LABELS = ("catégorie", "niveau", "numéro", "no", "n°", "article", "chapitre", "version", "saison", "page",
                 "ligne", "zone", "acte", "étape", "classe", "type", "modèle")
# How French articles write the kinds table's units (generator/kinds.py), by the unit's name.
UNITS = {
    "km²": r"kilomètres? carrés?|km²|km2",
    "ha": r"hectares?",
    "m²": r"mètres? carrés?|m²",
    "%": r"pour ?cent|%",
    "percentage points": r"points? de pourcentage|points?(?= de (?:croissance|PIB|base))",
    "km": r"kilomètres?(?! (?:à l'heure|par heure|heure))|km(?!/)",
    "m": r"mètres?|m(?!/s)",
    "cm": r"centimètres?|cm",
    "mm": r"millimètres?|mm",
    "km/h": r"km/h|kilomètres? à l'heure|kilomètres?[- ]heure",
    "m/s": r"m/s|mètres? (?:par|à la) seconde",
    "m³": r"mètres? cubes?|m³|m3",
    "l": r"litres?|(?<=\d)[lL]",
    "t": r"tonnes?|t",
    "kg": r"kilogrammes?|kilos?|kg",
    "g": r"grammes?|(?<=\d) ?g",
    "mg": r"milligrammes?|mg",
    "°C": r"°\s?C|degrés? Celsius|(?<=\d)C",
    "times": r"fois",
    "MW": r"mégawatts?|MW",
    "GW": r"gigawatts?|GW",
    "kW": r"kilowatts?|kW",
    "MWh": r"mégawattheures?|MWh",
    "GWh": r"gigawattheures?|GWh",
    "TWh": r"térawattheures?|TWh",
    "kWh": r"kilowattheures?|kWh",
    "degrees": r"degrés?|°",
    "decades": r"décennies?",
    "years": r"ans|années?",
    "months": r"mois",
    "weeks": r"semaines?",
    "days": r"jours?|journées?",
    "hours": r"heures?",
    "minutes": r"minutes?|min",
    "seconds": r"secondes?",
}
DATE_PREFIXES = ("le", "en", "depuis", "dès", "avant", "après", "jusqu'au", "jusqu’au", "au", "du", "début", "fin",
                 "mi", "courant")
AT_DATE = ("le", "en")
RELATIVE_AFTER = ("plus tard", "auparavant", "plus tôt", "après")
RELATIVE_NEXT = ("lendemain",)
HOW_LONG = ("pendant", "durant", "depuis", "en")
RANGE_WORDS = ("entre", "et")
RANGE_TO = ("à",)  # "de 20 à 30 euros"
CHANGE_WORDS = ("de", "à")  # "le taux est passé de 5 à 7 %": where a figure was, and went
# Only a figure's passing from one to the other: "a augmenté de 5 à 7 %" may be a rise of 5 to 7 %
NUMBER_OF = r"le nombre (?:de|d['’])"  # "le nombre de morts est passé à 17": what the bare figure counts
RISE_OR_FALL = r"pass(?:e|é|ée|és|ées|er|era|ait|ant|ent|ait)|port(?:é|ée|és|ées|er|era|ait)"
AGE_BEFORE = ("âgé de", "âgée de", "âgés de", "âgées de",
              # "un homme de 45 ans", "une fillette de 6 ans": a person of so many years is their age
              r"(?:homme|femme|garçon|fille|fillette|enfant|bébé|adolescente?|jeune|retraitée?|victime|conducteur"
              r"|conductrice|suspecte?|passagère?|piétonne?|cycliste|motard|père|mère) de")
AGE_LABEL = "{subject}, {value} ans"
MINUS_WORDS = ("moins",)
# "condamné à 15 ans de prison", "risque jusqu'à 10 ans d'emprisonnement", "une peine de 7 ans"
PENALTY_BEFORE = (r"condamnée?s? à", r"risquen?t?", r"encour\w*", r"peine de", r"passibles? de")
PENALTY_AFTER = ("de prison", "d'emprisonnement", "d’emprisonnement", "de réclusion", "de détention", "ferme")
# after a bare figure, what shows it counts what the count before it counted: "7’000 manifestants,
# contre 8’000 samedi dernier", "dont 3.500 dans l’industrie"
IMPLIED_FOLLOWERS = ("et", "ou", "mais", "dans", "sont", "étaient", "ont", "avaient", "lundi", "mardi", "mercredi",
                     "jeudi", "vendredi", "samedi", "dimanche", "la veille", "l’an dernier", "l'an dernier")
PEOPLE = "personnes"
AUXILIARIES = {"est", "sont", "était", "étaient", "a", "ont", "avait", "avaient", "sera", "seront", "été"}
# A body named in quotation marks after what it is: "le parti « Les Républicains »", "l'association « Aides »".
ORGANISATIONS_NAMED_AFTER = (r"parti", r"société", r"entreprise", r"groupe", r"mouvement", r"association",
                             r"banque", r"fondation", r"journal", r"chaîne", r"organisation", r"collectif")
# Who says a quote: "« … », a déclaré Anne Dupont", "« … », explique Anne Dupont".
SPEECH_VERBS = ("a déclaré", "a dit", "a affirmé", "a expliqué", "a ajouté", "a souligné", "a indiqué", "a précisé",
                "a répondu", "a écrit", "déclare", "dit", "affirme", "explique", "ajoute", "souligne", "indique",
                "précise", "répond", "écrit", "estime")
REPORTING = {"a dit", "dit", "déclaré", "selon", "indiqué", "annoncé", "affirmé", "précisé", "expliqué"}
CONJUNCTIONS = {"et", "ou", "mais", "car", "donc", "lorsque", "quand", "si", "puisque", "alors", "tandis", "que", "qu"}
RELATIVES = {"qui", "que", "dont", "où"}
FUNCTION_WORDS = {"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "à", "au", "aux", "en", "dans",
                  "par", "pour", "sur", "avec", "sans", "sous", "entre", "vers", "chez", "ce", "cette", "ces", "son",
                  "sa", "ses", "leur", "leurs", "plus", "moins", "environ", "près", "il", "elle", "ils", "elles", "on",
                  "ne", "pas", "y", "se", "qu"}
IN_PLACE = ("à", "la")
CITED = r"selon|a dit|a déclaré|a indiqué|annoncé|d\'après|a confirmé"
CASUALTIES = r"tués?|morts?|décès|décédés?|blessés?|disparus?|victimes"
DISPLACED = r"déplacés?|évacués?|sans-abri|interpellés?|arrêtés?|interpellations|secourus"
# Reading: words whose trailing period ends no sentence.
ABBREVIATIONS = {"mio", "mrd", "env", "mme", "mmes", "mm", "mlle", "dr", "st", "ste", "etc", "av", "apr", "janv",
                 "févr", "juil", "sept", "oct", "nov", "déc", "no", "n°", "p", "cf", "art", "vol"}
# The noun a figure counts comes first, what describes it after: "3 policiers blessés".
COUNTED_NOUN_FIRST = True
# Merging: what a counted noun counts in any language, by the ids of en.py's COUNTED_CONCEPTS.
COUNTED_CONCEPTS = {
    "personnes": "people", "gens": "people", "habitants": "people", "résidents": "people",
    "soldats": "soldiers", "militaires": "soldiers", "maisons": "homes", "logements": "homes",
    "voitures": "cars", "véhicules": "vehicles", "enfants": "children",
}
# Roles marking a person, lower case ("Ioulia Nemtchinova, une militante locale"; "le président Volodymyr Zelensky").
ROLES = ("militant", "militante", "activiste", "président", "présidente", "gouverneur", "journaliste",
         "correspondant", "correspondante", "ministre", "maire", "député", "députée", "porte-parole", "bénévole")
