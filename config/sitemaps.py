from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from briefings.models import Briefing
from factcheck.models import ClaimVersion, Rating, Source
from factcheck.standards import PLACEHOLDER_MARK, standards_pages, url_name_of


def url_pattern(name):
    """The path of URL `name` for any one id, reversed once, to format per entry (`reverse` per
    entry was a third of the sitemap's time)."""
    return reverse(name, args=[987654321]).replace("987654321", "{}")


class DaySitemap(Sitemap):
    """A sitemap whose entries carry their lastmod as the day to print (`day`, in the site's time
    zone, as the `date` filter would give it): the filter, once per entry, was most of the
    template's time."""

    url_name = None  # the entries' page, reversed once for the entries' ids (rows of values)

    # Entries on FACTDESK_NEWSROOM_URL (as factcheck.links.absolute writes them), not on the Site
    # row's domain, written once at migrate, with the request's scheme.
    def get_protocol(self, protocol=None):
        return urlsplit(settings.FACTDESK_NEWSROOM_URL).scheme or "https"

    def get_domain(self, site=None):
        newsroom = urlsplit(settings.FACTDESK_NEWSROOM_URL)
        return newsroom.netloc + newsroom.path.rstrip("/")

    def get_urls(self, *args, **kwargs):
        if self.url_name:
            self.pattern = url_pattern(self.url_name)
        urls = super().get_urls(*args, **kwargs)
        for url in urls:
            url["day"] = timezone.localtime(url["lastmod"]).date().isoformat() if url["lastmod"] else ""
        return urls


class BriefingSitemap(DaySitemap):
    changefreq = "daily"

    def items(self):
        """Published briefings, each with when a verdict placed in it last went out: the article
        shows its verdicts, so a verdict published or corrected after the briefing was last saved
        changes the page (the lastmod stayed at the briefing's save, and crawlers kept the page
        without the verdict)."""
        return (
            Briefing.objects.published()
            .defer(*Briefing.DOCUMENTS)
            .annotate(newest_verdict=Max("all_statements__claims__live_version__published_at"))
            .order_by("pk")
        )

    def lastmod(self, briefing):
        return max(briefing.updated_at, briefing.newest_verdict or briefing.updated_at)


class ClaimSitemap(DaySitemap):
    """Each public claim's page, from (claim id, published at) rows: the archive holds tens of
    thousands, and a whole version with its evidence per entry cost seconds."""

    changefreq = "weekly"
    url_name = "claim"

    def items(self):
        return ClaimVersion.objects.public().order_by("claim_id").values_list("claim_id", "published_at")

    def location(self, row):
        return self.pattern.format(row[0])

    def lastmod(self, row):
        return row[1]


class SourceSitemap(DaySitemap):
    changefreq = "monthly"
    url_name = "source"

    def items(self):
        return (
            Source.objects.public()
            .annotate(cited_at=Max("citations__cited_at"))  # when the version citing it was published
            .order_by("pk")
            .values_list("pk", "cited_at")
        )

    def location(self, row):
        return self.pattern.format(row[0])

    def lastmod(self, row):
        """The page shows the source as verdicts cite it: it changes when one is published."""
        return row[1]


class HomeSitemap(DaySitemap):
    """The front page, dated as the newest briefing it lists: its save or its newest verdict."""

    changefreq = "daily"

    def items(self):
        return ["home"]

    def location(self, url_name):
        return reverse(url_name)

    def lastmod(self, url_name):
        newest = Briefing.objects.published().aggregate(
            saved=Max("updated_at"), verdict=Max("all_statements__claims__live_version__published_at")
        )
        times = [time for time in newest.values() if time]
        return max(times) if times else None


class StandardsSitemap(DaySitemap):
    """The standards pages a newsroom has written (one still holding the placeholder text is left
    to the newsroom), and the rating scale, dated by its last edit. A standards page keeps no time
    of its edits, so it has no lastmod."""

    changefreq = "monthly"

    def items(self):
        written = standards_pages().exclude(content__contains=PLACEHOLDER_MARK).values_list("url", flat=True)
        return sorted(url_name_of(address) for address in written) + ["standards-rating-scale"]

    def location(self, url_name):
        return reverse(url_name)

    def lastmod(self, url_name):
        if url_name == "standards-rating-scale":
            return Rating.objects.aggregate(edited=Max("updated_at"))["edited"]
        return None


SITEMAPS = {
    "home": HomeSitemap,
    "standards": StandardsSitemap,
    "briefings": BriefingSitemap,
    "claims": ClaimSitemap,
    "sources": SourceSitemap,
}
