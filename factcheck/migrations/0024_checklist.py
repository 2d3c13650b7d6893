"""The pre-publication checklist (factcheck.checklist): the claimant marked not known, right of
reply and the editors' overrides on the working copy; the same answers, and how the checklist was
passed, frozen on each published version.

On SQLite, adding a column with a default remakes the claim versions' table, which drops the
triggers that keep 0019's FTS5 matching index current: they are made again, and the index
rebuilt, at the end."""

from importlib import import_module

from django.db import migrations, models

MATCHING_INDEX = import_module("factcheck.migrations.0019_claim_matching_index")


def remake_matching_index(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for sql in MATCHING_INDEX.SQLITE_DROP + MATCHING_INDEX.SQLITE_CREATE:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("factcheck", "0023_previous_checks"),
    ]

    operations = [
        # Undoing the migration remakes the table again: the triggers come back last then too.
        migrations.RunPython(migrations.RunPython.noop, remake_matching_index),
        migrations.AddField(
            model_name="claim",
            name="checklist_overrides",
            field=models.JSONField(
                blank=True,
                default=dict,
                editable=False,
                help_text='Checklist items an editor let through for the next publication: item name → {"reason", "by" (desk name), "user_id", "at" (ISO time)}. Publishing clears them.',
            ),
        ),
        migrations.AddField(
            model_name="claim",
            name="claimant_unknown",
            field=models.BooleanField(
                default=False,
                help_text="Tick when nobody can be named as the claimant (the pre-publication checklist asks).",
                verbose_name="claimant not known",
            ),
        ),
        migrations.AddField(
            model_name="claim",
            name="contacted_on",
            field=models.DateField(blank=True, null=True, verbose_name="contacted on"),
        ),
        migrations.AddField(
            model_name="claim",
            name="reply_note",
            field=models.TextField(
                blank=True,
                help_text="Why the claimant was not contacted (printed on the claim page), or what they said.",
                verbose_name="reply note",
            ),
        ),
        migrations.AddField(
            model_name="claim",
            name="reply_status",
            field=models.CharField(
                blank=True,
                choices=[
                    ("contacted", "Contacted"),
                    ("not_contacted", "Not contacted"),
                    ("not_applicable", "Not applicable"),
                ],
                help_text="Whether the claimant was asked for their side before publication.",
                max_length=20,
                verbose_name="right of reply",
            ),
        ),
        migrations.AddField(
            model_name="claimversion",
            name="checklist",
            field=models.JSONField(
                blank=True,
                default=dict,
                help_text="The pre-publication checklist as this version passed it (format: CHECKLIST_FORMAT).",
            ),
        ),
        migrations.AddField(
            model_name="claimversion",
            name="claimant_unknown",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="claimversion",
            name="contacted_on",
            field=models.DateField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="claimversion",
            name="reply_note",
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name="claimversion",
            name="reply_status",
            field=models.CharField(
                blank=True,
                choices=[
                    ("contacted", "Contacted"),
                    ("not_contacted", "Not contacted"),
                    ("not_applicable", "Not applicable"),
                ],
                max_length=20,
            ),
        ),
        migrations.RunPython(remake_matching_index, migrations.RunPython.noop),
    ]
