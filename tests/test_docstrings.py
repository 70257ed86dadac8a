"""The examples in the helpers' docstrings run and give what they say."""
import doctest
import importlib

import pytest

MODULES = ["helpers.corpus", "helpers.reading", "helpers.structure", "helpers.segment", "helpers.anatomy",
           "helpers.themes", "helpers.exercises", "helpers.running_order", "helpers.media",
           "helpers.jobs", "helpers.workers", "helpers.columns"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
