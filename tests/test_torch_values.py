"""squared_relu, quick_gelu, swiglu, geglu, reglu, the in-place variants and gumbel_softmax,
against PyTorch 2.13.0 in float64.

The tables below were computed once with torch 2.13.0 (the CPU wheel) in float64, by a script
kept out of the repository, as CI does not install torch.  Its essential lines:

    torch.set_default_dtype(torch.float64)
    squared_relu = lambda t: torch.relu(t) ** 2
    quick_gelu = lambda t: t * torch.sigmoid(1.702 * t)
    def gated(gate):  # glu's split: a is the first half along dim, b the second
        return lambda t, dim=-1: (lambda a, b: a * gate(b))(*t.chunk(2, dim))
    swiglu, reglu = gated(F.silu), gated(F.relu)
    geglu = gated(lambda b: F.gelu(b, approximate="none"))
    # elementwise: the value and torch.autograd.grad at each x
    t = torch.tensor(x, requires_grad=True); y = quick_gelu(t); (g,) = torch.autograd.grad(y, t)
    # gated: torch.autograd.functional.jacobian has the shape of the result, then of x; each
    # row's block, (n/2) x n, is taken out into glu's layout (other axes, then n/2, then n);
    # the blocks between different rows are all zero (the script checks it)
    full = jacobian(lambda u: swiglu(u, dim), torch.tensor(x))
    # in-place: torch returns the very tensor it was given (the script checks it)
    t = torch.tensor(INPLACE_X); assert F.elu_(t, 0.5) is t; t.tolist()

The script also evaluates every definition with mpmath at 300 bits (quick_gelu with the double
nearest 1.702, which torch multiplies by).  Where torch is more than 1 ulp from the correctly
rounded value, or gives nan where the function has a limit, the table holds the correct value
or the limit (the package's rule: quick_gelu(-inf) is -0.0 as silu(-inf) and gelu(-inf) are),
and torch's own result stands in a comment beside it.  torch departs in five ways: it takes
sigmoid' as y (1 - y), which loses digits where y is near 1 (quick_gelu'(20), 14 ulp); its exact
gelu, x (1 + erf(x / sqrt 2)) / 2, cancels for negative x (geglu at b = -3, 31 ulp; gelu(-20)
is -0.0); a factor that underflows takes the product with it (swiglu at a = 1e300, b = -800 is
-0.0, not -2.9e-45; quick_gelu(-420) is -0.0, not -1.5e-308); inf * 0 is nan at the
infinities; and 1.702 x is rounded before the exponential (quick_gelu(-100), 34 ulp, which the
accuracy bound below allows, though the literal is the definition's).  The derivatives at nan
are nan here (nan in, nan out), where torch's relu' gives 1.

Numbers are compared within the package's accuracy bound (bench/accuracy.py): 4 ulp of the
result plus 4 ulp of each input times the slope, with 1 ulp more for the literal itself.  The
slopes come from the tables: their derivatives, and columns of |f''|, |act'(b)| and
|a act''(b)| kept for that alone.  Along the axes of nested lists, whose numbers are moderate,
within 8 ulp.  squared_relu is x * x, within 1 ulp; its derivative and the piecewise-linear
in-place variants are exact.  nan, the infinities and the sign of a zero are exact, except in
Jacobians, where torch's vector-Jacobian products give zeros of either sign.

gumbel_softmax draws from Python's random, not torch's generator, so it is tested by what
torch's definition, softmax((logits + g) / tau) with g = -log(E), E exponential, implies: rows
summing to 1, repeatability under random.seed, one-hot rows at the soft sample's argmax (the
first of tied maxima), the argmax following softmax(logits) (a chi-square test), and how tau
and the logits enter, which does not depend on the order in which the noise is drawn.
"""

import copy
import inspect
import math
import random

import pytest
from test_pytorch import shape_of

import activations as act

from cases import same
from reference import _ulp

inf, nan = math.inf, math.nan

