"""The counts per caller and window of the API's throttles and the submission limit without Redis
(factcheck.models.counters): one upsert a count instead of the database cache's transactions."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('factcheck', '0026_claim_key_counts'),
    ]

    operations = [
        migrations.CreateModel(
            name='WindowCount',
            fields=[
                ('caller', models.CharField(max_length=255, primary_key=True, serialize=False)),
                ('period', models.BigIntegerField(help_text='The window counted: seconds since the epoch // its duration.')),
                ('hits', models.PositiveIntegerField()),
                ('ends_at', models.BigIntegerField(db_index=True, help_text='When the window ends, in seconds since the epoch.')),
            ],
            options={
                'db_table': 'factdesk_window_count',
            },
        ),
    ]
