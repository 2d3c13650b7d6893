"""On a claim in review, Dismiss stops the check: the workflow box marks it apart from Request
changes, which moves the check on, so the page can draw it as a different kind of action."""

import re

from django.urls import reverse

from ..factories import make_submitted_claim


def workflow_buttons(client, claim):
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text
    box = page[
        page.index('id="workflow-heading"') : page.index("</section>", page.index('id="workflow-heading"'))
    ]
    return {
        value: classes
        for classes, value in re.findall(r'class="([^"]*)" name="_workflow" value="(\w+)"', box)
    }


def test_dismiss_is_marked_as_ending_the_check_in_the_workflow_box(client, checker, editor):
    client.force_login(editor)
    assert "ends-the-check" in workflow_buttons(client, make_submitted_claim(checker))["dismiss"].split()


def test_request_changes_is_not_marked_as_ending_the_check(client, checker, editor):
    client.force_login(editor)
    buttons = workflow_buttons(client, make_submitted_claim(checker))
    assert buttons["request_changes"] != buttons["dismiss"]
    assert "ends-the-check" not in buttons["request_changes"].split()
