# Briefdesk toolchain. `make demo` runs the product on the embedded default; `make test` passes the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
CORPUS ?= ../shared/seeds
PORT ?= 8000
PYTEST_ARGS ?=

export CORPUS

.PHONY: install demo test bench-smoke lint typecheck format ci clean-var backup restore

$(VENV)/.installed: requirements/base.txt requirements/prod.txt requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements/dev.txt
	touch $@

install: $(VENV)/.installed

demo: install
	@$(MANAGE) rundemo --preflight --port $(PORT)
	$(MANAGE) migrate --noinput
	$(MANAGE) setup_roles --demo-users
	$(MANAGE) import_sources --user demo-editor $(CORPUS)
	$(MANAGE) load_demo_briefing
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) rundemo --port $(PORT)

# The browser tests drive Debian's chromium: installed here when we may (root with apt-get); otherwise the
# run says how many browser tests it deselected and why. CI sets REQUIRE_BROWSER=1, so they never go missing.
test: install
	@[ -x /usr/bin/chromium ] || [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1 || \
		{ echo "installing Debian's chromium for the browser tests (apt-get)"; \
		  apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1; } || true
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_ARGS)

# The benchmark harnesses end to end on tiny sizes (tests/bench/, marked bench_smoke; about 1¾ minutes):
# a tiny `make bench`, `make bench-growth` and `make loadtest`. Not timed; `make test` leaves them out,
# CI runs them. No test selected is a failure (pytest exits 5), so a lost marker cannot pass quietly.
bench-smoke: install
	$(PY) -m pytest --bench-smoke -m bench_smoke tests/bench $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# mypy with the Django and DRF plugins over the services, selectors and pure cores ([tool.mypy] in
# pyproject.toml lists them); CI runs it.
typecheck: install
	$(VENV)/bin/mypy

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

ci:
	bash .ci/run

clean-var:
	rm -rf var/celery var/staticfiles

backup: install
	$(MANAGE) backup_database

# make restore BACKUP=var/backups/briefdesk-….sqlite3 (stop the web server and workers first)
restore: install
	@test -n "$(BACKUP)" || (echo "usage: make restore BACKUP=path/to/backup" && exit 2)
	$(MANAGE) restore_database "$(BACKUP)"

# Benchmarks (docs/performance.md), never part of `make test`: its own gunicorn on a free loopback port,
# a throwaway database, production settings. Writes var/bench.json. BENCH_ARGS=--help lists the sizes.
.PHONY: bench
bench: install
	@command -v wrk >/dev/null 2>&1 || [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1 || \
		apt-get install -y -qq wrk >/dev/null 2>&1 || \
		{ apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq wrk >/dev/null 2>&1; } || true
	@command -v wrk >/dev/null 2>&1 || echo "wrk is not installed: the Python load generator is used instead"
	$(PY) -m bench $(BENCH_ARGS)

# How import, assembly and brief-page costs grow at 1×, 10× and 100× the data (docs/performance.md); about
# 1½ minutes, never part of `make test`. Writes var/bench-growth.json. GROWTH_ARGS=--help lists the sizes.
.PHONY: bench-growth
bench-growth: install
	$(PY) -m bench.growth $(GROWTH_ARGS)

# Load test (docs/reliability.md), never part of `make test`: 30 s of warm-up, then 3 minutes of 80 % reader
# pages and 20 % API requests with partner tokens on its own gunicorn and two Celery workers, one of them
# killed with SIGKILL a third of the way in. Writes var/loadtest.json; exits 1 on any error or missed target.
# LOADTEST_ARGS="--warmup 5 --duration 20" is a short run; LOADTEST_ARGS=--help lists the settings.
.PHONY: loadtest
loadtest: install
	$(PY) -m bench.loadtest $(LOADTEST_ARGS)

# Extraction measured on articles nobody tuned the rules to (docs/ingest.md, docs/claims.md): the
# development corpus in var/devcorpus (public pages kept out of the repository; gathered by hand as
# tests/data/devcorpus/README.md says) and the seeds. Writes var/eval.json; never part of `make test`.
# EVAL_ARGS=--verbose lists every miss (article, field, expected, got).
.PHONY: eval
eval: install
	$(PY) -m bench.eval $(EVAL_ARGS)