# fmt: off
# torch 2.13.0+cpu, float64
SQUARED_RELU = [
    # x, f(x), f'(x); |f''(x)| to 3 digits (a tolerance's slope only)
    (0.0, 0.0, 0.0, 0.0),
    (-0.0, 0.0, 0.0, 0.0),
    (1e-300, 0.0, 2e-300, 2.0),
    (-1e-300, 0.0, 0.0, 0.0),
    (5e-324, 0.0, 1e-323, 2.0),
    (-5e-324, 0.0, 0.0, 0.0),
    (0.25, 0.0625, 0.5, 2.0),
    (-0.5, 0.0, 0.0, 0.0),
    (1.0, 1.0, 2.0, 2.0),
    (-1.0, 0.0, 0.0, 0.0),
    (3.0, 9.0, 6.0, 2.0),
    (-3.0, 0.0, 0.0, 0.0),
    (20.0, 400.0, 40.0, 2.0),
    (-20.0, 0.0, 0.0, 0.0),
    (40.0, 1600.0, 80.0, 2.0),
    (-40.0, 0.0, 0.0, 0.0),
    (100.0, 10000.0, 200.0, 2.0),
    (-100.0, 0.0, 0.0, 0.0),
    (-420.0, 0.0, 0.0, 0.0),
    (700.0, 490000.0, 1400.0, 2.0),
    (-700.0, 0.0, 0.0, 0.0),
    (710.0, 504100.0, 1420.0, 2.0),
    (-710.0, 0.0, 0.0, 0.0),
    (800.0, 640000.0, 1600.0, 2.0),
    (-800.0, 0.0, 0.0, 0.0),
    (1e+300, inf, 2e+300, 2.0),
    (-1e+300, 0.0, 0.0, 0.0),
    (inf, inf, inf, 0.0),
    (-inf, 0.0, 0.0, 0.0),
    (nan, nan, nan, 0.0),
]
QUICK_GELU = [
    # x, f(x), f'(x); |f''(x)| to 3 digits (a tolerance's slope only)
    (0.0, 0.0, 0.5, 0.851),
    (-0.0, -0.0, 0.5, 0.851),
    (1e-300, 5e-301, 0.5, 0.851),
    (-1e-300, -5e-301, 0.5, 0.851),
    (5e-324, 0.0, 0.5, 0.851),
    (-5e-324, -0.0, 0.5, 0.851),
    (0.25, 0.1511996499001942, 0.7065004409742669, 0.777),
    (-0.5, -0.1496115633936199, 0.12077808803458576, 0.592),
    (1.0, 0.8457957659328212, 1.067779606556334, 0.183),
    # torch: derivative -0.06777960655633403
    (-1.0, -0.1542042340671787, -0.06777960655633405, 0.183),
    (3.0, 2.981928690292214, 1.0245483239056525, 0.031),
    (-3.0, -0.01807130970778597, -0.024548323905652352, 0.031),
    # torch: derivative 1.0000000000000513
    (20.0, 19.999999999999968, 1.0000000000000544, 8.98e-14),
    (-20.0, -3.2934102413993747e-14, -5.440713718791758e-14, 8.98e-14),
    (40.0, 40.0, 1.0, 3.05e-28),
    (-40.0, -1.0846551018154323e-28, -1.81896660574448e-28, 3.05e-28),
    (100.0, 100.0, 1.0, 3.47e-72),
    # torch: value -1.2108188685204306e-72; derivative -2.0487055255365687e-72
    (-100.0, -1.210818868520422e-72, -2.0487055255365543e-72, 3.47e-72),
    # torch: value -0.0; derivative 0.0
    (-420.0, -1.4865579597463174e-308, -2.5265822237745503e-308, 4.29e-308),
    (700.0, 700.0, 1.0, 0.0),
    (-700.0, -0.0, -0.0, 0.0),  # torch: derivative 0.0
    (710.0, 710.0, 1.0, 0.0),
    (-710.0, -0.0, -0.0, 0.0),  # torch: derivative 0.0
    (800.0, 800.0, 1.0, 0.0),
    (-800.0, -0.0, -0.0, 0.0),  # torch: derivative 0.0
    (1e+300, 1e+300, 1.0, 0.0),
    (-1e+300, -0.0, -0.0, 0.0),  # torch: derivative 0.0
    (inf, inf, 1.0, 0.0),  # torch: derivative nan
    (-inf, -0.0, -0.0, 0.0),  # torch: value nan; derivative nan
    (nan, nan, nan, 0.0),
]
SWIGLU_PAIRS = [
    # a, b, value, d/da, d/db; |act'(b)|, |a act''(b)| to 3 digits (tolerances' slopes)
    (1.0, 0.0, 0.0, 0.0, 0.5, 0.5, 0.5),
    (-2.0, -0.0, 0.0, -0.0, -1.0, 0.5, 1.0),
    (0.5, 1.0, 0.36552928931500245, 0.7310585786300049, 0.46383525593574343, 0.928, 0.151),
    (3.0, -1.0, -0.8068242641099853, -0.2689414213699951, 0.2169884643855398, 0.0723, 0.907),
    # torch: d/db -1.632156159022754
    (-1.5, 3.0, -4.28658357070095, 2.8577223804672998, -1.6321561590227545, 1.09, 0.0485),
    (2.0, -3.0, -0.2845552390654007, -0.14227761953270035, -0.17620821203033923, 0.0881, 0.0646),
    # torch: d/db 1.0000000391619202
    (1.0, 20.0, 19.999999958776925, 19.999999958776925, 1.0000000391619186, 1.0, 3.71e-08),
    (1.0, -20.0, -4.122307236380407e-08, -4.122307236380407e-08, -3.9161918660646786e-08, 3.92e-08,
        3.71e-08),
    (-1.0, 40.0, -40.0, 40.0, -1.0, 1.0, 1.61e-16),
    (1.0, -40.0, -1.6993417021166355e-16, -1.6993417021166355e-16, -1.6568581595637197e-16,
        1.66e-16, 1.61e-16),
    (1e+300, -40.0, -1.6993417021166357e+284, -1.6993417021166355e-16, -1.6568581595637198e+284,
        1.66e-16, 1.61e+284),
    (1.0, 800.0, 800.0, 800.0, 1.0, 1.0, 0.0),
    (1e+300, 800.0, 8e+302, 800.0, 1e+300, 1.0, 2.93e-45),
    (1.0, -800.0, -0.0, -0.0, -0.0, 0.0, 0.0),
    # torch: value -0.0; d/db -0.0
    (1e+300, -800.0, -2.93429966734215e-45, -0.0, -2.930631792757972e-45, 0.0, 2.93e-45),
    # torch: value 0.0; d/db 0.0
    (-1e+300, -800.0, 2.93429966734215e-45, -0.0, 2.930631792757972e-45, 0.0, 2.93e-45),
    (2.0, inf, inf, inf, 2.0, 0.0, 0.0),  # torch: d/db nan
    (2.0, -inf, -0.0, -0.0, -0.0, 0.0, 0.0),  # torch: value nan; d/da nan; d/db nan
    (nan, 1.0, nan, 0.7310585786300049, nan, 0.928, 0.0),
    (1.0, nan, nan, nan, nan, 0.0, 0.0),
]
GEGLU_PAIRS = [
    # a, b, value, d/da, d/db; |act'(b)|, |a act''(b)| to 3 digits (tolerances' slopes)
    (1.0, 0.0, 0.0, 0.0, 0.5, 0.5, 0.798),
    (-2.0, -0.0, 0.0, -0.0, -1.0, 0.5, 1.6),
    (0.5, 1.0, 0.4206723730342715, 0.841344746068543, 0.5416577352938432, 1.08, 0.121),
    # torch: value -0.47596576179437106; d/db -0.24994641176305904
    (3.0, -1.0, -0.47596576179437117, -0.15865525393145702, -0.2499464117630589, 0.0833, 0.726),
    (-1.5, 3.0, -4.493925458857665, 2.99595030590511, -1.5179184708062758, 1.01, 0.0465),
    # torch: value -0.00809938818978062; d/da -0.00404969409489031; d/db -0.02389129440836784
    (2.0, -3.0, -0.008099388189780567, -0.0040496940948902835, -0.023891294408367854, 0.0119,
        0.062),
    (1.0, 20.0, 20.0, 20.0, 1.0, 1.0, 2.2e-85),
    # torch: value -0.0; d/da -0.0; d/db -1.1041896724319527e-86
    (1.0, -20.0, -5.507248237212468e-88, -5.507248237212468e-88, -1.1014360483133464e-86, 1.1e-86,
        2.2e-85),
    (-1.0, 40.0, -40.0, 40.0, -1.0, 1.0, 0.0),
    (1.0, -40.0, -0.0, -0.0, -0.0, 0.0, 0.0),  # torch: d/db 0.0
    # torch: value -0.0; d/db 0.0
    (1e+300, -40.0, -1.462357416366012e-48, -0.0, -5.849425109812298e-47, 0.0, 2.34e-45),
    (1.0, 800.0, 800.0, 800.0, 1.0, 1.0, 0.0),
    (1e+300, 800.0, 8e+302, 800.0, 1e+300, 1.0, 0.0),
    (1.0, -800.0, -0.0, -0.0, -0.0, 0.0, 0.0),  # torch: d/db 0.0
    (1e+300, -800.0, -0.0, -0.0, -0.0, 0.0, 0.0),  # torch: d/db 0.0
    (-1e+300, -800.0, 0.0, -0.0, 0.0, 0.0, 0.0),  # torch: d/db -0.0
    (2.0, inf, inf, inf, 2.0, 0.0, 0.0),  # torch: d/db nan
    (2.0, -inf, -0.0, -0.0, -0.0, 0.0, 0.0),  # torch: value nan; d/da nan; d/db nan
    (nan, 1.0, nan, 0.841344746068543, nan, 1.08, 0.0),
    (1.0, nan, nan, nan, nan, 0.0, 0.0),
]
REGLU_PAIRS = [
    # a, b, value, d/da, d/db; |act'(b)|, |a act''(b)| to 3 digits (tolerances' slopes)
    (1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    (-2.0, -0.0, 0.0, -0.0, 0.0, 0.0, 0.0),
    (0.5, 1.0, 0.5, 1.0, 0.5, 1.0, 0.0),
    (3.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    (-1.5, 3.0, -4.5, 3.0, -1.5, 1.0, 0.0),
    (2.0, -3.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    (1.0, 20.0, 20.0, 20.0, 1.0, 1.0, 0.0),
    (1.0, -20.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    (-1.0, 40.0, -40.0, 40.0, -1.0, 1.0, 0.0),
    (1.0, -40.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    (1e+300, -40.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    (1.0, 800.0, 800.0, 800.0, 1.0, 1.0, 0.0),
    (1e+300, 800.0, 8e+302, 800.0, 1e+300, 1.0, 0.0),
    (1.0, -800.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    (1e+300, -800.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    (-1e+300, -800.0, -0.0, 0.0, 0.0, 0.0, 0.0),
    (2.0, inf, inf, inf, 2.0, 0.0, 0.0),
    (2.0, -inf, 0.0, 0.0, 0.0, 0.0, 0.0),
    (nan, 1.0, nan, 1.0, nan, 1.0, 0.0),
    (1.0, nan, nan, nan, nan, 0.0, 0.0),  # torch: d/db 1.0
]
LONG_ROW = [0.5, -1.0, 2.0, 0.0, 1.0, -2.0, 0.25, 3.0]
NESTED_2D = [[1.0, 2.0, -0.5, 0.0], [0.5, -1.5, 3.0, -2.0]]
NESTED_3D = [
    [[1.0, -1.0], [0.5, 2.0], [-2.0, 0.0], [3.0, 0.25]],
    [[-0.5, 1.5], [2.5, -3.0], [0.0, 1.0], [-1.0, -0.25]],
]
# {(function, name of x, dim): (value, Jacobian in glu's layout)}; the zeros off the
# Jacobians' two diagonals written as 0.0 (torch's are of either sign)
ALONG = {
    ("swiglu", "LONG_ROW", 0): (
        [0.36552928931500245, 0.2384058440442351, 0.28108825044289903, 0.0],
        [
            [0.7310585786300049, 0.0, 0.0, 0.0, 0.46383525593574343, 0.0, 0.0, 0.0],
            [0.0, -0.2384058440442351, 0.0, 0.0, 0.0, 0.09078424878489547, 0.0, 0.0],
            [0.0, 0.0, 0.14054412522144952, 0.0, 0.0, 0.0, 1.2474200431403955, 0.0],
            [0.0, 0.0, 0.0, 2.8577223804672998, 0.0, 0.0, 0.0, 0.0],
        ],
    ),
    # torch: Jacobian[2][0][1] -0.5440520530075846
    ("swiglu", "NESTED_2D", 0): (
        [[0.3112296656009273, -0.547276571419069, -1.4288611902336499, -0.0]],
        [
            [[0.3112296656009273, 0.7399611873026519]],
            [[-0.2736382857095345, -0.08258830859828589]],
            [[2.8577223804672998, -0.5440520530075849]],
            [[-0.2384058440442351, -0.0]],
        ],
    ),
    # torch: Jacobian[1][0][2] 0.5440520530075846
    ("swiglu", "NESTED_2D", 1): (
        [[-0.1887703343990727, 0.0], [1.4288611902336499, 0.3576087660663526]],
        [
            [[-0.1887703343990727, 0.0, 0.2600388126973482, 0.0], [0.0, 0.0, 0.0, 1.0]],
            [
                [2.8577223804672998, 0.0, 0.5440520530075849, 0.0],
                [0.0, -0.2384058440442351, 0.0, 0.13617637317734319],
            ],
        ],
    ),
    ("swiglu", "NESTED_3D", 0): (
        [
            [
                [-0.1887703343990727, -1.2263617142904655],
                [1.1551772749734457, -0.2845552390654007],
                [-0.0, 0.0],
                [-0.8068242641099853, -0.02736396869463762],
            ],
        ],
        [
            [
                [[-0.1887703343990727, 0.2600388126973482]],
                [[1.2263617142904655, -1.041294154299143]],
            ],
            [
                [[2.3103545499468914, 0.5497005556707634]],
                [[-0.14227761953270035, -0.17620821203033923]],
            ],
            [[[0.0, -1.0]], [[0.7310585786300049, 0.0]]],
            [
                [[-0.2689414213699951, 0.2169884643855398]],
                [[-0.10945587477855048, 0.09407249460745058]],
            ],
        ],
    ),
    # torch: Jacobian[0][0][1][3] 0.5440520530075846
    ("swiglu", "NESTED_3D", 1): (
        [
            [[-0.2384058440442351, -0.0], [1.4288611902336499, 0.28108825044289903]],
            [[-0.0, 1.0965878679450074], [-0.6723535534249878, 0.3283676243356515]],
        ],
        [
            [
                [
                    [-0.2384058440442351, 0.0, -0.09078424878489547, 0.0],
                    [0.0, 2.8577223804672998, 0.0, 0.5440520530075849],
                ],
                [[0.0, 0.0, -0.5, 0.0], [0.0, 0.14054412522144952, 0.0, 1.2474200431403955]],
            ],
            [
                [[0.0, 0.0, -0.25, 0.0], [0.0, -0.2689414213699951, 0.0, 0.18082372032128316]],
                [
                    [0.7310585786300049, 0.0, 1.3915057678072302, 0.0],
                    [0.0, -0.10945587477855048, 0.0, -1.1288699352894072],
                ],
            ],
        ],
    ),
    ("swiglu", "NESTED_3D", 2): (
        [
            [[-0.2689414213699951], [0.8807970779778823], [-0.0], [0.4216323756643485]],
            [[-0.6131808571452327], [-0.3556940488317509], [0.0], [0.10945587477855048]],
        ],
        [
            [
                [[-0.2689414213699951, 0.07232948812851325]],
                [[1.7615941559557646, 0.5453921243924478]],
                [[0.0, -1.0]],
                [[0.14054412522144952, 1.871130064710593]],
            ],
            [
                [[1.2263617142904655, -0.5206470771495715]],
                [[-0.14227761953270035, -0.22026026503792404]],
                [[0.7310585786300049, 0.0]],
                [[-0.10945587477855048, -0.37628997842980233]],
            ],
        ],
    ),
    ("geglu", "LONG_ROW", 0): (
        [0.4206723730342715, 0.04550026389635842, 0.29935316284146185, 0.0],
        [
            [0.841344746068543, 0.0, 0.0, 0.0, 0.5416577352938432, 0.0, 0.0, 0.0],
            [0.0, -0.04550026389635842, 0.0, 0.0, 0.0, 0.08523180107819692, 0.0, 0.0],
            [0.0, 0.0, 0.14967658142073093, 0.0, 0.0, 0.0, 1.390746709767272, 0.0],
            [0.0, 0.0, 0.0, 2.99595030590511, 0.0, 0.0, 0.0, 0.0],
        ],
    ),
    # torch: value[0][1] -0.2004216038065741
    # torch: Jacobian[1][0][0] -0.10021080190328704
    # torch: Jacobian[1][0][1] -0.2549383844599592
    ("geglu", "NESTED_2D", 0): (
        [[0.34573123063700656, -0.2004216038065742, -1.497975152952555, -0.0]],
        [
            [[0.34573123063700656, 0.8674951246561629]],
            [[-0.1002108019032871, -0.25493838445995903]],
            [[2.99595030590511, -0.505972823602092]],
            [[-0.04550026389635842, -0.0]],
        ],
    ),
    ("geglu", "NESTED_2D", 1): (
        [[-0.15426876936299344, 0.0], [1.497975152952555, 0.06825039584453763]],
        [
            [[-0.15426876936299344, 0.0, 0.13250487534383712, 0.0], [0.0, 0.0, 0.0, 1.0]],
            [
                [2.99595030590511, 0.0, 0.505972823602092, 0.0],
                [0.0, -0.04550026389635842, 0.0, 0.12784770161729536],
            ],
        ],
    ),
    # torch: value[0][1][1] -0.00809938818978062
    # torch: value[0][3][0] -0.47596576179437106
    # torch: Jacobian[1][1][0][0] -0.00404969409489031
    # torch: Jacobian[1][1][0][1] -0.02389129440836784
    # torch: Jacobian[3][0][0][1] -0.24994641176305904
    ("geglu", "NESTED_3D", 0): (
        [
            [
                [-0.15426876936299344, -1.399789198096713],
                [1.2422379183427799, -0.008099388189780567],
                [-0.0, 0.0],
                [-0.47596576179437117, -0.02508085464481727],
            ],
        ],
        [
            [
                [[-0.15426876936299344, 0.13250487534383712]],
                [[1.399789198096713, -1.1274691922299795]],
            ],
            [
                [[2.4844758366855597, 0.5188055429540726]],
                [[-0.0040496940948902835, -0.023891294408367854]],
            ],
            [[[0.0, -1.0]], [[0.841344746068543, 0.0]]],
            [
                [[-0.15865525393145702, -0.2499464117630589]],
                [[-0.10032341857926907, 0.076156661279091]],
            ],
        ],
    ),
    # torch: value[1][1][0] -0.3966381348286425
    # torch: Jacobian[1][0][1][3] -0.20828867646921587
    ("geglu", "NESTED_3D", 1): (
        [
            [[-0.04550026389635842, -0.0], [1.497975152952555, 0.29935316284146185]],
            [[-0.0, 1.2620171191028144], [-0.39663813482864263, 0.3009702557378072]],
        ],
        [
            [
                [
                    [-0.04550026389635842, 0.0, -0.08523180107819692, 0.0],
                    [0.0, 2.99595030590511, 0.0, 0.505972823602092],
                ],
                [[0.0, 0.0, -0.5, 0.0], [0.0, 0.14967658142073093, 0.0, 1.390746709767272]],
            ],
            [
                [[0.0, 0.0, -0.25, 0.0], [0.0, -0.15865525393145702, 0.0, -0.20828867646921576]],
                [
                    [0.841344746068543, 0.0, 1.6249732058815296, 0.0],
                    [0.0, -0.10032341857926907, 0.0, -0.9138799353490921],
                ],
            ],
        ],
    ),
    # torch: value[1][1][0] -0.010124235237225776
    # torch: Jacobian[0][0][0][1] -0.08331547058768635
    # torch: Jacobian[1][1][0][0] -0.00404969409489031
    # torch: Jacobian[1][1][0][1] -0.0298641180104598
    ("geglu", "NESTED_3D", 2): (
        [
            [[-0.15865525393145702], [0.9772498680518208], [-0.0], [0.4490297442621928]],
            [[-0.6998945990483565], [-0.010124235237225708], [0.0], [0.10032341857926907]],
        ],
        [
            [
                [[-0.15865525393145702, -0.0833154705876863]],
                [[1.9544997361036416, 0.5426159005390985]],
                [[0.0, -1.0]],
                [[0.14967658142073093, 2.086120064650908]],
            ],
            [
                [[1.399789198096713, -0.5637345961149898]],
                [[-0.0040496940948902835, -0.02986411801045982]],
                [[0.841344746068543, 0.0]],
                [[-0.10032341857926907, -0.304626645116364]],
            ],
        ],
    ),
    ("reglu", "LONG_ROW", 0): (
        [0.5, -0.0, 0.5, 0.0],
        [
            [1.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0],
            [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
            [0.0, 0.0, 0.25, 0.0, 0.0, 0.0, 2.0, 0.0],
            [0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0],
        ],
    ),
    ("reglu", "NESTED_2D", 0): (
        [[0.5, 0.0, -1.5, 0.0]],
        [[[0.5, 1.0]], [[0.0, 0.0]], [[3.0, -0.5]], [[0.0, 0.0]]],
    ),
    ("reglu", "NESTED_2D", 1): (
        [[0.0, 0.0], [1.5, -0.0]],
        [
            [[0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]],
            [[3.0, 0.0, 0.5, 0.0], [0.0, 0.0, 0.0, 0.0]],
        ],
    ),
    ("reglu", "NESTED_3D", 0): (
        [[[0.0, -1.5], [1.25, 0.0], [-0.0, 0.0], [0.0, 0.0]]],
        [
            [[[0.0, 0.0]], [[1.5, -1.0]]],
            [[[2.5, 0.5]], [[0.0, 0.0]]],
            [[[0.0, 0.0]], [[1.0, 0.0]]],
            [[[0.0, 0.0]], [[0.0, 0.0]]],
        ],
    ),
    ("reglu", "NESTED_3D", 1): (
        [[[0.0, -0.0], [1.5, 0.5]], [[-0.0, 1.5], [0.0, -0.0]]],
        [
            [
                [[0.0, 0.0, 0.0, 0.0], [0.0, 3.0, 0.0, 0.5]],
                [[0.0, 0.0, 0.0, 0.0], [0.0, 0.25, 0.0, 2.0]],
            ],
            [
                [[0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]],
                [[1.0, 0.0, 1.5, 0.0], [0.0, 0.0, 0.0, 0.0]],
            ],
        ],
    ),
    ("reglu", "NESTED_3D", 2): (
        [[[0.0], [1.0], [-0.0], [0.75]], [[-0.75], [0.0], [0.0], [-0.0]]],
        [
            [[[0.0, 0.0]], [[2.0, 0.5]], [[0.0, 0.0]], [[0.25, 3.0]]],
            [[[1.5, -0.5]], [[0.0, 0.0]], [[1.0, 0.0]], [[0.0, 0.0]]],
        ],
    ),
}
INPLACE_X = [
                [-2.0, -0.0, 0.0, 0.5, 1.0, 3.0, nan, inf, -inf, -1.0, 0.25],
                [
                    -0.5, 1e-300, -1e-300, 5e-324, -5e-324, -1.5, 2.0, -3.0, 0.75, -40.0,
                    1.0000000000000002,
                ],
            ]
INPLACE = [
    # name, arguments after x, x after torch's in-place call
    (
        "relu_",
        (),
        [
            [0.0, -0.0, 0.0, 0.5, 1.0, 3.0, nan, inf, 0.0, 0.0, 0.25],
            [0.0, 1e-300, 0.0, 5e-324, 0.0, 0.0, 2.0, 0.0, 0.75, 0.0, 1.0000000000000002],
        ],
    ),
    (
        "elu_",
        (),
        [
            [
                -0.8646647167633873, -0.0, 0.0, 0.5, 1.0, 3.0, nan, inf, -1.0,
                -0.6321205588285577, 0.25,
            ],
            [
                -0.3934693402873666, 1e-300, -1e-300, 5e-324, -5e-324, -0.7768698398515702, 2.0,
                -0.950212931632136, 0.75, -1.0, 1.0000000000000002,
            ],
        ],
    ),
    (
        "elu_",
        (0.5,),
        [
            [
                -0.43233235838169365, -0.0, 0.0, 0.5, 1.0, 3.0, nan, inf, -0.5,
                -0.31606027941427883, 0.25,
            ],
            [
                -0.1967346701436833, 1e-300, -5e-301, 5e-324, -0.0, -0.3884349199257851, 2.0,
                -0.475106465816068, 0.75, -0.5, 1.0000000000000002,
            ],
        ],
    ),
    (
        "leaky_relu_",
        (),
        [
            [-0.02, -0.0, 0.0, 0.5, 1.0, 3.0, nan, inf, -inf, -0.01, 0.25],
            [
                -0.005, 1e-300, -1.0000000000000001e-302, 5e-324, -0.0, -0.015, 2.0, -0.03, 0.75,
                -0.4, 1.0000000000000002,
            ],
        ],
    ),
    (
        "leaky_relu_",
        (0.2,),
        [
            [-0.4, -0.0, 0.0, 0.5, 1.0, 3.0, nan, inf, -inf, -0.2, 0.25],
            [
                -0.1, 1e-300, -2e-301, 5e-324, -0.0, -0.30000000000000004, 2.0,
                -0.6000000000000001, 0.75, -8.0, 1.0000000000000002,
            ],
        ],
    ),
    (
        "hardtanh_",
        (),
        [
            [-1.0, -0.0, 0.0, 0.5, 1.0, 1.0, nan, 1.0, -1.0, -1.0, 0.25],
            [-0.5, 1e-300, -1e-300, 5e-324, -5e-324, -1.0, 1.0, -1.0, 0.75, -1.0, 1.0],
        ],
    ),
    (
        "hardtanh_",
        (-2.0, 2.0),
        [
            [-2.0, -0.0, 0.0, 0.5, 1.0, 2.0, nan, 2.0, -2.0, -1.0, 0.25],
            [
                -0.5, 1e-300, -1e-300, 5e-324, -5e-324, -1.5, 2.0, -2.0, 0.75, -2.0,
                1.0000000000000002,
            ],
        ],
    ),
    (
        "threshold_",
        (0.5, -1.0),
        [
            [-1.0, -1.0, -1.0, -1.0, 1.0, 3.0, nan, inf, -1.0, -1.0, -1.0],
            [-1.0, -1.0, -1.0, -1.0, -1.0, -1.0, 2.0, -1.0, 0.75, -1.0, 1.0000000000000002],
        ],
    ),
    (
        "rrelu_",
        (),
        [
            [
                -0.4583333333333333, -0.0, 0.0, 0.5, 1.0, 3.0, nan, inf, -inf,
                -0.22916666666666666, 0.25,
            ],
            [
                -0.11458333333333333, 1e-300, -2.2916666666666666e-301, 5e-324, -0.0, -0.34375,
                2.0, -0.6875, 0.75, -9.166666666666666, 1.0000000000000002,
            ],
        ],
    ),
    (
        "rrelu_",
        (0.1, 0.3),
        [
            [-0.4, -0.0, 0.0, 0.5, 1.0, 3.0, nan, inf, -inf, -0.2, 0.25],
            [
                -0.1, 1e-300, -2e-301, 5e-324, -0.0, -0.30000000000000004, 2.0,
                -0.6000000000000001, 0.75, -8.0, 1.0000000000000002,
            ],
        ],
    ),
    (
        "celu_",
        (),
        [
            [
                -0.8646647167633873, -0.0, 0.0, 0.5, 1.0, 3.0, nan, inf, -1.0,
                -0.6321205588285577, 0.25,
            ],
            [
                -0.3934693402873666, 1e-300, -1e-300, 5e-324, -5e-324, -0.7768698398515702, 2.0,
                -0.950212931632136, 0.75, -1.0, 1.0000000000000002,
            ],
        ],
    ),
    (
        "celu_",
        (2.0,),
        [
            [
                -1.2642411176571153, -0.0, 0.0, 0.5, 1.0, 3.0, nan, inf, -2.0,
                -0.7869386805747332, 0.25,
            ],
            [
                -0.44239843385719024, 1e-300, -1e-300, 5e-324, -0.0, -1.0552668945179706, 2.0,
                -1.5537396797031404, 0.75, -1.9999999958776928, 1.0000000000000002,
            ],
        ],
    ),
    (
        "selu_",
        (),
        [
            [
                -1.5201664685956948, -0.0, 0.0, 0.5253504936777402, 1.0507009873554805,
                3.1521029620664414, nan, inf, -1.7580993408473766, -1.1113307378125625,
                0.2626752468388701,
            ],
            [
                -0.6917581878028713, 1.0507009873554804e-300, -1.7580993408473766e-300, 5e-324,
                -1e-323, -1.3658143533672527, 2.101401974710961, -1.6705687287671118,
                0.7880257405166103, -1.7580993408473766, 1.0507009873554807,
            ],
        ],
    ),
]
# fmt: on

GATED = ["swiglu", "geglu", "reglu"]
PAIRS = {"swiglu": SWIGLU_PAIRS, "geglu": GEGLU_PAIRS, "reglu": REGLU_PAIRS}
INPUTS = {"LONG_ROW": LONG_ROW, "NESTED_2D": NESTED_2D, "NESTED_3D": NESTED_3D}
EXACT_INPLACE = ["relu_", "leaky_relu_", "hardtanh_", "threshold_", "rrelu_"]  # piecewise linear
INPLACE_SIGNATURES = {  # torch's, from its docstrings, with x for input
    "relu_": [],
    "elu_": [("alpha", 1.0)],
    "leaky_relu_": [("negative_slope", 0.01)],
    "hardtanh_": [("min_val", -1.0), ("max_val", 1.0)],
    "threshold_": [("threshold", inspect.Parameter.empty), ("value", inspect.Parameter.empty)],
    "rrelu_": [("lower", 1 / 8), ("upper", 1 / 3), ("training", False)],
    "celu_": [("alpha", 1.0)],
    "selu_": [],
}
LOGITS = [1.0, 2.0, 0.5, -1.0]
CHI_SQUARE_3_DF_P001 = 16.266  # exceeded with probability 0.001 by 3 degrees of freedom


@pytest.mark.parametrize(
    "x, value, derivative, curvature", SQUARED_RELU, ids=[repr(row[0]) for row in SQUARED_RELU]
)
def test_squared_relu_matches_torch(x, value, derivative, curvature):
    assert within(act.squared_relu(x), value, ulps=1)  # x * x: one rounding
    assert within(act.squared_relu_derivative(x), derivative, ulps=0)  # 2 x: exact


@pytest.mark.parametrize(
    "x, value, derivative, curvature", QUICK_GELU, ids=[repr(row[0]) for row in QUICK_GELU]
)
def test_quick_gelu_matches_torch(x, value, derivative, curvature):
    assert within(act.quick_gelu(x), value, 4 * _ulp(x) * abs(derivative))
    assert within(act.quick_gelu_derivative(x), derivative, 4 * _ulp(x) * curvature)


@pytest.mark.parametrize(
    "name, table", [("squared_relu", SQUARED_RELU), ("quick_gelu", QUICK_GELU)]
)
def test_elementwise_lists_give_what_each_number_gives(name, table):
    xs = [row[0] for row in table]
    for function in (getattr(act, name), getattr(act, name + "_derivative")):
        expected = [[function(x) for x in xs[:3]], [function(x) for x in xs[3:]]]
        assert same(function([xs[:3], xs[3:]]), expected)


@pytest.mark.parametrize(
    "name, a, b, value, d_a, d_b, gate_slope, curvature",
    [(name,) + row for name in GATED for row in PAIRS[name]],
    ids=["%s[%r, %r]" % ((name,) + row[:2]) for name in GATED for row in PAIRS[name]],
)
def test_gated_rows_of_two_match_torch(name, a, b, value, d_a, d_b, gate_slope, curvature):
    # [a, b] is one row: value = a * act(b), d_a = act(b), d_b = a * act'(b)
    result = getattr(act, name)([a, b])
    assert within(result, [value], 4 * (_ulp(a) * abs(d_a) + _ulp(b) * abs(d_b)))
    jacobian = getattr(act, name + "_derivative")([a, b])
    assert type(jacobian) is list and len(jacobian) == 1
    assert within(jacobian[0][:1], [d_a], 4 * _ulp(b) * gate_slope, signed=False)
    assert within(
        jacobian[0][1:], [d_b], 4 * (_ulp(a) * gate_slope + _ulp(b) * curvature), signed=False
    )


@pytest.mark.parametrize("name", GATED)
def test_gated_rows_stacked_give_what_each_row_gives(name):
    rows = [[a, b] for a, b in [row[:2] for row in PAIRS[name]]]
    for function in (getattr(act, name), getattr(act, name + "_derivative")):
        assert same(function(rows), [function(row) for row in rows])


@pytest.mark.parametrize("name, label, dim", sorted(ALONG))
def test_gated_along_every_axis_match_torch(name, label, dim):
    x = INPUTS[label]
    before = copy.deepcopy(x)
    value, jacobian = ALONG[name, label, dim]
    rank = len(shape_of(x))
    calls = [{"dim": dim}, {"dim": dim - rank}] + ([{}] if dim == rank - 1 else [])
    for keywords in calls:
        assert within(getattr(act, name)(x, **keywords), value, ulps=8), keywords
        result = getattr(act, name + "_derivative")(x, **keywords)
        assert within(result, jacobian, ulps=8, signed=False), keywords
    assert x == before


@pytest.mark.parametrize("name", GATED)
def test_gated_odd_lengths_are_value_errors_as_in_glu(name):
    x = [[[1.0, 2.0, 3.0, 4.0] for _ in range(3)] for _ in range(2)]  # shape (2, 3, 4)
    for suffix in ["", "_derivative"]:
        function, glu = getattr(act, name + suffix), getattr(act, "glu" + suffix)
        for row, dim in [(x, 1), (x, -2), ([1.0, 2.0, 3.0], -1)]:
            with pytest.raises(ValueError) as raised:
                function(row, dim=dim)
            with pytest.raises(ValueError) as glu_raised:
                glu(row, dim=dim)
            assert str(raised.value) == str(glu_raised.value).replace("glu", name, 1)


@pytest.mark.parametrize(
    "name, arguments, expected", INPLACE, ids=["%s%r" % (row[0], row[1]) for row in INPLACE]
)
def test_inplace_variants_write_torchs_values_into_x_and_return_it(name, arguments, expected):
    x = copy.deepcopy(INPLACE_X)
    rows = list(x)
    result = getattr(act, name)(x, *arguments)
    assert result is x and all(row is before for row, before in zip(x, rows))
    assert within(x, expected, ulps=0 if name in EXACT_INPLACE else 4)
    # the same as the function without the underscore, with inplace=True
    y = copy.deepcopy(INPLACE_X)
    assert same(x, getattr(act, name[:-1])(y, *arguments, inplace=True))


@pytest.mark.parametrize("name", sorted(INPLACE_SIGNATURES))
def test_inplace_variants_leave_x_as_it_was_after_a_bad_element_deep_inside(name):
    arguments = (0.5, -1.0) if name == "threshold_" else ()
    inner = [1.0, "bad"]
    x = [[-2.0, 0.5], [3.0, [-0.25, inner]]]
    before = copy.deepcopy(x)
    with pytest.raises(TypeError) as raised:
        getattr(act, name)(x, *arguments)
    assert str(raised.value) == (
        "%s: element [1][1][1][1] is 'bad' (str), expected a real number" % name
    )
    assert x == before and x[1][1][1] is inner


@pytest.mark.parametrize("name", sorted(INPLACE_SIGNATURES))
def test_inplace_variants_take_torchs_parameters(name):
    parameters = list(inspect.signature(getattr(act, name)).parameters.values())
    assert parameters[0].name == "x"
    assert [(p.name, p.default) for p in parameters[1:]] == INPLACE_SIGNATURES[name]


def test_rrelu_inplace_in_training_draws_as_rrelu_does():
    x = [[-1.0] * 50, [2.0, -3.0]]
    random.seed(11)
    expected = act.rrelu(copy.deepcopy(x), training=True)
    random.seed(11)
    assert act.rrelu_(x, training=True) is x and x == expected
    random.seed(11)
    y = [[-1.0] * 50, [2.0, -3.0]]
    assert act.rrelu_(y, 1 / 8, 1 / 3, True) is y and y == expected  # torch's positions


def test_gumbel_softmax_rows_sum_to_one_along_dim():
    x = [[1.0, 2.0, 0.5, -1.0], [0.0, 0.0, 0.0, 0.0], [-3.0, 5.0, 0.25, 1.5]]
    random.seed(1)
    for keywords in [{}, {"dim": -1}, {"dim": 1}, {"dim": 0}, {"tau": 0.5}, {"tau": 3.0}]:
        y = act.gumbel_softmax(x, **keywords)
        assert shape_of(y) == shape_of(x)
        for line in lines_of(y, keywords.get("dim", -1)):
            assert abs(math.fsum(line) - 1.0) <= 1e-12, keywords
            assert all(type(v) is float and 0.0 <= v <= 1.0 for v in line), keywords


def test_gumbel_softmax_is_repeatable_under_random_seed_and_random_otherwise():
    x = [LOGITS, [0.0, -0.5, 0.25, 3.0]]
    random.seed(3)
    first = act.gumbel_softmax(x)
    random.seed(3)
    assert act.gumbel_softmax(x) == first
    assert act.gumbel_softmax(x) != first
    random.seed(4)
    assert act.gumbel_softmax(x) != first
    assert first != act.softmax(x)  # the noise is there


def test_gumbel_softmax_hard_gives_one_hot_rows_at_the_soft_samples_argmax():
    # torch takes the one-hot vector of the soft sample's argmax, so with the same seed the one
    # is where the soft sample is largest
    x = [LOGITS, [0.0, -0.5, 0.25, 3.0], [0.0, 0.0, 0.0, 0.0]]
    for seed in range(20):
        for dim in [-1, 0]:
            random.seed(seed)
            soft = act.gumbel_softmax(x, dim=dim)
            random.seed(seed)
            hard = act.gumbel_softmax(x, hard=True, dim=dim)
            for soft_line, hard_line in zip(lines_of(soft, dim), lines_of(hard, dim)):
                assert all(type(v) is float for v in hard_line)
                assert [repr(v) for v in hard_line if v != 1.0] == ["0.0"] * (len(hard_line) - 1)
                assert hard_line.index(1.0) == soft_line.index(max(soft_line))


def test_gumbel_softmax_hard_takes_the_first_of_tied_maxima_as_torch_does():
    # 1e20 + g is 1e20 for any noise g below 8192, so the soft sample is exactly [0.5, 0.5, 0]
    for seed in range(10):
        random.seed(seed)
        assert act.gumbel_softmax([1e20, 1e20, 0.0]) == [0.5, 0.5, 0.0]
        assert act.gumbel_softmax([[1e20, 1e20, 0.0], [0.0, 5e20, 5e20]], hard=True) == [
            [1.0, 0.0, 0.0],
            [0.0, 1.0, 0.0],
        ]


@pytest.mark.parametrize("tau", [1.0, 0.5])
def test_gumbel_softmax_hard_draws_follow_softmax_of_the_logits(tau):
    # The Gumbel-max trick: argmax(logits + g) falls on i with probability softmax(logits)_i,
    # whatever tau.  A chi-square goodness-of-fit test on a fixed seed.
    draws = 20000
    random.seed(2026)
    counts = [0] * len(LOGITS)
    for row in act.gumbel_softmax([LOGITS] * draws, tau=tau, hard=True):
        counts[row.index(1.0)] += 1
    expected = [draws * p for p in act.softmax(LOGITS)]
    statistic = sum((count - e) ** 2 / e for count, e in zip(counts, expected))
    assert statistic < CHI_SQUARE_3_DF_P001, (counts, expected)


def test_gumbel_softmax_is_softmax_of_logits_plus_noise_over_tau():
    # torch draws the noise g before it uses the logits or tau, so the same seed gives the same
    # g whatever they are.  Then y(tau) is proportional to y(1) ** (1 / tau), and adding d to the
    # logits multiplies y by exp(d) before the row is normalised.  This holds in whatever order
    # the noise is drawn, which is the package's to choose.
    x = [LOGITS, [0.0, -0.5, 0.25, 3.0]]
    shift = [0.5, -1.0, 2.0, 0.0]
    for seed in range(5):
        random.seed(seed)
        base = act.gumbel_softmax(x)
        for tau in [0.5, 4.0]:
            random.seed(seed)
            scaled = act.gumbel_softmax(x, tau=tau)
            for got, row in zip(scaled, base):
                assert got == pytest.approx(normalised([v ** (1 / tau) for v in row]), rel=1e-12)
        random.seed(seed)
        moved = act.gumbel_softmax([[v + d for v, d in zip(row, shift)] for row in x])
        for got, row in zip(moved, base):
            expected = normalised([v * math.exp(d) for v, d in zip(row, shift)])
            assert got == pytest.approx(expected, rel=1e-12)


def test_gumbel_softmax_has_no_derivative():
    assert not hasattr(act, "gumbel_softmax_derivative")
    assert "derivative" in act.gumbel_softmax.__doc__.lower()


def within(result, expected, slack=0.0, ulps=5, signed=True):
    """result matches expected, a float or nested lists of them: nan for nan, an infinity
    exactly, a zero with its sign (unless signed is False), any other number within ulps units
    in its last place plus slack."""
    if isinstance(expected, list):
        return (
            type(result) is list
            and len(result) == len(expected)
            and all(within(r, e, slack, ulps, signed) for r, e in zip(result, expected))
        )
    if type(result) is not float:
        return False
    if expected != expected or expected in (inf, -inf):
        return result == expected or (expected != expected and result != result)
    if signed and expected == 0.0 and math.copysign(1.0, result) != math.copysign(1.0, expected):
        return False
    return abs(result - expected) <= ulps * _ulp(expected) + slack


def lines_of(table, dim):
    """The lines of a 2-d list along dim: its rows, or for dim 0 its columns."""
    return [list(column) for column in zip(*table)] if dim == 0 else table


def normalised(values):
    total = math.fsum(values)
    return [v / total for v in values]
