"""API tokens are stored as digests of their keys (factcheck.models.tokens), not the keys. A digest
cannot be turned back into a key, so each stored key is replaced by its digest in place and keeps
working: in the token table, in its password fingerprints (keyed by the token) and in the admin's
log, which named a token by its key.

Going back deletes every token: the code before read the table as keys, so a digest left there
would work as a key to whoever reads the database. An admin then issues new ones."""

from django.db import migrations

from factcheck.models.tokens import key_digest


def hash_keys(apps, schema_editor):
    db = schema_editor.connection.alias
    Token = apps.get_model("authtoken", "Token")
    TokenPassword = apps.get_model("factcheck", "TokenPassword")
    log = apps.get_model("admin", "LogEntry").objects.using(db).filter(content_type__app_label="authtoken")
    # The foreign key from TokenPassword is checked at commit (deferred, on SQLite and PostgreSQL).
    for key in list(Token.objects.using(db).values_list("key", flat=True)):
        digest = key_digest(key)
        Token.objects.using(db).filter(key=key).update(key=digest)
        TokenPassword.objects.using(db).filter(token_id=key).update(token_id=digest)
        log.filter(object_repr=key).update(object_repr=digest)
        log.filter(object_id=key).update(object_id=digest)


def forget_tokens(apps, schema_editor):
    apps.get_model("authtoken", "Token").objects.using(schema_editor.connection.alias).all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("authtoken", "0004_alter_tokenproxy_options"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("factcheck", "0030_claim_withdrawal"),
    ]

    operations = [migrations.RunPython(hash_keys, forget_tokens)]
