# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_99ea542e174f6d0c.txt

.PHONY: install demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the project definition changes.
# Then build the place gazetteer (~10 s, once per machine) so no first command waits for it,
# and byte-compile the sources (a Python told not to write bytecode still reads it).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/python -m newsmine.gazetteer
	$(BIN)/python -m compileall -q src
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/newsmine entities $(SEED)

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
