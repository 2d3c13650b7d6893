"""`same_wording` (what decides exact) and `word_diff` (old → new wording on the desk)."""

import pytest

from briefings.anchoring import same_wording, word_diff


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("“Yes,” she said.", '"Yes," she said.'),
        ("It’s here.", "It's here."),
        ("„Viele Kunden“, sagte sie.", '"Viele Kunden", sagte sie.'),
        ("« Nous tenons », dit-elle.", "«Nous tenons», dit-elle."),
        ("frameworks—such as Istanbul—will", "frameworks - such as Istanbul -- will"),
        ("In 2024–25 prices rose.", "In 2024-25 prices rose."),
        ("Two  spaces\tand a tab.", "Two spaces and a tab."),
        ("A non-breaking\u00a0space.", "A non-breaking space."),
        ("Wait…", "Wait..."),
        ("Ｆｕｌｌ width.", "Full width."),
        ("after a reno\u00advation", "after a renovation"),
        ("Opening\u200b hours\u2060 are\ufeff long.", "Opening hours are long."),
        ("\u200fقال البنك\u200e", "قال البنك"),
        ("الاقتصاد يتعافـى", "الاقتصاد يتعافى"),
        ("بلغ ٧ في المئة", "بلغ 7 في المئة"),
        ("۱۲ نفر", "12 نفر"),
    ],
)
def test_typographic_differences_are_the_same_wording(a, b):
    assert same_wording(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It rose 2.6% in May.", "It rose 2.7% in May."),
        ("It happened on 12 February.", "It happened on 19 February."),
        ("Anna Lund said so.", "Anna Lindqvist said so."),
        ("Russia said so.", "russia said so."),
        ("The plan was approved.", "The plan was not approved."),
        ("It was 1,400 euros.", "It was 1.400 euros."),
        ("بلغ ٧ في المئة", "بلغ 8 في المئة"),
        ("reno\u00advation cost 6.3 million", "renovation cost 6.8 million"),
        ("已有5万人被紧急转移。", "已有8万人被紧急转移。"),
        ("不少车企下调了全年目标。", "不少车企没有下调全年目标。"),
        ("Его предшественник не прокомментировал.", "Его предшественник прокомментировал."),
        ("می\u200cخواهم", "میخواهم"),
    ],
)
def test_digits_names_case_and_words_are_never_the_same_wording(a, b):
    assert not same_wording(a, b)


def test_a_diff_joins_back_into_the_old_and_the_new_text():
    old, new = (
        "Russia proposed talks in 2022, officials said.",
        "Ukraine rejected talks in 2023, officials said again.",
    )
    pieces = word_diff(old, new)
    assert "".join(text for op, text in pieces if op != "insert") == old
    assert "".join(text for op, text in pieces if op != "delete") == new


def test_a_diff_shows_a_changed_number_as_one_replacement():
    assert word_diff("Prices rose 2.6% in May.", "Prices rose 2.7% in May.") == [
        ("equal", "Prices rose "),
        ("delete", "2.6"),
        ("insert", "2.7"),
        ("equal", "% in May."),
    ]


def test_a_diff_groups_neighbouring_replaced_words():
    assert word_diff("Russia proposed talks.", "Ukraine rejected talks.") == [
        ("delete", "Russia proposed"),
        ("insert", "Ukraine rejected"),
        ("equal", " talks."),
    ]


def test_a_diff_of_identical_texts_is_one_equal_piece():
    assert word_diff("Nothing changed.", "Nothing changed.") == [("equal", "Nothing changed.")]


def test_a_diff_from_nothing_inserts_everything():
    assert word_diff("", "All new.") == [("insert", "All new.")]


def test_a_chinese_edit_shows_as_the_characters_that_changed():
    assert word_diff("启动二级响应。", "启动一级响应。") == [
        ("equal", "启动"),
        ("delete", "二"),
        ("insert", "一"),
        ("equal", "级响应。"),
    ]
