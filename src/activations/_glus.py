"""Gated linear units: one half of a row times a gate made of the other half.

glu (Dauphin et al., 2017) gates with the sigmoid; swiglu, geglu and reglu (Shazeer, "GLU
Variants Improve Transformer", 2020) with silu, gelu and relu, as LLaMA, PaLM, Mistral,
Gemma and T5 v1.1 do.  Each splits its row along ``dim`` into halves a (the first) and b (the
second), as torch.nn.functional.glu does, and returns a * gate(b), a row of half the length;
their derivatives are Jacobians of (n/2) x n.  Each is written for one row, a list of floats;
``_lift_rows.py`` finds the rows along any axis.
"""

from ._gates import gelu, gelu_derivative, gelu_derivative_tail, gelu_tail, silu, silu_derivative
from ._lift_rows import rowwise
from ._reals import product_times_exp, times_exp
from ._rectifiers import relu, relu_derivative
from ._sigmoids import sigmoid, sigmoid_derivative


@rowwise(even=True)
def glu(row):
    """Gated linear unit: the first half of the row times sigmoid of the second.

        glu(x) = a * sigmoid(b),  x = [a, b] split in halves along dim

    The axis must have even length; the result has half of it.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis to split (default -1, the last).

    Example:
        >>> glu([1.0, 2.0, 0.0, 1000.0])
        [0.5, 2.0]
    """
    half = len(row) // 2
    # glu's own comprehension, not _gated's call per element: glu is the common one, and a
    # call costs it a tenth.  Below b = -708, sigmoid(b) is exp(b), subnormal: times_exp.
    return [
        a * sigmoid(b) if b >= -708.0 else times_exp(a, b) for a, b in zip(row[:half], row[half:])
    ]


@rowwise(result="matrix", even=True)
def glu_derivative(row):
    """Jacobian of glu: an (n/2) x n matrix per row.

        d glu_i / d a_i = sigmoid(b_i),  d glu_i / d b_i = a_i * sigmoid'(b_i),  0 elsewhere

    For x of shape (..., n, ...) with the rows along dim, the result has the
    other axes, then n/2 x n.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis to split (default -1, the last).

    Example:
        >>> glu_derivative([3.0, 0.0])
        [[0.5, 0.75]]
    """
    return _jacobian(row, sigmoid, _times_sigmoid_derivative)


@rowwise(even=True)
def swiglu(row):
    """SwiGLU: the first half of the row times silu (swish) of the second.

        swiglu(x) = a * silu(b) = a * b * sigmoid(b),  x = [a, b] split in halves along dim

    Shazeer, "GLU Variants Improve Transformer" (2020); the feed-forward gate of
    LLaMA, PaLM and Mistral, where a and b come from two projections of one input.
    The axis must have even length; the result has half of it.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis to split (default -1, the last).

    Example:
        >>> swiglu([2.0, 0.0])
        [0.0]
        >>> swiglu([[1.0, 3.0, 1000.0, -1000.0]])
        [[1000.0, -0.0]]
    """
    return _gated(row, _times_silu)


@rowwise(result="matrix", even=True)
def swiglu_derivative(row):
    """Jacobian of swiglu: an (n/2) x n matrix per row.

        d swiglu_i / d a_i = silu(b_i),  d swiglu_i / d b_i = a_i * silu'(b_i),  0 elsewhere

    Arranged as glu_derivative's.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis to split (default -1, the last).

    Example:
        >>> swiglu_derivative([2.0, 0.0])
        [[0.0, 1.0]]
    """
    return _jacobian(row, silu, _times_silu_derivative)


@rowwise(even=True)
def geglu(row):
    """GEGLU: the first half of the row times gelu of the second.

        geglu(x) = a * gelu(b),  x = [a, b] split in halves along dim

    Shazeer, "GLU Variants Improve Transformer" (2020), with gelu's exact form
    (approximate='none'); the gate of Gemma and T5 v1.1.  The axis must have even
    length; the result has half of it.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis to split (default -1, the last).

    Example:
        >>> geglu([2.0, 0.0, -1.0, 10.0])
        [-0.31731050786291404, 0.0]
    """
    return _gated(row, _times_gelu)


