"""What pasting leaves in a plain-text or Markdown article (briefings/importers/pasted.py): the
furniture goes, and a line that might be the article's stays."""

from briefings.importers.markdown import parse_markdown
from briefings.importers.pasted import clean_lines, join_wrapped, tidy, unvault
from briefings.importers.plain_text import parse_text


def _texts(document):
    return [text for block in document.blocks for text in block.texts]


def test_a_word_broken_at_a_line_end_is_rejoined():
    assert join_wrapped(["the nego-", "tiations failed"]) == "the negotiations failed"


def test_a_compound_broken_before_a_capital_keeps_its_hyphen():
    assert join_wrapped(["die Kita-", "Finanzierung"]) == "die Kita-Finanzierung"


def test_chinese_lines_meet_without_a_space():
    assert join_wrapped(["全网客运量达到", "一千万人次。"]) == "全网客运量达到一千万人次。"


def test_a_dash_between_words_is_not_a_broken_word():
    assert join_wrapped(["prices rose -", "sharply"]) == "prices rose - sharply"


def test_invisible_characters_and_ligatures_go():
    assert tidy("\u200fthe ﬁnal\u200b ﬂag\u00ad") == "the final flag"


def test_the_zero_width_joiner_stays_for_the_scripts_that_need_it():
    assert tidy("می\u200cخواهم") == "می\u200cخواهم"


def test_a_transcript_line_said_twice_is_not_a_running_header():
    lines = clean_lines("Title\n\nPESKOV: Yes.\n\nQ: Really?\n\nPESKOV: Yes.\n")
    assert lines.count("PESKOV: Yes.") == 2


def test_a_repeated_page_header_goes():
    assert "Annual Report" not in clean_lines("Title\n\nAnnual Report\n\nOne.\n\nAnnual Report\n\nTwo.\n")


def test_one_date_line_stays_but_an_email_header_block_goes():
    assert clean_lines("Title\n\nDate: 7 December 2026\n") == ["Title", "", "Date: 7 December 2026", ""]
    assert clean_lines("Title\nFrom: a@b.org\nTo: c@d.org\n\nText.") == ["Title", "", "Text."]


def test_a_long_last_part_after_a_dash_line_is_not_a_signature():
    body = "\n".join(f"Sentence {n} of the article." for n in range(12))
    assert clean_lines(f"Title\n\n--\n{body}")[-1] == "Sentence 11 of the article."


def test_a_transcript_turn_is_never_a_heading():
    document = parse_text("Briefing\n\nQ: Will it be in person?\n\nPESKOV: Yes.\n")
    assert [block.kind for block in document.blocks] == ["paragraph", "paragraph"]


def test_a_wiki_link_is_its_alias_or_page():
    assert unvault("See [[Budget 2024]] and [[Leader|the leader]].") == "See Budget 2024 and the leader."


def test_a_hashtag_outside_a_vault_stays():
    assert unvault("We all say it #metoo") == "We all say it #metoo"


def test_notion_properties_after_the_title_go_but_a_later_fact_box_stays():
    document = parse_markdown("# T\n\nCreated: May 1\nTags: a\n\nText.\n\nStatus: closed\nDate: 2025\n")
    assert _texts(document) == ["Text.", "Status: closed Date: 2025"]


def test_a_table_row_with_its_figure_far_right_stays():
    assert "Total votes          1204" in clean_lines("Title\n\nTotal votes          1204\n")


def test_a_turn_by_someone_called_ed_is_not_an_editors_note():
    assert "Ed: THE school closed." in clean_lines("Title\n\nEd: THE school closed.\n")


def test_an_editors_note_in_capitals_goes():
    assert clean_lines("Title\nEds: UPDATES with vote tally.\n") == ["Title", ""]


def test_a_line_of_opened_wiki_links_is_left_as_it_is():
    # "[[[[…" used to be read in quadratic time; the links' pattern holds no "[" now.
    assert unvault("[[" * 2000) == "[[" * 2000


def test_a_hashtag_in_the_middle_of_a_vault_line_stays():
    assert unvault("[[a]] #one stays here #two") == "a #one stays here"


def test_a_zero_width_joiner_after_a_full_stop_goes():
    assert tidy("The bridge closed.\u200d") == "The bridge closed."


def test_a_zero_width_joiner_before_a_space_goes():
    assert tidy("closed.\u200d Then") == "closed. Then"


def test_a_compound_broken_at_its_hyphen_keeps_it_when_its_first_part_forms_compounds():
    assert join_wrapped(["a well-", "known author"]) == "a well-known author"


def test_a_word_broken_by_hyphenation_is_joined_when_its_first_part_forms_no_compound():
    assert join_wrapped(["we recom-", "mend it"]) == "we recommend it"


def test_a_broken_word_is_joined_when_the_text_writes_it_joined_elsewhere():
    lines = ["Halfway through the well-", "being survey,", "staff rated their wellbeing at 6."]
    assert join_wrapped(lines).startswith("Halfway through the wellbeing survey")


def test_a_broken_word_keeps_its_hyphen_when_the_text_writes_it_hyphenated_elsewhere():
    lines = ["The long-term plan and the cross-", "party panel;", "a cross-party vote."]
    assert "the cross-party panel" in join_wrapped(lines)


def test_a_running_header_inside_a_paragraph_goes():
    text = "Title\n\nCITY BUDGET 2026\n\nThe council spent\nCITY BUDGET 2026\n£4 million on roads.\n"
    assert "CITY BUDGET 2026" not in " ".join(clean_lines(text)[1:])


def test_a_sentence_cut_by_a_page_header_between_blank_lines_is_one_paragraph_again():
    text = "Title\n\nCITY BUDGET 2026\n\nThe council spent £4 million on the\n\nCITY BUDGET 2026\n\nnew library.\n"
    assert _texts(parse_text(text)) == ["The council spent £4 million on the new library."]


def test_an_emails_sign_off_and_name_go():
    assert clean_lines("Title\n\nNine libraries closed in 2025.\n\nThanks,\nTom\n") == [
        "Title",
        "",
        "Nine libraries closed in 2025.",
        "",
    ]


def test_a_sign_off_with_its_name_on_one_line_at_the_end_goes():
    assert "Thanks, Tom." not in clean_lines("Title\n\nNine libraries closed.\n\nThanks, Tom.\n")


def test_thanks_inside_the_text_stays():
    text = "Title\n\nThanks, Tom. The council closed nine libraries.\n\nMore text follows here.\n"
    assert "Thanks, Tom. The council closed nine libraries." in clean_lines(text)
