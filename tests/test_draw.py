"""Pictures and tables from Python: activations.plot() and activations.table()."""

import ast
import contextlib
import doctest
import functools
import inspect
import io
import itertools
import json
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
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LESSON = os.path.join(ROOT, "docs", "notebook", "lesson.ipynb")


def assert_svg_draws(svg_text, functions):
    """svg_text parses as SVG, with a path per function (by label) whose points lie on it."""
    root = ElementTree.fromstring(svg_text)
    assert root.tag == SVG + "svg"
    paths = root.findall(".//%spath" % SVG)
    assert [path.get("data-label") for path in paths] == list(functions)
    for path, function in zip(paths, functions.values()):
        points = svg_points(root, path)
        assert len(points) >= 100
        for x, y in points:
            assert abs(function(x) - y) <= plot_height(root) * 2e-3, (path.get("data-label"), x, y)
    legend = [text.text for text in root.iter(SVG + "text") if text.get("class") == "legend"]
    assert legend == list(functions)
    return root


def svg_points(root, path):
    """The points (x, y) of a path, back in the plot's own units."""
    group = root.find(SVG + "g")
    x_from, x_to = float(group.get("data-x-from")), float(group.get("data-x-to"))
    y_from, y_to = float(group.get("data-y-from")), float(group.get("data-y-to"))
    keys = ["data-left", "data-top", "data-width", "data-height"]
    left, top, width, height = (float(group.get(key)) for key in keys)
    return [
        (
            x_from + (float(px) - left) / width * (x_to - x_from),
            y_to - (float(py) - top) / height * (y_to - y_from),
        )
        for px, py in re.findall(r"[ML]([-0-9.]+) ([-0-9.]+)", path.get("d"))
    ]


def plot_height(root):
    group = root.find(SVG + "g")
    return float(group.get("data-y-to")) - float(group.get("data-y-from"))


def dashes(figure):
    root = ElementTree.fromstring(figure.svg())
    return [path.get("stroke-dasharray") for path in root.iter(SVG + "path")]


def body(figure):
    """The terminal plot without its legend and axis labels, in plain text."""
    return "\n".join(figure.text(color=False).splitlines()[:-3])


# --- the package loads the drawing code only when asked ----------------------------------


