"""A user's script, checked with `mypy --strict` in CI (not run by pytest).

It shows that types reach users although the package imports nothing from
typing at runtime: a number gives a float, a list gives a list, PyTorch's
parameters (inplace, dim, keepdim, threshold) are known, and a misspelt
parameter is an error.
"""

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
