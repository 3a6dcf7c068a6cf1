# The two commands of the README: `make run` and `make test`. See CONTRACTS.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export DJANGO_DEBUG ?= 1

.PHONY: run test install install-test messages bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# .mo files are committed; this rebuilds them after editing a .po file.
messages: install
	$(BIN)/python manage.py compilemessages --ignore '.venv/*'

run: install
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python manage.py load_demo_data
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install-test
	mkdir -p var
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	scripts/with-postgres.sh bash -c '\
	  $(BIN)/python manage.py makemigrations --check --dry-run && \
	  $(BIN)/python -m pytest $(PYTEST_ARGS)'

# Scale data on PostgreSQL (kept in var/bench-pg), gunicorn, wrk. See the README's Performance.
bench: install
	scripts/bench.sh

clean:
	rm -rf $(VENV) var
