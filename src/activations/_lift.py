"""The one mechanism that lifts a function of one real number to every input.

Each activation is written once, as a plain function of one real number (its *scalar*
function), and ``@elementwise(...)`` above it declares how the public function of the same
name takes every other input:

* a float goes straight to the scalar function, with nothing in between;
* a list is one comprehension over it, and nested lists are walked the same way;
* anything else (an int, a Fraction, a tuple, a generator, a NumPy array, a value that
  is not a number), or any failure on those fast paths, goes to the general path.  It
  reads every iterable once, converts each element as the function needs it (floats
  for the smooth functions, the input's own type for the piecewise-linear ones), and
  names the position of anything that is not a real number.

The decorator gives back the scalar function itself, so that a family module reads as plain
functions of one number that call each other (softplus' calls sigmoid), and records the public
function in ``PUBLIC``, where ``activations`` finds it on first use.

The parameters after x are declared once per function, with what their values must be
(``real("negative_slope", 0.01)``), and checked once per call before any element is
computed; a float with its defaults, or with float parameters that pass, skips that.
``inplace=True``, PyTorch's, writes the results into the given lists once every one of
them is computed, and ``in_place_form=True`` also makes PyTorch's ``relu_``, which always
does.  ``_lift_rows.py`` lifts a function of one whole row, such as softmax, the same way.

On CPython and PyPy each public function is written out from a template with the function's
own parameters (``_PUBLIC_FUNCTION``), so that the interpreter binds them as fast as for a
plain def and ``help()`` shows them; on MicroPython, where compiling code costs heap, it is
one small closure that binds them itself.
"""

from sys import implementation

from ._fallbacks import repeat
from ._reals import (
    ExactReal,
    describe,
    float_or_exact,
    is_integer,
    is_real,
    plain,
    rounded,
    shown,
)

MAX_DEPTH = 32
"""How deeply lists may nest; deeper input (or a list that contains itself) is a ValueError.

Far beyond any real use, and within what MicroPython's default stack can walk (about 40).
"""

REQUIRED = object()
"""The default of a parameter that must be given (threshold's threshold and value)."""

PUBLIC = {}
"""Every public function made here, by its name (aliases aside: see activations.__getattr__)."""

LIFTED = {}
"""Every public function made here, with the Lifted it was made from (for tests and tools)."""

# Iterables that are never read as lists of numbers: text, and unordered containers.
_NOT_A_LIST = (str, bytes, bytearray, dict, set, frozenset)
# What a scalar function may raise for a real number that float arithmetic cannot take as it
# is: OverflowError for 10**400, TypeError for a Decimal meeting a float, and
# decimal.InvalidOperation (an ArithmeticError) for ordering Decimal('NaN').
_NOT_AS_IT_IS = (TypeError, ArithmeticError)
# Written out as source on CPython and PyPy; closures on MicroPython (see the module docstring).
_WRITES_SOURCE = implementation.name != "micropython"


class Parameter:
    """A parameter after x: its name, its default, and what its values must be."""

    def __init__(self, name, default, kind, is_kind, expected=None, is_expected=None):
        self.name, self.default = name, default
        self.kind, self.is_kind = kind, is_kind  # "a real number", is_real: else TypeError
        self.expected, self.is_expected = expected, is_expected  # a range: else ValueError
        # Values of these kinds are real numbers, to take as floats where x is one (a list of
        # slopes is taken one channel at a time).
        self.numeric = is_kind in (is_real, _is_real_or_none, _is_slopes)
        self.per_channel = is_kind is _is_slopes

    def check(self, function_name, value):
        if not self.is_kind(value):
            raise TypeError(
                "%s: %s is %s, expected %s" % (function_name, self.name, describe(value), self.kind)
            )
        if self.is_expected is not None and not self.is_expected(value):
            raise ValueError(
                "%s: %s is %s, expected %s"
                % (function_name, self.name, shown(value), self.expected)
            )


def real(name, default=REQUIRED):
    """A parameter that takes any real number, nan and infinities included."""
    return Parameter(name, default, "a real number", is_real)


