"""ReLU fed a series of inputs, the integers -19 to 19: what comes out, printed and plotted.

Run it with the package installed (`python -m pip install .` in a checkout of pure-activations):

    python examples/relu_series.py
"""

import activations as act

inputs = list(range(-19, 20))
outputs = act.relu(inputs)  # a list in, a list of the same length out

print("inputs: ", inputs)
print("outputs:", outputs)
zeros = outputs.count(0)
print(
    "relu passes the %d positive inputs through unchanged and turns the other %d into 0"
    % (len(inputs) - zeros, zeros)
)
print()
print(act.plot(act.relu, start=-19, stop=19, height=16, title="relu(x) on -19..19"))
