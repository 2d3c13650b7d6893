"""A realistic desk on the sample briefing, made through the same services staff use.

The demo verdicts cite only the public pages listed in briefings/sample_data/demo-sources.md and
say what those pages say; the briefing's note tells readers that they are examples.
"""

from django.db import transaction

from . import services
from .models import Claim, Evidence, Rating, Source

DEMO_NOTE = (
    "Demo data: the verdicts on this page are examples showing how Factdesk presents a finished "
    "fact-check. They cite only the public reference pages listed with the sample."
)

SOURCES = {
    "inauguration": (
        "https://en.wikipedia.org/wiki/Second_inauguration_of_Donald_Trump",
        "Second inauguration of Donald Trump",
    ),
    "invasion": ("https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine", "Russian invasion of Ukraine"),
    "kellogg": ("https://en.wikipedia.org/wiki/Keith_Kellogg", "Keith Kellogg"),
    "witkoff": ("https://en.wikipedia.org/wiki/Steve_Witkoff", "Steve Witkoff"),
    "schake": ("https://en.wikipedia.org/wiki/Kori_Schake", "Kori Schake"),
}

# statement start, claim, claimant, rating, source, stance, excerpt, rationale, where it ends
VERDICTS = [
    (
        "Former U.S. President Donald Trump",
        "Donald Trump was a former U.S. president when the ceasefire was proposed.",
        "",
        "misleading",
        "inauguration",
        Evidence.Stance.CONTRADICTS,
        "Trump took office again on 20 January 2025.",
        "Trump was inaugurated for a second term on 20 January 2025, so in the spring of 2025 he was the "
        "sitting president, not a former one. The rest of the sentence is not affected, but the title is wrong.",
        "published",
    ),
    (
        "Despite diplomatic efforts",
        "Russia invaded Ukraine on February 24, 2022.",
        "",
        "accurate",
        "invasion",
        Evidence.Stance.SUPPORTS,
        "The full-scale invasion began on 24 February 2022.",
        "The date matches the start of Russia's full-scale invasion.",
        "published",
    ),
    (
        "However, retired General Keith Kellogg",
        "Keith Kellogg is a retired general and Trump's lead envoy on Ukraine and Russia.",
        "",
        "accurate",
        "kellogg",
        Evidence.Stance.SUPPORTS,
        "A retired U.S. Army lieutenant general, named special envoy for Ukraine and Russia in 2025.",
        "Kellogg is a retired lieutenant general and was named special envoy for Ukraine and Russia in 2025.",
        "published",
    ),
    (
        "U.S. Middle East envoy Steve Witkoff",
        "Steve Witkoff is the U.S. Middle East envoy.",
        "",
        "accurate",
        "witkoff",
        Evidence.Stance.SUPPORTS,
        "Special Envoy to the Middle East from January 2025.",
        "Witkoff has been Special Envoy to the Middle East since January 2025.",
        "in_review",
    ),
    (
        "Kori Schake, a former Pentagon official",
        "Kori Schake is a former Pentagon official.",
        "",
        "accurate",
        "schake",
        Evidence.Stance.SUPPORTS,
        "She held posts in the Office of the Secretary of Defense, among other government roles.",
        "Schake held posts in the Office of the Secretary of Defense.",
        "changes_requested",
    ),
]
OPEN_CLAIMS = [
    ("Russia has reportedly put forward", "Russia presented the United States with a list of demands.", None),
    (
        "U.S. intelligence assessments confirm",
        "U.S. intelligence assessments confirm the Biden administration tried to negotiate terms before the invasion.",
        None,
    ),
    ("Meanwhile, Zelensky has described", "U.S. and Ukrainian officials met in Saudi Arabia.", "checker2"),
    (
        "Ukrainian President Volodymyr Zelensky is willing",
        "Zelensky said Ukraine would accept a 30-day ceasefire.",
        "checker",
    ),
]


def _statement(briefing, start):
    return briefing.statements.get(text__startswith=start)


def _claim(briefing, start, text, user, claimant=""):
    claim = services.claim_statement(_statement(briefing, start), user)
    claim.text, claim.claimant = text, claimant
    return services.save_claim(claim, user, expected_version=claim.version)


def _check(claim, checker, rating, source_key, stance, excerpt, rationale):
    claim = services.perform(claim, "take", checker)
    url, title = SOURCES[source_key]
    source, _ = Source.objects.get_or_create(
        url=Source.normalise_url(url),
        defaults={"title": title, "publisher": "Wikipedia", "kind": Source.Kind.REFERENCE},
    )
    evidence = Evidence(claim=claim, source=source, stance=stance, excerpt=excerpt)
    claim = services.save_evidence(evidence, checker)
    claim.rating, claim.rationale = Rating.objects.get(slug=rating), rationale
    claim = services.save_claim(claim, checker, expected_version=claim.version)
    return services.perform(claim, "submit", checker)


@transaction.atomic
def set_up_desk(briefing, users):
    """Claims in every state of the workflow; does nothing when the briefing already has claims."""
    if Claim.objects.filter(statement__briefing=briefing).exists():
        return False
    with services.notifications_muted():
        _set_up_desk(briefing, users)
    return True


def _set_up_desk(briefing, users):
    editor = users["editor"]
    for start, text, claimant, rating, source, stance, excerpt, rationale, end in VERDICTS:
        checker = users["checker2"] if end == "changes_requested" else users["checker"]
        claim = _check(
            _claim(briefing, start, text, checker, claimant),
            checker,
            rating,
            source,
            stance,
            excerpt,
            rationale,
        )
        if end == "published":
            services.perform(claim, "approve", editor)
        elif end == "changes_requested":
            services.perform(
                claim,
                "request_changes",
                editor,
                comment="Say which posts she held and when; “Pentagon official” is vague.",
            )
    for start, text, assignee in OPEN_CLAIMS:
        claim = _claim(briefing, start, text, editor)
        if assignee:
            services.perform(claim, "assign", editor, assignee=users[assignee])
    briefing.note = DEMO_NOTE
    briefing.save(update_fields=["note"])
    services.publish_briefing(briefing, editor)