def positive(name, default):
    """A real parameter above 0 (celu's alpha); nan passes and gives nan results."""
    return Parameter(name, default, "a real number", is_real, "a positive number", _positive)


def nonnegative(name, default):
    """A real parameter not below 0 (the shrinks' lambd)."""
    return Parameter(name, default, "a real number", is_real, "a number >= 0", _nonnegative)


def nonzero(name, default):
    """A real parameter other than 0 (softplus's beta)."""
    return Parameter(name, default, "a real number", is_real, "a nonzero number", _nonzero)


def optional_real(name):
    """A real parameter that may be None, its default (softplus's threshold)."""
    return Parameter(name, None, "a real number or None", _is_real_or_none)


def slopes(name):
    """A required real parameter, or a list of them, one for each channel (prelu's weight).

    The channels are x's axis 1, or a flat list's items (see prelu).
    """
    return Parameter(name, REQUIRED, "a real number or a list of them", _is_slopes)


def choice(name, default, options):
    """A text parameter that takes one of options (gelu's approximate)."""
    expected = " or ".join(repr(option) for option in options)
    return Parameter(name, default, "a string", _is_text, expected, lambda value: value in options)


def flag(name, default=False):
    """A parameter that is True or False (rrelu's training, logsumexp's keepdim)."""
    return Parameter(name, default, "True or False", _is_bool)


def axis(name="dim", default=-1):
    """The axis a row-wise function works along: an integer, negative ones from the end."""
    return Parameter(name, default, "an integer", _is_axis)


def elementwise(
    *parameters, inplace=False, in_place_form=False, keeps_type=False, check=None, draws=None
):
    """Declare the public function of the scalar function below; give back the scalar function.

    parameters: the declared parameters after x, in order, with the scalar function's
        own defaults.
    inplace: whether the function takes PyTorch's inplace=False after its parameters.
    in_place_form: whether there is also name_, PyTorch's in-place form (relu_), which
        is name(..., inplace=True) without the choice.
    keeps_type: whether it computes in its input's own type (the piecewise-linear
        functions) rather than in floats.
    check: a function of all the parameters' values that returns what is wrong with
        them together (hardtanh's min_val above max_val), or None.
    draws: the flag under which the scalar function draws from random (rrelu's
        training), so that each element is computed once (see Lifted.drawn).
    """

    def lift(scalar):
        lifted = Lifted(scalar, parameters, inplace, keeps_type, check, draws=draws)
        publish(lifted, lifted.name, public_function(lifted))
        if in_place_form:  # its own, so that its errors name it
            form = Lifted(scalar, parameters, True, keeps_type, check, lifted.name + "_", draws)
            publish(form, form.name, public_function(form, in_place_form=True), _IN_PLACE_DOC)
        return scalar

    return lift


def derivative_of(function, check=None, name=None):
    """Declare a derivative: the parameters of function (a scalar function), without inplace.

    check: what the parameters must be together, if not what function asks of them.
    name: the public function's name, if not the scalar function's (hardshrink' is
        softshrink's scalar function, under hardshrink's name).
    """
    lifted = LIFTED[PUBLIC[function.__name__]]

    def lift(scalar):
        derivative = Lifted(
            scalar, lifted.parameters, False, lifted.keeps_type, check or lifted.check, name
        )
        publish(derivative, derivative.name, public_function(derivative))
        return scalar

    return lift


def publish(lifted, name, function, doc=None):
    """Record function, made from lifted, as the public function called name.

    doc: a paragraph that opens its docstring, before the scalar function's, filled in
        with the scalar function's name.
    """
    try:
        function.__name__ = function.__qualname__ = name
        function.__module__ = "activations"  # where it is found, so that pickle finds it too
        function.__doc__ = (doc or "") % {"name": lifted.scalar.__name__} + lifted.scalar.__doc__
    except AttributeError:
        pass  # MicroPython's functions carry no writable metadata
    PUBLIC[name] = function
    LIFTED[function] = lifted


