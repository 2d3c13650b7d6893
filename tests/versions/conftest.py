"""A small published desk for the published-version tests: one briefing, one published verdict
(researched by a checker, approved and published by an editor), and everyone who works on it."""

import pytest

from factcheck import services
from factcheck.models import Claim, Evidence, Rating

from ..factories import RATIONALE, age_everything, answer_checklist, make_source, make_statement, make_user


class Desk:
    def __init__(self):
        self.checker = make_user("checker", "Checker")
        self.editor = make_user("editor", "Editor")
        self.second_editor = make_user("editor2", "Editor")
        self.checker.first_name, self.checker.last_name = "Chris", "Checker"
        self.checker.save()
        self.editor.first_name, self.editor.last_name = "Eda", "Editor"
        self.editor.save()
        self.source = make_source()
        statement = make_statement()
        self.briefing = statement.briefing
        claim = services.make_claim(statement=statement, user=self.checker)
        claim = services.take_action(claim=claim, action="take", user=self.checker)
        services.save_evidence(
            evidence=Evidence(claim=claim, source=self.source, stance="supports", excerpt="140 ships"),
            user=self.checker,
        )
        claim.refresh_from_db()
        claim.rating = Rating.objects.get(slug="accurate")
        claim.rationale = RATIONALE
        answer_checklist(claim)
        claim = services.save_claim(claim=claim, user=self.checker, opened_version=claim.version)
        claim = services.take_action(claim=claim, action="submit", user=self.checker)
        claim = services.take_action(claim=claim, action="approve", user=self.editor)
        services.publish_briefing(briefing=self.briefing, user=self.editor)
        age_everything()  # published a while ago: the API dates only changes older than a second
        self.claim = Claim.objects.get(pk=claim.pk)

    def fresh(self):
        return Claim.objects.get(pk=self.claim.pk)


@pytest.fixture
def desk(db):
    return Desk()
