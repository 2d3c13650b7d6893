"""The schema is generated once per process, under a lock (factcheck.api.views.site): concurrent
requests all get it."""

from concurrent.futures import ThreadPoolExecutor

from django.test import Client

from factcheck.api.views import site as views


def fetch(_):
    response = Client().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    return response.status_code, response.content


def test_sixteen_concurrent_requests_all_get_the_same_schema(monkeypatch):
    monkeypatch.setattr(views, "_schemas", {})  # start cold, as a fresh worker does
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(fetch, range(16)))
    assert {status for status, _ in answers} == {200}
    assert len({content for _, content in answers}) == 1


def test_it_is_generated_once(monkeypatch):
    monkeypatch.setattr(views, "_schemas", {})
    fetch(0)
    generated = dict(views._schemas)
    fetch(1)
    assert views._schemas == generated
    assert len(generated) == 1