def public_function(lifted, in_place_form=False):
    """The public function of lifted: written out from the template, or a closure."""
    if not _WRITES_SOURCE:
        return _closure(lifted, in_place_form)
    if in_place_form:
        return written(_IN_PLACE_FORM, lifted, lifted.name, _fields(lifted, False))
    return written(_PUBLIC_FUNCTION, lifted, lifted.name, _fields(lifted, lifted.inplace))


# The public function of every elementwise activation, written out with its own parameters.  Not
# a closure over (x, *args, **kwargs): packing those costs a tuple and a dict per call, and
# CPython 3.11+ inlines a call only into a function of fixed parameters, so that a closure
# made threshold(0.7, 0.5, -1.0) cost 12 times a bare def.  collections.namedtuple and
# dataclasses write their methods the same way.  A float x with the default parameters, or
# with floats that need no checking, goes straight to the scalar function, and a list with the
# defaults to the list path; all else to _call.  Each line below becomes one line of the
# public function, which is compiled as if it stood here: a traceback through leaky_relu shows
# this file and the line of the template it passed.
_PUBLIC_FUNCTION = """\
def {name}(x{parameters}):
    if type(x) is float:
        if {defaults}:
            return _scalar(x)
        if {floats}:
            return _scalar(x{values})
    if {list_with_defaults}:
        return _apply(x, None)
    return _call(x, ({values_tuple}), {inplace})
"""

# PyTorch's in-place form, relu_(x): name(x, ..., inplace=True).
_IN_PLACE_FORM = """\
def {name}(x{parameters}):
    return _call(x, ({values_tuple}), True)
"""
_IN_PLACE_DOC = """In-place %(name)s, as in PyTorch: %(name)s(x, ..., inplace=True).

    Writes the results into x, which must be a list, and every list inside it, once
    all of them are computed (a bad element leaves x as it was), and returns x.
    What follows is %(name)s's own description.

    """


def _fields(lifted, inplace):
    """What fills in _PUBLIC_FUNCTION for lifted: the parameters, and the two shortcuts' tests."""
    names = [parameter.name for parameter in lifted.parameters]
    defaults, floats = [], []  # the conditions of the two shortcuts
    for parameter in lifted.parameters:
        name = parameter.name
        default = "%s is _default_%s" % (name, name)
        defaults.append(default)
        if not parameter.numeric:
            floats.append(default)
            continue
        is_float = "type(%s) is float" % name
        if parameter.is_expected is not None:
            is_float += " and _expected_%s(%s)" % (name, name)
        if type(parameter.default) is float or parameter.default is REQUIRED:
            floats.append(is_float)
        else:  # softplus's threshold=None
            floats.append("(%s or %s)" % (default, is_float))
    if lifted.check is not None:
        floats.append("_check(%s) is None" % ", ".join(names))
    if inplace:
        defaults.append("inplace is False")
        floats.append("inplace is False")
    list_with_defaults = " and ".join(["type(x) is list"] + defaults)
    if lifted.required:  # no shortcut with the defaults: there are none
        defaults, list_with_defaults = ["False"], "False"
    return {
        "parameters": "".join(
            ", " + name if parameter.default is REQUIRED else ", %s=_default_%s" % (name, name)
            for name, parameter in zip(names, lifted.parameters)
        )
        + (", inplace=False" if inplace else ""),
        "defaults": " and ".join(defaults) or "True",
        "floats": " and ".join(floats) if floats != defaults else "False",
        "values": "".join(", " + name for name in names),
        "list_with_defaults": list_with_defaults,
        "values_tuple": "".join(name + "," for name in names),
        "inplace": "inplace" if inplace else "False",
    }


