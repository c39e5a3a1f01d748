"""Scalar autograd in the style of micrograd, with the package's activations as operations.

A Value is one number that remembers which Values it was computed from (_prev) and the
local gradient towards each of them.  backward() visits the graph in topological order and
applies the chain rule.  Each activation becomes an operation in one line, because the
package's derivatives take the pre-activation x, as PyTorch's autograd does:

    value:           act.gelu(x)
    local gradient:  act.gelu_derivative(x)

A 2-8-1 network with gelu hidden units then learns XOR from backward() alone, and the slope
of its output along one input is checked against a central finite difference.

Run it with the package installed (`python -m pip install .` in a checkout of pure-activations):

    python examples/autograd.py
"""

import random
import textwrap

import activations as act


class Value:
    """A number, its gradient, and the Values it was computed from with their local gradients."""

    def __init__(self, data, prev=(), local_grads=()):
        self.data, self.grad = data, 0.0
        self._prev, self._local_grads = prev, local_grads

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other), (1.0, 1.0))

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data, (self, other), (other.data, self.data))

    __radd__, __rmul__ = __add__, __mul__

    def __sub__(self, other):
        return self + other * -1.0

    def _backward(self):
        for child, local_grad in zip(self._prev, self._local_grads):
            child.grad += local_grad * self.grad  # the chain rule

    def backward(self):
        """Fill in the gradient of this Value with respect to every Value it depends on."""
        order, seen = [], set()

        def visit(value):
            if value not in seen:
                seen.add(value)
                for child in value._prev:
                    visit(child)
                order.append(value)  # after everything it was computed from

        visit(self)
        self.grad = 1.0
        for value in reversed(order):
            value._backward()


def activation(name):
    """The Value operation for act.<name>: its value, and its derivative as the local gradient."""
    function, derivative = getattr(act, name), getattr(act, name + "_derivative")
    return lambda x: Value(function(x.data), (x,), (derivative(x.data),))


def takes_one_number(name):
    """Whether act.<name> maps one number to one number, with no parameter required."""
    try:
        return isinstance(getattr(act, name)(0.5), float)
    except (TypeError, ValueError):  # row-wise (softmax, glu) or a parameter needed (threshold)
        return False


# Found by asking the package rather than listed, so that a new activation joins by itself.
ELEMENTWISE = [n for n in act.__all__ if hasattr(act, n + "_derivative") and takes_one_number(n)]
for name in ELEMENTWISE:
    setattr(Value, name, activation(name))
print("Value operations from the package (%d):" % len(ELEMENTWISE))
print(textwrap.fill(", ".join(ELEMENTWISE), 80, initial_indent="  ", subsequent_indent="  "))
print()

random.seed(1)  # the same training run every time
EXAMPLES = [([0.0, 0.0], 0.0), ([0.0, 1.0], 1.0), ([1.0, 0.0], 1.0), ([1.0, 1.0], 0.0)]
HIDDEN, RATE, EPOCHS = 8, 0.1, 150
w1 = [[Value(random.uniform(-1, 1)) for _ in range(2)] for _ in range(HIDDEN)]
b1 = [Value(0.0) for _ in range(HIDDEN)]
w2 = [Value(random.uniform(-1, 1)) for _ in range(HIDDEN)]
b2 = Value(0.0)
parameters = [w for row in w1 for w in row] + b1 + w2 + [b2]


def forward(x):
    """The network's output for one input: gelu hidden units, a linear output."""
    hidden = [(w[0] * x[0] + w[1] * x[1] + b).gelu() for w, b in zip(w1, b1)]
    return sum((v * h for v, h in zip(w2, hidden)), b2)


def loss():
    """The mean squared error over the four examples, as a Value to call backward() on."""
    errors = [forward(x) - target for x, target in EXAMPLES]
    return sum(e * e for e in errors) * (1.0 / len(EXAMPLES))


for epoch in range(EPOCHS + 1):
    for p in parameters:
        p.grad = 0.0
    total = loss()
    total.backward()
    if epoch % 15 == 0:
        print("epoch %4d  loss %.6f" % (epoch, total.data))
    for p in parameters:
        p.data -= RATE * p.grad

print()
for x, target in EXAMPLES:
    output = forward(x).data
    print("xor(%d, %d) = %d   network: %.3f -> %d" % (x[0], x[1], target, output, round(output)))

# The check: backward()'s slope of the output along the first input, at (0.5, 0.5), against
# the slope measured by nudging that input by a small step either way.
point, step = [Value(0.5), Value(0.5)], 1e-6
forward(point).backward()
nudged = [forward([0.5 + sign * step, 0.5]).data for sign in (1, -1)]
print()
print("the slope of the output along the first input at (0.5, 0.5):")
print("  backward()          %.9f" % point[0].grad)
print("  central difference  %.9f" % ((nudged[0] - nudged[1]) / (2 * step)))
