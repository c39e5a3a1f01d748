"""The worst error of every function, in units in the last place.

    python bench/accuracy.py [POINTS]

Measures each public function against the 50-digit decimal references in
tests/reference.py (standard library only) on POINTS inputs (default
200,000) spread log-uniformly over the whole double range, plus special
values, and prints the worst error and where it occurs.  Only inputs
whose exact result is a normal float count.  The limits are the
package's: values within 2 ulp, derivatives within 4, relu and
leaky_relu exact (correctly rounded).
"""

import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.join(root, "src"), os.path.join(root, "tests")]
import activations  # noqa: E402
from reference import is_normal_result, reference, sample, ulp_error  # noqa: E402
from test_accuracy import LIMITS  # noqa: E402


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    points = sample(count, seed=7)
    print("%-24s %10s  %-26s %8s  %s" % ("function", "worst ulp", "at x", "limit", "checked"))
    within = 0
    for name in activations.__all__:
        results = getattr(activations, name)(points)
        worst, worst_x, checked = 0.0, None, 0
        for x, result in zip(points, results):
            exact = reference(name, x)
            if is_normal_result(exact):
                checked += 1
                error = ulp_error(result, exact)
                if error > worst:
                    worst, worst_x = error, x
        within += worst <= LIMITS[name]
        print("%-24s %10.3g  %-26r %8.3g  %d %s" % (name, worst, worst_x, LIMITS[name], checked, "ok" if worst <= LIMITS[name] else "OVER"))
    print("accuracy: %d of %d functions within their limits on %d points" % (within, len(activations.__all__), len(points)))


if __name__ == "__main__":
    main()