def test_import_loads_neither_the_drawing_nor_the_command_line_nor_the_catalogue():
    modules = "('activations._draw', 'activations._cli', 'activations._catalogue')"
    script = (
        "import sys, inspect, activations\n"
        "print(sorted(m for m in %s if m in sys.modules))\n"
        "figure = activations.plot('relu')\n"
        "print(sorted(m for m in %s if m in sys.modules))\n"
        "print(activations.plot is activations._draw.plot, activations.table.__name__)\n"
        "print(list(inspect.signature(activations.table).parameters)[:3])\n"
        "print('plot' in dir(activations), 'plot' in activations.__all__)\n"
    ) % (modules, modules)
    package = os.path.dirname(os.path.dirname(os.path.abspath(act.__file__)))
    environment = dict(os.environ, PYTHONPATH=package)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True
    )
    assert result.stdout.splitlines() == [
        "[]",
        "['activations._catalogue', 'activations._draw']",
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
    assert examples >= 6 and runner.failures == 0


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


def test_a_string_is_one_label():
    assert act.plot("relu", labels="ReLU").labels == ["ReLU"]
    assert act.table("relu", labels="ReLU").labels == ["x", "ReLU"]
    assert act.plot("relu", labels=("a",)).labels == ["a"]
    with pytest.raises(ValueError) as raised:
        act.plot("relu", "tanh", labels="ReLU")
    assert str(raised.value) == ("plot: 1 labels for 2 curves; give one label per function or data")


def test_mistakes_are_named_errors():
    long_list = list(range(-19, 20))
    cases = [
        (lambda: act.plot(), ValueError, "plot: name at least one function"),
        (
            lambda: act.plot("ReLU"),
            ValueError,
            "plot: unknown function 'ReLU'; did you mean 'relu'?",
        ),
        (lambda: act.table("softmax"), ValueError, "table: softmax works on whole rows"),
        (
            lambda: act.plot(42),
            TypeError,
            "plot: 42 (int) is not a function, the name of one, or a list of numbers",
        ),
        (lambda: act.plot(object()), TypeError, "plot: <object objec..."),  # an address after
        (
            lambda: act.table(act.relu, long_list),
            TypeError,
            "table: [-19, -18, -17, -16, -15, -14, ...] (list) is not a function; to tabulate "
            "at given inputs, write table(..., x=[...])",
        ),
        (lambda: act.plot("relu", labels=["a", "b"]), ValueError, "plot: 2 labels for 1 curves"),
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
        (
            lambda: act.table("relu", digits=18),
            ValueError,
            "table: digits must be a whole number from 0 to 17, not 18",
        ),
    ]
    for make, kind, message in cases:
        with pytest.raises(kind) as raised:
            make()
        assert str(raised.value).startswith(message), str(raised.value)
        assert len(str(raised.value)) < 160  # no list is echoed whole


def test_more_than_eight_curves_is_an_error_rather_than_a_colour_twice():
    eight = ["relu", "sigmoid", "tanh", "gelu", "silu", "mish", "softsign", "elu"]
    assert len(act.plot(*eight).labels) == 8
    with pytest.raises(ValueError) as raised:
        act.plot(*eight, "selu")
    assert str(raised.value) == (
        "plot: 9 curves, more than the 8 that colours and symbols tell apart; "
        "draw them in two plots"
    )


# --- data ---------------------------------------------------------------------------------------


def test_data_is_drawn_as_matplotlib_draws_it():
    xs = list(range(-19, 20))
    figure = act.plot(xs, act.relu(xs))
    assert figure.labels == ["data"] and (figure.start, figure.stop) == (-19.0, 19.0)
    root = ElementTree.fromstring(figure.svg())
    points = svg_points(root, root.find(".//%spath" % SVG))
    expected = [(float(x), float(max(0, x))) for x in xs]
    assert len(points) == len(expected)
    for (x, y), (ex, ey) in zip(points, expected):
        assert abs(x - ex) < 0.05 and abs(y - ey) < 0.05
    # ys alone are at x = 0, 1, 2, ...; a string after data is a function, drawn over its range.
    assert (act.plot([5, 6, 7]).start, act.plot([5, 6, 7]).stop) == (0.0, 2.0)
    beside = act.plot(xs, act.relu(xs), "sigmoid", labels=["measured", "sigmoid"])
    assert beside.labels == ["measured", "sigmoid"] and beside.stop == 19.0
    several = act.plot((0, 1), (2, 3), range(3), "tanh", [1.0, 2.0], [1.0, 0.5])
    assert several.labels == ["data 1", "data 2", "tanh", "data 3"]


def test_data_in_the_terminal():
    text = act.plot([0, 1, 2, 3], [0, 1, 4, 9], labels="squares", width=30, height=8).text(False)
    assert text == (
        "      │                     ●●\n"
        "      │                  ●●●\n"
        "    5 │             ●●●●●\n"
        "      │      ●●●●●●●\n"
        "    0 │●●●●●●─────────────────\n"
        "      └┼──────────────┼───────\n"
        "       0              2\n"
        "  ● squares"
    )


def test_data_beyond_the_range_is_cut_where_it_leaves():
    figure = act.plot([-10, 0, 10], [0, 10, 0], start=-5, stop=5)
    root = ElementTree.fromstring(figure.svg())
    points = svg_points(root, root.find(".//%spath" % SVG))
    assert [(round(x, 2), round(y, 2)) for x, y in points] == [(-5, 5), (0, 10), (5, 5)]
    assert figure.low < 5 < 10 < figure.high < 11
    gap = act.plot([0, 1, 2, 3, 4], [1, math.nan, 1, 2, float("inf")])
    root = ElementTree.fromstring(gap.svg())
    assert re.findall("[ML]", root.find(".//%spath" % SVG).get("d")) == ["M", "M", "L"]


def test_a_bad_element_of_data_is_named_by_its_position():
    cases = [
        (lambda: act.plot([1, 2, 3, 4], [1, 2, 3, "a"]), TypeError,
         "plot: ys element [3] is 'a' (str), expected a real number"),
        (lambda: act.plot([1, None], [1, 2]), TypeError,
         "plot: xs element [1] is None (NoneType), expected a real number"),
        (lambda: act.plot([1], [2], [3, [4]]), TypeError,
         "plot: ys (data 2) element [1] is [4] (list), expected a real number"),
        (lambda: act.plot([1], [2], [3], [], "relu"), ValueError, "plot: ys (data 2) is empty"),
        (lambda: act.plot([1], [2], [0, 1], [3]), ValueError,
         "plot: xs (data 2) has 2 numbers and ys 1; give one y for each x"),
        (lambda: act.plot([1, 2], [1, 2, 3]), ValueError,
         "plot: xs has 2 numbers and ys 3; give one y for each x"),
        (lambda: act.plot([]), ValueError, "plot: ys is empty"),
        (lambda: act.table("relu", x=[0, 1, 2j]), TypeError,
         "table: x element [2] is 2j (complex), expected a real number"),
        (lambda: act.table("relu", x=3), TypeError,
         "table: x is 3 (int), expected a list of numbers"),
        (lambda: act.table("relu", x=[]), ValueError, "table: x is empty; give at least one input"),
        (lambda: act.table("relu", x=[1], start=0), ValueError,
         "table: give either x or start, stop and step, not both"),
    ]  # fmt: skip
    for make, kind, message in cases:
        with pytest.raises(kind) as raised:
            make()
        assert str(raised.value) == message


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


def test_table_at_given_inputs():
    shown = act.table(act.relu, act.sigmoid, x=[-19, 0.5, 3])
    assert shown.rows == [
        [-19, 0, act.sigmoid(-19)],
        [0.5, 0.5, act.sigmoid(0.5)],
        [3, 3, act.sigmoid(3)],
    ]
    assert str(shown) == (
        "    x  relu  sigmoid\n-19     0     0.0000\n  0.5   0.5   0.6225\n  3     3     0.9526"
    )
    assert act.table("tanh", x=(v / 2 for v in range(3))).rows[2] == [1.0, act.tanh(1.0)]


def test_decimals_line_up_and_zero_has_no_sign():
    shown = act.table(
        "sigmoid", lambda x: -x * 1e-9, "gelu", x=[-40, -3, -1.5, 0, 2, 1e20], digits=4
    )
    assert str(shown) == (
        "           x  sigmoid         <lambda>         gelu\n"
        "-40            0.0000              0.0   0.0000\n"
        " -3            0.0474              0.0  -0.0040\n"
        " -1.5          0.1824              0.0  -0.1002\n"
        "  0            0.5000              0.0   0.0000\n"
        "  2            0.8808              0.0   1.9545\n"
        "  1.0000e+20   1.0000  -100000000000.0   1.0000e+20"
    )
    for row in shown.cells():
        for cell in row:
            assert not re.match(r"^\s*-0(\.0*)?\s*$", cell), row
    # The column's common zeros are left off, one decimal kept to show a float.
    assert [row[1] for row in act.table("relu", x=[0.5, 1.0, 1.25], digits=6).cells()] == [
        "0.50",
        "1.00",
        "1.25",
    ]
    assert [row[1] for row in act.table("relu", x=[0.5, 1.0], digits=6).cells()] == ["0.5", "1.0"]
    assert [row[1] for row in act.table("tanh", x=[0, 1], digits=0).cells()] == ["0", "1"]


def test_html_table_lines_up_as_the_text_does():
    shown = act.table("sigmoid", "tanh_derivative", start=-2, stop=2, step=0.5, digits=3)
    root = ElementTree.fromstring(shown._repr_html_())
    rows = [[cell.text for cell in row.iter("td")] for row in root.iter("tr")][1:]
    assert rows == shown.cells()
    for column in zip(*rows):
        assert len({len(cell) for cell in column}) == 1
        assert len({cell.index(".") for cell in column if "." in cell}) == 1
    styles = {cell.get("style") for cell in root.iter("td")}
    assert styles == {"text-align: right; font-family: monospace; white-space: pre"}


def test_table_keeps_the_inputs_exact_where_it_can():
    assert act.table("relu", start=0, stop=0.3, step=0.1).rows[-1][0] == pytest.approx(0.3)
    assert len(act.table("relu", start=0, stop=0.3, step=0.1).rows) == 4
    assert act.table("relu", start=-1e308, stop=1e308, step=1e307).rows[-1][0] == pytest.approx(
        1e308
    )


# --- colours --------------------------------------------------------------------------------------

# Machado, Oliveira and Fernandes (2009), severity 1.0, for linear RGB.
PROTAN = (
    (0.152286, 1.052583, -0.204868),
    (0.114503, 0.786281, 0.099216),
    (-0.003882, -0.048116, 1.051998),
)
DEUTAN = (
    (0.367322, 0.860646, -0.227968),
    (0.280085, 0.672501, 0.047413),
    (-0.011820, 0.042940, 0.968881),
)


def to_linear(value):
    value /= 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def to_srgb(value):
    value = min(1.0, max(0.0, value))
    return 255 * (12.92 * value if value <= 0.0031308 else 1.055 * value ** (1 / 2.4) - 0.055)


def simulated(rgb, matrix):
    linear = [to_linear(c) for c in rgb]
    return [to_srgb(sum(m * c for m, c in zip(row, linear))) for row in matrix]


def lab(rgb):
    """CIE L*a*b* of an sRGB colour (0-255), for the D65 white."""
    r, g, b = (to_linear(c) for c in rgb)
    xyz = (
        (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047,
        0.2126729 * r + 0.7151522 * g + 0.0721750 * b,
        (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883,
    )
    f = [t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29 for t in xyz]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def rgb_of(hex_colour):
    return [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]


def worst_pair(colours, matrix):
    """The smallest CIE76 Delta E between any two of the colours, as seen under matrix."""
    seen = {c: lab(simulated(rgb_of(c), matrix) if matrix else rgb_of(c)) for c in colours}
    return min((math.dist(seen[a], seen[b]), a, b) for a, b in itertools.combinations(colours, 2))


def test_the_first_four_colours_stay_apart_for_red_green_colour_blindness():
    first_four = [colour for colour, _ in _draw.PALETTE[:4]]
    protan, deutan, normal = (worst_pair(first_four, m) for m in (PROTAN, DEUTAN, None))
    assert protan[0] >= 15 and deutan[0] >= 15 and normal[0] >= 15
    # As measured: the worst pairs, (distance, colour, colour).
    assert (round(protan[0], 1), protan[1:]) == (51.6, ("#E69F00", "#009E73"))
    assert (round(deutan[0], 1), deutan[1:]) == (55.7, ("#0072B2", "#009E73"))
    every = [colour for colour, _ in _draw.PALETTE]
    assert worst_pair(every, PROTAN)[0] > 17 and worst_pair(every, DEUTAN)[0] > 17
    # The old palette (blue, red, green, purple) did not: red and green, blue and purple.
    old = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]
    assert worst_pair(old, PROTAN)[0] < 6 and worst_pair(old, DEUTAN)[0] < 8
    assert len({colour for colour, _ in _draw.PALETTE}) == 8


def test_each_terminal_colour_is_the_nearest_xterm_colour_to_its_svg_colour():
    levels = (0, 95, 135, 175, 215, 255)
    xterm = {16 + 36 * r + 6 * g + b: (levels[r], levels[g], levels[b])
             for r in range(6) for g in range(6) for b in range(6)}  # fmt: skip
    xterm.update({232 + i: (8 + 10 * i,) * 3 for i in range(24)})
    for colour, code in _draw.PALETTE:
        if colour == "#000000":  # black: the terminal's own text colour, seen on any background
            assert code == "39"
            continue
        distance = {i: math.dist(xterm[i], rgb_of(colour)) for i in xterm}
        nearest = ["38;5;%d" % i for i in xterm if distance[i] == min(distance.values())]
        assert code in nearest, colour
    assert len({code for _, code in _draw.PALETTE}) == 8


def test_colour_when_asked_or_on_a_terminal_and_never_with_no_color(monkeypatch):
    figure = act.plot("relu", "sigmoid")
    coloured = figure.text(color=True)
    assert "\x1b[39m●\x1b[0m" in coloured and "\x1b[38;5;178m■\x1b[0m" in coloured
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


# --- terminal plots ------------------------------------------------------------------------------


def test_ascii_inside_a_jupyter_kernel_unless_asked(monkeypatch):
    # A notebook shows print(fig) in a browser's monospaced font, which may lack the symbols
    # and the box drawing; ipykernel in sys.modules is what tells that Python runs there.
    assert inspect.signature(act.plot).parameters["ascii"].default is None
    monkeypatch.delitem(sys.modules, "ipykernel", raising=False)
    figure = act.plot("relu", "sigmoid", "tanh", width=40, height=12)
    outside = figure.text(color=False)
    assert "● relu   ■ sigmoid   ▲ tanh" in outside and "└┼" in outside
    monkeypatch.setitem(sys.modules, "ipykernel", types.ModuleType("ipykernel"))
    inside = figure.text(color=False)
    assert all(ord(character) < 128 for character in inside)
    # The same plot, symbol for symbol and line for line.
    assert inside == outside.translate(str.maketrans("●■▲│─┼└", "*+o|-++"))
    assert str(figure) == repr(figure) == inside
    explicit = act.plot("relu", "sigmoid", "tanh", width=40, height=12, ascii=False)
    assert explicit.text(color=False) == outside
    assert act.plot("relu", ascii=True).text(color=False).endswith("* relu")
    monkeypatch.delitem(sys.modules, "ipykernel")
    assert figure.text(color=False) == outside  # decided when shown, not when made


def test_overlapping_curves_both_stay_visible():
    text = act.plot("relu", "leaky_relu", color=False).text()
    body_text = "\n".join(text.splitlines()[:-1])
    assert body_text.count("●") >= 20 and body_text.count("■") >= 20
    top_right = next(line for line in text.splitlines() if "●" in line or "■" in line)
    assert "●" in top_right and "■" in top_right  # where they coincide, both show


@pytest.mark.parametrize("width, height", [(80, 24), (40, 36), (37, 40), (120, 12)])
def test_shared_cells_show_each_curve_in_turn_whatever_the_slope(width, height):
    # The same line twice: every cell is shared, and each curve has half of them, on a
    # diagonal too (40 x 36 makes the line step one row a column).
    figure = act.plot(lambda x: x, lambda x: x, width=width, height=height, ascii=True)
    first, second = body(figure).count("*"), body(figure).count("+")
    assert first + second >= width // 2 and abs(first - second) <= 1, (first, second)
    three = body(act.plot(lambda x: x, lambda x: x, lambda x: x, width=width, height=height))
    counts = [three.count(glyph) for glyph in "●■▲"]
    assert max(counts) - min(counts) <= 1, counts


def test_the_x_axis_lines_up_with_the_columns_above_it():
    lines = act.plot("relu", "sigmoid", "tanh", width=60, height=16).text(color=False).splitlines()
    axis = next(index for index, line in enumerate(lines) if "└" in line)
    side = lines[0].index("│")
    assert lines[axis].index("└") == side  # the corner is under the frame's side
    assert len(lines[axis]) == 60 == max(len(line) for line in lines[:axis])
    # The origin: the vertical line through x = 0, its tick on the axis, its label under it.
    zero = {line.index("│", side + 1) for line in lines[:axis] if "│" in line[side + 1 :]}
    assert len(zero) == 1
    (zero,) = zero
    assert lines[axis][zero] == "┼" and lines[axis + 1][zero] == "0"
    ticks = [column for column, mark in enumerate(lines[axis]) if mark == "┼"]
    labels = [float(label) for label in lines[axis + 1].split()]
    assert labels == [-4, -2, 0, 2, 4] and len(ticks) == 5
    for column, label in zip(ticks, labels):  # each label is centred on its tick
        text = "%g" % label
        begin = column - len(text) // 2
        assert lines[axis + 1][begin : begin + len(text)] == text, (column, text)
    titled = act.plot("relu", width=40, height=12, xlabel="input").text(color=False).splitlines()
    assert titled[-2] == (" " * 7 + "input".center(33)).rstrip()  # over the curves, centred


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


def test_points_where_a_callable_fails_are_left_out_and_other_errors_propagate():
    figure = act.plot(lambda x: 1 / x, start=-2, stop=2)  # 1/0 at x = 0
    root = ElementTree.fromstring(figure.svg())
    points = svg_points(root, root.find(".//%spath" % SVG))
    assert len(points) == 400 and all(x != 0 for x, _ in points)
    logarithm = act.plot(math.log, start=-2, stop=2)  # ValueError below 0
    root = ElementTree.fromstring(logarithm.svg())
    xs = [x for x, _ in svg_points(root, root.find(".//%spath" % SVG))]
    assert len(xs) == 200 and min(xs) > 0
    rows = act.table(math.log, x=[-1, 1]).rows  # in a table too: nan
    assert math.isnan(rows[0][1]) and rows[1] == [1, 0.0]

    def lookup(x):
        return {}[x]

    with pytest.raises(KeyError):
        act.plot(lookup)
    with pytest.raises(ValueError, match="celu: alpha is 0"):  # a public function's refusal
        act.plot(functools.partial(act.celu, alpha=0))


def test_a_range_too_narrow_for_a_step_still_plots():
    figure = act.plot("relu", start=0, stop=5e-324)
    lines = figure.text(color=False).splitlines()
    assert lines[-2].split() == ["0", "4.94e-324"]
    assert_svg_draws(figure.svg(), {"relu": lambda x: 0.0})


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
    colours = [path.get("stroke") for path in root.iter(SVG + "path")]
    assert colours == ["#000000", "#E69F00"]


def test_width_and_height_set_the_svg_size_at_8_by_16_pixels_a_character(tmp_path):
    def size(svg_text):
        root = ElementTree.fromstring(svg_text)
        return root.get("width"), root.get("height"), root.get("viewBox")

    assert size(act.plot("relu").svg()) == ("640", "384", "0 0 640 384")
    big = act.plot("relu", width=120, height=40)
    assert size(big.svg()) == size(big._repr_svg_()) == ("960", "640", "0 0 960 640")
    assert size(big.svg(300, 200)) == ("300", "200", "0 0 300 200")
    target = tmp_path / "big.svg"
    big.save(str(target))
    assert size(target.read_text(encoding="utf-8")) == ("960", "640", "0 0 960 640")
    with pytest.raises(ValueError, match="plot: an SVG of 240x144 leaves no room"):
        act.plot("relu", "tanh", width=30, height=9, title="t", xlabel="x")


def test_svg_dashes_a_curve_that_runs_along_an_earlier_one_anywhere():
    assert dashes(act.plot("relu", "leaky_relu")) == [None, "9 5"]
    # tanh runs along relu near 0 and along sigmoid near 1: under two, it has shorter dashes.
    assert dashes(act.plot("relu", "sigmoid", "tanh")) == [None, "9 5", "6 8"]
    assert dashes(act.plot("relu", "leaky_relu", "gelu")) == [None, "9 5", "6 8"]

    def along_relu_at_the_end(x):  # the same as relu on [4.5, 5] only, a twentieth of the plot
        return x if x >= 4.5 else 2.0

    assert dashes(act.plot("relu", along_relu_at_the_end)) == [None, "9 5"]
    # Curves that only cross are left solid.
    assert dashes(act.plot("relu", lambda x: 2 - x, start=-2, stop=2)) == [None, None]
    assert dashes(act.plot(lambda x: x, lambda x: -x)) == [None, None]
    legend = ElementTree.fromstring(act.plot("relu", "leaky_relu").svg())
    lines = [line for line in legend.iter(SVG + "line") if line.get("class") is None]
    assert [line.get("stroke-dasharray") for line in lines] == [None, "9 5"]


# --- the notebook lesson ----------------------------------------------------------------------


def run_notebook(path):
    """Each code cell of a notebook run in turn, as a kernel would: what it printed, and the
    value of its last line if that is an expression (what a notebook displays)."""
    with open(path, encoding="utf-8") as file:
        cells = [cell for cell in json.load(file)["cells"] if cell["cell_type"] == "code"]
    namespace, results = {}, []
    for cell in cells:
        tree = ast.parse("".join(cell["source"]))
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(tree, path, "exec"), namespace)
            shown = (
                eval(compile(ast.Expression(last.value), path, "eval"), namespace) if last else None
            )
        results.append((cell, printed.getvalue(), shown))
    return results


@pytest.mark.skipif(
    not os.path.isdir(os.path.join(ROOT, "docs")), reason="docs/ is not in the sdist"
)
def test_the_notebook_lesson_shows_data_four_curves_a_table_and_a_text_plot(monkeypatch):
    monkeypatch.setitem(sys.modules, "ipykernel", types.ModuleType("ipykernel"))
    results = run_notebook(LESSON)
    # Committed without outputs: running it makes them (see docs/notebook/README.md).
    assert all(cell["outputs"] == [] and cell["execution_count"] is None for cell, _, _ in results)
    printed = [text for _, text, _ in results if text]
    shown = [value for _, _, value in results if value is not None]
    assert printed[0] == str([max(0, x) for x in range(-19, 20)]) + "\n"
    data, curves, numbers = shown
    assert data.labels == ["relu of my numbers"] and (data.start, data.stop) == (-19.0, 19.0)
    root = ElementTree.fromstring(data._repr_svg_())
    points = svg_points(root, root.find(".//%spath" % SVG))
    assert len(points) == 39
    for (x, y), at in zip(points, range(-19, 20)):
        assert abs(x - at) < 0.05 and abs(y - max(0, at)) < 0.05
    four = {name: getattr(act, name) for name in ("relu", "sigmoid", "tanh", "gelu")}
    assert_svg_draws(curves._repr_svg_(), four)
    assert numbers.labels == ["x", "sigmoid", "sigmoid_derivative", "tanh", "tanh_derivative"]
    columns = list(zip(*(row for row in numbers.cells())))
    assert "0.0000" not in columns[4]  # far from 0 the gradient is small, but not rounded away
    assert ElementTree.fromstring(numbers._repr_html_()).tag == "table"
    # The printed plot is ASCII, as it is in a kernel, and its axis lines up with its columns.
    text = printed[1].splitlines()
    assert all(ord(character) < 128 for character in printed[1])
    assert text[-1] == "  * relu   + sigmoid   o tanh"
    axis = next(line for line in text if line.lstrip().startswith("+-"))
    assert axis.index("+") == text[0].index("|") and len(axis) == 60