def written(template, lifted, name, fields, where=__file__):
    """The function that template, filled in with name and fields, defines for lifted.

    Compiled as if it stood where template stands in its file, where, so that a traceback
    through it names that file and shows the template's line; its globals are what it calls.
    """
    namespace = {"_scalar": lifted.scalar, "_apply": lifted.apply, "_call": lifted.call}
    for parameter in lifted.parameters:
        namespace["_default_" + parameter.name] = parameter.default
        if parameter.is_expected is not None:
            namespace["_expected_" + parameter.name] = parameter.is_expected
    namespace["_check"] = lifted.check
    source = template.format(name=name, **fields)
    exec(compile("\n" * _line_of(template, where) + source, where, "exec"), namespace)
    return namespace[name]


_LINES = {}  # each template: the number of lines of this file above it


def _line_of(template, where):
    if template not in _LINES:
        first = template.split("\n", 1)[0]
        _LINES[template] = 0
        try:
            with open(where, encoding="utf-8") as file:
                for number, line in enumerate(file):
                    if line.rstrip("\n") == first:
                        _LINES[template] = number
                        break
        except OSError:  # not a file (a zip archive): the line numbers count from the template
            pass
    return _LINES[template]


def _closure(lifted, in_place_form):
    """The public function of lifted on MicroPython: one closure, binding its own arguments."""
    scalar, call, shortcut = lifted.scalar, lifted.call, not lifted.required

    if in_place_form:

        def public(x, *args, **kwargs):
            return call(x, lifted.bound(args, kwargs), True)

    elif lifted.inplace:

        def public(x, *args, **kwargs):
            if type(x) is float and shortcut and not args and not kwargs:
                return scalar(x)
            values = lifted.bound(args, kwargs, _INPLACE)
            return call(x, values[:-1], values[-1])

    else:

        def public(x, *args, **kwargs):
            if type(x) is float and shortcut and not args and not kwargs:
                return scalar(x)
            return call(x, lifted.bound(args, kwargs), False)

    return public


_INPLACE = (("inplace", False),)  # what follows the declared parameters where inplace is taken


