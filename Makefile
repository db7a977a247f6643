# The few commands a newcomer needs. Each creates .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck pytest bench clean

$(BIN)/cyberbot: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(BIN)/cyberbot

## run: set up and run the bot (Slack Socket Mode with tokens, else the console)
run: $(BIN)/cyberbot
	$(BIN)/cyberbot run

## test: set up and run the whole suite: ruff, mypy and pytest
test: $(BIN)/cyberbot lint typecheck pytest

lint: $(BIN)/cyberbot
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/cyberbot
	$(BIN)/mypy

pytest: $(BIN)/cyberbot
	$(BIN)/pytest -q

bench: $(BIN)/cyberbot
	$(BIN)/python benchmarks/nlu.py
	$(BIN)/python benchmarks/estimate.py
	$(BIN)/python benchmarks/store.py
	$(BIN)/python benchmarks/slack_latency.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
