"""Shrinks: functions that pull x towards 0.

softshrink moves x towards 0 by lambd and sets it to 0 within lambd, hardshrink sets it
to 0 within lambd and leaves it alone outside; both compute in their input's own type.
tanhshrink, x - tanh(x), is smooth and returns floats.  Each function is written for one
real number, with its derivative right below it; ``_lift.py`` makes it take lists too.
"""

from math import tanh as _tanh

from ._lift import derivative_of, elementwise, nonnegative
from ._reals import one_like, zero_like


@elementwise(nonnegative("lambd", 0.5), keeps_type=True)
def softshrink(x, lambd=0.5):
    """Soft shrinkage: moves x towards 0 by lambd, and to 0 within lambd.

        softshrink(x) = x - lambd if x > lambd, x + lambd if x < -lambd, else 0

    In the arithmetic of x and lambd; nan gives nan.  lambd must not be negative.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        lambd: the threshold (default 0.5, as in PyTorch).

    Example:
        >>> softshrink([-2, 0, 0.25, 2])
        [-1.5, 0, 0.0, 1.5]
    """
    if x > lambd:
        return x - lambd
    if x < -lambd:
        return x + lambd
    if x != x:
        return x
    return 0.0 if type(x) is float else zero_like(x)


@derivative_of(softshrink)
def softshrink_derivative(x, lambd=0.5):
    """Derivative of softshrink, and of hardshrink: 1 where |x| > lambd, else 0.

        softshrink'(x) = hardshrink'(x) = 1 if |x| > lambd else 0

    0 at +-lambd, as in PyTorch; nan gives nan; x's type.  hardshrink_derivative
    is this function under its own name.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        lambd: the threshold (default 0.5).

    Example:
        >>> softshrink_derivative([-2.0, -0.5, 0.0, 2.0])
        [1.0, 0.0, 0.0, 1.0]
        >>> hardshrink_derivative([-2, 0.5, 2])
        [1, 0.0, 1]
    """
    if x > lambd or x < -lambd:
        return 1.0 if type(x) is float else one_like(x)
    if x != x:
        return x
    return 0.0 if type(x) is float else zero_like(x)


@elementwise(nonnegative("lambd", 0.5), keeps_type=True)
def hardshrink(x, lambd=0.5):
    """Hard shrinkage: x where |x| > lambd, else 0.

        hardshrink(x) = x if |x| > lambd else 0

    x itself outside [-lambd, lambd] (nan unchanged), a zero of x's type inside.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        lambd: the threshold (default 0.5, as in PyTorch).

    Example:
        >>> hardshrink([-2, 0.25, 2.0])
        [-2, 0.0, 2.0]
    """
    if x > lambd or x < -lambd or x != x:
        return x
    return 0.0 if type(x) is float else zero_like(x)


# hardshrink's derivative is softshrink's: the same function of x and lambd.
hardshrink_derivative = softshrink_derivative
derivative_of(hardshrink, name="hardshrink_derivative")(softshrink_derivative)


@elementwise()
def tanhshrink(x):
    """x minus tanh(x).

        tanhshrink(x) = x - tanh(x)

    Below |x| = 0.6 the subtraction would cancel, so there x - tanh(x) comes
    from Lambert's continued fraction for tanh instead.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> tanhshrink([0.0, 1.0])
        [0.0, 0.23840584404423515]
    """
    if abs(x) >= 0.6:
        return x - _tanh(x)
    # Lambert: tanh(x) = x / (1 + q), q = x**2 / (3 + x**2 / (5 + x**2 / (7 + ...))), so
    # x - tanh(x) = x q / (1 + q), where every step adds or divides positive numbers.
    # Seven levels are within 4 ulp of the exact value below 0.6.
    square = x * x
    q = square / 15.0
    for odd in (13.0, 11.0, 9.0, 7.0, 5.0, 3.0):
        q = square / (odd + q)
    return x * q / (1.0 + q)


@derivative_of(tanhshrink)
def tanhshrink_derivative(x):
    """Derivative of tanhshrink: tanh(x)**2.

        tanhshrink'(x) = tanh(x)**2

    0.0 at 0, 1.0 at +-inf; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> tanhshrink_derivative([0.0, 1000.0])
        [0.0, 1.0]
    """
    t = _tanh(x)
    return t * t
