"""Factdesk settings, read from the environment: the site, its stores and its people.

Development needs no configuration: DEBUG is on, the database is a SQLite file under var/ and
the cache lives in memory. Production sets DJANGO_DEBUG=0, SECRET_KEY, ALLOWED_HOSTS,
FACTDESK_NEWSROOM_URL (https) and usually DATABASE_URL; with those, `manage.py check --deploy` passes.
"""

import datetime as dt
import os
import tempfile
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_flag(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    value = os.environ.get(name, "")
    return [item.strip() for item in value.split(",") if item.strip()] or default


DEBUG = env_flag("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "django-insecure-factdesk-development-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "corsheaders",
    "rest_framework",
    "django_filters",
    "axes",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "briefings",
    "factcheck",
    # After factcheck, whose drf_create_token (tokens stored as digests) is the one manage.py runs.
    "rest_framework.authtoken",
    "config.backups",
]

MIDDLEWARE = [
    # Public answers for anonymous readers, served before everything else: a hit replays the
    # headers the security, CSP and Permissions-Policy middleware gave the miss (docs/caching.md).
    "factcheck.caching.middleware.PublicCacheMiddleware",
    # Cross-origin reads of the API only (CORS_URLS_REGEX): before anything that may answer.
    "config.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.CSPMiddleware",
    "config.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A deactivated or deleted member's session ends, not only answers as anonymous.
    "config.middleware.EndedSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    # A change refused because Redis could not record it: a 503 saying so, not a server error.
    "factcheck.caching.middleware.StoreUnavailableMiddleware",
    # A number past what dates or the database hold (an admin list's ?rating=999…): 400, not 500.
    "config.middleware.OutOfRangeMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "config.context_processors.newsroom",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

# Database: SQLite under var/ unless DATABASE_URL says otherwise.
VAR_DIR = Path(os.environ.get("FACTDESK_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'factdesk.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work side by side; IMMEDIATE takes the write lock at
    # the start of a transaction, so two editors queue (up to the timeout) instead of one of
    # them failing halfway with "database is locked". Connections are kept (DATABASE_CONN_MAX_AGE)
    # as on PostgreSQL: a new one per request re-ran the pragmas and re-read the pages of every
    # index it used, a fifth of an uncached article's CPU (docs/benchmarks.md).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # The tests' database is a file too, not SQLite's in-memory default, so that the race tests
    # meet the same locking as the server's threads; one file per test run.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"factdesk-test-{os.getpid()}.sqlite3")
    }

# A PostgreSQL read replica, when one is set up: anonymous readers' pages read it, the desk and
# anything right after a write read the primary (config/replicas.py, docs/scaling.md).
REPLICA_LAG_TOLERANCE = int(os.environ.get("REPLICA_LAG_TOLERANCE", "10"))  # seconds
READ_REPLICA = "replica" if os.environ.get("DATABASE_REPLICA_URL") else None  # its DATABASES alias
if READ_REPLICA:
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"],
        conn_max_age=DATABASES["default"]["CONN_MAX_AGE"],
        conn_health_checks=True,
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["config.replicas.ReplicaRouter"]
    MIDDLEWARE.insert(
        MIDDLEWARE.index("config.middleware.PermissionsPolicyMiddleware") + 1,
        "config.replicas.ReplicaReadsMiddleware",
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
# A Redis command takes well under a millisecond: one that has not answered in this many seconds
# fails rather than hold a worker (redis-py waits for ever by default), and the public cache then
# answers from the database (factcheck.caching.answers).
REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "1"))
# Seconds a person or client is asked to wait (Retry-After) when a store is down: the desk's and
# the API's 503s alike. Redis restarts in about this long.
FACTDESK_RETRY_AFTER = int(os.environ.get("FACTDESK_RETRY_AFTER", "30"))
if REDIS_URL:
    _REDIS_OPTIONS = {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT}
    CACHES = {
        name: {
            "BACKEND": "config.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
            "OPTIONS": _REDIS_OPTIONS,
        }
        for name, prefix in (
            ("default", "factdesk"),
            ("throttle", "factdesk-throttle"),
            ("pages", "factdesk-pages"),
        )
    }
else:
    # The API's throttle counts must be shared by every worker: without Redis they live in a
    # database table, which a migration creates (so `migrate` is all a new install needs).
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # It also keeps the readers' form's spent starts for a day (factcheck.submit): room for
        # far more than a day's submissions, so that culling never forgets one early.
        "throttle": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "factdesk_throttle",
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("FACTDESK_THROTTLE_CACHE_ENTRIES", "100000"))},
        },
        # The public cache (factcheck.caching), shared by every worker: files under var/, so that a
        # hit opens no database connection (measured against a database table in docs/caching.md).
        "pages": {
            "BACKEND": "factcheck.caching.store.UncompressedFileBasedCache",
            "LOCATION": os.environ.get("FACTDESK_PAGE_CACHE_DIR", str(VAR_DIR / "page-cache")),
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("FACTDESK_PAGE_CACHE_ENTRIES", "20000"))},
        },
    }
