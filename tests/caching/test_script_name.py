"""An answer is kept under the address Django resolved, not only the path it reports: the path
(`request.path`) is the script name followed by the path the URLconf reads (`path_info`), so a
request whose server-given script name was `/x` for `/x/claims/1/` was kept under the same path
as a plain request for `/x/claims/1/`, which no URL names, and the claim page then answered it
from the cache (200 for a 404). A client sets the script name only through a server that takes
it from a header (gunicorn from a trusted forwarder, `SCRIPT_NAME`), but the cache must not
depend on that (the eighth outside test)."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_page_kept_under_a_script_name_is_not_served_at_the_same_path_without_it(client, desk):
    url = f"/claims/{desk.claim_pk}/"
    assert client.get(url, SCRIPT_NAME="/x").status_code == 200
    assert client.get("/x" + url).status_code == 404


def test_a_page_kept_under_a_script_name_is_served_again_under_it(client, desk):
    url = f"/claims/{desk.claim_pk}/"
    first = client.get(url, SCRIPT_NAME="/x")
    again = client.get(url, SCRIPT_NAME="/x")
    assert again.status_code == 200
    assert again["ETag"] == first["ETag"]
