# The two commands of the README: `make run` and `make test`. See CONTRACTS.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test lint install install-test messages bench bench-prod clean system-pdf system-browser system-nginx

# Debian packages, installed only when missing (as root, or through sudo).
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
APT_INSTALL := $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq

# The PDF: WeasyPrint needs Pango (with its fontconfig) and a font family for the sans-serif.
system-pdf:
	@missing=""; \
	ldconfig -p | grep -q 'libpango-1.0.so' || missing="$$missing libpango-1.0-0 libpangoft2-1.0-0"; \
	{ command -v fc-list >/dev/null && fc-list | grep -qiE 'dejavu|liberation'; } || missing="$$missing fontconfig fonts-dejavu-core fonts-liberation"; \
	if [ -n "$$missing" ]; then echo "Installing:$$missing"; $(APT_INSTALL) $$missing; fi

# The configuration test (tests/deploy): Debian's nginx and openssl (a throwaway certificate).
system-nginx:
	@command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "Installing nginx"; $(APT_INSTALL) nginx openssl; }

# The browser tests: Debian's Chromium, which Playwright drives (it downloads no browser of its own).
system-browser:
	@[ -x /usr/bin/chromium ] || { echo "Installing chromium"; $(APT_INSTALL) chromium; }

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# .mo files are committed; this rebuilds them after editing a .po file.
messages: export DJANGO_DEBUG ?= 1
messages: install
	$(BIN)/python manage.py compilemessages --ignore '.venv/*'

# make run is a developer's server: debug on unless said otherwise. make test runs with debug off,
# as production does.
run: export DJANGO_DEBUG ?= 1
# The absolute links inside the published files (rendered off the request path) name this server.
run: export DJANGO_SITE_URL ?= http://127.0.0.1:$(PORT)
run: install system-pdf
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py setup_roles
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python manage.py load_demo_data
	PORT=$(PORT) $(BIN)/honcho --procfile Procfile.dev start

test: export DJANGO_DEBUG = 0
test: export DJANGO_SECRET_KEY ?= throwaway-key-of-make-test-never-used-elsewhere-0123456789
# ruff's lint and format checks, with the configuration of pyproject.toml; make test runs them first.
lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install-test system-pdf system-browser system-nginx lint
	mkdir -p var
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	scripts/with-postgres.sh bash -c '\
	  $(BIN)/python manage.py makemigrations --check --dry-run && \
	  $(BIN)/python -m pytest $(PYTEST_ARGS)'

# Scale data on PostgreSQL (kept in var/bench-pg), gunicorn, wrk. See the README's Performance.
bench: install
	scripts/bench.sh

# The production topology on the loopback: nginx, two instances, the worker. See the README.
bench-prod: install
	scripts/bench-prod.sh

clean:
	rm -rf $(VENV) var
