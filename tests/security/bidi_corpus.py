"""Strings with bidirectional controls, written for these tests: hostile ones (an override or
isolate left open, nested, stray closers) and legitimate Arabic and Hebrew text that must come
out exactly as it went in. `HELD_OUT` is not used by the unit tests' examples; the page tests
run it through import and display."""

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRM, RLM = "\u200e", "\u200f"

HOSTILE = {
    "rlo_left_open": f"The mayor said the file was {RLO}gnp.exe safe to open.",
    "lri_without_pdi": f"Turnout was {LRI}61% in the north.",
    "nested_open": f"The budget {RLE}rose {LRO}by 3.2% this year.",
    "isolate_around_open_override": f"{RLI}Exports {RLO}fell{PDI} and then {RLO}rose again.",
    "stray_closers": f"Officials {PDF}expect{PDI} more ships.",
    "pdf_inside_an_isolate": f"{RLO}The council {FSI}voted {PDF}yes.",
    "only_controls": f"{RLO}{RLE}{LRI}",
}
#: Legitimate text: closed() and without_unbalanced() give it back unchanged.
LEGITIMATE = {
    "arabic": "قال الوزير إن 40% من الميزانية ذهبت إلى المدارس.",
    "hebrew_with_rlm": f"הוא אמר כי המספר הוא 140{RLM}.",
    "english_quoting_hebrew": f"The sign read {RLI}שלום עולם{PDI} on Tuesday.",
    "balanced_override": f"The code {LRO}ABC-123{PDF} was printed.",
    "isolate_closing_an_embedding": f"{LRI}a{RLO}b{PDI}c",
    "marks_only": f"{LRM}Paris{LRM} and {RLM}تونس{RLM}",
    "plain": "The port handled 140 ships last week.",
}
HELD_OUT = {
    "title_override": f"Port report {RLO}fdp.xcod",
    "statement_isolate": f"The minister {FSI}denied it.",
    "statement_with_arabic": "The minister said: قال الوزير إن الميناء استقبل 140 سفينة.",
}
