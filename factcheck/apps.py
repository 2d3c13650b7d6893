from django.apps import AppConfig
from django.core import checks
from django.db.models.signals import post_migrate


class FactcheckConfig(AppConfig):
    name = "factcheck"
    verbose_name = "Fact-checks"

    def ready(self):
        from briefings.signals import revision_imported, statements_edited
        from config import passwords
        from config.checks import check_min_rationale_length, check_newsroom_url, check_publish_checklist

        from . import folding
        from .api import authentication
        from .caching import triggers
        from .services.anchoring import reanchor_claims
        from .services.splitting import follow_statement_edit
        from .standards import site_in_step

        checks.register(check_newsroom_url, "factdesk", deploy=True)
        checks.register(check_publish_checklist, "factdesk")
        checks.register(check_min_rationale_length, "factdesk")
        # Claims follow their sentences into a briefing's new revision (briefings knows no claims).
        revision_imported.connect(reanchor_claims, dispatch_uid="factcheck.reanchor_claims")
        # ...and an editor's corrections of the split (split, merge, hide).
        statements_edited.connect(follow_statement_edit, dispatch_uid="factcheck.follow_statement_edit")
        # A new password revokes its owner's API token, whatever door set it.
        passwords.connect()
        # ...and a token holds only under the password it was issued under, whatever the path.
        authentication.connect(passwords.password_rehashed)
        # Text filters and search match "in any case" for every letter, on SQLite too.
        folding.connect()
        # The public cache hears of every change that reaches the public.
        triggers.connect()
        # The one Site (flatpages needs the sites framework) follows FACTDESK_NEWSROOM_URL.
        post_migrate.connect(site_in_step, sender=self, dispatch_uid="factcheck.site_in_step")
