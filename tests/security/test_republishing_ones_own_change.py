"""Publishing again after a source or rating edit is the change's review: whoever made the edit
does not publish it. Before, an editor could repoint a source a published verdict cites (its
address, title, publisher) and publish the verdict again alone, so readers saw an edit no second
person had seen, credited to the editor who approved the first version."""

import pytest

from factcheck import services
from factcheck.models import Claim, Rating

from ..factories import make_user, publish_a_check

REPOINTED = "https://example.org/another-page-altogether"


@pytest.fixture
def published(db):
    checker, editor = make_user("checker", "Checker"), make_user("editor", "Editor")
    return publish_a_check(checker, editor)


def repoint_source(claim, user):
    source = claim.evidence.get().source
    source.url = REPOINTED
    return services.save_source(source=source, user=user, comment="The right page.")


def test_it_refuses_to_let_an_editor_publish_again_a_source_change_they_made(published):
    editor = make_user("repointer", "Editor")
    repoint_source(published, editor)
    with pytest.raises(services.WorkflowError, match="a second editor publishes it"):
        services.take_action(claim=Claim.objects.get(pk=published.pk), action="republish", user=editor)
    assert Claim.objects.get(pk=published.pk).live_version.number == 1


def test_it_lets_a_second_editor_publish_the_source_change(published):
    repoint_source(published, make_user("repointer", "Editor"))
    claim = services.take_action(
        claim=Claim.objects.get(pk=published.pk), action="republish", user=make_user("second", "Editor")
    )
    assert claim.live_version.evidence.get().url == REPOINTED


def test_the_desk_does_not_offer_the_editor_who_changed_the_source_to_publish_again(published):
    editor = make_user("repointer", "Editor")
    repoint_source(published, editor)
    claim = Claim.objects.get(pk=published.pk)
    assert "republish" not in {action.name for action in claim.get_actions(editor)}


def test_it_refuses_to_let_an_admin_publish_again_a_rating_change_they_made(published):
    admin = make_user("root", superuser=True)
    rating = Rating.objects.get(slug="accurate")
    rating.definition = "Whatever the admin says."
    services.save_rating(rating=rating, user=admin)
    with pytest.raises(services.WorkflowError, match="a second editor publishes it"):
        services.take_action(claim=Claim.objects.get(pk=published.pk), action="republish", user=admin)


def test_the_editor_who_changed_a_source_may_not_approve_the_verdicts_next_revision(published):
    """The edit is part of what the next version shows, as an edit of the evidence is."""
    editor = make_user("repointer", "Editor")
    repoint_source(published, editor)
    claim = Claim.objects.get(pk=published.pk)
    claim.rationale += " And the port's own log agrees."
    claim = services.save_claim(
        claim=claim, user=make_user("reviser", "Editor"), opened_version=claim.version
    )
    with pytest.raises(services.WorkflowError, match="nobody approves a check they submitted or revised"):
        services.take_action(claim=Claim.objects.get(pk=claim.pk), action="approve", user=editor)
