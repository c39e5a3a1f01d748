"""The expected behaviour of every public function, as data.

One table, read by the pytest suite (tests/test_cases.py) and by the
MicroPython conformance run (tests/micropython/), so a case added here is
checked on every interpreter.  Plain Python that MicroPython can import:
no Fraction, Decimal or NumPy here (tests/test_battery.py covers those).

VALUES rows: (function name, input, keyword arguments, expected result).
The result must match exactly: same value, same type, nan for nan, the
sign of zero.  A float wrapped in Close() may differ from the correctly
rounded value by a few units in the last place, as libm results may
between platforms.

ERRORS rows: (function name, input, keyword arguments, exception type
name, exact message).
"""

from math import frexp, ldexp

nan = float("nan")
inf = float("inf")
BIG = 10**400  # too large for a float: float(BIG) raises OverflowError on CPython


def nested(value, depth):
    """value inside depth levels of lists."""
    for _ in range(depth):
        value = [value]
    return value


class Close:
    """A float expected within `ulps` units in the last place."""

    def __init__(self, value, ulps=4):
        self.value = value
        self.ulps = ulps

    def __repr__(self):
        return "Close(%r)" % (self.value,)


VALUES = [
    # relu: x itself when not below zero, a zero of x's type otherwise
    ("relu", 3, {}, 3),
    ("relu", -3, {}, 0),
    ("relu", 2.5, {}, 2.5),
    ("relu", -2.5, {}, 0.0),
    ("relu", 0, {}, 0),
    ("relu", -0.0, {}, -0.0),
    ("relu", 0.0, {}, 0.0),
    ("relu", nan, {}, nan),
    ("relu", inf, {}, inf),
    ("relu", -inf, {}, 0.0),
    ("relu", 5e-324, {}, 5e-324),
    ("relu", -5e-324, {}, 0.0),
    ("relu", BIG, {}, BIG),
    ("relu", -BIG, {}, 0),
    ("relu", True, {}, True),
    ("relu", [-1, 2, -3, 4, 0], {}, [0, 2, 0, 4, 0]),
    ("relu", [[-1.5, 2.5], [], [[-0.0]]], {}, [[0.0, 2.5], [], [[-0.0]]]),
    ("relu", (-1, 1), {}, [0, 1]),
    ("relu", range(-2, 2), {}, [0, 0, 0, 1]),
    ("relu", [], {}, []),
    ("relu", [[]], {}, [[]]),
    # squared_relu: x * x where x > 0, else 0.0, a float; its derivative 2x or 0
    (
        "squared_relu",
        [3, -3, 0, 2.5, -2.5, -0.0, nan, inf, -inf],
        {},
        [9.0, 0.0, 0.0, 6.25, 0.0, 0.0, nan, inf, 0.0],
    ),
    ("squared_relu", [[-1, 2], []], {}, [[0.0, 4.0], []]),
    ("squared_relu", 1e200, {}, inf),
    (
        "squared_relu_derivative",
        [3, -3, 0, 2.5, 0.0, -0.0, nan, inf],
        {},
        [6.0, 0.0, 0.0, 5.0, 0.0, 0.0, nan, inf],
    ),
    # relu': 1 for x > 0, 0 for x <= 0 (0 at the kink), nan for nan, in x's type
    ("relu_derivative", 3, {}, 1),
    ("relu_derivative", -3, {}, 0),
    ("relu_derivative", 0, {}, 0),
    ("relu_derivative", 2.5, {}, 1.0),
    ("relu_derivative", -2.5, {}, 0.0),
    ("relu_derivative", 0.0, {}, 0.0),
    ("relu_derivative", -0.0, {}, 0.0),
    ("relu_derivative", nan, {}, nan),
    ("relu_derivative", inf, {}, 1.0),
    ("relu_derivative", -inf, {}, 0.0),
    ("relu_derivative", BIG, {}, 1),
    ("relu_derivative", [-1, 0, 1.0, [2]], {}, [0, 0, 1.0, [1]]),
    # leaky_relu: x for x > 0, negative_slope * x otherwise
    ("leaky_relu", 3, {}, 3),
    ("leaky_relu", -3.0, {}, -0.03),
    ("leaky_relu", -10, {}, -0.1),
    ("leaky_relu", 0, {}, 0.0),
    ("leaky_relu", -0.0, {}, -0.0),
    ("leaky_relu", nan, {}, nan),
    ("leaky_relu", inf, {}, inf),
    ("leaky_relu", -inf, {}, -inf),
    ("leaky_relu", BIG, {}, BIG),
    ("leaky_relu", -BIG, {}, -inf),
    ("leaky_relu", -2.0, {"negative_slope": 0.5}, -1.0),
    ("leaky_relu", -2, {"negative_slope": -1}, 2),
    ("leaky_relu", [[-2.0, 1.0], [3.0, -4.0]], {"negative_slope": 0.1}, [[-0.2, 1.0], [3.0, -0.4]]),
    # leaky_relu': 1 for x > 0, negative_slope for x <= 0 (negative_slope at the kink)
    ("leaky_relu_derivative", 2.0, {}, 1.0),
    ("leaky_relu_derivative", 2, {}, 1),
    ("leaky_relu_derivative", -2.0, {}, 0.01),
    ("leaky_relu_derivative", 0.0, {}, 0.01),
    ("leaky_relu_derivative", 0, {"negative_slope": 0.2}, 0.2),
    ("leaky_relu_derivative", nan, {}, nan),
    ("leaky_relu_derivative", -inf, {}, 0.01),
    ("leaky_relu_derivative", inf, {}, 1.0),
    ("leaky_relu_derivative", [-1.0, [0.0, 1.0]], {"negative_slope": 0.5}, [0.5, [0.5, 1.0]]),
    # sigmoid: a float in [0, 1], never overflowing
    ("sigmoid", 0, {}, 0.5),
    ("sigmoid", 0.0, {}, 0.5),
    ("sigmoid", -0.0, {}, 0.5),
    ("sigmoid", 1.0, {}, Close(0.7310585786300049)),
    ("sigmoid", -1.0, {}, Close(0.2689414213699951)),
    ("sigmoid", 40.0, {}, 1.0),
    ("sigmoid", -40.0, {}, Close(4.248354255291589e-18)),
    ("sigmoid", 1000, {}, 1.0),
    ("sigmoid", -1000, {}, 0.0),
    ("sigmoid", BIG, {}, 1.0),
    ("sigmoid", -BIG, {}, 0.0),
    ("sigmoid", inf, {}, 1.0),
    ("sigmoid", -inf, {}, 0.0),
    ("sigmoid", nan, {}, nan),
    ("sigmoid", -710, {}, Close(4.47628622567513e-309, ulps=1)),
    ("sigmoid", True, {}, Close(0.7310585786300049)),
    ("sigmoid", [[0, 0.0], [inf]], {}, [[0.5, 0.5], [1.0]]),
    # sigmoid': accurate in the tails
    ("sigmoid_derivative", 0, {}, 0.25),
    ("sigmoid_derivative", 0.0, {}, 0.25),
    ("sigmoid_derivative", 40, {}, Close(4.248354255291589e-18)),
    ("sigmoid_derivative", -40.0, {}, Close(4.248354255291589e-18)),
    ("sigmoid_derivative", 1.0, {}, Close(0.19661193324148185)),
    ("sigmoid_derivative", 800.0, {}, 0.0),
    ("sigmoid_derivative", inf, {}, 0.0),
    ("sigmoid_derivative", -inf, {}, 0.0),
    ("sigmoid_derivative", nan, {}, nan),
    ("sigmoid_derivative", BIG, {}, 0.0),
    # tanh: a float in [-1, 1]
    ("tanh", 0, {}, 0.0),
    ("tanh", -0.0, {}, -0.0),
    ("tanh", 1.0, {}, Close(0.7615941559557649)),
    ("tanh", 20.0, {}, 1.0),
    ("tanh", -1000, {}, -1.0),
    ("tanh", BIG, {}, 1.0),
    ("tanh", -BIG, {}, -1.0),
    ("tanh", inf, {}, 1.0),
    ("tanh", -inf, {}, -1.0),
    ("tanh", nan, {}, nan),
    ("tanh", 1e-300, {}, 1e-300),
    ("tanh", [[-inf], [0.0, inf]], {}, [[-1.0], [0.0, 1.0]]),
    # tanh': accurate in the tails
    ("tanh_derivative", 0, {}, 1.0),
    ("tanh_derivative", 20, {}, Close(1.6993417021166355e-17)),
    ("tanh_derivative", -20.0, {}, Close(1.6993417021166355e-17)),
    ("tanh_derivative", 1.0, {}, Close(0.41997434161402614)),
    ("tanh_derivative", 400.0, {}, 0.0),
    ("tanh_derivative", inf, {}, 0.0),
    ("tanh_derivative", -inf, {}, 0.0),
    ("tanh_derivative", nan, {}, nan),
    ("tanh_derivative", -BIG, {}, 0.0),
    # relu6 and hardtanh: clipped, in x's type; derivatives 0 at the ends
    ("relu6", [-1, 3, 9, -0.0, nan, inf, -inf], {}, [0, 3, 6, -0.0, nan, 6.0, 0.0]),
    ("relu6_derivative", [-1, 0, 3, 6, 9, nan], {}, [0, 0, 1, 0, 0, nan]),
    ("hardtanh", [-3.0, 0.5, 3.0, nan], {}, [-1.0, 0.5, 1.0, nan]),
    ("hardtanh", [-3, 3], {"min_val": 0, "max_val": 2}, [0, 2]),
    ("hardtanh_derivative", [-1.0, 0.0, 1.0, nan], {}, [0.0, 1.0, 0.0, nan]),
    # elu, selu, celu: kinks at 0
    ("elu", [-1000.0, 0.0, 2.0, -inf, nan], {}, [-1.0, 0.0, 2.0, -1.0, nan]),
    ("elu_derivative", [-inf, 0.0, 2.0], {"alpha": 0.5}, [0.0, 0.5, 1.0]),
    ("selu", 1.0, {}, 1.0507009873554805),
    ("selu_derivative", 0.0, {}, Close(1.7580993408473768)),
    ("celu", [-1000.0, 0.0, 2.0], {"alpha": 2.0}, [-2.0, 0.0, 2.0]),
    ("celu_derivative", [0.0, 1.0], {}, [1.0, 1.0]),
    # gelu, exact and tanh forms
    ("gelu", [0.0, inf, -inf, nan], {}, [0.0, inf, -0.0, nan]),
    ("gelu", 1.0, {}, Close(0.8413447460685429)),
    ("gelu", -1.0, {}, Close(-0.15865525393145707)),
    ("gelu", 1.0, {"approximate": "tanh"}, Close(0.8411919906082768)),
    ("gelu_derivative", [0.0, 1000.0, -1000.0], {}, [0.5, 1.0, -0.0]),
    ("gelu_derivative", 0.0, {"approximate": "tanh"}, 0.5),
    # silu (swish) and mish
    ("silu", [-1000.0, 0.0, 1000.0, nan], {}, [-0.0, 0.0, 1000.0, nan]),
    ("swish", 1.0, {}, Close(0.7310585786300049)),
    ("silu_derivative", [0.0, 1000.0], {}, [0.5, 1.0]),
    # quick_gelu: x sigmoid(1.702 x), with silu's tails; its derivative is silu' at 1.702 x
    ("quick_gelu", [0.0, -inf, inf, nan, -1000.0], {}, [0.0, -0.0, inf, nan, -0.0]),
    ("quick_gelu", 1.0, {}, Close(0.8457957659328212)),
    ("quick_gelu", -420.0, {}, Close(-1.4865579597462433e-308)),
    ("quick_gelu", 3, {}, Close(2.981928690292214)),
    ("quick_gelu_derivative", [0.0, 1000.0, -inf, nan, -700.0], {}, [0.5, 1.0, -0.0, nan, -0.0]),
    ("quick_gelu_derivative", 1.0, {}, Close(1.067779606556334)),
    ("mish", [0.0, -inf, inf], {}, [0.0, -0.0, inf]),
    ("mish", 1.0, {}, Close(0.8650983882673103)),
    ("mish_derivative", 0.0, {}, Close(0.6)),
    # softplus and logsigmoid: exact, never overflowing
    ("softplus", [-1000.0, 1000.0, -inf, inf, nan], {}, [0.0, 1000.0, 0.0, inf, nan]),
    ("softplus", 0.0, {}, Close(0.6931471805599453)),
    ("softplus", -700.0, {}, Close(9.85967654375977e-305)),
    ("softplus_derivative", [-1000.0, 0.0, 1000.0], {}, [0.0, 0.5, 1.0]),
    ("logsigmoid", -1000.0, {}, -1000.0),
    ("logsigmoid", 0.0, {}, Close(-0.6931471805599453)),
    ("logsigmoid_derivative", [-1000.0, 0.0, 1000.0], {}, [1.0, 0.5, 0.0]),
    # softsign, hardsigmoid, hardswish
    ("softsign", [-3.0, 0.0, 1.0, inf, -inf, BIG], {}, [-0.75, 0.0, 0.5, 1.0, -1.0, 1.0]),
    ("softsign_derivative", [0.0, 1.0, inf], {}, [1.0, 0.25, 0.0]),
    ("hardsigmoid", [-4, 0, 1.5, 4, nan], {}, [0.0, 0.5, 0.75, 1.0, nan]),
    ("hardsigmoid_derivative", [-3.0, 0.0, 3.0, nan], {}, [0.0, 1.0 / 6.0, 0.0, nan]),
    ("hardswish", [-4, -1.5, 0, 4], {}, [0.0, -0.375, 0.0, 4.0]),
    ("hardswish_derivative", [-3, 0, 3], {}, [0.0, 0.5, 1.0]),
    # tanhshrink: no cancellation near 0
    ("tanhshrink", 1e-100, {}, Close(3.3333333333333334e-301)),
    ("tanhshrink", [0.0, inf, -inf], {}, [0.0, inf, -inf]),
    ("tanhshrink_derivative", [0.0, 1000.0], {}, [0.0, 1.0]),
    # the shrinks and threshold: 0 derivative at the thresholds
    ("softshrink", [-2, 0, 0.25, 2, nan], {}, [-1.5, 0, 0.0, 1.5, nan]),
    ("softshrink_derivative", [-2.0, -0.5, 0.0, 0.5, 2.0], {}, [1.0, 0.0, 0.0, 0.0, 1.0]),
    ("hardshrink", [-2, 0.25, 2.0, nan], {}, [-2, 0.0, 2.0, nan]),
    ("hardshrink_derivative", [-2, 0.5, 2], {}, [1, 0.0, 1]),
    ("threshold", [-1.0, 0.5, 2.0, nan], {"threshold": 0.5, "value": -9.0}, [-9.0, -9.0, 2.0, nan]),
    (
        "threshold_derivative",
        [0.0, 1.0, 2.0, nan],
        {"threshold": 1.0, "value": 0.0},
        [0.0, 0.0, 1.0, nan],
    ),
    # softmax and log_softmax over the last axis
    ("softmax", [1000.0, 0.0], {}, [1.0, 0.0]),
    ("softmax", [[0, 0], [-inf, 0.0]], {}, [[0.5, 0.5], [0.0, 1.0]]),
    ("softmax", [inf, 1.0], {}, [nan, nan]),
    ("softmax", [-inf, -inf], {}, [nan, nan]),
    ("log_softmax", [-1000.0, 0.0, 1000.0], {}, [-2000.0, -1000.0, 0.0]),
    ("softmax_derivative", [0.0, 0.0], {}, [[0.25, -0.25], [-0.25, 0.25]]),
    ("log_softmax_derivative", [[0.0, 0.0]], {}, [[[0.5, -0.5], [-0.5, 0.5]]]),
    # softmax and its kin along any axis (dim), the last by default
    (
        "softmax",
        [[1.0, 1.0], [1.0, 3.0]],
        {"dim": 0},
        [[0.5, Close(0.11920292202211755)], [0.5, Close(0.8807970779778823)]],
    ),
    ("softmin", [1.0, 2.0], {}, [Close(0.7310585786300049), Close(0.2689414213699951)]),
    ("softmin_derivative", [0.0, 0.0], {}, [[-0.25, 0.25], [0.25, -0.25]]),
    ("logsumexp", [[0.0, 0.0], [1000.0, -1000.0]], {}, [Close(0.6931471805599453), 1000.0]),
    (
        "logsumexp",
        [[0.0, 0.0], [inf, 1.0]],
        {"keepdim": True},
        [[Close(0.6931471805599453)], [inf]],
    ),
    ("logsumexp_derivative", [0.0, 0.0], {}, [0.5, 0.5]),
    ("glu", [[1.0, 0.0]], {}, [[0.5]]),
    ("glu", [[1.0, 2.0], [0.0, 0.0]], {"dim": 0}, [[0.5, 1.0]]),
    # swiglu, geglu and reglu: glu's split, with silu, gelu and relu as the gate
    ("swiglu", [1.0, 3.0, 1000.0, -1000.0], {}, [1000.0, -0.0]),
    ("swiglu", [1e300, -800.0], {}, [Close(-2.93429966734215e-45)]),
    ("swiglu_derivative", [2.0, 0.0], {}, [[0.0, 1.0]]),
    ("geglu", [2.0, 0.0, -1.0, 10.0], {}, [Close(-0.31731050786291404), 0.0]),
    ("geglu", [1e300, -40.0], {}, [Close(-1.462357416366012e-48)]),
    ("geglu_derivative", [2.0, 0.0], {}, [[0.0, 1.0]]),
    ("reglu", [[2.0, 3.0, -1.0, 0.5]], {}, [[0.0, 1.5]]),
    ("reglu_derivative", [2.0, 3.0], {}, [[3.0, 2.0]]),
    ("glu_derivative", [inf, 800.0], {}, [[1.0, inf]]),
    ("glu", [inf, -3000.0], {}, [inf]),
    ("glu_derivative", [[2.0, 0.0]], {}, [[[0.5, 0.5]]]),
    ("sparsemax", [[0.0, 0.5, 1.0], [0.0, 0.5, 3.0]], {}, [[0.0, 0.25, 0.75], [0.0, 0.0, 1.0]]),
    (
        "sparsemax_derivative",
        [0.0, 0.5, 1.0],
        {},
        [[0.0, 0.0, 0.0], [0.0, 0.5, -0.5], [0.0, -0.5, 0.5]],
    ),
    # prelu, rrelu, squareplus, sparse_plus, sparse_sigmoid
    ("prelu", [-4.0, 4.0], {"weight": 0.25}, [-1.0, 4.0]),
    ("prelu", [[-4.0, -4.0], [4.0, -2.0]], {"weight": [0.5, 0.25]}, [[-2.0, -1.0], [4.0, -0.5]]),
    ("prelu_derivative", [-4.0, 0.0, 4.0, nan], {"weight": 0.25}, [0.25, 0.25, 1.0, nan]),
    ("rrelu", [-2.0, 3.0], {"lower": 0.1, "upper": 0.3}, [-0.4, 3.0]),
    ("rrelu_derivative", [-2.0, 3.0], {"lower": 0.1, "upper": 0.3}, [0.2, 1.0]),
    ("squareplus", [-1.5, 0.0, 1.5, -inf, inf, nan], {}, [0.5, 1.0, 2.0, 0.0, inf, nan]),
    ("squareplus", -1e8, {}, Close(1e-08)),
    ("squareplus_derivative", [0.0, inf, -inf], {}, [0.5, 1.0, 0.0]),
    ("sparse_plus", [-2.0, 0.0, 0.5, 2.0, nan], {}, [0.0, 0.25, 0.5625, 2.0, nan]),
    ("sparse_plus_derivative", [-1.0, 0.0, 1.0], {}, [0.0, 0.5, 1.0]),
    ("sparse_sigmoid", [-2.0, 0.0, 2.0], {}, [0.0, 0.5, 1.0]),
    ("sparse_sigmoid_derivative", [-1.0, 0.0, 1.0, nan], {}, [0.0, 0.5, 0.0, nan]),
    # softplus with PyTorch's threshold: x itself where beta * x > threshold
    ("softplus", [30.0, 20.0], {"threshold": 20}, [30.0, Close(20.000000002061153)]),
    ("softplus_derivative", [30.0, 0.0], {"threshold": 20}, [1.0, 0.5]),
    # what fuzzing found: intermediates that overflowed, tails that lost digits, signs of zero
    ("mish_derivative", [1e308, -1e308, inf, -inf], {}, [1.0, -0.0, 1.0, -0.0]),
    ("silu", -740.0, {}, Close(-3.09967e-319)),
    ("silu", -746.0, {}, Close(-7.76e-322)),
    ("mish", -746.0, {}, Close(-7.76e-322)),
    ("softsign_derivative", 1e155, {}, Close(1e-310)),
    ("gelu", -38.31505355461909, {}, Close(-6.593e-320)),
    ("gelu_derivative", -21.449834703311584, {"approximate": "tanh"}, Close(-4.33092e-318)),
    ("elu_derivative", -740.0, {"alpha": 1000.0}, Close(4.18874e-319)),
    ("celu", -1e-300, {"alpha": 1e10}, Close(-1e-300)),
    ("softplus", 1e308, {"beta": 2.0}, 1e308),
    ("leaky_relu_derivative", -1.0, {"negative_slope": -0.0}, -0.0),
    ("hardtanh", [-5.0, 5.0], {"min_val": -0.0, "max_val": 0.0}, [-0.0, 0.0]),
    ("relu", [], {}, []),
    ("softplus", [], {"beta": 2.0}, []),
    # nesting up to the limit of 32 levels
    ("relu", nested(-1.0, 32), {}, nested(0.0, 32)),
    ("sigmoid", nested([0, 0.0], 31), {}, nested([0.5, 0.5], 31)),
]

