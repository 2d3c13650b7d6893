"""Each API token keeps a keyed fingerprint of the password its owner held when it was issued
(factcheck.api.authentication refuses it once the password changes, by any path). The tokens
that exist already are taken as issued under their owner's present password, so they keep
working."""

import django.db.models.deletion
from django.db import migrations, models

from factcheck.models.tokens import password_fingerprint


def fingerprint_existing_tokens(apps, schema_editor):
    Token = apps.get_model("authtoken", "Token")
    TokenPassword = apps.get_model("factcheck", "TokenPassword")
    db = schema_editor.connection.alias
    TokenPassword.objects.using(db).bulk_create(
        TokenPassword(token_id=key, fingerprint=password_fingerprint(password))
        for key, password in Token.objects.using(db).values_list("key", "user__password").iterator()
    )


class Migration(migrations.Migration):

    dependencies = [
        ('authtoken', '0004_alter_tokenproxy_options'),
        ('factcheck', '0028_claim_version_keys'),
    ]

    operations = [
        migrations.CreateModel(
            name='TokenPassword',
            fields=[
                ('token', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='issued_under', serialize=False, to='authtoken.token')),
                ('fingerprint', models.CharField(help_text="A keyed fingerprint of the owner's password hash when the token was issued.", max_length=32)),
            ],
            options={
                'verbose_name': "API token's password",
                'verbose_name_plural': "API tokens' passwords",
            },
        ),
        migrations.RunPython(fingerprint_existing_tokens, migrations.RunPython.noop, elidable=True),
    ]
