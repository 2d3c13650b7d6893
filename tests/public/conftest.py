import pytest

from factcheck.demo import load_demo


@pytest.fixture
def demo(db):
    """The demo desk: the sample briefing published with three published verdicts, and claims in
    every other state that no reader may see."""
    users, result = load_demo()
    return result.briefing


@pytest.fixture
def demo_editor(demo, django_user_model):
    """The demo desk's editor, who may read every draft on the desk."""
    return django_user_model.objects.get(username="editor")
