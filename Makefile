# casualties: `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install data test lint clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

install: $(STAMP) ## create .venv and install the package (editable, with its dev extra)

# The venv is a file target: it is rebuilt only when pyproject.toml changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

RAW := $(shell find data/raw -type f \( -name '*.txt' -o -name '*.md' \) ! -name README.md 2>/dev/null | sort)

data: $(STAMP) ## parse every raw document under data/raw (the versioned build lands with issue 3)
ifeq ($(strip $(RAW)),)
	@echo "data/raw holds no documents yet: nothing to parse"
else
	$(BIN)/casualties parse --format csv $(RAW) > /dev/null || test $$? -eq 1
endif

test: $(STAMP) ## run the test suite
	$(BIN)/python -m pytest -q

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check casualties tests
	$(BIN)/ruff format --check casualties tests

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
