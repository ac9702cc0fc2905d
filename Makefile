# The two commands of the README:
#   make demo   - a virtualenv with rasd's default dependencies, the web assets, then `rasd demo`
#   make test   - a virtualenv with `.[dev]`, the system packages the tests need, ruff, pytest
# Re-running is cheap: each install step leaves a stamp in the virtualenv and is redone only
# when pyproject.toml changes.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?= -q
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test web browser postgres-server lint clean-stamps

demo: $(VENV)/.default-installed web
	$(BIN)/rasd demo

# ruff and pytest both run, so one report shows both; the target fails if either failed.
test: $(VENV)/.dev-installed web browser postgres-server
	@set -u; lint=0; $(BIN)/ruff check src tests || lint=$$?; \
	url="$${RASD_PG_URL:-}"; \
	if [ -z "$$url" ] && [ -x scripts/start-postgres.sh ]; then \
		url="$$(scripts/start-postgres.sh)" || { echo "make test: PostgreSQL did not start; its tests will skip" >&2; url=""; }; \
	fi; \
	rc=0; RASD_PG_URL="$$url" $(BIN)/pytest $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests"; rc=0; fi; \
	if [ $$lint -ne 0 ]; then echo "make test: ruff found problems (exit $$lint)" >&2; [ $$rc -ne 0 ] || rc=$$lint; fi; \
	exit $$rc

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check src tests

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.default-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@ $(VENV)/.default-installed

# The dashboard's JavaScript and map data (git-ignored build output); the demo goes on without it.
web:
	@if [ -x scripts/build-web.sh ] && [ -d web-src ]; then \
		scripts/build-web.sh || echo "make: web assets not built (see above); the demo does not need them" >&2; \
	fi

# Headless Chromium for the browser tests (marker `browser`); they skip when it is absent.
browser:
	@if [ -x scripts/install-browser.sh ]; then \
		scripts/install-browser.sh || echo "make: chromium not installed; browser tests will skip" >&2; \
	fi

# A PostgreSQL server for the store tests (marker `postgres`), from the distribution's packages.
postgres-server:
	@if ! command -v pg_ctl >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then \
		$(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends postgresql \
		|| echo "make: PostgreSQL not installed; postgres tests will skip" >&2; \
	fi

clean-stamps:
	rm -f $(VENV)/.default-installed $(VENV)/.dev-installed
