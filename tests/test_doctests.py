"""Every example in a docstring runs, exactly as shown."""

import doctest

import pytest

import activations

from catalogue import FUNCTIONS

DOCUMENTED = [activations] + [getattr(activations, name) for name in FUNCTIONS]


@pytest.mark.parametrize("documented", DOCUMENTED, ids=lambda d: d.__name__)
def test_docstring_examples(documented):
    globs = {name: getattr(activations, name) for name in activations.__all__}
    test = doctest.DocTestParser().get_doctest(
        documented.__doc__, globs, documented.__name__, None, 0
    )
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert test.examples, "no examples in %s" % documented.__name__
    assert runner.failures == 0
