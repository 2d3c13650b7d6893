import pytest

from factcheck.demo import load_demo


@pytest.fixture
def demo(db):
    """The demo desk: the sample briefing published with three published verdicts, and claims in
    every other state that no reader may see."""
    users, result = load_demo()
    return result.briefing
