"""Which migrations a backup records against the code's, and what a database already holds."""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db.migrations.loader import MigrationLoader

from .errors import BackupRefused

# What `migrate` itself puts in a new database: content types, permissions, and the rows the data
# migrations seed (the Checker and Editor roles, the rating scale, the one Site and the standards
# pages' placeholders). A database holding nothing else counts as empty, so a backup restores into
# a freshly migrated one without --replace. (Standards pages an admin wrote come with a user, which
# is not reference data: such a database is never restored over without --replace.)
REFERENCE_DATA = {
    "contenttypes.contenttype",
    "auth.permission",
    "auth.group",
    "auth.group_permissions",
    "factcheck.rating",
    "sites.site",
    "flatpages.flatpage",
    "flatpages.flatpage_sites",
}


def _project_apps(loader):
    """The project's own apps with migrations (those under BASE_DIR): a backup of this project
    records migrations of each."""
    base = Path(settings.BASE_DIR).resolve()
    own = {
        config.label for config in apps.get_app_configs() if Path(config.path).resolve().is_relative_to(base)
    }
    return own & loader.migrated_apps


def _listed(migrations, limit=3):
    names = [f"{app}.{name}" for app, name in sorted(migrations)]
    return ", ".join(names[:limit]) + (f" and {len(names) - limit} more" if len(names) > limit else "")


def migrations_to_apply(recorded, path):
    """The migrations the code has and the backup lacks (an older backup, migrated forward after
    the restore); refuses a backup of another project, or one made by newer code than this."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    missing_apps = _project_apps(loader) - {app for app, _ in recorded}
    if missing_apps:
        raise BackupRefused(
            f"{path} is not a Factdesk backup: it records no migrations of {', '.join(sorted(missing_apps))}."
        )
    unknown = set(recorded) - set(loader.disk_migrations)
    if unknown:
        raise BackupRefused(
            f"{path} was made by a newer or a different version of Factdesk: it records migrations this "
            f"code does not have ({_listed(unknown)}). Restore it with the code that made it."
        )
    return sorted(set(loader.graph.nodes) - set(recorded))


def data_held(connection):
    """{"users": 4, "briefings": 1, …}: the rows a database holds beyond REFERENCE_DATA, per model."""
    tables = set(connection.introspection.table_names())
    held = {}
    models = apps.get_models(include_auto_created=True)
    for model in sorted(models, key=lambda model: bool(model._meta.auto_created)):  # M2M tables last
        meta = model._meta
        if (
            meta.proxy
            or not meta.managed
            or meta.label_lower in REFERENCE_DATA
            or meta.db_table not in tables
        ):
            continue
        count = model._base_manager.using(connection.alias).count()
        if count:
            held[str(meta.verbose_name_plural)] = count
    return held


def describe(held, limit=5):
    shown = [f"{count} {name}" for name, count in held.items()]
    return ", ".join(shown[:limit]) + (", …" if len(shown) > limit else "")