@rowwise(result="matrix", even=True)
def geglu_derivative(row):
    """Jacobian of geglu: an (n/2) x n matrix per row.

        d geglu_i / d a_i = gelu(b_i),  d geglu_i / d b_i = a_i * gelu'(b_i),  0 elsewhere

    Arranged as glu_derivative's.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis to split (default -1, the last).

    Example:
        >>> geglu_derivative([2.0, 0.0])
        [[0.0, 1.0]]
    """
    return _jacobian(row, gelu, _times_gelu_derivative)


@rowwise(even=True)
def reglu(row):
    """ReGLU: the first half of the row times relu of the second.

        reglu(x) = a * relu(b),  x = [a, b] split in halves along dim

    Shazeer, "GLU Variants Improve Transformer" (2020).  The axis must have even
    length; the result has half of it.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis to split (default -1, the last).

    Example:
        >>> reglu([2.0, 3.0, -1.0, 0.5])
        [0.0, 1.5]
    """
    return _gated(row, _times_relu)


@rowwise(result="matrix", even=True)
def reglu_derivative(row):
    """Jacobian of reglu: an (n/2) x n matrix per row.

        d reglu_i / d a_i = relu(b_i),  d reglu_i / d b_i = a_i * relu'(b_i),  0 elsewhere

    relu'(0) is 0, as in relu_derivative; nan gives nan.  Arranged as
    glu_derivative's.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis to split (default -1, the last).

    Example:
        >>> reglu_derivative([2.0, 3.0])
        [[3.0, 2.0]]
    """
    return _jacobian(row, relu, _times_relu_derivative)


def _gated(row, times_gate):
    """[times_gate(a_i, b_i)], the row split in halves a and b."""
    half = len(row) // 2
    return [times_gate(a, b) for a, b in zip(row[:half], row[half:])]


def _jacobian(row, gate, times_slope):
    """The Jacobian of a * gate(b): gate(b_i) against a_i, times_slope(a_i, b_i) against b_i."""
    half = len(row) // 2
    jacobian = []
    for i in range(half):
        line = [0.0] * len(row)
        line[i] = gate(row[half + i])
        line[half + i] = times_slope(row[i], row[half + i])
        jacobian.append(line)
    return jacobian


# a times each gate and each gate's slope.  Where the gate is subnormal, a * gate(b) would keep
# only its few digits, or none (a = 1e300, b = -800): there the gate is c exp(d), and a * c is
# scaled by exp(d) at the end (times_exp, product_times_exp).


def _times_sigmoid_derivative(a, b):
    if -708.0 <= b <= 708.0:
        return a * sigmoid_derivative(b)
    return times_exp(a, -abs(b))  # sigmoid'(b) is exp(-|b|) there


def _times_silu(a, b):
    return a * silu(b) if b >= -700.0 else product_times_exp(a, b, b)  # silu(b) is b exp(b)


def _times_silu_derivative(a, b):
    if b >= -700.0:
        return a * silu_derivative(b)
    return product_times_exp(a, 1.0 + b, b)  # silu'(b) is (1 + b) exp(b) there


def _times_gelu(a, b):
    if b >= -37.5:
        return a * gelu(b)
    return product_times_exp(a, *gelu_tail(b))


def _times_gelu_derivative(a, b):
    if b >= -37.5:
        return a * gelu_derivative(b)
    if b < -60.0:  # exp(-b**2 / 2) takes a * gelu'(b) below the smallest float, for any a
        return -0.0 * a
    return product_times_exp(a, *gelu_derivative_tail(b))


def _times_relu(a, b):
    return a * relu(b)


def _times_relu_derivative(a, b):
    return a * relu_derivative(b)
