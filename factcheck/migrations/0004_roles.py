"""The newsroom's roles as groups with exact model permissions.

Checkers work claims, sources and evidence; editors also import and publish briefings and
assign, review, publish and dismiss claims. Admins are superusers and need no group. Nobody but
a superuser gets user management.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CHECKER = {
    "briefings": ["view_briefing", "view_section", "view_statement"],
    "factcheck": [
        "view_rating",
        "add_claim", "change_claim", "view_claim",
        "add_source", "change_source", "view_source",
        "add_evidence", "change_evidence", "delete_evidence", "view_evidence",
    ],
}
EDITOR = {
    "briefings": [*CHECKER["briefings"], "add_briefing", "change_briefing", "publish_briefing"],
    "factcheck": [*CHECKER["factcheck"], "assign_claim", "review_claim", "publish_claim", "dismiss_claim"],
}
ROLES = {"Checker": CHECKER, "Editor": EDITOR}


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = [
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codenames in grants.items()
            for codename in codenames
        ]
        group.permissions.set(permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("factcheck", "0003_workflow_permissions"),
        ("briefings", "0002_workflow_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
