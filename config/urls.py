from django.contrib import admin
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.urls import include, path, register_converter
from django.views.generic import RedirectView

from briefings.converters import IdConverter
from factcheck import submit
from factcheck import views as factcheck_views
from factcheck.admin.standards_report import standards_report_page
from factcheck.caching.answers import public_answer
from factcheck.caching.generations import PUBLIC, RATINGS, STANDARDS
from factcheck.feeds import AtomFactCheckFeed, FactCheckFeed
from factcheck.read_only import read_only
from factcheck.standards import PAGES as STANDARDS_PAGES

from . import views
from .accounts import PasswordChangeView
from .sitemaps import SITEMAPS

register_converter(IdConverter, "id")


def public_read_only(view, *, query=(), also=()):
    """A feed or the sitemap: kept in the public cache under PUBLIC (and `also`), and read_only."""
    return read_only(public_answer(PUBLIC, *also, query=query)(view))


admin.site.site_header = "Factdesk review desk"
admin.site.site_title = "Factdesk"
admin.site.index_title = "Review desk"

urlpatterns = [
    path("", factcheck_views.home, name="home"),
    path("briefings/<slug:slug>/", factcheck_views.briefing, name="briefing"),
    path(
        "briefings/<slug:slug>/revisions/<id:number>/",
        factcheck_views.briefing_revision,
        name="briefing-revision",
    ),
    path("claims/<id:pk>/", factcheck_views.claim, name="claim"),
    path("claims/<id:pk>/versions/<id:number>/", factcheck_views.claim_version, name="claim-version"),
    path("claims/<id:pk>/preview/", factcheck_views.claim_preview, name="claim-preview"),
    path("briefings/<slug:slug>/preview/", factcheck_views.briefing_preview, name="briefing-preview"),
    path(
        "briefings/<slug:slug>/revisions/<id:number>/preview/",
        factcheck_views.briefing_revision_preview,
        name="briefing-revision-preview",
    ),
    path("sources/<id:pk>/", factcheck_views.source, name="source"),
    path("search/", factcheck_views.search_view, name="search"),
    *[
        path(address.lstrip("/"), factcheck_views.standards, {"url_name": url_name}, name=url_name)
        for url_name, (address, _) in STANDARDS_PAGES.items()
    ],
    path("standards/rating-scale/", factcheck_views.rating_scale, name="standards-rating-scale"),
    path("submit/", submit.submit_claim, name="submit-claim"),
    path("submit/thanks/", submit.submit_claim_thanks, name="submit-claim-thanks"),
    path("feeds/fact-checks/", public_read_only(FactCheckFeed()), name="feed-rss"),
    path("feeds/fact-checks/atom/", public_read_only(AtomFactCheckFeed()), name="feed-atom"),
    path(
        "sitemap.xml",
        public_read_only(sitemap_view, query=("p",), also=(STANDARDS, RATINGS)),
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("healthz", views.healthz, name="healthz"),
    path("api/", include("factcheck.api.urls")),
    path("accounts/", include("config.accounts")),
    # The admin's own login page hands over to the staff login above, keeping ?next=.
    path("admin/login/", RedirectView.as_view(pattern_name="login", query_string=True)),
    # The admin's own password change (its "Change password" link) is the staff one, under the
    # sign-in lockout (config.accounts): Django's took guesses at the old password without limit.
    path("admin/password_change/", PasswordChangeView.as_view(), name="admin-password-change"),
    # Before the admin's own: "View on site" only for what the person may read (views.view_on_site).
    path(
        "admin/r/<path:content_type_id>/<path:object_id>/",
        admin.site.admin_view(views.view_on_site),
        name="view-on-site",
    ),
    path("admin/factcheck/standards-report/", standards_report_page, name="standards-report"),
    path("admin/", admin.site.urls),
]

handler400 = "config.views.bad_request"
handler500 = "config.views.server_error"
