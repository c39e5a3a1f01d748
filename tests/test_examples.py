"""The examples run, and print what they say they show."""

import os
import re
import subprocess
import sys

import pytest

import activations

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
NAMES = ["relu_series", "vanishing_gradient", "dying_relu", "xor_mlp"]
# The examples run against the package the tests import: installed, or a source tree.
PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(activations.__file__)))

pytestmark = pytest.mark.skipif(not os.path.isdir(EXAMPLES), reason="no examples/ beside the tests")


@pytest.fixture(scope="module")
def printed():
    """What each example prints, run side by side."""
    environment = dict(os.environ, PYTHONPATH=PACKAGE, NO_COLOR="1")
    processes = {
        name: subprocess.Popen(
            [sys.executable, os.path.join(EXAMPLES, name + ".py")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
        )
        for name in NAMES
    }
    outputs = {}
    for name, process in processes.items():
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0 and err == b"", (name, err.decode())
        outputs[name] = out.decode()
    return outputs


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
    assert (
        "sigmoid' is at most 0.25 (at x = 0); above a tenth of that only on [-3.64, 3.64]" in text
    )
    assert "tanh' is at most 1 (at x = 0); above a tenth of that only on [-1.82, 1.82]" in text
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


def test_an_example_runs_from_a_checkout_without_the_package_installed():
    # -S leaves out site-packages, where an installed copy would be: the example then finds
    # the package in src/ beside it.
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, "-S", os.path.join(EXAMPLES, "relu_series.py")],
        capture_output=True,
        text=True,
        env=dict(environment, NO_COLOR="1"),
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0 and not os.path.isdir(os.path.join(ROOT, "src")):
        pytest.skip("no src/ beside the examples")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("inputs:  [-19, ")
