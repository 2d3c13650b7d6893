from django.db import migrations

DEFAULT_SCALE = [
    # name, slug, value, colour, symbol, needs evidence, on the scale, definition
    ("Accurate", "accurate", 5, "#1a7f37", "✓", True, True,
     "The statement is correct and nothing significant is missing."),
    ("Mostly accurate", "mostly-accurate", 4, "#4d7c0f", "≈", True, True,
     "The statement is correct in substance but needs clarification or additional information."),
    ("Unsupported", "unsupported", 3, "#57606a", "?", True, True,
     "The available evidence neither confirms nor refutes the statement."),
    ("Misleading", "misleading", 2, "#9a3412", "!", True, True,
     "The statement contains correct elements but leaves a false impression, for example by "
     "omitting context or misnaming a person or a role."),
    ("False", "false", 1, "#b91c1c", "✗", True, True,
     "The statement is incorrect."),
    ("Not checkable", "not-checkable", 0, "#4b5563", "–", False, False,
     "The statement is an opinion, a prediction or otherwise cannot be verified with evidence."),
]


def seed_scale(apps, schema_editor):
    Rating = apps.get_model("factcheck", "Rating")
    for name, slug, value, colour, symbol, needs_evidence, on_scale, definition in DEFAULT_SCALE:
        Rating.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "value": value,
                "colour": colour,
                "symbol": symbol,
                "needs_evidence": needs_evidence,
                "on_scale": on_scale,
                "definition": definition,
            },
        )


def remove_scale(apps, schema_editor):
    Rating = apps.get_model("factcheck", "Rating")
    Rating.objects.filter(slug__in=[row[1] for row in DEFAULT_SCALE], claims__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0001_initial")]

    operations = [migrations.RunPython(seed_scale, remove_scale)]
