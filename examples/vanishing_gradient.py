"""The vanishing gradient: why deep networks of sigmoid or tanh units learn slowly.

Backpropagation multiplies the gradient by one derivative per layer.  sigmoid' is at most
0.25 and tanh' at most 1, and both fall towards 0 away from x = 0 (the script prints where
each drops below a tenth of its peak): a product of many of them shrinks towards 0.
relu' is 1 for every positive input.

Run it with the package installed (`python -m pip install .` in a checkout of pure-activations):

    python examples/vanishing_gradient.py
"""

import activations as act

xs = [i / 1000 for i in range(-10000, 10001)]  # -10 to 10 in steps of 0.001
steep_on = {}  # each derivative's interval above a tenth of its peak
for name, derivative in [("sigmoid", act.sigmoid_derivative), ("tanh", act.tanh_derivative)]:
    slopes = derivative(xs)
    peak = max(slopes)
    # Where the derivative is above a tenth of its peak: outside, the unit barely learns.
    steep = [x for x, slope in zip(xs, slopes) if slope > peak / 10]
    steep_on[name] = "[%.2f, %.2f]" % (steep[0], steep[-1])
    print(
        "%s' is at most %g (at x = %g); above a tenth of that only on %s"
        % (name, peak, xs[slopes.index(peak)], steep_on[name])
    )
print()
print(
    act.plot(
        act.sigmoid_derivative,
        act.tanh_derivative,
        start=-6,
        stop=6,
        height=14,
        title="below a tenth of the peak outside %s (sigmoid') and %s (tanh')"
        % (steep_on["sigmoid"], steep_on["tanh"]),
    )
)
print()

# Through n layers, the gradient at the first is multiplied by n derivatives: here each
# layer's pre-activation is x = 1, a typical value.
at_one = {name: getattr(act, name + "_derivative")(1.0) for name in ("sigmoid", "tanh", "relu")}
print("the product of n derivatives at x = 1, through n stacked layers:")
print("%6s %12s %12s %12s" % ("layers", "sigmoid", "tanh", "relu"))
for layers in range(1, 21):
    print("%6d %12.3g %12.3g %12.3g" % ((layers,) + tuple(d**layers for d in at_one.values())))
print()
print(
    "even at its peak, sigmoid' multiplies 20 layers' gradients by 0.25**20 = %.3g"
    % act.sigmoid_derivative(0.0) ** 20
)
