from django.apps import AppConfig
from django.core import checks


class FactcheckConfig(AppConfig):
    name = "factcheck"
    verbose_name = "Fact-checks"

    def ready(self):
        from briefings.signals import revision_imported
        from config.checks import check_newsroom_url

        from .services.anchoring import reanchor_claims

        checks.register(check_newsroom_url, "factdesk", deploy=True)
        # Claims follow their sentences into a briefing's new revision (briefings knows no claims).
        revision_imported.connect(reanchor_claims, dispatch_uid="factcheck.reanchor_claims")
