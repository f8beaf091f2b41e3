# Two commands for a newcomer: `make run` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck imports pytest poll digest bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newsbot needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsbot run

test: lint typecheck imports pytest

lint: $(STAMP)
	$(BIN)/ruff check bot tests benchmarks
	$(BIN)/ruff format --check bot tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	$(BIN)/pytest

poll digest: $(STAMP)
	$(BIN)/newsbot $@

bench: $(STAMP)
	$(BIN)/python benchmarks/summarizer_speed.py
	$(BIN)/python benchmarks/summarizer_quality.py ../shared/corpus/kbs-vi-dev --holdout 12
	$(BIN)/python benchmarks/poll.py
	$(BIN)/python benchmarks/hostile.py
	$(BIN)/python benchmarks/discord.py
	$(BIN)/python benchmarks/telegram.py
	$(BIN)/python benchmarks/fanout.py
	$(BIN)/python benchmarks/instant.py
	$(BIN)/python benchmarks/search.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
