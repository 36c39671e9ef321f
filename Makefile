# Two commands do everything on a fresh machine:
#   make run   install what is missing, run the pipeline on corpus/articles, print the summary and the evaluation
#   make test  install what is missing, run the tests
# Every target depends on its inputs and its code, so `make` reruns only what changed.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
NE     := $(PY) -m pipeline
STAMP  := $(VENV)/.installed
CORPUS ?= corpus/articles
GOLD   ?= corpus/gold/events.jsonl
OUT    ?= outputs
GAZ    := models/gazetteer.sqlite

ARTICLES := $(OUT)/01_articles/_manifest.json
DOCS     := $(OUT)/02_docs/_manifest.json
DATES    := $(OUT)/04_dates/_manifest.json
PLACES   := $(OUT)/05_places/_manifest.json
EVENTS   := $(OUT)/06_events/_manifest.json
TABLES   := $(OUT)/07_tables/_manifest.json

.PHONY: run test install gazetteer stages clean benchmark heldout

run: $(TABLES)
	$(NE) summary --out $(OUT)
	$(NE) evaluate --corpus $(CORPUS) --gold $(GOLD) --pred $(OUT)

test: $(STAMP) $(GAZ)
	$(PY) -m pytest -q

install: $(STAMP)

# the virtual environment, refreshed only when the pinned requirements or the project metadata change
$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

gazetteer: $(GAZ)
$(GAZ): $(STAMP) $(wildcard models/gazetteer/*.txt) pipeline/gazetteer.py models/places.yml
	$(NE) gazetteer build

$(ARTICLES): $(STAMP) $(wildcard $(CORPUS)/*) pipeline/ingest.py $(wildcard pipeline/dates/*.py)
	$(NE) ingest $(CORPUS) --out $(OUT)

$(DOCS): $(ARTICLES) pipeline/annotate.py pipeline/nlp.py pipeline/components.py pipeline/vocab.py models/actors.yml models/places.yml models/gazetteer/countryInfo.txt
	$(NE) annotate --out $(OUT)

$(DATES): $(DOCS) $(wildcard pipeline/dates/*.py) models/dates.yml
	$(NE) dates --out $(OUT)

$(PLACES): $(DOCS) $(GAZ) pipeline/places.py pipeline/gazetteer.py models/places.yml
	$(NE) places --out $(OUT)

$(EVENTS): $(DOCS) $(DATES) $(PLACES) pipeline/events.py pipeline/consolidate.py pipeline/lexicon.py models/event_rules.yml pipeline/vocab.py pipeline/fatalities.py pipeline/claims.py models/actors.yml models/event_types.yml models/numbers.yml
	$(NE) events --out $(OUT)

$(TABLES): $(EVENTS) pipeline/tables.py pipeline/runner.py
	$(NE) tables --out $(OUT)

stages: $(TABLES)

# the held-out articles (corpus/heldout), annotated blind by someone who never saw the pipeline: a check that
# the rules generalise (see README for what was measured before and after its errors were read)
# (HELDOUT=corpus/heldout2 ... corpus/heldout50 for the other sets; heldout21, 30 to 32, 34 to 36, 38, 40, 43 to 47,
# 49 and 50 have never had their errors read: look at their totals only, so that they stay blind measures)
HELDOUT ?= corpus/heldout
heldout: $(STAMP) $(GAZ)
	$(NE) run $(HELDOUT)/articles --out $(OUT)/$(notdir $(HELDOUT))
	$(NE) evaluate --corpus $(HELDOUT)/articles --gold $(HELDOUT)/gold/events.jsonl --pred $(OUT)/$(notdir $(HELDOUT))

benchmark: $(STAMP) $(GAZ)
	$(PY) benchmarks/throughput.py

clean:
	rm -rf $(OUT) $(GAZ)
