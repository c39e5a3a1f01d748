"""The examples run, and print what they say they show."""

import os
import re
import shutil
import subprocess
import sys

import pytest

import activations

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
NAMES = ["relu_series", "vanishing_gradient", "dying_relu", "xor_mlp", "autograd"]
# The examples run against the package the tests import: installed, or a source tree.
PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(activations.__file__)))

pytestmark = pytest.mark.skipif(not os.path.isdir(EXAMPLES), reason="no examples/ beside the tests")


def run_side_by_side(folders):
    """What each example prints, run side by side, each as `python NAME.py` in its folder."""
    environment = dict(os.environ, PYTHONPATH=PACKAGE, NO_COLOR="1")
    processes = {
        name: subprocess.Popen(
            [sys.executable, name + ".py"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
            cwd=folder,
        )
        for name, folder in folders.items()
    }
    outputs = {}
    for name, process in processes.items():
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0 and err == b"", (name, err.decode())
        outputs[name] = out.decode()
    return outputs


@pytest.fixture(scope="module")
def printed():
    """What each example prints, run from examples/ in the checkout."""
    return run_side_by_side({name: EXAMPLES for name in NAMES})


def test_examples_are_the_ones_tested_and_need_no_helper_module():
    found = sorted(name for name in os.listdir(EXAMPLES) if name.endswith(".py"))
    assert found == sorted(name + ".py" for name in NAMES)


def test_each_example_runs_copied_alone_into_an_empty_folder(printed, tmp_path):
    folders = {}
    for name in NAMES:
        folders[name] = tmp_path / name
        folders[name].mkdir()
        shutil.copy(os.path.join(EXAMPLES, name + ".py"), str(folders[name]))
    assert run_side_by_side(folders) == printed


def test_relu_series(printed):
    lines = printed["relu_series"].splitlines()
    assert lines[0] == "inputs:  %s" % list(range(-19, 20))
    assert lines[1] == "outputs: %s" % [max(0, x) for x in range(-19, 20)]
    assert (
        lines[2]
        == "relu passes the 19 positive inputs through unchanged and turns the other 20 into 0"
    )
    assert "relu(x) on -19..19" in lines[4] and lines[-1].strip() == "● relu"
    assert sum(line.count("●") for line in lines[5:-1]) >= 40


def test_vanishing_gradient(printed):
    text = printed["vanishing_gradient"]
    steep = {
        name: "[-%.2f, %.2f]" % (bound, bound)
        for name, bound in [
            ("sigmoid", tenth_of_peak(activations.sigmoid_derivative)),
            ("tanh", tenth_of_peak(activations.tanh_derivative)),
        ]
    }
    assert (
        "sigmoid' is at most 0.25 (at x = 0); above a tenth of that only on %s" % steep["sigmoid"]
        in text
    )
    assert "tanh' is at most 1 (at x = 0); above a tenth of that only on %s" % steep["tanh"] in text
    # The plot's title says the same, and no other interval is claimed anywhere.
    assert "outside %s (sigmoid') and %s (tanh')" % (steep["sigmoid"], steep["tanh"]) in text
    assert set(re.findall(r"\[-?[\d.]+, -?[\d.]+\]", text)) == set(steep.values())
    lines = text.splitlines()
    header = lines.index("layers      sigmoid         tanh         relu")
    rows = [line.split() for line in lines[header + 1 : header + 21]]
    assert [int(row[0]) for row in rows] == list(range(1, 21))
    products = {
        name: [float(row[column]) for row in rows]
        for column, name in enumerate(["", "sigmoid", "tanh", "relu"])
        if name
    }
    for name, expected in [
        ("sigmoid", activations.sigmoid_derivative(1.0)),
        ("tanh", activations.tanh_derivative(1.0)),
    ]:
        assert products[name] == sorted(products[name], reverse=True)
        assert products[name][-1] == pytest.approx(expected**20, rel=1e-2)
    assert products["sigmoid"][-1] < 1e-14 and products["tanh"][-1] < 1e-7
    assert products["relu"] == [1.0] * 20
    assert "0.25**20 = 9.09e-13" in text


def test_dying_relu(printed):
    found = {
        name: (float(share), int(dead))
        for name, share, dead in re.findall(
            r"^(\w+) +([\d.]+)% of outputs are 0 \(sparsity\); +(\d+) of 200 units are dead$",
            printed["dying_relu"],
            re.MULTILINE,
        )
    }
    assert set(found) == {"relu", "leaky_relu"}
    share, dead = found["relu"]
    assert 50 < share < 90 and 1 <= dead <= 40
    assert found["leaky_relu"] == (0.0, 0)


def test_xor_mlp_learns_xor(printed):
    text = printed["xor_mlp"]
    losses = [
        float(loss) for loss in re.findall(r"^epoch +\d+ +loss ([\d.]+)$", text, re.MULTILINE)
    ]
    assert len(losses) >= 5 and losses[0] > 0.1 and losses[-1] < 0.005
    assert losses[-1] < losses[len(losses) // 2] < losses[0]
    for a, b in [(0, 0), (0, 1), (1, 0), (1, 1)]:
        assert re.search(
            r"^xor\(%d, %d\) = %d   network: [\d.]+ -> %d$" % (a, b, a ^ b, a ^ b),
            text,
            re.MULTILINE,
        )
    slope, tutorial, mistake = re.findall(r"^  \S.*= ([\d.]+) ", text, re.MULTILINE)[-3:]
    assert slope == tutorial != mistake


def test_autograd_learns_xor_and_its_gradient_matches_a_finite_difference(printed):
    text = printed["autograd"]
    listed = re.search(r"^Value operations from the package \((\d+)\):\n((?:  .*\n)+)", text, re.M)
    operations = listed.group(2).replace(",", " ").split()
    assert len(operations) == int(listed.group(1))
    # Every function of one number with its derivative; not the row-wise ones, nor those
    # with a required parameter.
    not_elementwise = {"softmax", "log_softmax", "softmin", "logsumexp", "sparsemax", "glu"}
    not_elementwise |= {"swiglu", "geglu", "reglu", "gumbel_softmax"}
    not_elementwise |= {"threshold", "prelu"}
    assert operations == [
        name
        for name in activations.__all__
        if hasattr(activations, name + "_derivative") and name not in not_elementwise
    ]
    assert {"gelu", "silu", "relu", "sigmoid", "tanh"} <= set(operations)

    losses = [float(loss) for loss in re.findall(r"^epoch +\d+ +loss ([\d.]+)$", text, re.M)]
    assert len(losses) >= 5 and losses[0] > 0.5 and losses[-1] < losses[0] / 1000
    assert losses == sorted(losses, reverse=True)
    for a, b in [(0, 0), (0, 1), (1, 0), (1, 1)]:
        pattern = r"^xor\(%d, %d\) = %d   network: [\d.]+ -> %d$" % (a, b, a ^ b, a ^ b)
        assert re.search(pattern, text, re.M)

    backward = float(re.search(r"^  backward\(\) +(-?[\d.]+)$", text, re.M).group(1))
    difference = float(re.search(r"^  central difference +(-?[\d.]+)$", text, re.M).group(1))
    assert abs(backward) > 0.01 and backward == pytest.approx(difference, rel=1e-6)


def tenth_of_peak(derivative):
    """The x > 0 where a derivative that peaks at 0 and then falls drops to a tenth of its peak."""
    low, high = 0.0, 20.0
    for _ in range(60):
        middle = (low + high) / 2
        if derivative(middle) > derivative(0.0) / 10:
            low = middle
        else:
            high = middle
    return low
