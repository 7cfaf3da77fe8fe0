# casualties: `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install data fetch validate figures test bench lint clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

install: $(STAMP) ## create .venv and install the package (editable, with its dev and dask extras)

# The venv is a file target: it is rebuilt only when pyproject.toml changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $(STAMP)

# Everything the published tables are made from: raw documents (text, HTML and PDF with their
# provenance sidecars), the known issues, the code.
RAW := $(shell find data/raw -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' -o -name '*.pdf' -o -name '*.yaml' -o -name '*.yml' -o -name '*.provenance.json' -o -name known_issues.csv \) ! -name README.md 2>/dev/null | sort)
CODE := $(shell find casualties -type f \( -name '*.py' -o -name '*.toml' \) | sort)
# Every published file: one that is missing, or edited since the last build, is rebuilt.
PUBLISHED := $(addprefix data/processed/,documents.csv reports.csv figures.csv series.csv revisions.csv datapackage.json CHANGELOG.md README.md) docs/data-dictionary.md
BUILT := $(VENV)/.data-built

data: $(BUILT) ## build data/processed from data/raw (does nothing when nothing changed)

$(BUILT): $(STAMP) $(RAW) $(CODE) $(PUBLISHED)
	$(BIN)/casualties build --raw data/raw --out data/processed --docs docs
	touch $@

# A missing published file has nothing to make it but the build: it only marks the build due.
$(PUBLISHED):
	@:

# Needs the internet: fetches every URL of the registry into data/raw/<site>/ (new files only).
fetch: $(STAMP) ## download the bulletins listed in data/bulletin-urls.txt into data/raw
	$(BIN)/casualties fetch --registry data/bulletin-urls.txt --raw data/raw

validate: $(STAMP) ## check data/raw and that data/processed is what it builds
	$(BIN)/casualties validate --raw data/raw --out data/processed --docs docs

figures: $(BUILT) ## draw the charts of the published data into reports/figures
	$(BIN)/casualties figures --out reports/figures

test: $(STAMP) ## run the test suite
	$(BIN)/python -m pytest -q

bench: $(STAMP) ## measure parsing and building at scale (a few minutes); record in benchmarks/README.md
	$(BIN)/python benchmarks/run.py

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check casualties tests benchmarks
	$(BIN)/ruff format --check casualties tests benchmarks

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
