import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django_application = get_wsgi_application()

# Imported once Django is set up: public-cache hits answered before Django's request handling.
from factcheck.caching.wsgi import PublicCacheApplication  # noqa: E402

application = PublicCacheApplication(django_application)
