"""On the sample every install shows, the statements rank as a checker would take them and each
attributed sentence has its speaker."""

import pytest

INVADED = "Despite diplomatic efforts, these negotiations ultimately failed, and Russia invaded Ukraine on February 24, 2022."
FRAMEWORK = "This framework could serve as a foundation for renewed peace talks."
# Every sentence of the sample that says who said it, with its speaker; every other is blank.
SPEAKERS = {
    "According to sources familiar with the discussions": "sources familiar with the discussions",
    "Meanwhile, Zelensky has described": "Volodymyr Zelensky",
    "U.S. Middle East envoy Steve Witkoff": "Steve Witkoff",
    "However, retired General Keith Kellogg": "Keith Kellogg",
    "Analysts suggest that": "Analysts",
    "“There’s no indication that Russia": "Angela Stent",
    "“The demands remain unchanged": "Angela Stent",
    "U.S. intelligence assessments confirm": "U.S. intelligence assessments",
    "Kori Schake, a former Pentagon official": "Kori Schake",
    "“The Europeans are not just worried": "Kori Schake",
}


@pytest.fixture
def ranked(sample_briefing):
    """The sample's statements, most check-worthy first (ties in article order)."""
    statements = sample_briefing.statements_in_order()
    return [s.text for s in sorted(statements, key=lambda s: -s.check_worthiness)]


def test_the_invasion_ranks_among_the_five_most_check_worthy(ranked):
    assert INVADED in ranked[:5]


def test_the_framework_that_could_serve_ranks_among_the_five_least(ranked):
    assert FRAMEWORK in ranked[-5:]


def test_the_reasons_say_why(sample_briefing):
    invaded = sample_briefing.statements.get(text=INVADED)
    framework = sample_briefing.statements.get(text=FRAMEWORK)
    assert {"a date", "names a person or organisation"} <= set(invaded.check_worthiness_reasons)
    assert "hedged: 'could'" in framework.check_worthiness_reasons


def test_each_attributed_sentence_has_its_speaker_and_no_other_has_one(sample_briefing):
    found = {s.text: s.speaker for s in sample_briefing.statements_in_order()}
    expected = {
        text: next((speaker for start, speaker in SPEAKERS.items() if text.startswith(start)), "")
        for text in found
    }
    assert found == expected
    assert sum(1 for speaker in found.values() if speaker) == len(SPEAKERS)
