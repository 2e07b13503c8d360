# Scellé: every target sets up what it needs by itself on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.stamp-installed

.PHONY: run test lint typecheck pytest bench package package-test clean sysdeps

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# Qt's offscreen and xcb platforms need a few shared libraries that a minimal
# Debian/Ubuntu lacks; install them only when Qt cannot load.
sysdeps: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(PY) -c "from PySide6.QtWidgets import QApplication; QApplication([])" >/dev/null 2>&1 \
	  || ( echo "Installing the system libraries Qt needs"; \
	       apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	         libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 \
	         libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	         libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core >/dev/null )

run: sysdeps
	$(VENV)/bin/scelle

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests benchmarks
	$(VENV)/bin/ruff format --check desktop tests benchmarks

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test: lint typecheck pytest

bench: sysdeps
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
