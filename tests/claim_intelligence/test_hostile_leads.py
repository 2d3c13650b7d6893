"""The outside set's new patterns stay linear on hostile input: time stamps, turn labels,
"according to" a body of figures, an apposition before the verb, an affiliation after a name."""

from briefings.checkworthiness import assess
from tests.importer.cpu_time import cpu_seconds_at_most

HOSTILE = [
    "07:10 " * 20_000 + "x",
    "HARRIS HARRIS " * 20_000 + ": x",
    "A" * 100_000 + ": x",
    "x, according to figures " + "by the " * 20_000 + "x",
    "x, " + "Lars Jensen, " * 20_000 + "told Reuters",
    "“x,” said " + "Aa Bb of the Cc " * 20_000,
    "“x,” said study author " + "Aa " * 50_000 + "of the B",
    "x, y " + "told " * 30_000,
]


def test_the_lead_and_attribution_patterns_take_linear_time_on_hostile_input():
    with cpu_seconds_at_most(5):
        for text in HOSTILE:
            assess([text, text])
