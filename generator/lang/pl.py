"""Polish: the words the stages read in Polish articles (the fields of lang.Language).

Numbers are grouped and marked as CLDR says for 'pl' (8 000 km², 2,52 proc.), and with dots as
some copy groups them (8.000): extract/numbers.py reads them through babel and GROUP_MARKS.
Polish inflects: words are written with their endings as patterns ("procent(?:y|ów|a)?"), and a
counted noun after a figure is in the plural or in the genitive plural ("3 tys. pracowników",
"43 tys. osób"). A field left out is empty: see lang/__init__.py.
"""

NUMBER_WORDS = {
    "dwa": 2, "dwie": 2, "dwóch": 2, "trzy": 3, "trzech": 3, "cztery": 4, "czterech": 4, "pięć": 5, "pięciu": 5,
    "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10, "jedenaście": 11, "dwanaście": 12,
    "dwadzieścia": 20, "trzydzieści": 30, "czterdzieści": 40, "pięćdziesiąt": 50, "sto": 100, "tysiąc": 1000,
}
# "3 tys. pracowników", "1,15 mln zł", "2 mld euro": scales as written, a period the abbreviation's.
SCALES = {"tys.": 1_000, "tys": 1_000, "tysiąc": 1_000, "tysiące": 1_000, "tysięcy": 1_000, "mln": 1_000_000,
          "mln.": 1_000_000, "milion": 1_000_000, "miliony": 1_000_000, "milionów": 1_000_000, "mld": 1_000_000_000,
          "mld.": 1_000_000_000, "miliard": 1_000_000_000, "miliardy": 1_000_000_000, "miliardów": 1_000_000_000,
          "bln": 10**12, "bln.": 10**12}
WORD_SCALES = tuple(SCALES)
GROUP_MARKS = (".",)
MONTH_NUMBERS = {
    "stycznia": 1, "styczeń": 1, "styczniu": 1, "lutego": 2, "luty": 2, "lutym": 2, "marca": 3, "marzec": 3,
    "marcu": 3, "kwietnia": 4, "kwiecień": 4, "kwietniu": 4, "maja": 5, "maj": 5, "maju": 5, "czerwca": 6,
    "czerwiec": 6, "czerwcu": 6, "lipca": 7, "lipiec": 7, "lipcu": 7, "sierpnia": 8, "sierpień": 8, "sierpniu": 8,
    "września": 9, "wrzesień": 9, "wrześniu": 9, "października": 10, "październik": 10, "październiku": 10,
    "listopada": 11, "listopad": 11, "listopadzie": 11, "grudnia": 12, "grudzień": 12, "grudniu": 12,
}
CURRENCY_WORDS = {  # beside CLDR's names; "zł" is CLDR's sign
    "złotych": "PLN", "złote": "PLN", "złoty": "PLN", "zł.": "PLN", "euro": "EUR", "dolarów": "USD", "dolary": "USD",
    "franków": "CHF", "funtów": "GBP", "rubli": "RUB", "hrywien": "UAH", "hrywny": "UAH", "forintów": "HUF",
    "huf": "HUF",
}
CENTS = ("gr", "groszy")
# Shares of a whole, its word in the genitive right after: "ponad połowa ankietowanych", "ćwierć
# mieszkańców"; "w drugiej połowie roku" is a part of a time.
SHARE_PARTS = {"połowa": 2, "połowy": 2, "połowę": 2, "połową": 2, "połowie": 2, "ćwierć": 4}
SHARE_OF = r"(?=[^\W\d_])"  # no word between: the whole follows in the genitive
SHARE_NOT_AFTER = ("pierwsza", "druga", "pierwszej", "drugiej", "pierwszą", "drugą", "tej")
QUALIFIERS = (
    "nie mniej niż", "nie więcej niż",  # the negation whole: "nie mniej niż 40" is at least 40
    "co najmniej", "co najwyżej", "mniej niż", "więcej niż", "ponad", "blisko", "prawie", "około", "ok.", "niemal",
    "nawet", "przeszło", "aż", "tylko", "zaledwie", "niespełna", "w pobliżu", "maksymalnie", "minimum", "do",
)
# After a figure, a noun counted is in the plural (2-4: "trzy osoby") or the genitive plural
# (5 and more: "pięć osób", "3 tys. pracowników").
IRREGULAR_PLURALS = {"osób", "ludzi", "dzieci", "lat", "kobiet", "mężczyzn", "osoby", "ludzie", "ofiar", "ofiary"}
PLURAL_ENDINGS = ("ów", "ych", "ich", "y", "i", "e", "ek", "ób", "ań", "eń")
NOT_PLURALS = {"i", "w", "we", "z", "ze", "na", "nie", "się", "że", "są", "by", "mi", "ci", "ty", "my", "wy", "ani",
               "czy", "gdy", "przy", "po", "od", "do", "to", "te", "ale", "jeszcze", "także", "również", "już",
               "jednak", "tym", "tymi", "swoje", "jego", "jej", "ich", "nich", "tej", "ten", "który", "która",
               "które", "których", "obecnie", "mie", "dzie", "tylko", "około", "blisko", "prawie", "bardzo",
               "więcej", "mniej", "wie", "chce", "będzie", "może", "ma", "mają", "miesięcznie", "rocznie",
               "dziennie", "tygodniowo", "wynosi", "wyniesie", "pracy", "roku", "dni"}
