"""The table the API's throttle counts live in when there is no Redis (settings.CACHES
"throttle"): created here so that `migrate` is all a new install needs."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0010_web_urls_only")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
