"""The delete pages of a published claim and of its statement (admins only) delete nothing:
Django's page says what stands in the way (the statement's published version, PROTECT; the
claim's history, which nobody deletes in the admin)."""

from django.urls import reverse

from briefings.models import Statement
from factcheck.models import Claim, ClaimVersion

from ..factories import make_published_briefing


def test_an_admin_may_not_delete_a_published_claim(client, superuser, editor, checker):
    _, claim = make_published_briefing(checker, editor)
    client.force_login(superuser)
    response = client.post(reverse("admin:factcheck_claim_delete", args=[claim.pk]), {"post": "yes"})
    assert "<title>Cannot delete claim |" in response.text
    assert ClaimVersion.objects.filter(claim=claim).exists()
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_an_admin_may_not_delete_the_statement_of_a_published_claim(client, superuser, editor, checker):
    _, claim = make_published_briefing(checker, editor)
    client.force_login(superuser)
    response = client.post(
        reverse("admin:briefings_statement_delete", args=[claim.statement_id]), {"post": "yes"}
    )
    assert "would require deleting the following protected related objects" in response.text
    assert Statement.objects.filter(pk=claim.statement_id).exists()
    assert ClaimVersion.objects.filter(claim=claim).exists()
