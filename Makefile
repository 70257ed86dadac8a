# Two commands set everything up on a fresh machine: `make html` and `make test`.
# The first use of any target creates .venv and installs the package into it.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# Playwright (a test dependency) drives Debian's /usr/bin/chromium; it must never fetch a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: test html student lab lab-teacher clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) -m compileall -q helpers  # as pip does for a package it installs (not for an editable one)
	touch $(STAMP)

test: $(STAMP)
	$(PY) -m pytest

# The site: Sphinx + myst-nb + sphinx-book-theme, configured in helpers/book/conf.py, pages from
# notebooks/ (index.md, every NN_*.ipynb, teachers_guide.md). -E: every notebook runs afresh; -W:
# any warning, stderr output or figure without alternative text fails the build.
html: $(STAMP)
	$(PY) -m sphinx -b html -E -W --keep-going -c helpers/book -d build/doctrees notebooks site
	@echo "open site/index.html"

# The student edition: solutions replaced by stubs, outputs cleared, one folder to hand out.
student: $(STAMP)
	$(PY) -m helpers.exercises --out student

# JupyterLab opens a working copy, never notebooks/ (whose files stay as committed): lab/student/,
# the student edition, or lab/teacher/, the notebooks with solutions (helpers/lab.py). Notebooks
# already in the copy are kept; delete one to start it afresh. JupyterLab refuses to run as root
# unless told to; add the flag only then.
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

lab: $(STAMP)
	$(PY) -m helpers.lab student
	$(VENV)/bin/jupyter lab --notebook-dir=lab/student $(ALLOW_ROOT)

lab-teacher: $(STAMP)
	$(PY) -m helpers.lab teacher
	$(VENV)/bin/jupyter lab --notebook-dir=lab/teacher $(ALLOW_ROOT)

clean:
	rm -rf site build student .pytest_cache
	@echo "lab/ (your working copies) is kept: delete it yourself to start afresh"
