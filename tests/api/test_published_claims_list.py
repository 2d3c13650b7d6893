"""The public claims list builds its page from rows (factcheck.api.published.published_claims);
it must say exactly what ClaimSerializer's fields, which the schema documents, say of each claim."""

import datetime
import json

import pytest
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.test import APIClient, APIRequestFactory

from factcheck import services
from factcheck.api.serializers import ClaimSerializer, ClaimTombstoneSerializer
from factcheck.api.views import ClaimViewSet
from factcheck.models import Claim, ClaimVersion, Correction, Evidence, Rating
from factcheck.states import Anchor

from ..factories import make_public_claim, make_source, make_statement, make_user, publish

SINCE = {"updated_since": "2000-01-01T00:00:00Z", "page_size": 200}


def _corrected_twice(claim):
    """Two more versions of `claim`, with a correction on each and one on no version."""
    false, accurate = Rating.objects.get(slug="false"), Rating.objects.get(slug="accurate")
    for number, reason in [(1, "Új adatok — ﬁgures revised."), (2, "Second thoughts.")]:
        claim.rating, claim.text = (false, accurate)[number % 2], f"Reworded {number}: “quoted” ünïcödé"
        claim.save()
        publish(claim)
        Correction.objects.create(
            claim=claim,
            version=claim.live_version,
            from_rating=accurate,
            to_rating=false,
            from_label="Accurate",
            to_label="False",
            reason=reason,
        )
    Correction.objects.create(
        claim=claim, from_rating=accurate, to_rating=false, from_label="A", to_label="F"
    )
    return claim


def _evidence_of_every_stance(claim):
    for number, stance in enumerate(Evidence.Stance.values):
        source = make_source(f"https://例え.jp/{stance}/{number}", title=f"Källa {number} — «{stance}»")
        Evidence.objects.create(claim=claim, source=source, stance=stance, excerpt="", locator=f"§ {number}")
    publish(claim)
    return claim


def _claims_of_every_kind():
    plain = make_public_claim(
        text="Ζωή: the port handled 140 ships 🚢 last week.",
        claimant="Mª José Pérez",
        reply_status="contacted",
        contacted_on=datetime.date(2024, 6, 1),
        reply_note="Elle maintient le chiffre.",
    )
    corrected = _corrected_twice(
        make_public_claim(
            text="A claim corrected twice.", reply_status="not_contacted", reply_note="No address."
        )
    )
    stances = _evidence_of_every_stance(make_public_claim(text="A claim with every stance."))
    cut = make_public_claim(text="A claim whose statement was cut.")
    ClaimVersion.objects.filter(claim=cut).update(reply_status="")  # published before the checklist
    Claim.objects.filter(pk=cut.pk).update(anchor=Anchor.ORPHANED)
    taken_down = make_statement("A briefing taken down\n\nThe mayor said the bridge will open in May.")
    withdrawn = make_public_claim(text="A claim in a briefing taken down.", statement=taken_down)
    linker = make_user("linker", "Editor")
    for earlier, similarity in [(corrected, 0.5), (withdrawn, 0.9), (stances, None)]:  # previously_checked
        services.link_previous_check(claim=plain, earlier=earlier, user=linker, similarity=similarity)
    services.withdraw_briefing(
        briefing=withdrawn.statement.briefing, user=make_user("ed", "Editor"), reason="Légal."
    )
    return [plain, corrected, stances, cut, withdrawn]


def _described(ids):
    """What the serializer's fields say of each claim, loaded as the detail loads it (the model
    path): a withdrawn claim's tombstone, else the published claim."""
    request = Request(APIRequestFactory().get("/api/v1/claims/", SINCE))
    view = ClaimViewSet(request=request, action="list", kwargs={}, format_kwarg=None)
    context = {"request": request, "view": view}
    claims = view.get_queryset().in_bulk(ids)
    described = [
        ClaimTombstoneSerializer(context=context).to_representation(claims[pk])
        if claims[pk].statement.briefing.status == "withdrawn"
        else ClaimSerializer(context=context).described(claims[pk])
        for pk in ids
    ]
    return json.loads(JSONRenderer().render(described))


@pytest.mark.django_db
def test_the_list_says_what_the_serializer_says_of_every_kind_of_claim(django_assert_max_num_queries):
    made = _claims_of_every_kind()

    with django_assert_max_num_queries(20):
        results = APIClient().get("/api/v1/claims/", SINCE).json()["results"]

    assert sorted(claim["id"] for claim in results) == sorted(claim.pk for claim in made)
    assert results == _described([claim["id"] for claim in results])


@pytest.mark.django_db
def test_the_list_keeps_the_serializers_order_of_fields():
    made = _claims_of_every_kind()

    results = APIClient().get("/api/v1/claims/", SINCE).json()["results"]

    described = {claim["id"]: claim for claim in _described([claim.pk for claim in made])}
    assert [list(claim) for claim in results] == [list(described[claim["id"]]) for claim in results]


@pytest.mark.django_db
def test_the_list_writes_times_in_the_sites_zone_as_the_serializer_does(settings):
    settings.TIME_ZONE = "America/New_York"
    made = _claims_of_every_kind()

    results = APIClient().get("/api/v1/claims/", SINCE).json()["results"]

    assert results[0]["published_at"].endswith(("-05:00", "-04:00"))
    assert results == _described([claim["id"] for claim in results])
    assert len(results) == len(made)
