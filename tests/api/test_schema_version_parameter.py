"""drf-spectacular reads `?version=` on the schema and, with no versioning scheme set (the API has
one version, in its paths), took any value: echoed into the schema's `info.version` and the
Content-Disposition file name (a quotation mark ended the name there), a line break answered 500
(Django refuses it in a header), and each new value generated a whole schema, under the one
lock, and kept it for the life of the worker. The parameter names no version of this API, so it
is ignored."""

import json

import pytest

from factcheck.api.views import site as views

JSON = "application/vnd.oai.openapi+json"


def fetch(client, version):
    client.raise_request_exception = False
    return client.get("/api/schema/", {"version": version}, HTTP_ACCEPT=JSON)


@pytest.mark.parametrize("version", ["\r\nX-Evil: 1", "\n", "\u2028"])
def test_a_line_break_in_the_version_is_no_server_error(client, db, version):
    response = fetch(client, version)
    assert response.status_code == 200
    assert "X-Evil" not in response


def test_the_file_name_does_not_echo_a_made_up_version(client, db):
    response = fetch(client, "x\"; filename*=UTF-8''evil.exe")
    assert response["Content-Disposition"] == 'inline; filename="Factdesk API.json"'


def test_the_schema_does_not_echo_a_made_up_version(client, db):
    assert json.loads(fetch(client, "<b>made up</b>").content)["info"]["version"] == "1"


def test_made_up_versions_do_not_each_keep_a_schema(client, db, monkeypatch):
    monkeypatch.setattr(views, "_schemas", {})
    for number in range(5):
        fetch(client, f"v{number}")
    assert len(views._schemas) == 1


def test_the_schema_without_a_version_is_unchanged(client, db):
    client.get("/api/schema/", HTTP_ACCEPT=JSON)
    plain = client.get("/api/schema/", HTTP_ACCEPT=JSON)
    assert fetch(client, "2").content == plain.content
