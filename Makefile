# Altitude — `make` lists the targets. Every target sets up .venv first when needed.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.stamp
# Lint only the folders that exist (benchmarks/ may be missing in a partial checkout).
LINT_DIRS := $(wildcard desktop tests benchmarks)

.DEFAULT_GOAL := help
.PHONY: help run test lint dist bench clean translations qm

help: ## list the targets
	@echo "Altitude — make targets:"
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-zA-Z_-]*:.*## / {printf "  %-8s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# The virtual environment, rebuilt whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

# The compiled translations the app reads in a checkout (gitignored; the wheel and the
# frozen app build their own): rebuilt when a .ts changes.
TS := $(wildcard resources/i18n/*.ts)
QM_STAMP := resources/i18n/.released
$(QM_STAMP): $(STAMP) $(TS)
	$(BIN)/python freeze/translations.py release resources/i18n >/dev/null
	@touch $@

qm: $(QM_STAMP) ## compile resources/i18n/*.ts into the .qm files the app reads

run: $(STAMP) $(QM_STAMP) ## open the app on the default local database (ARGS="--data-dir DIR" to choose)
	$(BIN)/altitude $(ARGS)

test: lint $(QM_STAMP) ## everything lint checks, then the whole pytest suite (Qt offscreen)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP) ## ruff, ruff format --check, mypy strict, import-linter, the .ts files up to date
	$(BIN)/ruff check $(LINT_DIRS)
	$(BIN)/ruff format --check $(LINT_DIRS)
	$(BIN)/mypy desktop/altitude
	PYTHONPATH=desktop $(BIN)/lint-imports
	$(BIN)/python freeze/translations.py check

dist: $(STAMP) $(QM_STAMP) ## build the one-folder desktop app into dist/altitude/ with PyInstaller
	$(BIN)/pyinstaller build.spec --noconfirm
	@du -sh dist/altitude

bench: $(STAMP) ## run the benchmarks; writes benchmarks/RESULTS.md (BENCH_ARGS="--runs 5")
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

clean: ## remove build output and caches (keeps .venv)
	rm -rf build dist .pytest_cache resources/i18n/*.qm $(QM_STAMP) .ruff_cache .mypy_cache .hypothesis .import_linter_cache
	find desktop tests benchmarks -name __pycache__ -type d -prune -exec rm -rf {} + 2>/dev/null || true

translations: $(STAMP) ## refresh resources/i18n/*.ts from the code and resources (pyside6-lupdate)
	$(BIN)/python freeze/translations.py update
	$(BIN)/python freeze/translations.py status | grep -E '^[a-z]{2}:'
