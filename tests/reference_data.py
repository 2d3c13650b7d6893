"""The rows data migrations make, put back for tests whose database starts emptied (a live
server's transactional tests): without Playwright, so API clients' tests need no browser."""

from importlib import import_module

from django.apps import apps


def seed_reference_data():
    """Put back what data migrations made (the rating scale, the roles and the standards pages)
    by running those migrations' own functions again."""
    import_module("factcheck.migrations.0002_default_rating_scale").seed_scale(apps, None)
    import_module("factcheck.migrations.0004_roles").create_roles(apps, None)
    import_module("factcheck.migrations.0020_standards_pages").create_pages(apps, None)