class Lifted:
    """A scalar function and its declared parameters: everything but the fast paths."""

    fast = True  # whether lists may take the fast path (map), which may compute twice
    in_floats_below_zero = False  # whether x below 0 (or nan) computes in floats (see drawn)

    def __init__(self, scalar, parameters, inplace, keeps_type, check, name=None, draws=None):
        self.scalar, self.parameters, self.inplace = scalar, parameters, inplace
        self.keeps_type, self.check = keeps_type, check
        self.name = name or scalar.__name__
        self.required = sum(parameter.default is REQUIRED for parameter in parameters)
        self.per_channel = None  # the index of a parameter that may take a value per channel
        self.draws = None  # the index of the flag under which the scalar function draws
        for index, parameter in enumerate(parameters):
            if parameter.per_channel:
                self.per_channel = index
            if parameter.name == draws:
                self.draws = index

    def bound(self, args, kwargs, trailing=()):
        """The values of the declared parameters, then of the trailing ones (name, default),
        from the arguments after x, bound as the interpreter binds a def's: for MicroPython's
        closures, which take (x, *args, **kwargs)."""
        names = [parameter.name for parameter in self.parameters] + [n for n, _ in trailing]
        if len(args) > len(names):
            raise TypeError(
                "%s() takes %d positional arguments but %d were given"
                % (self.name, len(names) + 1, len(args) + 1)
            )
        defaults = [parameter.default for parameter in self.parameters]
        values = list(args) + (defaults + [default for _, default in trailing])[len(args) :]
        for name, value in kwargs.items():
            if name not in names:
                raise TypeError("%s() got an unexpected keyword argument %r" % (self.name, name))
            if names.index(name) < len(args):
                raise TypeError("%s() got multiple values for argument %r" % (self.name, name))
            values[names.index(name)] = value
        return tuple(values)

    def call(self, x, values, inplace):
        """The function at any x, with the values of every parameter as given."""
        try:
            return self.computed(x, values, inplace)
        except (TypeError, ValueError) as error:
            raise_as_the_callers(error, self.name)

    def computed(self, x, values, inplace):
        parameters = self.checked(values, inplace)
        index = self.per_channel
        if index is not None and parameters is not None and type(parameters[index]) is list:
            return self.channelwise(x, parameters, index)
        if self.draws is not None and parameters is not None and parameters[self.draws] is True:
            return self.drawn(x, parameters, inplace)
        if inplace:
            return self.in_place(x, parameters)
        if type(x) is float:
            return self.at(x, parameters)
        return self.apply(x, parameters)

    def drawn(self, x, parameters, inplace):
        """The function where it draws from random (rrelu's training=True): every element
        once, in order, so that each draws once whatever its type and wherever it is.

        No fast path, which may compute a list twice; and an element that draws (one not
        at or above 0) computes in floats, where its product with the slope cannot fail and
        be tried again.  The others come back as they are.
        """
        drawing = Lifted(self.scalar, self.parameters, self.inplace, True, None, self.name)
        drawing.fast, drawing.in_floats_below_zero = False, True
        if inplace:
            return drawing.in_place(x, parameters)
        return drawing.walk(x, parameters, ())

    def channelwise(self, x, parameters, index):
        """x with one value of parameters[index] for each channel: axis 1, or 0 if x is flat."""
        values = parameters[index]
        if len(values) == 1:
            return self.apply(x, _replaced(parameters, index, values[0]))
        items = _items(x) if not isinstance(x, _NOT_A_LIST) and not is_real(x) else None
        if items is None or type(items) is not list:
            raise TypeError(
                "%s: x is %s, expected a list with %d channels"
                % (self.name, describe(x), len(values))
            )
        if items and is_real(items[0]):  # a flat list: its items are the channels
            return self.channels(items, parameters, index, ())
        samples = []
        for sample_index, sample in enumerate(items):
            channels = (
                None if isinstance(sample, _NOT_A_LIST) or is_real(sample) else _items(sample)
            )
            if type(channels) is not list:
                raise TypeError(
                    "%s: %s is %s, expected a list of %d channels"
                    % (self.name, position((sample_index,)), describe(sample), len(values))
                )
            samples.append(self.channels(channels, parameters, index, (sample_index,)))
        return samples

    def channels(self, items, parameters, index, path):
        values = parameters[index]
        if len(items) != len(values):
            where = "x" if not path else position(path)
            raise ValueError(
                "%s: %s has %d channels, but %s has %d values"
                % (self.name, where, len(items), self.parameters[index].name, len(values))
            )
        return [
            self.walk(item, _replaced(parameters, index, value), path + (channel,))
            for channel, (item, value) in enumerate(zip(items, values))
        ]

    def checked(self, values, inplace):
        """The parameter values once checked, or None for the defaults.

        The defaults are None so that the scalar function is called with its own.
        """
        if not (inplace is False or inplace is True):
            raise TypeError(
                "%s: inplace is %s, expected True or False" % (self.name, describe(inplace))
            )
        values = tuple(plain(value) for value in values)  # numpy.int8(3) as 3, before the checks
        defaults = True
        for parameter, value in zip(self.parameters, values):
            if value is parameter.default:
                if value is REQUIRED:
                    raise TypeError(
                        "%s: %s is missing, expected %s"
                        % (self.name, parameter.name, parameter.kind)
                    )
                continue  # a default is good
            defaults = False
            parameter.check(self.name, value)
        if self.check is not None:
            problem = _holds(lambda: self.check(*values), None)  # Decimal('NaN') orders nothing
            if problem:
                raise ValueError("%s: %s" % (self.name, problem))
        if defaults:
            return None
        if not self.keeps_type:  # the smooth functions compute in floats
            return self.in_floats(values)
        return tuple(
            [plain(v) for v in value] if type(value) is list else value for value in values
        )

    def in_floats(self, values):
        """The numeric parameter values as float arithmetic takes them (see float_or_exact)."""
        if all(type(value) is float for value in values):
            return tuple(values)
        return tuple(
            float_or_exact(value) if parameter.numeric and is_real(value) else value
            for parameter, value in zip(self.parameters, values)
        )

    def apply(self, x, parameters):
        """The function at x, any input, with parameters already checked."""
        if type(x) is list and self.fast and (parameters is None or not _holds_exact(parameters)):
            try:
                return self.map(x, parameters, 0)
            except (_Fallback, TypeError, ValueError, ArithmeticError):
                pass  # the general path below finds out why and says where
        return self.walk(x, parameters, ())

    def map(self, items, parameters, depth):
        """The fast path: a list of floats, ints and lists of them, nothing else."""
        if depth >= MAX_DEPTH:
            raise _Fallback
        scalar, element = self.scalar, self.element
        if parameters is None:
            return [scalar(v) if type(v) is float else element(v, None, depth) for v in items]
        if _only_floats(items):
            if self.keeps_type:  # a float x computes with float parameters
                parameters = self.in_floats(parameters)
                if _holds_exact(parameters):
                    raise _Fallback
            # repeat() binds the parameters quicker than calling scalar(v, *parameters)
            return list(map(scalar, items, *[repeat(value) for value in parameters]))
        return [element(v, parameters, depth) for v in items]

    def element(self, v, parameters, depth):
        """One element on the fast path that is not a float.

        Every real number is computed here, so that the general path takes over only for an
        iterable other than a list, or for something that is not a number, which raises.
        (rrelu's random slopes are drawn once per element whatever the input's types.)
        """
        if type(v) is list:
            return self.map(v, parameters, depth + 1)
        if type(v) is int or type(v) is float or is_real(v):
            return self.at(v, parameters)
        raise _Fallback  # anything else: the general path decides

    def walk(self, x, parameters, path):
        """The general path: x found at path inside the input, read once."""
        if is_real(x):
            try:
                return self.at(x, parameters)
            except TypeError:  # its __float__ fails: not a real number after all
                raise _not_a_number(self.name, x, path) from None
        items = self.items(x, path)
        if type(items) is not list:  # a 0-d NumPy array, through tolist()
            return self.walk(items, parameters, path)
        if self.fast and not _holds_exact(parameters):
            try:
                return self.map(items, parameters, len(path))
            except (_Fallback, TypeError, ValueError, ArithmeticError):
                pass
        return [self.walk(item, parameters, path + (index,)) for index, item in enumerate(items)]

    def items(self, x, path):
        """The items of the iterable x, read once; anything else is an error that says where."""
        if isinstance(x, _NOT_A_LIST):
            raise _not_a_number(self.name, x, path)
        if len(path) >= MAX_DEPTH:
            raise ValueError("%s: input nests deeper than %d levels" % (self.name, MAX_DEPTH))
        items = _items(x)
        if items is None:
            raise _not_a_number(self.name, x, path)
        return items

    def at(self, x, parameters):
        """The scalar function at one real number x of any type.

        A float x computes in floats, parameters included, and so do the smooth functions
        whatever x is (Decimal's context, float32 and the like play no part; an ExactReal
        stands in where no float can hold x); the piecewise-linear ones compute in the
        arithmetic of any other x and its parameters.
        """
        scalar = self.scalar
        if type(x) is float or not self.keeps_type:
            if type(x) is not float:
                x = float_or_exact(x)  # an ExactReal only where no float can hold x
            if parameters is not None and self.keeps_type:
                parameters = self.in_floats(parameters)
        else:
            x = plain(x)  # numpy.int8(-100) as -100: its own arithmetic would wrap around
            if self.in_floats_below_zero and not _holds(lambda: x >= 0, False):
                x = float_or_exact(x)
        try:
            result = scalar(x) if parameters is None else scalar(x, *parameters)
        except _NOT_AS_IT_IS:
            if not self.keeps_type:
                raise
            # Too large for float arithmetic (10**400), or a type that does not mix with
            # floats (Decimal): the same formula in float arithmetic, exact where it must be.
            result = scalar(float_or_exact(x), *self.in_floats(parameters or ()))
        return rounded(result)

    def in_place(self, x, parameters):
        """inplace=True: the results written into x's lists, once all of them are computed."""
        if not isinstance(x, list):
            raise TypeError("%s: inplace=True needs a list, x is %s" % (self.name, describe(x)))
        _check_lists(self.name, x, ())  # before anything is read: a generator inside stays unread
        _write(x, self.apply(x, parameters))
        return x


