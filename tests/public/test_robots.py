"""/robots.txt: crawlers kept out of the desk and pointed at the sitemap."""


def test_it_points_at_the_sitemap_and_keeps_crawlers_out_of_the_desk(client, db, settings):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert f"Sitemap: {settings.FACTDESK_NEWSROOM_URL}sitemap.xml" in body


def test_its_sitemap_is_at_the_newsroom_url_not_the_requests_host(client, db, settings):
    """The sitemap's entries are on FACTDESK_NEWSROOM_URL: robots.txt names it there too."""
    settings.FACTDESK_NEWSROOM_URL = "https://news.example/"
    body = client.get("/robots.txt", HTTP_HOST="localhost").content.decode()
    assert "Sitemap: https://news.example/sitemap.xml" in body


def test_it_answers_head(client, db):
    assert client.head("/robots.txt").status_code == 200


def test_it_refuses_post(client, db):
    assert client.post("/robots.txt").status_code == 405
