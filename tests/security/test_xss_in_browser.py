"""The XSS corpus in Chromium: the pages that show it run no payload. Each page is opened as
served, where an injected script would be refused and reported as a CSP violation; the public
pages also with the policy bypassed, where it would run: set the sentinel `window.__xss`, open a
dialog, or load something from another host.

The corpus travels in three large bundles here (one per import format), so that a few pages show
all of it; test_xss.py reads every page of the smaller bundles with a parser."""

from contextlib import contextmanager

import pytest
from django.test import Client
from django.urls import reverse

from ..browser import WATCH_CSP_VIOLATIONS, committed_rows, refuse_other_hosts
from .corpus import build
from .pages import DESK_LISTS, one_of_each_kind, search_pages, with_query
from .payloads import PAYLOADS

BUNDLE_SIZE = -(-len(PAYLOADS) // 3)
pytestmark = [pytest.mark.browser, pytest.mark.slow]

# What a payload leaves behind if it ran, read after each page has loaded.
TRACES = "[window.__xss, window.__violations, document.querySelectorAll('.xss-injected').length]"
# Chromium reports the page's own status as a console error on the 404 and 410 pages.
EXPECTED_ERRORS = (
    "the server responded with a status of 404 (Not Found)",
    "the server responded with a status of 410 (Gone)",
)


def public_paths(bundles):
    """Every bundle's article, claim, earlier version, first source and withdrawn article, and
    the search for a payload of each kind (test_xss.py searches for all of them)."""
    paths = ["/", "/no-such-page/"] + search_pages(one_of_each_kind(PAYLOADS))
    for bundle in bundles:
        claim = bundle.claim
        paths += [
            bundle.briefing.get_absolute_url(),
            claim.get_absolute_url(),
            reverse("claim-version", args=[claim.pk, 1]),
            bundle.sources[0].get_absolute_url(),
            bundle.withdrawn.get_absolute_url(),
        ]
    return paths


def desk_paths(bundle):
    return [
        reverse("admin:factcheck_claim_change", args=[bundle.claim.pk]),
        reverse("admin:factcheck_claim_change", args=[bundle.dismissed.pk]),
        reverse("admin:briefings_briefing_change", args=[bundle.briefing.pk]),
        reverse("admin:briefings_briefing_change", args=[bundle.withdrawn.pk]),
    ]


def desk_lists():
    return [reverse("admin:index")] + [
        with_query(reverse(f"admin:{name}_changelist"), all="") for name in DESK_LISTS
    ]


class Watcher:
    """A Chromium page that notes everything a running payload could do."""

    def __init__(self, page, live_server):
        self.page, self.server = page, live_server
        self.dialogs, self.errors, self.seen = [], [], {}
        page.add_init_script(WATCH_CSP_VIOLATIONS)
        page.on("dialog", self.on_dialog)
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.elsewhere = refuse_other_hosts(page, live_server)

    def on_dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def on_console(self, message):
        if message.type == "error":
            self.errors.append(message.text)

    def sign_in(self, user):
        client = Client()
        client.force_login(user)
        cookie = client.cookies["sessionid"]
        self.page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": self.server.url}])

    def visit(self, path):
        self.page.goto(self.server.url + path, wait_until="load")
        sentinel, violations, injected = self.page.evaluate(TRACES)
        errors = [error for error in self.errors if not error.endswith(EXPECTED_ERRORS)]
        traces = {
            "sentinel": sentinel,
            "violations": violations,
            "injected": injected,
            "dialogs": self.dialogs[:],
            "console": errors,
            "elsewhere": self.elsewhere[:],
        }
        self.seen[path] = {name: trace for name, trace in traces.items() if trace}
        for trace in (self.dialogs, self.errors, self.elsewhere):
            trace.clear()

    def traces(self):
        return {path: traces for path, traces in self.seen.items() if traces}


@contextmanager
def watching(chromium, live_server, bypass_csp):
    """A Watcher under the Content-Security-Policy the site sends, or ignoring it (bypass_csp),
    where an escaping mistake would run, not only be reported."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=bypass_csp)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        yield Watcher(page, live_server)
    finally:
        context.close()


def public_traces(chromium, live_server, bundles, bypass_csp):
    with watching(chromium, live_server, bypass_csp) as watcher:
        for path in public_paths(bundles):
            watcher.visit(path)
        return watcher.traces()


def desk_traces(chromium, live_server, bundles):
    """Each bundle's pages as its own editor, named after the bundle; the lists once. (The desk's
    pages take a second each in Chromium, so they are opened under the policy only.)"""
    with watching(chromium, live_server, bypass_csp=False) as watcher:
        for bundle in bundles:
            watcher.sign_in(bundle.editor)
            for path in desk_paths(bundle) + (desk_lists() if bundle is bundles[0] else []):
                watcher.visit(path)
        return watcher.traces()


@pytest.fixture(scope="module")
def traces(chromium, live_server, django_db_setup, django_db_blocker):
    """What each of the three tests below finds, on one corpus placed for the module (it was
    placed for each test): committed for the live server's thread and flushed after
    (tests/browser.py, committed_rows), as a transactional test flushes the database it ends."""
    with committed_rows(django_db_blocker):
        bundles = build(bundle_size=BUNDLE_SIZE)
        return {
            "public": public_traces(chromium, live_server, bundles, bypass_csp=False),
            "public without the csp": public_traces(chromium, live_server, bundles, bypass_csp=True),
            "desk": desk_traces(chromium, live_server, bundles),
        }


def test_no_payload_runs_on_a_public_page(traces):
    assert traces["public"] == {}


def test_no_payload_runs_on_a_public_page_even_without_the_csp(traces):
    assert traces["public without the csp"] == {}


def test_no_payload_runs_on_the_desk(traces):
    assert traces["desk"] == {}
