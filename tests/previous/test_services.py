"""Linking a claim to an earlier check, and unlinking: the services, whatever door calls them."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction

from factcheck import services
from factcheck.models import PreviousCheck
from factcheck.services.previous import LINKED, UNLINKED

from ..factories import add_verdict, make_claim, make_public_claim, make_user

pytestmark = pytest.mark.django_db

EARLIER = "Russia invaded Ukraine on February 24, 2022."


@pytest.fixture
def earlier():
    return make_public_claim(text=EARLIER)


@pytest.fixture
def claim(checker):
    return make_claim(text="Russia began its invasion of Ukraine in 2022.", assignee=checker)


def test_a_checker_links_an_earlier_check_with_its_similarity(claim, earlier, checker):
    link = services.link_previous_check(claim=claim, earlier=earlier, user=checker, similarity=0.62)

    assert (link.claim, link.earlier, link.similarity, link.linked_by) == (claim, earlier, 0.62, checker)
    assert link.linked_at is not None


def test_linking_is_recorded_on_the_claims_history(claim, earlier, checker):
    services.link_previous_check(claim=claim, earlier=earlier, user=checker, similarity=0.62)

    event = claim.events.first()
    assert (event.action, event.actor) == (LINKED, checker)
    assert event.changes["previously checked"][1].startswith(f"#{earlier.pk} ")


def test_linking_never_copies_the_earlier_verdict(claim, earlier, checker):
    claim.rationale = "Our own reading."
    claim.save()

    services.link_previous_check(claim=claim, earlier=earlier, user=checker)

    claim.refresh_from_db()
    assert (claim.rating_id, claim.rationale, claim.status) == (None, "Our own reading.", "new")


def test_linking_leaves_the_claims_version_alone_so_an_open_form_stays_valid(claim, earlier, checker):
    before = claim.version

    services.link_previous_check(claim=claim, earlier=earlier, user=checker)

    claim.refresh_from_db()
    assert claim.version == before


def test_it_refuses_a_checker_who_may_not_edit_the_claim(earlier):
    owner, other = make_user("owner", "Checker"), make_user("other", "Checker")
    claim = make_claim(assignee=owner)

    with pytest.raises(services.WorkflowError, match="may not link"):
        services.link_previous_check(claim=claim, earlier=earlier, user=other)
    assert not PreviousCheck.objects.exists()


@pytest.mark.parametrize("who", ["anonymous", "staff without a role", "nobody"])
def test_it_refuses_anyone_without_a_role(claim, earlier, who, staff_member):
    user = {"anonymous": AnonymousUser(), "staff without a role": staff_member, "nobody": None}[who]

    with pytest.raises(services.WorkflowError, match="may not link"):
        services.link_previous_check(claim=claim, earlier=earlier, user=user)
    assert not PreviousCheck.objects.exists()


def test_an_editor_links_any_claim(claim, earlier, editor):
    services.link_previous_check(claim=claim, earlier=earlier, user=editor)

    assert PreviousCheck.objects.filter(claim=claim, earlier=earlier).exists()


def test_it_refuses_a_link_to_the_claim_itself(earlier, editor):
    with pytest.raises(services.WorkflowError, match="its own earlier check"):
        services.link_previous_check(claim=earlier, earlier=earlier, user=editor)


def test_it_refuses_an_earlier_claim_without_a_published_verdict(claim, checker):
    unpublished = add_verdict(make_claim(text=EARLIER))

    with pytest.raises(services.WorkflowError, match="published verdict"):
        services.link_previous_check(claim=claim, earlier=unpublished, user=checker)
    assert not PreviousCheck.objects.exists()


def test_it_refuses_the_same_pair_twice(claim, earlier, checker):
    services.link_previous_check(claim=claim, earlier=earlier, user=checker)

    with pytest.raises(services.WorkflowError, match="Already linked"):
        services.link_previous_check(claim=claim, earlier=earlier, user=checker)
    assert PreviousCheck.objects.count() == 1


@pytest.mark.parametrize("similarity", [-0.1, 1.5, float("nan"), "0.5", True])
def test_it_refuses_a_similarity_that_is_not_from_0_to_1(claim, earlier, checker, similarity):
    with pytest.raises(services.WorkflowError, match="from 0 to 1"):
        services.link_previous_check(claim=claim, earlier=earlier, user=checker, similarity=similarity)
    assert not PreviousCheck.objects.exists()


def test_it_refuses_an_earlier_claim_that_does_not_exist(claim, checker):
    with pytest.raises(services.WorkflowError, match="no such earlier claim"):
        services.link_previous_check(claim=claim, earlier=None, user=checker)


def test_a_checker_unlinks_and_it_is_recorded(claim, earlier, checker):
    services.link_previous_check(claim=claim, earlier=earlier, user=checker)

    services.unlink_previous_check(claim=claim, earlier=earlier, user=checker)

    assert not PreviousCheck.objects.exists()
    assert claim.events.first().action == UNLINKED


def test_unlinking_refuses_a_checker_who_may_not_edit_the_claim(earlier, editor):
    claim = make_claim(assignee=make_user("owner", "Checker"))
    services.link_previous_check(claim=claim, earlier=earlier, user=editor)

    with pytest.raises(services.WorkflowError, match="may not link"):
        services.unlink_previous_check(claim=claim, earlier=earlier, user=make_user("other", "Checker"))
    assert PreviousCheck.objects.count() == 1


def test_unlinking_refuses_anonymous(claim, earlier, checker):
    services.link_previous_check(claim=claim, earlier=earlier, user=checker)

    with pytest.raises(services.WorkflowError, match="may not link"):
        services.unlink_previous_check(claim=claim, earlier=earlier, user=AnonymousUser())
    assert PreviousCheck.objects.count() == 1


def test_unlinking_what_is_not_linked_says_so(claim, earlier, checker):
    with pytest.raises(services.WorkflowError, match="Nothing to unlink"):
        services.unlink_previous_check(claim=claim, earlier=earlier, user=checker)


def test_the_database_refuses_a_link_to_the_claim_itself_whatever_the_door(earlier):
    with pytest.raises(IntegrityError), transaction.atomic():
        PreviousCheck.objects.create(claim=earlier, earlier=earlier)


def test_the_database_refuses_the_same_pair_twice_whatever_the_door(claim, earlier):
    PreviousCheck.objects.create(claim=claim, earlier=earlier)

    with pytest.raises(IntegrityError), transaction.atomic():
        PreviousCheck.objects.create(claim=claim, earlier=earlier)
