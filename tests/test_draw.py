"""Pictures and tables from Python: activations.plot() and activations.table()."""

import doctest
import functools
import math
import os
import re
import subprocess
import sys
import types
from xml.etree import ElementTree

import pytest

import activations as act
from activations import _draw

SVG = "{http://www.w3.org/2000/svg}"


def assert_svg_draws(svg_text, functions):
    """svg_text parses as SVG, with a path per function (by label) whose points lie on it."""
    root = ElementTree.fromstring(svg_text)
    assert root.tag == SVG + "svg"
    group = root.find(SVG + "g")
    x_from, x_to = float(group.get("data-x-from")), float(group.get("data-x-to"))
    y_from, y_to = float(group.get("data-y-from")), float(group.get("data-y-to"))
    keys = ["data-left", "data-top", "data-width", "data-height"]
    left, top, width, height = (float(group.get(key)) for key in keys)
    paths = root.findall(".//%spath" % SVG)
    assert [path.get("data-function") for path in paths] == list(functions)
    for path, function in zip(paths, functions.values()):
        pairs = re.findall(r"[ML]([-0-9.]+) ([-0-9.]+)", path.get("d"))
        assert len(pairs) >= 100
        for px, py in ((float(a), float(b)) for a, b in pairs):
            x = x_from + (px - left) / width * (x_to - x_from)
            y = y_to - (py - top) / height * (y_to - y_from)
            assert abs(function(x) - y) <= (y_to - y_from) * 2e-3, (path.get("data-function"), x, y)
    legend = [text.text for text in root.iter(SVG + "text") if text.get("class") == "legend"]
    assert legend == list(functions)
    return root


# --- the package loads the drawing code only when asked ----------------------------------


def test_import_loads_neither_the_drawing_nor_the_command_line():
    script = (
        "import sys, inspect, activations\n"
        "print(sorted(m for m in ('activations._draw', 'activations._cli') if m in sys.modules))\n"
        "figure = activations.plot('relu')\n"
        "print(sorted(m for m in ('activations._draw', 'activations._cli') if m in sys.modules))\n"
        "print(activations.plot is activations._draw.plot, activations.table.__name__)\n"
        "print(list(inspect.signature(activations.table).parameters)[:3])\n"
        "print('plot' in dir(activations), 'plot' in activations.__all__)\n"
    )
    package = os.path.dirname(os.path.dirname(os.path.abspath(act.__file__)))
    environment = dict(os.environ, PYTHONPATH=package)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True
    )
    assert result.stdout.splitlines() == [
        "[]",
        "['activations._draw']",
        "True table",
        "['functions', 'start', 'stop']",
        "True False",
    ]
    with pytest.raises(AttributeError, match="has no attribute 'nothing'"):
        act.nothing  # noqa: B018


def test_the_docstrings_examples_run():
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    examples = 0
    for test in finder.find(_draw.plot) + finder.find(_draw.table):
        runner.run(test)
        examples += len(test.examples)
    assert examples >= 5 and runner.failures == 0


# --- what can be drawn, and how it is labelled ------------------------------------------------


def test_functions_names_partials_and_callables_with_their_labels():
    def square(x):
        return x * x

    figure = act.plot(
        act.relu,
        "sigmoid",
        functools.partial(act.leaky_relu, negative_slope=0.1),
        lambda x: max(0, x),  # would fail on a list: callables get one number at a time
        square,
        act.swish,
    )
    assert figure.labels == [
        "relu",
        "sigmoid",
        "leaky_relu(negative_slope=0.1)",
        "<lambda>",
        "square",
        "silu",
    ]
    assert [curve.takes_lists for curve in figure.curves] == [True, True, True, False, False, True]
    legend = str(figure).splitlines()[-2:]
    assert "leaky_relu(negative_slope=0.1)" in "\n".join(legend)  # the legend flows onto lines
    labelled = act.plot(lambda x: x, act.tanh, labels=["identity", "tanh"])
    assert labelled.labels == ["identity", "tanh"]