class _Fallback(Exception):
    """Raised on a fast path that meets something only the general path handles."""


def raise_as_the_callers(error, name):
    """Raise error, a mistake in the input that the package names ("relu: element [1] is
    ..."), from the public function's call, without the frames below it: they are the
    package's, not the mistake's, so a traceback shows the caller's line and the call."""
    if not _WRITES_SOURCE or not str(error).startswith(name + ": "):
        raise error  # MicroPython, or not the package's words: the whole traceback
    raise error.with_traceback(None) from None


def _replaced(values, index, value):
    return values[:index] + (value,) + values[index + 1 :]


def _only_floats(items):
    return not set(map(type, items)) - {float}


def _holds_exact(parameters):
    return parameters is not None and any(type(value) is ExactReal for value in parameters)


def _is_iterable(x):
    """Whether x is an iterable that could be read as numbers (not text, not a number, not a
    0-d NumPy array, which is a number)."""
    if is_real(x) or isinstance(x, _NOT_A_LIST) or _is_number_array(x):
        return False
    return hasattr(x, "__iter__")


def _is_number_array(x):
    """Whether x is a 0-d NumPy array, a number in a container's clothes (not numpy.str_)."""
    if isinstance(x, _NOT_A_LIST):
        return False
    return getattr(x, "ndim", None) == 0 and hasattr(x, "__len__") and hasattr(x, "tolist")


