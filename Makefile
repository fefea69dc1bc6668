# Two entry points for a fresh clone (see README):
#   make demo   set up .venv and annotate the bundled sample articles -> out/samples.jsonl
#   make test   set up .venv with every extra and run the whole test suite
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
	$(VENV)/bin/rusnews-nlp stats out/samples.jsonl 2>/dev/null || true

test: setup-all
	$(PY) -m pytest -q -p no:cacheprovider

# natasha's side of the benchmark needs its own venv: its pymorphy2 needs pkg_resources
# (setuptools < 82), which the project venv deliberately does not have.
NATASHA_VENV ?= .venv-natasha
$(NATASHA_VENV)/.setup:
	$(PYTHON) -m venv $(NATASHA_VENV)
	$(NATASHA_VENV)/bin/python -m pip install -q --upgrade pip
	$(NATASHA_VENV)/bin/python -m pip install -q 'natasha==1.6.0' 'setuptools<82'
	touch $@

bench: setup-all $(NATASHA_VENV)/.setup
	$(PY) -m rusnews_nlp.bench --natasha-python $(NATASHA_VENV)/bin/python $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(NATASHA_VENV) out build *.egg-info
