"""Words the speaker finders share across languages, kept apart from each language's cue table:

- ADVERBS: "also", "также", "außerdem" between a pronoun and its verb ("Он также заверил", "Elle a
  également souligné", "Sie betonte außerdem"): not part of a subject, so "Он также" is the
  pronoun "Он" and keeps the speaker before.
- SUBJECT_PRONOUNS: third-person subjects in every language read ("er", "elle", "ele", "он"): a
  verb of saying with one keeps the speaker before, as "He said" does in English.
- TIMES: days, months and the words of a moment ("lundi", "am Freitag", "в понедельник",
  "w poniedziałek", "el lunes", "today") with the words that lead them ("am", "в", "w", "el",
  "na", "nesta"): a time is never a speaker ("teilte das Unternehmen am Freitag mit").
- COMPANIES: French, Spanish, Italian and Portuguese nouns for a company or an agency named before
  ("l'entreprise", "la compañía", "l'azienda", "o ministério"), as families.COMPANIES for ru/uk/pl.
- DOCUMENT_VERBS: German, Italian and French verbs after (or, in German, before) which a document
  names its issuer ("wie aus Daten des Statistischen Bundesamts hervorgeht", "come si legge nel
  rapporto della Fim Cisl", "il ressort du rapport de la Cour des comptes"); Italian "legge" only
  as "si legge" (alone it is "law").
"""

from .base import word_set

ADVERBS = word_set(
    "also further later additionally again too then separately moreover "
    "también además asimismo luego después igualmente "
    "également aussi ensuite encore "
    "auch außerdem zudem ferner zugleich weiter später ebenfalls "
    "anche inoltre poi ancora pure "
    "ainda depois igualmente também "
    "также тоже ещё еще затем потом позже "
    "також теж ще згодом пізніше "
    "także też również ponadto następnie później dodatkowo"
)
SUBJECT_PRONOUNS = word_set(
    "he she they él ella ellos ellas il elle ils elles er sie ele ela eles elas lui lei egli essa "
    "loro hij zij он она они він вона вони on ona oni one"
)
TIMES = word_set(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "january february march april may june july august september october november december "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag heute gestern vormittag nachmittag "
    "abend januar februar märz mai juni juli oktober dezember "
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui matin soir "
    "janvier février mars avril juin juillet août septembre octobre novembre décembre "
    "lunes martes miércoles jueves viernes sábado domingo ayer hoy enero febrero marzo abril mayo "
    "junio julio agosto septiembre octubre noviembre diciembre "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi gennaio febbraio aprile "
    "maggio giugno luglio settembre ottobre dicembre "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira ontem hoje janeiro fevereiro "
    "março maio junho julho setembro outubro dezembro "
    "понедельник вторник среду среда четверг пятницу пятница субботу воскресенье вчера сегодня "
    "понеділок вівторок середу четвер п'ятницю суботу неділю учора вчора сьогодні "
    "poniedziałek wtorek środę czwartek piątek sobotę niedzielę wczoraj dziś dzisiaj"
)
#: The words that lead a time: "am Freitag", "on Monday", "в понедельник", "nesta quinta-feira".
TIME_LEADS = word_set(
    "am an on in at last this le el il lo la na no nesta neste esta este questo questa ce cette в во у w we"
)
COMPANIES = {
    "fr": word_set("entreprise société groupe compagnie ministère constructeur"),
    "es": word_set("empresa compañía grupo sociedad ministerio firma"),
    "it": word_set("società azienda gruppo compagnia ministero"),
    "pt": word_set("empresa companhia grupo ministério estatal"),
}
DOCUMENT_VERBS = {
    "de": word_set("hervorgeht hervorging hervorgehen"),
    "it": frozenset(["si legge", "emerge", "risulta"]),
    "fr": word_set("ressort"),
}


def untimed(words):
    """`words` without a time and the word leading it ("am Freitag", "lundi", "в понедельник"):
    a day or a month is never a speaker."""
    kept = []
    for word in words:
        if word.lower().strip(".,;:") in TIMES:
            if kept and kept[-1].lower() in TIME_LEADS:
                kept.pop()
            continue
        kept.append(word)
    return kept


def without_adverbs(text, *, leading=False):
    """`text` without the adverbs at its end (or, `leading`, its start): "Он также" → "Он"."""
    words = text.split()
    while words and words[0 if leading else -1].lower().strip(",") in ADVERBS:
        words.pop(0 if leading else -1)
    return " ".join(words)
