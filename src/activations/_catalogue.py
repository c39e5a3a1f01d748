"""The catalogue: every public function's family, kind and formula, and its parameters.

What is data here: the families (title, whether their functions work on whole rows, their
functions in the order a reader meets them), the other names for a function (swish), the
functions with an in-place form (relu_), the ones without a derivative or that are random.
What is read from the functions themselves: the parameters, from their signatures, and the
formula, from their docstrings (the indented lines under the title), so that neither can
drift from what help() shows.  Nothing is guessed from the module a function lives in.

The demo, ``activations list``, the command line's options, plot() and table() all read
it.  Names the catalogue knows that the package does not have (yet) are left out, so the
catalogue can list a function before it arrives.  Like _draw.py and _cli.py, this module
is not imported by ``import activations``.
"""

import inspect

import activations


class UsageError(ValueError):
    """A mistake in what was asked for (a name, a range, a size); the message is one line
    that starts with who was asked: ``plot``, ``table`` or a command."""


class Family:
    """Functions of one kind: a title (a line of the demo), and the functions, in order."""

    def __init__(self, title, functions, rowwise=False):
        self.title, self.functions, self.rowwise = title, functions, rowwise


FAMILIES = (
    Family(
        "Rectifiers: relu and its kin, which pass positive inputs through and bend negative ones.",
        (
            "relu",
            "leaky_relu",
            "relu6",
            "prelu",
            "rrelu",
            "elu",
            "selu",
            "celu",
            "squared_relu",
            "threshold",
        ),
    ),
    Family(
        "The sigmoid and tanh family: S-shaped functions that squash the real line into an "
        "interval.",
        ("sigmoid", "tanh", "softsign", "logsigmoid", "hardsigmoid", "hardtanh", "sparse_sigmoid"),
    ),
    Family(
        "Smooth gates: x times a smooth switch, and smooth versions of relu.",
        (
            "gelu",
            "quick_gelu",
            "silu",
            "mish",
            "hardswish",
            "softplus",
            "squareplus",
            "sparse_plus",
        ),
    ),
    Family(
        "Shrinks: functions that pull x towards 0.",
        ("softshrink", "hardshrink", "tanhshrink"),
    ),
    Family(
        "Softmax and its kin: a row of scores turned into probabilities, their logs, or one "
        "number.",
        ("softmax", "log_softmax", "softmin", "logsumexp", "sparsemax", "gumbel_softmax"),
        rowwise=True,
    ),
    Family(
        "Gated linear units: one half of a row times a gate made of the other half.",
        ("glu", "swiglu", "geglu", "reglu"),
        rowwise=True,
    ),
)
# Other names for a function, with its derivative under the other name too.
ALIASES = {"swish": "silu"}
# PyTorch's in-place forms: relu_(x) is relu(x, inplace=True).
IN_PLACE = ("relu", "elu", "leaky_relu", "hardtanh", "threshold", "rrelu", "celu", "selu")
WITHOUT_DERIVATIVE = ("gumbel_softmax",)
# Random with their defaults (rrelu draws its slopes only with training=True).
RANDOM = ("gumbel_softmax",)
# The functions a course starts with: the demo shows them first, and plots them.
CORE = ("relu", "leaky_relu", "sigmoid", "tanh")
CORE_TITLE = "The four a course starts with"
# Parameters a person never sets on the command line or in a plot: the input is one row
# (dim), and nothing is a tensor that could be changed in place (inplace).
HIDDEN_PARAMETERS = ("dim", "inplace")


class Entry:
    """A public name: its kind ("function", "derivative", "in-place" or "alias"), the name it
    belongs to (itself for a function; relu for relu_derivative, relu_ and for an alias the
    name it stands for), its family, and whether it works on whole rows or is random."""

    def __init__(self, name, kind, of, family, random):
        self.name, self.kind, self.of, self.family = name, kind, of, family
        self.rowwise, self.random = family.rowwise, random


def _every_entry():
    """Every name the catalogue knows, present in the package or not, in reading order: a
    function, its derivative, its in-place form, then its other names."""
    entries = {}
    others = {}
    for alias, name in ALIASES.items():
        others.setdefault(name, []).append(alias)

    def add(name, kind, of, family, random):
        entries[name] = Entry(name, kind, of, family, random)

    for family in FAMILIES:
        for function in family.functions:
            random = function in RANDOM
            add(function, "function", function, family, random)
            if function not in WITHOUT_DERIVATIVE:
                add(function + "_derivative", "derivative", function, family, random)
            if function in IN_PLACE:
                add(function + "_", "in-place", function, family, random)
            for alias in others.get(function, []):
                add(alias, "alias", function, family, random)
                if function not in WITHOUT_DERIVATIVE:
                    add(alias + "_derivative", "alias", function + "_derivative", family, random)
    return entries


EVERY_ENTRY = _every_entry()


