from django.contrib import admin
from django.urls import path

from briefings import views as briefing_views

from . import views

admin.site.site_header = "Factdesk review desk"
admin.site.site_title = "Factdesk"
admin.site.index_title = "Review desk"

urlpatterns = [
    path("", briefing_views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]
