"""/robots.txt: crawlers kept out of the desk and pointed at the sitemap."""


def test_it_points_at_the_sitemap_and_keeps_crawlers_out_of_the_desk(client, db):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_it_answers_head(client, db):
    assert client.head("/robots.txt").status_code == 200


def test_it_refuses_post(client, db):
    assert client.post("/robots.txt").status_code == 405
