"""Dying ReLU and sparsity: how many outputs are 0, and how many units never fire.

A layer of 200 units sees 500 inputs; each unit's pre-activations are random around its
own bias, and some biases are well below zero (as after a large gradient step).  relu
outputs 0 for every negative pre-activation (sparsity, often useful), and a unit that is
negative for every input is dead: its derivative is 0 everywhere, so it gets no gradient
and never learns again.  leaky_relu keeps a slope of 0.01 below zero, so no unit dies.

Run it with the package installed (`python -m pip install .` in a checkout of pure-activations):

    python examples/dying_relu.py
"""

import random

import activations as act

random.seed(2024)  # the same numbers on every run
UNITS, SAMPLES = 200, 500
biases = [random.gauss(-1.0, 1.5) for _ in range(UNITS)]
# One list of pre-activations per unit: its value for each of the inputs.
units = [[random.gauss(0.0, 1.0) + bias for _ in range(SAMPLES)] for bias in biases]

for name in ("relu", "leaky_relu"):
    function, derivative = getattr(act, name), getattr(act, name + "_derivative")
    outputs = function(units)  # nested lists in, nested lists of the same shape out
    zeros = sum(output.count(0.0) for output in outputs)
    dead = sum(1 for slopes in derivative(units) if not any(slopes))
    print(
        "%-10s %5.1f%% of outputs are 0 (sparsity); %3d of %d units are dead"
        % (name, 100.0 * zeros / (UNITS * SAMPLES), dead, UNITS)
    )
