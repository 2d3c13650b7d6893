"""Sentence rules from a third outside test of news paragraphs in 27 languages (2026-12,
bench/data/sentence_holdout_8/): Dutch, Scandinavian, Latvian and Bulgarian abbreviations,
Swahili, Tagalog and Bengali titles, and Italian acronyms. sentences.py merges these tables into
its own and cuts after Italian acronyms (split_after_acronyms).

sentencex's Italian rules take several hundred acronyms for abbreviations ("istat", "onu", "inps",
"nato", "usa", "pd", "cgil"…), so a sentence ending in an organisation's name went on into the
next: "…secondo l'Istat." | "Le stime…". Swedish and Norwegian get sentencex's English rules,
whose "maj." (major), "sen." (senator) and "min." are Swedish and Norwegian words: "…i maj." |
"Det är…", "Han kom for sen." | "Møtet…".
"""

import re

#: Abbreviations before a name or what they qualify, never a sentence's end.
NOT_FINAL = {
    # Among others, in connection with, with regard to, with respect to, that is, for example,
    # instead of, compared to: "bij o.a. Utrecht".
    "nl": {"o.a.", "i.v.m.", "m.b.t.", "t.a.v.", "d.w.z.", "bijv.", "i.p.v.", "t.o.v.", "m.n."},
    # Among others, for example, so-called, because of, former: "bl.a. Skåne", "f.d. ministern".
    "sv": {"bl.a.", "t.ex.", "s.k.", "p.g.a.", "f.d."},
    "nb": {"bl.a.", "f.eks.", "jf.", "pga.", "f.d."},
    "no": {"bl.a.", "f.eks.", "jf.", "pga.", "f.d."},
    # Latvian titles and "for example", "so-called" before what they qualify.
    "lv": {"prof.", "doc.", "piem.", "t.s.", "t. s."},
    # Swahili titles before a name: Daktari (doctor), Bwana (Mr), Bibi (Mrs), Mheshimiwa
    # (Honourable), Mchungaji (pastor), Sheikh.
    "sw": {"Dkt.", "Dk.", "Dr.", "Bw.", "Bi.", "Mhe.", "Mh.", "Mch.", "Sh.", "Prof."},
    # Tagalog titles: Ginoong (Mr), Ginang (Mrs), Binibini (Miss), Kagalang-galang (Honourable),
    # and the English ones Philippine papers use: "Sen.", "Rep.", "Gob.", "Atty.", "Engr.".
    "tl": {"G.", "Gng.", "Bb.", "Kgg.", "Sen.", "Rep.", "Gob.", "Sec.", "Atty.", "Engr.", "Dr.", "Prof."},
    # Bengali titles before a name: ডা. (physician), ড. (doctor, a degree), মো. / মোহা. (Md.), মু.,
    # মোসা. (Mst.), অ্যাড. (advocate). Bengali ends a sentence with "।", not a period.
    "bn": {"ডা.", "ড.", "মো.", "মোহা.", "মু.", "মোসা.", "অ্যাড.", "প্রফে."},
    # Italian "S." / "SS." (saint, saints) before a name: "ospedale S. Orsola".
    "it": {"S.", "SS.", "Mons.", "Card.", "Arch.", "Geom.", "Rag."},
}
#: Latvian "plkst." (o'clock) before a time: "plkst. 10".
NOT_FINAL_BEFORE_NUMBER = {"lv": {"plkst."}}
#: What ends a sentence when a capital follows: a Bulgarian currency ("12 млн. лв." | "Финансирането")
#: and "and so on"; Latvian "and others", "and so on"; Swedish and Norwegian words (above).
FINAL_BEFORE_CAPITAL = {
    "bg": ("лв.", "и т.н.", "и др."),
    "lv": ("u.c.", "utt."),
    "sv": ("maj.", "sen.", "min."),
    "nb": ("sen.", "min."),
    "no": ("sen.", "min."),
}
#: Italian titles and abbreviations written with a capital that stand before a name: not acronyms.
ITALIAN_TITLES = {
    "Sig", "Sigg", "Dott", "Prof", "Avv", "Ing", "Arch", "Geom", "Rag", "On", "Sen", "Gen", "Col",
    "Cap", "Magg", "Ten", "Mar", "Brig", "Mons", "Card", "Don", "Fra", "Cav", "Comm", "Uff", "Dr",
    "Mr", "Mrs", "Ms", "Jr", "Sr", "Dep", "Pres", "Min", "Ss", "Cfr", "Ecc", "Ill", "Egr", "Gent",
    "Spett", "Art", "Artt", "Fig", "Tab", "Vol", "Cod", "Proc", "Pag", "Via", "Viale", "Ns", "Vs",
}  # fmt: skip
# A capitalised word of two to ten letters and its period before a capital: the end of a sentence
# in Italian, unless the word is a title. It starts only after a character that is no letter or
# period, and matches at most 16 characters: linear on any input.
_ITALIAN_ACRONYM = re.compile(r"(?<![\w.])([A-Z][A-Za-z]{1,9})\.(?=\s{1,3}[\"“«]?[A-ZÀ-Ý])")
_SPACES = re.compile(r"\s*")


def merged_endings(table, more):
    """`table` with the endings of `more` added to each language's."""
    return {code: (*table.get(code, ()), *more.get(code, ())) for code in table.keys() | more.keys()}


def split_after_acronyms(paragraph, spans, language):
    """Each span of an Italian paragraph cut after an acronym written as a word that ends a
    sentence before a capital ("…l'Istat." | "Le stime…"), which sentencex takes for an
    abbreviation."""
    if language != "it":
        return spans
    result = []
    for start, end in spans:
        for match in _ITALIAN_ACRONYM.finditer(paragraph, start, end):
            if match.group(1) in ITALIAN_TITLES:
                continue
            result.append((start, match.end()))
            start = _SPACES.match(paragraph, match.end(), end).end()
        result.append((start, end))
    return result
