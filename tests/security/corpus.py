"""The XSS corpus put through every field a checker, an editor or an admin can write, by the
doors' own services and importers, and published so that readers see all of it.

The payloads travel in bundles of BUNDLE_SIZE (a rationale may well hold several hostile
strings; one bundle's page shows them all). For bundle B, each text field holds B's payloads one
per line, starting at a different one in each field; a field too short for all of them holds as
many whole ones as fit (at least the start of one). The desk then holds, for each bundle:
- a briefing imported from a document in one of the three formats (in turn), with B as its
  title, headings, paragraphs, list items and quotations and, where the format has them, its
  outlet, byline and web address; its editor's note is B; it is published;
- a claim made from its first statement, with B as its wording, short form, claimant and
  rationale; researched by a checker and edited by an editor named B; with one piece of evidence
  per payload, quoting it (excerpt, locator) from a source whose title, publisher, notes and
  address carry it; sent back once with B as the request for changes; published, then corrected
  to a rating named and defined as B, with B as the change note (so B is a correction note and a
  version's reason too);
- a claim dismissed with B as the reason;
- a second briefing, in the next format, titled B, published and then withdrawn with B as the reason.

NUL characters are dropped first: no door takes them (the forms refuse them, the importer calls
such a document binary, and PostgreSQL cannot store them), so no field can hold one.
"""

import html
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from briefings.importers import import_briefing
from briefings.models import Briefing
from factcheck import services
from factcheck.models import Claim, Evidence, Rating, Source

from ..factories import make_user
from .payloads import PAYLOADS

BUNDLE_SIZE = 12
FORMATS = ("text", "markdown", "html")
FILLER = (
    "The port handled 140 ships last week, officials said on Monday in a statement that was long "
    "enough to count as an article body."
)
MORE = "Officials expect more ships next week as the season begins and the weather improves."


def fit(text, limit=None):
    """`text` as a field can hold it: without NUL characters, cut to the field's length."""
    return text.replace("\x00", "")[:limit]


def one_line(text):
    return fit(text).replace("\n", " ")


@dataclass
class Bundle:
    """A few payloads, and everything of the desk they went into."""

    number: int
    payloads: list
    briefing: Briefing = None
    claim: Claim = None
    dismissed: Claim = None
    sources: list = None
    rating: Rating = None
    withdrawn: Briefing = None
    checker: object = None
    editor: object = None

    def __str__(self):
        return f"bundle {self.number} ({', '.join(payload.id for payload in self.payloads)})"

    def texts(self, turn=0):
        texts = [fit(payload.text) for payload in self.payloads]
        turn %= len(texts)
        return texts[turn:] + texts[:turn]

    def field(self, limit=None, turn=0, separator="\n"):
        """The bundle's payloads for a field of `limit` characters, starting at the `turn`th:
        as many whole ones as fit, or the start of the first."""
        texts = self.texts(turn)
        value = texts[0][:limit]
        for text in texts[1:]:
            longer = value + separator + text
            if limit is not None and len(longer) > limit:
                break
            value = longer
        return value

    def line(self, limit=None, turn=0):
        return self.field(limit, turn, separator=" ").replace("\n", " ")


def text_document(bundle):
    lines = [one_line(text) for text in bundle.texts()]
    paragraphs = "".join(f"{FILLER} {line}\n\n" for line in lines)
    items = "".join(f"- {line}\n" for line in lines)
    return f"{bundle.line(300)}\n\n{lines[0]}\n\n{paragraphs}{items}- {MORE}\n\n{MORE}\n"


def markdown_document(bundle):
    lines = [one_line(text) for text in bundle.texts()]
    keys = ("title", "author", "outlet", "url")
    front = "".join(f"{key}: {bundle.line(300, turn)}\n" for turn, key in enumerate(keys))
    body = "".join(
        f"## {line}\n\n{FILLER} {text}\n\n`{line}` was quoted.\n\n> {line}\n\n"
        for line, text in zip(lines, bundle.texts(), strict=True)
    )
    items = "".join(f"- {line}\n" for line in lines)
    return f"---\n{front}date: 2024-05-01\n---\n\n# {lines[0]}\n\n{body}{items}- {MORE}\n"


