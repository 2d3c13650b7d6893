"""Does the password-reset answer's timing tell who has an account? Median time for a known and
an unknown address, alternating, with the in-memory mail backend.

    .venv/bin/python bench/password_reset_timing.py
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from public_pages import setup_site  # noqa: E402


def main():
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory:
        setup_site(directory)
        from django.contrib.auth import get_user_model
        from django.test import Client
        from django.test.utils import override_settings

        get_user_model().objects.create_user(
            "known", "known@factdesk.invalid", "pw-known-123456", is_staff=True
        )
        client = Client()

        def timed(email):
            started = time.perf_counter()
            client.post("/accounts/password_reset/", {"email": email})
            return time.perf_counter() - started

        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend", AXES_ENABLED=False
        ):
            for _ in range(20):
                timed("known@factdesk.invalid"), timed("nobody@factdesk.invalid")
            known, unknown = [], []
            for _ in range(300):
                known.append(timed("known@factdesk.invalid"))
                unknown.append(timed("nobody@factdesk.invalid"))
        print(f"known address: median {statistics.median(known) * 1000:.2f} ms")
        print(f"unknown address: median {statistics.median(unknown) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