def entries():
    """The catalogue's entries for the names the package has, by name, in reading order."""
    public = set(activations.__all__)
    return {name: entry for name, entry in EVERY_ENTRY.items() if name in public}


def function(name):
    """The public function called name."""
    return getattr(activations, name)


def public_name(candidate):
    """The public name of a function of the package (an alias gives its own name), else None."""
    name = getattr(candidate, "__name__", None)
    if name in EVERY_ENTRY and name in activations.__all__ and function(name) is candidate:
        return name
    return None


def function_named(name, caller, listing, also=()):
    """The public function called name, for computing with.

    An unknown name is an error that suggests the closest function name (or one of also,
    names of another kind, such as the command line's commands), else says where the list
    is (listing: "activations.__all__ lists them all").  An in-place form is refused for
    its function (see check_computable).
    """
    known = entries()
    if name in known:
        check_computable(name, caller)
        return function(name)
    suggestion = closest_name(name, list(known) + list(also))
    hint = "did you mean %r?" % suggestion if suggestion else listing
    raise UsageError("%s: unknown function %r; %s" % (caller, name, hint))


def check_computable(name, caller):
    """An in-place form changes a list in place, which a table, a plot or the command line
    has no use for: it is refused, naming the function to use instead."""
    entry = EVERY_ENTRY[name]
    if entry.kind == "in-place":
        raise UsageError(
            "%s: %s is the in-place form of %s, for lists in Python; use %s"
            % (caller, name, entry.of, entry.of)
        )


def is_rowwise(name):
    """True for softmax and its kin, which work on whole rows rather than one number at a time."""
    return EVERY_ENTRY[name].rowwise


def closest_name(name, candidates):
    """The candidate a mistyped name most likely meant, ignoring case, or None."""
    by_lower = {candidate.lower(): candidate for candidate in candidates}
    if name.lower() in by_lower:
        return by_lower[name.lower()]
    import difflib  # only when a name is wrong

    matches = difflib.get_close_matches(name.lower(), list(by_lower), n=1)
    return by_lower[matches[0]] if matches else None


def parameters_of(callable_):
    """The parameters a person sets, after the input: inspect.Parameter objects, in order.

    A required one has ``default is inspect.Parameter.empty``; ``dim`` and ``inplace``
    are left out (see HIDDEN_PARAMETERS), and so are ``*args`` and ``**kwargs``.
    """
    found = list(inspect.signature(callable_).parameters.values())[1:]
    settable = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return [p for p in found if p.kind in settable and p.name not in HIDDEN_PARAMETERS]


def takes_defaults_only(callable_):
    """True when the function can be called on a number with no parameter given."""
    return all(p.default is not inspect.Parameter.empty for p in parameters_of(callable_))


def signature_text(name):
    """The function's whole signature as Python shows it, dim, inplace and keepdim included:
    (x, negative_slope=0.01, inplace=False)."""
    return str(inspect.signature(function(name)))


def formula(name):
    """The formula in a function's docstring: the indented lines under its title, as one line.

    A formula may go on over several lines (rrelu's does), each indented as deep as the
    first or deeper; they are joined with a space.  An empty string if there is none.
    """
    # cleandoc: Python 3.13 removes docstring indentation itself, earlier versions do not.
    lines = inspect.cleandoc(function(name).__doc__ or "").splitlines()[1:]
    while lines and not lines[0].strip():
        lines = lines[1:]
    if not lines or not lines[0].startswith(" "):
        return ""
    depth = len(lines[0]) - len(lines[0].lstrip())
    block = []
    for line in lines:
        if not line.strip() or len(line) - len(line.lstrip()) < depth:
            break
        block.append(line.strip())
    return " ".join(block)


def description(name):
    """What ``activations list`` says of a name: the formula, or what the name stands for."""
    entry = EVERY_ENTRY[name]
    if entry.kind == "in-place":
        return "the in-place form of %s" % entry.of
    if entry.kind == "alias":
        return "the same function as %s" % entry.of
    return formula(name)


def derivative_name(name):
    """The name of the function's derivative, or None if the package has none."""
    derivative = name + "_derivative"
    return derivative if derivative in entries() else None


def elementwise_names():
    """Every function and derivative the package has that works on one number at a time."""
    return [
        name
        for name, entry in entries().items()
        if not entry.rowwise and entry.kind in ("function", "derivative")
    ]


def demo_groups():
    """(title, names) for the demo: the core four first, then each family's functions that
    work on one number at a time with their defaults alone, and give the same result twice."""
    present = entries()
    core = [name for name in CORE if name in present]
    groups = [(CORE_TITLE, core)]
    for family in FAMILIES:
        names = [
            name
            for name in family.functions
            if name in present
            and name not in core
            and not family.rowwise
            and name not in RANDOM
            and takes_defaults_only(function(name))
        ]
        if names:
            groups.append((family.title, names))
    return groups
