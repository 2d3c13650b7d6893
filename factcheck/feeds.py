from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from briefings.article import public_claims

FEED_SIZE = 50


class FactCheckFeed(Feed):
    """The newest published verdicts, for readers and partner newsrooms."""

    description = "Published fact-checks, newest first."
    link = "/"

    def title(self):
        return f"{settings.FACTDESK_NEWSROOM_NAME}: fact-checks"

    def items(self):
        return public_claims().order_by("-published_at", "-id")[:FEED_SIZE]

    def item_title(self, claim):
        return f"{claim.rating}: {claim.text}"

    def item_description(self, claim):
        return claim.rationale

    def item_pubdate(self, claim):
        return claim.published_at

    def item_updateddate(self, claim):
        return claim.updated_at

    def item_author_name(self, claim):
        return settings.FACTDESK_NEWSROOM_NAME

    def item_categories(self, claim):
        return [claim.rating.name]


class AtomFactCheckFeed(FactCheckFeed):
    feed_type = Atom1Feed
    subtitle = FactCheckFeed.description
