"""Debian's Chromium, driven by Playwright, for the tests of what a person clicks.

Never downloads a browser. Where /usr/bin/chromium is missing the browser tests are skipped
with a loud message, except in CI (FACTDESK_REQUIRE_BROWSER=1), where that is a failure.
"""

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.base import AXE_SCRIPT
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.test.utils import override_settings
from django.urls import reverse

from briefings.demo import DEMO_PASSWORD, ensure_demo_users
from briefings.importers import import_briefing
from factcheck import services
from factcheck.demo import load_demo

from .reference_data import seed_reference_data

CHROMIUM = Path(os.environ.get("FACTDESK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# An init script: every Content-Security-Policy violation on the page lands in window.__violations.
WATCH_CSP_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
});
"""


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)


def refuse_other_hosts(page, live_server):
    """Refuse every request `page` makes to a host other than the live server, and return the
    list those refused requests are collected in: nothing Factdesk serves loads from a CDN."""
    home = urlsplit(live_server.url).netloc
    refused = []

    def route(route):
        if urlsplit(route.request.url).netloc == home:
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    return refused


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        message = f"BROWSER TESTS SKIPPED: {CHROMIUM} is missing (apt-get install chromium)."
        if os.environ.get("FACTDESK_REQUIRE_BROWSER") == "1":
            pytest.fail(message.replace("SKIPPED", "FAILED"), pytrace=False)
        sys.stderr.write(f"\n\n*** {message} ***\n\n")
        pytest.skip(message)
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def browser_without_js(chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


FAST_HASHING = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@contextmanager
def committed_rows(django_db_blocker):
    """For a module's survey: rows its browser tests share, from the data migrations' rows on.
    Committed, as the live server's thread reads them on its own connection, and flushed after,
    leaving the empty database transactional tests expect. (A module's fixture runs before the
    function-scoped fast_password_hashing, so this asks for fast hashing itself.)"""
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHING):
        seed_reference_data()
        try:
            yield
        finally:
            call_command("flush", interactive=False, verbosity=0)


@contextmanager
def page_on_the_demo(chromium, django_db_blocker):
    """A page of its own on the demo, loaded once for a module's survey (committed_rows)."""
    with committed_rows(django_db_blocker):
        load_demo()
        context = chromium.new_context()
        page = context.new_page()
        page.set_default_timeout(15_000)
        try:
            yield page
        finally:
            context.close()


@pytest.fixture
def reference_data(transactional_db):
    """Transactional tests start from an emptied database: the data migrations' rows again."""
    seed_reference_data()


# axe.run on the page, or inside `context` (a CSS selector), answering only what the audits read:
# each violation's rule, impact, help and the targets of its nodes (not every node's HTML).
RUN_AXE = """([context, options]) => (context === null ? axe.run(options) : axe.run(context, options))
  .then(results => results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target),
  })))"""


def axe_violations(page, context=None):
    """Every violation axe-core finds on the page as it is now, of any impact. axe-core (572 KB)
    is evaluated once per document, not once per audit: an audit at a second width, or after a
    click on the same page, reuses it (evaluating it again cost 60 to 230 ms each time)."""
    if not page.evaluate("typeof window.axe === 'object' && typeof window.axe.run === 'function'"):
        page.evaluate(AXE_SCRIPT)
    return page.evaluate(RUN_AXE, [context, {"resultTypes": ["violations"]}])


def serious_violations(page, context=None):
    """What axe-core finds critical or serious on the page as it is now (or inside `context`, a
    CSS selector), as (rule, impact, first targets): an empty list is a pass."""
    return [
        (v["id"], v["impact"], v["targets"][:3])
        for v in axe_violations(page, context)
        if v["impact"] in ("serious", "critical")
    ]


def sign_in_on_the_form(page, live_server, username="editor", password=None):
    """Sign `page` in on the staff login form, as a person does, and wait for the desk."""
    page.set_default_timeout(15_000)
    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password or DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/admin/")
    return page


def sign_in(page, live_server, username="editor", password=None):
    """Sign `page` in as `username` and open the desk: a session made on the server side
    (Django's force_login) is handed to the browser as its cookie, for the tests whose subject is
    not the login form (sign_in_on_the_form, which test_account_pages clicks through): the form
    cost each test two page loads more. The password, when given, must still be the person's."""
    user = get_user_model().objects.get(username=username)
    assert user.check_password(password or DEMO_PASSWORD), username
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    page.set_default_timeout(15_000)
    page.goto(live_server.url + reverse("admin:index"))
    assert urlsplit(page.url)[2:4] == (reverse("admin:index"), ""), page.url  # not sent to log in
    return page


def signed_in_page(chromium, live_server, username="editor", viewport=(1280, 1000)):
    """A new browser context (its own cookies) with `username` signed in: one per person when a
    test hands work from one to another. Close it with `page.context.close()`."""
    width, height = viewport
    context = chromium.new_context(viewport={"width": width, "height": height})
    return sign_in(context.new_page(), live_server, username)


def audit_at_both_widths(page):
    """axe-core at a desktop's and a phone's width, leaving the page at the desktop's."""
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        assert serious_violations(page) == [], width
    page.set_viewport_size({"width": 1280, "height": 900})


def claim_taken_by_the_checker(sample_bytes):
    """The sample imported, a claim the editor made on its "Despite diplomatic efforts…"
    statement, taken by the demo's checker: a claim page in progress to click on."""
    users = ensure_demo_users()
    briefing = import_briefing(sample_bytes, slug="peace").briefing
    statement = briefing.statements.get(text__startswith="Despite diplomatic efforts")
    claim = services.make_claim(statement=statement, user=users["editor"])
    return services.take_action(claim=claim, action="take", user=users["checker"])
