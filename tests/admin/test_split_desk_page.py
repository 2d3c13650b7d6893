"""What the briefing's desk page shows of the corrections of the split: the editor's controls on
each statement and heading, hidden statements and their claims, the briefing's corrections for
everyone, and the claim page of a claim whose statement was split or hidden."""

import pytest
from django.urls import reverse

from briefings.editing import hide_statement, merge_statements, split_statement
from briefings.importers import import_briefing
from factcheck.models import Claim

from ..factories import make_claim, make_user

ARTICLE = (
    "The port\n\n## Shipping\n\n"
    "The port handled 140 ships last week. Officials expect more.\n\n"
    "A new paragraph starts here.\n"
)


@pytest.fixture
def briefing(db):
    return import_briefing(ARTICLE).briefing


def statement(briefing, position):
    return briefing.statements.get(position=position)


def desk_page(client, briefing, **query):
    response = client.get(reverse("admin:briefings_briefing_change", args=[briefing.pk]), query)
    assert response.status_code == 200
    return response.content.decode()


def test_it_offers_an_editor_the_split_points_of_each_statement(client, editor, briefing):
    client.force_login(editor)
    page = desk_page(client, briefing)
    assert f'for="split-{statement(briefing, 2).pk}"' in page
    assert '<option value="9">The port ¦ handled 140 ships last…</option>' in page
    assert "Split statement 2</button>" in page


def test_it_offers_merge_only_with_the_next_statement_of_the_same_paragraph(client, editor, briefing):
    client.force_login(editor)
    page = desk_page(client, briefing)
    assert 'aria-label="Merge with next: statements 2 and 3"' in page
    assert 'aria-label="Merge with next: statements 1 and 2"' not in page  # another section
    assert 'aria-label="Merge with next: statements 3 and 4"' not in page  # another paragraph


def test_it_offers_no_merge_between_separate_list_items(client, editor):
    briefing = import_briefing(
        "The port\n\nThe plan has two parts:\n\n- A new quay.\n- A deeper basin.\n"
    ).briefing
    client.force_login(editor)
    page = desk_page(client, briefing)
    assert 'aria-label="Merge with next: statements 2 and 3"' not in page


def test_it_offers_an_editor_edit_heading_on_each_heading(client, editor, briefing):
    client.force_login(editor)
    page = desk_page(client, briefing)
    section = briefing.sections.get(position=2)
    assert reverse("admin:briefings_section_retitle", args=[briefing.pk, section.pk]) in page
    assert 'name="heading"' in page
    assert 'value="Shipping"' in page


def test_it_offers_a_checker_no_corrections(client, checker, briefing):
    client.force_login(checker)
    page = desk_page(client, briefing)
    for control in ("Split statement", "Merge with next", 'aria-label="Hide statement', "Edit heading"):
        assert control not in page


def test_it_greys_a_hidden_statement_and_warns_on_its_claims(client, editor, checker, briefing):
    claim = make_claim(statement=statement(briefing, 1), text="The port")
    hide_statement(statement=statement(briefing, 1), user=editor)
    client.force_login(checker)
    page = desk_page(client, briefing)
    assert 'class="hidden-statement"' in page
    assert "Hidden: not part of the article" in page
    assert "Hidden statement: this claim cannot be published until the statement is shown again" in page
    assert 'aria-label="Make a claim from statement 1"' not in page
    assert reverse("admin:factcheck_claim_change", args=[claim.pk]) in page


def test_it_offers_an_editor_unhide_on_a_hidden_statement(client, editor, briefing):
    hide_statement(statement=statement(briefing, 1), user=editor)
    client.force_login(editor)
    page = desk_page(client, briefing)
    assert 'aria-label="Unhide statement 1"' in page
    assert 'aria-label="Hide statement 1"' not in page


def test_it_does_not_offer_to_hide_a_statement_with_a_published_verdict(client, editor, checker):
    claim = make_claim(Claim.Status.PUBLISHED, assignee=checker, submitted_by=checker, checked=True)
    client.force_login(editor)
    page = desk_page(client, claim.statement.briefing)
    assert 'aria-label="Hide statement 1"' not in page
    assert 'aria-label="Hide statement 2"' in page


