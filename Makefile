# Every target sets itself up: a .venv built from pyproject.toml (package registry only).
# Paths may contain spaces: make extract INPUT="/data/my docs" OUTPUT="/data/my out".
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
INPUT  ?= corpus/raw
OUTPUT ?= output
GOLD   ?= corpus/gold
FORMAT ?= brat
SHARED ?= ../shared
RUN    := $(BIN)/python -m pipeline
EXTRACT = $(RUN) extract --input "$(INPUT)" --output "$(OUTPUT)"
# eval, report and export read what extract wrote; extract runs first every time, so they never
# read mentions older than the documents, the code or the model (unchanged documents come
# from the cache: a few seconds).
MENTIONS = $(EXTRACT)
INPUTS  = --pred "$(OUTPUT)/mentions.jsonl" --raw "$(INPUT)"

.PHONY: setup extract test eval eval-general report export bench train resources gold clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

setup: $(STAMP)

extract: setup
	$(EXTRACT)

test: setup
	bash tests/setup_browser.sh
	$(BIN)/python -m pytest -q

eval: setup
	$(MENTIONS)
	$(RUN) eval $(INPUTS) --gold "$(GOLD)" --output "$(OUTPUT)/eval.json"

# General-domain accuracy (GSD dev, held-out Wikipedia) next to bare ja_ginza (≈ 3 minutes).
eval-general: setup
	$(RUN) eval-general --extdata "$(SHARED)/extdata" --output "$(OUTPUT)/eval_general.json"

report: setup
	$(MENTIONS)
	$(RUN) report $(INPUTS) --gold "$(GOLD)" --output "$(OUTPUT)/report"

export: setup
	$(MENTIONS)
	$(RUN) export $(INPUTS) --format $(FORMAT) --output "$(OUTPUT)/export"

bench: setup
	$(RUN) bench --input "$(INPUT)" --output "$(OUTPUT)/bench.json"

# Train the names model again (pipeline/models/names: three members, trained at once; ≈ 24 minutes on 2 cores). extract never trains.
train: setup
	$(BIN)/python -m pipeline.training --extdata "$(SHARED)/extdata" --work build/train --model pipeline/models/names

# Rebuild the generated place tables from their data packages (pipeline/resources/*_places.tsv).
resources: setup
	$(BIN)/python -m pip install -q -e '.[resources]'
	$(BIN)/python scripts/build_places.py

# Copy the gold set again after ../shared/gold or the guidelines change.
gold:
	cp "$(SHARED)"/gold/*.jsonl corpus/gold/
	@grep -m1 -o 'v[0-9][0-9.]*' "$(SHARED)/ANNOTATION.md" > corpus/gold/GUIDELINES_VERSION
	@echo "gold copied (guidelines $$(cat corpus/gold/GUIDELINES_VERSION))"

clean:
	rm -rf "$(OUTPUT)"/*.csv "$(OUTPUT)"/*.json "$(OUTPUT)"/*.jsonl .pytest_cache
