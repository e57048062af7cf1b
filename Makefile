# PIU Desk — `make run` starts the app on a demo store, `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMPS := .stamps
STORE  ?= demo-store
HQ_STORE ?= demo-hq-store
TS     := $(wildcard i18n/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: setup run run-hq demo test test-core test-ui lint typecheck check i18n-update i18n bench screenshots clean

setup: $(STAMPS)/system $(STAMPS)/venv i18n

$(STAMPS)/system: packaging/debian-packages.txt packaging/install-debian-packages.sh
	packaging/install-debian-packages.sh
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/venv: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@mkdir -p $(STAMPS) && touch $@

# Compiled translations (.qm) are built from the Qt Linguist sources.
i18n: $(QM)
i18n/%.qm: i18n/%.ts $(STAMPS)/venv
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Extract every translatable string from the code into the .ts sources.
i18n-update: $(STAMPS)/venv
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $$(find piu_desk -name '*.py' | sort) -ts $(TS)

$(STORE)/keyslots.json: | $(STAMPS)/venv
	$(BIN)/piu-desk demo --store $(STORE)

demo: setup $(STORE)/keyslots.json

# The window on store $(1); under xvfb-run when there is no display.
define open_window
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && command -v xvfb-run >/dev/null; then \
	  echo "No display: starting PIU Desk under xvfb-run."; \
	  xvfb-run -a -s '-screen 0 1366x800x24' $(BIN)/piu-desk --store $(1); \
	else \
	  $(BIN)/piu-desk --store $(1); \
	fi
endef

run: setup $(STORE)/keyslots.json
	$(call open_window,$(STORE))

# Headquarters: a demo HQ store that has received bundles from two simulated stations.
$(HQ_STORE)/keyslots.json: | $(STAMPS)/venv
	$(BIN)/piu-desk demo --hq --store $(HQ_STORE)

run-hq: setup $(HQ_STORE)/keyslots.json
	$(call open_window,$(HQ_STORE))

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-core: setup
	$(BIN)/python -m pytest -q tests/core

test-ui: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/ui

lint: setup
	$(BIN)/ruff check piu_desk tests
	$(BIN)/mypy piu_desk

check: lint test

bench: setup
	$(BIN)/python -m pytest -q tests/bench --benchmark-only -p no:cacheprovider

# PNGs of every window, in English and in Khmer, into ./screenshots/ (git-ignored).
screenshots: setup
	@for script in tests/ui/*screenshots.py; do \
	  xvfb-run -a -s '-screen 0 1366x800x24' $(BIN)/python $$script || exit 1; \
	done

clean:
	rm -rf $(VENV) $(STAMPS) build dist *.egg-info i18n/*.qm

# The field release (packaging/piu_desk.spec): dist/piu-desk/ and the Linux tarball.
.PHONY: dist dist-check
dist: setup
	rm -rf build/pyinstaller dist/piu-desk
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/piu_desk.spec
	packaging/linux/make-tarball.sh

# The build, then its self-test offscreen with no Python environment in reach.
dist-check: dist
	rm -rf build/dist-check-home && mkdir -p build/dist-check-home
	env -i PATH=/usr/bin:/bin HOME=$(CURDIR)/build/dist-check-home QT_QPA_PLATFORM=offscreen \
	  dist/piu-desk/piu-desk --self-test