# How long a public answer is kept at most (it goes as soon as what it shows changes), and how
# long a CDN in front may keep one (it cannot be told of a change: keep this short).
FACTDESK_CACHE_SECONDS = int(os.environ.get("FACTDESK_CACHE_SECONDS", 24 * 60 * 60))
FACTDESK_CDN_MAX_AGE = int(os.environ.get("FACTDESK_CDN_MAX_AGE", "30"))
# How many bytes of answers each worker keeps in memory for its next hits (factcheck/caching/recent.py):
# a hit from there still checks every token in the shared store, and skips reading the answer.
FACTDESK_CACHE_RECENT_BYTES = int(os.environ.get("FACTDESK_CACHE_RECENT_BYTES", 16 * 1024 * 1024))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
FORMAT_MODULE_PATH = ["config.formats"]  # the desk's one time style (config/formats/en_GB)
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# The importer refuses larger documents; uploads and pasted text may be a little larger so
# that the importer, not Django, gives the editor the message.
FACTDESK_MAX_DOCUMENT_BYTES = int(os.environ.get("FACTDESK_MAX_DOCUMENT_BYTES", 2 * 1024 * 1024))
FACTDESK_MAX_STATEMENTS = int(os.environ.get("FACTDESK_MAX_STATEMENTS", 20_000))
DATA_UPLOAD_MAX_MEMORY_SIZE = FACTDESK_MAX_DOCUMENT_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE
# A multipart body larger than fields and one such file is refused before it is read (config.uploads).
FILE_UPLOAD_HANDLERS = [
    "config.uploads.BoundedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

FACTDESK_NEWSROOM_NAME = os.environ.get("FACTDESK_NEWSROOM_NAME", "Factdesk")
FACTDESK_NEWSROOM_URL = os.environ.get("FACTDESK_NEWSROOM_URL", "http://127.0.0.1:8000/")
# django.contrib.flatpages (the standards pages) needs the sites framework; there is one site.
SITE_ID = 1

# Reader submissions (/submit/): a reader's contact address is kept this many days, then blanked
# (`manage.py forget_submission_contacts`, and whenever a new submission arrives). One address may
# send this many an hour (counted in the "throttle" cache, per address as the API's throttles see
# it, TRUSTED_PROXY_COUNT); a form sent back sooner than the minimum seconds after it was shown
# is taken for a robot.
FACTDESK_SUBMISSION_CONTACT_DAYS = int(os.environ.get("FACTDESK_SUBMISSION_CONTACT_DAYS", "30"))
FACTDESK_SUBMISSIONS_PER_HOUR = int(os.environ.get("FACTDESK_SUBMISSIONS_PER_HOUR", "5"))
FACTDESK_SUBMISSION_MIN_SECONDS = int(os.environ.get("FACTDESK_SUBMISSION_MIN_SECONDS", "3"))
# Password-reset mails to one address in an hour (config.accounts): anyone may ask for any address.
FACTDESK_PASSWORD_RESETS_PER_HOUR = int(os.environ.get("FACTDESK_PASSWORD_RESETS_PER_HOUR", "3"))

# The pre-publication checklist (factcheck/checklist.py): the checks a verdict passes, or an editor
# overrides with a reason, before Publish puts it out. Comma-separated names; all by default; an
# empty value turns the checklist off. An unknown name stops the server (factdesk.E002).
FACTDESK_PUBLISH_CHECKLIST = os.environ.get(
    "FACTDESK_PUBLISH_CHECKLIST", "source,rationale,claimant,right_of_reply,short_form"
)
# 100 characters: two plain sentences, enough to say what the evidence shows and why it leads to
# the rating; every demo verdict's rationale is longer.
FACTDESK_MIN_RATIONALE_LENGTH = int(os.environ.get("FACTDESK_MIN_RATIONALE_LENGTH", "100"))

# Staff sign in at /accounts/login/ (the admin's login page redirects there) and land on the
# review desk.
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "admin:index"
LOGOUT_REDIRECT_URL = "home"

# Password-reset mail: printed to the console unless EMAIL_HOST names an SMTP server (or
# EMAIL_BACKEND says otherwise).
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend"
)
if os.environ.get("EMAIL_HOST"):
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Factdesk <factdesk@localhost>")

# Idle timeout: saving the session on every request restarts its clock, so SESSION_COOKIE_AGE
# counts from the last request, not from sign-in. A desk left unattended for that long (8 hours
# by default) is signed out; one in use stays signed in. Closing the browser does not end it.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_IDLE_SECONDS", 8 * 60 * 60))
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = False

# Sign-in lockout (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords for one username from
# one address, that pair is refused (429) for LOGIN_COOLOFF_MINUTES; another address, or the same
# address with another username, can still sign in. A success clears the count. Staff unlock
# someone early with `manage.py axes_reset_username NAME`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = dt.timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

# Who is "one address" to the sign-in lockout, the API's anonymous throttle and the readers'
# submissions: config.clients.client_address, one function for all three. By default the
# connection's own address: X-Forwarded-For is ignored, since anybody can send it. Behind N reverse
# proxies that append to it, TRUSTED_PROXY_COUNT=N makes them read the address the outermost proxy
# saw (through DRF's NUM_PROXIES, below). An IPv6 address counts by its /64, one customer's share.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "config.clients.client_address"
