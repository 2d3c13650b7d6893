"""Articles in scripts without capital letters (Chinese, Japanese, Hindi, Urdu) are read as
statements: their paragraphs used to be taken for all-caps subheadings, and a page with no other
paragraph was refused. The documents are in tests/importer/scripts/ (README.md there)."""

from pathlib import Path

import pytest

from briefings.importers import read_document

SCRIPTS = Path(__file__).resolve().parent / "scripts"
# A sentence from the paragraph that became a heading, by document.
LAST_PARAGRAPHS = {
    "hi-01.html": "सरकार फैसला मंगलवार को लेगी।",
    "hi-02.txt": "सरकार फैसला मंगलवार को लेगी।",
    "ja-01.html": "不要不急の外出は控えてほしい！",
    "ur-01.txt": "حکام کے مطابق کرایہ وہی رہے گا۔",
    "zh-01.html": "专家认为影响有限！",
    "zh-02.html": "该政策将于三月一日起实施。",
}


def read(name):
    path = SCRIPTS / name
    return read_document(path.read_bytes(), filename=name)


@pytest.mark.parametrize("name", sorted(LAST_PARAGRAPHS))
def test_a_page_in_a_script_without_capitals_has_no_headings(name):
    assert [section.heading for section in read(name).outline.sections if section.heading] == []


@pytest.mark.parametrize("name", sorted(LAST_PARAGRAPHS))
def test_a_paragraph_in_a_script_without_capitals_is_a_statement(name):
    text = " ".join(statement.text for statement in read(name).outline.statements)
    assert LAST_PARAGRAPHS[name] in text


def test_a_japanese_markdown_article_is_split_at_its_full_stops():
    statements = [statement.text for statement in read("ja-02.md").outline.statements]
    assert statements == [
        "東京都心で５日、１０センチの積雪を観測した。",
        "気象庁によると、６年ぶりだという。",
    ]
