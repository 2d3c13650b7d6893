"""find_speakers: who the text says said each statement, in an article's order."""

import pytest

from briefings.checkworthiness import find_speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“No concessions,” noted Angela Stent, a senior fellow at the Brookings Institution.", "Angela Stent"),
        ("Kori Schake, a former Pentagon official, has emphasized growing concerns.", "Kori Schake"),
        ("According to sources familiar with the discussions, Moscow set conditions.", "sources familiar with the discussions"),
        ("However, retired General Keith Kellogg, the envoy, dismissed the agreement as outdated.", "Keith Kellogg"),
        ("The mayor said the plan would pay for 40 officers.", "mayor"),
        ("Inflation rose to 3.5 per cent, the U.S. Labor Department said on Tuesday.", "U.S. Labor Department"),
        ("“This is preventable,” said Dr. Alan Price, the county's health officer.", "Alan Price"),
        ("“It matters,” Ortega said after the vote.", "Ortega"),
        ("Councillors voted against the plan on Tuesday.", ""),
        ("No deaths have been reported.", ""),
        ("Its temperature is estimated at 430 degrees.", ""),
    ],
)  # fmt: skip
def test_it_finds_who_said_a_sentence(text, speaker):
    assert find_speakers([text]) == [speaker]


def test_a_quotation_continuing_into_the_next_sentence_keeps_its_speaker():
    texts = [
        "“There is no sign of it,” noted Angela Stent, a senior fellow.",
        "“The demands remain unchanged.”",
        "The talks resume on Monday.",
    ]
    assert find_speakers(texts) == ["Angela Stent", "Angela Stent", ""]


def test_he_or_she_is_the_speaker_before():
    texts = ["Lisa Moreno, a mother of two, said she was worried.", "“I want them safe,” she said."]
    assert find_speakers(texts) == ["Lisa Moreno", "Lisa Moreno"]


def test_a_surname_alone_is_given_the_full_name_used_before():
    texts = ["Mayor Dana Whitfield opened the meeting.", "Whitfield said the vote was close."]
    assert find_speakers(texts) == ["", "Dana Whitfield"]


def test_another_language_is_left_blank_rather_than_guessed():
    assert find_speakers(["„Wir machen weiter“, sagte die Ministerin."], language="de") == [""]
