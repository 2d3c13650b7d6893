"""The claim's wording box on its desk page: four rows and the class desk.css widens and sizes to
its text, so a long sentence fits without scrolling (measured in tests/in_browser)."""

from django.urls import reverse

from factcheck.admin.forms import ClaimForm
from factcheck.models import Claim

from ..factories import make_claim


def test_the_wording_box_has_four_rows_and_the_wording_class():
    attrs = ClaimForm().fields["text"].widget.attrs
    assert attrs["rows"] == 4
    assert attrs["class"] == "claim-wording"


def test_the_claim_page_renders_the_wording_box_under_its_field_name(client, checker):
    claim = make_claim(Claim.Status.IN_PROGRESS, assignee=checker)
    client.force_login(checker)
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text
    assert '<textarea name="text" cols="40" rows="4" class="claim-wording"' in page
