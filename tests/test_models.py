import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from briefings.models import Statement
from factcheck.models import Claim, Rating, Source


@pytest.mark.django_db
def test_the_default_rating_scale_is_seeded():
    assert list(Rating.objects.values_list("name", flat=True)) == [
        "Accurate",
        "Mostly accurate",
        "Unsupported",
        "Misleading",
        "False",
        "Not checkable",
    ]


@pytest.mark.django_db
def test_every_rating_has_a_colour_a_symbol_and_a_definition():
    for rating in Rating.objects.all():
        rating.full_clean()
        assert rating.symbol
        assert rating.definition


@pytest.mark.django_db
def test_only_not_checkable_needs_no_evidence():
    assert list(Rating.objects.filter(needs_evidence=False).values_list("slug", flat=True)) == [
        "not-checkable"
    ]


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("HTTPS://En.Wikipedia.org:443/wiki/Keith_Kellogg", "https://en.wikipedia.org/wiki/Keith_Kellogg"),
        ("https://en.wikipedia.org/wiki/Keith_Kellogg#Career", "https://en.wikipedia.org/wiki/Keith_Kellogg"),
        ("https://example.com/report?utm_source=news&id=4", "https://example.com/report?id=4"),
        ("https://example.com", "https://example.com/"),
    ],
)
def test_source_urls_are_normalised(given, stored):
    assert Source.normalise_url(given) == stored


@pytest.mark.parametrize("bad", ["not a url", "ftp://example.com/file", "javascript:alert(1)", ""])
def test_source_urls_must_be_web_addresses(bad):
    with pytest.raises(ValidationError):
        Source.normalise_url(bad)


@pytest.mark.parametrize("path", ["<" * 400, "é" * 400])
def test_a_source_url_too_long_once_normalised_is_refused(path):
    """420 characters typed, 1,220 or 2,420 once percent-encoded: past the column's 1,000."""
    with pytest.raises(ValidationError, match="once normalised"):
        Source.normalise_url(f"https://example.org/{path}")


@pytest.mark.django_db
def test_the_same_page_is_one_source():
    Source.objects.create(url="https://en.wikipedia.org/wiki/Kori_Schake", title="Kori Schake")
    with pytest.raises(IntegrityError):
        Source.objects.create(
            url="https://EN.wikipedia.org/wiki/Kori_Schake#Career", title="Kori Schake again"
        )


@pytest.mark.django_db
def test_source_clean_reports_a_bad_url_on_the_field():
    source = Source(url="nonsense", title="x")
    with pytest.raises(ValidationError) as error:
        source.full_clean()
    assert "url" in error.value.message_dict


def test_source_domain_drops_www():
    assert Source(url="https://www.brookings.edu/people/angela-stent/").domain == "brookings.edu"


def test_lists_that_join_the_briefing_leave_its_documents_behind(db, django_assert_num_queries):
    from .factories import make_claim

    make_claim()
    with django_assert_num_queries(2):
        claim = Claim.objects.with_briefing().get()
        statement = Statement.objects.with_briefing().first()
        assert claim.statement.briefing.slug == statement.briefing.slug != ""
    assert claim.statement.briefing.get_deferred_fields() == {"original", "text"}
    assert statement.briefing.get_deferred_fields() == {"original", "text"}


def test_the_history_prints_empty_values_as_a_dash_and_cuts_long_ones():
    from factcheck.models import ClaimEvent

    event = ClaimEvent(action="edited", changes={"rationale": ["", "x" * 100], "claimant": ["Kremlin", ""]})
    assert event.describe() == f"Edited; rationale: — → {'x' * 59}…; claimant: Kremlin → —"


def test_the_history_names_each_change_as_the_claims_form_labels_it():
    from factcheck.models import ClaimEvent

    event = ClaimEvent(action="edited", changes={"short_text": ["", "A record"], "reply_note": ["", "None"]})
    assert event.describe() == "Edited; short form: — → A record; reply note: — → None"


def test_the_history_says_a_choice_by_its_label_and_a_tick_as_yes_or_no():
    from factcheck.models import ClaimEvent

    event = ClaimEvent(
        action="edited",
        changes={"reply_status": ["", "not_applicable"], "claimant_unknown": ["False", "True"]},
    )
    assert event.describe() == "Edited; right of reply: — → Not applicable; claimant not known: no → yes"


def test_the_history_tells_evidence_added_by_its_stance_and_source():
    from factcheck.models import ClaimEvent

    event = ClaimEvent(action="evidence_added", changes={"evidence": ["", "Supports: Council minutes"]})
    assert event.describe() == "Added evidence; evidence: — → Supports: Council minutes"


def test_the_history_writes_a_due_date_as_the_desk_does():
    from factcheck.models import ClaimEvent

    event = ClaimEvent(
        action="assign", changes={"assignee": ["", "Chris Checker"], "due_on": ["", "2026-12-09"]}
    )
    assert event.describe() == "Assigned; assignee: — → Chris Checker; due date: — → 9 Dec 2026"


def test_the_history_tells_a_workflow_step_in_the_past_tense():
    from factcheck.models import ClaimEvent

    event = ClaimEvent(action="submit", from_status="in_progress", to_status="in_review")
    assert event.describe() == "Submitted for review; In progress → In review"


def test_the_history_tells_a_claim_made_without_a_move_from_nothing():
    from factcheck.models import ClaimEvent

    assert ClaimEvent(action="created", from_status="", to_status="new").describe() == "Made the claim"


def test_every_workflow_step_has_a_line_for_the_history():
    from factcheck.workflow import ACTIONS

    assert all(action.done and action.done != action.label for action in ACTIONS)


def test_every_event_the_services_record_has_a_line_for_the_history():
    """The names the services record outside the workflow, each told in words, never as a name."""
    from factcheck.models.history import EVENTS_DONE
    from factcheck.services import anchoring, previous, splitting

    recorded = {"created", "edited", "from_submission", "checklist_overridden", "source_changed"}
    recorded |= {"rating_changed", anchoring.REANCHORED, anchoring.CONFIRMED, previous.LINKED}
    recorded |= {previous.UNLINKED, splitting.FOLLOWED} | {
        f"evidence_{kind}" for kind in ("added", "changed", "removed")
    }
    assert recorded <= set(EVENTS_DONE)


def test_a_look_alike_domain_is_stored_and_shown_in_ascii():
    url = Source.normalise_url("https://аррӏе.com/login")
    assert url == "https://xn--80ak6aa92e.com/login"
    assert Source(url=url).domain == "xn--80ak6aa92e.com"


def test_a_punycode_domain_is_not_turned_into_unicode():
    assert Source.normalise_url("https://xn--80ak6aa92e.com/") == "https://xn--80ak6aa92e.com/"


LONG_CLAIM = (
    "Westbridge City Council voted 31 to 12 to approve a £48 million flood defence scheme for the River Wend."
)


def test_a_long_claim_is_named_by_its_words_cut_short_with_an_ellipsis():
    """An outside tester's finding: the desk's title, breadcrumbs and "changed successfully"
    message named this claim "… for the River W", cut inside a word with nothing to say so."""
    assert str(Claim(text=LONG_CLAIM)) == (
        "Westbridge City Council voted 31 to 12 to approve a £48 million flood defence scheme for the River…"
    )


def test_a_claim_of_at_most_a_hundred_characters_is_named_in_full():
    assert str(Claim(text=LONG_CLAIM[:100])) == LONG_CLAIM[:100]
