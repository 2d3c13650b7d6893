from django.shortcuts import render
from django.views.decorators.http import require_safe

from .models import Briefing


@require_safe
def home(request):
    """The public front page: published briefings, newest first."""
    briefings = Briefing.objects.published().order_by("-published_on", "-imported_at")
    return render(request, "home.html", {"briefings": briefings})
