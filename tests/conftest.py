import os
import time
import types
from itertools import groupby
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches
from django.test.utils import override_settings
from pytest_django.plugin import validate_django_db

from briefings.demo import SAMPLE_BRIEFING
from factcheck import windows
from factcheck.api import throttling
from factcheck.models import counters

from .scheduling import WholeModules

FIXTURES = Path(__file__).resolve().parent / "fixtures"


# A test with none of these (and no django_db mark) cannot touch the database: it is marked
# without_database, and CI's PostgreSQL pass, which is there for what differs by engine, skips it.
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server"}
# Module-scoped fixtures that write rows once for their module's tests (rolled back at its end).
SHARED_ROWS = {"built_demo", "built_desk", "generated_once", "world", "bundles", "built_archive"}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Within each run of one module's tests, those using a module's shared rows go last, so that
    its other tests never see those rows (they are written at the first test that asks for them
    and stay until the module ends).

    `make test` runs on every core (pytest-xdist, --dist load): each worker runs its share in the
    order made here and by pytest-django (transactional tests, which flush the database, after the
    others), so this order holds in every worker. Inside each of pytest-django's groups the long
    modules go first (`_long`): a long module handed out last kept one core busy while the others
    had finished, and CI's time is bounded by the last test to end."""
    runs = [list(run) for _, run in groupby(items, key=lambda item: (item.module, _django_group(item)))]
    ordered = []
    for _, group in groupby(runs, key=lambda run: _django_group(run[0])):  # already in this order
        for run in sorted(group, key=lambda run: not any(map(_long, run))):
            ordered += sorted(run, key=lambda item: bool(SHARED_ROWS & set(item.fixturenames)))
    items[:] = ordered


def _django_group(item):
    """pytest-django's order of `item`: 0 database, 1 transactional (it flushes the database, so
    after every test that expects the data migrations' rows), 2 no database."""
    marker = item.get_closest_marker("django_db")
    transaction, reset_sequences = validate_django_db(marker)[:2] if marker else (False, False)
    names = set(item.fixturenames)
    if transaction or reset_sequences or names & {"transactional_db", "live_server"}:
        return 1
    return 0 if marker or "db" in names else 2


def _long(item):
    """A test that takes seconds: a browser's, a slow proof's, or one Hypothesis drives."""
    function = getattr(item, "function", None)
    return (
        item.get_closest_marker("slow") is not None
        or item.get_closest_marker("browser") is not None
        or getattr(function, "is_hypothesis_test", False)
    )


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist's: unknown to `pytest -p no:xdist`
def pytest_xdist_make_scheduler(config, log):
    """Each module's run of tests to one worker (tests/scheduling.py), under `--dist load`."""
    if config.getvalue("dist") == "load":
        return WholeModules(config, log)
    return None


def pytest_itemcollected(item):
    if not item.get_closest_marker("django_db") and not DATABASE_FIXTURES & set(
        getattr(item, "fixturenames", ())
    ):
        item.add_marker(pytest.mark.without_database)


#: Redis keeps 16 databases unless configured otherwise (`databases` in redis.conf).
REDIS_DATABASES = 16


@pytest.fixture(scope="session", autouse=True)
def redis_of_its_own():
    """With REDIS_URL, each pytest-xdist worker keeps its caches in a Redis database of its own
    (`worker_redis_url`). The tests empty their store between them, which in one database shared
    by all emptied another worker's store in the middle of its test; so `make test` ran in one
    process with Redis."""
    worker_id = os.environ.get("PYTEST_XDIST_WORKER")
    if not django_settings.REDIS_URL or not worker_id:
        yield
        return
    own = worker_redis_url(django_settings.REDIS_URL, worker_id)
    caches_of_its_own = {
        name: {**cache, "LOCATION": own} if cache.get("LOCATION") == django_settings.REDIS_URL else cache
        for name, cache in django_settings.CACHES.items()
    }
    with override_settings(CACHES=caches_of_its_own):
        yield


def worker_redis_url(url, worker_id):
    """`url` with the database number after it plus the worker's: `/0` gives gw0 `/1`, gw1 `/2`."""
    parts = urlsplit(url)
    number = int(parts.path.strip("/") or 0) + 1 + int(worker_id.removeprefix("gw"))
    if number >= REDIS_DATABASES:
        pytest.exit(f"Redis has databases 0–{REDIS_DATABASES - 1}; worker {worker_id} would need {number}.")
    return parts._replace(path=f"/{number}").geturl()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Real hashing takes half a second per user; the tests create hundreds."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def no_throttling(settings):
    """The API's throttles count every request in the cache; the throttling tests turn them back on."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None},
    }
    caches["default"].clear()  # the throttle counts live in the database, rolled back with each test
    yield
    caches["default"].clear()


@pytest.fixture
def steady_window(monkeypatch):
    """The throttles' clock held in the middle of the current minute: a test's few requests
    then never straddle a window's edge, where a fixed window starts counting afresh (which had
    a test's third request let through about once in a few hundred runs)."""
    held = (int(time.time()) // 60) * 60 + 30.0
    clock = types.SimpleNamespace(time=lambda: held)
    for module in (counters, windows, throttling):  # the counts, and the wait they answer
        monkeypatch.setattr(module, "time", clock)
    return held


@pytest.fixture(scope="session")
def page_cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("page-cache")


@pytest.fixture(autouse=True)
def empty_public_cache(settings, page_cache_dir):
    """Every test starts from an empty public cache of its own run (never var/'s, which the
    server and other runs share); with REDIS_URL the clear above has emptied Redis already."""
    if settings.CACHES["pages"]["BACKEND"].endswith("FileBasedCache"):
        settings.CACHES = {
            **settings.CACHES,
            "pages": {**settings.CACHES["pages"], "LOCATION": str(page_cache_dir)},
        }
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.fixture
def sample_bytes():
    return SAMPLE_BRIEFING.read_bytes()


@pytest.fixture
def fixture_bytes():
    def read(name):
        return (FIXTURES / name).read_bytes()

    return read


@pytest.fixture
def sample_briefing(db, sample_bytes):
    from briefings.importers import import_briefing

    return import_briefing(sample_bytes, filename=SAMPLE_BRIEFING.name).briefing


@pytest.fixture
def staff_member(db, django_user_model):
    """Staff without a role: may open the admin, may do nothing in it."""
    return django_user_model.objects.create_user("eda", password="pw-eda-123456", is_staff=True)


@pytest.fixture
def checker(db):
    from .factories import make_user

    return make_user("checker", "Checker")


@pytest.fixture
def editor(db):
    from .factories import make_user

    return make_user("editor", "Editor")


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("root", "root@factdesk.invalid", "pw-root-123456")


pytest_plugins = ["tests.browser"]