ERRORS = [
    (
        "relu",
        "3",
        {},
        "TypeError",
        "relu: x is '3' (str), expected a real number or an iterable of them",
    ),
    (
        "relu",
        None,
        {},
        "TypeError",
        "relu: x is None (NoneType), expected a real number or an iterable of them",
    ),
    (
        "relu",
        1j,
        {},
        "TypeError",
        "relu: x is 1j (complex), expected a real number or an iterable of them",
    ),
    (
        "relu",
        {"a": 1},
        {},
        "TypeError",
        "relu: x is {'a': 1} (dict), expected a real number or an iterable of them",
    ),
    (
        "relu",
        [1, ["a"]],
        {},
        "TypeError",
        "relu: element [1][0] is 'a' (str), expected a real number",
    ),
    (
        "sigmoid",
        [0.5, None],
        {},
        "TypeError",
        "sigmoid: element [1] is None (NoneType), expected a real number",
    ),
    (
        "tanh",
        [[1.0], [2.0, [3.0, "x"]]],
        {},
        "TypeError",
        "tanh: element [1][1][1] is 'x' (str), expected a real number",
    ),
    (
        "tanh_derivative",
        [1j],
        {},
        "TypeError",
        "tanh_derivative: element [0] is 1j (complex), expected a real number",
    ),
    (
        "sigmoid_derivative",
        [b"1"],
        {},
        "TypeError",
        "sigmoid_derivative: element [0] is b'1' (bytes), expected a real number",
    ),
    (
        "relu_derivative",
        [[0.0, [1.0]], [[]], "0"],
        {},
        "TypeError",
        "relu_derivative: element [2] is '0' (str), expected a real number",
    ),
    (
        "leaky_relu",
        1.0,
        {"negative_slope": "0.1"},
        "TypeError",
        "leaky_relu: negative_slope is '0.1' (str), expected a real number",
    ),
    (
        "leaky_relu_derivative",
        1.0,
        {"negative_slope": None},
        "TypeError",
        "leaky_relu_derivative: negative_slope is None (NoneType), expected a real number",
    ),
    (
        "leaky_relu",
        1.0,
        {"negative_slope": [0.1]},
        "TypeError",
        "leaky_relu: negative_slope is [0.1] (list), expected a real number",
    ),
    ("relu", nested(1.0, 33), {}, "ValueError", "relu: input nests deeper than 32 levels"),
    (
        "softmax",
        1.0,
        {},
        "ValueError",
        "softmax: x is 1.0 (float), expected a row of numbers or a list of rows",
    ),
    (
        "log_softmax",
        [[1.0], []],
        {},
        "ValueError",
        "log_softmax: element [1] is an empty row, expected at least one number",
    ),
    (
        "softmax_derivative",
        [[1.0, "a"]],
        {},
        "TypeError",
        "softmax_derivative: element [0][1] is 'a' (str), expected a real number",
    ),
    (
        "gelu",
        1.0,
        {"approximate": "erf"},
        "ValueError",
        "gelu: approximate is 'erf', expected 'none' or 'tanh'",
    ),
    (
        "hardtanh",
        0.0,
        {"min_val": 2.0, "max_val": 1.0},
        "ValueError",
        "hardtanh: min_val 2.0 is above max_val 1.0",
    ),
    (
        "softshrink",
        [1.0],
        {"lambd": -0.5},
        "ValueError",
        "softshrink: lambd is -0.5, expected a number >= 0",
    ),
    ("celu", 1.0, {"alpha": 0.0}, "ValueError", "celu: alpha is 0.0, expected a positive number"),
    (
        "mish",
        [0.0, [None]],
        {},
        "TypeError",
        "mish: element [1][0] is None (NoneType), expected a real number",
    ),
    ("tanh", [[0.0], nested("x", 40)], {}, "ValueError", "tanh: input nests deeper than 32 levels"),
    # parameters are checked before any element is computed, even for an empty list
    ("celu", [], {"alpha": 0}, "ValueError", "celu: alpha is 0, expected a positive number"),
    (
        "hardtanh",
        [],
        {"min_val": 2, "max_val": 1},
        "ValueError",
        "hardtanh: min_val 2 is above max_val 1",
    ),
    ("softplus", [], {"beta": 0}, "ValueError", "softplus: beta is 0, expected a nonzero number"),
    (
        "gelu",
        [],
        {"approximate": "erf"},
        "ValueError",
        "gelu: approximate is 'erf', expected 'none' or 'tanh'",
    ),
    (
        "leaky_relu",
        [],
        {"negative_slope": "0.1"},
        "TypeError",
        "leaky_relu: negative_slope is '0.1' (str), expected a real number",
    ),
    (
        "rrelu_derivative",
        [-1.0],
        {"training": True},
        "ValueError",
        "rrelu_derivative: training=True has no derivative (a new slope at every call); "
        "use training=False",
    ),
    # inplace=True needs a list, and dim an axis that exists, along rows of equal lengths
    (
        "relu",
        1.5,
        {"inplace": True},
        "TypeError",
        "relu: inplace=True needs a list, x is 1.5 (float)",
    ),
    (
        "leaky_relu",
        (1.0, -1.0),
        {"inplace": True},
        "TypeError",
        "leaky_relu: inplace=True needs a list, x is (1.0, -1.0) (tuple)",
    ),
    (
        "softmax",
        [[1.0, 2.0]],
        {"dim": 2},
        "ValueError",
        "softmax: dim 2 is out of range for x of shape (1, 2)",
    ),
    (
        "softmax",
        [[1.0, 2.0], [3.0]],
        {"dim": 0},
        "ValueError",
        "softmax: dim 0 needs lists of equal lengths; x starts with shape (2, 2), "
        "but element [1] has 1 items",
    ),
    (
        "glu",
        [1.0, 2.0, 3.0],
        {},
        "ValueError",
        "glu: x has 3 numbers along dim -1, expected an even number",
    ),
]


def same(result, expected):
    """True when result matches expected exactly (see the module docstring)."""
    if isinstance(expected, Close):
        if type(result) is not float:
            return False
        return abs(result - expected.value) <= expected.ulps * _ulp(expected.value)
    if type(result) is not type(expected):
        return False
    if type(expected) is list:
        return len(result) == len(expected) and all(same(r, e) for r, e in zip(result, expected))
    if expected != expected:  # nan, of any type
        return result != result
    if type(expected) is float:
        if expected == 0.0:
            return result == 0.0 and str(result) == str(expected)
    return result == expected


def _ulp(x):
    """The spacing of floats at x (math.ulp, which MicroPython and Python 3.8 lack)."""
    if x == 0.0:
        return 5e-324
    exponent = frexp(x)[1]
    return ldexp(1.0, max(exponent - 53, -1074))
