"""Factdesk settings, read from the environment (`DJANGO_SETTINGS_MODULE=config.settings`).

Three parts, read in this order: `base` (the site, its database and caches, uploads, mail, people
and sign-in), `api` (CORS, REST framework, the OpenAPI schema) and `headers` (logging and the
security headers every response carries). Each later part reads what it needs from `base`.
"""

from .api import *  # noqa: F403
from .base import *  # noqa: F403
from .headers import *  # noqa: F403
