"""A parameter given twice: the list read only its last value and dropped the others without a
word (`?rating=accurate&rating=misleading` listed the misleading claims alone, and
`?rating=accurate&rating=` every claim). It now answers 400 naming the parameter; the same value
twice reads as once, and a parameter the list does not read may repeat."""

from .callers import API


def test_a_filter_given_twice_with_different_values_answers_400_naming_it(desk, client):
    response = client.get(f"{API}claims/?rating=accurate&rating=misleading")
    assert response.status_code == 400
    assert list(response.json()) == ["rating"]


def test_a_filter_followed_by_an_empty_copy_answers_400(desk, client):
    response = client.get(f"{API}claims/?rating=accurate&rating=")
    assert response.status_code == 400


def test_a_filter_given_twice_with_the_same_value_reads_as_once(desk, client):
    twice = client.get(f"{API}claims/?rating=accurate&rating=accurate")
    once = client.get(f"{API}claims/?rating=accurate")
    assert twice.status_code == 200
    assert twice.json()["results"] == once.json()["results"]


def test_ordering_given_twice_answers_400(desk, client):
    response = client.get(f"{API}sources/?ordering=id&ordering=-id")
    assert response.status_code == 400
    assert "ordering" in response.json()


def test_page_size_given_twice_answers_400(desk, client):
    response = client.get(f"{API}statements/?page_size=500&page_size=10")
    assert response.status_code == 400
    assert "page_size" in response.json()


def test_include_given_twice_on_a_detail_answers_400(desk, client):
    claim = desk.public_claims[0]
    response = client.get(f"{API}claims/{claim.pk}/?include=unpublished&include=")
    assert response.status_code == 400
    assert "include" in response.json()


def test_a_parameter_the_list_does_not_read_may_repeat(desk, client):
    response = client.get(f"{API}claims/?_=1&_=2")
    assert response.status_code == 200


def test_a_cached_answer_for_one_value_is_not_served_when_the_parameter_repeats(desk, client):
    assert client.get(f"{API}claims/?rating=accurate").status_code == 200  # kept in the public cache
    response = client.get(f"{API}claims/?rating=misleading&rating=accurate")
    assert response.status_code == 400
