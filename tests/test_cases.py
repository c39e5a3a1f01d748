"""The shared table of cases (tests/cases.py), run under pytest."""

import pytest

import activations

from cases import ERRORS, VALUES, same


@pytest.mark.parametrize("name, x, kwargs, expected", VALUES)
def test_value(name, x, kwargs, expected):
    result = getattr(activations, name)(x, **kwargs)
    assert same(result, expected), "%s(%r) gave %r, expected %r" % (name, x, result, expected)


@pytest.mark.parametrize("name, x, kwargs, error, message", ERRORS)
def test_error(name, x, kwargs, error, message):
    with pytest.raises(Exception) as raised:
        getattr(activations, name)(x, **kwargs)
    assert type(raised.value).__name__ == error
    assert str(raised.value) == message


def test_same_is_strict():
    assert not same(0, 0.0)
    assert not same(0.0, -0.0)
    assert not same([1.0], [1])
    assert not same(1.0, float("nan"))
    assert same(float("nan"), float("nan"))
