"""An outside client in Node 20 (tests/api/clients/paging_client.mjs, global fetch, no packages)
against a live server: it pages through every claim by the `Link` header, checks the total,
revalidates with If-None-Match and reads gzip. One live test: it is slow beside the others."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck.models import Claim

NODE = shutil.which("node")
CLIENT = Path(__file__).parent / "clients" / "paging_client.mjs"

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(NODE is None, reason="Node.js is not installed"),
]


def test_a_node_client_pages_through_every_claim_by_link_and_revalidates(live_server, live_demo):
    finished = subprocess.run(
        [NODE, str(CLIENT), live_server.url], capture_output=True, text=True, timeout=60, check=False
    )
    assert finished.returncode == 0, finished.stderr
    found = json.loads(finished.stdout)
    assert found["claims"] == Claim.objects.public().count() == found["pages"]
