"""The publication confirmation's button reads as a sentence whatever the count: "Yes, publish
the briefing" with no new verdict, "… and 1 new verdict", "… and 2 new verdicts"."""

import re

from django.urls import reverse

from ..factories import make_claim, make_statement
from .test_briefing_publish import a_briefing_with_one_of_each, approved_claim


def publish_button(client, briefing):
    page = client.get(reverse("admin:briefings_briefing_publish", args=[briefing.pk])).text
    return re.search(r'<button type="submit" class="button default">([^<]*)</button>', page)[1]


def test_with_no_new_verdict_the_button_says_publish_the_briefing_alone(client, editor):
    client.force_login(editor)
    assert publish_button(client, make_statement().briefing) == "Yes, publish the briefing"


def test_with_one_new_verdict_the_button_says_one_new_verdict(client, editor, checker):
    briefing, *_ = a_briefing_with_one_of_each(checker)
    client.force_login(editor)
    assert publish_button(client, briefing) == "Yes, publish the briefing and 1 new verdict"


def test_with_two_new_verdicts_the_button_says_two_new_verdicts(client, editor, checker):
    briefing, *_ = a_briefing_with_one_of_each(checker)
    approved_claim(checker, statement=briefing.statements.order_by("position").first(), text="Another.")
    client.force_login(editor)
    assert publish_button(client, briefing) == "Yes, publish the briefing and 2 new verdicts"


def test_with_no_verdict_to_take_down_the_withdraw_button_says_withdraw_the_briefing_alone(client, editor):
    briefing = make_claim().statement.briefing
    briefing.status = "published"
    briefing.save()
    client.force_login(editor)
    page = client.get(reverse("admin:briefings_briefing_withdraw", args=[briefing.pk])).text
    assert re.search(r'<button type="submit" class="button default">([^<]*)</button>', page)[1] == (
        "Yes, withdraw the briefing"
    )
