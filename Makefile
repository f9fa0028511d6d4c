# Two commands work on a fresh machine with Python 3.11 and make: `make run`, `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench faults clean install chromium

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/tariffwatch run

test: $(STAMP)
	$(BIN)/ruff check flows tests bench
	$(BIN)/mypy  # strict, on the package ([tool.mypy] in pyproject.toml)
	-bash tests/ensure_chromium.sh  # headless Chromium for the HTML report test (skips without)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check flows tests bench
	$(BIN)/ruff format --check flows tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench.run

faults: $(STAMP)
	$(BIN)/python tests/faults/run.py

chromium:
	bash tests/ensure_chromium.sh

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache
