"""The type stub (src/activations/__init__.pyi) declares what the package has at runtime.

The stub is read with ast, so that every overload is seen, and compared with the package
through inspect: the public names, and for every function, overload and method each
parameter's name, kind and default (the same value, of the same type), the choices of a
parameter such as gelu's approximate (the stub's Literal[...]), and the attributes of
Figure and Table.  Each test lists every difference it finds, by name and parameter.
"""

import ast
import collections
import functools
import inspect
import os
import typing
from collections import abc

import activations
from activations import _lift

STUB = os.path.join(os.path.dirname(activations.__file__), "__init__.pyi")
# The module's own dunders that the stub declares; the others every module has.
DUNDERS = {"__all__", "__version__"}
# An instance of each class the stub declares, made as users make them.
SAMPLES = {
    "Figure": lambda: activations.plot(
        "relu", [0, 1], [1, 2], labels=["relu", "data"], title="t", xlabel="x", ylabel="y"
    ),
    "Table": lambda: activations.table("relu", activations.sigmoid, x=[-1, 0.5]),
}
# A parameter made by _lift.choice, to tell the runtime's choices by (gelu's approximate).
PROBE = _lift.choice("probe", "a", ("a", "b"))


def test_the_stub_declares_every_public_name_and_nothing_else():
    stub = read_stub()
    declared = {
        name
        for name in set(stub.functions)
        | set(stub.classes)
        | set(stub.variables)
        | set(stub.aliases)
        if not name.startswith("_") or name in DUNDERS
    }
    public = {name for name in dir(activations) if not name.startswith("_")}
    at_runtime = set(activations.__all__) | public | DUNDERS
    assert {"export", "plot", "table", "Figure", "Table"} <= at_runtime
    problems = ["%s: in the stub, not at runtime" % n for n in sorted(declared - at_runtime)]
    problems += ["%s: at runtime, not in the stub" % n for n in sorted(at_runtime - declared)]
    assert not problems, "\n".join(problems)


def test_every_function_overload_and_method_has_the_runtime_parameters():
    stub = read_stub()
    problems = []
    for name, overloads in sorted(stub.functions.items()):
        if not hasattr(activations, name):
            continue  # reported by the test of the names
        for number, node in enumerate(overloads, 1):
            where = "%s (overload %d of %d)" % (name, number, len(overloads))
            where = name if len(overloads) == 1 else where
            problems += parameter_differences(where, node, getattr(activations, name), stub)
    for class_name, body in sorted(stub.classes.items()):
        runtime_class = getattr(activations, class_name, None)
        if not inspect.isclass(runtime_class):
            problems.append("%s: a class in the stub, %r at runtime" % (class_name, runtime_class))
            continue
        at_runtime = {
            name: method
            for name, method in vars(runtime_class).items()
            if inspect.isfunction(method) and (not name.startswith("_") or name == "__init__")
        }
        for name in sorted(set(body.methods) - set(at_runtime)):
            problems.append("%s.%s: in the stub, not at runtime" % (class_name, name))
        for name in sorted(set(at_runtime) - set(body.methods)):
            problems.append("%s.%s: at runtime, not in the stub" % (class_name, name))
        for name in sorted(set(body.methods) & set(at_runtime)):
            where = "%s.%s" % (class_name, name)
            problems += parameter_differences(where, body.methods[name], at_runtime[name], stub)
    assert not problems, "\n".join(problems)


