"""manage.py load_demo: the sample briefing and the demo users, for development only."""

import pytest
from django.contrib.auth import authenticate
from django.contrib.flatpages.models import FlatPage
from django.core.management import CommandError, call_command
from django.test import RequestFactory

from briefings.demo import DEMO_PASSWORD
from briefings.models import Briefing
from factcheck import checklist, services
from factcheck.models import Claim, ClaimVersion
from factcheck.standards import PLACEHOLDER_MARK


@pytest.fixture
def debug_on(settings):
    settings.DEBUG = True


@pytest.mark.django_db
def test_it_loads_the_sample_briefing(debug_on):
    call_command("load_demo", stdout=None)
    briefing = Briefing.objects.get()
    assert briefing.slug == "russia-peace-proposals"
    assert briefing.statements.count() == 41


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["admin", "editor", "checker", "checker2"])
def test_it_creates_demo_users_with_the_published_password(debug_on, username):
    call_command("load_demo")
    sign_in = RequestFactory().post("/accounts/login/")
    assert authenticate(sign_in, username=username, password=DEMO_PASSWORD) is not None


@pytest.mark.django_db
def test_it_makes_only_admin_a_superuser(debug_on, django_user_model):
    call_command("load_demo")
    assert list(django_user_model.objects.filter(is_superuser=True).values_list("username", flat=True)) == [
        "admin"
    ]


@pytest.mark.django_db
def test_it_can_run_twice(debug_on, django_user_model, capsys):
    call_command("load_demo")
    call_command("load_demo")
    assert Briefing.objects.count() == 1
    assert django_user_model.objects.count() == 4
    assert "unchanged" in capsys.readouterr().out


@pytest.mark.django_db
def test_it_prints_the_password(debug_on, capsys):
    call_command("load_demo")
    assert DEMO_PASSWORD in capsys.readouterr().out


@pytest.mark.django_db
def test_it_refuses_without_debug(settings, django_user_model):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only runs with DEBUG on"):
        call_command("load_demo")
    assert django_user_model.objects.count() == 0


@pytest.mark.django_db
def test_it_leaves_a_realistic_desk(debug_on):
    from factcheck.models import Claim

    call_command("load_demo")
    statuses = list(Claim.objects.values_list("status", flat=True))
    assert statuses.count("published") >= 3
    assert {"new", "in_progress", "in_review", "changes_requested"} <= set(statuses)
    assert statuses.count("new") >= 2
    assert statuses.count("in_progress") >= 2


@pytest.mark.django_db
def test_its_verdicts_cite_only_the_listed_sources(debug_on):
    from briefings.demo import SAMPLE_DATA
    from factcheck.models import Source

    call_command("load_demo")
    listed = (SAMPLE_DATA / "demo-sources.md").read_text()
    assert Source.objects.count() == 5
    for url in Source.objects.values_list("url", flat=True):
        assert url in listed


@pytest.mark.django_db
def test_its_published_verdicts_are_public_with_evidence_and_a_note(debug_on):
    from factcheck.models import Claim

    call_command("load_demo")
    public = Claim.objects.public()
    assert public.count() >= 3
    assert all(claim.evidence.exists() for claim in public)
    assert "examples" in Briefing.objects.get().note


@pytest.mark.django_db
def test_its_approvals_keep_the_two_person_rule(debug_on):
    from factcheck.models import Claim

    call_command("load_demo")
    for claim in Claim.objects.filter(reviewed_by__isnull=False):
        assert claim.reviewed_by != claim.submitted_by


@pytest.mark.django_db
def test_it_sends_no_email(debug_on, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    assert mailoutbox == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "address",
    ["/standards/methodology/", "/standards/corrections/", "/standards/ownership/", "/standards/contact/"],
)
def test_it_fills_each_standards_page_with_an_example_marked_as_one(debug_on, client, address):
    call_command("load_demo")
    body = client.get(address).content.decode()
    assert "<p><strong>Example:</strong>" in body
    assert PLACEHOLDER_MARK not in body


@pytest.mark.django_db
def test_its_methodology_says_how_claims_go_from_chosen_to_corrected(debug_on, client):
    call_command("load_demo")
    body = client.get("/standards/methodology/").content.decode()
    for step in ("choose", "research", "write", "edit", "publish", "correct"):
        assert step in body


@pytest.mark.django_db
def test_its_contact_page_says_how_to_submit_a_claim(debug_on, client):
    call_command("load_demo")
    assert '<a href="/submit/"' in client.get("/standards/contact/").content.decode()


@pytest.mark.django_db
def test_it_never_writes_over_a_standards_page_the_newsroom_wrote(debug_on):
    FlatPage.objects.filter(url="/standards/contact/").update(content="<p>Our own.</p>")
    call_command("load_demo")
    assert FlatPage.objects.get(url="/standards/contact/").content == "<p>Our own.</p>"


@pytest.mark.django_db
def test_its_published_verdicts_pass_the_default_checklist(debug_on):
    call_command("load_demo")
    versions = ClaimVersion.objects.all()
    assert versions.count() == 4
    for version in versions:
        assert {item["state"] for item in version.checklist.values()} == {"passed"}, version
        assert len(version.checklist) == 5


@pytest.mark.django_db
def test_its_open_verdicts_pass_the_default_checklist_too(debug_on):
    """So that a person trying the demo can approve and publish them."""
    call_command("load_demo")
    for claim in Claim.objects.filter(status__in=["in_review", "changes_requested"]):
        assert checklist.refusal(services.review_checklist(claim)) == "", claim
