"""The public functions as _lift.py writes them: true signatures, real tracebacks, and the
closures MicroPython gets, which must behave as the written functions do."""

import inspect
import subprocess
import sys

import pytest
from test_cli import ENVIRONMENT

import activations as act
from activations import _lift, _lift_rows

from cases import ERRORS, VALUES, same
from catalogue import FUNCTIONS, IN_PLACE


@pytest.mark.parametrize(
    "name, signature",
    [
        ("relu", "(x, inplace=False)"),
        ("leaky_relu", "(x, negative_slope=0.01, inplace=False)"),
        ("leaky_relu_derivative", "(x, negative_slope=0.01)"),
        ("threshold", "(x, threshold, value, inplace=False)"),
        ("threshold_", "(x, threshold, value)"),
        ("rrelu", "(x, lower=0.125, upper=0.3333333333333333, training=False, inplace=False)"),
        ("gelu", "(x, approximate='none')"),
        ("softplus", "(x, beta=1.0, threshold=None)"),
        ("prelu", "(x, weight)"),
        ("softmax", "(x, dim=-1)"),
        ("logsumexp", "(x, dim=-1, keepdim=False)"),
        ("gumbel_softmax", "(logits, tau=1, hard=False, eps=1e-10, dim=-1)"),
    ],
)
def test_signatures_are_the_public_functions_own(name, signature):
    function = getattr(act, name)
    assert str(inspect.signature(function)) == signature
    assert function.__name__ == name and function.__module__ == "activations"
    assert not hasattr(function, "__wrapped__")
    # The formula still reads in the docstring, which is the scalar function's.
    assert inspect.getdoc(function).count(" = ") >= 1


def test_a_traceback_shows_the_file_and_the_line_of_the_template():
    code = "import activations as act\nact.leaky_relu([1.0, 'a'], 0.1)\n"
    error = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=ENVIRONMENT
    ).stderr
    template = "    return _call(x, ({values_tuple}), {inplace})"
    lines = error.splitlines()
    at = next(i for i, line in enumerate(lines) if line.endswith(", in leaky_relu"))
    assert lines[at].startswith('  File "') and '_lift.py", line ' in lines[at]
    assert lines[at + 1].strip() == template.strip()
    number = int(lines[at].split(", line ")[1].split(",")[0])
    with open(_lift.__file__, encoding="utf-8") as file:
        assert file.read().splitlines()[number - 1] == template
    assert lines[-1] == "TypeError: leaky_relu: element [1] is 'a' (str), expected a real number"
    # Below the public function, only the call that raises the mistake: not the walk to it.
    assert len([line for line in lines if line.startswith('  File "')]) == 4
    assert " in walk" not in error and "During handling" not in error


@pytest.fixture
def closures(monkeypatch):
    """Every public function as MicroPython makes it: a closure over (x, *args, **kwargs)."""
    monkeypatch.setattr(_lift, "_WRITES_SOURCE", False)
    monkeypatch.setattr(_lift_rows, "_WRITES_SOURCE", False)
    made = {}
    for name in FUNCTIONS + IN_PLACE:
        lifted = _lift.LIFTED[getattr(act, name)]
        if isinstance(lifted, _lift_rows.LiftedRows):
            made[name] = _lift_rows._public_function(lifted, "x")
        else:
            made[name] = _lift.public_function(lifted, in_place_form=name in IN_PLACE)
    return made


def test_the_closures_give_what_the_written_functions_give(closures):
    for name, x, kwargs, expected in VALUES:
        assert same(closures[name](x, **kwargs), expected), (name, x, kwargs)
    for name, x, kwargs, error, message in ERRORS:
        with pytest.raises(Exception) as raised:
            closures[name](x, **kwargs)
        assert (type(raised.value).__name__, str(raised.value)) == (error, message)
    x = [[-1.0, 2.0]]
    assert closures["leaky_relu_"](x, 0.5) is x and x == [[-0.5, 2.0]]
    assert closures["leaky_relu"]([-2.0], negative_slope=0.25, inplace=False) == [-0.5]
    assert closures["logsumexp"]([[0.0, 0.0]], 1, True) == act.logsumexp([[0.0, 0.0]], 1, True)


def test_the_closures_bind_their_arguments_as_a_def_does(closures):
    for call, message in [
        (lambda: closures["leaky_relu"](1.0, slope=0.1), "unexpected keyword argument 'slope'"),
        (lambda: closures["threshold"](1.0, 0.5, -1.0, False, 3), "takes 4 positional arguments"),
        (lambda: closures["softplus"]([1.0], 2.0, beta=3.0), "multiple values for argument"),
        (lambda: closures["relu_"]([1.0], inplace=False), "unexpected keyword argument"),
        (lambda: closures["threshold"](1.0), "threshold: threshold is missing"),
        (lambda: closures["prelu"]([1.0]), "prelu: weight is missing"),
    ]:
        with pytest.raises(TypeError, match=message):
            call()
