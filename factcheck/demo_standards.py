"""The demo's standards pages: short examples, each opening with "Example:" so nobody mistakes
them for a real newsroom's promises. Written through the same service admins use, and only over
the placeholders migration 0020 left: a newsroom's own text is never overwritten."""

from . import services
from .standards import PLACEHOLDER_MARK, standards_page

EXAMPLE = (
    "<p><strong>Example:</strong> this page shows what a newsroom publishes here; "
    "Factdesk's demo wrote it, and no real newsroom stands behind it.</p>"
)

PAGES = {
    "standards-methodology": """
<h2>How we choose claims</h2>
<p>We check statements of fact that many people read or that matter to public decisions, whoever makes them. Factdesk scores each statement for check-worthiness; an editor decides.</p>
<h2>How we research</h2>
<p>A checker looks for the best available primary sources, contacts the person who made the claim, and records every source so that a reader can repeat the check.</p>
<h2>How we write and edit</h2>
<p>The checker writes the verdict on our <a href="/standards/rating-scale/">rating scale</a> and its rationale; a second person, an editor who did not research it, reviews it before it goes out.</p>
<h2>How we publish and correct</h2>
<p>Every published verdict keeps its earlier versions readable. When we get something wrong we correct it openly, as our <a href="/standards/corrections/">corrections policy</a> says.</p>""",
    "standards-corrections": """
<p>If a fact-check is wrong or incomplete, tell us through the <a href="/standards/contact/">contact page</a>. An editor answers within two working days.</p>
<p>A correction publishes a new version of the fact-check with a note saying what changed and why; a changed rating is shown on the page with the date. Earlier versions stay readable.</p>""",
    "standards-ownership": """
<p>Example Newsroom Ltd is owned by its staff. In the last year it was funded by reader donations (60%), a foundation grant (30%) and training fees (10%). No funder sees a fact-check before it is published.</p>""",
    "standards-contact": """
<p>Write to <a href="mailto:desk@example.org">desk@example.org</a>. To propose a claim for us to check, use the <a href="/submit/">claim submission form</a>: no account needed.</p>""",
}


def fill_standards_pages(user):
    """Fill each standards page still holding its placeholder with the example; returns how many."""
    filled = 0
    for url_name, body in PAGES.items():
        page = standards_page(url_name)
        if page is None or PLACEHOLDER_MARK not in page.content:
            continue
        services.save_standards_page(page=page, user=user, title=page.title, content=EXAMPLE + body.strip())
        filled += 1
    return filled
