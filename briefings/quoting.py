"""Quoting someone's words at the end of a sentence, as the desk's messages, the commands and the
API do: “…in January.” needs no second full stop after it.

In briefings because both apps quote this way and briefings imports nothing of factcheck.
"""

#: What ends a sentence inside a quotation, in the scripts the importers read.
STOPS = (".", "!", "?", "…", "。", "！", "？", "؟", "।", "۔")
#: What may close a quotation after its stop: “He said “we will win.””
CLOSERS = "\"'”’»)]"


def stop_after(text):
    """The full stop a sentence needs after quoting `text`: none when the text ends in a stop of
    its own, since “…in January.”. reads as a slip."""
    return "" if str(text).rstrip().rstrip(CLOSERS).endswith(STOPS) else "."


def quoted_at_end(text):
    """`text` in curly quotes, ending a sentence: “text”. or, when it brings its own stop, “text?”"""
    return f"“{text}”{stop_after(text)}"
