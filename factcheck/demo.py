"""A realistic desk on the sample briefing, made through the same services staff use.

The demo verdicts cite only the public pages listed in briefings/sample_data/demo-sources.md and
say what those pages say; the briefing's note tells readers that they are examples.
"""

from django.db import transaction

from briefings.demo import ensure_demo_users, import_sample

from . import services
from .demo_standards import fill_standards_pages
from .models import Claim, Evidence, Rating, Source
from .states import ClaimStatus

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
        "false",
        "inauguration",
        Evidence.Stance.CONTRADICTS,
        "Trump took office again on 20 January 2025.",
        "Trump was inaugurated for a second term on 20 January 2025, so in the spring of 2025 he was the "
        "sitting president, not a former one.",
        ClaimStatus.PUBLISHED,
    ),
    (
        "Despite diplomatic efforts",
        "Russia invaded Ukraine on February 24, 2022.",
        "",
        "accurate",
        "invasion",
        Evidence.Stance.SUPPORTS,
        "The full-scale invasion began on 24 February 2022.",
        "The date matches the start of Russia's full-scale invasion. The reference page on the invasion "
        "dates its start to 24 February 2022.",
        ClaimStatus.PUBLISHED,
    ),
    (
        "However, retired General Keith Kellogg",
        "Keith Kellogg is a retired general and Trump's lead envoy on Ukraine and Russia.",
        "",
        "accurate",
        "kellogg",
        Evidence.Stance.SUPPORTS,
        "A retired U.S. Army lieutenant general, named special envoy for Ukraine and Russia in 2025.",
        "Kellogg is a retired lieutenant general and was named special envoy for Ukraine and Russia in 2025, "
        "as his reference page records.",
        ClaimStatus.PUBLISHED,
    ),
    (
        "U.S. Middle East envoy Steve Witkoff",
        "Steve Witkoff is the U.S. Middle East envoy.",
        "",
        "accurate",
        "witkoff",
        Evidence.Stance.SUPPORTS,
        "Special Envoy to the Middle East from January 2025.",
        "Witkoff has been Special Envoy to the Middle East since January 2025, as his reference page "
        "records, so the title is current.",
        ClaimStatus.IN_REVIEW,
    ),
    (
        "Kori Schake, a former Pentagon official",
        "Kori Schake is a former Pentagon official.",
        "",
        "accurate",
        "schake",
        Evidence.Stance.SUPPORTS,
        "She held posts in the Office of the Secretary of Defense, among other government roles.",
        "Schake held posts in the Office of the Secretary of Defense, among the government roles her "
        "reference page lists.",
        ClaimStatus.CHANGES_REQUESTED,
    ),
]
# What the pre-publication checklist asks beyond the verdict (factcheck.checklist). The claims are
# the unsigned article's own words, so their claimant is marked not known; a claim longer than 75
# characters gets a short form; right of reply is "not applicable" unless said here (nobody was
# asked: these are examples).
SHORT_FORMS = {
    "Keith Kellogg is a retired general and Trump's lead envoy on Ukraine and Russia.": (
        "Keith Kellogg is a retired general and Trump's Ukraine and Russia envoy."
    ),
}
NOT_CONTACTED = {
    "Russia invaded Ukraine on February 24, 2022.": (
        "the claim is the unsigned article's own account of a date on the public record, checked "
        "against a reference page."
    ),
}
# The demo's corrected verdict: published as False, then revised by the editor and approved by a
# second editor (the admin), so its page shows two versions and a correction.
CORRECTION = (
    "Former U.S. President Donald Trump",
    "misleading",
    "Trump was inaugurated for a second term on 20 January 2025, so in the spring of 2025 he was the "
    "sitting president, not a former one. The rest of the sentence is not affected, but the title is wrong.",
    "Only the title is wrong; what the sentence reports about the proposal stands, so Misleading fits "
    "better than False.",
)
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
    claim = services.make_claim(statement=_statement(briefing, start), user=user)
    claim.text, claim.claimant = text, claimant
    return services.save_claim(claim=claim, user=user, opened_version=claim.version)


