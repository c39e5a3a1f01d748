"""export(*names): the package's own code, as one module that runs on its own.

Every public function is exported and run in a separate interpreter that cannot import the
package (``-I -S``, from another folder), on the shared case table and on inputs chosen to
reach the tails, and must give bit for bit what the package gives.
"""

import ast
import marshal
import math
import os
import random
import subprocess
import sys

import pytest

import activations as act

from cases import VALUES
from catalogue import FUNCTIONS, RANDOM, ROWWISE

# The parameters a function cannot go without, when a case gives none.
REQUIRED = {
    "threshold": {"threshold": 0.5, "value": -1.0},
    "threshold_derivative": {"threshold": 0.5, "value": -1.0},
    "prelu": {"weight": 0.25},
    "prelu_derivative": {"weight": 0.25},
}
TAILS = [0.0, -0.0, 5e-324, -5e-324, 1e-300, -1e-300, 0.5, -0.5, 1.0, -1.0, 3.0, -3.0]
TAILS += [20.0, -20.0, 37.5, -37.5, 40.0, -40.0, 100.0, -100.0, 700.0, -700.0, 708.5]
TAILS += [-708.5, 710.0, -710.0, 745.0, -745.0, 800.0, -800.0, 1e300, -1e300]
TAILS += [math.inf, -math.inf, math.nan, 1, -1, 0, 3, -3, 700, -800, True, False]
# Run in the other interpreter: calls the exported functions on the calls given, and writes
# what each returned (or the name of the exception it raised).
RUNNER = """\
import marshal, random, sys
try:
    import activations
except ImportError:
    pass
else:
    raise SystemExit("the package can be imported here")
sys.path.insert(0, sys.argv[1])
import exported
with open(sys.argv[2], "rb") as file:
    calls = marshal.load(file)
results = []
for name, x, kwargs, seed in calls:
    if seed is not None:
        random.seed(seed)
    try:
        results.append(getattr(exported, name)(x, **kwargs))
    except Exception as error:
        results.append(("raised", type(error).__name__))
with open(sys.argv[3], "wb") as file:
    marshal.dump(results, file)
"""


def calls_for(name):
    """(name, x, kwargs, seed): the case table's calls of one number (one row), and the tails."""
    rowwise = name in ROWWISE
    calls = []
    for case_name, x, kwargs, _ in VALUES:
        if case_name != name or "dim" in kwargs or "inplace" in kwargs:
            continue
        one = isinstance(x, list) and all(type(v) in (int, float) for v in x)
        number = type(x) is float or type(x) in (int, bool) and abs(x) < 2**53  # exact in a float
        if (rowwise and one and x) or (not rowwise and number):
            calls.append((name, x, kwargs, None))
    rng = random.Random(name)
    if rowwise:
        for length in (2, 4, 6):
            calls.append((name, [rng.uniform(-30.0, 30.0) for _ in range(length)], {}, None))
        calls.append((name, [1000.0, -1000.0, 0.0, 5e-324], {}, None))
        calls.append((name, [-800.0, 800.0, 1e300, -1e300], {}, None))
    else:
        defaults = REQUIRED.get(name, {})
        numbers = TAILS + [rng.uniform(-50.0, 50.0) for _ in range(40)]
        numbers += [math.copysign(10.0 ** rng.uniform(-300, 300), rng.random() - 0.5)]
        calls += [(name, x, defaults, None) for x in numbers]
    if name == "rrelu":  # a slope drawn from random for each negative element, as in the package
        calls += [(name, x, {"training": True}, 7) for x in (-1.0, -2.5, 3.0)]
    if name in RANDOM:  # the same noise on both sides: the same seed
        calls = [(name, x, kwargs, index) for index, (name, x, kwargs, _) in enumerate(calls)]
    return calls


def package_result(name, x, kwargs, seed):
    if seed is not None:
        random.seed(seed)
    try:
        return getattr(act, name)(x, **kwargs)
    except Exception as error:
        return ("raised", type(error).__name__)


def run_exported(text, calls, tmp_path):
    """What the exported module gives for calls, run by this Python in isolation."""
    folder = tmp_path / "module"
    folder.mkdir()
    (folder / "exported.py").write_text(text, encoding="utf-8")
    (tmp_path / "runner.py").write_text(RUNNER, encoding="utf-8")
    with open(tmp_path / "calls", "wb") as file:
        marshal.dump(calls, file)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    subprocess.run(
        [sys.executable, "-I", "-S", str(tmp_path / "runner.py"), str(folder)]
        + [str(tmp_path / "calls"), str(tmp_path / "results")],
        cwd=str(elsewhere),
        check=True,
        timeout=120,
    )
    with open(tmp_path / "results", "rb") as file:
        return marshal.load(file)


def same_code(a, b, docstring=True):
    """Whether two code objects run the same: bytecode, names and constants (the docstring,
    which an export shortens, and nested code's file and lines aside)."""
    if a.co_code != b.co_code or a.co_names != b.co_names:
        return False
    consts = zip(a.co_consts[docstring:], b.co_consts[docstring:])
    return all(
        same_code(p, q, False) if hasattr(p, "co_code") else identical(p, q) for p, q in consts
    )


