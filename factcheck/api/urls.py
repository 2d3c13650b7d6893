"""Included under /api/ by config/urls.py: the versioned endpoints, the schema and the docs."""

from django.urls import include, path, re_path
from rest_framework import routers

from . import views

app_name = "api"

router = routers.DefaultRouter()
router.APIRootView = views.APIRootView
router.register("briefings", views.BriefingViewSet, basename="briefing")
router.register("statements", views.StatementViewSet, basename="statement")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("sources", views.SourceViewSet, basename="source")
router.register("ratings", views.RatingViewSet, basename="rating")
router.register("claimreviews", views.ClaimReviewViewSet, basename="claimreview")

urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", views.SchemaView.as_view(), name="schema"),
    path("docs/", views.SwaggerView.as_view(url_name="api:schema"), name="docs"),
    re_path(r"^(?P<rest>(?s:.*))$", views.not_found),  # (?s): even a newline in the path
]
