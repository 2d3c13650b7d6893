"""The abbreviation tables the sentence splitter reads (sentences.py): which abbreviations end no
sentence, end none before a number or a given word, or end one before a capital, per language
("*": every language). Each merges the tables of sentence_languages, sentence_news and
sentence_scripts, where the rules from later outside tests keep their own.
"""

from . import sentence_languages as more
from . import sentence_news as news
from . import sentence_scripts as scripts

NOT_FINAL = more.merged({
    "en": {"vs.", "approx.", "Fig.", "Figs.", "Nos.", "cf.", "pp.", "Vol.", "Ch.", "Sec."},
    "de": {
        "Abs.", "Mio.", "Mrd.", "Nr.", "bzw.", "ca.", "vgl.", "Vgl.", "S.", "Jh.", "Str.", "Art.", "Kap.",
        "gegr.", "geb.", "Tel.", "Prof.", "Dr.", "St.", "Hrsg.", "Bd.", "evtl.", "inkl.", "zzgl.", "ggf.",
        "sog.", "Jan.", "Feb.", "Febr.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.", "Tsd.", "Std.", "Min.",
    },
    "fr": {
        "M.", "MM.", "Mme.", "Mlle.", "Mgr.", "Me.", "p.", "pp.", "janv.", "févr.", "avr.", "juil.",
        "sept.", "oct.", "nov.", "déc.", "env.", "Env.", "cf.", "Cf.", "art.", "chap.", "vol.", "av.",
        "apr.", "bd.", "St.", "Ste.", "n°.", "éd.", "coll.",
    },
    "es": {
        "Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "pág.", "págs.", "ene.", "feb.", "abr.", "ago.", "sept.",
        "oct.", "nov.", "dic.", "aprox.", "núm.", "art.", "Avda.", "Ud.", "Uds.", "Excmo.", "Excma.",
        "Av.", "Pza.", "Ctra.",
    },
    # Polish abbreviations that stand before what they qualify (Polish spelling rules, the
    # Wielki słownik ortograficzny PWN list): "ok. 5 mld" (około, about), "ul." / "al." / "pl." +
    # a street, "tzw." (so-called), "np." (for example), "m.in." (among
    # others), "tj." (that is), "ds." (for), "im." (named after), "św." (saint) and titles before a
    # name. Left out because an amount or a date ends sentences with them: "r." (year), "proc.",
    # "tys.", "zł.", and "godz." (below).
    "pl": {
        "ok.", "ul.", "al.", "pl.", "tzw.", "np.", "m.in.", "tj.", "ds.", "im.", "św.",
        "prof.", "gen.", "ks.", "płk.", "mjr.", "hab.", "inż.", "mec.",
    },
    # Titles before a name: د. (doctor), أ. (ustadh, professor) and أ.د. (professor doctor). Not
    # م. (also "AD" after a year, which ends sentences) nor ص. (page, or a.m.).
    "ar": {"د.", "أ.", "أ.د."},
    # Titles before a name: डॉ. (doctor), प्रो. (professor).
    "hi": {"डॉ.", "प्रो."},
    # Before a name or a street: ул. (street), им. (named after), проф., акад., св. (saint), напр.
    # (for example). Not "г." (also "год", a year, which ends sentences).
    "ru": {"ул.", "им.", "проф.", "акад.", "св.", "напр."},
    "uk": {"вул.", "ім.", "проф.", "акад.", "св.", "напр."},
    # Titles before a name: Dutch "mr." (lawyer), "ir." (engineer), "drs."; Romanian "Dl." / "Dna."
    # (Mr / Mrs), "Sf." (saint), "str." (street).
    "nl": {
        "dr.", "Dr.", "prof.", "Prof.", "mr.", "Mr.", "ir.", "Ir.", "drs.", "Drs.", "dhr.", "Dhr.", "mevr.",
        "Mevr.", "mw.", "Mw.",
    },
    # Italian, Portuguese and Turkish titles before a name ("il dott. Rossi", "Yrd. Doç. Dr. Demir"),
    "it": {"dott.", "Dott.", "sig.", "Sig.", "prof.", "Prof.", "avv.", "Avv.", "ing.", "Ing.", "on.", "On."},
    # and Portuguese or Spanish street types before a name ("na Av. Paulista", "la Ctra. de Burgos").
    "pt": {"Sr.", "Sra.", "Dr.", "Dra.", "Prof.", "Profa.", "Exmo.", "Exma.", "Av.", "Pça.", "Rod."},
    "tr": {"Dr.", "Prof.", "Doç.", "Yrd.", "Av.", "Op.", "Uzm.", "Sn.", "Öğr.", "Gör.", "Arş."},
    "ro": {"Dl.", "Dna.", "D-na.", "Dr.", "Prof.", "prof.", "Sf.", "str.", "Str."},
}, more.merged(more.merged(more.NOT_FINAL, news.NOT_FINAL), scripts.NOT_FINAL))  # fmt: skip
# An abbreviation that ends no sentence before a given word: "5 proc. PKB", "1,3 proc. BVP" (of GDP).
NOT_FINAL_BEFORE_WORD = {"pl": {"proc.": "PKB"}, "lt": {"proc.": "BVP"}}
# Abbreviations that end no sentence when a number follows them, but may after one: Polish "o godz.
# 10" (at ten o'clock) against "trwa 3 godz." (lasts three hours).
NOT_FINAL_BEFORE_NUMBER = more.merged({
    "pl": {"godz."},
    # "рис. 5" (figure), "табл. 2", "с. 14" (page), "ст. 12" (article of a law), "п. 3" (clause),
    # "гл. 4" (chapter): a number follows inside the sentence; "в XV ст." may end one.
    "ru": {"рис.", "табл.", "с.", "стр.", "ст.", "п.", "гл."},
    "uk": {"рис.", "табл.", "с.", "ст.", "п.", "розд."},
    # In every language: an article of a law, a number, a page or a clause, and a currency before an
    # amount ("l'art. 21", "z art. 7", "nr. 4", "n. 5", "pág. 12", "रु. 500").
    "*": {
        "art.", "Art.", "arts.", "nr.", "Nr.", "no.", "No.", "núm.", "n.", "pag.", "pág.", "p.", "pp.",
        "par.", "ust.", "Rs.", "रु.", "रू.",
    },
}, more.merged(more.merged(more.NOT_FINAL_BEFORE_NUMBER, news.NOT_FINAL_BEFORE_NUMBER), scripts.NOT_FINAL_BEFORE_NUMBER))  # fmt: skip
# Abbreviations of an amount's unit, and "и т. д." (and so on), that sentencex never lets end a
# sentence, though they often do ("составила 150 млрд руб." | "Работы…"): a capital after one
# starts a new sentence, since inside a sentence such a unit is followed by a lower-case word ("руб.
# в год"). Left out: "долл." / "дол." (followed by "США") and "г." / "р." (also "город" before a
# city's name).
FINAL_BEFORE_CAPITAL = {
    "ru": ("руб.", "коп.", "тыс.", "млн.", "млрд.", "т. д.", "т.д.", "т. п.", "т.п."),
    "uk": ("грн.", "коп.", "тис.", "млн.", "млрд.", "т. д.", "т.д.", "т. ін.", "т.ін."),
    # Dutch words sentencex takes for abbreviations: "Hij zegt dat." | "Dan…", "Hij wist het al."
    "nl": ("dat.", "al.", "ver.", "enz."),
    # "and so on" ending a list, as "etc." does in every language (_MISSED): "Brot, Käse usw." |
    # "Die…". A capital after it opens a sentence, even in German: a noun after "usw." would have
    # its article first. Greek "π.Χ." / "μ.Χ." (BC / AD) too: a Greek name has its article.
    "de": ("usw.", "usf."),
    "el": ("κλπ.", "κ.λπ.", "κ.λ.π.", "κ.ά.", "π.Χ.", "μ.Χ."),
    "it": ("ecc.",),
    "pl": ("itd.", "itp."),
    "tr": ("vb.", "vs."),
} | more.FINAL_BEFORE_CAPITAL
FINAL_BEFORE_CAPITAL = news.merged_endings(FINAL_BEFORE_CAPITAL, news.FINAL_BEFORE_CAPITAL)
FINAL_BEFORE_CAPITAL = news.merged_endings(FINAL_BEFORE_CAPITAL, scripts.FINAL_BEFORE_CAPITAL)
