# govweb — two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DEBS    := $(shell sed -e 's/\#.*//' debian-packages.txt | xargs)

.PHONY: install debs demo test lint typecheck pytest bench clean

install: $(STAMP)

$(STAMP): pyproject.toml debian-packages.txt
	@$(MAKE) --no-print-directory debs
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

debs:
	@missing=$$(for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ]; then \
	  echo "installing Debian packages: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
	  echo "缺少系统软件包，请先运行： sudo apt-get install -y $$missing"; \
	fi

demo: install
	$(BIN)/govweb demo --out out

lint: install
	$(BIN)/ruff check src tests benchmarks

typecheck: install
	$(BIN)/mypy src/govweb/scoring src/govweb/store src/govweb/documents

pytest: install
	$(BIN)/pytest -q -p no:cacheprovider

test: lint typecheck pytest

bench: install
	$(BIN)/pip install -q -e '.[bench]'
	@for f in benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) out build *.egg-info