def test_mistakes_are_named_errors():
    cases = [
        (lambda: act.plot(), ValueError, "plot: name at least one function"),
        (
            lambda: act.plot("ReLU"),
            ValueError,
            "plot: unknown function 'ReLU'; did you mean 'relu'?",
        ),
        (lambda: act.table("softmax"), ValueError, "table: softmax works on whole rows"),
        (lambda: act.plot(42), TypeError, "plot: 42 is not a function or the name of one"),
        (lambda: act.plot("relu", labels=["a", "b"]), ValueError, "plot: 2 labels for 1 functions"),
        (
            lambda: act.plot("relu", start=1, stop=1),
            ValueError,
            "plot: the range from 1 to 1 is empty",
        ),
        (lambda: act.plot("relu", stop=math.inf), ValueError, "plot: stop must be finite, not inf"),
        (lambda: act.plot("relu", width=10), ValueError, "plot: width must be a whole number"),
        (lambda: act.plot(lambda x: None), TypeError, "plot: <lambda> gave None at x = -5.0"),
        (lambda: act.table("relu", step=0), ValueError, "table: step must be positive, not 0"),
        (lambda: act.table("relu", start="a"), ValueError, "table: start is 'a', expected a real"),
        (lambda: act.table("relu", stop=10**400), ValueError, "table: stop is too large"),
        (lambda: act.table("relu", step=1e-6), ValueError, "table: from -5 to 5 in steps of 1e-06"),
        (lambda: act.table("relu", digits=18), ValueError, "table: digits must be a whole number"),
    ]
    for make, kind, message in cases:
        with pytest.raises(kind) as raised:
            make()
        assert str(raised.value).startswith(message), str(raised.value)


# --- tables -----------------------------------------------------------------------------------


def test_table_text_rows_and_html():
    shown = act.table(act.relu, "relu_derivative", start=-1, stop=1, step=1)
    assert (
        str(shown) == repr(shown) == " x  relu  relu_derivative\n"
        "-1     0                0\n"
        " 0     0                0\n"
        " 1     1                1"
    )
    assert shown.labels == ["x", "relu", "relu_derivative"]
    assert shown.rows == [[-1, 0, 0], [0, 0, 0], [1, 1, 1]]
    html = act.table("sigmoid", start=0, stop=0, labels=["σ <&>"])._repr_html_()
    root = ElementTree.fromstring(html)
    assert [cell.text for cell in root.iter("th")] == ["x", "σ <&>"]
    assert [cell.text for cell in root.iter("td")] == ["0", "0.5"]


def test_table_keeps_the_inputs_exact_where_it_can():
    assert act.table("relu", start=0, stop=0.3, step=0.1).rows[-1][0] == pytest.approx(0.3)
    assert len(act.table("relu", start=0, stop=0.3, step=0.1).rows) == 4
    assert act.table("relu", start=-1e308, stop=1e308, step=1e307).rows[-1][0] == pytest.approx(
        1e308
    )


# --- terminal plots ------------------------------------------------------------------------------


def test_overlapping_curves_both_stay_visible():
    text = act.plot("relu", "leaky_relu", color=False).text()
    body = "\n".join(text.splitlines()[:-1])
    assert body.count("●") >= 20 and body.count("■") >= 20
    top_right = next(line for line in text.splitlines() if "●" in line or "■" in line)
    assert "●" in top_right and "■" in top_right  # where they coincide, both show


