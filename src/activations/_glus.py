"""Gated linear units: one half of a row times a gate made of the other half.

glu (Dauphin et al., 2017) gates with the sigmoid; swiglu, geglu and reglu (Shazeer, "GLU
Variants Improve Transformer", 2020) with silu, gelu and relu, as LLaMA, PaLM, Mistral,
Gemma and T5 v1.1 do.  Each splits its row along ``dim`` into halves a (the first) and b (the
second), as torch.nn.functional.glu does, and returns a * gate(b), a row of half the length;
their derivatives are Jacobians of (n/2) x n.  Each is written for one row, a list of floats;
``_lift_rows.py`` finds the rows along any axis.
"""

from ._lift_rows import rowwise
from ._reals import times_exp
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
    # Below b = -708, sigmoid(b) is exp(b), subnormal: a * exp(b) keeps its digits by times_exp.
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
    half = len(row) // 2
    a, b = row[:half], row[half:]
    gates, slopes = [sigmoid(v) for v in b], [sigmoid_derivative(v) for v in b]
    jacobian = []
    for i in range(half):
        line = [0.0] * len(row)
        line[i] = gates[i]
        # Below b = -708, sigmoid'(b) is exp(b), subnormal: as in glu.
        line[half + i] = a[i] * slopes[i] if b[i] >= -708.0 else times_exp(a[i], b[i])
        jacobian.append(line)
    return jacobian
