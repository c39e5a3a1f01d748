import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
# The shared case table (cases.py) and the reference formulas live beside the tests.
sys.path.insert(0, here)
# The installed package is the one tested; from a bare checkout, the source tree instead.
try:
    import activations  # noqa: F401
except ImportError:
    sys.path.insert(0, os.path.join(os.path.dirname(here), "src"))