def test_a_merged_statements_old_anchor_still_leads_to_it(client, editor, briefing):
    merge_statements(statement=statement(briefing, 2), user=editor)
    client.force_login(editor)
    page = desk_page(client, briefing)
    assert 'id="s-3"' in page  # the merged-in statement's number, now an alias
    assert 'id="s-4"' in page  # the statement after it keeps its anchor


def test_it_shows_a_checker_the_briefings_corrections(client, editor, checker, briefing):
    split_statement(statement=statement(briefing, 2), offset=len("The port handled "), user=editor)
    client.force_login(checker)
    page = desk_page(client, briefing)
    assert "Corrections to the split (1)" in page
    assert "Split statement 2 at character 17: “The port handled 140 ships last week.”" in page
    assert f"— {editor}," in page


def test_it_lists_first_the_corrections_a_new_revision_could_not_reapply(client, editor, briefing):
    split_statement(statement=statement(briefing, 2), offset=len("The port handled "), user=editor)
    hide_statement(statement=statement(briefing, 1), user=editor)
    import_briefing(ARTICLE.replace("140 ships", "150 ships"), slug=briefing.slug)
    client.force_login(editor)
    page = desk_page(client, briefing)
    missed = page.index("Not re-applied from revision 1 — check these")
    assert missed < page.index("Split statement 2 at character 17") < page.index("In force")
    assert page.index("In force") < page.index("Hide statement 1: “The port”")
    assert "(re-applied from revision 1)" in page
    assert "re-applied 1 correction(s) of revision 1; 1 could not be" in page


def test_the_desk_page_does_not_query_per_statement(client, editor, django_assert_max_num_queries):
    queries = []
    for paragraphs in (5, 60):
        article = f"An edited article of {paragraphs}\n" + "".join(
            f"Sentence {i} says something. It goes on.\n\n" for i in range(paragraphs)
        )
        briefing = import_briefing(article).briefing
        for position in (2, 4, 6):
            statement_ = statement(briefing, position)
            make_claim(statement=statement_, text=statement_.text)
            split_statement(statement=statement_, offset=statement_.text.index(" ") + 1, user=editor)
        hide_statement(statement=statement(briefing, 1), user=editor)
        client.force_login(editor)
        desk_page(client, briefing)  # the session's and the admin's own first-time look-ups
        with django_assert_max_num_queries(25) as counted:
            desk_page(client, briefing)
        queries.append(len(counted.captured_queries))
    assert queries[0] == queries[1]


def test_the_claim_page_says_its_statement_is_hidden(client, editor, briefing):
    claim = make_claim(statement=statement(briefing, 1), text="The port")
    hide_statement(statement=statement(briefing, 1), user=editor)
    client.force_login(editor)
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).content.decode()
    assert "this claim cannot be published until the statement is shown again" in page


def split_claim(editor):
    briefing = import_briefing(ARTICLE).briefing
    claim = make_claim(statement=statement(briefing, 2), text="The port handled 140 ships last week.")
    split_statement(statement=statement(briefing, 2), offset=len("The port handled "), user=editor)
    claim.refresh_from_db()
    assert claim.anchor == "split"
    return claim


def test_the_claim_page_offers_an_editor_to_confirm_a_split_claim(client, editor, db):
    claim = split_claim(editor)
    client.force_login(make_user("second-editor", "Editor"))
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).content.decode()
    assert "Statement split on the desk" in page
    assert "Confirm: the claim belongs on this statement" in page


def test_an_editor_confirms_a_split_claim(client, editor, db):
    claim = split_claim(editor)
    client.force_login(editor)
    url = reverse("admin:factcheck_claim_confirm_anchor", args=[claim.pk])
    response = client.post(url, {"opened_version": claim.version}, follow=True)
    assert "Confirmed: the claim belongs on this statement." in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).anchor == "exact"


def test_the_briefing_lists_a_split_claim_to_check(client, checker, editor, db):
    claim = split_claim(editor)
    client.force_login(checker)
    page = desk_page(client, claim.statement.briefing)
    assert "Claims to check after a revision (1)" in page
    assert "on the desk: neither part holds the claim whole; it is on" in page
    assert "in revision None" not in page
    assert "in revision </" not in page
