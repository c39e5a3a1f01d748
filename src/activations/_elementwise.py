"""Lifting an activation, written once over a flat list, to every input.

Each activation in this package is a *kernel*: a function whose first
argument is a flat list (or tuple) of real numbers and which returns the
list of results, usually as one comprehension.  ``@elementwise`` turns a
kernel into the public function, which accepts a single real number or
any iterable of them nested to any depth, and does everything else here,
once for all of them:

* a single number and a flat list go straight to the kernel (fast paths);
* other iterables (tuples, ranges, generators, ``array.array``, NumPy
  arrays) are read once, and nested lists are walked level by level;
* a value the kernel cannot take as it is (an int too large for a float,
  a ``Decimal`` meeting float arithmetic) is retried as a float, so no
  real number ever makes a function raise;
* anything that is not a real number gets a ``TypeError`` naming the
  function, the value and its position.

``@rowwise`` does the same for functions of a whole row, such as softmax:
they apply over the last axis, so a list of numbers is one row and a list
of rows gives a list of results, one per row.

The fast paths rely on one property of every kernel: before it computes
anything from an element, it orders it against a float or passes it to a
``math`` function, both of which raise ``TypeError`` for a string, None,
a complex number, a list or any other non-real.  The general path then
runs again from the start and reports the problem precisely.
"""

from math import inf

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterable, List, Protocol, SupportsFloat, overload

    from typing_extensions import Concatenate, ParamSpec

    P = ParamSpec("P")

    class Elementwise(Protocol[P]):
        """The type of every public function: a number gives a float, an iterable a list."""

        @overload
        def __call__(self, x: float, *args: P.args, **kwargs: P.kwargs) -> float: ...
        @overload
        def __call__(self, x: SupportsFloat, *args: P.args, **kwargs: P.kwargs) -> float: ...
        @overload
        def __call__(self, x: "Iterable[Any]", *args: P.args, **kwargs: P.kwargs) -> "List[Any]": ...

    class Rowwise(Protocol):
        """The type of softmax and its kin: rows in, rows (or Jacobians) out."""

        def __call__(self, x: "Iterable[Any]") -> "List[Any]": ...


MAX_DEPTH = 32
"""How deeply lists may nest; deeper input (or a list that contains itself) is a ValueError.

Far beyond any real use, and within what MicroPython's default stack can walk (about 40).
"""

# Parameters that take text rather than a number (gelu's approximate='tanh').
TEXT_PARAMETERS = ("approximate",)
# Iterables that are never treated as lists of numbers: text, and unordered containers.
_NOT_A_LIST = (str, bytes, bytearray, dict, set, frozenset)
# What a kernel raises when an element is not a real number, or is one it cannot take as
# it is: OverflowError for 10**400 in float arithmetic, decimal.InvalidOperation (an
# ArithmeticError) for ordering Decimal('NaN').
_KERNEL_ERRORS = (TypeError, ValueError, ArithmeticError)
# Each public elementwise function's kernel (MicroPython's functions take no attributes).
_KERNELS = {}


def elementwise(kernel: "Callable[Concatenate[Any, P], List[Any]]") -> "Elementwise[P]":
    """Make the public function for *kernel* (see the module docstring)."""
    name = kernel.__name__
    parameter_names = _parameter_names(kernel)

    def function(x, *args, **kwargs):
        parameters = args or kwargs
        if parameters:
            _check_parameters(name, parameter_names, args, kwargs)
        kind = type(x)
        try:
            if parameters:
                if kind is list:
                    return kernel(x, *args, **kwargs)
            # Without parameters, a direct call: calls with *args cost a scalar call a third more.
            elif kind is float or kind is int:
                return kernel((x,))[0]
            elif kind is list:
                return kernel(x)
        except _KERNEL_ERRORS:
            pass  # the general path below finds out why and reports it
        return _lift(kernel, name, x, args, kwargs, ())

    _KERNELS[function] = kernel
    return _named_after(kernel, function)


def kernel_of(function):
    """The kernel behind a public function, for a kernel that builds on another."""
    return _KERNELS[function]


def rowwise(kernel: "Callable[[List[Any]], List[Any]]") -> "Rowwise":
    """Make the public function for a kernel of one whole row (see the module docstring)."""
    name = kernel.__name__

    def function(x):
        if type(x) is list:
            try:
                return kernel(x)
            except _KERNEL_ERRORS:
                pass  # the general path below finds out why and reports it
        return _lift_rows(kernel, name, x, ())

    return _named_after(kernel, function)


def is_real(x):
    """True for int, float, bool and other real types: Fraction, Decimal, NumPy scalars."""
    if isinstance(x, (int, float, bool)):  # bool is not an int on MicroPython
        return True
    return hasattr(x, "__float__") and not isinstance(x, complex) and not hasattr(x, "__len__")


def describe(value):
    """The bad value as error messages show it: its repr and its type."""
    return "%r (%s)" % (value, type(value).__name__)