def _items(x):
    """The items of an iterable x, read once (NumPy arrays and array.array through tolist()),
    or None if x is not iterable."""
    tolist = getattr(x, "tolist", None)
    if tolist is not None and (hasattr(x, "__len__") or hasattr(x, "__iter__")):
        return tolist()
    try:
        return list(x)
    except TypeError:
        return None


def _check_lists(name, x, path):
    """inplace=True writes into lists only: every iterable inside x must be one."""
    if len(path) >= MAX_DEPTH:
        return  # the computation reports the depth
    for index, item in enumerate(x):
        if isinstance(item, list):
            _check_lists(name, item, path + (index,))
        elif _is_iterable(item):
            raise TypeError(
                "%s: inplace=True needs lists all the way down, %s is %s"
                % (name, position(path + (index,)), describe(item))
            )


def _write(x, results):
    if not any(type(result) is list for result in results):
        x[:] = results
        return
    for index, result in enumerate(results):
        if type(result) is list:
            _write(x[index], result)
        else:
            x[index] = result


def _not_a_number(name, value, path):
    if not path:
        return TypeError(
            "%s: x is %s, expected a real number or an iterable of them" % (name, describe(value))
        )
    return TypeError(
        "%s: %s is %s, expected a real number" % (name, position(path), describe(value))
    )


def position(path):
    """Where a value is: x itself, or element [i][j]... inside it."""
    if not path:
        return "x"
    return "element " + "".join("[%d]" % index for index in path)


def _positive(value):
    return _holds(lambda: not value <= 0)


def _nonnegative(value):
    return _holds(lambda: not value < 0)


def _nonzero(value):
    return _holds(lambda: value != 0)


def _holds(test, otherwise=True):
    """test(), or otherwise if it cannot tell: Decimal('NaN') refuses to be ordered, and a
    nan parameter is allowed (it gives nan results)."""
    try:
        return test()
    except ArithmeticError:
        return otherwise


def _is_real_or_none(value):
    return value is None or is_real(value)


def _is_slopes(value):
    return (
        is_real(value)
        or type(value) is list
        and len(value) > 0
        and all(is_real(item) for item in value)
    )


def _is_text(value):
    return isinstance(value, str)


def _is_bool(value):
    return value is True or value is False


def _is_axis(value):
    """An integer, of any type (numpy.int64 too, as PyTorch takes it), but not a bool."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or is_integer(value)  # numpy.array([0]) has __index__, refuses
