# The verbs people look for. `make dev` and `make test` each create the virtualenv they need.
SHELL := /bin/bash
PYTHON_VERSION ?= 3.12
PY_BOOT := $(shell command -v python$(PYTHON_VERSION) >/dev/null 2>&1 && python$(PYTHON_VERSION) -c 'import sys' >/dev/null 2>&1 && echo python$(PYTHON_VERSION) || (command -v pyenv >/dev/null 2>&1 && ls -d $$(pyenv root)/versions/$(PYTHON_VERSION)*/bin/python3 2>/dev/null | tail -n1) || echo python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TOOLS := .tools/sam
export SAM_CLI_TELEMETRY := 0
USER ?= alice

.PHONY: dev test lint format build deploy validate token eval calibrate train-conduct train-focus train-misconception ceiling bench clean

$(STAMP): requirements-dev.txt layers/interview/requirements.txt pyproject.toml
	@test -x $(PY) || $(PY_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt -e .
	@touch $(STAMP)

venv: $(STAMP)

dev: $(STAMP) ## Run the whole service locally: embedded PostgreSQL, migrations, bank, gateway on :8000
	$(PY) -m infra.local.dev

token: $(STAMP) ## Print a signed local ID token: make token USER=alice
	@$(PY) -m infra.local.token $(USER)

test: $(STAMP) ## Every test, with coverage
	$(PY) -m pytest

eval: $(STAMP) ## Measure the analyzer on the graded answers (GRADED=path/to/other.jsonl to use another set)
	$(VENV)/bin/interview eval $(GRADED)
	@echo
	@for f in eval/holdout/*.jsonl eval/read/*.jsonl eval/unseen/*.jsonl; do echo; $(VENV)/bin/interview eval $$f || exit 1; done
	@echo
	$(VENV)/bin/interview judge
	@echo
	@for f in eval/star/*.jsonl; do echo; $(VENV)/bin/interview star $$f || exit 1; done
	@for f in eval/points/*.jsonl; do echo; $(VENV)/bin/interview points $$f || exit 1; done

calibrate: $(STAMP) ## Refit the overall-score model to eval/graded, eval/holdout and eval/read; print how it does on each file left out
	$(PY) eval/calibrate.py --write

train-conduct: $(STAMP) ## Retrain the conduct model on eval/conduct; print how it hears excerpts it never saw
	$(PY) eval/train_conduct.py --write

train-focus: $(STAMP) ## Retrain the focus model on the graded files the overall is fitted to; print it on each file left out
	$(PY) eval/train_focus.py --write

train-misconception: $(STAMP) ## Retrain the misconception model on the overall's graded files; print it on each file left out (then make calibrate)
	$(PY) eval/train_misconception.py --write

ceiling: $(STAMP) ## How far the rubric's measures order graded answers, alone and under models fitted to them
	$(PY) eval/ceiling.py

bench: $(STAMP) ## Benchmarks: print their tables
	@for b in bench/bench_*.py; do $(PY) $$b || exit 1; done

lint: $(STAMP)
	$(PY) -m ruff check .

format: $(STAMP)
	$(PY) -m ruff format .

$(TOOLS)/bin/sam:
	$(PY_BOOT) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet aws-sam-cli cfn-lint

validate: $(TOOLS)/bin/sam ## Lint the SAM template offline
	$(TOOLS)/bin/sam validate --lint

build: $(TOOLS)/bin/sam
	PATH=$$(dirname $$(readlink -f $(PY_BOOT)) 2>/dev/null || echo /usr/bin):$$PATH $(TOOLS)/bin/sam build

deploy: build
	$(TOOLS)/bin/sam deploy $(if $(PROFILE),--config-env $(PROFILE),)

clean:
	rm -rf $(VENV) .tools .aws-sam .pytest_cache .coverage coverage.xml
