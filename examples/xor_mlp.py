"""A two-layer network that learns XOR, in plain Python, trained with backpropagation.

2 inputs, 4 tanh hidden units, 1 sigmoid output, squared error, gradient descent on the
four examples.  The derivatives come from the package, and every one of them takes the
pre-activation z (the input of the activation), as PyTorch's autograd does:

    sigmoid_derivative(z)          # here: the slope of sigmoid at z
    s * (1 - s), s = sigmoid(z)    # the tutorial form, from the output s: the same number

Run it with the package installed (`python -m pip install .` in a checkout of pure-activations):

    python examples/xor_mlp.py
"""

import random

import activations as act

random.seed(7)  # the same training run every time
EXAMPLES = [([0.0, 0.0], 0.0), ([0.0, 1.0], 1.0), ([1.0, 0.0], 1.0), ([1.0, 1.0], 0.0)]
HIDDEN, RATE, EPOCHS = 4, 0.5, 3000

w1 = [[random.uniform(-1, 1) for _ in range(2)] for _ in range(HIDDEN)]  # hidden weights
b1 = [random.uniform(-1, 1) for _ in range(HIDDEN)]
w2 = [random.uniform(-1, 1) for _ in range(HIDDEN)]  # output weights
b2 = random.uniform(-1, 1)


def forward(x):
    """The pre-activations and the activations of both layers, for one input."""
    z1 = [w[0] * x[0] + w[1] * x[1] + b for w, b in zip(w1, b1)]
    h = act.tanh(z1)
    z2 = sum(v * hj for v, hj in zip(w2, h)) + b2
    return z1, h, z2, act.sigmoid(z2)


for epoch in range(EPOCHS + 1):
    loss = 0.0
    grad_w1 = [[0.0, 0.0] for _ in range(HIDDEN)]
    grad_b1, grad_w2, grad_b2 = [0.0] * HIDDEN, [0.0] * HIDDEN, 0.0
    for x, target in EXAMPLES:
        z1, h, z2, output = forward(x)
        loss += 0.5 * (output - target) ** 2 / len(EXAMPLES)
        # Backward: the chain rule, layer by layer, each derivative taken at its z.
        delta2 = (output - target) * act.sigmoid_derivative(z2) / len(EXAMPLES)
        delta1 = [v * delta2 * slope for v, slope in zip(w2, act.tanh_derivative(z1))]
        grad_b2 += delta2
        for j in range(HIDDEN):
            grad_w2[j] += delta2 * h[j]
            grad_b1[j] += delta1[j]
            grad_w1[j][0] += delta1[j] * x[0]
            grad_w1[j][1] += delta1[j] * x[1]
    if epoch % 300 == 0:
        print("epoch %4d  loss %.6f" % (epoch, loss))
    for j in range(HIDDEN):
        w2[j] -= RATE * grad_w2[j]
        b1[j] -= RATE * grad_b1[j]
        w1[j][0] -= RATE * grad_w1[j][0]
        w1[j][1] -= RATE * grad_w1[j][1]
    b2 -= RATE * grad_b2

print()
for x, target in EXAMPLES:
    output = forward(x)[3]
    print("xor(%d, %d) = %d   network: %.3f -> %d" % (x[0], x[1], target, output, round(output)))

# The derivative convention, where tutorials differ: at the output for the input (0, 1),
z2 = forward([0.0, 1.0])[2]
s = act.sigmoid(z2)
print()
print("at the output's pre-activation z = %.4f, where s = sigmoid(z) = %.4f:" % (z2, s))
print("  sigmoid_derivative(z) = %.6f  the slope, as used above" % act.sigmoid_derivative(z2))
print(
    "  s * (1 - s)           = %.6f  the tutorial form, from the output: the same" % (s * (1 - s))
)
print(
    "  sigmoid_derivative(s) = %.6f  the slope at s, not at z: a mistake"
    % act.sigmoid_derivative(s)
)