NOUN_STOPS = {"i", "a", "lub", "albo", "ale", "oraz", "który", "która", "które", "że", "gdy", "kiedy", "niż", "jak",
              "to", "po", "przed", "od", "do", "w", "we", "na", "z", "ze"}
PLACE_PREPOSITIONS = {"w", "we", "z", "ze", "do", "na", "przy", "pod", "nad"}
# Labels: a fact's clause starts after these ("poinformowało, że w obozie zakwaterowano blisko 1400 osób").
# A body named in quotation marks after what it is: "spółka „Orlen”", "partia „Razem”" (patterns).
ORGANISATIONS_NAMED_AFTER = (r"spółk\w*", r"parti\w*", r"bank\w*", r"fundacj\w*", r"firm\w*", r"koncern\w*",
                             r"grup\w*", r"klub\w*", r"stowarzyszeni\w*", r"ruch\w*", r"gazet\w*", r"stacj\w*")
# Who says a quote: "„…” – powiedział Jan Kowalski", "Kowalski stwierdził, że…".
SPEECH_VERBS = ("powiedział", "powiedziała", "powiedzieli", "stwierdził", "stwierdziła", "dodał", "dodała",
                "podkreślił", "podkreśliła", "zaznaczył", "zaznaczyła", "wyjaśnił", "wyjaśniła", "napisał",
                "napisała", "odpowiedział", "odpowiedziała", "przekazał", "przekazała", "mówi", "twierdzi", "pisze")
# "Jak powiedział Jan Nowak, „…”": after these, the speaker follows the verb.
INVERTED_ATTRIBUTION = ("jak",)
REPORTING = {"poinformował", "poinformowała", "poinformowało", "powiedział", "powiedziała", "powiedziało",
             "podał", "podała", "podało", "oświadczył", "oświadczyła", "według"}
CONJUNCTIONS = {"że", "i", "ale", "bo", "gdy", "kiedy", "oraz", "lub"}
NOT_PLACES = {"Poniedziałek", "Wtorek", "Środa", "Czwartek", "Piątek", "Sobota", "Niedziela"}
# How Polish articles write the kinds table's units (generator/kinds.py), by the unit's name.
UNITS = {
    "km²": r"km²|km2|km kw\.|kilometr(?:ów|y|a)? kwadratow(?:ych|e|y)|kw\. km",  # "8 tys. km kw."
    "ha": r"ha|hektar(?:ów|y|a)?",
    "m²": r"m²|m2|metr(?:ów|y|a)? kwadratow(?:ych|e|y)|mkw\.?",
    "%": r"proc\.|procent(?:y|ów|a)?|%",
    "times": r"razy|razów|raz\b",  # "dwa razy więcej"
    "percentage points": r"pkt\.? proc\.|punkt(?:y|ów)? procentow(?:y|e|ych)|p\.p\.",
    "km": r"km(?!/)|kilometr(?:ów|y|a)?",
    "m": r"m(?!/s)|metr(?:ów|y|a)?",
    "cm": r"cm|centymetr(?:ów|y|a)?",
    "mm": r"mm|milimetr(?:ów|y|a)?",
    "km/h": r"km/h",
    "m/s": r"m/s|metr(?:ów|y|a)? na sekundę",
    "m³": r"m³|m3",
    "l": r"litr(?:ów|y|a)?|(?<=\d)[lL]",
    "t": r"ton(?:y|a)?|t",
    "kg": r"kg|kilogram(?:ów|y|a)?",
    "g": r"gram(?:ów|y|a)?|(?<=\d) ?g",
    "°C": r"°\s?C|stopni(?:e|a)? Celsjusza",
    "MW": r"MW", "GW": r"GW", "kW": r"kW", "MWh": r"MWh", "GWh": r"GWh", "TWh": r"TWh", "kWh": r"kWh",
    "degrees": r"stopni(?:e|a)?|°",
    "years": r"lat(?:a)?|rok(?:u)?",
    "months": r"miesięcy|miesiące|miesiąc(?:a)?",
    "weeks": r"tygodni(?:e|a)?|tydzień",
    "days": r"dni|dzień|doby|dób",
    "hours": r"godzin(?:y|a)?|godz\.",
    "minutes": r"minut(?:y|a)?|min\.",
    "seconds": r"sekund(?:y|a)?|sek\.",
}
DATE_PREFIXES = ("w", "we", "od", "do", "przed", "po", "z", "ze")
AT_DATE = ("w", "we")
RELATIVE_AFTER = ("później", "wcześniej", "temu")
HOW_LONG = ("przez", "w ciągu", "od")
RANGE_WORDS = ("od", "do")
RANGE_TO = ("do",)  # "od 40 do 55 zł"; a change's two ends too: "wzrosnąć z 54 do 62,5 zł", "z 1 do 3 tys. zł"
CHANGE_WORDS = ("z", "do")  # "bezrobocie wzrosło z 5 do 7 proc.": where a figure was, and went
# A rise or fall before "z": "liczba ofiar wzrosła z 19 do 24" is a change
CHANGE_TARGETS = {"do"}  # after a rise or fall: where it went ("wzrosła do 17"), no bound
NUMBER_OF = r"(?:łączna\s+)?liczba"  # "liczba ofiar wzrosła do 17": what the bare figure counts
RISE_OR_FALL = (r"wzr[oó]s\w*|wzrasta\w*|zwiększ\w*|zmniejsz\w*|spad\w*|spadł\w*|obniż\w*|podwyższ\w*|podniesi\w*|"
                r"podni[oó]s\w*|zmal\w*|skoczył\w*|zmieni\w*|podrożał\w*|potani\w*|wzrost\w*")
