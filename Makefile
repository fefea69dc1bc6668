# Two entry points for a fresh clone (see README):
#   make demo   set up .venv and annotate the bundled sample articles -> out/samples.jsonl
#   make test   set up .venv with every extra and run the whole test suite
#   make bench  ours vs natasha (the first run also creates .venv-natasha)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
EXTRAS ?= dev,html,spacy,spark

.PHONY: demo test setup setup-all bench clean

$(VENV)/.setup-base: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.setup-all: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[$(EXTRAS)]'
	touch $@ $(VENV)/.setup-base

setup: $(VENV)/.setup-base
setup-all: $(VENV)/.setup-all

demo: setup
	@mkdir -p out
	$(VENV)/bin/rusnews-nlp annotate data/samples -o out/samples.jsonl
	@echo "wrote out/samples.jsonl"
	$(VENV)/bin/rusnews-nlp stats out/samples.jsonl
	@echo "next: .venv/bin/rusnews-nlp render out/samples.jsonl -o report.html needs the spacy extra," \
	      "HTML input the html extra, spark the spark extra: make setup-all installs them all"

test: setup-all
	$(PY) -m pytest -q -p no:cacheprovider

# natasha's side of the benchmark needs its own venv (its pymorphy2 needs pkg_resources,
# setuptools < 82, which the project venv deliberately does not have): the benchmark creates
# .venv-natasha beside the clone on its first run (rusnews_nlp/bench/natasha.py,
# NATASHA_REQUIREMENTS).
bench: setup-all
	$(PY) -m rusnews_nlp.bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .venv-natasha out build *.egg-info
