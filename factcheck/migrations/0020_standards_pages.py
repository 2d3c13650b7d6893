"""The four written standards pages, as flatpages, with a placeholder saying the newsroom must write
them: created here rather than on a reader's first visit, so a public GET never writes, two workers
never race to create one, and admins find the pages on the desk straight after `migrate`. The one
Site (flatpages needs it) is made here too: the sites framework only makes its own after every
migration has run, too late for these pages."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import migrations

PLACEHOLDER = (
    "<p><strong>To be written by the newsroom.</strong> {what} An admin writes this page on the "
    "review desk.</p>"
)
PAGES = [
    (
        "/standards/methodology/",
        "Methodology",
        "How the newsroom chooses claims to check, researches them, writes, edits, publishes and "
        "corrects its fact-checks.",
    ),
    (
        "/standards/corrections/",
        "Corrections policy",
        "How readers report a mistake, and how and how fast the newsroom corrects a published "
        "fact-check.",
    ),
    ("/standards/ownership/", "Ownership and funding", "Who owns the newsroom and who funds it."),
    ("/standards/contact/", "Contact", "How to reach the newsroom, and how readers submit a claim to check."),
]


def create_pages(apps, schema_editor):
    Site = apps.get_model("sites", "Site")
    FlatPage = apps.get_model("flatpages", "FlatPage")
    site, _ = Site.objects.get_or_create(
        pk=settings.SITE_ID,
        defaults={
            "domain": urlsplit(settings.FACTDESK_NEWSROOM_URL).netloc or "localhost",
            "name": settings.FACTDESK_NEWSROOM_NAME,
        },
    )
    for url, title, what in PAGES:
        page, _ = FlatPage.objects.get_or_create(
            url=url, defaults={"title": title, "content": PLACEHOLDER.format(what=what)}
        )
        page.sites.add(site)


def remove_pages(apps, schema_editor):
    apps.get_model("flatpages", "FlatPage").objects.filter(url__in=[url for url, _, _ in PAGES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("factcheck", "0019_claim_matching_index"),
        ("sites", "0002_alter_domain_unique"),
        ("flatpages", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_pages, remove_pages)]
