from django.apps import AppConfig
from django.core import checks


class FactcheckConfig(AppConfig):
    name = "factcheck"
    verbose_name = "Fact-checks"

    def ready(self):
        from config.checks import check_newsroom_url

        checks.register(check_newsroom_url, "factdesk", deploy=True)
