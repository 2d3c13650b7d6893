from django.contrib.sitemaps import Sitemap

from briefings.models import Briefing
from factcheck.article import public_claims
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
        return public_claims().order_by("pk")

    def lastmod(self, claim):
        return claim.updated_at


class SourceSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Source.objects.public().order_by("pk")

    def lastmod(self, source):
        return source.updated_at


SITEMAPS = {"briefings": BriefingSitemap, "claims": ClaimSitemap, "sources": SourceSitemap}