def identical(a, b):
    """Bit for bit: the same type and value, nan for nan, the sign of a zero."""
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(identical(p, q) for p, q in zip(a, b))
    if isinstance(a, float):
        return a == b and math.copysign(1.0, a) == math.copysign(1.0, b) or a != a and b != b
    return a == b


def test_every_function_exported_runs_alone_and_gives_what_the_package_gives(tmp_path):
    names = list(FUNCTIONS)
    calls = [call for name in names for call in calls_for(name)]
    assert {call[0] for call in calls} == set(names)
    results = run_exported(act.export(*names), calls, tmp_path)
    for call, result in zip(calls, results):
        expected = package_result(*call)
        assert identical(result, expected), (call, result, expected)
    assert len(results) == len(calls) > 40 * len(names)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_each_export_alone_defines_its_function_from_the_packages_own_code(name):
    text = act.export(name)
    tree = ast.parse(text)
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, (ast.ImportFrom, ast.Import))
    }
    assert imported <= {"math", "random", None}
    assert "activations" not in imported and "_lift" not in text and "@" not in text
    namespace = {}
    exec(compile(text, "exported.py", "exec"), namespace)
    exported = namespace[name]
    # The package's own code, not a copy: the scalar function's very bytecode.
    scalar = act._lift.LIFTED[getattr(act, name)].scalar
    assert same_code(exported.__code__, scalar.__code__)
    assert text.startswith("# %s: activations %s" % (name, act.__version__))


def test_an_export_holds_only_what_its_functions_need():
    text = act.export("relu", "relu_derivative")
    namespace = {}
    exec(text, namespace)
    defined = sorted(key for key in namespace if not key.startswith("__"))
    assert defined == ["one_like", "relu", "relu_derivative", "zero_like"]
    assert namespace["relu"](-3) == 0 and namespace["relu_derivative"](2.5) == 1.0
    text = act.export("sigmoid")
    assert "from math import exp\n" in text and "def sigmoid(x):" in text
    assert text.count("\ndef ") == 1  # sigmoid alone: no helper


def test_the_docstrings_come_along_for_one_number():
    text = act.export("leaky_relu", "softmax")
    assert "leaky_relu(x) = x if x > 0 else negative_slope * x" in text
    assert "x: a real number.\n" in text and "row: a row of real numbers, a list.\n" in text
    assert "negative_slope: the slope for x <= 0 (default 0.01, as in PyTorch and JAX)." in text
    for gone in ("inplace:", "dim:", "Example:", ">>>", "iterable"):
        assert gone not in text, gone


def test_mistakes_are_named():
    for names, error, message in [
        ((), ValueError, "export: name at least one function, e.g. export('sigmoid')"),
        (("sigmod",), ValueError, "export: unknown function 'sigmod'; did you mean 'sigmoid'?"),
        ((3,), TypeError, "export: 3 is not the name of a function"),
        (
            ("relu_",),
            ValueError,
            "export: relu_ is relu(x, inplace=True), which writes into a list; export 'relu', "
            "a function of one number",
        ),
    ]:
        with pytest.raises(error) as raised:
            act.export(*names)
        assert str(raised.value) == message


def test_the_package_source_binds_every_name_once_across_its_families():
    # Exporting everything at once puts every family into one namespace: any name two
    # modules bind differently would be a conflict, which export refuses.
    text = act.export(*FUNCTIONS)
    assert len(text) > 20000
    assert os.path.basename(act._export.__file__) == "_export.py"


def test_the_command_line_shows_and_exports_the_same_code(tmp_path):
    from test_cli import fails, ok, run

    assert ok("show", "sigmoid") == act.export("sigmoid", "sigmoid_derivative")
    assert ok("show", "gumbel_softmax") == act.export("gumbel_softmax")  # it has no derivative
    assert ok("export", "relu", "tanh") == act.export("relu", "tanh")
    target = tmp_path / "lite.py"
    out, err, status = run("export", "relu", "tanh", "-o", str(target))
    assert (out, err, status) == ("", "activations export: wrote %s\n" % target, 0)
    assert target.read_text(encoding="utf-8") == act.export("relu", "tanh")
    for arguments, message in [
        (
            ("export", "sigmod"),
            "activations export: unknown function 'sigmod'; did you mean 'sigmoid'?",
        ),
        (
            ("show", "relu_"),
            "activations show: relu_ is the in-place form of relu, for lists in Python; use relu",
        ),
        (("export",), "activations export: name at least one function, e.g. export sigmoid"),
        (("show", "relu", "tanh"), "activations show: name one function, e.g. show sigmoid"),
        (
            ("export", "relu", "-o", str(tmp_path / "no" / "such.py")),
            "activations export: cannot write %r: No such file or directory"
            % str(tmp_path / "no" / "such.py"),
        ),
    ]:
        out, err = fails(*arguments)
        assert (out, err) == ("", message + "\n")
