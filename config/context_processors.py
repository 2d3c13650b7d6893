from django.conf import settings


def newsroom(request):
    """The newsroom's name and address, for every page's masthead and footer."""
    return {
        "newsroom_name": settings.FACTDESK_NEWSROOM_NAME,
        "newsroom_url": settings.FACTDESK_NEWSROOM_URL,
    }
