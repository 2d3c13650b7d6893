"""The bare baseline's WSGI application: Django's own, as `startproject` writes it. The site's
(config/wsgi.py) wraps it in the public cache's WSGI layer, which a new project does not have and
which would make the baseline read the page store on every request."""

from django.core.wsgi import get_wsgi_application

application = get_wsgi_application()