def html_document(bundle):
    """A saved news page: the payloads escaped as the article's text and metadata, and once
    each as raw markup, which the extractor must let through as nothing but text."""
    shown = [html.escape(one_line(text), quote=False) for text in bundle.texts()]
    head = html.escape(bundle.line(300), quote=False)
    meta = [html.escape(bundle.line(300, turn)) for turn in range(3)]
    body = "".join(
        f"<h2>{line}</h2><p>{FILLER} {line}</p><blockquote><p>{line}</p></blockquote>" for line in shown
    )
    items = "".join(f"<li>{line}</li>" for line in shown)
    raw = "".join(f"<p>{MORE} {text}</p>" for text in bundle.texts())
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{head}</title>'
        f'<meta property="og:site_name" content="{meta[0]}"><meta name="author" content="{meta[1]}">'
        f'<link rel="canonical" href="{meta[2]}"></head><body><article><h1>{head}</h1>{body}'
        f"<ul>{items}<li>{MORE}</li></ul><p>{MORE}</p>{raw}</article></body></html>"
    )


DOCUMENTS = {"text": text_document, "markdown": markdown_document, "html": html_document}


def import_as(bundle, format, slug, editor):
    document = DOCUMENTS[format](bundle)
    return import_briefing(document, format=format, slug=slug, imported_by=editor).briefing


def named_user(username, role, bundle):
    user = make_user(username, role)
    user.first_name, user.last_name = bundle.line(150), bundle.line(150, turn=1)
    user.save(update_fields=["first_name", "last_name"])
    return user


def source_url(text, name):
    """`text` itself where it is a web address Factdesk takes, else as much of it as an
    address's path can carry."""
    path = "".join(text.split())
    candidates = [text[:1000]] + [f"https://{name}.example.org/{path[:length]}" for length in (800, 100, 0)]
    for candidate in candidates:
        try:
            url = Source.normalise_url(candidate)
        except ValidationError:
            continue
        if not Source.objects.filter(url=url).exists():
            return url
    raise AssertionError(f"no address for {name}")


def add_sources(bundle):
    """One source per payload, added by the checker: P as its title, publisher, notes, address."""
    sources = []
    for turn, text in enumerate(bundle.texts()):
        source = Source(
            url=source_url(text, f"xss{bundle.number}-{turn}"),
            title=text[:300],
            publisher=text[:200],
            notes=text,
            kind=Source.Kind.NEWS_REPORT,
        )
        services.save_source(source=source, user=bundle.checker, comment=text)
        sources.append(source)
    return sources


def add_rating(bundle, admin):
    name = bundle.line(60, turn=2)
    if Rating.objects.filter(name=name).exists():
        name = f"{bundle.line(50, turn=2)} #{bundle.number}"
    rating = Rating(
        name=name,
        slug=f"xss-{bundle.number}",
        value=0,
        colour="#5a3e8a",
        symbol=bundle.line(4, turn=3),
        definition=bundle.field(),
    )
    services.save_rating(rating=rating, user=admin, comment=bundle.field())
    return rating


def add_evidence(claim, bundle):
    for text, source in zip(bundle.texts(), bundle.sources, strict=True):
        evidence = Evidence(
            claim=claim, source=source, stance=Evidence.Stance.SUPPORTS, excerpt=text, locator=text[:200]
        )
        claim = services.save_evidence(evidence=evidence, user=bundle.checker, comment=text)
    return claim


# What makes a rationale long enough for the pre-publication checklist (factcheck.checklist).
LONG_ENOUGH = "The sources cited below say so in as many words, and nothing the desk found in its research says otherwise."


