"""The bench server's settings: the project's own (config.settings, read from the environment as
in production), with the bench's URLs (bench/baseline_urls.py adds the bare baseline view) and
static files collected into the bench's throwaway directory."""

import os
from pathlib import Path

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.baseline_urls"
STATIC_ROOT = Path(os.environ["FACTDESK_VAR_DIR"]) / "static"