def _check(claim, checker, rating, source_key, stance, excerpt, rationale):
    claim = services.take_action(claim=claim, action="take", user=checker)
    url, title = SOURCES[source_key]
    source, _ = Source.objects.get_or_create(
        url=Source.normalise_url(url),
        defaults={"title": title, "publisher": "Wikipedia", "kind": Source.Kind.REFERENCE},
    )
    evidence = Evidence(claim=claim, source=source, stance=stance, excerpt=excerpt)
    claim = services.save_evidence(evidence=evidence, user=checker)
    claim.rating, claim.rationale = Rating.objects.get(slug=rating), rationale
    _answer_checklist(claim)
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    return services.take_action(claim=claim, action="submit", user=checker)


def _answer_checklist(claim):
    claim.claimant_unknown = not claim.claimant
    claim.short_text = SHORT_FORMS.get(claim.text, "")
    if claim.text in NOT_CONTACTED:
        claim.reply_status, claim.reply_note = Claim.ReplyStatus.NOT_CONTACTED, NOT_CONTACTED[claim.text]
    else:
        claim.reply_status = Claim.ReplyStatus.NOT_APPLICABLE


@transaction.atomic
def load_demo():
    """The demo users, the sample briefing and a desk with claims in every state; safe to run again."""
    users = ensure_demo_users()
    result = import_sample(imported_by=users["editor"])
    set_up_desk(result.briefing, users)
    fill_standards_pages(users["admin"])
    return users, result


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
        checker = users["checker2"] if end == ClaimStatus.CHANGES_REQUESTED else users["checker"]
        claim = _check(
            _claim(briefing, start, text, checker, claimant),
            checker,
            rating,
            source,
            stance,
            excerpt,
            rationale,
        )
        if end == ClaimStatus.PUBLISHED:
            services.take_action(claim=claim, action="approve", user=editor)
        elif end == ClaimStatus.CHANGES_REQUESTED:
            services.take_action(
                claim=claim,
                action="request_changes",
                user=editor,
                comment="Say which posts she held and when; “Pentagon official” is vague.",
            )
    for start, text, assignee in OPEN_CLAIMS:
        claim = _claim(briefing, start, text, editor)
        if assignee:
            services.take_action(claim=claim, action="assign", user=editor, assignee=users[assignee])
    briefing.note = DEMO_NOTE
    briefing.save(update_fields=["note"])
    services.publish_briefing(briefing=briefing, user=editor)
    _correct(briefing, editor, users["admin"])
    _reader_submissions(editor)


# Example proposals from readers: one waiting in the editors' queue, one an editor dismissed.
SUBMISSIONS = [
    (
        "Example: a post says the ceasefire proposal would freeze the front line where it stands.",
        "https://example.org/post/ceasefire",
        "reader@example.org",
        "",
    ),
    (
        "Example: peace talks have already begun in Riyadh.",
        "",
        "",
        "Example dismissal: not a claim the article makes, and the talks' dates are announced officially.",
    ),
]


def _reader_submissions(editor):
    """The submissions queue with something in it, as a desk would see it."""
    for text, link, contact, dismissal in SUBMISSIONS:
        submission = services.receive_submission(text=text, link=link, contact=contact)
        if dismissal:
            services.dismiss_submission(submission=submission, user=editor, reason=dismissal)


def _correct(briefing, editor, second_editor):
    """Revise a published verdict in the open: a new version with a correction note."""
    start, rating, rationale, reason = CORRECTION
    claim = Claim.objects.get(statement=_statement(briefing, start))
    claim.rating, claim.rationale = Rating.objects.get(slug=rating), rationale
    claim = services.save_claim(claim=claim, user=editor, opened_version=claim.version, comment=reason)
    claim = services.take_action(claim=claim, action="approve", user=second_editor)
    services.take_action(claim=claim, action="publish", user=second_editor)
