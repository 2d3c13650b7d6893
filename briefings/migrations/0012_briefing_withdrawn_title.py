from django.db import migrations, models


def name_earlier_takedowns(apps, schema_editor):
    """A briefing taken down before its title was kept: the title of the newest revision it had
    then (a revision imported since may have renamed it), else its title now."""
    Briefing = apps.get_model("briefings", "Briefing")
    Revision = apps.get_model("briefings", "Revision")
    for briefing in Briefing.objects.filter(status="withdrawn").only("pk", "title", "withdrawn_at"):
        revisions = Revision.objects.filter(briefing=briefing).order_by("-number")
        if briefing.withdrawn_at is not None:
            revisions = revisions.filter(imported_at__lte=briefing.withdrawn_at)
        then = revisions.values_list("title", flat=True).first()
        Briefing.objects.filter(pk=briefing.pk).update(withdrawn_title=then or briefing.title)


class Migration(migrations.Migration):
    dependencies = [
        ("briefings", "0011_statement_check_worthiness"),
    ]

    operations = [
        migrations.AddField(
            model_name="briefing",
            name="withdrawn_title",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="The title the public knew when it was last taken down: what its notice names, "
                "whatever a later revision calls it.",
                max_length=300,
            ),
        ),
        migrations.RunPython(name_earlier_takedowns, migrations.RunPython.noop),
    ]