def test_the_choices_of_a_parameter_are_the_stubs_literal():
    """Where the package declares choices (choice("approximate", "none", ("none", "tanh"))),
    the stub's annotation is a Literal of exactly those, in order; a Literal elsewhere is an
    error."""
    assert rendered(("a", "b")) == PROBE.expected  # how the runtime lists its choices
    stub = read_stub()
    problems = []
    for name, overloads in sorted(stub.functions.items()):
        function = getattr(activations, name, None)
        lifted = _lift.LIFTED.get(function)
        declared = {p.name: p for p in lifted.parameters} if lifted is not None else {}
        for node in overloads:
            for parameter in stub_parameters(node):
                problem = choice_difference(parameter, declared.get(parameter.name))
                if problem:
                    problems.append("%s: %s: %s" % (name, parameter.name, problem))
    for class_name, body in sorted(stub.classes.items()):
        for method_name, node in sorted(body.methods.items()):
            for parameter in stub_parameters(node):
                problem = choice_difference(parameter, None)
                if problem:
                    problems.append("%s.%s: %s" % (class_name, method_name, problem))
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_choices_of_gelu_are_read_from_the_runtime():
    """The comparison above sees gelu's choices at all (it would pass on no choices)."""
    stub = read_stub()
    approximate = _lift.LIFTED[activations.gelu].parameters[0]
    assert is_choice(approximate) and approximate.name == "approximate"
    for node in stub.functions["gelu"] + stub.functions["gelu_derivative"]:
        assert literal_choices(stub_parameters(node)[1].annotation) == ("none", "tanh")


def test_aliases_are_the_functions_they_name():
    problems = [
        "%s = %s in the stub, but at runtime %s is %r" % (alias, target, alias, runtime)
        for alias, target in sorted(read_stub().aliases.items())
        for runtime in [getattr(activations, alias, None)]
        if runtime is None or runtime is not getattr(activations, target, None)
    ]
    assert not problems, "\n".join(problems)


def test_variables_and_attributes_have_the_declared_types():
    stub = read_stub()
    problems = []
    for name, annotation in sorted(stub.variables.items()):
        if name.startswith("_") and name not in DUNDERS:
            continue
        value = getattr(activations, name, None)
        if not conforms(value, stub.evaluated(annotation)):
            problems.append("%s is %r, not %s" % (name, value, stub.text(annotation)))
    for class_name, body in sorted(stub.classes.items()):
        if class_name not in SAMPLES:
            problems.append("%s: no sample in SAMPLES to check its attributes on" % class_name)
            continue
        instance = SAMPLES[class_name]()
        attributes = {name for name in vars(instance) if not name.startswith("_")}
        for name in sorted(set(body.attributes) - attributes):
            problems.append("%s.%s: in the stub, not on an instance" % (class_name, name))
        for name in sorted(attributes - set(body.attributes)):
            problems.append("%s.%s: on an instance, not in the stub" % (class_name, name))
        for name in sorted(set(body.attributes) & attributes):
            value, annotation = getattr(instance, name), body.attributes[name]
            if not conforms(value, stub.evaluated(annotation)):
                problems.append(
                    "%s.%s is %r, not %s" % (class_name, name, value, stub.text(annotation))
                )
    assert not problems, "\n".join(problems)


# A parameter of a def in the stub: its default and annotation are ast nodes, or None.
Declared = collections.namedtuple("Declared", "name kind default annotation")
# A class in the stub: its methods (name: def) and attributes (name: annotation).
ClassBody = collections.namedtuple("ClassBody", "methods attributes")


class Stub:
    """The stub's top-level declarations, and the namespace its annotations are read in."""

    def __init__(self, source, functions, classes, variables, aliases, namespace):
        self.source = source
        self.functions = functions  # name: every overload, in order
        self.classes = classes  # name: ClassBody
        self.variables = variables  # name: annotation (__all__: List[str])
        self.aliases = aliases  # swish = silu: {"swish": "silu"}
        self.namespace = namespace

    def evaluated(self, annotation):
        """An annotation as the object it stands for (typing.Optional[float])."""
        expression = ast.fix_missing_locations(ast.Expression(annotation))
        value = eval(compile(expression, STUB, "eval"), self.namespace)
        return eval(value, self.namespace) if isinstance(value, str) else value

    def text(self, node):
        """A node as the stub writes it (ast.unparse is Python 3.9's)."""
        return ast.get_source_segment(self.source, node)


@functools.lru_cache(maxsize=None)
def read_stub():
    """The stub, read once."""
    with open(STUB, encoding="utf-8") as file:
        source = file.read()
    tree = ast.parse(source, STUB)
    functions, classes, variables, aliases = {}, {}, {}, {}
    # Typing machinery (imports, TypeVars, private aliases) is run to read annotations with;
    # the public classes stand for themselves.
    namespace = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            functions.setdefault(node.name, []).append(node)
        elif isinstance(node, ast.ClassDef):
            classes[node.name] = ClassBody(
                {item.name: item for item in node.body if isinstance(item, ast.FunctionDef)},
                {
                    item.target.id: item.annotation
                    for item in node.body
                    if isinstance(item, ast.AnnAssign)
                },
            )
            namespace[node.name] = getattr(activations, node.name, None)
        elif isinstance(node, ast.AnnAssign):
            variables[node.target.id] = node.annotation
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            exec(compile(ast.Module([node], []), STUB, "exec"), namespace)
        elif isinstance(node, ast.Assign):
            (target,) = node.targets
            if target.id.startswith("_"):
                exec(compile(ast.Module([node], []), STUB, "exec"), namespace)
            elif isinstance(node.value, ast.Name):
                aliases[target.id] = node.value.id
            else:
                variables[target.id] = node.value
    return Stub(source, functions, classes, variables, aliases, namespace)


def stub_parameters(node):
    """The parameters of a def in the stub, in order, as Declared."""
    arguments = node.args
    positional = [(a, inspect.Parameter.POSITIONAL_ONLY) for a in arguments.posonlyargs]
    positional += [(a, inspect.Parameter.POSITIONAL_OR_KEYWORD) for a in arguments.args]
    defaults = [None] * (len(positional) - len(arguments.defaults)) + arguments.defaults
    listed = [
        Declared(argument.arg, kind, default, argument.annotation)
        for (argument, kind), default in zip(positional, defaults)
    ]
    if arguments.vararg is not None:
        vararg = arguments.vararg
        listed.append(
            Declared(vararg.arg, inspect.Parameter.VAR_POSITIONAL, None, vararg.annotation)
        )
    for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults):
        listed.append(
            Declared(argument.arg, inspect.Parameter.KEYWORD_ONLY, default, argument.annotation)
        )
    if arguments.kwarg is not None:
        kwarg = arguments.kwarg
        listed.append(Declared(kwarg.arg, inspect.Parameter.VAR_KEYWORD, None, kwarg.annotation))
    return listed


def parameter_differences(where, node, runtime, stub):
    """What differs between a def in the stub and the runtime function, one line each."""
    declared = stub_parameters(node)
    actual = list(inspect.signature(runtime).parameters.values())
    if [p.name for p in declared] != [p.name for p in actual]:
        return [
            "%s: parameters (%s) in the stub, (%s) at runtime"
            % (where, ", ".join(p.name for p in declared), ", ".join(p.name for p in actual))
        ]
    problems = []
    for stubbed, parameter in zip(declared, actual):
        problem = kind_difference(stubbed, parameter) or default_difference(
            stubbed, parameter, stub
        )
        if problem is None and stubbed.default is not None and stubbed.annotation is not None:
            value = ast.literal_eval(stubbed.default)
            annotation = stub.evaluated(stubbed.annotation)
            if value is not Ellipsis and not conforms(value, annotation):
                problem = "the default %r is not a %s" % (value, stub.text(stubbed.annotation))
        if problem is not None:
            problems.append("%s: parameter %r: %s" % (where, parameter.name, problem))
    return problems


def kind_difference(stubbed, parameter):
    """How the kind of a parameter in the stub differs from the runtime's, or None."""
    if stubbed.kind != parameter.kind:
        return "%s in the stub, %s at runtime" % (
            stubbed.kind.description,
            parameter.kind.description,
        )
    return None


