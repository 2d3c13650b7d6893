"""gunicorn's settings for `make serve` (`-c config/gunicorn.py`).

Only Django decides what a proxy may say: with TRUSTED_PROXY_COUNT set, SECURE_PROXY_SSL_HEADER
reads X-Forwarded-Proto (config/settings/headers.py). gunicorn's own defaults would believe that header,
and X-Forwarded-SSL and X-Forwarded-Protocol, from any connection on loopback and make the request
https even with no proxy trusted: the feeds', sitemap's and API's links would then follow whatever
a client sent.
"""

forwarded_allow_ips = ""
secure_scheme_headers = {}
