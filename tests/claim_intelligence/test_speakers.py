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


def test_a_transcript_turn_is_its_speakers_under_the_full_name_used_before():
    texts = [
        "Debate between Janet Harris and Robert Cole.",
        "HARRIS: Rents rose.",
        "COLE: No.",
        "HARRIS: Yes.",
        "COLE: No.",
    ]
    assert find_speakers(texts) == ["", "Janet Harris", "Robert Cole", "Janet Harris", "Robert Cole"]


def test_a_sentence_after_a_turn_stays_in_the_turn():
    texts = ["COLE: Rents rose 5 percent.", "They rose again in May.", "COLE: And again."]
    assert find_speakers(texts) == ["Cole", "Cole", "Cole"]


def test_a_dateline_in_capitals_is_not_a_turn():
    assert find_speakers(["NEW DELHI: Prices rose 5 percent in May."]) == [""]


def test_an_interviewers_q_has_no_speaker():
    assert find_speakers(["Q: How long are people waiting?", "Q: Why?"]) == ["", ""]


def test_a_live_blog_time_stamp_does_not_hide_the_speaker():
    assert find_speakers(["08:32 Transport for Wales says all services are suspended."]) == [
        "Transport for Wales"
    ]


def test_it_said_keeps_the_body_before():
    texts = ["The port authority said 17 ships had been diverted.", "It said it regretted the disruption."]
    assert find_speakers(texts) == ["port authority", "port authority"]


def test_it_does_not_take_a_body_of_figures_for_a_speaker():
    assert find_speakers(["The move will save £1.6 million a year, according to council figures."]) == [""]


def test_it_takes_the_body_that_released_the_figures_for_the_speaker():
    texts = [
        "The jobless rate fell to 6.5 percent, according to data released on Friday by the statistics agency."
    ]
    assert find_speakers(texts) == ["statistics agency"]


def test_a_document_seen_by_a_news_agency_has_no_speaker():
    texts = ["Up to 800 jobs would go by 2030, according to a document seen by Reuters."]
    assert find_speakers(texts) == [""]


def test_a_named_office_of_statistics_stays_a_speaker():
    texts = [
        "One in five adults sleeps less than six hours, according to the Office for National Statistics."
    ]
    assert find_speakers(texts) == ["Office for National Statistics"]


def test_whom_the_speaker_told_does_not_hide_the_speaker():
    texts = ["One person was killed, Interior Minister Ali Yerlikaya told reporters."]
    assert find_speakers(texts) == ["Ali Yerlikaya"]


def test_an_apposition_between_name_and_verb_does_not_hide_the_speaker():
    texts = [
        "A stoppage costs 50 million euros, Lars Jensen, chief executive of Vespucci Maritime, told Reuters."
    ]
    assert find_speakers(texts) == ["Lars Jensen"]


def test_a_long_affiliation_after_the_name_is_not_part_of_it():
    texts = [
        "“Sleep helps,” said study author Yanjun Song of the National Center for Cardiovascular Diseases in Beijing."
    ]
    assert find_speakers(texts) == ["Yanjun Song"]


def test_a_clause_opening_with_a_preposition_is_not_a_speaker():
    assert find_speakers(["In 2023 he deleted a post that wrongly claimed a hospital had closed."]) == [""]


def test_a_social_media_post_has_its_poster_for_speaker():
    assert find_speakers(["Shadow housing secretary Rachel Amos posted: “Fake pictures again.”"]) == [
        "Rachel Amos"
    ]


def test_an_interviews_answers_are_from_the_person_its_introduction_names():
    texts = [
        "An interview with Health Minister Ana Ruiz",
        "Ana Ruiz spoke to reporter Tom Bell in her office.",
        "Q: How long are people waiting?",
        "A: The list stood at 7.4 million in September.",
    ]
    assert find_speakers(texts) == ["", "", "", "Ana Ruiz"]