def _lift(kernel, name, x, args, kwargs, path):
    """The general path: apply *kernel* to *x*, found at *path* inside the input."""
    if is_real(x):
        return _apply_to_number(kernel, x, args, kwargs)
    if isinstance(x, _NOT_A_LIST):
        raise TypeError(_where(name, path) + describe(x) + _expected(path))
    if len(path) >= MAX_DEPTH:
        raise ValueError("%s: input nests deeper than %d levels" % (name, MAX_DEPTH))
    items = _items(name, x, path)
    if not isinstance(items, list):  # a NumPy scalar or 0-d array, through tolist()
        return _lift(kernel, name, items, args, kwargs, path)
    try:
        return kernel(items, *args, **kwargs)
    except _KERNEL_ERRORS:
        pass
    return [_lift(kernel, name, item, args, kwargs, path + (index,)) for index, item in enumerate(items)]


def _lift_rows(kernel, name, x, path):
    """The general path of a row-wise function: find the rows in *x* and apply *kernel* to each."""
    if is_real(x):
        if not path:
            raise ValueError("%s: x is %s, expected a row of numbers or a list of rows" % (name, describe(x)))
        raise TypeError(_where(name, path) + describe(x) + ", expected a row of numbers")
    if isinstance(x, _NOT_A_LIST):
        raise TypeError(_where(name, path) + describe(x) + _expected(path))
    if len(path) >= MAX_DEPTH:
        raise ValueError("%s: input nests deeper than %d levels" % (name, MAX_DEPTH))
    items = _items(name, x, path)
    if not isinstance(items, list) or not items:
        raise ValueError("%s: %s is an empty row, expected at least one number" % (name, _position(path)))
    if is_real(items[0]):  # a row: every item must be a number
        for index, item in enumerate(items):
            if not is_real(item):
                raise TypeError(_where(name, path + (index,)) + describe(item) + ", expected a real number")
        try:
            return kernel(items)
        except _KERNEL_ERRORS:
            return kernel([_to_float(item) for item in items])
    return [_lift_rows(kernel, name, item, path + (index,)) for index, item in enumerate(items)]


def _items(name, x, path):
    """The items of an iterable x, read once; NumPy arrays and array.array through tolist()."""
    if type(x) is list:
        return x  # the kernels never change their input, so a list needs no copy
    tolist = getattr(x, "tolist", None)
    if tolist is not None:
        return tolist()
    try:
        return list(x)
    except TypeError:
        raise TypeError(_where(name, path) + describe(x) + _expected(path)) from None


def _named_after(kernel, function):
    """function, with the name, docstring and signature of kernel where the interpreter allows."""
    try:
        function.__name__ = kernel.__name__
        function.__qualname__ = kernel.__qualname__
        function.__module__ = kernel.__module__
        function.__doc__ = kernel.__doc__
        function.__wrapped__ = kernel
    except AttributeError:
        pass  # MicroPython's functions carry no writable metadata
    return function


def _apply_to_number(kernel, x, args, kwargs):
    try:
        return kernel((x,), *args, **kwargs)[0]
    except (TypeError, ArithmeticError):  # a ValueError here is about a parameter: let it through
        # Too large for float arithmetic (10**400), or a type that does not mix
        # with floats (Decimal, Decimal('NaN')): the nearest float gives the answer.
        args = [_to_float(a) for a in args]
        kwargs = {key: _to_float(value) for key, value in kwargs.items()}
        return kernel((_to_float(x),), *args, **kwargs)[0]


def _to_float(x):
    """x as a float, never raising for a real number: 10**400 becomes inf."""
    if not is_real(x):
        return x
    try:
        return float(x)
    except OverflowError:
        return inf if x > 0 else -inf
    except ValueError:  # Decimal('sNaN') refuses to convert
        return float("nan")


def _check_parameters(name, parameter_names, args, kwargs):
    labelled = [(parameter_names[position] if position < len(parameter_names) else "argument %d" % (position + 2), value) for position, value in enumerate(args)]
    for label, value in labelled + list(kwargs.items()):
        if label in TEXT_PARAMETERS:
            if not isinstance(value, str):
                raise TypeError("%s: %s is %s, expected a string" % (name, label, describe(value)))
        elif not is_real(value):
            raise TypeError("%s: %s is %s, expected a real number" % (name, label, describe(value)))


def _parameter_names(kernel):
    """The names of the kernel's parameters after x, where the interpreter tells them."""
    try:
        code = kernel.__code__
        return code.co_varnames[1 : code.co_argcount]
    except AttributeError:  # MicroPython's code objects do not say
        return ()


def _where(name, path):
    return "%s: %s is " % (name, _position(path))


def _position(path):
    """Where a value is: x itself, or element [i][j]... inside it."""
    if not path:
        return "x"
    return "element " + "".join("[%d]" % index for index in path)


def _expected(path):
    if not path:
        return ", expected a real number or an iterable of them"
    return ", expected a real number"
