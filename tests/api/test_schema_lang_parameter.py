"""drf-spectacular's schema view activates whatever language `?lang=` names, and Django keeps a
translation object for each language ever activated, for the life of the worker: anonymous
callers could grow every worker's memory by about 6 KB per made-up name (`?lang=zz1`,
`?lang=zz2`, …), and have Django look for catalogues under any path (`?lang=../../x`). The
schema is kept once per worker whatever the language (factcheck.api.views.site), so the first
caller's language was everybody's anyway; the API is written in English, and `?lang=` is
ignored."""

import pytest
from django.utils.translation import trans_real

JSON = "application/vnd.oai.openapi+json"


@pytest.fixture
def languages_loaded(client, db):
    client.get("/api/schema/", HTTP_ACCEPT=JSON)
    return len(trans_real._translations)


def test_made_up_languages_load_no_translations(client, languages_loaded):
    for number in range(5):
        assert client.get("/api/schema/", {"lang": f"zz{number}"}, HTTP_ACCEPT=JSON).status_code == 200
    assert len(trans_real._translations) == languages_loaded


def test_a_path_as_a_language_loads_nothing(client, languages_loaded):
    client.get("/api/schema/", {"lang": "../../../../tmp/x"}, HTTP_ACCEPT=JSON)
    assert len(trans_real._translations) == languages_loaded


def test_the_schema_in_another_language_is_the_schema(client, languages_loaded):
    plain = client.get("/api/schema/", HTTP_ACCEPT=JSON).content
    assert client.get("/api/schema/", {"lang": "de"}, HTTP_ACCEPT=JSON).content == plain
