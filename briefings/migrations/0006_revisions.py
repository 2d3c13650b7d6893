"""Revisions: every briefing's imported text becomes revision 1, with its sections and statements.

The checksum now identifies the document after line ends, a BOM and trailing whitespace are
normalised, so re-importing the same text with a final newline added is "unchanged".
"""

import hashlib

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def comparable(text):
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def checksum(text):
    return hashlib.sha256(comparable(text).encode("utf-8")).hexdigest()


def first_revisions(apps, schema_editor):
    Briefing = apps.get_model("briefings", "Briefing")
    Revision = apps.get_model("briefings", "Revision")
    Section = apps.get_model("briefings", "Section")
    Statement = apps.get_model("briefings", "Statement")
    for briefing in Briefing.objects.iterator():
        briefing.checksum = checksum(briefing.original)
        revision = Revision.objects.create(
            briefing=briefing,
            number=1,
            title=briefing.title,
            original=briefing.original,
            original_format=briefing.original_format,
            original_filename=briefing.original_filename,
            checksum=briefing.checksum,
            text=briefing.text,
            imported_by_id=briefing.imported_by_id,
            imported_at=briefing.imported_at,
        )
        Section.objects.filter(briefing=briefing).update(revision=revision)
        Statement.objects.filter(briefing=briefing).update(revision=revision)
        briefing.current_revision = revision
        briefing.save(update_fields=["checksum", "current_revision"])


class Migration(migrations.Migration):
    dependencies = [
        ("briefings", "0005_web_urls_only"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Revision",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.PositiveIntegerField(help_text="1 for the first import, then 2, 3…")),
                ("title", models.CharField(max_length=300)),
                ("original", models.TextField(help_text="The document exactly as imported.")),
                (
                    "original_format",
                    models.CharField(
                        choices=[
                            ("text", "Plain text"),
                            ("markdown", "Markdown"),
                            ("html", "Saved web page (HTML)"),
                        ],
                        max_length=10,
                    ),
                ),
                ("original_filename", models.CharField(blank=True, max_length=255)),
                ("checksum", models.CharField(db_index=True, max_length=64)),
                ("text", models.TextField(verbose_name="normalised text")),
                ("imported_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "summary",
                    models.JSONField(
                        blank=True,
                        default=dict,
                        help_text="Statements kept, moved, changed, new and removed against the revision before.",
                    ),
                ),
                (
                    "briefing",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="revisions",
                        to="briefings.briefing",
                    ),
                ),
                (
                    "imported_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["briefing", "number"],
                "constraints": [
                    models.UniqueConstraint(fields=("briefing", "number"), name="revision_number_unique")
                ],
            },
        ),
        migrations.AddField(
            model_name="briefing",
            name="current_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                help_text="The revision readers see; the documents above are its copy.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="briefings.revision",
            ),
        ),
        migrations.AddField(
            model_name="section",
            name="revision",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="sections",
                to="briefings.revision",
            ),
        ),
        migrations.AddField(
            model_name="statement",
            name="revision",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="statements",
                to="briefings.revision",
            ),
        ),
        migrations.RunPython(first_revisions, migrations.RunPython.noop),
        migrations.RemoveConstraint(model_name="section", name="section_position_unique"),
        migrations.RemoveConstraint(model_name="statement", name="statement_position_unique"),
        migrations.AlterField(
            model_name="section",
            name="revision",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="sections", to="briefings.revision"
            ),
        ),
        migrations.AlterField(
            model_name="statement",
            name="revision",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="statements",
                to="briefings.revision",
            ),
        ),
        migrations.AlterField(
            model_name="section",
            name="briefing",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="all_sections", to="briefings.briefing"
            ),
        ),
        migrations.AlterField(
            model_name="statement",
            name="briefing",
            field=models.ForeignKey(
                help_text="Its briefing, whatever the revision (briefing.statements are the current one's).",
                on_delete=django.db.models.deletion.CASCADE,
                related_name="all_statements",
                to="briefings.briefing",
            ),
        ),
        migrations.AlterField(
            model_name="statement",
            name="position",
            field=models.PositiveIntegerField(help_text="1-based order within its revision."),
        ),
        migrations.AlterField(
            model_name="briefing",
            name="checksum",
            field=models.CharField(
                db_index=True,
                help_text="SHA-256 of the document with line ends, a BOM and trailing whitespace normalised.",
                max_length=64,
            ),
        ),
        migrations.AlterModelOptions(name="section", options={"ordering": ["revision", "position"]}),
        migrations.AlterModelOptions(name="statement", options={"ordering": ["revision", "position"]}),
        migrations.AddConstraint(
            model_name="section",
            constraint=models.UniqueConstraint(
                fields=("revision", "position"), name="section_position_unique"
            ),
        ),
        migrations.AddConstraint(
            model_name="statement",
            constraint=models.UniqueConstraint(
                fields=("revision", "position"), name="statement_position_unique"
            ),
        ),
    ]
