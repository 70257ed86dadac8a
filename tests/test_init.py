"""helpers/__init__.py: the package's modules are reachable as attributes after ``import helpers``,
and importing the package stays light (no pandas, no matplotlib, no jieba)."""
import subprocess
import sys

import pytest

import helpers


def _run(code: str) -> str:
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stderr == ""
    return run.stdout.strip()


@pytest.mark.parametrize("module", ["anatomy", "cache", "corpus", "exercises", "figures", "maps", "placefinder",
                                    "quotes", "regions", "report", "segment", "site", "structure", "themes",
                                    "wordcut"])
def test_every_module_is_an_attribute_after_import_helpers(module):
    out = _run(f"import helpers; m = helpers.{module}; print(m.__name__)")
    assert out == f"helpers.{module}"


def test_the_contract_s_calls_work_after_a_bare_import():
    out = _run("import helpers; c = helpers.load_corpus(); "
               "print(len(helpers.quotes.extract(c)) > 0, len(helpers.regions.mentions(c, cache=False)) > 0)")
    assert out == "True True"


def test_import_helpers_does_not_import_pandas_matplotlib_or_jieba():
    out = _run("import sys, helpers; print(sorted(m for m in ('matplotlib', 'jieba', 'pandas') if m in sys.modules))")
    assert out == "[]"
    out = _run("from helpers import load_corpus, cut, CorpusError; print(cut('西部大开发')[0], load_corpus.__name__)")
    assert out == "西部大开发 load_corpus"


def test_an_unknown_attribute_still_raises_attribute_error():
    with pytest.raises(AttributeError, match="no_such_module"):
        helpers.no_such_module  # noqa: B018
    assert "regions" in dir(helpers)
