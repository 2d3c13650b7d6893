"""The API's JSON renderer (factcheck.api.renderers) writes exactly DRF's JSONRenderer's bytes,
or raises what it raises, whatever the data: orjson where the two agree, DRF's own path for the rest."""

import datetime
import decimal
import math

import pytest
from django.utils.functional import lazy
from hypothesis import given, settings
from hypothesis import strategies as st
from rest_framework.renderers import JSONRenderer

from factcheck.api import renderers
from factcheck.api.renderers import APIJSONRenderer

JSON_LIKE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=20,
)


def drf_and_ours(data, media_type=None):
    """Each renderer's bytes, or the type of what it raised."""
    answers = []
    for renderer in (JSONRenderer(), APIJSONRenderer()):
        try:
            answers.append(renderer.render(data, media_type, {}))
        except Exception as error:  # noqa: BLE001 -- the same failure is part of the contract
            answers.append(type(error))
    return answers


@settings(max_examples=400, deadline=None)
@given(JSON_LIKE)
def test_it_writes_what_drf_writes_for_any_json_like_data(data):
    ours, drf = drf_and_ours(data)[::-1]
    assert ours == drf


def test_it_escapes_line_and_paragraph_separators_as_drf_does():
    data = {"text": "one\u2028two\u2029three"}
    assert APIJSONRenderer().render(data) == b'{"text":"one\\u2028two\\u2029three"}'


@pytest.mark.parametrize("number", [1e-5, -3.5e-7, 5e-324])
def test_it_writes_floats_below_1e_4_as_drf_does(number):
    drf, ours = drf_and_ours({"similarity": number})
    assert ours == drf


@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf])
def test_it_refuses_what_is_not_a_json_number_as_drf_does(number):
    with pytest.raises(ValueError, match="Out of range float values are not JSON compliant"):
        APIJSONRenderer().render({"value": number})


@pytest.mark.parametrize(
    "value",
    [
        datetime.datetime(2026, 12, 6, 18, 30, 5, 123456, tzinfo=datetime.UTC),
        datetime.date(2026, 12, 6),
        decimal.Decimal("1.10"),
        lazy(lambda: "a lazy string", str)(),
        2**64,
        {1: "an int key"},
        {type("Key", (str,), {})("a str subclass as key"): 1},
        type("Text", (str,), {})("a str subclass"),
        "a lone surrogate \ud800",
        (1, 2),
    ],
)
def test_what_only_drfs_encoder_writes_goes_to_drf(value):
    drf, ours = drf_and_ours({"value": [value]})
    assert ours == drf


def test_an_indented_answer_is_drfs():
    drf, ours = drf_and_ours({"a": [1, {"b": None}]}, "application/json; indent=4")
    assert ours == drf
    assert ours.startswith(b'{\n    "a"')


def test_plain_data_is_written_by_orjson(monkeypatch):
    monkeypatch.setattr(JSONRenderer, "render", lambda *args: pytest.fail("DRF's renderer was used"))
    assert APIJSONRenderer().render({"results": [{"id": 1, "ok": True, "note": "é"}]}) == (
        '{"results":[{"id":1,"ok":true,"note":"é"}]}'.encode()
    )


def test_data_with_a_date_is_not_written_by_orjson(monkeypatch):
    monkeypatch.setattr(renderers.orjson, "dumps", lambda data: b'"orjson"')
    assert APIJSONRenderer().render({"on": datetime.date(2026, 12, 6)}) == b'{"on":"2026-12-06"}'
