"""A claim's desk page saves and stays or saves and goes back to the list; it offers no "Save and
add another", since a claim is made from its statement (+ Claim), never from a blank form."""

from django.urls import reverse

from ..factories import make_claim


def test_a_claim_page_offers_no_save_and_add_another(client, checker):
    client.force_login(checker)
    page = client.get(reverse("admin:factcheck_claim_change", args=[make_claim(assignee=checker).pk])).text
    assert 'name="_addanother"' not in page


def test_a_claim_page_still_offers_save_and_continue(client, checker):
    client.force_login(checker)
    page = client.get(reverse("admin:factcheck_claim_change", args=[make_claim(assignee=checker).pk])).text
    assert 'name="_continue"' in page
