"""A user's script, checked with `mypy --strict` by test_mypy.py, never run.

It shows that types reach users although the package imports nothing from
typing at runtime: a number gives a float, a list gives a list, an in-place
form gives back the list it was given, PyTorch's parameters (inplace, dim,
keepdim, threshold) are known, plot() gives a Figure and table() a Table,
and a misspelt parameter or a value of the wrong type is an error.
"""

import math
from fractions import Fraction
from functools import partial
from typing import Any, List

from typing_extensions import assert_type

import activations as act

assert_type(act.sigmoid(1.0), float)
assert_type(act.sigmoid(1), float)
assert_type(act.sigmoid([1.0]), List[Any])
assert_type(act.tanh_derivative(range(3)), List[Any])
assert_type(act.relu(-2.5), float)
assert_type(act.leaky_relu(-1.0, negative_slope=0.1), float)
assert_type(act.leaky_relu([[-1.0]], 0.1), List[Any])
assert_type(act.leaky_relu([-1.0], 0.2, True), List[Any])
assert_type(act.relu([-1.0], inplace=True), List[Any])
assert_type(act.softplus(1.0, beta=1, threshold=20), float)
assert_type(act.prelu([[-1.0, 2.0]], [0.25, 0.5]), List[Any])
assert_type(act.rrelu(-1.0, training=True), float)
assert_type(act.squareplus(0.5, b=4), float)

total: float = act.sigmoid(0.5) + act.tanh(0.5)
act.leaky_relu(1.0, slope=0.1)  # type: ignore[call-overload]
act.sigmoid(1.0, 2.0)  # type: ignore[call-overload]
act.leaky_relu(1.0, negative_slope="0.1")  # type: ignore[call-overload]
act.gelu(1.0, approximate="erf")  # type: ignore[call-overload]
act.relu(1.0, inplace="yes")  # type: ignore[call-overload]

assert_type(act.softmax([1.0, 2.0]), List[Any])
assert_type(act.softmax([[1.0, 2.0]], dim=0), List[Any])
assert_type(act.log_softmax_derivative([[1.0, 2.0]], dim=-1), List[Any])
assert_type(act.gelu(1.0, approximate="tanh"), float)
assert_type(act.threshold(0.3, 0.5, -1.0), float)
assert_type(act.swish([1.0]), List[Any])
act.logsumexp([[1.0, 2.0]], dim=1, keepdim=True)
act.softmax(1.0)  # type: ignore[arg-type]
act.softmax([1.0], dim=1.5)  # type: ignore[arg-type]

# The functions of today's models, and PyTorch's in-place forms, which give back their list.
assert_type(act.squared_relu(2.0), float)
assert_type(act.squared_relu(Fraction(1, 2)), Any)  # computed in the input's own type
assert_type(act.quick_gelu([1.0, -1.0]), List[Any])
assert_type(act.swiglu([[1.0, 2.0]], dim=-1), List[Any])
assert_type(act.gumbel_softmax([1.0, 2.0], tau=0.5, hard=True), List[Any])
weights: List[float] = [-1.0, 2.0]
assert_type(act.relu_(weights), List[float])
assert_type(act.leaky_relu_(weights, 0.1), List[float])
assert_type(act.threshold_(weights, 0.5, 0.0), List[float])
act.relu_((1.0, 2.0))  # type: ignore[type-var]
act.gumbel_softmax([1.0], hard="yes")  # type: ignore[arg-type]

# Pictures, tables and exported code: functions, their names, partials, lambdas and data.
figure = act.plot(act.relu, "sigmoid", partial(act.leaky_relu, negative_slope=0.1), start=-3)
assert_type(figure, act.Figure)
assert_type(figure.labels, List[str])
assert_type(figure.svg(), str)
assert_type(figure.text(color=False), str)
assert_type(act.plot([0, 1, 2], [0.0, 1.0, 4.0], labels="squares", width=40), act.Figure)
assert_type(act.plot(lambda x: x * x, math.log, title="x squared", ascii=True), act.Figure)
table = act.table(act.tanh, "gelu", x=[-1, 0, 2.5], digits=2, labels=["tanh", "GELU"])
assert_type(table, act.Table)
assert_type(table.rows, List[List[Any]])
assert_type(table.labels, List[str])
assert_type(table.text(), str)
assert_type(act.export("relu", "sigmoid_derivative"), str)
act.plot("relu", width="wide")  # type: ignore[arg-type]
act.plot("relu", color="auto")  # type: ignore[arg-type]
act.table(act.relu, [1.0, 2.0])  # type: ignore[arg-type]
act.export(act.relu)  # type: ignore[arg-type]


def save_plot(figure: act.Figure, path: str) -> None:
    """A Figure is a type to annotate with; save() writes its SVG."""
    figure.save(path, width=800)