def checked_claim(bundle, statement):
    """A claim carrying the bundle in every field a checker writes, sent back once with the
    bundle as the request for changes, and approved."""
    checker, editor, text = bundle.checker, bundle.editor, bundle.field()
    claim = services.make_claim(user=checker, statement=statement)
    claim = services.take_action(claim=claim, action="take", user=checker)
    claim.text, claim.short_text, claim.claimant = text, bundle.field(75, turn=1), bundle.field(200, turn=2)
    claim.rating, claim.rationale = (
        Rating.objects.get(slug="accurate"),
        f"{bundle.field(turn=3)}\n{LONG_ENOUGH}",
    )
    claim.reply_status, claim.reply_note = Claim.ReplyStatus.NOT_CONTACTED, bundle.field(turn=4)
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version, comment=text)
    claim = add_evidence(claim, bundle)
    claim = services.take_action(claim=claim, action="submit", user=checker)
    claim = services.take_action(claim=claim, action="request_changes", user=editor, comment=text)
    claim = services.take_action(claim=claim, action="submit", user=checker, comment=text)
    return services.take_action(claim=claim, action="approve", user=editor)


def corrected(claim, bundle):
    """The claim's next version published with the rating named after the bundle, the bundle
    being the change note."""
    claim.rating = bundle.rating
    claim = services.save_claim(
        claim=claim, user=bundle.checker, opened_version=claim.version, comment=bundle.field(turn=1)
    )
    claim = services.take_action(claim=claim, action="approve", user=bundle.editor)
    return services.take_action(claim=claim, action="publish", user=bundle.editor)


def dismissed_claim(bundle, statement):
    claim = services.make_claim(user=bundle.editor, statement=statement)
    return services.take_action(claim=claim, action="dismiss", user=bundle.editor, comment=bundle.field())


def withdrawn_briefing(bundle):
    format = FORMATS[(bundle.number + 1) % len(FORMATS)]
    briefing = import_as(bundle, format, f"gone-{bundle.number}", bundle.editor)
    services.publish_briefing(briefing=briefing, user=bundle.editor)
    services.withdraw_briefing(briefing=briefing, user=bundle.editor, reason=bundle.field(turn=2))
    return briefing


def hostile_statement(statements):
    """The first statement that kept some of a payload's markup, else the first."""
    return next((statement for statement in statements if "<" in statement.text), statements[0])


def change_a_cited_source(bundle):
    """An editor renames a source the published claim cites: the claim is listed on the desk's
    front page for publishing again, and the change is in the source's and the claim's history."""
    source = bundle.sources[0]
    source.title = bundle.line(300, turn=4)
    services.save_source(source=source, user=bundle.editor, comment=bundle.field(turn=4))


def place(bundle, admin):
    """Put the bundle everywhere (see the module's docstring)."""
    bundle.checker = named_user(f"checker{bundle.number}", "Checker", bundle)
    bundle.editor = named_user(f"editor{bundle.number}", "Editor", bundle)
    format = FORMATS[bundle.number % len(FORMATS)]
    bundle.briefing = import_as(bundle, format, f"xss-{bundle.number}", bundle.editor)
    bundle.briefing.note = bundle.field()
    bundle.briefing.save(update_fields=["note"])
    statements = list(bundle.briefing.statements_in_order())
    bundle.sources = add_sources(bundle)
    bundle.rating = add_rating(bundle, admin)
    claim = checked_claim(bundle, hostile_statement(statements))
    bundle.dismissed = dismissed_claim(bundle, statements[-1])
    services.publish_briefing(briefing=bundle.briefing, user=bundle.editor)
    bundle.claim = corrected(Claim.objects.get(pk=claim.pk), bundle)
    change_a_cited_source(bundle)
    bundle.withdrawn = withdrawn_briefing(bundle)
    bundle.briefing.refresh_from_db()
    return bundle


def build(payloads=PAYLOADS, bundle_size=BUNDLE_SIZE):
    """The whole corpus placed, bundle after bundle; returns the bundles."""
    admin = get_user_model().objects.create_superuser("xss-admin", "xss@factdesk.invalid", "pw-xss-123456")
    bundles = [
        Bundle(number, list(payloads[start : start + bundle_size]))
        for number, start in enumerate(range(0, len(payloads), bundle_size))
    ]
    with services.notifications_muted():
        return [place(bundle, admin) for bundle in bundles]
