"""The outside set's new patterns stay linear on hostile input: time stamps, turn labels,
"according to" a body of figures, an apposition before the verb, an affiliation after a name."""

import pytest

from briefings.checkworthiness import assess, leads
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


TWO_MEGABYTES = 2 * 1024 * 1024
LEAD_ATTACKS = {
    "time-stamps": "07:10 ",
    "capitals": "A",
    "capitals-and-spaces": "AB CD ",
    "label-characters": "A.-'",
    "am-times": "7.10 am ",
    "colons": ":",
}


@pytest.mark.parametrize("unit", LEAD_ATTACKS.values(), ids=LEAD_ATTACKS.keys())
def test_splitting_the_lead_of_two_megabytes_takes_linear_time(unit):
    text = (unit * (TWO_MEGABYTES // len(unit) + 1))[:TWO_MEGABYTES]
    with cpu_seconds_at_most(5):
        leads.split_lead(text)
        leads.words_of("0" + text)


def test_finding_the_turns_among_two_megabytes_of_labels_takes_linear_time():
    labels = [(f"SPEAKER {number}", "") for number in range(TWO_MEGABYTES // 10)]
    with cpu_seconds_at_most(5):
        assert len(leads.turn_labels(labels + labels)) == len(labels)
