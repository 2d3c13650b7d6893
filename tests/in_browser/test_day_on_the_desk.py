"""The README's "A day on the desk", steps 1 to 6, clicked through in Chromium by four people:
Eda Editor imports the sample article, makes a claim and assigns it with a due date; Chris
Checker checks it with a new source and submits; Eda requests changes; Chris revises and
resubmits; a second editor approves; Eda previews and publishes, after a confirmation page;
Chris corrects the published verdict; the second editor approves again; Eda publishes again,
and a reader sees the correction. Every page on the way is checked with axe-core and for
sideways scrolling at a laptop's and a phone's width, and photographed: `make screenshots`
writes the photographs into docs/screenshots/ (FACTDESK_SCREENSHOT_DIR), a test run into a
temporary directory.

Each assertion names the point of issue 16 it holds (item 1: no lost typing, 2: the reviewer's
word on top, 3: fits the screen, 4: messages say what happened, 5: confirm before going public,
6: assignment, 7: a second claim only on purpose, 8: import, 9: navigation, 10: accessibility).
"""

import os
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from briefings.demo import DEMO_PASSWORD, ensure_demo_users
from briefings.models import Briefing
from factcheck.models import Claim, Source

from ..browser import serious_violations, signed_in_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
STATEMENT = "Despite diplomatic efforts"
SHARPENED = "Russia invaded Ukraine on February 24, 2022."
NEW_SOURCE = "https://www.un.org/en/ga/resolutions/es-11-1"
DUE = date.today() + timedelta(days=2)


class Desk:
    """The people, their browser pages and where the photographs go."""

    def __init__(self, chromium, live_server, photos):
        self.chromium, self.server, self.photos = chromium, live_server, photos
        self.pages = {}

    def url(self, name, *args):
        return self.server.url + reverse(name, args=args)

    def page(self, username):
        if username not in self.pages:
            self.pages[username] = signed_in_page(self.chromium, self.server, username)
        return self.pages[username]

    def reader(self):
        if "reader" not in self.pages:
            self.pages["reader"] = self.chromium.new_context(
                viewport={"width": 1280, "height": 1000}
            ).new_page()
        return self.pages["reader"]

    def check(self, page, photo=None):
        """Item 3 and 10: nothing serious for axe and no sideways scrolling at 1280 and 375 px;
        then the photograph, at a laptop's width."""
        found = {}
        for width in (375, 1280):
            page.set_viewport_size({"width": width, "height": 1000})
            sideways = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            found[width] = (serious_violations(page), max(0, sideways))
        assert found == {375: ([], 0), 1280: ([], 0)}, page.url
        if photo:
            page.screenshot(path=str(self.photos / f"day-{photo}.png"), full_page=False)


def message(page):
    return page.locator(".messagelist").inner_text()


def workflow(page, label):
    page.get_by_role("button", name=label, exact=True).click()
    page.locator(".messagelist").wait_for()


