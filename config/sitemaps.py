from django.contrib.sitemaps import Sitemap
from django.db.models import Max

from briefings.models import Briefing
from factcheck.article import public_versions
from factcheck.models import Source


class BriefingSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return Briefing.objects.published().order_by("pk")

    def lastmod(self, briefing):
        return briefing.updated_at


class ClaimSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return public_versions().order_by("claim_id")

    def lastmod(self, version):
        return version.published_at


class SourceSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return (
            Source.objects.public().annotate(cited_at=Max("citations__version__published_at")).order_by("pk")
        )

    def lastmod(self, source):
        """The page shows the source as verdicts cite it: it changes when one is published."""
        return source.cited_at


SITEMAPS = {"briefings": BriefingSitemap, "claims": ClaimSitemap, "sources": SourceSitemap}
