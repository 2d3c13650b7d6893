"""Every URL pattern the project answers, and a real address for each, for the permission matrix.

`patterns()` walks the URLconf as Django resolves it, so a URL added anywhere (an app, the admin, a
router, a library) shows up here and must be given a row in `permission_matrix.EXPECTED`.
"""

import re

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.flatpages.models import FlatPage
from django.urls import URLResolver, get_resolver
from rest_framework.authtoken.models import TokenProxy

from briefings.models import Section
from factcheck.models import Claim, ClaimEvent, Submission


def patterns(resolver=None, prefix=""):
    """The URLconf's patterns as the strings a reader sees in `urls.py`, in resolving order."""
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            yield from patterns(entry, prefix + str(entry.pattern))
        else:
            yield prefix + str(entry.pattern)


class World:
    """One object of every kind the URLs name: a published briefing with a published verdict, a
    draft briefing with an unpublished one, and a row in each admin table."""

    def __init__(self, users, published_claim, draft_claim, hidden_source):
        self.users = users
        self.hidden_source = hidden_source
        self.claim = published_claim
        self.briefing = published_claim.statement.briefing
        self.draft_claim = draft_claim
        self.draft_briefing = draft_claim.statement.briefing
        self.claim_in_review = Claim.objects.filter(status="in_review").first()
        self.objects = {
            "auth/group": Group.objects.first(),
            "auth/user": users["checker"],
            "authtoken/tokenproxy": TokenProxy.objects.first(),
            "briefings/section": Section.objects.filter(briefing=self.briefing).first(),
            "briefings/statement": published_claim.statement,
            "briefings/briefing": self.briefing,
            "factcheck/claim": published_claim,
            "factcheck/source": published_claim.evidence.first().source,
            "factcheck/rating": published_claim.rating,
            "factcheck/evidence": published_claim.evidence.first(),
            "factcheck/claimevent": ClaimEvent.objects.filter(claim=published_claim).first(),
            "flatpages/flatpage": FlatPage.objects.first(),
            "factcheck/submission": Submission.objects.first(),
            "axes/accessattempt": AccessAttempt.objects.first(),
            "axes/accesslog": AccessLog.objects.first(),
            "axes/accessfailurelog": AccessFailureLog.objects.first(),
        }

    def address(self, pattern):
        """A real address for `pattern`: its objects exist, so a refusal is a refusal, not a 404."""
        if pattern in self.special:
            return self.special[pattern](self)
        admin_object = re.fullmatch(r"admin/(\w+/\w+)/<path:object_id>/(.*)", pattern)
        if admin_object:
            obj = self.objects.get(admin_object[1])
            return f"/admin/{admin_object[1]}/{obj.pk if obj else 1}/{admin_object[2]}"
        api_suffix = re.fullmatch(r"api/v1/\^(\w+)\\\.\(\?P<format>\[a-z0-9\]\+\)/\?\$", pattern)
        if api_suffix:
            return f"/api/v1/{api_suffix[1]}.json"
        api_detail = re.fullmatch(r"api/v1/\^(\w+)/\(\?P<(\w+)>[^)]+\)(/\$|\\\.\(\?P<format>.*)", pattern)
        if api_detail:
            key = self._api_key(api_detail[1], api_detail[2])
            return f"/api/v1/{api_detail[1]}/{key}" + ("/" if api_detail[3] == "/$" else ".json")
        api_list = re.fullmatch(r"api/v1/\^(\w+)/\$", pattern)
        if api_list:
            return f"/api/v1/{api_list[1]}/"
        return "/" + pattern

    def _api_key(self, collection, field):
        objects = {
            "briefings": self.briefing,
            "statements": self.claim.statement,
            "claims": self.claim,
            "sources": self.objects["factcheck/source"],
            "ratings": self.claim.rating,
            "claimreviews": self.claim,
        }
        return getattr(objects[collection], field)

    special = {
        "briefings/<slug:slug>/": lambda w: f"/briefings/{w.briefing.slug}/",
        "claims/<id:pk>/": lambda w: f"/claims/{w.claim.pk}/",
        "claims/<id:pk>/versions/<id:number>/": lambda w: f"/claims/{w.claim.pk}/versions/1/",
        "claims/<id:pk>/preview/": lambda w: f"/claims/{w.claim_in_review.pk}/preview/",
        "briefings/<slug:slug>/preview/": lambda w: f"/briefings/{w.draft_briefing.slug}/preview/",
        "briefings/<slug:slug>/revisions/<id:number>/": lambda w: (
            f"/briefings/{w.briefing.slug}/revisions/1/"
        ),
        "briefings/<slug:slug>/revisions/<id:number>/preview/": lambda w: (
            f"/briefings/{w.draft_briefing.slug}/revisions/1/preview/"
        ),
        "sources/<id:pk>/": lambda w: f"/sources/{w.objects['factcheck/source'].pk}/",
        "search/": lambda w: "/search/?q=ships",
        "api/v1/<drf_format_suffix:format>": lambda w: "/api/v1/.json",
        "api/^(?P<rest>(?s:.*))$": lambda w: "/api/no-such-endpoint/",
        "accounts/reset/<uidb64>/<token>/": lambda w: "/accounts/reset/MQ/not-a-real-token/",
        "admin/auth/user/<id>/password/": lambda w: f"/admin/auth/user/{w.users['checker'].pk}/password/",
        "admin/r/<path:content_type_id>/<path:object_id>/": lambda w: (
            f"/admin/r/{ContentType.objects.get_for_model(Claim).pk}/{w.claim.pk}/"
        ),
        "admin/^(?P<app_label>auth|axes|briefings|factcheck|flatpages|authtoken)/$": lambda w: (
            "/admin/factcheck/"
        ),
        "admin/(?P<url>.*)$": lambda w: "/admin/no-such-page/",
        "admin/briefings/briefing/<int:briefing_id>/statements/<int:statement_id>/claim/": lambda w: (
            f"/admin/briefings/briefing/{w.draft_briefing.pk}/statements/{w.draft_claim.statement_id}/claim/"
        ),
        **{
            f"admin/briefings/briefing/<int:briefing_id>/statements/<int:statement_id>/{operation}/": (
                lambda w, operation=operation: (
                    f"/admin/briefings/briefing/{w.draft_briefing.pk}/statements/"
                    f"{w.draft_claim.statement_id}/{operation}/"
                )
            )
            for operation in ("split", "merge", "hide", "unhide")
        },
        "admin/briefings/briefing/<int:briefing_id>/sections/<int:section_id>/retitle/": lambda w: (
            f"/admin/briefings/briefing/{w.draft_briefing.pk}/sections/"
            f"{w.draft_claim.statement.section_id}/retitle/"
        ),
        "admin/briefings/briefing/<int:briefing_id>/claims-from-top/": lambda w: (
            f"/admin/briefings/briefing/{w.draft_briefing.pk}/claims-from-top/"
        ),
        "admin/briefings/briefing/<int:briefing_id>/publish/": lambda w: (
            f"/admin/briefings/briefing/{w.draft_briefing.pk}/publish/"
        ),
        "admin/briefings/briefing/<int:briefing_id>/withdraw/": lambda w: (
            f"/admin/briefings/briefing/{w.briefing.pk}/withdraw/"
        ),
        **{
            f"admin/factcheck/submission/<int:pk>/{action}/": (
                lambda w, action=action: (
                    f"/admin/factcheck/submission/{w.objects['factcheck/submission'].pk}/{action}/"
                )
            )
            for action in ("make-claim", "dismiss")
        },
        "admin/factcheck/claim/<int:claim_id>/workflow/<str:action>/": lambda w: (
            f"/admin/factcheck/claim/{w.draft_claim.pk}/workflow/take/"
        ),
        "admin/briefings/briefing/<int:briefing_id>/revise/": lambda w: (
            f"/admin/briefings/briefing/{w.briefing.pk}/revise/"
        ),
        "admin/briefings/briefing/<int:briefing_id>/revisions/<int:number>/": lambda w: (
            f"/admin/briefings/briefing/{w.briefing.pk}/revisions/1/"
        ),
        "admin/briefings/briefing/<int:briefing_id>/revisions/compare/": lambda w: (
            f"/admin/briefings/briefing/{w.briefing.pk}/revisions/compare/"
        ),
        "admin/factcheck/claim/<int:claim_id>/previous-checks/<int:earlier_id>/link/": lambda w: (
            f"/admin/factcheck/claim/{w.draft_claim.pk}/previous-checks/{w.claim.pk}/link/"
        ),
        "admin/factcheck/claim/<int:claim_id>/previous-checks/<int:earlier_id>/unlink/": lambda w: (
            f"/admin/factcheck/claim/{w.draft_claim.pk}/previous-checks/{w.claim.pk}/unlink/"
        ),
        "admin/factcheck/claim/<int:claim_id>/confirm-anchor/": lambda w: (
            f"/admin/factcheck/claim/{w.claim.pk}/confirm-anchor/"
        ),
        "admin/factcheck/claim/<int:claim_id>/checklist-override/": lambda w: (
            f"/admin/factcheck/claim/{w.claim.pk}/checklist-override/"
        ),
    }