@pytest.fixture
def photos(tmp_path):
    folder = Path(os.environ.get("FACTDESK_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def desk(chromium, live_server, photos):
    ensure_demo_users()
    second, _ = get_user_model().objects.get_or_create(
        username="editor2", defaults={"first_name": "Sam", "last_name": "Second-Editor", "is_staff": True}
    )
    second.set_password(DEMO_PASSWORD)
    second.save()
    second.groups.set(Group.objects.filter(name="Editor"))
    desk = Desk(chromium, live_server, photos)
    yield desk
    for page in desk.pages.values():
        page.context.close()


def import_the_article(desk, sample_bytes):
    """Step 1, item 8 and 9: the import form asks for the outlet, previews the split, and the
    message after it links to the new briefing's desk page."""
    editor = desk.page("editor")
    editor.goto(desk.url("admin:index"))
    assert editor.evaluate("fetch('/favicon.ico').then(r => r.ok)")  # item 9: no 404 for the icon
    editor.get_by_role("link", name="Briefings", exact=True).first.click()  # item 9: the section's
    editor.get_by_role("link", name="Import a briefing").click()  # page offers the import
    editor.get_by_label("Or paste the article").fill(sample_bytes.decode("utf-8"))
    editor.get_by_label("Outlet").fill("The Harbour Herald")
    editor.get_by_role("button", name="Preview the split").click()
    editor.get_by_text("41 statements in 6 sections").wait_for()
    assert Briefing.objects.count() == 0
    desk.check(editor, "01-import-preview")
    editor.locator("#import-preview").get_by_role("button", name="Import", exact=True).click()
    editor.wait_for_url("**/change/#statements")
    briefing = Briefing.objects.get()
    assert briefing.outlet == "The Harbour Herald"
    editor.locator(".messagelist").get_by_role("link", name=briefing.title).click()
    editor.wait_for_url(f"**/admin/briefings/briefing/{briefing.pk}/change/")
    return briefing


def make_the_claim(desk, briefing):
    """Step 2, item 7: "+ Claim" makes a claim; on a claimed statement it first lists the claim."""
    editor = desk.page("editor")
    position = briefing.statements.get(text__startswith=STATEMENT).position
    editor.get_by_role("button", name=f"Make a claim from statement {position}", exact=True).click()
    editor.wait_for_url("**/admin/factcheck/claim/*/change/")
    claim = Claim.objects.get()
    editor.goto(desk.url("admin:briefings_briefing_change", briefing.pk))
    desk.check(editor, "02-briefing-desk")
    editor.get_by_role("button", name=f"Make a claim from statement {position}", exact=True).click()
    editor.get_by_role("heading", name="This statement already has a claim").wait_for()
    assert editor.get_by_role("link", name=claim.text[:40]).count() >= 1
    desk.check(editor)
    assert Claim.objects.count() == 1
    return claim


def assign_it(desk, claim):
    """Step 3, items 4 and 6: no default assignee, full names, the due date in the same submit."""
    editor = desk.page("editor")
    editor.goto(desk.url("admin:factcheck_claim_change", claim.pk))
    menu = editor.get_by_label("Assign to:", exact=True)
    assert menu.evaluate("select => select.selectedOptions[0].text") == "Choose a person"
    assert editor.get_by_text("Nobody is on it yet.").is_visible()
    menu.select_option(label="Chris Checker")
    editor.locator(".workflow-actions").get_by_label("Due date").fill(DUE.isoformat())
    workflow(editor, "Assign to…")
    assert f"Assigned to Chris Checker, due {DUE.day} {DUE:%b}." in message(editor)
    assert editor.get_by_text(f"On it now: Chris Checker, due {DUE.day} {DUE:%b}.").is_visible()
    desk.check(editor, "03-assigned")


def add_evidence_from_a_new_source(checker):
    """The source is not in Factdesk yet: the checker adds it from the evidence row's "+"."""
    row = checker.locator("#evidence-0")
    with checker.expect_popup() as opened:
        row.locator("a.add-related").click()
    popup = opened.value
    popup.get_by_label("Web address").fill(NEW_SOURCE)
    popup.get_by_label("Title").fill("Resolution ES-11/1: Aggression against Ukraine")
    popup.get_by_role("button", name="Save", exact=True).click()
    popup.wait_for_event("close")
    assert "Resolution ES-11/1" in row.locator(".select2-selection").inner_text()
    row.locator("select[name='evidence-0-stance']").select_option("supports")
    row.locator("textarea[name='evidence-0-excerpt']").fill(
        "Deplores in the strongest terms the aggression by the Russian Federation against Ukraine."
    )


def check_and_submit(desk, claim):
    """Step 3 and 4, item 1: the checker finds the claim on My desk, sharpens it, rates it, adds
    evidence from a new source and clicks Submit for review without saving first."""
    checker = desk.page("checker")
    mine = checker.locator("#my-desk")
    assert f"due {DUE.day} {DUE:%b}" in mine.inner_text()
    mine.get_by_role("link", name=claim.text[:40]).first.click()
    checker.locator("textarea[name='text']").fill(SHARPENED)
    checker.get_by_label("Rating").select_option(label="Accurate")
    checker.get_by_label("Rationale").fill(
        "The full-scale invasion began on 24 February 2022, the day the resolution's sponsors name as its start."
    )
    checker.get_by_label("Claimant not known").check()  # the pre-publication checklist asks (issue 19)
    checker.get_by_label("Right of reply").select_option(label="Not applicable")
    add_evidence_from_a_new_source(checker)
    desk.check(checker)
    workflow(checker, "Submit for review")
    assert f"Submitted “{SHARPENED}”" in message(checker)
    claim.refresh_from_db()
    assert (claim.text, claim.status, claim.evidence.get().source.url) == (
        SHARPENED,
        Claim.Status.IN_REVIEW,
        Source.objects.get(url=NEW_SOURCE).url,
    )
    desk.check(checker, "04-submitted")


def request_changes(desk, claim):
    """Step 4, item 2: the editor's comment, name and time lead the claim page and My desk."""
    editor = desk.page("editor")
    editor.goto(desk.url("admin:factcheck_claim_change", claim.pk))
    editor.get_by_label("What needs to change").fill("Say which body passed the resolution.")
    workflow(editor, "Request changes")
    checker = desk.page("checker")
    checker.goto(desk.url("admin:index"))
    returned = checker.get_by_role("region", name="Returned to me (1)")
    assert "Eda Editor" in returned.locator(".change-request-comment").inner_text()
    assert "Say which body passed the resolution." in returned.inner_text()
    desk.check(checker, "05-my-desk-changes-requested")
    checker.locator("#my-desk").get_by_role("link", name=SHARPENED).first.click()
    request = checker.get_by_role("region", name=re.compile("^Changes requested by Eda Editor, "))
    assert "Say which body passed the resolution." in request.inner_text()
    assert request.bounding_box()["y"] < checker.locator("#claim_form").bounding_box()["y"]  # on top
    desk.check(checker, "06-changes-requested")


def revise_and_resubmit(desk, claim):
    checker = desk.page("checker")
    checker.get_by_label("Rationale").fill(
        "The full-scale invasion began on 24 February 2022; the UN General Assembly deplored it in "
        "resolution ES-11/1."
    )
    workflow(checker, "Submit for review")
    assert f"Submitted “{SHARPENED}”" in message(checker)


def approve_as_the_second_editor(desk, claim):
    """Step 4: an editor who neither submitted nor revised approves."""
    second = desk.page("editor2")
    second.goto(desk.url("admin:factcheck_claim_change", claim.pk))
    desk.check(second, "07-in-review")
    workflow(second, "Approve")
    assert f"Approved “{SHARPENED}”" in message(second)


def preview_and_publish(desk, briefing, claim):
    """Step 5, items 4 and 5: the preview is marked, and publishing the briefing first lists
    the verdicts that go out and changes nothing until confirmed."""
    editor = desk.page("editor")
    editor.goto(desk.server.url + reverse("claim-preview", args=[claim.pk]))
    assert editor.get_by_text("Preview: not public").first.is_visible()
    editor.goto(desk.url("admin:briefings_briefing_change", briefing.pk))
    editor.get_by_role("button", name="Publish briefing and approved claims").click()
    editor.get_by_role("heading", name="Verdicts that go out (1)").wait_for()
    desk.check(editor, "08-confirm-publication")
    briefing.refresh_from_db()
    assert briefing.status == Briefing.Status.DRAFT
    editor.get_by_role("button", name=re.compile("^Yes, publish the briefing")).click()
    editor.locator(".messagelist").wait_for()
    assert "The briefing is public with 1 verdict: 1 new, 0 already published." in message(editor)
    reader = desk.reader()
    reader.goto(desk.server.url + briefing.get_absolute_url())
    verdict = reader.locator("details.statement").filter(has_text="Russia invaded Ukraine on February 24")
    assert "Accurate" in verdict.locator("summary").inner_text()
    desk.check(reader, "09-public-article")


def correct_the_published_verdict(desk, claim):
    """Step 6: editing a published verdict sends the working copy to review while readers keep
    the published version."""
    checker = desk.page("checker")
    checker.goto(desk.url("admin:factcheck_claim_change", claim.pk))
    checker.get_by_label("Rating").select_option(label="Mostly accurate")
    checker.get_by_label("Why this change").fill("The invasion had begun in 2014; 2022 was its full scale.")
    checker.get_by_role("button", name="Save and continue editing").click()
    checker.locator(".messagelist").wait_for()
    checker.get_by_text("A revision is in review").first.wait_for()
    desk.check(checker, "10-correction-in-review")
    reader = desk.reader()
    reader.goto(desk.server.url + reverse("claim", args=[claim.pk]))
    assert "Mostly accurate" not in reader.locator("main").inner_text()


def approve_and_publish_again(desk, claim):
    second = desk.page("editor2")
    second.goto(desk.url("admin:factcheck_claim_change", claim.pk))
    workflow(second, "Approve")
    assert f"Approved “{SHARPENED}”" in message(second)
    editor = desk.page("editor")
    editor.goto(desk.url("admin:factcheck_claim_change", claim.pk))
    workflow(editor, "Publish")
    assert f"Published: “{SHARPENED}”" in message(editor)
    reader = desk.reader()
    reader.goto(desk.server.url + reverse("claim", args=[claim.pk]))
    page_text = reader.locator("main").inner_text()
    assert "Rating changed from Accurate to Mostly accurate" in page_text
    assert "The invasion had begun in 2014" in page_text
    assert claim.versions.count() == 2
    desk.check(reader, "11-public-correction")


def my_recent_work_lists(desk, username):
    """Item 9: the desk home's sidebar shows the person's own recent claim events."""
    page = desk.page(username)
    page.goto(desk.url("admin:index"))
    return page.locator("#recent-actions-module").inner_text()


def test_a_day_on_the_desk_from_import_to_a_published_correction(desk, sample_bytes):
    briefing = import_the_article(desk, sample_bytes)
    claim = make_the_claim(desk, briefing)
    assign_it(desk, claim)
    check_and_submit(desk, claim)
    request_changes(desk, claim)
    revise_and_resubmit(desk, claim)
    approve_as_the_second_editor(desk, claim)
    preview_and_publish(desk, briefing, claim)
    correct_the_published_verdict(desk, claim)
    approve_and_publish_again(desk, claim)
    assert SHARPENED[:30] in my_recent_work_lists(desk, "checker")
    assert [e.action for e in claim.events.filter(action__in=["approve", "publish"]).order_by("id")] == [
        "approve",
        "publish",
        "approve",
        "publish",
    ]