def default_difference(stubbed, parameter, stub):
    """How the stub's default differs from the runtime's, or None: the same value of the same
    type, and ``...`` only where the runtime's default cannot be written as a literal."""
    runtime = parameter.default
    if stubbed.default is None or runtime is inspect.Parameter.empty:
        if (stubbed.default is None) != (runtime is inspect.Parameter.empty):
            return "default %s in the stub, %s at runtime" % (
                "none" if stubbed.default is None else stub.text(stubbed.default),
                "none" if runtime is inspect.Parameter.empty else repr(runtime),
            )
        return None
    try:
        value = ast.literal_eval(stubbed.default)
    except ValueError:
        return "the stub's default %s is not a literal" % stub.text(stubbed.default)
    if value is Ellipsis:
        if is_literal(runtime):
            return "default ... in the stub: write the runtime's, %r" % (runtime,)
        return None
    if type(value) is not type(runtime) or value != runtime:
        return "default %r (%s) in the stub, %r (%s) at runtime" % (
            value,
            type(value).__name__,
            runtime,
            type(runtime).__name__,
        )
    return None


def choice_difference(stubbed, parameter):
    """How the stub's Literal differs from the choices the package declares (parameter, from
    _lift), or None."""
    choices = literal_choices(stubbed.annotation)
    if parameter is None or not is_choice(parameter):
        if choices is not None:
            return "Literal%r in the stub, but no choices at runtime" % (list(choices),)
        return None
    if choices is None:
        return "the runtime takes %s: the stub should say Literal[...]" % parameter.expected
    if rendered(choices) != parameter.expected:
        return "Literal%r in the stub, the runtime takes %s" % (list(choices), parameter.expected)
    refused = [choice for choice in choices if not parameter.is_expected(choice)]
    if refused:
        return "the runtime refuses %r" % (refused,)
    return None


def is_choice(parameter):
    """Whether a parameter from _lift was made by choice(): a text among given ones."""
    return parameter.is_kind is PROBE.is_kind and parameter.is_expected is not None


def literal_choices(annotation):
    """The values of the Literal[...] in an annotation (also inside Optional[...]), or None."""
    for node in ast.walk(annotation) if annotation is not None else ():
        if isinstance(node, ast.Subscript) and _name_of(node.value) == "Literal":
            index = node.slice.value if isinstance(node.slice, ast.Index) else node.slice  # 3.8
            items = index.elts if isinstance(index, ast.Tuple) else [index]
            return tuple(ast.literal_eval(item) for item in items)
    return None


def rendered(choices):
    """The choices as the runtime lists them in its messages."""
    return " or ".join(repr(choice) for choice in choices)


def is_literal(value):
    """Whether a value can be written as a literal in a stub (0.01, 'none', None, -1)."""
    try:
        written = ast.literal_eval(repr(value))
    except (ValueError, SyntaxError):
        return False
    return type(written) is type(value) and written == value


def conforms(value, annotation):
    """Whether value is of the type an annotation stands for, as a type checker reads it (an
    int is a float); a type not understood here fails, so that it is added."""
    if annotation is typing.Any:
        return True
    if annotation is None or annotation is type(None):
        return value is None
    if isinstance(annotation, typing.TypeVar):
        return annotation.__bound__ is None or conforms(value, annotation.__bound__)
    origin, arguments = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Union:
        return any(conforms(value, argument) for argument in arguments)
    if origin is typing.Literal:
        return any(type(value) is type(choice) and value == choice for choice in arguments)
    if origin is abc.Callable:
        return callable(value)
    if origin is dict:
        return isinstance(value, dict) and all(
            conforms(key, arguments[0]) and conforms(item, arguments[1])
            for key, item in value.items()
        )
    if origin in (list, abc.Sequence, abc.Iterable):
        return isinstance(value, origin) and all(conforms(item, arguments[0]) for item in value)
    if annotation is float:
        return isinstance(value, (int, float))
    if isinstance(annotation, type) and origin is None:
        return isinstance(value, annotation)
    raise AssertionError("conforms() cannot read the annotation %r yet" % (annotation,))


def _name_of(node):
    """Literal for Literal and typing.Literal."""
    if isinstance(node, ast.Attribute):
        return node.attr
    return getattr(node, "id", None)
