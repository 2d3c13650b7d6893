# Two commands for a fresh machine: `make run` and `make test`. Both create .venv with the
# machine's python3 and install requirements.txt first (again only when it changes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Links in ClaimReview and workflow mail point at the server `make run` starts, unless given.
FACTDESK_NEWSROOM_URL ?= http://$(HOST):$(PORT)/

.PHONY: install run serve test test-fast lint check-deploy screenshots bench clean

install: $(STAMP)

$(STAMP): requirements.txt
	@echo "==> Creating $(VENV) with $$($(PYTHON) --version)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "==> Installing requirements.txt into $(VENV) (about a minute on a fresh machine; quiet until done)"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

run: install
	@echo "==> Migrating the database ($${DATABASE_URL:-SQLite file var/factdesk.sqlite3})"
	DJANGO_DEBUG=1 FACTDESK_NEWSROOM_URL=$(FACTDESK_NEWSROOM_URL) $(BIN)/python manage.py migrate --no-input
	@echo "==> Loading the demo briefing and users"
	DJANGO_DEBUG=1 $(BIN)/python manage.py load_demo
	@echo "==> Serving Factdesk with Django's development server on http://$(HOST):$(PORT)/ (links in ClaimReview and mail: $(FACTDESK_NEWSROOM_URL))"
	DJANGO_DEBUG=1 FACTDESK_NEWSROOM_URL=$(FACTDESK_NEWSROOM_URL) $(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production on one machine: DEBUG off, gunicorn with 2 workers, static files collected, the SQLite
# file under var/ unless DATABASE_URL says otherwise, and a secret key generated once and kept in
# var/secret_key (readable by its owner only). Plain HTTP on $(HOST):$(PORT) for a TLS proxy in front:
# there set SECURE_SSL_REDIRECT=1 and TRUSTED_PROXY_COUNT=1 (see config/settings/).
SECRET_KEY_FILE := var/secret_key
SECURE_SSL_REDIRECT ?= 0
SERVE := DJANGO_DEBUG=0 SECURE_SSL_REDIRECT=$(SECURE_SSL_REDIRECT) FACTDESK_NEWSROOM_URL=$(FACTDESK_NEWSROOM_URL)

serve: install
	@mkdir -p var
	@test -s $(SECRET_KEY_FILE) || (umask 077 && $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > $(SECRET_KEY_FILE))
	@echo "==> Migrating the database ($${DATABASE_URL:-SQLite file var/factdesk.sqlite3}) and collecting static files"
	SECRET_KEY=$$(cat $(SECRET_KEY_FILE)) $(SERVE) $(BIN)/python manage.py migrate --no-input
	SECRET_KEY=$$(cat $(SECRET_KEY_FILE)) $(SERVE) $(BIN)/python manage.py collectstatic --no-input --verbosity 0
	@echo "==> Serving Factdesk with gunicorn (2 workers, DEBUG off) on http://$(HOST):$(PORT)/"
	SECRET_KEY=$$(cat $(SECRET_KEY_FILE)) $(SERVE) $(BIN)/gunicorn config.wsgi:application -c config/gunicorn.py --workers 2 --bind $(HOST):$(PORT)

# The suite runs on every core (pytest-xdist; each worker keeps the collection's order, see
# tests/conftest.py; with REDIS_URL each worker has a Redis database of its own, the URL's number
# plus one plus its own). TEST_WORKERS=0 asks for one process (a debugger, -x).
TEST_WORKERS ?= auto
XDIST := -n $(TEST_WORKERS) --dist load
# Bytecode is written for the tests even where the machine asks Python not to: without it each
# worker compiles the project and rewrites every test module's asserts again (5 s a worker).
TEST_ENV := PYTHONDONTWRITEBYTECODE=

test: install
	@echo "==> Running the test suite ($${DATABASE_URL:-SQLite}; workers: $(TEST_WORKERS))"
	$(TEST_ENV) $(BIN)/python -m pytest $(XDIST) $(PYTEST_ARGS)

test-fast: install
	@echo "==> Running the test suite without the tests marked slow ($${DATABASE_URL:-SQLite}; workers: $(TEST_WORKERS))"
	$(TEST_ENV) $(BIN)/python -m pytest $(XDIST) -m "not slow" $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .

check-deploy: install
	DJANGO_DEBUG=0 SECRET_KEY=check-deploy-$$(date +%s)-not-a-real-secret-but-long-enough-for-django \
		ALLOWED_HOSTS=factdesk.example FACTDESK_NEWSROOM_URL=https://factdesk.example/ \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis staticfiles

# The benchmark suite (a few minutes; BENCH_ARGS=--quick for a smoke run, --no-postgresql for SQLite
# only): one table on SQLite and, when it answers, PostgreSQL; see docs/benchmarks.md.
bench: install
	$(BIN)/python bench/suite.py $(BENCH_ARGS)
	@echo "The other scripts in bench/ run by hand; see docs/benchmarks.md (the segmenters need bench/requirements.txt)."

screenshots: install
	$(BIN)/python docs/screenshots.py
	@echo "==> A day on the desk, steps 1 to 6, photographed by its browser test"
	FACTDESK_SCREENSHOT_DIR=docs/screenshots FACTDESK_REQUIRE_BROWSER=1 $(BIN)/python -m pytest -q -p no:randomly tests/in_browser/test_day_on_the_desk.py
