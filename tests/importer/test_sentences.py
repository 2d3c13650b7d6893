import pytest

from briefings.importers import sentences as splitter
from briefings.importers.sentences import sentence_spans

from .cpu_time import cpu_seconds_at_most


def sentences(paragraph):
    return [paragraph[start:end] for start, end in sentence_spans(paragraph)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Gen. Keith Kellogg met officials in Kyiv on Feb. 24 last year. The talks failed.",
        "The U.S. and the U.K. signed the memo. Both said it was a first step.",
        "“We will not accept this,” said Dr. Smith of the Institute. Nobody else spoke.",
    ],
)
def test_abbreviations_and_quotations_do_not_break_sentences(paragraph):
    assert len(sentences(paragraph)) == 2


def test_spans_cover_each_sentence_exactly():
    paragraph = "  First sentence here.   Second one!  "
    assert sentences(paragraph) == ["First sentence here.", "Second one!"]


def test_punctuation_alone_is_not_a_sentence():
    assert sentences("It ended. ...") == ["It ended. ..."]


def test_it_splits_japanese_sentences_at_the_full_stop():
    """No space follows a Chinese or Japanese full stop: a break without a gap is a break there."""
    paragraph = "東京都心で５日、１０センチの積雪を観測した。気象庁によると、６年ぶりだという。"
    assert [paragraph[start:end] for start, end in sentence_spans(paragraph, "ja")] == [
        "東京都心で５日、１０センチの積雪を観測した。",
        "気象庁によると、６年ぶりだという。",
    ]


def test_it_splits_chinese_sentences_after_a_closed_quotation_and_a_question_mark():
    paragraph = "我们去了北京。他说：“好！”然后呢？是的。"
    assert [paragraph[start:end] for start, end in sentence_spans(paragraph, "zh")] == [
        "我们去了北京。",
        "他说：“好！”",
        "然后呢？",
        "是的。",
    ]


def test_a_japanese_quotation_going_on_with_to_is_one_sentence():
    """「行く。」と彼は言った: the particle と makes the quotation part of the sentence."""
    paragraph = "「行く。」と彼は言った。"
    assert [paragraph[start:end] for start, end in sentence_spans(paragraph, "ja")] == [paragraph]


def test_a_fullwidth_decimal_point_does_not_end_a_japanese_sentence():
    paragraph = "物価は３．５%上昇した。"
    assert [paragraph[start:end] for start, end in sentence_spans(paragraph, "ja")] == [paragraph]


class CountingText(str):
    """A paragraph that counts the characters sliced out of it: each slice is a copy."""

    copied = 0

    def __getitem__(self, key):
        piece = super().__getitem__(key)
        if isinstance(key, slice):
            self.copied += len(piece)
        return piece


def characters_copied(paragraph, language):
    text = CountingText(paragraph)
    sentence_spans(text, language)
    return text.copied


@pytest.mark.parametrize(
    "sentence",
    [
        "It rained. and ",  # sentencex breaks after "rained."; the lower case merges the break away
        "It went on… Then ",  # sentencex does not break after "…"; the post-pass splits there
    ],
)
def test_splitting_copies_no_more_of_a_paragraph_twice_as_long_than_twice_as_much(sentence):
    """A merged sentence used to be sliced whole again at each merge, and a span cut at each split
    (quadratic: "a. " * 200,000 took seconds). Counting copies tells linear from quadratic with
    no timing."""
    assert characters_copied(sentence * 4000, "en") <= 2.2 * characters_copied(sentence * 2000, "en")


LONG_PARAGRAPHS = {
    "en": "".join(
        f'The port handled {n} ships last week, said Dr. Okafor at 10 a.m. Tuesday. "It was busy." '
        for n in range(60)
    ),
    "zh": "".join(f"深圳市政府周一宣布第{n}项补贴。该政策将于三月一日起实施！" for n in range(60)),
    "ja": "".join(f"東京都心で{n}日、積雪を観測した。「行く。」と彼は言った。" for n in range(60)),
}


@pytest.mark.parametrize("language", LONG_PARAGRAPHS)
def test_a_paragraph_read_a_window_at_a_time_splits_as_when_read_whole(language, monkeypatch):
    """sentencex is quadratic in a paragraph's sentences, so a long one is read in windows."""
    paragraph = LONG_PARAGRAPHS[language]
    whole = sentence_spans(paragraph, language)
    monkeypatch.setattr(splitter, "SEGMENT_CHARS", 300)

    assert sentence_spans(paragraph, language) == whole


def test_a_sentence_longer_than_a_window_is_still_one_statement(monkeypatch):
    monkeypatch.setattr(splitter, "SEGMENT_CHARS", 300)
    paragraph = "The council, " + "and the port authority, " * 40 + "agreed on Tuesday."

    assert sentence_spans(paragraph, "en") == [(0, len(paragraph))]


@pytest.mark.parametrize("sentence", ["Замок збудували в XV ст. Пізніше ", "У XV ст. Київ, у 2020 р. Львів "])
def test_splitting_after_a_ukrainian_date_copies_no_more_of_a_paragraph_twice_as_long_than_twice_as_much(
    sentence,
):
    assert characters_copied(sentence * 4000, "uk") <= 2.2 * characters_copied(sentence * 2000, "uk")


def test_a_date_ending_a_sentence_longer_than_the_part_read_still_ends_it():
    """Only the end of a long sentence is read: "у у … у XV ст." there is not a whole sentence
    of prepositions and a date, which would open the sentence after it."""
    first = "Фортецю бачили" + " у" * 40 + " XV ст."
    paragraph = first + " Пізніше її зруйнували."

    assert sentence_spans(paragraph, "uk") == [(0, len(first)), (len(first) + 1, len(paragraph))]


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_a_paragraph_of_hyphenated_capitals_is_split_at_once(language):
    """Every capital after a hyphen could start a region's name before "обл.", read to the end of
    the window each time: 20,000 characters of "А-А-…" took 3 s, a 2 MB page minutes (an outside
    tester's finding)."""
    paragraph = "А-" * 100_000

    with cpu_seconds_at_most(5):
        assert sentence_spans(paragraph, language) == [(0, len(paragraph))]


def test_a_region_with_a_hyphenated_name_still_ends_a_sentence():
    first = "Вибухи чули в Івано-Франківській обл."
    paragraph = first + " Пізніше їх підтвердили."

    assert sentence_spans(paragraph, "uk") == [(0, len(first)), (len(first) + 1, len(paragraph))]
