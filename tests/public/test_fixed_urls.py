"""The layout's addresses found once per process (`{% page_url %}`, `{% static_url %}`): the same
as `{% url %}` and `{% static %}` give, never one kept from other settings or another script prefix."""

import pytest
from django.http import HttpResponse
from django.template import Context, RequestContext, Template, TemplateSyntaxError
from django.test import RequestFactory, override_settings
from django.urls import path, set_script_prefix

#: A URLconf for the test below: "home" somewhere else than the site's.
urlpatterns = [path("elsewhere/", lambda request: HttpResponse(), name="home")]


def rendered(source, request=None):
    context = Context() if request is None else RequestContext(request)
    return Template("{% load fixed_urls %}" + source).render(context)


@pytest.mark.parametrize("name", ["home", "feed-rss", "api:docs", "admin:index", "submit-claim"])
def test_a_page_url_is_the_address_url_gives(name):
    assert rendered(f"{{% page_url '{name}' %}}") == rendered(f"{{% url '{name}' %}}")


def test_a_page_url_follows_the_script_prefix():
    rendered("{% page_url 'feed-rss' %}")
    set_script_prefix("/newsroom/")
    try:
        assert rendered("{% page_url 'feed-rss' %}") == "/newsroom/feeds/fact-checks/"
    finally:
        set_script_prefix("/")


def test_each_request_reads_the_script_prefix_it_was_served_under():
    assert rendered("{% page_url 'feed-rss' %}", RequestFactory().get("/")) == "/feeds/fact-checks/"
    set_script_prefix("/newsroom/")
    try:
        request = RequestFactory().get("/")
        assert rendered("{% page_url 'feed-rss' %}", request) == "/newsroom/feeds/fact-checks/"
    finally:
        set_script_prefix("/")


def test_a_page_url_follows_a_changed_urlconf():
    rendered("{% page_url 'home' %}")
    with override_settings(ROOT_URLCONF=__name__):
        assert rendered("{% page_url 'home' %}") == "/elsewhere/"
    assert rendered("{% page_url 'home' %}") == "/"


def test_a_page_url_takes_no_arguments():
    with pytest.raises(TemplateSyntaxError):
        Template("{% load fixed_urls %}{% page_url 'claim' 1 %}")


@pytest.mark.parametrize(
    "tag", ["static_url 'factdesk/site.css' %}", "static_url 'factdesk/site.css' as css %}{{ css }}"]
)
def test_a_static_url_is_the_address_static_gives(tag):
    expected = rendered("{% load static %}{% " + tag.replace("static_url", "static"))
    assert rendered("{% " + tag) == expected
    assert expected.endswith("factdesk/site.css")


def test_a_static_url_follows_a_changed_static_url():
    rendered("{% static_url 'factdesk/site.css' %}")
    with override_settings(STATIC_URL="/assets/"):
        assert rendered("{% static_url 'factdesk/site.css' %}") == "/assets/factdesk/site.css"