AGE_SUFFIX = r"(?:-letni(?:a|ego|ej|m|ch|e)?\b)"  # "45-letni mężczyzna"
AGE_BEFORE = ("w wieku",)
AGE_LABEL = "{subject}, {value} lat"
MINUS_WORDS = ("minus",)
# "skazany na 15 lat więzienia", "grozi mu do 10 lat pozbawienia wolności"
PENALTY_BEFORE = (r"skazan\w*", r"grozi\w*", r"kar\w* do", r"kar\w*", r"wyrok\w*")
PENALTY_AFTER = ("więzienia", "pozbawienia wolności", "za kratami", "ograniczenia wolności")
IMPLIED_FOLLOWERS = ("i", "a", "lub", "to", "są", "było", "było")
PEOPLE = "osób"
FUNCTION_WORDS = {"i", "w", "we", "z", "ze", "na", "do", "od", "o", "po", "za", "przez", "przy", "dla", "to", "ten",
                  "ta", "te", "się", "nie", "jest", "są", "ok", "około", "ponad"}
IN_PLACE = ("w", "")
CITED = r"powiedział\w*|podał\w*|według|poinformował\w*|potwierdził\w*|z danych"
CASUALTIES = r"zabit\w*|zgin\w*|zmarł\w*|ofiar\w*|rann\w*|zagin\w*"
DISPLACED = r"ewakuowan\w*|przesiedlon\w*|zatrzyman\w*|aresztowan\w*|uratowan\w*"
# Reading: words whose trailing period ends no sentence ("3 tys. pracowników", "5 proc. osób").
ABBREVIATIONS = {"tys", "mln", "mld", "bln", "proc", "ok", "zł", "godz", "r", "ul", "m.in", "tj", "np", "dr",
                 "prof", "gr", "pkt", "tzw", "im", "al", "nr", "mkw", "kw", "min", "sek", "ds", "św", "woj", "pow"}
# Merging: what a counted noun counts in any language, by the ids of en.py's COUNTED_CONCEPTS.
COUNTED_CONCEPTS = {
    "osób": "people", "osoby": "people", "ludzi": "people", "mieszkańców": "people", "mieszkańcy": "people",
    "żołnierzy": "soldiers", "domów": "homes", "domy": "homes", "samochodów": "cars", "samochody": "cars",
    "aut": "cars", "pojazdów": "vehicles", "dzieci": "children",
}
# Roles marking a person, lower case ("Julija Niemczynowa, miejscowa aktywistka"; "prezydent Wołodymyr Zełenski").
ROLES = ("aktywista", "aktywistka", "prezydent", "gubernator", "dziennikarz", "dziennikarka", "korespondent",
         "korespondentka", "minister", "burmistrz", "mer", "poseł", "posłanka", "rzecznik", "rzeczniczka",
         "wolontariusz", "wolontariuszka")

GIVEN_NAME_LOCALES = ("pl_PL",)  # Faker's Polish first names: where a name starts after a title's body
