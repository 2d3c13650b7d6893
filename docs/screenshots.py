"""Save screenshots of Factdesk for the README into docs/screenshots/.

Serves a throw-away copy of the demo (its own SQLite file, never your var/ database) with
Django's development server on a free local port, then drives Debian's Chromium through
Playwright. Run with `make screenshots`.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

# tests.browser is also the browser tests' plugin and reads Django's settings and models: set
# Django up (nothing here touches a database in this process; the server runs in its own).
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
import django  # noqa: E402

django.setup()
from tests.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, **kwargs):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, **kwargs)


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"The server at {url} did not answer within {seconds} s.")


def shoot(base):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base}/")
        page.screenshot(path=OUT / "public-home.png")
        page.goto(f"{base}/briefings/russia-peace-proposals/")
        page.locator("details.statement").nth(1).locator("summary").click()
        page.screenshot(path=OUT / "public-briefing.png")
        page.screenshot(path=OUT / "public-briefing-full.png", full_page=True)
        phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
        phone.goto(f"{base}/briefings/russia-peace-proposals/")
        phone.screenshot(path=OUT / "public-briefing-phone.png")
        phone.close()
        page.goto(f"{base}/briefings/russia-peace-proposals/")
        page.locator("details.statement").nth(1).locator("summary").click()
        page.locator("details.statement").nth(1).get_by_role("link", name="The full fact-check").click()
        page.wait_for_url("**/claims/*/")
        page.screenshot(path=OUT / "public-claim.png", full_page=True)
        page.evaluate("document.querySelector('.transparency').scrollIntoView({block: 'center'})")
        page.screenshot(path=OUT / "public-claim-transparency.png")
        page.goto(f"{base}/briefings/russia-peace-proposals/")
        page.locator("details.statement").first.locator("summary").click()
        page.get_by_role("link", name="The full fact-check").first.click()
        page.wait_for_url("**/claims/*/")
        page.screenshot(path=OUT / "public-claim-corrected.png", full_page=True)

        page.goto(f"{base}/accounts/login/")
        page.get_by_label("Username").fill("editor")
        page.get_by_label("Password").fill("factdesk-demo")
        page.get_by_role("button", name="Log in").click()
        page.goto(f"{base}/admin/")
        page.screenshot(path=OUT / "desk-home.png", full_page=True)
        page.goto(f"{base}/admin/factcheck/claim/")
        page.screenshot(path=OUT / "desk-claims.png")
        page.get_by_role("link", name="Steve Witkoff is the U.S. Middle East envoy.").click()
        page.screenshot(path=OUT / "desk-claim.png", full_page=True)
        page.goto(f"{base}/admin/briefings/briefing/")
        page.get_by_role("link", name="Russia’s Proposals for Peace Negotiations with the U.S.").click()
        page.get_by_role("heading", name="Statements in order").evaluate(
            "heading => heading.scrollIntoView()"
        )
        page.screenshot(path=OUT / "desk-briefing.png")
        page.goto(f"{base}/admin/briefings/briefing/import/")
        page.screenshot(path=OUT / "desk-import.png")
        shoot_a_revision(page, base)
        browser.close()


def revised_sample():
    """The demo article as its outlet corrected it after the check: Trump is no longer "former",
    a sentence reworded, one cut."""
    text = (ROOT / "briefings" / "sample_data" / "russia-peace-proposals.txt").read_text(encoding="utf-8")
    for old, new in [
        ("Former U.S. President Donald Trump", "U.S. President Donald Trump"),
        ("Russia’s current demands are not new.", "Russia’s present demands are nothing new."),
        (
            "The White House and the Russian embassy in Washington have not yet provided official comments "
            "on these developments. ",
            "",
        ),
    ]:
        text = text.replace(old, new, 1)
    return text


def shoot_a_revision(page, base):
    """The editor imports the corrected article as revision 2; the desk, the comparison and the
    public article show what changed."""
    page.goto(f"{base}/admin/briefings/briefing/")
    page.get_by_role("link", name="Russia’s Proposals for Peace Negotiations with the U.S.").click()
    page.get_by_role("link", name="Import a new revision").click()
    page.get_by_label("Or paste the article").fill(revised_sample())
    page.get_by_role("button", name="Import revision").click()
    page.get_by_role("heading", name="Claims to check after a revision").wait_for()
    page.screenshot(path=OUT / "desk-revision.png")
    page.get_by_role("button", name="Compare").click()
    page.screenshot(path=OUT / "desk-compare.png", full_page=True)
    page.goto(f"{base}/briefings/russia-peace-proposals/")
    changed = page.locator("details.statement", has_text="U.S. President Donald Trump is reportedly")
    changed.locator("summary").click()
    changed.evaluate("statement => { statement.scrollIntoView(); window.scrollBy(0, -140); }")
    page.screenshot(path=OUT / "public-revised-article.png")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as var:
        env = {**os.environ, "DJANGO_DEBUG": "1", "FACTDESK_VAR_DIR": var, "DATABASE_URL": ""}
        manage(env, "migrate", "--no-input", "-v0")
        manage(env, "load_demo", stdout=subprocess.DEVNULL)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for(f"http://127.0.0.1:{port}/healthz")
            shoot(f"http://127.0.0.1:{port}")
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"Screenshots saved in {OUT.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
