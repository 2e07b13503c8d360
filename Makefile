# Scellé: every target sets up what it needs by itself on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.stamp-installed

.PHONY: run test lint typecheck pytest bench package package-test clean sysdeps deb-deps

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
	@# The report tests read PDFs back with pdftotext/pdftoppm (poppler-utils).
	@command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 \
	  || ( echo "Installing poppler-utils for the report tests"; \
	       apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null )

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

# -- packaging (docs/PACKAGING.md) ------------------------------------------------------------
PKG_STAMP := $(VENV)/.stamp-package
DEB_DEPENDS := $(strip $(shell sed -e 's/\#.*//' -e 's/(.*)//' packaging/linux/depends.txt))

$(PKG_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	@touch $@

# The libraries the .deb depends on are installed where it is built, so that build_deb.py
# can check that Depends: covers every library the bundle links to; binutils strips.
deb-deps:
	@test "$$(dpkg-query -W -f='$${db:Status-Abbrev}\n' binutils $(DEB_DEPENDS) 2>/dev/null | grep -c '^ii')" \
	      -eq "$(words binutils $(DEB_DEPENDS))" \
	  || ( echo "Installing the libraries the .deb depends on, and binutils"; \
	       apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	         --no-install-recommends binutils $(DEB_DEPENDS) >/dev/null )

# dist/scelle/ (PyInstaller one-folder bundle), then dist/scelle_<version>_<arch>.deb
package: sysdeps deb-deps $(PKG_STAMP)
	rm -rf build/pyinstaller dist/scelle
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
	  --workpath build/pyinstaller --distpath dist packaging/scelle.spec
	$(PY) packaging/linux/build_deb.py

# Installs the .deb on this machine (root), exercises it, removes it. Xvfb lets it start
# the GUI on X11 too; desktop-file-validate checks the menu entry.
package-test: package
	@command -v Xvfb >/dev/null && command -v desktop-file-validate >/dev/null \
	  || ( apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	       xvfb desktop-file-utils >/dev/null )
	SCELLE_PACKAGE_TEST=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/packaging

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