def test_colour_when_asked_or_on_a_terminal_and_never_with_no_color(monkeypatch):
    figure = act.plot("relu", "sigmoid")
    coloured = figure.text(color=True)
    assert "\x1b[34m●\x1b[0m" in coloured and "\x1b[31m■\x1b[0m" in coloured
    assert "\x1b[" not in figure.text(color=False) and "\x1b[" not in repr(figure)
    terminal = types.SimpleNamespace(isatty=lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _draw.use_colour(terminal) and not _draw.use_colour(types.SimpleNamespace())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not _draw.use_colour(terminal)
    monkeypatch.setattr(sys, "stdout", terminal)
    assert "\x1b[" not in str(figure)
    monkeypatch.setenv("NO_COLOR", "")
    assert "\x1b[" in str(figure) and "\x1b[" not in str(act.plot("relu", color=False))


def test_title_and_axis_labels_and_sizes():
    figure = act.plot("tanh", width=50, height=14, title="Tanh", xlabel="input", ylabel="output")
    lines = figure.text(color=False).splitlines()
    assert len(lines) == 14 and max(len(line) for line in lines) <= 50
    assert (
        lines[0].strip() == "Tanh" and lines[1].strip() == "output" and lines[-2].strip() == "input"
    )


def test_points_that_are_not_finite_are_left_out():
    figure = act.plot(lambda x: 1 / x if x else math.inf, lambda x: math.nan, start=-1, stop=1)
    assert "*" not in str(figure) and str(figure).count("●") > 10
    assert "■" not in "\n".join(str(figure).splitlines()[:-1])  # the all-nan curve: legend only
    for start, stop in [(-1e308, 1e308), (0, 5e-324 * 50), (1e300, 1.0000001e300)]:
        act.plot("relu", "tanh", start=start, stop=stop).svg()
    act.plot(functools.partial(act.leaky_relu, negative_slope=1e308)).text()
    act.plot(lambda x: 10**400 if x > 0 else 0).text()  # an int beyond a float's range


# --- SVG ------------------------------------------------------------------------------------------


def test_svg_draws_each_curve_with_grid_labels_and_a_legend(tmp_path):
    functions = {"sigmoid": act.sigmoid, "tanh_derivative": act.tanh_derivative}
    figure = act.plot(*functions, start=-6, stop=6, title="Two <curves>", xlabel="x", ylabel="y")
    assert figure._repr_svg_() == figure.svg()
    target = tmp_path / "curve.svg"
    assert figure.save(str(target)) is None
    with open(str(target), encoding="utf-8") as written:
        root = assert_svg_draws(written.read(), functions)
    texts = {text.get("class"): text.text for text in root.iter(SVG + "text") if text.get("class")}
    assert (texts["title"], texts["xlabel"], texts["ylabel"]) == ("Two <curves>", "x", "y")
    assert len([line for line in root.iter(SVG + "line") if line.get("class") == "grid"]) >= 8


def test_svg_dashes_a_curve_drawn_over_another():
    root = ElementTree.fromstring(act.plot("relu", "leaky_relu", "sigmoid").svg())
    dashes = [path.get("stroke-dasharray") for path in root.iter(SVG + "path")]
    assert dashes[0] is None and dashes[1] is not None and dashes[2] is None


# --- names, families and parameters, for any layout of the package -----------------------------


def test_families_come_from_the_modules_docstrings(monkeypatch):
    module = types.ModuleType("activations._rectifiers", "Rectifiers: relu and its kin.\n\nMore.")
    monkeypatch.setitem(sys.modules, module.__name__, module)

    def kernel(x):
        return x

    kernel.__module__ = module.__name__
    assert _draw.family_of(kernel) == "Rectifiers: relu and its kin."
    assert (
        _draw.family_of(act.relu) == sys.modules["activations._rectifiers"].__doc__.split("\n")[0]
    )
    assert _draw.is_rowwise(act.softmax)
    assert not _draw.is_rowwise(act.relu)
    groups = _draw.demo_groups()
    assert groups[0] == (
        "The four a course starts with",
        [act.relu, act.leaky_relu, act.sigmoid, act.tanh],
    )
    shown = [function for _, functions in groups for function in functions]
    assert len(shown) == len(set(shown)) and act.threshold not in shown and act.softmax not in shown


def test_parameters_a_person_sets():
    def softplus(x, beta=1.0, threshold=None, dim=-1, inplace=False, training=False, *rest):
        return x

    assert [(p.name, p.default) for p in _draw.parameters_of(softplus)] == [
        ("beta", 1.0),
        ("threshold", None),
        ("training", False),
    ]
    assert _draw.takes_defaults_only(softplus) and not _draw.takes_defaults_only(act.threshold)
    assert _draw.signature_text(act.threshold) == "(x, threshold, value)"
