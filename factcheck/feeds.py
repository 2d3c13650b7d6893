import re

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape

from .article import public_versions
from .links import absolute

FEED_SIZE = 50

# Characters XML 1.0 cannot hold, even escaped: C0 controls other than tab, newline and carriage
# return, lone surrogates, U+FFFE and U+FFFF.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(value):
    """`value` without the characters XML 1.0 forbids; lists and tuples of text item by item."""
    if isinstance(value, str):
        return NOT_XML.sub("", value)
    if isinstance(value, list | tuple):
        return type(value)(xml_safe(item) for item in value)
    return value


class XmlSafeMixin:
    """A feed generator that drops characters XML forbids from every text it is given (one stray
    control character in a rationale made Django refuse the whole feed)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*map(xml_safe, args), **{key: xml_safe(value) for key, value in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*map(xml_safe, args), **{key: xml_safe(value) for key, value in kwargs.items()})


class XmlSafeRssFeed(XmlSafeMixin, Rss201rev2Feed):
    pass


class XmlSafeAtomFeed(XmlSafeMixin, Atom1Feed):
    pass


def markup_escaped(text):
    """`text` with `&`, `<` and `>` escaped, quotes left as they are."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FactCheckFeed(Feed):
    """The newest published verdicts, for readers and partner newsrooms."""

    feed_type = XmlSafeRssFeed
    description = "Published fact-checks, newest first."
    url_name = "feed-rss"

    # Absolute links from FACTDESK_NEWSROOM_URL: Django would prefix the Site row's domain, written
    # once at migrate, and the request's scheme.
    def link(self):
        return absolute("/")

    def feed_url(self):
        return absolute(reverse(self.url_name))

    def title(self):
        return f"{settings.FACTDESK_NEWSROOM_NAME}: fact-checks"

    def items(self):
        """The live versions, newest publication (or correction) first."""
        return public_versions().order_by("-published_at", "-id")[:FEED_SIZE]

    def item_link(self, version):
        return absolute(version.get_absolute_url())

    def item_title(self, version):
        """RSS titles carry no type, and many readers render them as HTML: escape what makes markup
        (`&`, `<`, `>`), so that a claim quoting markup is read as text. Not quotes: outside an
        attribute they are text either way, and readers that show titles as text showed
        "Trump&#x27;s". Atom's titles are declared text (below)."""
        return markup_escaped(self.plain_title(version))

    def plain_title(self, version):
        return f"{version.rating}: {version.text}"

    def item_description(self, version):
        """The rationale is plain text, and both feeds' descriptions are read as HTML (RSS by
        convention, Atom's summary type="html"): escape it, so that no markup a checker typed
        becomes live in a feed reader."""
        return escape(version.rationale).replace("\n", "<br>")

    def item_pubdate(self, version):
        return version.claim.published_at or version.published_at

    def item_updateddate(self, version):
        return version.published_at

    def item_author_name(self, version):
        return settings.FACTDESK_NEWSROOM_NAME

    def item_categories(self, version):
        return [version.rating.name]


class AtomFactCheckFeed(FactCheckFeed):
    feed_type = XmlSafeAtomFeed
    subtitle = FactCheckFeed.description
    url_name = "feed-atom"

    def item_title(self, version):
        """Atom says its titles are text (type="text" is the default), so readers never parse them."""
        return self.plain_title(version)
