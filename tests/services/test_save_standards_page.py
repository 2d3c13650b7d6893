"""services.save_standards_page: admins only, whatever door calls it; the HTML cleaned; the change
kept in the page's history."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.flatpages.models import FlatPage

from factcheck import services
from factcheck.services import WorkflowError

pytestmark = pytest.mark.django_db
CONTACT = "/standards/contact/"


def contact():
    return FlatPage.objects.get(url=CONTACT)


def save(user, content="<p>Write to desk@example.org.</p>", page=None, title="Contact"):
    return services.save_standards_page(page=page or contact(), user=user, title=title, content=content)


@pytest.mark.parametrize("who", ["checker", "editor", "staff_member"])
def test_it_refuses_anyone_but_an_admin_and_changes_nothing(request, who):
    before = contact().content
    with pytest.raises(WorkflowError, match="that is for admins"):
        save(request.getfixturevalue(who))
    assert contact().content == before


def test_it_saves_an_admins_page(superuser):
    save(superuser)
    assert contact().content == "<p>Write to desk@example.org.</p>"


def test_it_cleans_script_and_javascript_links_away(superuser):
    save(superuser, '<p onclick="x()">Hi <a href="javascript:alert(1)">me</a></p><script>alert(2)</script>')
    assert contact().content == '<p>Hi <a rel="noopener noreferrer">me</a></p>'


def test_it_keeps_web_and_mail_links(superuser):
    save(
        superuser, '<p><a href="https://example.org/">site</a> <a href="mailto:desk@example.org">mail</a></p>'
    )
    assert 'href="https://example.org/"' in contact().content
    assert 'href="mailto:desk@example.org"' in contact().content


def test_it_keeps_who_changed_what_in_the_pages_history(superuser):
    save(superuser)
    entry = LogEntry.objects.get(object_id=str(contact().pk))
    assert (entry.user, entry.get_change_message()) == (superuser, "Changed content.")


def test_it_refuses_a_page_that_is_not_a_standards_page(superuser):
    other = FlatPage.objects.create(url="/about/", title="About", content="<p>Old.</p>")
    with pytest.raises(WorkflowError, match="Only the standards pages"):
        save(superuser, page=other, title="About")
    assert FlatPage.objects.get(url="/about/").content == "<p>Old.</p>"


def test_it_refuses_an_empty_title_and_changes_nothing(superuser):
    with pytest.raises(WorkflowError, match="title"):
        save(superuser, title="  ")
    assert contact().title == "Contact"
