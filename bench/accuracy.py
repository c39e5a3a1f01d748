"""The worst error of every function, in ulp and against the accuracy bound.

    python bench/accuracy.py [POINTS]

Measures each function against the 50-digit decimal references in
tests/reference.py (standard library only) on POINTS inputs (default
20,000, more than the unit tests use): a quarter uniform in [-8, 8], where
the functions bend most, a quarter in [-40, 40], the rest log-uniform over
the whole double range, plus special values.  Only inputs whose exact result is a
normal float count.  For each function it prints the worst error in units
in the last place, and the worst error as a fraction of the bound
4 ulp(f(x)) + 4 ulp(x) |f'(x)|, which must not exceed 1; the core
functions must also keep their limits in ulp (2 for sigmoid and tanh, 4
for their derivatives, exact for relu and leaky_relu).
"""

import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.join(root, "src"), os.path.join(root, "tests")]
from test_accuracy import CORE_LIMITS, SLACK  # noqa: E402

from reference import REFERENCES, bound_error, call, is_checked_result, reference, sample, ulp_error  # noqa: E402


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    points = sample(count, seed=7)
    print("%-40s %10s  %-24s %10s  %s" % ("function", "worst ulp", "at x", "of bound", "checked"))
    within = 0
    for key in sorted(REFERENCES):
        results = call(key)(points)
        worst_ulp, worst_x, worst_bound, checked = 0.0, None, 0.0, 0
        for x, result in zip(points, results):
            exact = reference(key, x)
            if not is_checked_result(exact):
                continue
            checked += 1
            error = ulp_error(result, exact)
            if error > worst_ulp:
                worst_ulp, worst_x = error, x
            if error > 4.0:  # only then can the bound be at stake
                worst_bound = max(worst_bound, bound_error(key, x, result, exact))
        ok = worst_bound <= SLACK.get(key, 1.0) and worst_ulp <= CORE_LIMITS.get(key, float("inf"))
        within += ok
        print(
            "%-40s %10.3g  %-24.17g %10.3g  %d %s"
            % (
                key,
                worst_ulp,
                worst_x if worst_x is not None else 0.0,
                worst_bound,
                checked,
                "ok" if ok else "OVER",
            )
        )
    print(
        "accuracy: %d of %d functions within their limits on %d points"
        % (within, len(REFERENCES), len(points))
    )


if __name__ == "__main__":
    main()
